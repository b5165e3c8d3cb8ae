/**
 * Words for incident explanations and errors, in Vietnamese and English.
 */
import type { Locale } from "@lantoa/core"
import type { EventType, State } from "./incidentMachine.js"

const EVENT_LABELS: Readonly<Record<EventType, { readonly vi: string; readonly en: string }>> = {
  detected: { vi: "phát hiện", en: "detected it" },
  triaged: { vi: "xem xét, phân loại", en: "triaged it" },
  hidden: { vi: "ẩn nội dung", en: "hid the content" },
  "account-reported": { vi: "báo cáo tài khoản", en: "reported the account" },
  rebutted: { vi: "phản bác bằng thông tin chính thống", en: "rebutted it with official information" },
  "escalated-internal": { vi: "báo cáo lãnh đạo để xử lý nội bộ", en: "escalated it internally" },
  "escalated-authorities": { vi: "đề nghị cơ quan chức năng xử lý", en: "referred it to the authorities" },
  closed: { vi: "đóng vụ việc", en: "closed the case" },
  "authority-request": { vi: "nhận yêu cầu của cơ quan có thẩm quyền", en: "received a competent authority's request" },
  complaint: { vi: "nhận khiếu nại có căn cứ của người dùng", en: "received a well-founded user complaint" },
}

const STATE_LABELS: Readonly<Record<State, { readonly vi: string; readonly en: string }>> = {
  detected: { vi: "mới phát hiện", en: "detected" },
  triaged: { vi: "đã xem xét", en: "triaged" },
  actioned: { vi: "đã xử lý", en: "actioned" },
  escalated: { vi: "đã chuyển cấp trên", en: "escalated" },
  closed: { vi: "đã đóng", en: "closed" },
}

export const eventLabel = (type: EventType, locale: Locale): string => EVENT_LABELS[type][locale]

export const stateLabel = (state: State, locale: Locale): string => STATE_LABELS[state][locale]

/** "09:00 ngày 12/11/2024" (or "09:00:30", "09:00:00.001") / "09:00 on 2024-11-12", read from an ISO string written in the zone. */
export const localMoment = (iso: string, locale: Locale): string => {
  // Seconds and milliseconds only when they matter: 1 ms past a deadline must not read as on it.
  const time = iso.slice(20, 23) !== "000" ? iso.slice(11, 23) : iso.slice(17, 19) !== "00" ? iso.slice(11, 19) : iso.slice(11, 16)
  const date = iso.slice(0, 10)
  return locale === "en" ? `${time} on ${date}` : `${time} ngày ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`

/** A length of time in whole minutes: "1 giờ 15 phút" / "1 hour 15 minutes". */
export const durationText = (ms: number, locale: Locale): string => {
  if (ms < 60_000) return locale === "en" ? "less than a minute" : "chưa đến 1 phút"
  const minutes = Math.floor(ms / 60_000)
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (locale === "en") {
    const parts = [...(hours > 0 ? [plural(hours, "hour")] : []), ...(rest > 0 ? [plural(rest, "minute")] : [])]
    return parts.join(" ")
  }
  const parts = [...(hours > 0 ? [`${hours} giờ`] : []), ...(rest > 0 ? [`${rest} phút`] : [])]
  return parts.join(" ")
}

/** "24 giờ", "0,5 giờ" / "24 hours", "1 hour". */
export const hoursText = (hours: number, locale: Locale): string =>
  locale === "en" ? `${hours} hour${hours === 1 ? "" : "s"}` : `${String(hours).replace(".", ",")} giờ`
