/**
 * Dates written the Vietnamese way: in full for official documents
 * (Decree 30/2020/NĐ-CP), `dd/mm/yyyy` in body text, weekday names, and
 * readable names for period ids.
 *
 * Every date is the local date in the policy's time zone (default
 * `Asia/Ho_Chi_Minh`); a local date string such as `2024-02-05` is taken as
 * that date.
 *
 * @since 0.1.0
 * @module
 */
import type { Locale } from "./DataIssue.js"
import { DEFAULT_TIME_ZONE, instantOrThrow, type InstantInput, type TimeZoneOptions } from "./Instant.js"
import {
  civilFromDays,
  formatDays,
  isoWeekday,
  localDays,
  mondayOfIsoWeek,
  type CivilDate,
} from "./internal/calendarDate.js"
import { parsePeriodOrThrow } from "./internal/periods.js"
import { assertTimeZone } from "./internal/timeZone.js"

/**
 * Options for {@link formatOfficialDate}.
 *
 * @example
 * ```ts
 * const options: OfficialDateOptions = { place: "Phú Thọ", weekday: true }
 * formatOfficialDate("2024-11-15", options) //=> "Phú Thọ, Thứ Sáu, ngày 15 tháng 11 năm 2024"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface OfficialDateOptions extends TimeZoneOptions {
  /** The place written before the date, as in a document's header: `Hòa Bình`. */
  readonly place?: string
  /** Prefix the weekday: `Thứ Hai, ngày 05 tháng 02 năm 2024`. */
  readonly weekday?: boolean
}

/**
 * Options for {@link formatPeriod}.
 *
 * @example
 * ```ts
 * const options: FormatPeriodOptions = { locale: "en" }
 * formatPeriod("2024-2025/HK1", options) //=> "Semester I of school year 2024–2025"
 * formatPeriod("2024-11", options)       //=> "November 2024"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FormatPeriodOptions {
  /** `vi` (default) or `en`. */
  readonly locale?: Locale
  /**
   * The compact form for a table's column or cell: "Tuần 46/2024",
   * "Tháng 11/2024", "HK1 2024–2025", "Năm học 2024–2025", "12/11/2024".
   * Default false.
   */
  readonly short?: boolean
}

// Index 0 unused: ISO weekdays run 1 = Monday … 7 = Sunday.
const WEEKDAYS = ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"] as const

const pad = (value: number, width = 2): string => String(value).padStart(width, "0")

const localDaysOf = (instant: InstantInput, options: TimeZoneOptions): number => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  assertTimeZone(timeZone)
  return localDays(instantOrThrow(instant, { timeZone }), timeZone)
}

const shortDate = ({ year, month, day }: CivilDate): string => `${pad(day)}/${pad(month)}/${pad(year, 4)}`

// Decree 30/2020, Appendix I: days 1–9 and months 1–2 take a leading zero,
// so that nobody can turn "tháng 1" into "tháng 11" or "tháng 12" with a pen.
const fullDate = ({ year, month, day }: CivilDate): string =>
  `ngày ${pad(day)} tháng ${month <= 2 ? pad(month) : String(month)} năm ${year}`

/**
 * The weekday of an instant's local date: `Thứ Hai` … `Thứ Bảy`, `Chủ nhật`.
 *
 * @example
 * ```ts
 * formatWeekday("2024-11-11") //=> "Thứ Hai"
 * formatWeekday("2024-11-17") //=> "Chủ nhật"
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const formatWeekday = (instant: InstantInput, options: TimeZoneOptions = {}): string =>
  WEEKDAYS[isoWeekday(localDaysOf(instant, options))] ?? ""

/**
 * The local date as `dd/mm/yyyy`, the form body text uses.
 *
 * @example
 * ```ts
 * formatShortDate("2024-11-05T10:00:00+07:00") //=> "05/11/2024"
 * formatShortDate(Date.parse("2024-11-04T17:30:00Z")) //=> "05/11/2024" (00:30 in Vietnam)
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const formatShortDate = (instant: InstantInput, options: TimeZoneOptions = {}): string =>
  shortDate(civilFromDays(localDaysOf(instant, options)))

/**
 * The local date written in full as Decree 30/2020 prescribes for official
 * documents, optionally after the place and the weekday. Throws a
 * `RangeError` for an invalid instant or an unknown zone.
 *
 * @example
 * ```ts
 * formatOfficialDate("2024-02-05")                         //=> "ngày 05 tháng 02 năm 2024"
 * formatOfficialDate("2024-03-05")                         //=> "ngày 05 tháng 3 năm 2024"
 * formatOfficialDate("2024-11-15")                         //=> "ngày 15 tháng 11 năm 2024"
 * formatOfficialDate("2024-02-05", { place: "Hòa Bình" })  //=> "Hòa Bình, ngày 05 tháng 02 năm 2024"
 * formatOfficialDate("2024-02-05", { weekday: true })      //=> "Thứ Hai, ngày 05 tháng 02 năm 2024"
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const formatOfficialDate = (instant: InstantInput, options: OfficialDateOptions = {}): string => {
  const days = localDaysOf(instant, options)
  const parts = [fullDate(civilFromDays(days))]
  if (options.weekday === true) parts.unshift(WEEKDAYS[isoWeekday(days)] ?? "")
  if (options.place !== undefined && options.place.trim() !== "") parts.unshift(options.place.normalize("NFC").trim())
  return parts.join(", ")
}

const ROMAN_SEMESTER = { 1: "I", 2: "II" } as const

const MONTHS_EN = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const

const schoolYearLabel = (startYear: number): string => `${startYear}–${startYear + 1}`

const shortPeriod = (period: ReturnType<typeof parsePeriodOrThrow>, en: boolean): string => {
  switch (period.kind) {
    case "day":
      return en ? period.id : shortDate(period)
    case "week":
      return `${en ? "Week" : "Tuần"} ${period.week}/${period.year}`
    case "month":
      return en ? `${period.year}-${pad(period.month)}` : `Tháng ${period.month}/${period.year}`
    case "semester":
      return `${en ? "Sem. " : "HK"}${period.semester} ${schoolYearLabel(period.startYear)}`
    case "school-year":
      return `${en ? "Year" : "Năm học"} ${schoolYearLabel(period.startYear)}`
  }
}

/**
 * A readable name for a period id, for reports and messages. Throws a
 * `RangeError` for an invalid id.
 *
 * @example
 * ```ts
 * formatPeriod("2024-W46")      //=> "Tuần 46 năm 2024 (11/11/2024 – 17/11/2024)"
 * formatPeriod("2024-11")       //=> "Tháng 11/2024"
 * formatPeriod("2024-2025/HK1") //=> "Học kỳ I năm học 2024–2025"
 * formatPeriod("2024-2025")     //=> "Năm học 2024–2025"
 * formatPeriod("2024-11-12")    //=> "Ngày 12/11/2024"
 * formatPeriod("2024-W46", { locale: "en" }) //=> "Week 46 of 2024 (2024-11-11 – 2024-11-17)"
 * formatPeriod("2024-W46", { short: true })   //=> "Tuần 46/2024"
 * formatPeriod("2024-2025/HK1", { short: true }) //=> "HK1 2024–2025"
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const formatPeriod = (id: string, options: FormatPeriodOptions = {}): string => {
  const period = parsePeriodOrThrow(id)
  const en = options.locale === "en"
  if (options.short === true) return shortPeriod(period, en)
  switch (period.kind) {
    case "day":
      return en ? period.id : `Ngày ${shortDate(period)}`
    case "week": {
      const monday = mondayOfIsoWeek(period.year, period.week)
      return en
        ? `Week ${period.week} of ${period.year} (${formatDays(monday)} – ${formatDays(monday + 6)})`
        : `Tuần ${period.week} năm ${period.year} (${shortDate(civilFromDays(monday))} – ${shortDate(civilFromDays(monday + 6))})`
    }
    case "month":
      return en ? `${MONTHS_EN[period.month - 1] ?? ""} ${period.year}` : `Tháng ${period.month}/${period.year}`
    case "semester":
      return en
        ? `Semester ${ROMAN_SEMESTER[period.semester]} of school year ${schoolYearLabel(period.startYear)}`
        : `Học kỳ ${ROMAN_SEMESTER[period.semester]} năm học ${schoolYearLabel(period.startYear)}`
    case "school-year":
      return en ? `School year ${schoolYearLabel(period.startYear)}` : `Năm học ${schoolYearLabel(period.startYear)}`
  }
}
