/**
 * The wire form of incident cases, for datasets and exports:
 * `{ id, unit, channel?, category, detectedAt, source?, events: [{ type, at, by?, note? }] }`
 * with ISO 8601 instants with an offset.
 *
 * Reading never throws. A bad case is left out with issues naming it and
 * its field (`incidents[3].detectedAt`); a bad event is left out of its
 * trail (`incidents[3].events[1].at`) and the case kept. Events are put in
 * time order (a stable sort: events at the same instant keep their order),
 * then replayed through the case's transitions: an event that cannot
 * happen where it stands — hidden before the case was detected, hidden
 * after it was closed, escalated before anyone triaged it — is an issue
 * and is left out.
 *
 * @since 0.1.0
 * @module
 */
import {
  DEFAULT_TIME_ZONE,
  dataIssue,
  formatInstant,
  parseInstant,
  parseRecord,
  sortIssues,
  type DataIssue,
  type Instant,
  type TimeZoneOptions,
} from "@lantoa/core"
import { z } from "zod"
import { buildIncident, type Incident, type IncidentEvent, type IncidentEventType } from "./Incident.js"
import { EVENT_TYPES, personIdProblem, transition, type State } from "./internal/incidentMachine.js"
import { eventLabel, stateLabel } from "./internal/incidentText.js"

const nonEmpty = z.string().trim().min(1)

/**
 * One event of a case's trail on the wire: `type`, `at` (ISO 8601 with an
 * offset), `by` (a person id) and `note`. Unknown fields are kept: the
 * contract may add fields.
 *
 * @example
 * ```ts
 * IncidentEventRecordSchema.parse({ type: "hidden", at: "2024-11-12T09:40:00+07:00", by: "gv-0001", note: "Xúc phạm giáo viên." })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const IncidentEventRecordSchema = z.looseObject({
  type: z.enum(EVENT_TYPES),
  at: nonEmpty,
  by: nonEmpty.optional(),
  note: z.string().optional(),
})

/**
 * An event as sent (see {@link IncidentEventRecordSchema}).
 *
 * @example
 * ```ts
 * const record: IncidentEventRecord = { type: "complaint", at: "2024-11-12T10:00:00+07:00", note: "Phụ huynh phản ánh qua đường dây nóng." }
 * ```
 * @since 0.1.0
 * @category models
 */
export type IncidentEventRecord = z.input<typeof IncidentEventRecordSchema>

const IncidentSourceSchema = z.strictObject({
  kind: z.enum(["comment", "post"]),
  ref: nonEmpty.optional(),
})

/**
 * A case on the wire: its id, unit, channel, category, when it was
 * detected (ISO 8601 with an offset), the content's source, and its events.
 * The trail may list the `detected` event (for who and why) or leave it to
 * `detectedAt`. Unknown fields are kept.
 *
 * @example
 * ```ts
 * IncidentRecordSchema.parse({
 *   id: "vv-0001", unit: "thcs-lac-son", channel: "fb-thcs-lac-son", category: "insult",
 *   detectedAt: "2024-11-12T09:00:00+07:00", source: { kind: "comment", ref: "108_1221_5501" },
 *   events: [{ type: "hidden", at: "2024-11-12T09:40:00+07:00", by: "gv-0001" }],
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const IncidentRecordSchema = z.looseObject({
  id: nonEmpty,
  unit: nonEmpty,
  channel: nonEmpty.optional(),
  category: nonEmpty,
  detectedAt: nonEmpty,
  source: IncidentSourceSchema.optional(),
  events: z.array(IncidentEventRecordSchema).default([]),
})

/**
 * A case as sent (see {@link IncidentRecordSchema}).
 *
 * @example
 * ```ts
 * const record: IncidentRecord = {
 *   id: "vv-0001", unit: "thcs-lac-son", category: "insult", detectedAt: "2024-11-12T09:00:00+07:00",
 *   events: [{ type: "triaged", at: "2024-11-12T09:20:00+07:00", by: "ht-0001" }],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export type IncidentRecord = z.input<typeof IncidentRecordSchema>

// The case is read without its events, which are read one by one: a bad
// event loses itself, not its case.
const IncidentShellSchema = IncidentRecordSchema.extend({ events: z.array(z.unknown()).default([]) })

/**
 * Options for {@link parseIncidents}.
 *
 * @example
 * ```ts
 * const options: ParseIncidentsOptions = { path: "dataset.incidents", timeZone: "Asia/Ho_Chi_Minh" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParseIncidentsOptions extends TimeZoneOptions {
  /** Where the list sits, for issue paths. Default `incidents`. */
  readonly path?: string
}

/**
 * The result of {@link parseIncidents}.
 *
 * @example
 * ```ts
 * const { incidents, indexes, issues }: ParsedIncidents = parseIncidents([])
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedIncidents {
  readonly incidents: ReadonlyArray<Incident>
  /** For each kept case, its index in the input. */
  readonly indexes: ReadonlyArray<number>
  /** Row by row, in the order a clerk fixes them. */
  readonly issues: ReadonlyArray<DataIssue>
}

const readTime = (
  text: string,
  path: string,
  timeZone: string,
  record: string,
  issues: Array<DataIssue>,
): Instant | undefined => {
  const read = parseInstant(text, { timeZone })
  if (read === undefined) {
    issues.push(
      dataIssue(
        "error",
        "invalid-instant",
        path,
        {
          vi: `thời điểm "${text}" không đọc được; cần dạng ISO 8601, ví dụ 2024-11-12T09:00:00+07:00.`,
          en: `cannot read the time "${text}"; expected ISO 8601, e.g. 2024-11-12T09:00:00+07:00.`,
        },
        record,
      ),
    )
    return undefined
  }
  if (!read.hasOffset) {
    issues.push(
      dataIssue(
        "warning",
        "missing-offset",
        path,
        {
          vi: `thời điểm "${text}" không có múi giờ; đã hiểu theo giờ ${timeZone}.`,
          en: `the time "${text}" has no offset; read as local time in ${timeZone}.`,
        },
        record,
      ),
    )
  }
  return read.instant
}

const personText = {
  blank: { vi: "để trống", en: "blank" },
  name: { vi: "giống họ tên người", en: "looks like a name" },
  phone: { vi: "là số điện thoại", en: "is a phone number" },
} as const

/** An event read from the wire, with its position in the input for paths. */
interface Read {
  readonly event: IncidentEvent
  readonly index: number
}

type MutableEvent = { -readonly [K in keyof IncidentEvent]: IncidentEvent[K] }

const readEvent = (input: unknown, path: string, timeZone: string, record: string, issues: Array<DataIssue>): IncidentEvent | undefined => {
  const parsed = parseRecord(IncidentEventRecordSchema, input, path, { optional: ["by", "note"] })
  issues.push(...parsed.issues.map((issue) => (issue.record === undefined ? { ...issue, record } : issue)))
  if (!parsed.ok) return undefined
  const at = readTime(parsed.record.at, `${path}.at`, timeZone, record, issues)
  if (at === undefined) return undefined
  const event: MutableEvent = { type: parsed.record.type, at }
  const by = parsed.record.by
  if (by !== undefined) {
    const problem = personIdProblem(by)
    // Not kept, and not repeated in the message: the trail names people by id only.
    if (problem !== undefined)
      issues.push(
        dataIssue(
          "warning",
          "not-a-person-id",
          `${path}.by`,
          {
            vi: `trường by phải là mã người (ví dụ gv-0001), không phải họ tên hay số điện thoại; giá trị này ${personText[problem].vi} nên không được lưu.`,
            en: `by must be a person id (e.g. gv-0001), never a name or a phone number; this value ${personText[problem].en}, so it was not kept.`,
          },
          record,
        ),
      )
    else event.by = by
  }
  if (parsed.record.note !== undefined && parsed.record.note.trim() !== "") event.note = parsed.record.note
  return event
}

const impossible = (
  read: Read,
  state: State | null,
  path: string,
  record: string,
  timeZone: string,
): DataIssue => {
  const type = read.event.type
  const at = formatInstant(read.event.at, { timeZone })
  const where = `${path}.events[${read.index}]`
  if (state === null)
    return dataIssue(
      "error",
      "impossible-sequence",
      where,
      {
        vi: `sự kiện "${eventLabel(type, "vi")}" lúc ${at} xảy ra trước khi phát hiện vụ việc; đã bỏ qua sự kiện này.`,
        en: `the event "${eventLabel(type, "en")}" at ${at} comes before the case was detected; the event was left out.`,
      },
      record,
    )
  return dataIssue(
    "error",
    "impossible-sequence",
    where,
    {
      vi: `sự kiện "${eventLabel(type, "vi")}" lúc ${at} không thể xảy ra khi vụ việc đang ở trạng thái "${stateLabel(state, "vi")}"; đã bỏ qua sự kiện này.`,
      en: `the event "${eventLabel(type, "en")}" at ${at} cannot happen while the case is "${stateLabel(state, "en")}"; the event was left out.`,
    },
    record,
  )
}

const parseOne = (
  input: unknown,
  path: string,
  timeZone: string,
  issues: Array<DataIssue>,
): Incident | undefined => {
  const parsed = parseRecord(IncidentShellSchema, input, path, { optional: ["channel", "source"] })
  issues.push(...parsed.issues)
  if (!parsed.ok) return undefined
  const shell = parsed.record
  const id = shell.id
  const detectedAt = readTime(shell.detectedAt, `${path}.detectedAt`, timeZone, id, issues)
  if (detectedAt === undefined) return undefined
  const reads: Array<Read> = []
  shell.events.forEach((item, index) => {
    const event = readEvent(item, `${path}.events[${index}]`, timeZone, id, issues)
    if (event !== undefined) reads.push({ event, index })
  })
  // Array.prototype.sort is stable: same-instant events keep their order.
  reads.sort((a, b) => a.event.at - b.event.at)
  // The detection is `detectedAt`; a listed `detected` event gives who and why.
  const listed = reads.find((read) => read.event.type === "detected")
  const detection: MutableEvent = { type: "detected", at: detectedAt }
  if (listed !== undefined) {
    if (listed.event.by !== undefined) detection.by = listed.event.by
    if (listed.event.note !== undefined) detection.note = listed.event.note
    if (listed.event.at !== detectedAt)
      issues.push(
        dataIssue(
          "warning",
          "detected-mismatch",
          `${path}.events[${listed.index}].at`,
          {
            vi: `sự kiện phát hiện lúc ${formatInstant(listed.event.at, { timeZone })} khác detectedAt (${formatInstant(detectedAt, { timeZone })}); đã dùng detectedAt.`,
            en: `the detected event at ${formatInstant(listed.event.at, { timeZone })} differs from detectedAt (${formatInstant(detectedAt, { timeZone })}); detectedAt was used.`,
          },
          id,
        ),
      )
  }
  const rest = reads.filter((read) => read !== listed)
  // The detection goes after the events before it (only clock starters may
  // stand there) and before those at or after it.
  const cut = rest.findIndex((read) => read.event.at >= detectedAt)
  const ordered: Array<Read | undefined> = cut < 0 ? [...rest, undefined] : [...rest.slice(0, cut), undefined, ...rest.slice(cut)]
  const events: Array<IncidentEvent> = []
  let state: State | null = null
  for (const read of ordered) {
    const event = read === undefined ? detection : read.event
    const next = transition(state, event.type as IncidentEventType)
    if (next === undefined) {
      if (read !== undefined) issues.push(impossible(read, state, path, id, timeZone))
      continue
    }
    state = next
    events.push(event)
  }
  const fields: { -readonly [K in keyof Omit<Incident, "state" | "events">]: Incident[K] } = {
    id,
    unit: shell.unit,
    category: shell.category,
    detectedAt,
  }
  if (shell.channel !== undefined) fields.channel = shell.channel
  if (shell.source !== undefined)
    fields.source = shell.source.ref === undefined ? { kind: shell.source.kind } : { kind: shell.source.kind, ref: shell.source.ref }
  return buildIncident(fields, events)
}

/**
 * Reads incident cases from their wire form, case by case; never throws on
 * bad data. A case that cannot be read (a missing id, unit, category or
 * `detectedAt`, an unreadable time) is an error issue and left out; a bad
 * event is an error issue at its path (`incidents[3].events[1].at`) and
 * left out of its trail, and the case is kept; a blank or invalid optional
 * field (`channel`, `source`, an event's `by` or `note`) is dropped with a
 * warning; a `by` that is a name or a phone number is not kept (warning);
 * a time without an offset is read in `timeZone` (warning). Events are
 * sorted by time (stable), then replayed: one that cannot happen where it
 * stands (`impossible-sequence`) is an error issue and left out. A repeated
 * case id keeps the first case.
 *
 * @example
 * ```ts
 * const { incidents, issues } = parseIncidents([
 *   { id: "vv-1", unit: "thcs-lac-son", category: "insult", detectedAt: "2024-11-12T09:00:00+07:00",
 *     events: [{ type: "hidden", at: "2024-11-12T09:40:00+07:00" }, { type: "closed", at: "hôm qua" }] },
 *   { id: "vv-2", unit: "thcs-lac-son", category: "spam" },
 * ])
 * incidents.map((incident) => [incident.id, incident.state]) //=> [["vv-1", "actioned"]]
 * issues.map((issue) => issue.path) //=> ["incidents[0].events[1].at", "incidents[1].detectedAt"]
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseIncidents = (input: unknown, options: ParseIncidentsOptions = {}): ParsedIncidents => {
  const path = options.path ?? "incidents"
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  if (input === undefined || input === null) return { incidents: [], indexes: [], issues: [] }
  if (!Array.isArray(input)) {
    const issue = dataIssue("error", "invalid-type", path, { vi: "cần một danh sách (mảng JSON).", en: "expected a list (a JSON array)." })
    return { incidents: [], indexes: [], issues: [issue] }
  }
  const issues: Array<DataIssue> = []
  const incidents: Array<Incident> = []
  const indexes: Array<number> = []
  const seen = new Set<string>()
  input.forEach((item: unknown, index) => {
    const where = `${path}[${index}]`
    const incident = parseOne(item, where, timeZone, issues)
    if (incident === undefined) return
    if (seen.has(incident.id)) {
      issues.push(
        dataIssue(
          "warning",
          "duplicate-id",
          `${where}.id`,
          { vi: `vụ việc mã "${incident.id}" đã có ở trên; bản này bị bỏ qua.`, en: `incident "${incident.id}" appears earlier; this copy is ignored.` },
          incident.id,
        ),
      )
      return
    }
    seen.add(incident.id)
    incidents.push(incident)
    indexes.push(index)
  })
  return { incidents, indexes, issues: sortIssues(issues, [path]) }
}

/**
 * Writes a case back to its wire form, instants in the zone (default
 * `Asia/Ho_Chi_Minh`), its `detected` event included; `parseIncidents`
 * reads it back to the same case.
 *
 * @example
 * ```ts
 * toIncidentRecord(openIncident({ id: "vv-1", unit: "u", category: "spam", detectedAt: 1731376800000 }))
 * //=> { id: "vv-1", unit: "u", category: "spam", detectedAt: "2024-11-12T09:00:00.000+07:00",
 * //     events: [{ type: "detected", at: "2024-11-12T09:00:00.000+07:00" }] }
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const toIncidentRecord = (incident: Incident, options: TimeZoneOptions = {}): IncidentRecord => {
  const record: { -readonly [K in keyof IncidentRecord]: IncidentRecord[K] } = {
    id: incident.id,
    unit: incident.unit,
    category: incident.category,
    detectedAt: formatInstant(incident.detectedAt, options),
  }
  if (incident.channel !== undefined) record.channel = incident.channel
  if (incident.source !== undefined) record.source = { ...incident.source }
  record.events = incident.events.map((event) => ({ ...event, at: formatInstant(event.at, options) }))
  return record
}
