/**
 * Public holidays (ngày nghỉ lễ, tết) of Vietnam, for civil servants and
 * public employees — the staff of every Sở, Phòng and public school.
 *
 * Three sources, in order of authority:
 *
 * 1. **Decided schedules** (`decided`): the days off the Government
 *    announced for a year, with swapped days and the Saturdays worked in
 *    exchange (làm bù). {@link DECIDED_HOLIDAYS} holds 2025 and 2026; pass
 *    more in `options.decided` as they are announced.
 * 2. **The Labour Code** (`statutory`): Bộ luật Lao động 2019, Điều 112(1) —
 *    Tết Dương lịch (01/01), Tết Âm lịch (5 days), Ngày Chiến thắng (30/4),
 *    Ngày Quốc tế Lao động (01/5), Quốc khánh (02/9 and one adjacent day),
 *    Giỗ Tổ Hùng Vương (10/3 âm lịch). A holiday that falls on a weekly rest
 *    day is made up on the next working day (Điều 111(3)). Before 2021 the
 *    2012 Code (Điều 115) applied: the same list with a single Quốc khánh
 *    day.
 * 3. **Estimates** (`estimated`): the law leaves two choices to the Prime
 *    Minister each year — which five days of Tết, and which day next to
 *    02/9. For a year without a decision lantoa estimates them: Tết is the
 *    last day of the old lunar year and mùng 1 to mùng 4 (as in 2026), and
 *    the Quốc khánh day is 03/9 when 02/9 is a Monday, Thursday or Sunday
 *    and 01/9 otherwise (the choices of 2021–2026).
 *
 * Each holiday is a run of days off in a row (`from`–`to`), including the
 * weekend days that join it, as announcements count them ("nghỉ 9 ngày liên
 * tục"). Weekly rest days are Saturday and Sunday (the public sector's
 * 40-hour week).
 *
 * @since 0.1.0
 * @module
 */
import type { LocalDate, LocalizedText } from "@lantoa/core"
import { assertYear, dateOf, daysOf, weekdayOf, yearOf } from "./internal/days.js"
import { hungKingsDay, lunarNewYear, lunarYearName } from "./LunarCalendar.js"

/**
 * The public holidays of the Labour Code, by kind.
 *
 * @example
 * ```ts
 * HOLIDAY_KINDS //=> ["new-year", "lunar-new-year", "hung-kings", "reunification", "labour", "national-day"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const HOLIDAY_KINDS = ["new-year", "lunar-new-year", "hung-kings", "reunification", "labour", "national-day"] as const

/**
 * One of {@link HOLIDAY_KINDS}: Tết Dương lịch, Tết Âm lịch (Tết Nguyên
 * đán), Giỗ Tổ Hùng Vương, Ngày Chiến thắng (30/4), Ngày Quốc tế Lao động
 * (1/5), Quốc khánh (2/9).
 *
 * @example
 * ```ts
 * const kind: HolidayKind = "hung-kings"
 * ```
 * @since 0.1.0
 * @category models
 */
export type HolidayKind = (typeof HOLIDAY_KINDS)[number]

/**
 * How sure a holiday's dates are:
 *
 * - `decided`: announced by the Government for that year;
 * - `statutory`: fixed by the Labour Code alone (with its make-up rule);
 * - `estimated`: the law leaves a choice that was not (yet) made.
 *
 * @example
 * ```ts
 * HOLIDAY_STATUSES //=> ["decided", "statutory", "estimated"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const HOLIDAY_STATUSES = ["decided", "statutory", "estimated"] as const

/**
 * One of {@link HOLIDAY_STATUSES}.
 *
 * @example
 * ```ts
 * holidaysOf(2027)[1]?.status satisfies HolidayStatus | undefined //=> "estimated" (Tết 2027 is not decided)
 * ```
 * @since 0.1.0
 * @category models
 */
export type HolidayStatus = (typeof HOLIDAY_STATUSES)[number]

/**
 * A run of days off for one or more public holidays of a year.
 *
 * @example
 * ```ts
 * const tet: Holiday = holidaysOf(2025).find((holiday) => holiday.kinds.includes("lunar-new-year"))!
 * tet.from           //=> "2025-01-25"
 * tet.to             //=> "2025-02-02"
 * tet.statutoryDates //=> ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"]
 * tet.status         //=> "decided"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Holiday {
  /** `<year>-<kinds>`, e.g. `2025-lunar-new-year`, `2025-reunification-labour`. */
  readonly id: string
  /** The year whose holidays these are (a 01/01 break may start on the last weekend of December). */
  readonly year: number
  readonly kinds: ReadonlyArray<HolidayKind>
  readonly name: LocalizedText
  /** First day off (inclusive). */
  readonly from: LocalDate
  /** Last day off (inclusive). */
  readonly to: LocalDate
  /** Every day from `from` to `to`. */
  readonly dates: ReadonlyArray<LocalDate>
  /** The holiday days the Labour Code grants, before make-up days and swaps. */
  readonly statutoryDates: ReadonlyArray<LocalDate>
  /** Saturdays (or Sundays) worked in exchange for a swapped day (ngày làm bù). */
  readonly workingDays: ReadonlyArray<LocalDate>
  readonly status: HolidayStatus
  /** Where the dates come from. */
  readonly source: string
}

/**
 * A decided holiday schedule entry: the days off the Government announced
 * for some holidays of a year. Replaces lantoa's computation for those kinds
 * in that year.
 *
 * @example
 * ```ts
 * const tet2027: DecidedHoliday = {
 *   year: 2027, kinds: ["lunar-new-year"], from: "2027-02-04", to: "2027-02-11",
 *   statutoryDates: ["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"],
 *   source: "Quyết định của Thủ tướng Chính phủ (giả định, ví dụ)",
 * }
 * holidaysOf(2027, { decided: [...DECIDED_HOLIDAYS, tet2027] })[1]?.status //=> "decided"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface DecidedHoliday {
  readonly year: number
  readonly kinds: ReadonlyArray<HolidayKind>
  readonly from: LocalDate
  readonly to: LocalDate
  readonly statutoryDates: ReadonlyArray<LocalDate>
  readonly workingDays?: ReadonlyArray<LocalDate>
  readonly source: string
  /** Overrides the usual name. */
  readonly name?: LocalizedText
}

/**
 * Options for holiday and working-day functions.
 *
 * @example
 * ```ts
 * const options: HolidayOptions = { decided: [] } // the Labour Code and estimates only
 * holidaysOf(2025, options)[1]?.from //=> "2025-01-28" (estimated: 30 Tết to mùng 4)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface HolidayOptions {
  /**
   * Decided schedules. Default {@link DECIDED_HOLIDAYS}; to add a year, pass
   * `[...DECIDED_HOLIDAYS, ...mine]`. Treated as immutable (results are
   * cached per list).
   */
  readonly decided?: ReadonlyArray<DecidedHoliday>
}

/**
 * The schedules announced for 2025 and 2026 (civil servants and public
 * employees), from lantoa's domain reference:
 *
 * - 2025: Tết Ất Tỵ 25/01–02/02 (Công văn 8726/VPCP-KGVX of 26/11/2024);
 *   30/4–1/5 from 30/04 to 04/05, Friday 02/05 swapped with Saturday 26/04;
 *   Quốc khánh 30/08–02/09 (the adjacent day is 01/09).
 * - 2026: Tết Dương lịch 01–04/01, Friday 02/01 swapped with Saturday 10/01
 *   (Bộ Nội vụ, 25/12/2025); Tết Bính Ngọ 14/02–22/02; Giỗ Tổ on Sunday
 *   26/04 made up on Monday 27/04; 30/4–1/5 from 30/04 to 03/05; Quốc
 *   khánh 29/08–02/09 (adjacent day 01/09), Monday 31/08 swapped with
 *   Saturday 22/08.
 *
 * Tết Dương lịch and Giỗ Tổ 2025 needed no decision (they fall on working
 * days) and are computed.
 *
 * @example
 * ```ts
 * DECIDED_HOLIDAYS.filter((entry) => entry.year === 2026).length //=> 5
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DECIDED_HOLIDAYS: ReadonlyArray<DecidedHoliday> = Object.freeze([
  {
    year: 2025,
    kinds: ["lunar-new-year"],
    from: "2025-01-25",
    to: "2025-02-02",
    statutoryDates: ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"],
    source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (Tết Ất Tỵ: 28 tháng Chạp đến mùng 3)",
  },
  {
    year: 2025,
    kinds: ["reunification", "labour"],
    from: "2025-04-30",
    to: "2025-05-04",
    statutoryDates: ["2025-04-30", "2025-05-01"],
    workingDays: ["2025-04-26"],
    source: "Lịch nghỉ lễ 30/4–1/5/2025 đã công bố: hoán đổi Thứ Sáu 02/05/2025 với Thứ Bảy 26/04/2025",
  },
  {
    year: 2025,
    kinds: ["national-day"],
    from: "2025-08-30",
    to: "2025-09-02",
    statutoryDates: ["2025-09-01", "2025-09-02"],
    source: "Lịch nghỉ Quốc khánh 2025 đã công bố: ngày liền kề là Thứ Hai 01/09/2025",
  },
  {
    year: 2026,
    kinds: ["new-year"],
    from: "2026-01-01",
    to: "2026-01-04",
    statutoryDates: ["2026-01-01"],
    workingDays: ["2026-01-10"],
    source: "Bộ Nội vụ thông báo ngày 25/12/2025: hoán đổi Thứ Sáu 02/01/2026 sang Thứ Bảy 10/01/2026",
  },
  {
    year: 2026,
    kinds: ["lunar-new-year"],
    from: "2026-02-14",
    to: "2026-02-22",
    statutoryDates: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
    source: "Lịch nghỉ Tết Bính Ngọ 2026 đã công bố: 27 tháng Chạp đến mùng 6 (nghỉ theo luật 16/02–20/02)",
  },
  {
    year: 2026,
    kinds: ["hung-kings"],
    from: "2026-04-25",
    to: "2026-04-27",
    statutoryDates: ["2026-04-26"],
    source: "Giỗ Tổ Hùng Vương 2026 vào Chủ nhật 26/04, nghỉ bù Thứ Hai 27/04/2026",
  },
  {
    year: 2026,
    kinds: ["reunification", "labour"],
    from: "2026-04-30",
    to: "2026-05-03",
    statutoryDates: ["2026-04-30", "2026-05-01"],
    source: "Lịch nghỉ lễ 30/4–1/5/2026 đã công bố: Thứ Năm 30/04 đến Chủ nhật 03/05",
  },
  {
    year: 2026,
    kinds: ["national-day"],
    from: "2026-08-29",
    to: "2026-09-02",
    statutoryDates: ["2026-09-01", "2026-09-02"],
    workingDays: ["2026-08-22"],
    source: "Lịch nghỉ Quốc khánh 2026 đã công bố: ngày liền kề 01/09, hoán đổi Thứ Hai 31/08 với Thứ Bảy 22/08/2026",
  },
] satisfies ReadonlyArray<DecidedHoliday>)

/** Years the holiday rules are modelled for: the 2012 Code took effect in 2013; the lunar calendar runs to 2198. */
export const FIRST_HOLIDAY_YEAR = 2013
export const LAST_HOLIDAY_YEAR = 2198

const NAMES: Readonly<Record<HolidayKind, { readonly vi: string; readonly en: string }>> = {
  "new-year": { vi: "Tết Dương lịch", en: "New Year's Day" },
  "lunar-new-year": { vi: "Tết Âm lịch", en: "Lunar New Year (Tết)" },
  "hung-kings": { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30 April)" },
  labour: { vi: "Ngày Quốc tế Lao động (1/5)", en: "International Labour Day (1 May)" },
  "national-day": { vi: "Quốc khánh (2/9)", en: "National Day (2 September)" },
}

const nameOf = (year: number, kinds: ReadonlyArray<HolidayKind>): LocalizedText => {
  const parts = kinds.map((kind) =>
    kind === "lunar-new-year"
      ? { vi: `Tết Âm lịch ${lunarYearName(year)}`, en: NAMES[kind].en }
      : NAMES[kind],
  )
  const list = (names: ReadonlyArray<string>, and: string): string =>
    names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1] ?? ""}`
  return { vi: list(parts.map((part) => part.vi), "và"), en: list(parts.map((part) => part.en), "and") }
}

const isWeekend = (days: number): boolean => weekdayOf(days) >= 6

/** One holiday of the Code in one year, before the runs are merged. */
interface Part {
  readonly kind: HolidayKind
  readonly statutory: ReadonlyArray<number>
  readonly status: HolidayStatus
  readonly source: string
}

const CODE_2019 = "Bộ luật Lao động 2019, Điều 112(1); nghỉ bù theo Điều 111(3)"
const CODE_2012 = "Bộ luật Lao động 2012, Điều 115(1); nghỉ bù theo Điều 115(3)"

const fixed = (year: number, month: number, day: number): number =>
  daysOf(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, "holidaysOf")

// 03/9 when 02/9 is a Monday (01/9 is a Sunday already), a Thursday (joins
// the weekend through Friday) or a Sunday (01/9 is a Saturday); 01/9 otherwise.
const nationalDayAdjacent = (year: number): number => {
  const second = fixed(year, 9, 2)
  const weekday = weekdayOf(second)
  return weekday === 1 || weekday === 4 || weekday === 7 ? second + 1 : second - 1
}

const codeParts = (year: number): ReadonlyArray<Part> => {
  const code = year >= 2021 ? CODE_2019 : CODE_2012
  const tet = daysOf(lunarNewYear(year), "holidaysOf")
  const nationalDay =
    year >= 2021
      ? {
          kind: "national-day" as const,
          statutory: [fixed(year, 9, 2), nationalDayAdjacent(year)].sort((a, b) => a - b),
          status: "estimated" as const,
          source: `${code}; ngày liền kề ước tính (Thủ tướng quyết định hằng năm)`,
        }
      : { kind: "national-day" as const, statutory: [fixed(year, 9, 2)], status: "statutory" as const, source: code }
  return [
    { kind: "new-year", statutory: [fixed(year, 1, 1)], status: "statutory", source: code },
    {
      kind: "lunar-new-year",
      statutory: [tet - 1, tet, tet + 1, tet + 2, tet + 3],
      status: "estimated",
      source: `${code}; 05 ngày ước tính: ngày cuối năm âm lịch và mùng 1 đến mùng 4 (Thủ tướng quyết định hằng năm)`,
    },
    { kind: "hung-kings", statutory: [daysOf(hungKingsDay(year), "holidaysOf")], status: "statutory", source: code },
    { kind: "reunification", statutory: [fixed(year, 4, 30)], status: "statutory", source: code },
    { kind: "labour", statutory: [fixed(year, 5, 1)], status: "statutory", source: code },
    nationalDay,
  ]
}

/**
 * The days a part keeps people off: its statutory days plus one make-up
 * weekday for each that falls on a weekend, on the next weekdays that are
 * neither holidays nor already given as make-up days (30/4 on a Saturday and
 * 1/5 on a Sunday are made up on Monday and Tuesday).
 */
const daysOffOf = (part: Part, taken: Set<number>): ReadonlyArray<number> => {
  const days = [...part.statutory]
  let owed = part.statutory.filter(isWeekend).length
  for (let day = Math.max(...part.statutory) + 1; owed > 0; day++) {
    if (isWeekend(day) || taken.has(day)) continue
    days.push(day)
    taken.add(day)
    owed--
  }
  return days.sort((a, b) => a - b)
}

/** Stretches a run of days off over the weekend days that touch it. */
const withWeekends = (from: number, to: number): { readonly from: number; readonly to: number } => {
  let start = from
  let end = to
  while (isWeekend(start - 1)) start--
  while (isWeekend(end + 1)) end++
  return { from: start, to: end }
}

interface Run {
  kinds: Array<HolidayKind>
  from: number
  to: number
  statutory: Array<number>
  status: HolidayStatus
  sources: Array<string>
}

const STATUS_RANK: Readonly<Record<HolidayStatus, number>> = { decided: 0, statutory: 1, estimated: 2 }

const runsOf = (parts: ReadonlyArray<Part>): ReadonlyArray<Run> => {
  const taken = new Set(parts.flatMap((part) => part.statutory))
  const runs = [...parts]
    .sort((a, b) => Math.min(...a.statutory) - Math.min(...b.statutory))
    .map((part): Run => {
      const off = daysOffOf(part, taken)
      const range = withWeekends(off[0] as number, off[off.length - 1] as number)
      return { kinds: [part.kind], ...range, statutory: [...part.statutory], status: part.status, sources: [part.source] }
    })
    .sort((a, b) => a.from - b.from)
  const merged: Array<Run> = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    if (last !== undefined && run.from <= last.to + 1) {
      last.kinds.push(...run.kinds)
      last.to = Math.max(last.to, run.to)
      last.statutory.push(...run.statutory)
      if (STATUS_RANK[run.status] > STATUS_RANK[last.status]) last.status = run.status
      for (const source of run.sources) if (!last.sources.includes(source)) last.sources.push(source)
    } else merged.push({ ...run, kinds: [...run.kinds], statutory: [...run.statutory], sources: [...run.sources] })
  }
  return merged
}

const datesFromTo = (from: number, to: number): ReadonlyArray<LocalDate> => {
  const dates: Array<LocalDate> = []
  for (let day = from; day <= to; day++) dates.push(dateOf(day))
  return dates
}

const holidayOf = (
  year: number,
  kinds: ReadonlyArray<HolidayKind>,
  from: number,
  to: number,
  statutory: ReadonlyArray<number>,
  workingDays: ReadonlyArray<LocalDate>,
  status: HolidayStatus,
  source: string,
  name?: LocalizedText,
): Holiday => {
  const ordered = HOLIDAY_KINDS.filter((kind) => kinds.includes(kind))
  return {
    id: `${year}-${ordered.join("-")}`,
    year,
    kinds: ordered,
    name: name ?? nameOf(year, ordered),
    from: dateOf(from),
    to: dateOf(to),
    dates: datesFromTo(from, to),
    statutoryDates: [...statutory].sort((a, b) => a - b).map(dateOf),
    workingDays,
    status,
    source,
  }
}

const decidedHoliday = (entry: DecidedHoliday): Holiday => {
  const from = daysOf(entry.from, "DecidedHoliday.from")
  const to = daysOf(entry.to, "DecidedHoliday.to")
  if (to < from) throw new RangeError(`DecidedHoliday ${entry.year} ${entry.kinds.join(", ")}: from ${entry.from} is after to ${entry.to}.`)
  const statutory = entry.statutoryDates.map((date) => daysOf(date, "DecidedHoliday.statutoryDates"))
  const workingDays = (entry.workingDays ?? []).map((date) => dateOf(daysOf(date, "DecidedHoliday.workingDays")))
  return holidayOf(entry.year, entry.kinds, from, to, statutory, workingDays, "decided", entry.source, entry.name)
}

const computeYear = (year: number, decided: ReadonlyArray<DecidedHoliday>): ReadonlyArray<Holiday> => {
  const decidedOfYear = decided.filter((entry) => entry.year === year)
  const decidedKinds = new Set(decidedOfYear.flatMap((entry) => entry.kinds))
  const parts = codeParts(year).filter((part) => !decidedKinds.has(part.kind))
  const computed = runsOf(parts).map((run) =>
    holidayOf(year, run.kinds, run.from, run.to, run.statutory, [], run.status, run.sources.join(" · ")),
  )
  return [...computed, ...decidedOfYear.map(decidedHoliday)].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}

const caches = new WeakMap<ReadonlyArray<DecidedHoliday>, Map<number, ReadonlyArray<Holiday>>>()

/** The holidays of a year for a decided list, cached per list. */
export const holidaysOfYear = (year: number, options: HolidayOptions): ReadonlyArray<Holiday> => {
  assertYear(year, FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR, "holidaysOf")
  const decided = options.decided ?? DECIDED_HOLIDAYS
  let cache = caches.get(decided)
  if (cache === undefined) {
    cache = new Map()
    caches.set(decided, cache)
  }
  let holidays = cache.get(year)
  if (holidays === undefined) {
    holidays = computeYear(year, decided)
    cache.set(year, holidays)
  }
  return holidays
}

/**
 * The public holidays of a year, in date order: each a run of days off with
 * its statutory days, make-up working days, status and source. Supported for
 * 2013–2198; throws a `RangeError` outside, or for an invalid decided entry.
 *
 * @example
 * ```ts
 * holidaysOf(2026).map((holiday) => [holiday.id, holiday.from, holiday.to, holiday.status])
 * //=> [["2026-new-year", "2026-01-01", "2026-01-04", "decided"],
 * //    ["2026-lunar-new-year", "2026-02-14", "2026-02-22", "decided"],
 * //    ["2026-hung-kings", "2026-04-25", "2026-04-27", "decided"],
 * //    ["2026-reunification-labour", "2026-04-30", "2026-05-03", "decided"],
 * //    ["2026-national-day", "2026-08-29", "2026-09-02", "decided"]]
 * holidaysOf(2026)[0]?.workingDays //=> ["2026-01-10"] (Thứ Bảy làm bù)
 * holidaysOf(2025)[1]?.name        //=> { vi: "Tết Âm lịch Ất Tỵ", en: "Lunar New Year (Tết)" }
 * ```
 * @since 0.1.0
 * @category getters
 */
export const holidaysOf = (year: number, options: HolidayOptions = {}): ReadonlyArray<Holiday> =>
  holidaysOfYear(year, options)

/**
 * The runs of days off of one holiday kind that touch `[from, to]` (local
 * dates, inclusive), each with its Vietnamese name as the reason: what a
 * quota exemption `{ holiday: "lunar-new-year" }` stands for. Years outside
 * the supported 2013–2198 are skipped.
 *
 * @example
 * ```ts
 * holidayDaysOff("lunar-new-year", "2024-09-05", "2026-09-04")
 * //=> [{ from: "2025-01-25", to: "2025-02-02", reason: "Tết Âm lịch Ất Tỵ" },
 * //    { from: "2026-02-14", to: "2026-02-22", reason: "Tết Âm lịch Bính Ngọ" }]
 * ```
 * @since 0.1.0
 * @category getters
 */
export const holidayDaysOff = (
  kind: HolidayKind,
  from: LocalDate,
  to: LocalDate,
  options: HolidayOptions = {},
): ReadonlyArray<{ readonly from: LocalDate; readonly to: LocalDate; readonly reason: string }> => {
  const first = Math.max(FIRST_HOLIDAY_YEAR, Number(from.slice(0, 4)) - 1)
  const last = Math.min(LAST_HOLIDAY_YEAR, Number(to.slice(0, 4)) + 1)
  const out: Array<{ from: LocalDate; to: LocalDate; reason: string }> = []
  for (let year = first; year <= last; year++) {
    for (const holiday of holidaysOfYear(year, options)) {
      if (!holiday.kinds.includes(kind) || holiday.to < from || holiday.from > to) continue
      out.push({ from: holiday.from, to: holiday.to, reason: holiday.name.vi })
    }
  }
  return out
}

/**
 * The holiday whose run of days off holds a date, or `undefined`.
 *
 * @example
 * ```ts
 * holidayOn("2025-05-02")?.id //=> "2025-reunification-labour" (the swapped Friday)
 * holidayOn("2025-04-26")     //=> undefined (a Saturday worked in exchange)
 * ```
 * @since 0.1.0
 * @category getters
 */
export const holidayOn = (date: LocalDate, options: HolidayOptions = {}): Holiday | undefined => {
  const days = daysOf(date, "holidayOn")
  const year = yearOf(days)
  // A 01/01 run may start on the weekend before it, in the previous year.
  const candidates = year < LAST_HOLIDAY_YEAR ? [...holidaysOfYear(year, options), ...holidaysOfYear(year + 1, options)] : holidaysOfYear(year, options)
  return candidates.find((holiday) => holiday.from <= date && date <= holiday.to)
}

/**
 * True when a date is a day off for a public holiday (any day of its run,
 * weekend days included).
 *
 * @example
 * ```ts
 * isHoliday("2030-02-02") //=> true (Tết Canh Tuất, estimated)
 * isHoliday("2025-04-07") //=> true (Giỗ Tổ Hùng Vương)
 * isHoliday("2025-04-08") //=> false
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const isHoliday = (date: LocalDate, options: HolidayOptions = {}): boolean => holidayOn(date, options) !== undefined
