/**
 * Comments through the moderation verdict to actions on Facebook, with the
 * results in the incident trail ("kiểm soát bình luận", V.4.1 of the plan).
 *
 * For each comment: the Page's own comments are left alone; the text goes
 * through `@lantoa/moderation`'s moderator; a comment with findings opens
 * an incident case (vụ việc) for the Page's unit and channel; a `hide`
 * the policy calls for — and only one in `result.actions`, never one held
 * for review (`result.heldForReview`) — is carried out through the Graph
 * client (checking `can_hide`), and a successful hide is recorded on the
 * case as a `hidden` event by the system. Everything else the policy asks
 * (rebut, report the account, escalate, and held hides) is left to a
 * person and listed in `pending`.
 *
 * A failed hide is a value, not a failure: the case stays `detected`, the
 * hide stays pending, and `error` says why (an expired token, a missing
 * permission, `can_hide` false).
 *
 * @since 0.1.0
 * @module
 */
import { openIncident, recordEvent, type Incident, type ModerationContext, type ModerationResult, type Moderator, type PlannedAction } from "@lantoa/moderation"
import { Clock, Data, Effect, Stream } from "effect"
import type { FacebookComment } from "./Comment.js"
import type { GraphClient } from "./GraphClient.js"
import type { CommentNotHideableError, GraphError } from "./GraphError.js"
import type { FacebookPage } from "./Page.js"

/**
 * What became of a comment:
 *
 * - `own-comment`: written by the Page itself; not checked;
 * - `clean`: nothing found;
 * - `hidden`: hidden on Facebook by lantoa, recorded on the case;
 * - `already-hidden`: the policy asks to hide it, and it already was;
 * - `held-for-review`: a hide waits for a person (`heldForReview`); nothing done;
 * - `flagged`: findings whose actions are for people (rebut, report, escalate);
 * - `not-hideable`: Facebook says `can_hide` is false;
 * - `hide-failed`: the hide request failed (see `error`);
 * - `check-failed`: a classifier of the moderator failed (see `error`).
 *
 * @example
 * ```ts
 * const outcome: CommentOutcome = "held-for-review"
 * ```
 * @since 0.1.0
 * @category models
 */
export type CommentOutcome =
  | "own-comment"
  | "clean"
  | "hidden"
  | "already-hidden"
  | "held-for-review"
  | "flagged"
  | "not-hideable"
  | "hide-failed"
  | "check-failed"

/**
 * A moderator's classifier failed (`checkAsync` rejected), so no verdict
 * was reached; nothing was done.
 *
 * @example
 * ```ts
 * error.message //=> "Không kiểm tra được bình luận 1221_55: bộ phân loại lỗi (…)."
 * ```
 * @since 0.1.0
 * @category errors
 */
export class ModerationCheckError extends Data.TaggedError("ModerationCheckError")<{
  readonly message: string
  readonly messageEn: string
  readonly comment: string
}> {}

/**
 * The moderation of one comment: its id, the outcome, the verdict, the
 * incident case when something was found, the actions left to a person,
 * and the error of a failed hide or check.
 *
 * @example
 * ```ts
 * const moderated: ModeratedComment = yield* moderateComment(comment, { moderator, page, client })
 * moderated.outcome          //=> "hidden"
 * moderated.incident?.state  //=> "actioned"
 * moderated.pending.map((a) => a.action) //=> ["report-account"]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModeratedComment {
  readonly comment: string
  readonly outcome: CommentOutcome
  readonly result?: ModerationResult
  readonly incident?: Incident
  readonly pending: ReadonlyArray<PlannedAction>
  readonly error?: GraphError | CommentNotHideableError | ModerationCheckError
}

/**
 * Options of {@link moderateComment}.
 *
 * - `moderator`: from `createModerator(policy)`;
 * - `page`: the Page's channel and unit (the case belongs to them);
 * - `client`: the Graph client holding the Page's token, to hide;
 * - `hide`: `false` for a dry run — the verdict and the case, no request;
 * - `incidentId`: the case id of a comment; default `fb-<comment id>`, so a
 *   redelivered or re-checked comment names the same case;
 * - `context`: extra moderation context (the author's account age and
 *   earlier violations, links) for the policy's spam signals.
 *
 * @example
 * ```ts
 * const options: ModerateCommentOptions = { moderator: createModerator(hoaBinh2024), page, client }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModerateCommentOptions {
  readonly moderator: Moderator
  readonly page: FacebookPage
  readonly client: GraphClient
  readonly hide?: boolean
  readonly incidentId?: (comment: FacebookComment) => string
  readonly context?: (comment: FacebookComment) => ModerationContext
}

/**
 * The case id of a comment by default: `fb-` and the comment id.
 *
 * @example
 * ```ts
 * commentIncidentId({ id: "122100000000000001_1200000000000001" }) //=> "fb-122100000000000001_1200000000000001"
 * ```
 * @since 0.1.0
 * @category moderation
 */
export const commentIncidentId = (comment: { readonly id: string }): string => `fb-${comment.id}`

const CATEGORY_VI: Readonly<Record<string, string>> = {
  fake: "tin giả, thông tin sai sự thật",
  unverified: "thông tin chưa được kiểm chứng",
  insult: "xúc phạm danh dự, nhân phẩm",
  "teacher-ethics": "vi phạm chuẩn mực đạo đức nhà giáo",
  offensive: "ngôn từ, hình ảnh phản cảm",
  hostile: "quan điểm sai trái, thù địch",
  spam: "quảng cáo, lừa đảo",
}

const categoryText = (categories: ReadonlyArray<string>): string =>
  categories.map((category) => CATEGORY_VI[category] ?? category).join("; ")

/**
 * Moderates one comment (see the module notes): checks it, opens a case
 * when something is found, hides it when the policy says so without a
 * review, and records the hide on the case. The detection and hide times
 * come from Effect's `Clock` (a `TestClock` in tests). Never fails: a
 * failed hide or check is an outcome with its `error`.
 *
 * @example
 * ```ts
 * const moderated = yield* moderateComment(
 *   { id: "1221_55", postId: "108_1221", pageId: "108", byPage: false, message: "Đồ ngu", createdAt: Date.parse("2024-11-12T02:00:00Z") },
 *   { moderator: createModerator(hoaBinh2024), page: { pageId: "108", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" }, client },
 * )
 * moderated.outcome                           //=> "hidden"
 * moderated.incident?.events.map((e) => e.type) //=> ["detected", "hidden"]
 * ```
 * @since 0.1.0
 * @category moderation
 */
export const moderateComment = (comment: FacebookComment, options: ModerateCommentOptions): Effect.Effect<ModeratedComment> =>
  Effect.gen(function* () {
    if (comment.byPage || comment.authorId === options.page.pageId) {
      return { comment: comment.id, outcome: "own-comment", pending: [] } satisfies ModeratedComment
    }
    const context: ModerationContext = {
      kind: "comment",
      at: comment.createdAt,
      ...(comment.authorId === undefined ? {} : { author: { id: comment.authorId } }),
      ...options.context?.(comment),
    }
    const checked = yield* Effect.either(
      Effect.tryPromise({
        try: () => options.moderator.checkAsync(comment.message, context),
        catch: (cause) =>
          new ModerationCheckError({
            comment: comment.id,
            message: `Không kiểm tra được bình luận ${comment.id}: bộ phân loại lỗi (${cause instanceof Error ? cause.message : String(cause)}).`,
            messageEn: `Could not check comment ${comment.id}: a classifier failed (${cause instanceof Error ? cause.message : String(cause)}).`,
          }),
      }),
    )
    if (checked._tag === "Left") return { comment: comment.id, outcome: "check-failed", pending: [], error: checked.left } satisfies ModeratedComment
    const result = checked.right
    if (result.categories.length === 0) return { comment: comment.id, outcome: "clean", result, pending: [] } satisfies ModeratedComment

    const hides = result.actions.filter((action) => action.action === "hide")
    const others = result.actions.filter((action) => action.action !== "hide")
    const held: ReadonlyArray<PlannedAction> = result.heldForReview
    const category = hides[0]?.category ?? result.actions[0]?.category ?? (result.categories[0] as string)
    const detectedAt = yield* Clock.currentTimeMillis
    let incident = openIncident({
      id: (options.incidentId ?? commentIncidentId)(comment),
      unit: options.page.unit,
      channel: options.page.channel,
      category,
      detectedAt,
      source: { kind: "comment", ref: comment.id },
      note: `Phát hiện tự động trên Fanpage: ${categoryText(result.categories)}.`,
    })
    const base = { comment: comment.id, result }

    if (hides.length === 0) {
      return {
        ...base,
        outcome: held.length > 0 ? "held-for-review" : "flagged",
        incident,
        pending: [...held, ...others],
      } satisfies ModeratedComment
    }
    if (options.hide === false || comment.isHidden === true) {
      return {
        ...base,
        outcome: comment.isHidden === true ? "already-hidden" : "flagged",
        incident,
        pending: comment.isHidden === true ? [...held, ...others] : [...hides, ...held, ...others],
      } satisfies ModeratedComment
    }
    const target = comment.canHide === undefined ? comment.id : { id: comment.id, canHide: comment.canHide, ...(comment.isHidden === undefined ? {} : { isHidden: comment.isHidden }) }
    const hidden = yield* Effect.either(options.client.hideComment(target))
    if (hidden._tag === "Left") {
      return {
        ...base,
        outcome: hidden.left._tag === "CommentNotHideableError" ? "not-hideable" : "hide-failed",
        incident,
        pending: [...hides, ...held, ...others],
        error: hidden.left,
      } satisfies ModeratedComment
    }
    if (!hidden.right.changed) return { ...base, outcome: "already-hidden", incident, pending: [...held, ...others] } satisfies ModeratedComment
    const hiddenAt = yield* Clock.currentTimeMillis
    const recorded = recordEvent(incident, {
      type: "hidden",
      at: Math.max(hiddenAt, detectedAt),
      note: `Ẩn tự động qua Graph API theo chính sách (nhóm: ${categoryText(hides.map((action) => action.category))}).`,
    })
    if (recorded.ok) incident = recorded.incident
    return { ...base, outcome: "hidden", incident, pending: [...held, ...others] } satisfies ModeratedComment
  })

/**
 * Moderates every comment of a post (replies included), oldest first, as
 * a stream of results; fails only if the comments cannot be read.
 *
 * @example
 * ```ts
 * const results = yield* Stream.runCollect(moderatePostComments("108000000000001_1221", { moderator, page, client }))
 * ```
 * @since 0.1.0
 * @category moderation
 */
export const moderatePostComments = (postId: string, options: ModerateCommentOptions): Stream.Stream<ModeratedComment, GraphError> =>
  options.client.comments(postId, { pageId: options.page.pageId }).pipe(Stream.mapEffect((comment) => moderateComment(comment, options)))
