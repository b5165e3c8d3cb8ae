/**
 * Incident cases (vụ việc): a piece of bad content found on a unit's
 * channel, and what was done about it, as an append-only audit trail.
 *
 * A case moves `detected → triaged → actioned → escalated → closed`; its
 * state is never stored apart from its events but derived from them. Each
 * event records who (a person id — never a name or a phone number), when
 * (an instant), what (the event type) and why (a note). Two more events
 * start the legal clocks of Decree 147/2024 and may arrive at any time:
 * `authority-request` (24 hours after a competent authority asks) and
 * `complaint` (48 hours after a well-founded user complaint).
 *
 * Values are immutable and frozen: `recordEvent` returns a new case and
 * never changes the one it is given.
 *
 * @since 0.1.0
 * @module
 */
import { DEFAULT_TIME_ZONE, toInstant, type Instant, type InstantInput, type TimeZoneOptions } from "@lantoa/core"
import { allowedIn, EVENT_TYPES, personIdProblem, replay, STATES, transition, type State } from "./internal/incidentMachine.js"
import { eventLabel, stateLabel } from "./internal/incidentText.js"
import type { ModerationCategory } from "./ModerationPolicy.js"

/**
 * The events of a case's audit trail, in lifecycle order:
 *
 * - `detected` (phát hiện): opens the case;
 * - `triaged` (xem xét, phân loại): a person looked at it;
 * - `hidden` (ẩn nội dung), `account-reported` (báo cáo tài khoản),
 *   `rebutted` (phản bác bằng thông tin chính thống): actions on the content;
 * - `escalated-internal` (báo cáo lãnh đạo, xử lý nội bộ),
 *   `escalated-authorities` (đề nghị cơ quan chức năng xử lý);
 * - `closed` (đóng vụ việc);
 * - `authority-request` (yêu cầu của cơ quan có thẩm quyền) and
 *   `complaint` (khiếu nại có căn cứ của người dùng): they start the legal
 *   clocks and change no state.
 *
 * @example
 * ```ts
 * INCIDENT_EVENT_TYPES.includes("complaint") //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const INCIDENT_EVENT_TYPES: readonly [
  "detected",
  "triaged",
  "hidden",
  "account-reported",
  "rebutted",
  "escalated-internal",
  "escalated-authorities",
  "closed",
  "authority-request",
  "complaint",
] = EVENT_TYPES

/**
 * One of {@link INCIDENT_EVENT_TYPES}.
 *
 * @example
 * ```ts
 * const type: IncidentEventType = "hidden"
 * ```
 * @since 0.1.0
 * @category models
 */
export type IncidentEventType = (typeof INCIDENT_EVENT_TYPES)[number]

/**
 * The states of a case, derived from its events:
 *
 * - `detected`: found, nobody has looked at it yet;
 * - `triaged`: a person looked at it and decided what to do;
 * - `actioned`: the content was hidden, the account reported or the
 *   content rebutted;
 * - `escalated`: sent up inside the sector or to the authorities;
 * - `closed`: done; nothing but a new legal request may follow.
 *
 * @example
 * ```ts
 * INCIDENT_STATES //=> ["detected", "triaged", "actioned", "escalated", "closed"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const INCIDENT_STATES: readonly ["detected", "triaged", "actioned", "escalated", "closed"] = STATES

/**
 * One of {@link INCIDENT_STATES}.
 *
 * @example
 * ```ts
 * const state: IncidentState = "escalated"
 * ```
 * @since 0.1.0
 * @category models
 */
export type IncidentState = (typeof INCIDENT_STATES)[number]

/**
 * Where the content was: a comment or a post, and the platform's reference
 * to it (a comment id, a link).
 *
 * @example
 * ```ts
 * const source: IncidentSource = { kind: "comment", ref: "108_1221_5501" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface IncidentSource {
  readonly kind: "comment" | "post"
  readonly ref?: string
}

/**
 * One entry of the audit trail: what happened (`type`), when (`at`, epoch
 * ms), who did it (`by`, a person id) and why (`note`).
 *
 * @example
 * ```ts
 * const event: IncidentEvent = { type: "hidden", at: 1731380400000, by: "gv-0001", note: "Bình luận xúc phạm giáo viên." }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface IncidentEvent {
  readonly type: IncidentEventType
  readonly at: Instant
  /** A person id, never a name or a phone number; absent for the system. */
  readonly by?: string
  readonly note?: string
}

/**
 * An incident case: the content's unit, channel, category and source, when
 * it was detected, its state, and its audit trail in time order (the first
 * state event is always `detected`, at `detectedAt`). Frozen.
 *
 * @example
 * ```ts
 * const incident: Incident = openIncident({ id: "vv-0001", unit: "thcs-lac-son", category: "insult", detectedAt: "2024-11-12T09:00:00+07:00" })
 * incident.state                          //=> "detected"
 * incident.events.map((event) => event.type) //=> ["detected"]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Incident {
  readonly id: string
  readonly unit: string
  readonly channel?: string
  readonly category: ModerationCategory
  readonly source?: IncidentSource
  readonly detectedAt: Instant
  /** Derived from `events` (see {@link incidentState}). */
  readonly state: IncidentState
  /** In time order; events at the same instant in the order they were recorded. */
  readonly events: ReadonlyArray<IncidentEvent>
}

/**
 * What {@link openIncident} takes: `detectedAt` as epoch ms, a `Date` or
 * an ISO 8601 string (without an offset, it is read in `timeZone`), and
 * optionally who detected it (a person id; absent for an automatic
 * detection) and why.
 *
 * @example
 * ```ts
 * const input: OpenIncidentInput = {
 *   id: "vv-0001", unit: "thcs-lac-son", channel: "fb-thcs-lac-son", category: "insult",
 *   detectedAt: "2024-11-12T09:00:00+07:00", source: { kind: "comment", ref: "108_1221_5501" },
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface OpenIncidentInput {
  readonly id: string
  readonly unit: string
  readonly channel?: string
  readonly category: ModerationCategory
  readonly detectedAt: InstantInput
  readonly by?: string
  readonly note?: string
  readonly source?: IncidentSource
}

/**
 * An event to record: like {@link IncidentEvent}, with `at` as any
 * `InstantInput`.
 *
 * @example
 * ```ts
 * const event: IncidentEventInput = { type: "triaged", at: "2024-11-12T09:20:00+07:00", by: "ht-0001", note: "Xúc phạm danh dự giáo viên." }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface IncidentEventInput {
  readonly type: IncidentEventType
  readonly at: InstantInput
  readonly by?: string
  readonly note?: string
}

/**
 * Why an event could not be recorded:
 *
 * - `unknown-event-type`: not one of {@link INCIDENT_EVENT_TYPES};
 * - `invalid-instant`: `at` is not an instant;
 * - `invalid-person`: `by` is blank, a name or a phone number, not a
 *   person id;
 * - `invalid-transition`: the event may not follow the case's state at its
 *   time (hiding a closed case, escalating before anyone triaged it);
 * - `conflicts-with-later-event`: the event is allowed at its time, but an
 *   event recorded later in the trail could then no longer follow it
 *   (closing a case at 09:30 that was hidden at 10:00).
 *
 * @example
 * ```ts
 * const code: IncidentEventErrorCode = "invalid-transition"
 * ```
 * @since 0.1.0
 * @category models
 */
export type IncidentEventErrorCode =
  | "unknown-event-type"
  | "invalid-instant"
  | "invalid-person"
  | "invalid-transition"
  | "conflicts-with-later-event"

/**
 * An event {@link recordEvent} refused: the code, the case, the event type,
 * the state the event would have followed (`null` before detection), the
 * later event it conflicts with, and the reason in Vietnamese and English.
 *
 * @example
 * ```ts
 * const error: IncidentEventError = {
 *   code: "invalid-transition", incident: "vv-0001", type: "hidden", state: "closed",
 *   message: "Vụ việc vv-0001: không thể ghi nhận \"ẩn nội dung\" khi vụ việc đang ở trạng thái \"đã đóng\".",
 *   messageEn: "Incident vv-0001: cannot record \"hid the content\" while the case is \"closed\".",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface IncidentEventError {
  readonly code: IncidentEventErrorCode
  readonly incident: string
  readonly type: string
  readonly state?: IncidentState | null
  readonly conflictsWith?: IncidentEventType
  readonly message: string
  readonly messageEn: string
}

/**
 * What {@link recordEvent} returns: the new case, or why the event was
 * refused (the case given is unchanged either way).
 *
 * @example
 * ```ts
 * const result: RecordEventResult = recordEvent(incident, { type: "triaged", at: "2024-11-12T09:20:00+07:00", by: "ht-0001" })
 * if (result.ok) result.incident.state //=> "triaged"
 * else result.error.message
 * ```
 * @since 0.1.0
 * @category models
 */
export type RecordEventResult =
  | { readonly ok: true; readonly incident: Incident }
  | { readonly ok: false; readonly error: IncidentEventError }

const nonBlank = (value: unknown): value is string => typeof value === "string" && value.trim() !== ""

const freezeEvent = (event: IncidentEvent): IncidentEvent => Object.freeze(event)

/** Builds a frozen case; `events` must be a valid trail in time order. */
export const buildIncident = (
  fields: Omit<Incident, "state" | "events">,
  events: ReadonlyArray<IncidentEvent>,
): Incident => {
  const frozen = Object.freeze(events.map(freezeEvent))
  const state = replay(frozen.map((event) => event.type)).state ?? "detected"
  const incident: Incident = { ...fields, state, events: frozen }
  if (incident.source !== undefined) Object.freeze(incident.source)
  return Object.freeze(incident)
}

const personText = {
  blank: { vi: "để trống", en: "blank" },
  name: { vi: "giống họ tên người (có dấu cách)", en: "looks like a name (it has spaces)" },
  phone: { vi: "là số điện thoại", en: "is a phone number" },
} as const

/**
 * Opens a case at its detection: a trail with one `detected` event. Throws
 * a `RangeError` for arguments the caller controls that are wrong (a blank
 * id, unit or category, an invalid `detectedAt`, a `by` that is a name or a
 * phone number, an unknown source kind) — data read from outside goes
 * through `parseIncidents`, which never throws.
 *
 * @example
 * ```ts
 * const incident = openIncident({
 *   id: "vv-0001", unit: "thcs-lac-son", channel: "fb-thcs-lac-son", category: "insult",
 *   detectedAt: "2024-11-12T09:00:00+07:00", source: { kind: "comment", ref: "108_1221_5501" },
 * })
 * incident.state     //=> "detected"
 * incident.detectedAt //=> 1731376800000
 * Object.isFrozen(incident) //=> true
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const openIncident = (input: OpenIncidentInput, options: TimeZoneOptions = {}): Incident => {
  for (const field of ["id", "unit", "category"] as const) {
    if (!nonBlank(input[field])) throw new RangeError(`openIncident: ${field} must be a non-empty string.`)
  }
  if (input.channel !== undefined && !nonBlank(input.channel)) throw new RangeError("openIncident: channel must be a non-empty string when given.")
  const detectedAt = toInstant(input.detectedAt, { timeZone: options.timeZone ?? DEFAULT_TIME_ZONE })
  if (detectedAt === undefined) throw new RangeError(`openIncident: detectedAt is not a valid instant: ${String(input.detectedAt)}`)
  if (input.by !== undefined) {
    const problem = personIdProblem(input.by)
    if (problem !== undefined) throw new RangeError(`openIncident: by must be a person id; the value given ${personText[problem].en}.`)
  }
  const source = input.source
  if (source !== undefined && source.kind !== "comment" && source.kind !== "post")
    throw new RangeError(`openIncident: source.kind must be "comment" or "post", not ${JSON.stringify(source.kind)}.`)
  const event: { -readonly [K in keyof IncidentEvent]: IncidentEvent[K] } = { type: "detected", at: detectedAt }
  if (input.by !== undefined) event.by = input.by
  if (nonBlank(input.note)) event.note = input.note
  const fields: { -readonly [K in keyof Omit<Incident, "state" | "events">]: Incident[K] } = {
    id: input.id,
    unit: input.unit,
    category: input.category,
    detectedAt,
  }
  if (input.channel !== undefined) fields.channel = input.channel
  if (source !== undefined) fields.source = source.ref === undefined ? { kind: source.kind } : { kind: source.kind, ref: source.ref }
  return buildIncident(fields, [event])
}

const TYPES: ReadonlySet<string> = new Set(EVENT_TYPES)

const refuse = (
  incident: Incident,
  code: IncidentEventErrorCode,
  type: string,
  text: { readonly vi: string; readonly en: string },
  extra: { readonly state?: IncidentState | null; readonly conflictsWith?: IncidentEventType } = {},
): RecordEventResult => ({
  ok: false,
  error: {
    code,
    incident: incident.id,
    type,
    ...extra,
    message: `Vụ việc ${incident.id}: ${text.vi}`,
    messageEn: `Incident ${incident.id}: ${text.en}`,
  },
})

const stateText = (state: IncidentState | null, locale: "vi" | "en"): string =>
  state === null ? (locale === "en" ? "not detected yet" : "chưa được phát hiện") : stateLabel(state, locale)

/**
 * Records an event on a case and returns the new case; the case given is
 * never changed. The event takes its place in time order (after the events
 * at the same instant): an event noted late, with the time it really
 * happened, is fine as long as the whole trail stays possible.
 *
 * **Errors are values.** An event that may not follow — hiding a closed
 * case, escalating a case nobody triaged, detecting it twice — returns
 * `{ ok: false, error }` with a code and a reason in Vietnamese and English
 * (see {@link IncidentEventErrorCode}); it never throws, because two
 * moderators acting on one case at once is an ordinary event, not a bug.
 *
 * The transitions: `triaged` from `detected`; `hidden`, `account-reported`
 * and `rebutted` from `detected` (an automatic hide needs no triage),
 * `triaged` or `actioned`, and from `escalated` (the case stays escalated);
 * `escalated-*` from `triaged`, `actioned` or `escalated` (a human decides
 * before escalating); `closed` from any open state; `authority-request`
 * and `complaint` at any time, without changing the state.
 *
 * @example
 * ```ts
 * const opened = openIncident({ id: "vv-0001", unit: "thcs-lac-son", category: "insult", detectedAt: "2024-11-12T09:00:00+07:00" })
 * const hidden = recordEvent(opened, { type: "hidden", at: "2024-11-12T09:40:00+07:00", by: "gv-0001", note: "Xúc phạm giáo viên." })
 * hidden.ok && hidden.incident.state //=> "actioned"
 * opened.state                       //=> "detected" (unchanged)
 * const early = recordEvent(opened, { type: "escalated-authorities", at: "2024-11-12T09:05:00+07:00", by: "ht-0001" })
 * early.ok || early.error.code        //=> "invalid-transition"
 * ```
 * @since 0.1.0
 * @category combinators
 */
export const recordEvent = (incident: Incident, event: IncidentEventInput, options: TimeZoneOptions = {}): RecordEventResult => {
  const type = event.type as string
  if (!TYPES.has(type)) {
    return refuse(incident, "unknown-event-type", String(type), {
      vi: `loại sự kiện ${JSON.stringify(type)} không hợp lệ; chỉ nhận: ${EVENT_TYPES.join(", ")}.`,
      en: `unknown event type ${JSON.stringify(type)}; expected one of: ${EVENT_TYPES.join(", ")}.`,
    })
  }
  const kind = type as IncidentEventType
  const at = toInstant(event.at, { timeZone: options.timeZone ?? DEFAULT_TIME_ZONE })
  if (at === undefined) {
    return refuse(incident, "invalid-instant", kind, {
      vi: `thời điểm ${JSON.stringify(String(event.at))} không đọc được; cần dạng ISO 8601, ví dụ 2024-11-12T09:00:00+07:00.`,
      en: `cannot read the time ${JSON.stringify(String(event.at))}; expected ISO 8601, e.g. 2024-11-12T09:00:00+07:00.`,
    })
  }
  if (event.by !== undefined) {
    const problem = typeof event.by === "string" ? personIdProblem(event.by) : "blank"
    if (problem !== undefined) {
      return refuse(incident, "invalid-person", kind, {
        vi: `trường by phải là mã người (ví dụ gv-0001), không phải họ tên hay số điện thoại; giá trị đã cho ${personText[problem].vi}.`,
        en: `by must be a person id (e.g. gv-0001), never a name or a phone number; the value given ${personText[problem].en}.`,
      })
    }
  }
  const recorded: { -readonly [K in keyof IncidentEvent]: IncidentEvent[K] } = { type: kind, at }
  if (event.by !== undefined) recorded.by = event.by
  if (nonBlank(event.note)) recorded.note = event.note
  // After every event at or before its instant: a late note keeps its true time.
  let position = incident.events.length
  while (position > 0 && (incident.events[position - 1] as IncidentEvent).at > at) position--
  let state: State | null = null
  for (let k = 0; k < position; k++) state = transition(state, (incident.events[k] as IncidentEvent).type) ?? state
  const next = transition(state, kind)
  if (next === undefined) {
    return refuse(
      incident,
      "invalid-transition",
      kind,
      {
        vi: `không thể ghi nhận "${eventLabel(kind, "vi")}" khi vụ việc ${state === null ? "chưa được phát hiện" : `đang ở trạng thái "${stateText(state, "vi")}"`}.`,
        en: `cannot record "${eventLabel(kind, "en")}" while the case is ${state === null ? "not detected yet" : `"${stateText(state, "en")}"`}.`,
      },
      { state },
    )
  }
  let after: State | null = next
  for (let k = position; k < incident.events.length; k++) {
    const later = (incident.events[k] as IncidentEvent).type
    const moved = transition(after, later)
    if (moved === undefined) {
      return refuse(
        incident,
        "conflicts-with-later-event",
        kind,
        {
          vi: `"${eventLabel(kind, "vi")}" vào thời điểm này sẽ đứng trước "${eventLabel(later, "vi")}" đã ghi nhận sau đó, và sự kiện ấy không thể xảy ra sau nó.`,
          en: `"${eventLabel(kind, "en")}" at this time would come before "${eventLabel(later, "en")}", recorded later, which could then no longer follow.`,
        },
        { state, conflictsWith: later },
      )
    }
    after = moved
  }
  const events = [...incident.events.slice(0, position), recorded, ...incident.events.slice(position)]
  const { state: _state, events: _events, ...fields } = incident
  return { ok: true, incident: buildIncident(fields, events) }
}

/**
 * The state a trail leads to: its events replayed through the transitions
 * of {@link recordEvent}, skipping any that may not follow. A case's
 * `state` is this value; use it to check a case built by hand.
 *
 * @example
 * ```ts
 * incidentState([
 *   { type: "detected", at: 0 }, { type: "triaged", at: 1 }, { type: "escalated-internal", at: 2 },
 * ]) //=> "escalated"
 * ```
 * @since 0.1.0
 * @category getters
 */
export const incidentState = (events: ReadonlyArray<Pick<IncidentEvent, "type">>): IncidentState =>
  replay(events.map((event) => event.type)).state ?? "detected"

/**
 * The event types that may be recorded on a case now (at or after its last
 * event), in lifecycle order: what a moderation screen may offer.
 *
 * @example
 * ```ts
 * allowedEventTypes(openIncident({ id: "vv-1", unit: "u", category: "spam", detectedAt: 0 }))
 * //=> ["triaged", "hidden", "account-reported", "rebutted", "closed", "authority-request", "complaint"]
 * ```
 * @since 0.1.0
 * @category getters
 */
export const allowedEventTypes = (incident: Incident): ReadonlyArray<IncidentEventType> => allowedIn(incident.state)
