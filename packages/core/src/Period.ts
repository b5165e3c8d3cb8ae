/**
 * Periods — day, ISO week, month, semester, school year — computed in the
 * policy's time zone, never the machine's.
 *
 * A period is named by a string id that sorts and reads well in a report:
 *
 * | kind          | id              | runs (local time)                                  |
 * |---------------|-----------------|----------------------------------------------------|
 * | `day`         | `2024-11-12`    | 00:00 to 24:00                                     |
 * | `week`        | `2024-W46`      | Monday 00:00 to Sunday 24:00, numbered as ISO 8601 |
 * | `month`       | `2024-11`       | the 1st 00:00 to the last day 24:00                |
 * | `semester`    | `2024-2025/HK1` | see {@link SchoolYearEntry}: HK2 includes summer   |
 * | `school-year` | `2024-2025`     | opening day to the next year's opening day         |
 *
 * Bounds are instants (epoch ms) with an exclusive end, equal to the next
 * period's start: the periods of one kind tile time, so every instant is in
 * exactly one of them. An ISO week belongs to the year of its Thursday:
 * 31/12/2024 is in `2025-W01`, 03/01/2021 in `2020-W53`.
 *
 * An invalid period id or an unknown zone is a caller's bug and throws a
 * `RangeError`; so does an invalid instant.
 *
 * @since 0.1.0
 * @module
 */
import { DEFAULT_TIME_ZONE, instantOrThrow, type Instant, type InstantInput, type TimeZoneOptions } from "./Instant.js"
import { DEFAULT_SCHOOL_YEARS, type SchoolYearEntry, type SchoolYearOptions } from "./SchoolYear.js"
import { localDays, startOfLocalDays } from "./internal/calendarDate.js"
import { parsePeriod, parsePeriodOrThrow, periodDays, periodIdAtDays, shiftPeriod } from "./internal/periods.js"
import { assertTimeZone } from "./internal/timeZone.js"

/**
 * The kinds of period lantoa counts in, shortest first.
 *
 * @example
 * ```ts
 * PERIOD_KINDS //=> ["day", "week", "month", "semester", "school-year"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const PERIOD_KINDS = ["day", "week", "month", "semester", "school-year"] as const

/**
 * One of {@link PERIOD_KINDS}.
 *
 * @example
 * ```ts
 * const kind: PeriodKind = "month"
 * periodOf("2024-11-12T09:00:00+07:00", kind) //=> "2024-11"
 * ```
 * @since 0.1.0
 * @category models
 */
export type PeriodKind = (typeof PERIOD_KINDS)[number]

/**
 * The instants a period covers: `start` inclusive, `end` exclusive (the
 * next period's `start`).
 *
 * @example
 * ```ts
 * const { start, end }: PeriodBounds = periodBounds("2024-11")
 * formatInstant(start) //=> "2024-11-01T00:00:00.000+07:00"
 * formatInstant(end)   //=> "2024-12-01T00:00:00.000+07:00" (exclusive)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PeriodBounds {
  readonly start: Instant
  readonly end: Instant
}

/**
 * Options for period functions: the time zone (default `Asia/Ho_Chi_Minh`)
 * and, for semesters and school years, the school-year table (default
 * {@link DEFAULT_SCHOOL_YEARS}).
 *
 * @example
 * ```ts
 * const utc: PeriodOptions = { timeZone: "UTC" }
 * periodOf("2024-11-18T00:00:00+07:00", "week")      //=> "2024-W47"
 * periodOf("2024-11-18T00:00:00+07:00", "week", utc) //=> "2024-W46"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PeriodOptions extends TimeZoneOptions, SchoolYearOptions {}

/**
 * A period id read into its parts. `year` of a week is its ISO
 * week-numbering year; `startYear` of a semester or school year is the
 * year it opens in.
 *
 * @example
 * ```ts
 * const day: ParsedPeriod | undefined = parsePeriodId("2024-11-12")
 * //=> { kind: "day", id: "2024-11-12", year: 2024, month: 11, day: 12 }
 * parsePeriodId("2024-2025") //=> { kind: "school-year", id: "2024-2025", startYear: 2024 }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ParsedPeriod =
  | { readonly kind: "day"; readonly id: string; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: "week"; readonly id: string; readonly year: number; readonly week: number }
  | { readonly kind: "month"; readonly id: string; readonly year: number; readonly month: number }
  | {
      readonly kind: "semester"
      readonly id: string
      readonly schoolYear: string
      readonly startYear: number
      readonly semester: 1 | 2
    }
  | { readonly kind: "school-year"; readonly id: string; readonly startYear: number }

const zoneOf = (options: TimeZoneOptions): string => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  assertTimeZone(timeZone)
  return timeZone
}

const tableOf = (options: SchoolYearOptions): ReadonlyArray<SchoolYearEntry> =>
  options.schoolYears ?? DEFAULT_SCHOOL_YEARS

const kindOrThrow = (kind: PeriodKind): PeriodKind => {
  if (!PERIOD_KINDS.includes(kind)) throw new RangeError(`Unknown period kind: ${String(kind)} (expected one of ${PERIOD_KINDS.join(", ")}).`)
  return kind
}

/**
 * Reads a period id into its parts, or `undefined` when it is not a valid
 * id (`2024-W54`, `2024-13`, `2024-2026`, `2024-2025/HK3`, …).
 *
 * @example
 * ```ts
 * parsePeriodId("2024-W46")      //=> { kind: "week", id: "2024-W46", year: 2024, week: 46 }
 * parsePeriodId("2024-2025/HK2") //=> { kind: "semester", id: "2024-2025/HK2", schoolYear: "2024-2025", startYear: 2024, semester: 2 }
 * parsePeriodId("2024-W53")      //=> undefined (2024 has 52 ISO weeks)
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parsePeriodId = (id: string): ParsedPeriod | undefined => parsePeriod(id)

/**
 * The kind of a period id, or `undefined` when it is not a valid id.
 *
 * @example
 * ```ts
 * periodKindOf("2024-11")   //=> "month"
 * periodKindOf("2024-2025") //=> "school-year"
 * periodKindOf("tuần 46")   //=> undefined
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const periodKindOf = (id: string): PeriodKind | undefined => parsePeriod(id)?.kind

/**
 * The id of the period of a kind that holds an instant, in the policy's
 * time zone.
 *
 * @example
 * ```ts
 * periodOf("2024-11-12T09:00:00+07:00", "week")          //=> "2024-W46"
 * periodOf("2024-11-17T23:59:59+07:00", "week")          //=> "2024-W46" (Sunday night)
 * periodOf("2024-11-18T00:00:00+07:00", "week")          //=> "2024-W47"
 * periodOf("2024-11-18T00:00:00+07:00", "week", { timeZone: "UTC" }) //=> "2024-W46"
 * periodOf("2025-07-15T10:00:00+07:00", "semester")      //=> "2024-2025/HK2" (summer)
 * ```
 * @since 0.1.0
 * @category getters
 */
export const periodOf = (instant: InstantInput, kind: PeriodKind, options: PeriodOptions = {}): string => {
  const timeZone = zoneOf(options)
  const at = instantOrThrow(instant, { timeZone })
  return periodIdAtDays(localDays(at, timeZone), kindOrThrow(kind), tableOf(options))
}

/**
 * The instants a period covers, `end` exclusive.
 *
 * @example
 * ```ts
 * periodBounds("2024-W46")
 * //=> { start: 1731258000000, end: 1731862800000 } (2024-11-11T00:00+07:00 to 2024-11-18T00:00+07:00)
 * periodBounds("2024-2025/HK1")
 * //=> { start: 1725469200000, end: 1737306000000 } (2024-09-05T00:00+07:00 to 2025-01-20T00:00+07:00)
 * ```
 * @since 0.1.0
 * @category getters
 */
export const periodBounds = (id: string, options: PeriodOptions = {}): PeriodBounds => {
  const timeZone = zoneOf(options)
  const days = periodDays(parsePeriodOrThrow(id), tableOf(options))
  return { start: startOfLocalDays(days.first, timeZone), end: startOfLocalDays(days.end, timeZone) }
}

/**
 * True when an instant falls within a period.
 *
 * @example
 * ```ts
 * periodContains("2024-11", "2024-11-30T23:59:59.999+07:00") //=> true
 * periodContains("2024-11", "2024-12-01T00:00:00+07:00")     //=> false
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const periodContains = (id: string, instant: InstantInput, options: PeriodOptions = {}): boolean => {
  const { start, end } = periodBounds(id, options)
  const at = instantOrThrow(instant, { timeZone: zoneOf(options) })
  return at >= start && at < end
}

/**
 * The period right after one of the same kind.
 *
 * @example
 * ```ts
 * nextPeriod("2024-W52")      //=> "2025-W01"
 * nextPeriod("2024-12")       //=> "2025-01"
 * nextPeriod("2024-2025/HK2") //=> "2025-2026/HK1"
 * ```
 * @since 0.1.0
 * @category navigation
 */
export const nextPeriod = (id: string): string => shiftPeriod(parsePeriodOrThrow(id), 1)

/**
 * The period right before one of the same kind.
 *
 * @example
 * ```ts
 * previousPeriod("2021-W01")      //=> "2020-W53"
 * previousPeriod("2024-03-01")    //=> "2024-02-29"
 * previousPeriod("2025-2026/HK1") //=> "2024-2025/HK2"
 * ```
 * @since 0.1.0
 * @category navigation
 */
export const previousPeriod = (id: string): string => shiftPeriod(parsePeriodOrThrow(id), -1)

/**
 * Every period of a kind that overlaps the range `[from, to)`, in order;
 * empty when `to` is not after `from`. A local date (`2024-11-01`) means its
 * local midnight.
 *
 * @example
 * ```ts
 * // The ISO weeks a monthly report for November 2024 covers:
 * periodsBetween("2024-11-01", "2024-12-01", "week")
 * //=> ["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"]
 * ```
 * @since 0.1.0
 * @category getters
 */
export const periodsBetween = (
  from: InstantInput,
  to: InstantInput,
  kind: PeriodKind,
  options: PeriodOptions = {},
): ReadonlyArray<string> => {
  const timeZone = zoneOf(options)
  const table = tableOf(options)
  const start = instantOrThrow(from, { timeZone })
  const end = instantOrThrow(to, { timeZone })
  kindOrThrow(kind)
  if (!(end > start)) return []
  // The last instant of the range is end − 1 ms: its local day is the last
  // one the range touches.
  const lastDay = localDays(end - 1, timeZone)
  const ids: Array<string> = []
  for (let day = localDays(start, timeZone); day <= lastDay; ) {
    const id = periodIdAtDays(day, kind, table)
    ids.push(id)
    day = periodDays(parsePeriodOrThrow(id), table).end
  }
  return ids
}
