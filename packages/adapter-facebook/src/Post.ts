/**
 * A Page's published post as read from `/{page-id}/published_posts`, with
 * its reaction, comment and share counts.
 *
 * @since 0.1.0
 * @module
 */
import { parseInstant, type Instant } from "@lantoa/core"
import { countOf, idOf, isRecord, stringOf, textOf } from "./internal/decode.js"

/**
 * One published post of a Page.
 *
 * - `id`: Graph's post id, `{page-id}_{post-id}`;
 * - `createdAt`: epoch ms (Graph's `created_time`, e.g. `2026-03-02T01:23:45+0000`);
 * - `reactions`, `comments`, `shares`: totals from the summaries (`shares`
 *   is absent from Graph's answer when zero, and reads as 0).
 *
 * @example
 * ```ts
 * const post: FacebookPost = {
 *   id: "108000000000001_122100000000000001", pageId: "108000000000001",
 *   createdAt: 1772414625000, message: "Trường THCS Lạc Sơn tổ chức Ngày hội đọc sách 2026",
 *   url: "https://www.facebook.com/108000000000001/posts/122100000000000001",
 *   reactions: 42, comments: 5, shares: 3,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FacebookPost {
  readonly id: string
  readonly pageId: string
  readonly createdAt: Instant
  readonly message?: string
  readonly url?: string
  readonly statusType?: string
  readonly reactions: number
  readonly comments: number
  readonly shares: number
}

/** The fields asked of `/published_posts`. @internal */
export const POST_FIELDS =
  "id,created_time,message,permalink_url,status_type,shares,reactions.limit(0).summary(total_count),comments.limit(0).summary(true)"

/** The page id of a `{page-id}_{post-id}` id, if it has that form. @internal */
export const pageIdOfObject = (id: string): string | undefined => {
  const cut = id.indexOf("_")
  return cut > 0 ? id.slice(0, cut) : undefined
}

/** Reads one item of `data`; undefined when it lacks an id or a readable time. @internal */
export const decodePost = (item: unknown, pageId: string): FacebookPost | undefined => {
  if (!isRecord(item)) return undefined
  const id = idOf(item["id"])
  const created = stringOf(item["created_time"])
  const at = created === undefined ? undefined : parseInstant(created)
  if (id === undefined || at === undefined || !at.hasOffset) return undefined
  const post: { -readonly [K in keyof FacebookPost]: FacebookPost[K] } = {
    id,
    pageId: pageIdOfObject(id) ?? pageId,
    createdAt: at.instant,
    reactions: countOf(item["reactions"]),
    comments: countOf(item["comments"]),
    shares: countOf(item["shares"]),
  }
  const message = textOf(item["message"])
  if (message !== undefined) post.message = message
  const url = stringOf(item["permalink_url"])
  if (url !== undefined) post.url = url
  const statusType = stringOf(item["status_type"])
  if (statusType !== undefined) post.statusType = statusType
  return post
}
