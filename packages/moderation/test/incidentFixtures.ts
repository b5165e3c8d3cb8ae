/**
 * Helpers shared by the incident tests: cases built event by event, and
 * the SLAs of Decree 147/2024 and of a policy target.
 */
import type { ModerationCategoryRule, ModerationSla } from "@lantoa/moderation"
import { openIncident, recordEvent, type Incident, type IncidentEventInput, type OpenIncidentInput } from "@lantoa/moderation"

export const HOUR = 3_600_000

/** An instant written in Vietnam's zone: `vn("2024-11-12 09:00")` → `2024-11-12T09:00:00+07:00`. */
export const vn = (local: string): string => `${local.replace(" ", "T")}${local.length === 16 ? ":00" : ""}+07:00`

/** Epoch ms of a Vietnam local time. */
export const ms = (local: string): number => Date.parse(vn(local))

export const baseCase: OpenIncidentInput = {
  id: "vv-0001",
  unit: "thcs-lac-son",
  channel: "fb-thcs-lac-son",
  category: "insult",
  detectedAt: vn("2024-11-12 09:00"),
  source: { kind: "comment", ref: "108_1221_5501" },
}

/** Opens a case and records events, failing the test on a refused event. */
export const build = (open: Partial<OpenIncidentInput>, ...events: ReadonlyArray<IncidentEventInput>): Incident => {
  let incident = openIncident({ ...baseCase, ...open })
  for (const event of events) {
    const result = recordEvent(incident, event)
    if (!result.ok) throw new Error(result.error.messageEn)
    incident = result.incident
  }
  return incident
}

export const authority24h: ModerationSla = {
  id: "authority-request-24h",
  title: { vi: "Xử lý trong 24 giờ khi cơ quan có thẩm quyền yêu cầu", en: "Act within 24 hours of an authority's request" },
  hours: 24,
  from: "authority-request",
}

export const complaint48h: ModerationSla = {
  id: "complaint-48h",
  title: { vi: "Xử lý trong 48 giờ khi có khiếu nại có căn cứ", en: "Act within 48 hours of a well-founded complaint" },
  hours: 48,
  from: "complaint",
}

export const hideWithin1h: ModerationSla = {
  id: "hide-within-1h",
  title: { vi: "Ẩn trong 1 giờ kể từ khi phát hiện", en: "Hide within 1 hour of detection" },
  hours: 1,
  from: "detected",
  until: ["hide"],
}

export const SLAS: ReadonlyArray<ModerationSla> = [hideWithin1h, authority24h, complaint48h]

export const insultRule: ModerationCategoryRule = {
  id: "insult",
  title: { vi: "Xúc phạm danh dự, nhân phẩm" },
  actions: ["hide", "report-account"],
  review: false,
  slas: ["hide-within-1h", "complaint-48h"],
}

export const teacherEthicsRule: ModerationCategoryRule = {
  id: "teacher-ethics",
  title: { vi: "Vi phạm đạo đức nhà giáo" },
  actions: ["escalate-internal"],
  review: true,
  slas: ["complaint-48h"],
}
