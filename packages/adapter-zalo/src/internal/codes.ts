/**
 * The reference's tables of Zalo error codes (platform-apis.md §2.5 and
 * §2.7) and the Vietnamese and English words of error messages.
 *
 * @internal
 */
import type { BackoffRetry, ZaloErrorClass, ZaloOperation } from "../ZaloError.js"

export interface CodeInfo {
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
export const CODES: ReadonlyMap<number, CodeInfo> = new Map([
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

export const ACTION: Readonly<Record<ZaloErrorClass, readonly [string, string]>> = {
  "refresh-token": [" Đã thử làm mới mã truy cập một lần nhưng vẫn bị từ chối.", " The token was refreshed once and still refused."],
  configuration: [
    " Cần người quản trị kiểm tra cấu hình ứng dụng, Official Account hoặc tài khoản ZNS.",
    " A person must check the app, the OA or the ZNS account.",
  ],
  "back-off": [" Tạm dừng rồi thử lại sau.", " Wait and try again later."],
  payload: [" Không gửi lại tin này.", " This item is not retried."],
}

