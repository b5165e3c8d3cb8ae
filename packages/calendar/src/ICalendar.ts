/**
 * iCalendar (RFC 5545) export of deadlines, so that a Sở, a Phòng or a
 * school can subscribe to the plan's deadlines in Google Calendar, Outlook
 * or a phone — and a minimal reader to check what was written.
 *
 * Each occurrence is one VEVENT (recurring tasks are written expanded, not
 * as an RRULE, so every client shows the same dates lantoa computes):
 *
 * - `UID` is the occurrence id with a domain (`report-monthly@2024-11` →
 *   `report-monthly.2024-11@lantoa`): stable, so re-importing updates events
 *   instead of duplicating them;
 * - `DTSTAMP` is the caller's `now` (no clock);
 * - all-day events (default) on the last day on time; or timed events
 *   ending at the deadline (24:00 of that day) with `TZID=Asia/Ho_Chi_Minh`
 *   and its VTIMEZONE, or in UTC;
 * - `SUMMARY` is the task's title, `DESCRIPTION` the deadline in full, the
 *   owners and the plan's wording — Vietnamese, escaped and folded as the
 *   RFC says (lines of at most 75 octets, never inside a UTF-8 character,
 *   CRLF line ends).
 *
 * @since 0.1.0
 * @module
 */
import {
  DEFAULT_TIME_ZONE,
  dataIssue,
  formatInstant,
  formatOfficialDate,
  formatWeekday,
  instantOrThrow,
  type DataIssue,
  type InstantInput,
  type Locale,
} from "@lantoa/core"
import { roleLabel, unitKindLabel } from "@lantoa/hierarchy"
import type { DeadlineTask } from "./DeadlineTask.js"
import { dateOf, daysOf } from "./internal/days.js"
import { occurrencesOf, type Occurrence, type OccurrencesOptions } from "./Occurrences.js"

/**
 * Options for {@link toICalendar}.
 *
 * @example
 * ```ts
 * const options: ICalendarOptions = { now: "2024-11-01T08:00:00+07:00", mode: "timed", name: "Hạn chót — Sở GD&ĐT" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ICalendarOptions {
  /** DTSTAMP of every event: when the file is made. Required (no clock). */
  readonly now: InstantInput
  /**
   * `all-day` (default): an all-day event on the last day on time;
   * `timed`: an event ending at the deadline, in `TZID=Asia/Ho_Chi_Minh`
   * with a VTIMEZONE; `utc`: the same instants in UTC.
   */
  readonly mode?: "all-day" | "timed" | "utc"
  /** The policy's zone. `timed` needs Vietnam's (`Asia/Ho_Chi_Minh` or `Asia/Saigon`). Default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
  /** `vi` (default) or `en` for SUMMARY and DESCRIPTION. */
  readonly locale?: Locale
  /** The calendar's name (`X-WR-CALNAME`). */
  readonly name?: string
  /** The domain after `@` in UIDs. Default `lantoa`. */
  readonly uidDomain?: string
  /** Length of timed events, in minutes, ending at the deadline. Default 30. */
  readonly durationMinutes?: number
  /** Alarms (VALARM), in days before the due day, sent at 08:00 local time for all-day events. Default none. */
  readonly alarms?: ReadonlyArray<number>
}

/**
 * What to export: occurrences, or tasks with the range to list them in.
 *
 * @example
 * ```ts
 * const input: ICalendarInput = { tasks, period: "2024-11" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ICalendarInput = ReadonlyArray<Occurrence> | ({ readonly tasks: ReadonlyArray<DeadlineTask> } & OccurrencesOptions)

const PRODID = "-//lantoa//@lantoa/calendar 0.1.0//VI"
const VIETNAM_ZONES = new Set(["Asia/Ho_Chi_Minh", "Asia/Saigon"])

// RFC 5545 §3.3.11: in TEXT, backslash, semicolon and comma are escaped and
// a line break is written \n.
const escapeText = (text: string): string =>
  text
    .normalize("NFC")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

// RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a
// space; a fold never falls inside a multi-octet UTF-8 character.
const fold = (line: string): string => {
  const out: Array<string> = []
  let current = ""
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0)
    if (octets + size > 75) {
      out.push(current)
      current = " "
      octets = 1
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join("\r\n")
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0")

/** `YYYYMMDDTHHMMSS` (local, from an ISO string with offset) or with `Z` in UTC. */
const dateTime = (instant: number, timeZone: string): string => {
  const text = formatInstant(instant, { timeZone })
  return `${text.slice(0, 4)}${text.slice(5, 7)}${text.slice(8, 10)}T${text.slice(11, 13)}${text.slice(14, 16)}${text.slice(17, 19)}`
}

const utc = (instant: number): string => `${dateTime(instant, "UTC")}Z`

const basicDate = (date: string): string => date.replaceAll("-", "")

const ownersText = (task: DeadlineTask, locale: Locale): string => {
  const owners = task.owners
  const en = locale === "en"
  switch (owners.type) {
    case "kinds":
      return owners.kinds === undefined
        ? en
          ? "every unit and school"
          : "tất cả các đơn vị, trường học"
        : owners.kinds.map((kind) => unitKindLabel(kind, locale)).join(", ")
    case "units":
      return owners.units.join(", ")
    case "roles": {
      const roles = owners.roles.map((role) => roleLabel(role, locale)).join(", ")
      const kinds = owners.unitKinds?.map((kind) => unitKindLabel(kind, locale)).join(", ")
      return kinds === undefined ? roles : `${roles} (${kinds})`
    }
    case "reporting-to": {
      const parents = owners.kinds.map((kind) => unitKindLabel(kind, locale)).join(", ")
      const kinds = owners.unitKinds?.map((kind) => unitKindLabel(kind, locale)).join(", ")
      const text = en ? `units reporting directly to: ${parents}` : `các đơn vị báo cáo trực tiếp về ${parents}`
      return kinds === undefined ? text : `${text} (${kinds})`
    }
  }
}

const descriptionOf = (occurrence: Occurrence, timeZone: string, locale: Locale): string => {
  const task = occurrence.task
  const lines: Array<string> = []
  if (locale === "en") {
    lines.push(`Deadline: ${occurrence.due} (end of ${occurrence.date}).`)
    if (task.description !== undefined) lines.push(task.description.en ?? task.description.vi)
    lines.push(`Owners: ${ownersText(task, "en")}.`)
    if (task.source !== undefined)
      lines.push(`Source: ${task.source.document === undefined ? "" : `${task.source.document}, `}section ${task.source.section}: “${task.source.text}”`)
  } else {
    const day = formatOfficialDate(occurrence.date, { timeZone })
    lines.push(`Hạn chót: 23 giờ 59 phút ${formatWeekday(occurrence.date, { timeZone })}, ${day}.`)
    if (task.description !== undefined) lines.push(task.description.vi)
    lines.push(`Đơn vị thực hiện: ${ownersText(task, "vi")}.`)
    if (task.source !== undefined)
      lines.push(`Căn cứ: ${task.source.document === undefined ? "" : `${task.source.document}, `}mục ${task.source.section}: “${task.source.text}”`)
  }
  lines.push(`${locale === "en" ? "Occurrence" : "Mã"}: ${occurrence.id}`)
  return lines.join("\n")
}

const durationText = (minutes: number): string => {
  const sign = minutes < 0 ? "-" : ""
  let rest = Math.abs(minutes)
  const days = Math.floor(rest / 1440)
  rest -= days * 1440
  const hours = Math.floor(rest / 60)
  const mins = rest - hours * 60
  const time = hours === 0 && mins === 0 ? "" : `T${hours === 0 ? "" : `${hours}H`}${mins === 0 ? "" : `${mins}M`}`
  return `${sign}P${days === 0 && time === "" ? "0D" : days === 0 ? "" : `${days}D`}${time}`
}

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Asia/Ho_Chi_Minh",
  "X-LIC-LOCATION:Asia/Ho_Chi_Minh",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0700",
  "TZOFFSETTO:+0700",
  "TZNAME:+07",
  "DTSTART:19700101T000000",
  "END:STANDARD",
  "END:VTIMEZONE",
]

/**
 * Writes deadlines as an iCalendar file (RFC 5545): a VCALENDAR with one
 * VEVENT per occurrence, CRLF line ends, lines folded at 75 octets. Pass
 * occurrences (from `occurrencesOf`), or tasks with a range. Throws a
 * `RangeError` for a bad `now`, an unknown zone, or `timed` outside
 * Vietnam's zone (use `utc` there).
 *
 * @example
 * ```ts
 * const ics = toICalendar({ tasks, period: "2024-11" }, { now: "2024-11-01T08:00:00+07:00" })
 * ics.split("\r\n").slice(0, 3) //=> ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//lantoa//@lantoa/calendar 0.1.0//VI"]
 * // … BEGIN:VEVENT / UID:setup-groups.2024-11-05@lantoa / DTSTAMP:20241101T010000Z /
 * //   DTSTART;VALUE=DATE:20241105 / DTEND;VALUE=DATE:20241106 / SUMMARY:Lập các nhóm Zalo\, Messenger …
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const toICalendar = (input: ICalendarInput, options: ICalendarOptions): string => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const mode = options.mode ?? "all-day"
  const locale = options.locale ?? "vi"
  const stamp = utc(instantOrThrow(options.now, { timeZone }))
  if (mode === "timed" && !VIETNAM_ZONES.has(timeZone))
    throw new RangeError(`toICalendar: timed events carry Vietnam's VTIMEZONE only; use mode "utc" for ${timeZone}.`)
  const duration = options.durationMinutes ?? 30
  if (!Number.isInteger(duration) || duration < 1 || duration > 1440)
    throw new RangeError(`toICalendar: durationMinutes must be 1 to 1440, got ${String(duration)}.`)
  const alarms = options.alarms ?? []
  for (const days of alarms)
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`toICalendar: alarms are whole days ≥ 0, got ${String(days)}.`)
  const domain = options.uidDomain ?? "lantoa"
  const occurrences = Array.isArray(input)
    ? (input as ReadonlyArray<Occurrence>)
    : occurrencesOf((input as { tasks: ReadonlyArray<DeadlineTask> }).tasks, { ...(input as OccurrencesOptions), timeZone })

  const lines: Array<string> = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
  if (options.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`)
  lines.push(`X-WR-TIMEZONE:${timeZone}`)
  if (mode === "timed") lines.push(...VTIMEZONE)
  for (const occurrence of occurrences) {
    const title = locale === "en" ? (occurrence.task.title.en ?? occurrence.task.title.vi) : occurrence.task.title.vi
    const end = occurrence.dueAt + 1 // 24:00 of the due day
    lines.push("BEGIN:VEVENT", `UID:${occurrence.id.replace("@", ".")}@${domain}`, `DTSTAMP:${stamp}`)
    if (mode === "all-day") {
      const day = daysOf(occurrence.date, "toICalendar")
      lines.push(`DTSTART;VALUE=DATE:${basicDate(occurrence.date)}`, `DTEND;VALUE=DATE:${basicDate(dateOf(day + 1))}`)
    } else if (mode === "timed") {
      lines.push(
        `DTSTART;TZID=Asia/Ho_Chi_Minh:${dateTime(end - duration * 60_000, "Asia/Ho_Chi_Minh")}`,
        `DTEND;TZID=Asia/Ho_Chi_Minh:${dateTime(end, "Asia/Ho_Chi_Minh")}`,
      )
    } else lines.push(`DTSTART:${utc(end - duration * 60_000)}`, `DTEND:${utc(end)}`)
    lines.push(
      `SUMMARY:${escapeText(title)}`,
      `DESCRIPTION:${escapeText(descriptionOf(occurrence, timeZone, locale))}`,
      "TRANSP:TRANSPARENT",
      "STATUS:CONFIRMED",
    )
    for (const days of alarms) {
      // All-day events start at local midnight: 08:00 on the day `days` before.
      const minutes = mode === "all-day" ? -days * 1440 + 8 * 60 : -days * 1440
      const text = locale === "en" ? `Reminder: ${title}` : `Nhắc việc: ${title}`
      lines.push("BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapeText(text)}`, `TRIGGER:${durationText(minutes)}`, "END:VALARM")
    }
    lines.push("END:VEVENT")
  }
  lines.push("END:VCALENDAR")
  return `${lines.map(fold).join("\r\n")}\r\n`
}

/**
 * A property of an iCalendar component as read by {@link parseICalendar}:
 * its name (upper case), parameters, and value (unescaped for TEXT
 * properties such as SUMMARY and DESCRIPTION).
 *
 * @example
 * ```ts
 * const property: ICalendarProperty = { name: "DTSTART", params: { VALUE: "DATE" }, value: "20241115" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ICalendarProperty {
  readonly name: string
  readonly params: Readonly<Record<string, string>>
  readonly value: string
}

/**
 * A component (VCALENDAR, VEVENT, VTIMEZONE, VALARM…) as read by
 * {@link parseICalendar}.
 *
 * @example
 * ```ts
 * const event: ICalendarComponent = { name: "VEVENT", properties: [{ name: "SUMMARY", params: {}, value: "Ra mắt mô hình" }], components: [] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ICalendarComponent {
  readonly name: string
  readonly properties: ReadonlyArray<ICalendarProperty>
  readonly components: ReadonlyArray<ICalendarComponent>
}

/**
 * The result of {@link parseICalendar}.
 *
 * @example
 * ```ts
 * const { components, issues }: ParsedICalendar = parseICalendar("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedICalendar {
  /** The top-level components, normally one VCALENDAR. */
  readonly components: ReadonlyArray<ICalendarComponent>
  /** Lines that could not be read, as `line 12` issues. */
  readonly issues: ReadonlyArray<DataIssue>
}

const TEXT_PROPERTIES = new Set([
  "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CATEGORIES", "CONTACT", "RESOURCES", "TZNAME", "X-WR-CALNAME", "X-WR-CALDESC",
])

const unescapeText = (text: string): string =>
  text.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char))

interface MutableComponent {
  readonly name: string
  readonly properties: Array<ICalendarProperty>
  readonly components: Array<MutableComponent>
}

const readContentLine = (line: string): ICalendarProperty | undefined => {
  // The name and parameters end at the first colon outside double quotes.
  let quoted = false
  let colon = -1
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (char === '"') quoted = !quoted
    else if (char === ":" && !quoted) {
      colon = i
      break
    }
  }
  if (colon <= 0) return undefined
  const head = line.slice(0, colon)
  const value = line.slice(colon + 1)
  const parts: Array<string> = []
  let current = ""
  quoted = false
  for (const char of head) {
    if (char === '"') quoted = !quoted
    if (char === ";" && !quoted) {
      parts.push(current)
      current = ""
    } else current += char
  }
  parts.push(current)
  const name = (parts[0] ?? "").toUpperCase()
  if (!/^[A-Z0-9-]+$/.test(name)) return undefined
  const params: Record<string, string> = {}
  for (const part of parts.slice(1)) {
    const equals = part.indexOf("=")
    if (equals <= 0) return undefined
    params[part.slice(0, equals).toUpperCase()] = part.slice(equals + 1).replace(/^"(.*)"$/, "$1")
  }
  return { name, params, value: TEXT_PROPERTIES.has(name) ? unescapeText(value) : value }
}

/**
 * A minimal iCalendar reader, enough to check what {@link toICalendar}
 * writes and to read simple files: it unfolds lines, splits names,
 * parameters and values, unescapes TEXT values, and nests components. It
 * does not interpret dates, recurrence rules or time zones. Never throws: a
 * line it cannot read, or an END without its BEGIN, is an issue.
 *
 * @example
 * ```ts
 * const { components } = parseICalendar(toICalendar(occurrences, { now: "2024-11-01T08:00:00+07:00" }))
 * const events = components[0]?.components.filter((component) => component.name === "VEVENT") ?? []
 * events[0]?.properties.find((property) => property.name === "SUMMARY")?.value //=> "Lập các nhóm Zalo, Messenger"
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseICalendar = (text: string): ParsedICalendar => {
  const issues: Array<DataIssue> = []
  const top: Array<MutableComponent> = []
  const stack: Array<MutableComponent> = []
  // RFC 5545 §3.1: a line break followed by a space or tab continues the line.
  const physical = text.split(/\r\n|\n|\r/)
  const logical: Array<{ readonly line: string; readonly number: number }> = []
  physical.forEach((line, index) => {
    const last = logical[logical.length - 1]
    if ((line.startsWith(" ") || line.startsWith("\t")) && last !== undefined) {
      logical[logical.length - 1] = { line: last.line + line.slice(1), number: last.number }
    } else if (line !== "") logical.push({ line, number: index + 1 })
  })
  const problem = (number: number, vi: string, en: string): void => {
    issues.push(dataIssue("warning", "unreadable-line", `line ${number}`, { vi, en }))
  }
  for (const { line, number } of logical) {
    const property = readContentLine(line)
    if (property === undefined) {
      problem(number, `không đọc được dòng "${line.slice(0, 40)}".`, `cannot read the line "${line.slice(0, 40)}".`)
      continue
    }
    if (property.name === "BEGIN") {
      const component: MutableComponent = { name: property.value.toUpperCase(), properties: [], components: [] }
      const parent = stack[stack.length - 1]
      if (parent === undefined) top.push(component)
      else parent.components.push(component)
      stack.push(component)
    } else if (property.name === "END") {
      const open = stack[stack.length - 1]
      if (open === undefined || open.name !== property.value.toUpperCase())
        problem(number, `END:${property.value} không khớp với BEGIN nào.`, `END:${property.value} matches no BEGIN.`)
      else stack.pop()
    } else {
      const open = stack[stack.length - 1]
      if (open === undefined) problem(number, `dòng "${property.name}" nằm ngoài mọi thành phần.`, `the line "${property.name}" is outside any component.`)
      else open.properties.push(property)
    }
  }
  for (const open of stack) issues.push(dataIssue("warning", "unclosed-component", "end", { vi: `thiếu END:${open.name}.`, en: `END:${open.name} is missing.` }))
  return { components: top, issues }
}
