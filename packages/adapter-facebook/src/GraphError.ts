/**
 * The Graph API's failures as typed values (`Data.TaggedError`), one class
 * per thing a caller does differently about them:
 *
 * | error | Graph codes | what happens |
 * |---|---|---|
 * | {@link GraphTransientError} | 1, 2; HTTP 5xx | retried with bounded exponential backoff and jitter |
 * | {@link GraphTimeoutError} | no answer in time | retried like a transient error |
 * | {@link GraphNetworkError} | connection refused or cut | retried like a transient error |
 * | {@link GraphRateLimitError} | 4, 17, 32, 341, 613, 80001; HTTP 429 | waits `estimated_time_to_regain_access`, then retries |
 * | {@link GraphTokenError} | 190 | never retried: the Page token must be renewed |
 * | {@link GraphPermissionError} | 10, 200–299 | never retried: a permission is missing |
 * | {@link GraphRequestError} | 100, 368, 506 and the rest | never retried: fatal for that request |
 * | {@link GraphResponseError} | an answer that is not Graph's JSON | never retried |
 *
 * Every error says what failed in Vietnamese (`message`) and English
 * (`messageEn`), keeps Graph's `code`, `error_subcode` and `fbtrace_id`
 * (quote it to Meta's support), and names the request by its method and a
 * redacted path: no access token ever appears in an error.
 *
 * @since 0.1.0
 * @module
 */
import { Data } from "effect"
import type { GraphUsage } from "./GraphUsage.js"

/**
 * What the client was doing when a request failed.
 *
 * @example
 * ```ts
 * const operation: GraphOperation = "hide-comment"
 * ```
 * @since 0.1.0
 * @category models
 */
export type GraphOperation =
  | "published-posts"
  | "comments"
  | "comment"
  | "hide-comment"
  | "unhide-comment"
  | "delete-comment"
  | "batch"
  | "request"

/**
 * The fields every Graph error carries.
 *
 * @example
 * ```ts
 * const fields: GraphErrorFields = {
 *   message: "…", messageEn: "…", operation: "published-posts", method: "GET",
 *   path: "/v25.0/108000000000001/published_posts?limit=100", status: 400, code: 190, subcode: 463,
 *   fbtraceId: "AbCdEfGh123",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface GraphErrorFields {
  /** What failed and what to do, in Vietnamese. */
  readonly message: string
  /** The same in English. */
  readonly messageEn: string
  readonly operation: GraphOperation
  readonly method: string
  /** The request's path and query, with secrets redacted. */
  readonly path: string
  /** The HTTP status, when an answer came. */
  readonly status?: number
  /** Graph's `error.code`. */
  readonly code?: number
  /** Graph's `error.error_subcode`. */
  readonly subcode?: number
  /** Graph's `error.fbtrace_id`, for Meta's support. */
  readonly fbtraceId?: string
  /** Graph's own `error.message`, with secrets removed. */
  readonly graphMessage?: string
}

/**
 * The Page token is no longer valid (code 190: expired — subcode 463 —,
 * password changed — 460 —, the admin lost the role, the app was removed).
 * Never retried: an admin must issue a new token.
 *
 * @example
 * ```ts
 * if (error._tag === "GraphTokenError") alertAdmins(error.message)
 * // "Graph API (đọc bài đăng của Trang): mã truy cập (access token) của Trang đã hết hạn (mã lỗi 190/463); …"
 * ```
 * @since 0.1.0
 * @category errors
 */
export class GraphTokenError extends Data.TaggedError("GraphTokenError")<GraphErrorFields> {}

/**
 * The token lacks a permission or the acting user a Page task (codes 10
 * and 200–299). Never retried. `permission` names what the operation
 * needs (`pages_read_engagement`, `pages_read_user_content`,
 * `pages_manage_engagement`).
 *
 * @example
 * ```ts
 * error.permission //=> "pages_manage_engagement"
 * ```
 * @since 0.1.0
 * @category errors
 */
export class GraphPermissionError extends Data.TaggedError("GraphPermissionError")<
  GraphErrorFields & { readonly permission?: string }
> {}

/**
 * Graph throttled the caller (codes 4, 17, 32, 341, 613, 80001, or HTTP
 * 429). `retryAfterMs` is Graph's `estimated_time_to_regain_access` from
 * `X-Business-Use-Case-Usage` when it gave one, else the client's default
 * wait. Retried after that wait when it is within the client's
 * `maxThrottleWait`; otherwise returned so the caller can reschedule.
 *
 * @example
 * ```ts
 * error.retryAfterMs //=> 180000 (Graph said 3 minutes)
 * ```
 * @since 0.1.0
 * @category errors
 */
export class GraphRateLimitError extends Data.TaggedError("GraphRateLimitError")<
  GraphErrorFields & { readonly retryAfterMs: number; readonly usage?: GraphUsage }
> {}

/**
 * A temporary failure on Facebook's side (codes 1 and 2, HTTP 5xx).
 * Retried with bounded exponential backoff and jitter; returned when the
 * retries run out.
 *
 * @example
 * ```ts
 * error.status //=> 503
 * ```
 * @since 0.1.0
 * @category errors
 */
export class GraphTransientError extends Data.TaggedError("GraphTransientError")<GraphErrorFields> {}

/**
 * No complete answer within the client's timeout. The request was
 * aborted; retried like a transient error.
 *
 * @example
 * ```ts
 * error.timeoutMs //=> 30000
 * ```
 * @since 0.1.0
 * @category errors
 */
export class GraphTimeoutError extends Data.TaggedError("GraphTimeoutError")<
  GraphErrorFields & { readonly timeoutMs: number }
> {}

/**
 * The connection failed (refused, reset, DNS). Retried like a transient
 * error.
 *
 * @example
 * ```ts
 * error._tag //=> "GraphNetworkError"
 * ```
 * @since 0.1.0
 * @category errors
 */
export class GraphNetworkError extends Data.TaggedError("GraphNetworkError")<GraphErrorFields> {}

/**
 * Graph refused the request for a reason retrying cannot fix: an invalid
 * parameter or an object that is gone (100, subcode 33), a policy block
 * (368), a duplicate post (506), or any other error.
 *
 * @example
 * ```ts
 * error.code    //=> 100
 * error.subcode //=> 33
 * ```
 * @since 0.1.0
 * @category errors
 */
export class GraphRequestError extends Data.TaggedError("GraphRequestError")<GraphErrorFields> {}

/**
 * The answer was not what Graph sends: not JSON, not the expected shape,
 * or a `paging.next` link to another host (never followed, so the token is
 * never sent elsewhere).
 *
 * @example
 * ```ts
 * error._tag //=> "GraphResponseError"
 * ```
 * @since 0.1.0
 * @category errors
 */
export class GraphResponseError extends Data.TaggedError("GraphResponseError")<GraphErrorFields> {}

/**
 * Any failure of a Graph request.
 *
 * @example
 * ```ts
 * const describe = (error: GraphError): string => `${error._tag}: ${error.message}`
 * ```
 * @since 0.1.0
 * @category errors
 */
export type GraphError =
  | GraphTokenError
  | GraphPermissionError
  | GraphRateLimitError
  | GraphTransientError
  | GraphTimeoutError
  | GraphNetworkError
  | GraphRequestError
  | GraphResponseError

/**
 * Facebook says the comment cannot be hidden (`can_hide` is false): a
 * Page cannot hide its own comments, and some comments are out of the
 * Page's reach. Nothing was sent.
 *
 * @example
 * ```ts
 * error.comment //=> "122100000000000001_1200000000000009"
 * error.message //=> "Không thể ẩn bình luận 122100000000000001_1200000000000009: Facebook báo can_hide = false …"
 * ```
 * @since 0.1.0
 * @category errors
 */
export class CommentNotHideableError extends Data.TaggedError("CommentNotHideableError")<{
  readonly message: string
  readonly messageEn: string
  readonly comment: string
}> {}

/**
 * True for errors worth retrying: transient errors, timeouts, network
 * failures, and rate limits whose wait is at most `maxThrottleWaitMs`
 * (default 15 minutes). Tokens (190) and permissions (10, 200–299) are
 * never retried.
 *
 * @example
 * ```ts
 * isRetryable(new GraphTransientError({ ...fields, status: 503 }))         //=> true
 * isRetryable(new GraphTokenError({ ...fields, code: 190, subcode: 463 })) //=> false
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const isRetryable = (error: { readonly _tag: string; readonly retryAfterMs?: number }, maxThrottleWaitMs = 15 * 60_000): boolean => {
  switch (error._tag) {
    case "GraphTransientError":
    case "GraphTimeoutError":
    case "GraphNetworkError":
      return true
    case "GraphRateLimitError":
      return (error.retryAfterMs ?? 0) <= maxThrottleWaitMs
    default:
      return false
  }
}
