/**
 * A comment on a Page's post, as read from `/{object-id}/comments` or from
 * a `feed` webhook change — one shape for both, so moderation does not
 * care where a comment came from.
 *
 * Privacy: the commenter's Facebook id is personal data (Vietnam's 2025
 * personal data protection law). lantoa asks Graph for `from{id}` only —
 * never the name — and keeps the id only to act on the comment (hide it,
 * report the account); store it no longer than the case needs and never
 * show it in reports.
 *
 * @since 0.1.0
 * @module
 */
import { parseInstant, type Instant } from "@lantoa/core"
import { booleanOf, idOf, isRecord, stringOf, textOf } from "./internal/decode.js"
import { pageIdOfObject } from "./Post.js"

/**
 * One comment.
 *
 * - `id`: `{post-object-id}_{comment-id}`;
 * - `postId`: the post it is on; `parentId`: the comment it answers (a reply);
 * - `authorId`: the commenter's (app-scoped) Facebook id — personal data;
 * - `byPage`: written by the Page itself (`from.id` is the Page's id): the
 *   Page's own comments are never moderated and cannot be hidden;
 * - `isHidden`, `canHide`, `canRemove`: as Graph reports them, when read
 *   from Graph (a webhook does not say).
 *
 * @example
 * ```ts
 * const comment: FacebookComment = {
 *   id: "122100000000000001_1200000000000001", postId: "108000000000001_122100000000000001",
 *   pageId: "108000000000001", authorId: "25000000000000001", byPage: false,
 *   message: "Bài viết rất hay!", createdAt: 1772416800000, isHidden: false, canHide: true,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FacebookComment {
  readonly id: string
  readonly postId: string
  readonly pageId: string
  readonly parentId?: string
  readonly authorId?: string
  readonly byPage: boolean
  readonly message: string
  readonly createdAt: Instant
  readonly isHidden?: boolean
  readonly canHide?: boolean
  readonly canRemove?: boolean
  readonly url?: string
}

/** The fields asked of `/comments`: `from{id}` only — no names. @internal */
export const COMMENT_FIELDS = "id,message,created_time,from{id},parent{id},is_hidden,can_hide,can_remove,permalink_url"

/** Reads one item of a comments answer; undefined when it lacks an id or a readable time. @internal */
export const decodeComment = (item: unknown, postId: string, pageId: string): FacebookComment | undefined => {
  if (!isRecord(item)) return undefined
  const id = idOf(item["id"])
  const created = stringOf(item["created_time"])
  const at = created === undefined ? undefined : parseInstant(created)
  if (id === undefined || at === undefined || !at.hasOffset) return undefined
  const from = isRecord(item["from"]) ? idOf(item["from"]["id"]) : undefined
  const comment: { -readonly [K in keyof FacebookComment]: FacebookComment[K] } = {
    id,
    postId,
    pageId,
    byPage: from !== undefined && from === pageId,
    message: textOf(item["message"]) ?? "",
    createdAt: at.instant,
  }
  if (from !== undefined) comment.authorId = from
  const parent = isRecord(item["parent"]) ? idOf(item["parent"]["id"]) : undefined
  if (parent !== undefined) comment.parentId = parent
  const isHidden = booleanOf(item["is_hidden"])
  if (isHidden !== undefined) comment.isHidden = isHidden
  const canHide = booleanOf(item["can_hide"])
  if (canHide !== undefined) comment.canHide = canHide
  const canRemove = booleanOf(item["can_remove"])
  if (canRemove !== undefined) comment.canRemove = canRemove
  const url = stringOf(item["permalink_url"])
  if (url !== undefined) comment.url = url
  return comment
}

/** The page of a post id `{page-id}_{post-id}`, or the given fallback. @internal */
export const pageOfPost = (postId: string, fallback?: string): string => fallback ?? pageIdOfObject(postId) ?? postId
