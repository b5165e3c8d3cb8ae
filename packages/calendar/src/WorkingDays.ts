/**
 * Working days (ngày làm việc) of the public sector: Monday to Friday,
 * except public holidays (the whole run of days off, swapped days
 * included), plus the Saturdays worked in exchange (làm bù) — and minus any
 * extra days off the caller gives, such as a school's Tết break.
 *
 * @since 0.1.0
 * @module
 */
import type { LocalDate } from "@lantoa/core"
import { FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR, holidaysOfYear, type HolidayOptions } from "./Holidays.js"
import { dateOf, daysOf, weekdayOf, yearOf } from "./internal/days.js"

/**
 * A range of local dates, both ends inclusive.
 *
 * @example
 * ```ts
 * const tetBreak: DateRange = { from: "2026-02-11", to: "2026-02-22" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface DateRange {
  readonly from: LocalDate
  readonly to: LocalDate
}

/**
 * Options for working-day functions: the decided holiday schedules (see
 * `HolidayOptions`) and extra days off.
 *
 * @example
 * ```ts
 * const phuTho: WorkingDayOptions = { daysOff: [{ from: "2026-02-11", to: "2026-02-13" }] } // school Tết break before the civil one
 * isWorkingDay("2026-02-12")          //=> true
 * isWorkingDay("2026-02-12", phuTho)  //=> false
 * ```
 * @since 0.1.0
 * @category models
 */
export interface WorkingDayOptions extends HolidayOptions {
  /** Extra days off (inclusive ranges) — a school break, a closure for a storm. They win over make-up Saturdays. */
  readonly daysOff?: ReadonlyArray<DateRange>
}

interface YearDays {
  readonly off: ReadonlySet<number>
  readonly worked: ReadonlySet<number>
}

const yearCaches = new WeakMap<object, Map<number, YearDays>>()
const DEFAULT_KEY = {}

const yearDays = (year: number, options: HolidayOptions): YearDays => {
  const key = options.decided ?? DEFAULT_KEY
  let cache = yearCaches.get(key)
  if (cache === undefined) {
    cache = new Map()
    yearCaches.set(key, cache)
  }
  let found = cache.get(year)
  if (found === undefined) {
    const off = new Set<number>()
    const worked = new Set<number>()
    // A run belongs to the year of its holiday but may spill into the next
    // or previous one (01/01 on a Monday starts on the Saturday before).
    for (const holidayYear of [year - 1, year, year + 1]) {
      if (holidayYear !== year && (holidayYear < FIRST_HOLIDAY_YEAR || holidayYear > LAST_HOLIDAY_YEAR)) continue
      for (const holiday of holidaysOfYear(holidayYear, options)) {
        for (const date of holiday.dates) {
          const days = daysOf(date, "holidays")
          if (yearOf(days) === year) off.add(days)
        }
        for (const date of holiday.workingDays) {
          const days = daysOf(date, "holidays")
          if (yearOf(days) === year) worked.add(days)
        }
      }
    }
    found = { off, worked }
    cache.set(year, found)
  }
  return found
}

type Checker = (days: number) => boolean

const checkerOf = (options: WorkingDayOptions, where: string): Checker => {
  const extra = (options.daysOff ?? []).map((range) => {
    const from = daysOf(range.from, `${where}: daysOff.from`)
    const to = daysOf(range.to, `${where}: daysOff.to`)
    if (to < from) throw new RangeError(`${where}: a daysOff range runs backwards (${range.from} > ${range.to}).`)
    return { from, to }
  })
  let cachedYear = NaN
  let cachedDays: YearDays | undefined
  return (days) => {
    for (const range of extra) if (days >= range.from && days <= range.to) return false
    const year = yearOf(days)
    if (year !== cachedYear || cachedDays === undefined) {
      cachedDays = yearDays(year, options)
      cachedYear = year
    }
    if (cachedDays.worked.has(days)) return true
    if (weekdayOf(days) >= 6) return false
    return !cachedDays.off.has(days)
  }
}

/**
 * True when a date is a working day: Monday to Friday and not a day off for
 * a public holiday, or a Saturday worked in exchange for a swapped day; never
 * a day of `options.daysOff`. Throws a `RangeError` for a value that is not
 * a `YYYY-MM-DD` date or a year outside 2013–2198.
 *
 * @example
 * ```ts
 * isWorkingDay("2024-11-15") //=> true  (Thứ Sáu)
 * isWorkingDay("2024-11-16") //=> false (Thứ Bảy)
 * isWorkingDay("2025-05-02") //=> false (Thứ Sáu, swapped into the 30/4–1/5 break)
 * isWorkingDay("2025-04-26") //=> true  (Thứ Bảy làm bù)
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const isWorkingDay = (date: LocalDate, options: WorkingDayOptions = {}): boolean =>
  checkerOf(options, "isWorkingDay")(daysOf(date, "isWorkingDay"))

/**
 * The date `n` working days after a date (before it when `n` is negative).
 * The date itself is not counted: `addWorkingDays(d, 1)` is the first
 * working day after `d`, whatever `d` is; `addWorkingDays(d, 0)` is `d`.
 *
 * @example
 * ```ts
 * addWorkingDays("2024-11-15", 1)  //=> "2024-11-18" (Thứ Sáu → Thứ Hai)
 * addWorkingDays("2025-01-24", 1)  //=> "2025-02-03" (over the Tết Ất Tỵ break)
 * addWorkingDays("2025-02-03", -1) //=> "2025-01-24"
 * addWorkingDays("2025-04-25", 1)  //=> "2025-04-26" (Thứ Bảy làm bù)
 * ```
 * @since 0.1.0
 * @category arithmetic
 */
export const addWorkingDays = (date: LocalDate, n: number, options: WorkingDayOptions = {}): LocalDate => {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be a whole number, got ${String(n)}.`)
  const isWorking = checkerOf(options, "addWorkingDays")
  let days = daysOf(date, "addWorkingDays")
  const step = n < 0 ? -1 : 1
  for (let left = Math.abs(n); left > 0; ) {
    days += step
    if (isWorking(days)) left--
  }
  return dateOf(days)
}

/**
 * The number of working days from one date to another, counting the
 * arrival day and not the departure day: the working days in `(from, to]`
 * when `to` is later, and minus those in `[to, from)` when it is earlier.
 * So `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `n`.
 *
 * @example
 * ```ts
 * workingDaysBetween("2024-11-11", "2024-11-15") //=> 4 (Tue, Wed, Thu, Fri)
 * workingDaysBetween("2024-11-15", "2024-11-11") //=> -4
 * workingDaysBetween("2025-01-24", "2025-02-03") //=> 1 (the Tết break in between)
 * workingDaysBetween("2024-11-15", "2024-11-15") //=> 0
 * ```
 * @since 0.1.0
 * @category arithmetic
 */
export const workingDaysBetween = (from: LocalDate, to: LocalDate, options: WorkingDayOptions = {}): number => {
  const isWorking = checkerOf(options, "workingDaysBetween")
  const start = daysOf(from, "workingDaysBetween")
  const end = daysOf(to, "workingDaysBetween")
  let count = 0
  if (end >= start) {
    for (let day = start + 1; day <= end; day++) if (isWorking(day)) count++
    return count
  }
  for (let day = end; day < start; day++) if (isWorking(day)) count++
  return count === 0 ? 0 : -count
}
