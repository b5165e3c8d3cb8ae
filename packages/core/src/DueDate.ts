/**
 * Due dates as a plan words them, and the instant each one falls due.
 *
 * Plans give dates, not times, and lantoa reads them the way the offices
 * that write them do:
 *
 * - "15/11/2024" — due at the end of that local day;
 * - "trước ngày 16/11/2024" ("before 16/11") — due at the end of 15/11;
 * - "Tháng 12/2024" — due at the end of the last day of December.
 *
 * "The end of a day" is its last millisecond, 23:59:59.999 local time, the
 * form the JSON contract writes (`"due": "2024-11-05T23:59:59.999+07:00"`):
 * it reads as the day itself, and a completion at or before it is on time.
 *
 * @since 0.1.0
 * @module
 */
import { DEFAULT_TIME_ZONE, type Instant, type TimeZoneOptions } from "./Instant.js"
import { daysInMonth, formatDays, parseDays, startOfLocalDays, validDays } from "./internal/calendarDate.js"
import { assertTimeZone } from "./internal/timeZone.js"

/**
 * A due date as data: on a local date (`YYYY-MM-DD`), before a local date,
 * or within a month (`YYYY-MM`).
 *
 * @example
 * ```ts
 * const specs: Array<DueDateSpec> = [{ on: "2024-11-15" }, { before: "2024-11-16" }, { month: "2024-12" }]
 * dueAt({ before: "2024-11-16" }) === dueAt({ on: "2024-11-15" }) //=> true
 * ```
 * @since 0.1.0
 * @category models
 */
export type DueDateSpec = { readonly on: string } | { readonly before: string } | { readonly month: string }

const MONTH = /^(\d{4})-(\d{2})$/

const dayOrThrow = (text: string, field: string): number => {
  const days = typeof text === "string" ? parseDays(text) : undefined
  if (days === undefined) throw new RangeError(`Due date: ${field} must be a YYYY-MM-DD date, got ${String(text)}.`)
  return days
}

const lastDayOfMonthOrThrow = (text: string): number => {
  const match = typeof text === "string" ? MONTH.exec(text) : null
  const year = Number(match?.[1])
  const month = Number(match?.[2])
  const last = match === null ? undefined : validDays(year, month, daysInMonth(year, month))
  if (last === undefined) throw new RangeError(`Due date: month must be YYYY-MM, got ${String(text)}.`)
  return last
}

/** The last local day on which the spec is still on time. */
const lastDayOf = (spec: DueDateSpec): number => {
  if ("on" in spec) return dayOrThrow(spec.on, "on")
  if ("before" in spec) return dayOrThrow(spec.before, "before") - 1
  if ("month" in spec) return lastDayOfMonthOrThrow(spec.month)
  throw new RangeError(`Due date: expected { on }, { before } or { month }, got ${JSON.stringify(spec)}.`)
}

/**
 * The instant a due date falls due: the last millisecond of its last local
 * day. Throws a `RangeError` for a malformed spec or an unknown zone.
 *
 * @example
 * ```ts
 * formatInstant(dueAt({ on: "2024-11-15" }))     //=> "2024-11-15T23:59:59.999+07:00"
 * formatInstant(dueAt({ before: "2024-11-16" })) //=> "2024-11-15T23:59:59.999+07:00"
 * formatInstant(dueAt({ month: "2024-12" }))     //=> "2024-12-31T23:59:59.999+07:00"
 * ```
 * @since 0.1.0
 * @category getters
 */
export const dueAt = (spec: DueDateSpec, options: TimeZoneOptions = {}): Instant => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  assertTimeZone(timeZone)
  return startOfLocalDays(lastDayOf(spec) + 1, timeZone) - 1
}

// Wording is matched on NFC lower-case text with single spaces; each word
// also in its unaccented spelling, common in spreadsheets typed without a
// Vietnamese keyboard.
const NGAY = "(?:ngày|ngay)"
const THANG = "(?:tháng|thang)"
const NAM = "(?:năm|nam)"
const TRUOC = "(?:trước|truoc)"
const LEAD_IN = "(?:(?:thời hạn|thoi han|hạn chót|han chot|hạn|han|chậm nhất|cham nhat)(?: là| la)?:? )?"

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const WORDED_DATE = new RegExp(`^(\\d{1,2}) ${THANG} (\\d{1,2}),? ${NAM} (\\d{4})$`)
const MONTH_BODY = new RegExp(`^(?:(?:trong|cuối|cuoi) )?${THANG} (\\d{1,2})(?:[/.-]|,? ${NAM} )(\\d{4})$`)
const BEFORE = new RegExp(`^${TRUOC} (?:${NGAY} )?(.+)$`)
const ON = new RegExp(`^(?:(?:trong|vào|vao) )?(?:${NGAY} )?(.+)$`)

const readDate = (body: string): string | undefined => {
  const numeric = NUMERIC_DATE.exec(body)
  const worded = WORDED_DATE.exec(body)
  const iso = ISO_DATE.exec(body)
  const [day, month, year] =
    numeric !== null
      ? [numeric[1], numeric[2], numeric[3]]
      : worded !== null
        ? [worded[1], worded[2], worded[3]]
        : [iso?.[3], iso?.[2], iso?.[1]]
  const days = validDays(Number(year), Number(month), Number(day))
  return days === undefined ? undefined : formatDays(days)
}

const readMonth = (body: string): string | undefined => {
  const worded = MONTH_BODY.exec(body)
  const iso = MONTH.exec(body)
  const [month, year] = worded !== null ? [Number(worded[1]), Number(worded[2])] : [Number(iso?.[2]), Number(iso?.[1])]
  return month >= 1 && month <= 12 ? `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}` : undefined
}

const clean = (text: string): string =>
  text
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;,]$/, "")
    .replace(new RegExp(`^${LEAD_IN}`), "")

const parseBefore = (body: string): DueDateSpec | undefined => {
  const date = readDate(body)
  if (date !== undefined) return { before: date }
  const month = readMonth(body)
  return month === undefined ? undefined : { before: `${month}-01` }
}

/**
 * Reads a calendar date as Vietnamese documents and spreadsheets write it —
 * day first: `15/11/2024`, `5/3/2024`, `15-11-2024`, `15.11.2024`,
 * "ngày 05 tháng 02 năm 2024" (with or without diacritics) — or ISO
 * `2024-11-15`. Returns the local date `YYYY-MM-DD`, or `undefined` for
 * anything else, including impossible dates such as 30/02/2024.
 *
 * @example
 * ```ts
 * parseLocalDate("15/11/2024")              //=> "2024-11-15"
 * parseLocalDate("5/3/2024")                //=> "2024-03-05"
 * parseLocalDate("ngay 05 thang 02 nam 2024") //=> "2024-02-05"
 * parseLocalDate("2024-11-15")              //=> "2024-11-15"
 * parseLocalDate("30/02/2024")              //=> undefined
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseLocalDate = (text: string): string | undefined => {
  if (typeof text !== "string") return undefined
  const body = clean(text)
  return readDate(ON.exec(body)?.[1] ?? body)
}

/**
 * Reads a due date as Vietnamese plans write it, or `undefined` when the
 * wording is not one it knows. Case, Unicode form and missing diacritics do
 * not matter.
 *
 * @example
 * ```ts
 * parseDueDate("15/11/2024")                //=> { on: "2024-11-15" }
 * parseDueDate("ngày 15 tháng 11 năm 2024") //=> { on: "2024-11-15" }
 * parseDueDate("Trước ngày 16/11/2024")     //=> { before: "2024-11-16" }
 * parseDueDate("Tháng 12/2024")             //=> { month: "2024-12" }
 * parseDueDate("tháng 12 năm 2024")         //=> { month: "2024-12" }
 * parseDueDate("thường xuyên")              //=> undefined
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseDueDate = (text: string): DueDateSpec | undefined => {
  if (typeof text !== "string") return undefined
  const body = clean(text)
  const before = BEFORE.exec(body)?.[1]
  if (before !== undefined) return parseBefore(before)
  const month = readMonth(body)
  if (month !== undefined) return { month }
  const on = readDate(ON.exec(body)?.[1] ?? body)
  return on === undefined ? undefined : { on }
}
