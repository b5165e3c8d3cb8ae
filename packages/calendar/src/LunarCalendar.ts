/**
 * The Vietnamese lunar calendar (âm lịch), computed at UTC+7.
 *
 * Tết Nguyên đán and Giỗ Tổ Hùng Vương (10/3 âm lịch) are public holidays,
 * and both follow the lunar calendar **as computed for Vietnam's meridian**.
 * Chinese calendars are computed at UTC+8 and differ whenever a new moon
 * falls between 16:00 and 17:00 UT: in 2030 the new moon that starts the
 * year comes before midnight in Hà Nội but after it in Beijing, so Tết is
 * 02/02/2030 in Vietnam and 03/02/2030 in China. Never use a Chinese lunar
 * library for Vietnamese dates.
 *
 * The rules (after Hồ Ngọc Đức's description of the Vietnamese calendar):
 * a month starts on the local day of a new moon; month 11 holds the winter
 * solstice; when thirteen months run from one month 11 to the next, the
 * first month after month 11 with no major solar term (trung khí) is a leap
 * month (tháng nhuận) and takes the number of the month before it. New moons
 * and the sun's longitude come from Meeus's series; conversions are
 * supported for Gregorian years 1800–2199.
 *
 * @since 0.1.0
 * @module
 */
import type { Locale, LocalDate } from "@lantoa/core"
import { assertYear, dateOf, daysOf, yearOf } from "./internal/days.js"
import { FIRST_YEAR, LAST_YEAR, findLunarMonth, lunarCycle, lunarMonthAt } from "./internal/lunar.js"

/**
 * A date of the Vietnamese lunar calendar. `year` is the lunar year, named
 * by the Gregorian year its Tết falls in (the 12th month of lunar year 2024
 * runs into January 2025); `leap` marks a day of a leap month.
 *
 * @example
 * ```ts
 * const gioTo: LunarDate = { year: 2025, month: 3, day: 10, leap: false }
 * lunarToSolar(gioTo) //=> "2025-04-07"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface LunarDate {
  readonly year: number
  /** 1 (tháng Giêng) to 12 (tháng Chạp). */
  readonly month: number
  /** 1 to 29 or 30. */
  readonly day: number
  /** True for a day of a leap month (tháng nhuận). */
  readonly leap: boolean
}

/**
 * A lunar date to convert: `leap` may be left out for an ordinary month.
 *
 * @example
 * ```ts
 * const input: LunarDateInput = { year: 2025, month: 6, day: 1, leap: true }
 * lunarToSolar(input) //=> "2025-07-25" (mùng 1 tháng 6 nhuận năm Ất Tỵ)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface LunarDateInput {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly leap?: boolean
}

const LUNAR_RANGE = "solarToLunar"

/**
 * The lunar date of a Gregorian date. Throws a `RangeError` for a value that
 * is not a `YYYY-MM-DD` date or a year outside 1800–2199.
 *
 * @example
 * ```ts
 * solarToLunar("2030-02-02") //=> { year: 2030, month: 1, day: 1, leap: false } (Tết Canh Tuất)
 * solarToLunar("2025-01-28") //=> { year: 2024, month: 12, day: 29, leap: false } (the last day of Giáp Thìn)
 * solarToLunar("2025-08-01") //=> { year: 2025, month: 6, day: 8, leap: true }
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const solarToLunar = (date: LocalDate): LunarDate => {
  const days = daysOf(date, LUNAR_RANGE)
  const year = assertYear(yearOf(days), FIRST_YEAR, LAST_YEAR, LUNAR_RANGE)
  const month = lunarMonthAt(days, year)
  return { year: month.year, month: month.month, day: days - month.start + 1, leap: month.leap }
}

/**
 * The Gregorian date of a lunar date, or `undefined` when that lunar year has
 * no such day (a leap month it does not have, or day 30 of a 29-day month).
 * Throws a `RangeError` for a month outside 1–12, a day outside 1–30 or a
 * year outside 1800–2198.
 *
 * @example
 * ```ts
 * lunarToSolar({ year: 2024, month: 3, day: 10 })             //=> "2024-04-18" (Giỗ Tổ Hùng Vương)
 * lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })  //=> "2025-07-25"
 * lunarToSolar({ year: 2024, month: 6, day: 1, leap: true })  //=> undefined (2024 has no leap month)
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const lunarToSolar = (lunar: LunarDateInput): LocalDate | undefined => {
  const year = assertYear(lunar.year, FIRST_YEAR, LAST_YEAR - 1, "lunarToSolar")
  if (!Number.isInteger(lunar.month) || lunar.month < 1 || lunar.month > 12)
    throw new RangeError(`lunarToSolar: the month must be 1 to 12, got ${String(lunar.month)}.`)
  if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > 30)
    throw new RangeError(`lunarToSolar: the day must be 1 to 30, got ${String(lunar.day)}.`)
  const month = findLunarMonth(year, lunar.month, lunar.leap === true)
  if (month === undefined || lunar.day > month.length) return undefined
  return dateOf(month.start + lunar.day - 1)
}

const lunarDayOrThrow = (year: number, month: number, day: number, where: string): LocalDate => {
  assertYear(year, FIRST_YEAR, LAST_YEAR - 1, where)
  const found = findLunarMonth(year, month, false)
  if (found === undefined) throw new RangeError(`${where}: no month ${month} in lunar year ${year}.`)
  return dateOf(found.start + day - 1)
}

/**
 * Tết Nguyên đán: the first day of the lunar year whose Tết falls in a
 * Gregorian year, computed at UTC+7.
 *
 * @example
 * ```ts
 * lunarNewYear(2025) //=> "2025-01-29"
 * lunarNewYear(2030) //=> "2030-02-02" (not 2030-02-03 as UTC+8 calendars say)
 * ```
 * @since 0.1.0
 * @category getters
 */
export const lunarNewYear = (year: number): LocalDate => lunarDayOrThrow(year, 1, 1, "lunarNewYear")

/**
 * Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month (never a leap
 * month's day) of a year.
 *
 * @example
 * ```ts
 * hungKingsDay(2025) //=> "2025-04-07" (Thứ Hai)
 * hungKingsDay(2026) //=> "2026-04-26" (Chủ nhật)
 * ```
 * @since 0.1.0
 * @category getters
 */
export const hungKingsDay = (year: number): LocalDate => lunarDayOrThrow(year, 3, 10, "hungKingsDay")

/**
 * The leap month (tháng nhuận) of a lunar year, or `undefined` when it has
 * none. Throws a `RangeError` for a year outside 1800–2198.
 *
 * @example
 * ```ts
 * leapMonthOf(2025) //=> 6 (tháng 6 nhuận năm Ất Tỵ)
 * leapMonthOf(2023) //=> 2
 * leapMonthOf(2024) //=> undefined
 * ```
 * @since 0.1.0
 * @category getters
 */
export const leapMonthOf = (year: number): number | undefined => {
  assertYear(year, FIRST_YEAR, LAST_YEAR - 1, "leapMonthOf")
  const months = [...lunarCycle(year).months, ...lunarCycle(year + 1).months]
  return months.find((month) => month.year === year && month.leap)?.month
}

const STEMS = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"] as const
const BRANCHES = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"] as const

/**
 * The Can Chi name of a lunar year: a heavenly stem and an earthly branch,
 * repeating every 60 years (Giáp Tý was 1984).
 *
 * @example
 * ```ts
 * lunarYearName(2024) //=> "Giáp Thìn"
 * lunarYearName(2026) //=> "Bính Ngọ"
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const lunarYearName = (year: number): string => {
  if (!Number.isInteger(year)) throw new RangeError(`lunarYearName: expected a whole year, got ${String(year)}.`)
  const stem = STEMS[(((year - 4) % 10) + 10) % 10] as string
  const branch = BRANCHES[(((year - 4) % 12) + 12) % 12] as string
  return `${stem} ${branch}`
}

/**
 * Options for {@link formatLunarDate}.
 *
 * @example
 * ```ts
 * const options: FormatLunarDateOptions = { withYear: true }
 * formatLunarDate({ year: 2025, month: 3, day: 10, leap: false }, options) //=> "ngày 10 tháng 3 năm Ất Tỵ"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FormatLunarDateOptions {
  /** Add the Can Chi year instead of the words "âm lịch". */
  readonly withYear?: boolean
  /** `vi` (default) or `en`. */
  readonly locale?: Locale
}

/**
 * A lunar date written as Vietnamese text does: "ngày 10 tháng 3 âm lịch",
 * with "nhuận" after a leap month.
 *
 * @example
 * ```ts
 * formatLunarDate(solarToLunar("2025-04-07"))                     //=> "ngày 10 tháng 3 âm lịch"
 * formatLunarDate(solarToLunar("2025-08-01"))                     //=> "ngày 8 tháng 6 nhuận âm lịch"
 * formatLunarDate(solarToLunar("2030-02-02"), { withYear: true }) //=> "ngày 1 tháng 1 năm Canh Tuất"
 * formatLunarDate(solarToLunar("2025-04-07"), { locale: "en" })   //=> "day 10 of lunar month 3, 2025"
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const formatLunarDate = (lunar: LunarDateInput, options: FormatLunarDateOptions = {}): string => {
  const leap = lunar.leap === true
  if (options.locale === "en")
    return `day ${lunar.day} of ${leap ? "leap " : ""}lunar month ${lunar.month}, ${lunar.year}`
  const month = `tháng ${lunar.month}${leap ? " nhuận" : ""}`
  const tail = options.withYear === true ? `năm ${lunarYearName(lunar.year)}` : "âm lịch"
  return `ngày ${lunar.day} ${month} ${tail}`
}
