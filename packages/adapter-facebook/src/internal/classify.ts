/**
 * Turns a Graph answer (status, body, headers) into one of the typed errors,
 * with a Vietnamese and an English message.
 */
import {
  GraphNetworkError,
  GraphPermissionError,
  GraphRateLimitError,
  GraphRequestError,
  GraphResponseError,
  GraphTimeoutError,
  GraphTokenError,
  GraphTransientError,
  type GraphError,
  type GraphErrorFields,
  type GraphOperation,
} from "../GraphError.js"
import type { GraphUsage } from "../GraphUsage.js"
import { scrubSecrets } from "../Redact.js"
import { isRecord, numberOf, stringOf } from "./decode.js"

const OPERATION: Readonly<Record<GraphOperation, { readonly vi: string; readonly en: string }>> = {
  "published-posts": { vi: "đọc bài đăng của Trang", en: "reading the Page's posts" },
  comments: { vi: "đọc bình luận", en: "reading comments" },
  comment: { vi: "đọc một bình luận", en: "reading a comment" },
  "hide-comment": { vi: "ẩn bình luận", en: "hiding a comment" },
  "unhide-comment": { vi: "bỏ ẩn bình luận", en: "unhiding a comment" },
  "delete-comment": { vi: "xóa bình luận", en: "deleting a comment" },
  batch: { vi: "gửi lô yêu cầu", en: "sending a batch" },
  request: { vi: "gọi Graph API", en: "calling the Graph API" },
}

/** The permission each operation needs (platform-apis.md §1.1). */
export const PERMISSION_OF: Readonly<Partial<Record<GraphOperation, string>>> = {
  "published-posts": "pages_read_engagement",
  comments: "pages_read_user_content",
  comment: "pages_read_user_content",
  "hide-comment": "pages_manage_engagement",
  "unhide-comment": "pages_manage_engagement",
  "delete-comment": "pages_manage_engagement",
}

const TOKEN_SUBCODES: Readonly<Record<number, { readonly vi: string; readonly en: string }>> = {
  458: { vi: "ứng dụng chưa được cấp quyền", en: "the app is not authorised" },
  459: { vi: "tài khoản quản trị bị tạm khóa để xác minh", en: "the admin's account is checkpointed" },
  460: { vi: "quản trị viên đã đổi mật khẩu", en: "the admin changed the password" },
  463: { vi: "đã hết hạn", en: "it has expired" },
  464: { vi: "tài khoản chưa được xác nhận", en: "the account is unconfirmed" },
  467: { vi: "mã không hợp lệ", en: "the token is invalid" },
  492: { vi: "phiên không hợp lệ (người cấp mã không còn quản trị Trang)", en: "the session is invalid (the user no longer manages the Page)" },
}

const THROTTLE_CODES: ReadonlySet<number> = new Set([4, 17, 32, 341, 613, 80001])

/** What the classifier knows about the request. */
export interface RequestInfo {
  readonly operation: GraphOperation
  readonly method: string
  /** Path and query, already redacted. */
  readonly path: string
  /** Secrets to scrub from Graph's own text. */
  readonly secrets: ReadonlyArray<string>
}

const codeText = (code: number | undefined, subcode: number | undefined): string =>
  code === undefined ? "" : subcode === undefined ? `${code}` : `${code}/${subcode}`

const baseFields = (
  info: RequestInfo,
  text: { readonly vi: string; readonly en: string },
  extra: { status?: number | undefined; code?: number | undefined; subcode?: number | undefined; fbtraceId?: string | undefined; graphMessage?: string | undefined },
): GraphErrorFields => {
  const operation = OPERATION[info.operation]
  const fields: { -readonly [K in keyof GraphErrorFields]: GraphErrorFields[K] } = {
    message: `Graph API (${operation.vi}): ${text.vi}`,
    messageEn: `Graph API (${operation.en}): ${text.en}`,
    operation: info.operation,
    method: info.method,
    path: info.path,
  }
  if (extra.status !== undefined) fields.status = extra.status
  if (extra.code !== undefined) fields.code = extra.code
  if (extra.subcode !== undefined) fields.subcode = extra.subcode
  if (extra.fbtraceId !== undefined) fields.fbtraceId = extra.fbtraceId
  if (extra.graphMessage !== undefined) fields.graphMessage = extra.graphMessage
  return fields
}

const minutesText = (ms: number): { vi: string; en: string } => {
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.ceil(ms / 1000))
    return { vi: `${seconds} giây`, en: `${seconds} s` }
  }
  const minutes = Math.ceil(ms / 60_000)
  return { vi: `${minutes} phút`, en: `${minutes} min` }
}

/** The Graph error object of a body, if it has one. */
const graphErrorOf = (body: unknown) => {
  if (!isRecord(body) || !isRecord(body["error"])) return undefined
  const error = body["error"]
  return {
    code: numberOf(error["code"]),
    subcode: numberOf(error["error_subcode"]),
    fbtraceId: stringOf(error["fbtrace_id"]),
    message: stringOf(error["message"]),
  }
}

/**
 * The typed error for an answer that is an error (status ≥ 400 or a body
 * with `error`), or undefined for a success.
 */
export const classifyAnswer = (
  info: RequestInfo,
  status: number,
  body: unknown,
  usage: GraphUsage,
  defaultThrottleWaitMs: number,
): GraphError | undefined => {
  const graph = graphErrorOf(body)
  if (graph === undefined && status < 400) return undefined
  const code = graph?.code
  const subcode = graph?.subcode
  const extra = {
    status,
    code,
    subcode,
    fbtraceId: graph?.fbtraceId,
    graphMessage: graph?.message === undefined ? undefined : scrubSecrets(graph.message, info.secrets),
  }
  const codes = codeText(code, subcode)
  if (code === 190) {
    const why = subcode === undefined ? undefined : TOKEN_SUBCODES[subcode]
    return new GraphTokenError(
      baseFields(
        info,
        {
          vi: `mã truy cập (access token) của Trang không còn hiệu lực${why === undefined ? "" : ` — ${why.vi}`} (mã lỗi ${codes}); quản trị viên Trang cần cấp mã mới. Yêu cầu không được thử lại.`,
          en: `the Page access token is no longer valid${why === undefined ? "" : ` — ${why.en}`} (code ${codes}); a Page admin must issue a new token. Not retried.`,
        },
        extra,
      ),
    )
  }
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) {
    const permission = PERMISSION_OF[info.operation]
    const fields = baseFields(
      info,
      {
        vi: `ứng dụng thiếu quyền cho thao tác này (mã lỗi ${codes})${permission === undefined ? "" : `; cần quyền ${permission}`} và người cấp mã phải có vai trò quản trị phù hợp trên Trang. Yêu cầu không được thử lại.`,
        en: `the app lacks a permission for this (code ${codes})${permission === undefined ? "" : `; it needs ${permission}`} and the token's user needs the right Page task. Not retried.`,
      },
      extra,
    )
    return new GraphPermissionError(permission === undefined ? fields : { ...fields, permission })
  }
  if ((code !== undefined && THROTTLE_CODES.has(code)) || (code === undefined && status === 429)) {
    const retryAfterMs = usage.regainAccessMs > 0 ? usage.regainAccessMs : defaultThrottleWaitMs
    const wait = minutesText(retryAfterMs)
    return new GraphRateLimitError({
      ...baseFields(
        info,
        {
          vi: `Facebook đang giới hạn tần suất gọi API (mã lỗi ${codes || status}); cần chờ khoảng ${wait.vi} rồi mới gọi lại.`,
          en: `Facebook is rate-limiting calls (code ${codes || status}); wait about ${wait.en} before calling again.`,
        },
        extra,
      ),
      retryAfterMs,
      usage,
    })
  }
  if (code === 1 || code === 2 || (code === undefined && status >= 500)) {
    return new GraphTransientError(
      baseFields(
        info,
        {
          vi: `lỗi tạm thời phía Facebook (${code === undefined ? `HTTP ${status}` : `mã lỗi ${codes}`}); đã thử lại mà chưa được.`,
          en: `a temporary failure at Facebook (${code === undefined ? `HTTP ${status}` : `code ${codes}`}); retries did not help.`,
        },
        extra,
      ),
    )
  }
  if (status >= 500 && code !== undefined && code !== 100 && code !== 368 && code !== 506) {
    // An unknown code on a 5xx: treat it as Facebook's trouble, not ours.
    return new GraphTransientError(
      baseFields(info, { vi: `lỗi phía Facebook (HTTP ${status}, mã lỗi ${codes}).`, en: `a failure at Facebook (HTTP ${status}, code ${codes}).` }, extra),
    )
  }
  const reason =
    code === 100 && subcode === 33
      ? { vi: "đối tượng không tồn tại hoặc không truy cập được", en: "the object does not exist or cannot be reached" }
      : code === 100
        ? { vi: "tham số không hợp lệ", en: "an invalid parameter" }
        : code === 368
          ? { vi: "Facebook tạm chặn hành động này theo chính sách (cần báo quản trị viên, chờ lâu trước khi thử lại)", en: "Facebook blocked this action by policy (alert an admin; back off for long)" }
          : code === 506
            ? { vi: "bài đăng trùng lặp", en: "a duplicate post" }
            : { vi: "Facebook từ chối yêu cầu", en: "Facebook refused the request" }
  return new GraphRequestError(
    baseFields(
      info,
      {
        vi: `${reason.vi} (${code === undefined ? `HTTP ${status}` : `mã lỗi ${codes}`}).`,
        en: `${reason.en} (${code === undefined ? `HTTP ${status}` : `code ${codes}`}).`,
      },
      extra,
    ),
  )
}

export const timeoutError = (info: RequestInfo, timeoutMs: number): GraphTimeoutError => {
  const wait = minutesText(timeoutMs)
  return new GraphTimeoutError({
    ...baseFields(
      info,
      { vi: `Facebook không trả lời trong ${wait.vi}; yêu cầu đã bị hủy.`, en: `Facebook did not answer within ${wait.en}; the request was aborted.` },
      {},
    ),
    timeoutMs,
  })
}

export const networkError = (info: RequestInfo, status?: number): GraphNetworkError =>
  new GraphNetworkError(
    baseFields(
      info,
      {
        vi: "không kết nối được tới máy chủ Graph API (kết nối bị từ chối hoặc bị ngắt giữa chừng).",
        en: "could not reach the Graph API server (connection refused or cut).",
      },
      { status },
    ),
  )

export const responseError = (info: RequestInfo, what: { readonly vi: string; readonly en: string }, status?: number): GraphResponseError =>
  new GraphResponseError(baseFields(info, what, { status }))
