/**
 * School years (năm học), semesters (học kỳ), teaching weeks (tuần học) and
 * school breaks, on top of core's school-year frames.
 *
 * Core owns the frame table (`DEFAULT_SCHOOL_YEARS`, `schoolYearFrame`) and
 * the `semester` and `school-year` periods that tile time. This module adds
 * what a school calendar needs beyond periods: MOET's week counts, the
 * dates deadlines are set relative to, and each province's own plan — its
 * dates within the MOET frame and its school breaks, such as a Tết break
 * longer than the civil servants' (Phú Thọ 2026: 11/02–22/02).
 *
 * @since 0.1.0
 * @module
 */
import {
  DEFAULT_SCHOOL_YEARS,
  periodOf,
  schoolYearFrame,
  type LocalDate,
  type SchoolYearEntry,
  type SchoolYearFrame,
  type SchoolYearOptions,
} from "@lantoa/core"
import { LocalDateSchema } from "@lantoa/hierarchy"
import { z } from "zod"
import { holidayOn, type HolidayOptions } from "./Holidays.js"
import { dateOf, daysOf, mondayOf } from "./internal/days.js"

/**
 * MOET's frames as core holds them, plus 2026–2027 as an estimate: its
 * decision had not been found when this table was written (MOET usually
 * issues it in August), so the entry follows the frames of the years
 * before — opening 05/09/2026 (a Saturday), semester I before 18/01/2027,
 * semester II from Monday 18/01/2027, the year ending before 31/05/2027 —
 * and is marked `estimated: true`.
 *
 * - 2024–2025: QĐ 2045/QĐ-BGDĐT — opening 05/09/2024, semester I before
 *   18/01/2025, year ends before 31/05/2025.
 * - 2025–2026: QĐ 2269/QĐ-BGDĐT of 11/08/2025 — opening 05/09/2025,
 *   semester I before 18/01/2026, year ends before 31/05/2026.
 *
 * @example
 * ```ts
 * SCHOOL_YEARS.map((entry) => [entry.id, entry.estimated === true])
 * //=> [["2024-2025", false], ["2025-2026", false], ["2026-2027", true]]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const SCHOOL_YEARS: ReadonlyArray<SchoolYearEntry> = Object.freeze([
  ...DEFAULT_SCHOOL_YEARS,
  Object.freeze({
    id: "2026-2027",
    start: "2026-09-05",
    semester1End: "2027-01-18",
    semester2Start: "2027-01-18",
    end: "2027-05-31",
    source: "Ước tính theo khung các năm học 2024–2025 và 2025–2026 (chưa có quyết định của Bộ GD&ĐT cho năm học 2026–2027)",
    estimated: true,
  }),
])

const nonEmpty = z.string().trim().min(1)

/**
 * A school break (thời gian nghỉ của học sinh): inclusive local dates and
 * the reason. Its shape is that of a quota exemption, so a break can be
 * passed as one (`exemptions: [tetBreak]`).
 *
 * @example
 * ```ts
 * SchoolBreakSchema.parse({ from: "2026-02-11", to: "2026-02-22", reason: "Học sinh nghỉ Tết Nguyên đán Bính Ngọ" })
 * SchoolBreakSchema.safeParse({ from: "2026-02-22", to: "2026-02-11", reason: "…" }).success //=> false
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const SchoolBreakSchema = z
  .strictObject({
    from: LocalDateSchema,
    to: LocalDateSchema,
    reason: nonEmpty,
  })
  .refine((range) => range.from <= range.to, {
    message: "a break's from is after its to.",
    params: { vi: "ngày bắt đầu nghỉ (from) sau ngày kết thúc (to).", code: "invalid-range" },
    path: ["from"],
  })

/**
 * A school break: `from` and `to` inclusive, with its reason in Vietnamese.
 *
 * @example
 * ```ts
 * const tet: SchoolBreak = { from: "2026-02-11", to: "2026-02-22", reason: "Học sinh nghỉ Tết Nguyên đán Bính Ngọ" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type SchoolBreak = z.output<typeof SchoolBreakSchema>

/**
 * MOET's teaching weeks per semester: 18 in semester I and 17 in semester
 * II (35 in a year).
 *
 * @example
 * ```ts
 * TEACHING_WEEKS //=> { semester1: 18, semester2: 17 }
 * ```
 * @since 0.1.0
 * @category constants
 */
export const TEACHING_WEEKS = Object.freeze({ semester1: 18, semester2: 17 })

/**
 * Options for school-calendar functions: the school-year table (default
 * {@link SCHOOL_YEARS}), school breaks, teaching weeks per semester, and the
 * holiday options (public holidays are days off for schools too).
 *
 * @example
 * ```ts
 * const phuTho: SchoolCalendarOptions = {
 *   breaks: [{ from: "2026-02-11", to: "2026-02-22", reason: "Học sinh nghỉ Tết Nguyên đán Bính Ngọ" }],
 * }
 * schoolBreakOn("2026-02-12", phuTho)?.reason //=> "Học sinh nghỉ Tết Nguyên đán Bính Ngọ"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SchoolCalendarOptions extends SchoolYearOptions, HolidayOptions {
  /** School breaks, any years, inclusive dates. Treated as immutable. */
  readonly breaks?: ReadonlyArray<SchoolBreak>
  /** Teaching weeks per semester. Default {@link TEACHING_WEEKS}. */
  readonly weeks?: { readonly semester1?: number; readonly semester2?: number }
}

/**
 * A province's changes to one school year: its own dates within MOET's
 * frame, its breaks, where they come from.
 *
 * @example
 * ```ts
 * const phuTho2025: SchoolYearOverride = {
 *   schoolYear: "2025-2026",
 *   breaks: [{ from: "2026-02-11", to: "2026-02-22", reason: "Học sinh nghỉ Tết Nguyên đán Bính Ngọ" }],
 *   source: "UBND tỉnh Phú Thọ, kế hoạch thời gian năm học 2025–2026",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SchoolYearOverride {
  readonly schoolYear: string
  readonly start?: LocalDate
  readonly semester1End?: LocalDate
  readonly semester2Start?: LocalDate
  readonly end?: LocalDate
  readonly breaks?: ReadonlyArray<SchoolBreak>
  /** Appended to the entry's source. */
  readonly source?: string
  /** Whether the resulting dates are still an estimate; default: the base entry's. */
  readonly estimated?: boolean
}

const frameEntry = (frame: SchoolYearFrame): SchoolYearEntry => {
  const { nextStart: _nextStart, ...entry } = frame
  return entry
}

/**
 * Applies a province's overrides to school-calendar options: replaces dates
 * of the named school years (others keep theirs) and adds the breaks. The
 * result is new options; the input is not changed. Throws a `RangeError`
 * when the resulting table is inconsistent (a semester starting before the
 * year, years overlapping) or a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const phuTho = withOverrides({}, [
 *   { schoolYear: "2024-2025", end: "2025-05-25", source: "Kế hoạch 3275 (Phú Thọ)" },
 *   { schoolYear: "2025-2026", breaks: [{ from: "2026-02-11", to: "2026-02-22", reason: "Học sinh nghỉ Tết" }] },
 * ])
 * schoolYearCalendar("2024-2025", phuTho).events["school-year-end"] //=> "2025-05-24"
 * schoolBreakOn("2026-02-12", phuTho)?.reason                      //=> "Học sinh nghỉ Tết"
 * schoolWeekOf("2026-02-18", phuTho)                                //=> undefined (the Tết week)
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const withOverrides = (
  options: SchoolCalendarOptions,
  overrides: ReadonlyArray<SchoolYearOverride>,
): SchoolCalendarOptions => {
  const base = options.schoolYears ?? SCHOOL_YEARS
  const table = new Map(base.map((entry) => [entry.id, entry]))
  for (const override of overrides) {
    const current = table.get(override.schoolYear) ?? frameEntry(schoolYearFrame(override.schoolYear, { schoolYears: base }))
    const dates = {
      ...(override.start === undefined ? {} : { start: override.start }),
      ...(override.semester1End === undefined ? {} : { semester1End: override.semester1End }),
      ...(override.semester2Start === undefined ? {} : { semester2Start: override.semester2Start }),
      ...(override.end === undefined ? {} : { end: override.end }),
    }
    const source = [current.source, override.source].filter((text) => text !== undefined).join("; ")
    const estimated = override.estimated ?? current.estimated
    table.set(override.schoolYear, {
      ...current,
      ...dates,
      ...(source === "" ? {} : { source }),
      ...(estimated === undefined ? {} : { estimated }),
    })
  }
  const schoolYears = [...table.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
  for (const entry of schoolYears) schoolYearFrame(entry.id, { schoolYears }) // validates the whole table
  const breaks = [...(options.breaks ?? []), ...overrides.flatMap((override) => override.breaks ?? [])]
  for (const item of breaks) checkBreak(item, "withOverrides")
  return { ...options, schoolYears, breaks }
}

const checkBreak = (item: SchoolBreak, where: string): { readonly from: number; readonly to: number } => {
  const from = daysOf(item.from, `${where}: break.from`)
  const to = daysOf(item.to, `${where}: break.to`)
  if (to < from) throw new RangeError(`${where}: the break "${item.reason}" runs backwards (${item.from} > ${item.to}).`)
  return { from, to }
}

/**
 * The dates deadlines are set relative to, each year:
 *
 * - `school-year-start`: the opening day (khai giảng);
 * - `semester1-end`: the last day of semester I — the day before MOET's
 *   "before" date (17/01 for "trước ngày 18/01");
 * - `semester2-start`: the first day of semester II;
 * - `school-year-end`: the last day of the school year — the day before
 *   MOET's "before" date (30/05 for "trước ngày 31/05").
 *
 * @example
 * ```ts
 * SCHOOL_YEAR_EVENTS //=> ["school-year-start", "semester1-end", "semester2-start", "school-year-end"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const SCHOOL_YEAR_EVENTS = ["school-year-start", "semester1-end", "semester2-start", "school-year-end"] as const

/**
 * One of {@link SCHOOL_YEAR_EVENTS}.
 *
 * @example
 * ```ts
 * const event: SchoolYearEvent = "semester1-end" // sơ kết học kỳ I
 * ```
 * @since 0.1.0
 * @category models
 */
export type SchoolYearEvent = (typeof SCHOOL_YEAR_EVENTS)[number]

/**
 * A semester (học kỳ) of a school year.
 *
 * @example
 * ```ts
 * const hk1: Semester = schoolYearCalendar("2024-2025").semesters[0]
 * hk1 //=> { id: "2024-2025/HK1", semester: 1, start: "2024-09-05", endsBefore: "2025-01-18", lastDay: "2025-01-17", weeks: 18 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Semester {
  /** The core period id, `2024-2025/HK1`. */
  readonly id: string
  readonly semester: 1 | 2
  readonly start: LocalDate
  /** MOET's deadline: teaching ends before this date. */
  readonly endsBefore: LocalDate
  /** The day before `endsBefore`. */
  readonly lastDay: LocalDate
  /** Teaching weeks (18 in semester I, 17 in semester II). */
  readonly weeks: number
}

/**
 * A school year as a calendar: core's frame, its two semesters, the event
 * dates deadlines refer to, and the breaks that fall in it.
 *
 * @example
 * ```ts
 * const year: SchoolYearCalendar = schoolYearCalendar("2025-2026")
 * year.events["semester1-end"] //=> "2026-01-17"
 * year.nextStart               //=> "2026-09-05"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SchoolYearCalendar extends SchoolYearFrame {
  readonly semesters: readonly [Semester, Semester]
  readonly events: Readonly<Record<SchoolYearEvent, LocalDate>>
  /** The breaks of `options.breaks` that overlap this school year (opening to next opening), by date. */
  readonly breaks: ReadonlyArray<SchoolBreak>
}

const weeksOf = (options: SchoolCalendarOptions): { readonly semester1: number; readonly semester2: number } => {
  const semester1 = options.weeks?.semester1 ?? TEACHING_WEEKS.semester1
  const semester2 = options.weeks?.semester2 ?? TEACHING_WEEKS.semester2
  for (const count of [semester1, semester2])
    if (!Number.isInteger(count) || count < 1 || count > 30)
      throw new RangeError(`School calendar: weeks per semester must be 1 to 30, got ${String(count)}.`)
  return { semester1, semester2 }
}

const tableOptions = (options: SchoolCalendarOptions): SchoolYearOptions => ({ schoolYears: options.schoolYears ?? SCHOOL_YEARS })

const dayBefore = (date: LocalDate): LocalDate => dateOf(daysOf(date, "school calendar") - 1)

/**
 * The calendar of a school year: frame, semesters, event dates and breaks.
 * Throws a `RangeError` for an id that is not a school year (`2024-2025`)
 * or an invalid table.
 *
 * @example
 * ```ts
 * const year = schoolYearCalendar("2024-2025")
 * year.semesters.map((semester) => [semester.id, semester.start, semester.lastDay])
 * //=> [["2024-2025/HK1", "2024-09-05", "2025-01-17"], ["2024-2025/HK2", "2025-01-20", "2025-05-30"]]
 * year.events //=> { "school-year-start": "2024-09-05", "semester1-end": "2025-01-17",
 * //                "semester2-start": "2025-01-20", "school-year-end": "2025-05-30" }
 * schoolYearCalendar("2026-2027").estimated //=> true
 * ```
 * @since 0.1.0
 * @category getters
 */
export const schoolYearCalendar = (id: string, options: SchoolCalendarOptions = {}): SchoolYearCalendar => {
  const frame = schoolYearFrame(id, tableOptions(options))
  const weeks = weeksOf(options)
  const semester1EndsBefore = frame.semester1End ?? frame.semester2Start
  const semesters = [
    {
      id: `${frame.id}/HK1`,
      semester: 1,
      start: frame.start,
      endsBefore: semester1EndsBefore,
      lastDay: dayBefore(semester1EndsBefore),
      weeks: weeks.semester1,
    },
    {
      id: `${frame.id}/HK2`,
      semester: 2,
      start: frame.semester2Start,
      endsBefore: frame.end,
      lastDay: dayBefore(frame.end),
      weeks: weeks.semester2,
    },
  ] as const
  const breaks = (options.breaks ?? [])
    .filter((item) => {
      checkBreak(item, "schoolYearCalendar")
      return item.to >= frame.start && item.from < frame.nextStart
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  return {
    ...frame,
    semesters,
    events: {
      "school-year-start": frame.start,
      "semester1-end": semesters[0].lastDay,
      "semester2-start": frame.semester2Start,
      "school-year-end": semesters[1].lastDay,
    },
    breaks,
  }
}

/**
 * The calendar of the school year a date belongs to (from its opening to
 * the next opening, so the summer belongs to the year that just ended).
 *
 * @example
 * ```ts
 * schoolYearOf("2024-11-15").id //=> "2024-2025"
 * schoolYearOf("2025-07-15").id //=> "2024-2025" (summer)
 * schoolYearOf("2025-09-05").id //=> "2025-2026"
 * ```
 * @since 0.1.0
 * @category getters
 */
export const schoolYearOf = (date: LocalDate, options: SchoolCalendarOptions = {}): SchoolYearCalendar => {
  daysOf(date, "schoolYearOf")
  return schoolYearCalendar(periodOf(date, "school-year", { ...tableOptions(options), timeZone: "UTC" }), options)
}

/**
 * The date of a school-year event (see {@link SCHOOL_YEAR_EVENTS}).
 *
 * @example
 * ```ts
 * schoolYearEventDate("2024-2025", "semester1-end")   //=> "2025-01-17"
 * schoolYearEventDate("2025-2026", "school-year-end") //=> "2026-05-30"
 * ```
 * @since 0.1.0
 * @category getters
 */
export const schoolYearEventDate = (
  id: string,
  event: SchoolYearEvent,
  options: SchoolCalendarOptions = {},
): LocalDate => {
  const date = schoolYearCalendar(id, options).events[event]
  if (date === undefined) throw new RangeError(`schoolYearEventDate: unknown event ${String(event)}.`)
  return date
}

/**
 * The school break holding a date, or `undefined`.
 *
 * @example
 * ```ts
 * const options = { breaks: [{ from: "2026-02-11", to: "2026-02-22", reason: "Học sinh nghỉ Tết" }] }
 * schoolBreakOn("2026-02-22", options)?.reason //=> "Học sinh nghỉ Tết"
 * schoolBreakOn("2026-02-23", options)         //=> undefined
 * ```
 * @since 0.1.0
 * @category getters
 */
export const schoolBreakOn = (date: LocalDate, options: SchoolCalendarOptions = {}): SchoolBreak | undefined => {
  daysOf(date, "schoolBreakOn")
  return (options.breaks ?? []).find((item) => {
    checkBreak(item, "schoolBreakOn")
    return item.from <= date && date <= item.to
  })
}

/**
 * A teaching week (tuần học) of a school year.
 *
 * @example
 * ```ts
 * const week: SchoolWeek | undefined = schoolWeekOf("2025-01-20")
 * //=> { schoolYear: "2024-2025", semester: "2024-2025/HK2", week: 19, from: "2025-01-20", to: "2025-01-26" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SchoolWeek {
  readonly schoolYear: string
  /** The semester the week counts in, `2024-2025/HK1` or `2024-2025/HK2`. */
  readonly semester: string
  /** 1 to 35 (with MOET's 18 + 17 weeks). */
  readonly week: number
  /** The Monday that starts the week. */
  readonly from: LocalDate
  /** The Sunday that ends it. */
  readonly to: LocalDate
}

const isDayOff = (days: number, options: SchoolCalendarOptions): boolean => {
  const date = dateOf(days)
  return schoolBreakOn(date, options) !== undefined || holidayOn(date, options) !== undefined
}

// A week counts unless the school is off on each of its five weekdays.
const isTeachingWeek = (monday: number, options: SchoolCalendarOptions): boolean => {
  for (let day = monday; day < monday + 5; day++) if (!isDayOff(day, options)) return true
  return false
}

/**
 * The teaching weeks (tuần học) of a school year, numbered by this rule:
 *
 * 1. Weeks run Monday to Sunday. **Week 1 is the week that holds the opening
 *    day** (khai giảng), always.
 * 2. Semester I counts on, week by week, up to its number of weeks (18) or
 *    until the week that holds the first day of semester II, whichever
 *    comes first.
 * 3. **Semester II starts at week 19** (semester I's weeks + 1) in the week
 *    that holds its first day, and counts on up to its number of weeks (17,
 *    so the last week is 35), never past the next opening.
 * 4. A week in which the school is off on all five weekdays — a school break
 *    (`options.breaks`) or a public holiday — is not a teaching week and
 *    gets no number (the Tết week).
 *
 * So the weeks of semester I after its 18th (MOET's reserve before
 * semester II) and the weeks after week 35 have no number.
 *
 * @example
 * ```ts
 * const weeks = schoolWeeks("2024-2025")
 * weeks.length                     //=> 35
 * weeks[0]                         //=> { schoolYear: "2024-2025", semester: "2024-2025/HK1", week: 1, from: "2024-09-02", to: "2024-09-08" }
 * weeks[18]?.from                  //=> "2025-01-20" (week 19)
 * weeks[19]?.from                  //=> "2025-02-03" (week 20: the Tết week 27/01–02/02 is skipped)
 * weeks[34]?.to                    //=> "2025-05-25" (week 35)
 * ```
 * @since 0.1.0
 * @category getters
 */
export const schoolWeeks = (id: string, options: SchoolCalendarOptions = {}): ReadonlyArray<SchoolWeek> => {
  const year = schoolYearCalendar(id, options)
  const [hk1, hk2] = year.semesters
  const start = daysOf(year.start, "schoolWeeks")
  const hk2Monday = mondayOf(daysOf(hk2.start, "schoolWeeks"))
  const nextStart = daysOf(year.nextStart, "schoolWeeks")
  const weeks: Array<SchoolWeek> = []
  const push = (semester: Semester, week: number, monday: number): void => {
    weeks.push({ schoolYear: year.id, semester: semester.id, week, from: dateOf(monday), to: dateOf(monday + 6) })
  }
  let week = 0
  for (let monday = mondayOf(start); week < hk1.weeks && monday < hk2Monday; monday += 7) {
    if (week === 0 || isTeachingWeek(monday, options)) push(hk1, ++week, monday)
  }
  week = hk1.weeks
  for (let monday = hk2Monday; week < hk1.weeks + hk2.weeks && monday < nextStart; monday += 7) {
    if (isTeachingWeek(monday, options)) push(hk2, ++week, monday)
  }
  return weeks
}

/**
 * The teaching week (tuần học) a date falls in, or `undefined` outside
 * teaching weeks: before the opening day, in a week with no school on any
 * weekday, in semester I's reserve weeks, after week 35. The numbering rule
 * is that of {@link schoolWeeks}.
 *
 * @example
 * ```ts
 * schoolWeekOf("2024-09-05")?.week //=> 1 (khai giảng, Thứ Năm)
 * schoolWeekOf("2024-09-04")       //=> undefined (before the opening)
 * schoolWeekOf("2024-11-15")?.week //=> 11
 * schoolWeekOf("2025-01-29")       //=> undefined (Tết Ất Tỵ)
 * schoolWeekOf("2025-05-25")?.week //=> 35
 * ```
 * @since 0.1.0
 * @category getters
 */
export const schoolWeekOf = (date: LocalDate, options: SchoolCalendarOptions = {}): SchoolWeek | undefined => {
  const days = daysOf(date, "schoolWeekOf")
  const year = schoolYearOf(date, options)
  if (date < year.start) return undefined
  const monday = dateOf(mondayOf(days))
  return schoolWeeks(year.id, options).find((week) => week.from === monday)
}
