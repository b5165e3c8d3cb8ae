/**
 * Instants: points in time as epoch milliseconds, read from and written to
 * ISO 8601 strings with an explicit offset.
 *
 * On the wire lantoa only speaks ISO strings with an offset
 * (`2024-11-12T09:00:00+07:00`); inside, an instant is a plain number, so
 * that millions of them sort, compare and bucket without allocation.
 *
 * @since 0.1.0
 * @module
 */
import { daysInMonth } from "./internal/calendarDate.js"
import { assertTimeZone, instantFromLocal, localFields, offsetMinutesAt, utcFromFields } from "./internal/timeZone.js"

/**
 * A point in time, in milliseconds since 1970-01-01T00:00:00Z.
 *
 * @example
 * ```ts
 * const at: Instant = Date.parse("2024-11-12T02:00:00Z") // 09:00 in Vietnam
 * ```
 * @since 0.1.0
 * @category models
 */
export type Instant = number

/**
 * What lantoa accepts wherever it needs an instant: epoch milliseconds, a
 * `Date`, or an ISO 8601 string with an offset.
 *
 * @example
 * ```ts
 * toInstant("2024-11-12T09:00:00+07:00" satisfies InstantInput) //=> 1731376800000
 * ```
 * @since 0.1.0
 * @category models
 */
export type InstantInput = Instant | Date | string

/**
 * The policy time zone when none is given: Vietnam, UTC+7 without DST.
 *
 * @example
 * ```ts
 * DEFAULT_TIME_ZONE //=> "Asia/Ho_Chi_Minh"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh"

/**
 * Options shared by every function that reads or writes local time.
 *
 * @example
 * ```ts
 * formatInstant(0, { timeZone: "UTC" } satisfies TimeZoneOptions) //=> "1970-01-01T00:00:00.000Z"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface TimeZoneOptions {
  /** An IANA zone name. Default: `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
}

/**
 * The result of reading an instant from text: the instant, and whether the
 * text carried its own offset (if not, it was read as local time in the
 * given zone, which a caller may want to report).
 *
 * @example
 * ```ts
 * const parsed: ParsedInstant | undefined = parseInstant("2024-11-12 09:00")
 * parsed?.hasOffset //=> false
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedInstant {
  readonly instant: Instant
  readonly hasOffset: boolean
}

// An offset belongs to a time: "2024-11-12-07" is not a date at UTC−7, and
// "2024-11-12Z" is not ISO 8601; neither may a space stand before the offset.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

/**
 * Reads an ISO 8601 date or date-time. A string without an offset is read as
 * local time in `timeZone`; a date alone is the start of that local day.
 * Returns `undefined` for anything else, including impossible dates such as
 * `2024-02-30`.
 *
 * @example
 * ```ts
 * parseInstant("2024-11-12T09:00:00+07:00") //=> { instant: 1731376800000, hasOffset: true }
 * parseInstant("2024-11-12 09:00")          //=> { instant: 1731376800000, hasOffset: false }
 * parseInstant("12/11/2024")                //=> undefined
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseInstant = (text: string, options: TimeZoneOptions = {}): ParsedInstant | undefined => {
  const quick = canonicalInstant(text)
  if (quick !== undefined) return { instant: quick, hasOffset: true }
  const match = ISO.exec(text.trim())
  if (match === null) return undefined
  const [, y, mo, d, h, mi, s, frac, zone] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = h === undefined ? 0 : Number(h)
  const minute = mi === undefined ? 0 : Number(mi)
  const second = s === undefined ? 0 : Number(s)
  const millisecond = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 24 || minute > 59 || second > 59) return undefined
  if (hour === 24 && (minute !== 0 || second !== 0 || millisecond !== 0)) return undefined
  if (zone === undefined) {
    const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
    assertTimeZone(timeZone)
    return { instant: instantFromLocal(timeZone, year, month, day, hour, minute, second, millisecond), hasOffset: false }
  }
  let offset = 0
  if (zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1
    const digits = zone.slice(1).replace(":", "")
    const oh = Number(digits.slice(0, 2))
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
    if (oh > 18 || om > 59) return undefined
    offset = sign * (oh * 60 + om)
  }
  return {
    instant: utcFromFields(year, month, day, hour, minute, second, millisecond) - offset * 60_000,
    hasOffset: true,
  }
}

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48

const twoDigits = (text: string, at: number): number => {
  const tens = digit(text, at)
  const ones = digit(text, at + 1)
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1
}

const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

// The wire form lantoa itself writes and most sources send —
// `YYYY-MM-DDTHH:MM:SS` with `Z` or `±HH:MM`, optionally `.sss` — read by
// character codes: a province-year has millions of them. Anything else
// (or anything odd) returns undefined and takes the general path.
const canonicalInstant = (text: string): number | undefined => {
  const length = text.length
  let zoneAt = 19
  if (length === 23 || length === 29) zoneAt = 23
  else if (length !== 20 && length !== 25) return undefined
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return undefined
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined
  const century = twoDigits(text, 0)
  const yy = twoDigits(text, 2)
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  const second = twoDigits(text, 17)
  if ((century | yy | month | day | hour | minute | second) < 0) return undefined
  let millisecond = 0
  if (zoneAt === 23) {
    if (text.charCodeAt(19) !== 46) return undefined
    const a = digit(text, 20)
    const b = twoDigits(text, 21)
    if (a < 0 || a > 9 || b < 0) return undefined
    millisecond = a * 100 + b
  }
  let offset = 0
  const sign = text.charCodeAt(zoneAt)
  if (sign === 90 && length === zoneAt + 1) offset = 0
  else if ((sign === 43 || sign === 45) && length === zoneAt + 6 && text.charCodeAt(zoneAt + 3) === 58) {
    const oh = twoDigits(text, zoneAt + 1)
    const om = twoDigits(text, zoneAt + 4)
    if (oh < 0 || om < 0 || oh > 18 || om > 59) return undefined
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om)
  } else return undefined
  const year = century * 100 + yy
  if (year < 100 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const monthDays = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  if (day > monthDays) return undefined
  // Days since 1970-01-01 by the proleptic Gregorian calendar.
  const y = year - 1
  const days =
    365 * (year - 1970) + (Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 477) +
    (CUMULATIVE_DAYS[month - 1] as number) + (leap && month > 2 ? 1 : 0) + day - 1
  return ((days * 24 + hour) * 60 + minute - offset) * 60_000 + second * 1000 + millisecond
}

/**
 * Converts any `InstantInput` to epoch milliseconds, or `undefined` when it
 * is not a valid instant (an invalid `Date`, `NaN`, unreadable text).
 *
 * @example
 * ```ts
 * toInstant("2024-11-12T09:00:00+07:00") //=> 1731376800000
 * toInstant(new Date(0))                 //=> 0
 * toInstant("hôm qua")                   //=> undefined
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const toInstant = (input: InstantInput, options: TimeZoneOptions = {}): Instant | undefined => {
  if (typeof input === "number") return Number.isFinite(input) ? input : undefined
  if (input instanceof Date) {
    const time = input.getTime()
    return Number.isFinite(time) ? time : undefined
  }
  return parseInstant(input, options)?.instant
}

/**
 * Like {@link toInstant} but throws a `RangeError` for an invalid input: for
 * arguments a caller controls (options, `now`), where a bad value is a bug.
 *
 * @example
 * ```ts
 * instantOrThrow("2024-11-12T09:00:00+07:00") //=> 1731376800000
 * instantOrThrow("hôm qua") // throws RangeError
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const instantOrThrow = (input: InstantInput, options: TimeZoneOptions = {}): Instant => {
  const instant = toInstant(input, options)
  if (instant === undefined) throw new RangeError(`Not a valid instant: ${String(input)}`)
  return instant
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0")

/**
 * Writes an instant as ISO 8601 local time with its offset in a zone, the
 * wire form of lantoa's contract.
 *
 * @example
 * ```ts
 * formatInstant(1731376800000) //=> "2024-11-12T09:00:00.000+07:00"
 * formatInstant(1731376800000, { timeZone: "UTC" }) //=> "2024-11-12T02:00:00.000Z"
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const formatInstant = (instant: Instant, options: TimeZoneOptions = {}): string => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  assertTimeZone(timeZone)
  const offset = offsetMinutesAt(instant, timeZone)
  const f = localFields(instant, timeZone)
  const yearText = f.year >= 0 && f.year <= 9999 ? pad(f.year, 4) : (f.year < 0 ? "-" : "+") + pad(Math.abs(f.year), 6)
  const abs = Math.abs(offset)
  const zone = offset === 0 ? "Z" : `${offset < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  return `${yearText}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}.${pad(f.millisecond, 3)}${zone}`
}

/**
 * The local calendar date (`YYYY-MM-DD`) of an instant in a zone.
 *
 * @example
 * ```ts
 * localDateOf(Date.parse("2024-11-10T17:30:00Z")) //=> "2024-11-11" (00:30 Monday in Vietnam)
 * ```
 * @since 0.1.0
 * @category getters
 */
export const localDateOf = (instant: Instant, options: TimeZoneOptions = {}): string => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  assertTimeZone(timeZone)
  const f = localFields(instant, timeZone)
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`
}
