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

interface CodeInfo {
  readonly kind: ZaloErrorClass
  readonly vi: string
  readonly en: string
  readonly retry?: BackoffRetry
}

const refresh = (vi: string, en: string): CodeInfo => ({ kind: "refresh-token", vi, en })
const config = (vi: string, en: string): CodeInfo => ({ kind: "configuration", vi, en })
const backoff = (retry: BackoffRetry, vi: string, en: string): CodeInfo => ({ kind: "back-off", retry, vi, en })
const payload = (vi: string, en: string): CodeInfo => ({ kind: "payload", vi, en })

// The reference's tables (platform-apis.md §2.5 and §2.7), code by code.
const CODES: ReadonlyMap<number, CodeInfo> = new Map([
  [-216, refresh("mã truy cập (access token) không hợp lệ", "the access token is invalid")],
  [-220, refresh("mã truy cập (access token) đã hết hạn", "the access token has expired")],
  [-124, refresh("mã truy cập (access token) không hợp lệ", "the access token is invalid")],
  [-204, config("Official Account chưa được kích hoạt hoặc đã bị khóa", "the Official Account is not active or is locked")],
  [-205, config("Official Account không tồn tại", "the Official Account does not exist")],
  [-209, config("ứng dụng chưa được kích hoạt", "the app is not activated")],
  [-212, config("ứng dụng chưa đăng ký dùng API của Official Account", "the app has not registered for the OA API")],
  [-219, config("ứng dụng đã bị gỡ hoặc vô hiệu hóa", "the app has been removed or disabled")],
  [-221, config("Official Account cần được xác thực", "the Official Account must be verified")],
  [-223, config("Official Account chưa cấp quyền cho ứng dụng", "the Official Account has not authorised the app")],
  [-224, config("gói dịch vụ của Official Account không hỗ trợ tính năng này", "the OA's tier does not include this feature")],
  [-242, config("cấu hình Official Account không cho phép thao tác này", "the OA's configuration does not allow this")],
  [-320, config("tài khoản Zalo Cloud chưa đủ điều kiện", "the Zalo Cloud account is not eligible")],
  [-321, config("tài khoản Zalo Cloud chưa đủ điều kiện", "the Zalo Cloud account is not eligible")],
  [-101, config("cấu hình ứng dụng ZNS không hợp lệ", "the ZNS app configuration is invalid")],
  [-102, config("cấu hình ứng dụng ZNS không hợp lệ", "the ZNS app configuration is invalid")],
  [-103, config("ứng dụng ZNS chưa được kích hoạt", "the ZNS app is not activated")],
  [-104, config("cấu hình ứng dụng ZNS không hợp lệ", "the ZNS app configuration is invalid")],
  [-105, config("ứng dụng ZNS chưa liên kết Official Account", "the ZNS app is not linked to the OA")],
  [-117, config("Official Account không có quyền dùng mẫu tin này", "the OA may not use this template")],
  [-135, config("Official Account chưa được phép gửi ZNS", "the OA is not allowed to send ZNS")],
  [-136, config("chưa liên kết tài khoản Zalo Cloud", "no Zalo Cloud Account is linked")],
  [-137, config("tài khoản Zalo Cloud không thanh toán được", "the Zalo Cloud Account cannot be charged")],
  [-14002, config("ứng dụng chưa được kích hoạt", "the app is not activated")],
  [-14003, config("redirect_uri không khớp cấu hình ứng dụng", "the redirect_uri does not match the app's settings")],
  [-32, backoff("soon", "ứng dụng gọi API quá giới hạn (rate limit)", "the app reached its API rate limit")],
  [-211, backoff("soon", "vượt giới hạn gọi API", "the call limit was exceeded")],
  [-214, backoff("soon", "bài viết đang được xử lý", "the article is still being processed")],
  [-100, backoff("soon", "lỗi không xác định phía Zalo", "an unknown error at Zalo")],
  [-234, backoff("later", "không được gửi tin vào khung giờ ban đêm", "messages may not be sent at night")],
  [-133, backoff("later", "không được gửi tin ZNS vào khung giờ này", "ZNS may not be sent at this hour")],
  [-115, backoff("later", "tài khoản ZNS không đủ số dư hoặc hạn mức", "the ZNS balance or quota is insufficient")],
  [-144, backoff("tomorrow", "Official Account đã hết hạn mức gửi ZNS trong ngày", "the OA used up its daily ZNS quota")],
  [-201, payload("tham số không hợp lệ", "a parameter is invalid")],
  [-213, payload("người dùng chưa quan tâm Official Account", "the user does not follow the OA")],
  [-227, payload("người dùng không hoạt động quá 45 ngày", "the user has been inactive for over 45 days")],
  [-230, payload("người dùng không tương tác với Official Account trong 7 ngày qua", "the user has not interacted with the OA in the past 7 days")],
  [-232, payload("người dùng không nhận được tin nhắn này", "the user cannot receive this message")],
  [-237, payload("nhóm đã bị vô hiệu hóa (gói nhóm GMF hết hạn)", "the group is disabled (its GMF asset expired)")],
  [-244, payload("người dùng đã chặn tin nhắn từ Official Account", "the user blocked messages from the OA")],
  [-248, payload("nội dung tin nhắn không được chấp nhận", "the message content was refused")],
  [-108, payload("số điện thoại không hợp lệ", "the phone number is invalid")],
  [-109, payload("mẫu tin ZNS không hợp lệ", "the ZNS template is invalid")],
  [-1121, payload("dữ liệu mẫu tin ZNS sai", "the ZNS template data is wrong")],
  [-1122, payload("dữ liệu mẫu tin ZNS sai", "the ZNS template data is wrong")],
  [-114, payload("người dùng không nhận được tin ZNS", "the user cannot receive ZNS")],
  [-131, payload("mẫu tin ZNS chưa được duyệt", "the ZNS template is not approved")],
  [-139, payload("người dùng đã từ chối nhận tin", "the user refused this message")],
  [-141, payload("người dùng đã từ chối nhận tin", "the user refused this message")],
  [-146, payload("mẫu tin ZNS bị tắt do chất lượng thấp", "the ZNS template was disabled for low quality")],
])

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

const OPERATIONS_VI: Readonly<Record<ZaloOperation, readonly [string, string]>> = {
  "refresh-token": ["làm mới mã truy cập", "refresh the access token"],
  "exchange-code": ["đổi mã cấp quyền lấy mã truy cập", "exchange the authorization code"],
  "oa-info": ["đọc thông tin Official Account", "read the OA's details"],
  "create-article": ["tạo bài viết", "create an article"],
  "verify-article": ["kiểm tra bài viết", "verify an article"],
  "list-articles": ["đọc danh sách bài viết", "list articles"],
  followers: ["đọc danh sách người quan tâm", "list followers"],
  "user-detail": ["đọc thông tin người quan tâm", "read a follower's details"],
  "message-quota": ["đọc hạn mức tin nhắn của người dùng", "read a user's message quota"],
  "send-consultation": ["gửi tin nhắn tư vấn", "send a consultation message"],
  "send-template": ["gửi tin ZNS/ZBS theo mẫu", "send a ZNS/ZBS template message"],
  "template-quota": ["đọc hạn mức ZNS trong ngày", "read the daily ZNS quota"],
  "send-group-message": ["gửi tin vào nhóm của Official Account", "send a message to an OA group"],
  "token-store": ["lưu, đọc cặp mã truy cập", "store or read the token pair"],
  "sent-log": ["ghi, đọc sổ tin đã gửi", "write or read the sent log"],
}

/** "Zalo (gửi tin ZNS/ZBS theo mẫu): " in Vietnamese and English. */
export const operationPrefix = (operation: ZaloOperation): readonly [string, string] => {
  const [vi, en] = OPERATIONS_VI[operation]
  return [`Zalo (${vi}): `, `Zalo (${en}): `]
}

const ACTION: Readonly<Record<ZaloErrorClass, readonly [string, string]>> = {
  "refresh-token": [" Đã thử làm mới mã truy cập một lần nhưng vẫn bị từ chối.", " The token was refreshed once and still refused."],
  configuration: [
    " Cần người quản trị kiểm tra cấu hình ứng dụng, Official Account hoặc tài khoản ZNS.",
    " A person must check the app, the OA or the ZNS account.",
  ],
  "back-off": [" Tạm dừng rồi thử lại sau.", " Wait and try again later."],
  payload: [" Không gửi lại tin này.", " This item is not retried."],
}

/**
 * The typed error for a Zalo answer with `error != 0`.
 *
 * @internal
 */
export const errorFromCode = (
  operation: ZaloOperation,
  code: number,
  zaloMessage: string | undefined,
  status: number | undefined,
): ZaloError => {
  const info = CODES.get(code)
  const kind = info?.kind ?? "payload"
  const [prefixVi, prefixEn] = operationPrefix(operation)
  const what = info ?? { vi: "Zalo trả về lỗi", en: "Zalo returned an error" }
  const [actionVi, actionEn] = ACTION[kind]
  const fields: ZaloErrorFields = {
    message: `${prefixVi}${what.vi} (mã lỗi ${code}).${actionVi}`,
    messageEn: `${prefixEn}${what.en} (error ${code}).${actionEn}`,
    operation,
    code,
    ...(zaloMessage === undefined ? {} : { zaloMessage }),
    ...(status === undefined ? {} : { status }),
  }
  switch (kind) {
    case "refresh-token":
      return new ZaloTokenError(fields)
    case "configuration":
      return new ZaloConfigurationError(fields)
    case "back-off":
      return new ZaloBackoffError({ ...fields, retry: info?.retry ?? "soon" })
    case "payload":
      return new ZaloPayloadError(fields)
  }
}

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
