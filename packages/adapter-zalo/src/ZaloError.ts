/**
 * Zalo's failures as typed values (`Data.TaggedError`), one class per thing
 * a caller does differently about them, following the reference's table of
 * OA and ZNS error codes:
 *
 * | error | Zalo codes | what happens |
 * |---|---|---|
 * | {@link ZaloTokenError} | -216, -220, -124 | the token is refreshed once and the call repeated; returned only if it is still refused |
 * | {@link ZaloAuthorizationError} | the token endpoint refused, no stored pair, refresh token expired | never retried: an OA admin must grant access again in a browser |
 * | {@link ZaloConfigurationError} | -204/-205, -209, -212, -219, -221, -223, -224, -242, -320/-321, -101…-105, -117, -135…-137, -14002, -14003 | never retried: a person must fix the app, OA or ZNS account |
 * | {@link ZaloBackoffError} | -32, -211, -214, -100 (`soon`); -234, -133, -115 (`later`); -144 (`tomorrow`) | `soon` is retried on the client's schedule; the others are returned for the caller to reschedule |
 * | {@link ZaloPayloadError} | -201, -213, -227, -230, -232, -237, -244, -248, -108, -109, -1121, -1122, -114, -131, -139, -141, -146, and unknown codes | never retried: fatal for this message or item, not for the run |
 * | {@link ZaloTransportError} | no answer, HTTP 5xx/429, a body that is not Zalo's JSON | retried on the schedule when `retryable` and the request may be repeated |
 * | {@link ZaloStoreError} | the token store or sent log failed | never retried |
 *
 * Zalo answers errors with HTTP 200 and `error != 0`: every answer is
 * checked. Every error says what failed in Vietnamese (`message`) and
 * English (`messageEn`), keeps Zalo's `code` and message, and carries no
 * token, secret or phone number.
 *
 * @since 0.1.0
 * @module
 */
import { Data } from "effect"
import { CODES } from "./internal/codes.js"

/**
 * What the client was doing when a request failed.
 *
 * @example
 * ```ts
 * const operation: ZaloOperation = "send-template"
 * ```
 * @since 0.1.0
 * @category models
 */
export type ZaloOperation =
  | "refresh-token"
  | "exchange-code"
  | "oa-info"
  | "create-article"
  | "verify-article"
  | "list-articles"
  | "followers"
  | "user-detail"
  | "message-quota"
  | "send-consultation"
  | "send-template"
  | "template-quota"
  | "send-group-message"
  | "token-store"
  | "sent-log"

/**
 * How the reference classes an error code: refresh the token once, a
 * configuration a person must fix, back off, or fatal for this payload.
 *
 * @example
 * ```ts
 * ZALO_ERROR_CLASSES //=> ["refresh-token", "configuration", "back-off", "payload"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const ZALO_ERROR_CLASSES = ["refresh-token", "configuration", "back-off", "payload"] as const

/**
 * One of {@link ZALO_ERROR_CLASSES}.
 *
 * @example
 * ```ts
 * const kind: ZaloErrorClass = classifyZaloCode(-230) //=> "payload"
 * ```
 * @since 0.1.0
 * @category models
 */
export type ZaloErrorClass = (typeof ZALO_ERROR_CLASSES)[number]

/**
 * When a back-off error may be tried again: `soon` (retried by the client
 * on its schedule), `later` (a night window or a balance: reschedule in
 * hours) or `tomorrow` (the daily ZNS quota is used up).
 *
 * @example
 * ```ts
 * const retry: BackoffRetry = "tomorrow" // -144
 * ```
 * @since 0.1.0
 * @category models
 */
export type BackoffRetry = "soon" | "later" | "tomorrow"

/**
 * The class of a Zalo error code, as the reference lists it (refresh the
 * token once, a configuration a person must fix, back off, fatal for the
 * payload). A code the reference does not list is fatal for the payload:
 * never retried in a loop, never fatal for a whole run.
 *
 * @example
 * ```ts
 * classifyZaloCode(-216) //=> "refresh-token"
 * classifyZaloCode(-212) //=> "configuration"
 * classifyZaloCode(-32)  //=> "back-off"
 * classifyZaloCode(-230) //=> "payload"
 * classifyZaloCode(-999) //=> "payload"
 * ```
 * @since 0.1.0
 * @category classification
 */
export const classifyZaloCode = (code: number): ZaloErrorClass => CODES.get(code)?.kind ?? "payload"

/**
 * The fields every Zalo error carries.
 *
 * @example
 * ```ts
 * const fields: ZaloErrorFields = {
 *   message: "Zalo (gửi tin nhắn tư vấn): người dùng không tương tác với Official Account trong 7 ngày qua (mã lỗi -230).",
 *   messageEn: "Zalo (send a consultation message): the user has not interacted with the OA in the past 7 days (error -230).",
 *   operation: "send-consultation", code: -230, zaloMessage: "User has not interacted with the OA in the past 7 days",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloErrorFields {
  /** What failed and what to do, in Vietnamese. */
  readonly message: string
  /** The same in English. */
  readonly messageEn: string
  readonly operation: ZaloOperation
  /** Zalo's `error` code, when it gave one. */
  readonly code?: number
  /** Zalo's own `message` (or `error_name`), when it gave one. */
  readonly zaloMessage?: string
  /** The HTTP status, when an answer came. */
  readonly status?: number
}

/**
 * The access token was refused (-216, -220, -124) even after one refresh.
 *
 * @example
 * ```ts
 * if (error._tag === "ZaloTokenError") console.error(error.message)
 * ```
 * @since 0.1.0
 * @category errors
 */
export class ZaloTokenError extends Data.TaggedError("ZaloTokenError")<ZaloErrorFields> {}

/**
 * The client has no usable token pair and cannot get one by itself: the
 * store is empty, the refresh token has expired (3 months) or was already
 * used, or the token endpoint refused. An OA admin must grant access again
 * (OAuth v4 in a browser), then {@link ZaloClient.exchangeCode}.
 *
 * @example
 * ```ts
 * error.message //=> "Zalo (làm mới mã truy cập): … Quản trị viên Official Account cần cấp quyền lại cho ứng dụng."
 * ```
 * @since 0.1.0
 * @category errors
 */
export class ZaloAuthorizationError extends Data.TaggedError("ZaloAuthorizationError")<ZaloErrorFields> {}

/**
 * The app, the OA or the ZNS account is not set up for this call (for
 * example -212, the OA API is not registered; -135, the OA may not send
 * ZNS). Never retried: a person must fix it in the Zalo consoles.
 *
 * @example
 * ```ts
 * error.code //=> -212
 * ```
 * @since 0.1.0
 * @category errors
 */
export class ZaloConfigurationError extends Data.TaggedError("ZaloConfigurationError")<ZaloErrorFields> {}

/**
 * Zalo asks the caller to slow down or wait: `retry` says for how long.
 * `soon` errors (-32 rate limit, -214 article still processing) are retried
 * on the client's schedule before they reach the caller; `later` (night
 * windows, balance) and `tomorrow` (-144, the daily ZNS quota) are returned
 * at once so that a run stops and the next one picks up.
 *
 * @example
 * ```ts
 * if (error._tag === "ZaloBackoffError" && error.retry === "tomorrow") scheduleTomorrow()
 * ```
 * @since 0.1.0
 * @category errors
 */
export class ZaloBackoffError extends Data.TaggedError("ZaloBackoffError")<
  ZaloErrorFields & { readonly retry: BackoffRetry }
> {}

/**
 * Zalo refused this message or item (outside the 7-day interaction window,
 * an invalid phone number, a template parameter…), or the client refused
 * it before sending (text too long). Fatal for the payload, not for a run.
 *
 * @example
 * ```ts
 * error.code //=> -230
 * ```
 * @since 0.1.0
 * @category errors
 */
export class ZaloPayloadError extends Data.TaggedError("ZaloPayloadError")<ZaloErrorFields> {}

/**
 * No usable answer: the connection failed or timed out, the HTTP status was
 * an error without a Zalo error body, or the body was not Zalo's JSON.
 * `retryable` for network failures, timeouts, HTTP 429 and 5xx.
 *
 * @example
 * ```ts
 * error.retryable //=> true
 * ```
 * @since 0.1.0
 * @category errors
 */
export class ZaloTransportError extends Data.TaggedError("ZaloTransportError")<
  ZaloErrorFields & { readonly retryable: boolean }
> {}

/**
 * The token store or the sent log could not be read or written. A token
 * pair Zalo issued but the store could not save is never used: the run
 * stops (and an admin may have to grant access again).
 *
 * @example
 * ```ts
 * error.operation //=> "token-store"
 * ```
 * @since 0.1.0
 * @category errors
 */
export class ZaloStoreError extends Data.TaggedError("ZaloStoreError")<ZaloErrorFields> {}

/**
 * Any error of this package.
 *
 * @example
 * ```ts
 * const describe = (error: ZaloError): string => `${error._tag}: ${error.message}`
 * ```
 * @since 0.1.0
 * @category errors
 */
export type ZaloError =
  | ZaloTokenError
  | ZaloAuthorizationError
  | ZaloConfigurationError
  | ZaloBackoffError
  | ZaloPayloadError
  | ZaloTransportError
  | ZaloStoreError

/**
 * Whether the client retries an error on its schedule: `soon` back-offs
 * and retryable transport failures. A request that must not be repeated
 * (the single-use refresh) is never retried, whatever this says.
 *
 * @example
 * ```ts
 * isRetryable(new ZaloBackoffError({ message: "", messageEn: "", operation: "followers", code: -32, retry: "soon" })) //=> true
 * isRetryable(new ZaloPayloadError({ message: "", messageEn: "", operation: "send-consultation", code: -230 }))       //=> false
 * ```
 * @since 0.1.0
 * @category classification
 */
export const isRetryable = (error: ZaloError): boolean =>
  (error._tag === "ZaloBackoffError" && error.retry === "soon") || (error._tag === "ZaloTransportError" && error.retryable)
