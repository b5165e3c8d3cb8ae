/**
 * Local calendar dates, `YYYY-MM-DD`: the form the contract uses for
 * validity ranges (`validFrom`, `validTo`), due dates and school-year frames.
 *
 * A local date names a day in the policy's time zone, not an instant; two
 * dates compare correctly as strings. Arithmetic goes through day numbers
 * (days since 1970-01-01), so the machine's zone never enters.
 *
 * @since 0.1.0
 * @module
 */
import { civilFromDays, formatDays, isoWeekday, parseDays } from "./internal/calendarDate.js"

/**
 * A calendar date `YYYY-MM-DD` in the policy's time zone.
 *
 * @example
 * ```ts
 * const reform: LocalDate = "2025-07-01"
 * "2025-06-30" < reform //=> true
 * ```
 * @since 0.1.0
 * @category models
 */
export type LocalDate = string

/**
 * True when a value is a real calendar date written `YYYY-MM-DD`
 * (`2024-02-29` yes, `2025-02-29` and `2024-2-1` no).
 *
 * @example
 * ```ts
 * isLocalDate("2025-07-01") //=> true
 * isLocalDate("2025-02-29") //=> false
 * isLocalDate("01/07/2025") //=> false
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const isLocalDate = (value: unknown): value is LocalDate => typeof value === "string" && parseDays(value) !== undefined

const daysOrThrow = (date: LocalDate): number => {
  const days = parseDays(date)
  if (days === undefined) throw new RangeError(`Not a local date YYYY-MM-DD: ${JSON.stringify(date)}`)
  return days
}

/**
 * The number of days since 1970-01-01 of a local date (its "epoch day"):
 * the cheap key for bucketing and arithmetic. Throws a `RangeError` for a
 * value that is not a real date.
 *
 * @example
 * ```ts
 * epochDayOf("1970-01-02") //=> 1
 * epochDayOf("2024-11-12") //=> 20039
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const epochDayOf = (date: LocalDate): number => daysOrThrow(date)

/**
 * The local date of an epoch day.
 *
 * @example
 * ```ts
 * localDateOfEpochDay(20039) //=> "2024-11-12"
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const localDateOfEpochDay = (epochDay: number): LocalDate => {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Not a whole epoch day: ${epochDay}`)
  return formatDays(epochDay)
}

/**
 * The date a number of days after (or, negative, before) another.
 *
 * @example
 * ```ts
 * addDays("2025-06-30", 1)  //=> "2025-07-01"
 * addDays("2024-03-01", -1) //=> "2024-02-29"
 * ```
 * @since 0.1.0
 * @category arithmetic
 */
export const addDays = (date: LocalDate, days: number): LocalDate => formatDays(daysOrThrow(date) + days)

/**
 * The number of days from one date to another (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween("2024-11-05", "2024-11-15") //=> 10
 * ```
 * @since 0.1.0
 * @category arithmetic
 */
export const daysBetween = (from: LocalDate, to: LocalDate): number => daysOrThrow(to) - daysOrThrow(from)

/**
 * The ISO weekday of a date: 1 = Thứ Hai (Monday) … 7 = Chủ nhật (Sunday).
 *
 * @example
 * ```ts
 * isoWeekdayOf("2024-11-17") //=> 7
 * ```
 * @since 0.1.0
 * @category getters
 */
export const isoWeekdayOf = (date: LocalDate): number => isoWeekday(daysOrThrow(date))

/**
 * The year, month (1–12) and day of a local date.
 *
 * @example
 * ```ts
 * localDateParts("2024-11-12") //=> { year: 2024, month: 11, day: 12 }
 * ```
 * @since 0.1.0
 * @category getters
 */
export const localDateParts = (date: LocalDate): { readonly year: number; readonly month: number; readonly day: number } =>
  civilFromDays(daysOrThrow(date))
