/**
 * A period index: the periods of one kind over a range, built once, that
 * then buckets instants into them with no time-zone conversion per instant.
 *
 * A province-year is one to two million activities; converting each one to
 * local time through `Intl` would dominate an evaluation. The index does the
 * zone work once per period boundary instead:
 *
 * - in a zone with a fixed offset (Vietnam, UTC) an instant's local day is
 *   `floor((t + offset) / 1 day)`, looked up in a day → period table;
 * - in any other zone (DST), a binary search over the precomputed period
 *   starts.
 *
 * @since 0.1.0
 * @module
 */
import { DEFAULT_TIME_ZONE, instantOrThrow, toInstant, type Instant, type InstantInput } from "./Instant.js"
import { periodsBetween, type PeriodBounds, type PeriodKind, type PeriodOptions } from "./Period.js"
import { DEFAULT_SCHOOL_YEARS } from "./SchoolYear.js"
import { MS_PER_DAY, startOfLocalDays } from "./internal/calendarDate.js"
import { parsePeriodOrThrow, periodDays, type DayRange } from "./internal/periods.js"
import { fixedOffsetMinutes } from "./internal/timeZone.js"

/**
 * What {@link createPeriodIndex} needs: the kind, the range `[from, to)`
 * whose overlapping periods are indexed, and the usual period options.
 *
 * @example
 * ```ts
 * const options: PeriodIndexOptions = { kind: "month", from: "2024-09-05", to: "2025-01-20" }
 * createPeriodIndex(options).periods //=> ["2024-09", "2024-10", "2024-11", "2024-12", "2025-01"]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PeriodIndexOptions extends PeriodOptions {
  readonly kind: PeriodKind
  readonly from: InstantInput
  readonly to: InstantInput
}

/**
 * Periods of one kind, in order, with a fast lookup. It covers whole
 * periods: from the start of the one holding `from` to the end of the one
 * holding the range's last instant.
 *
 * @example
 * ```ts
 * const index: PeriodIndex = createPeriodIndex({ kind: "week", from: "2024-11-12", to: "2024-11-13" })
 * index.periods              //=> ["2024-W46"]
 * formatInstant(index.start) //=> "2024-11-11T00:00:00.000+07:00" (the whole week, from Monday)
 * formatInstant(index.end)   //=> "2024-11-18T00:00:00.000+07:00"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PeriodIndex {
  readonly kind: PeriodKind
  readonly timeZone: string
  /** Period ids in order. */
  readonly periods: ReadonlyArray<string>
  /** `bounds[i]` are the bounds of `periods[i]`. */
  readonly bounds: ReadonlyArray<PeriodBounds>
  /** Start of the first period (inclusive) … */
  readonly start: Instant
  /** … and end of the last one (exclusive). */
  readonly end: Instant
  /** The position in `periods` of the period holding an instant, or −1 outside the index. */
  readonly indexOf: (instant: Instant) => number
  /** The id of the period holding an instant, or `undefined` outside the index or for an invalid instant. */
  readonly periodAt: (instant: InstantInput) => string | undefined
}

const dayTableLookup = (ranges: ReadonlyArray<DayRange>, offsetMinutes: number, start: Instant, end: Instant) => {
  const firstDay = ranges[0]?.first ?? 0
  const table = new Int32Array((ranges.at(-1)?.end ?? firstDay) - firstDay)
  ranges.forEach((range, index) => table.fill(index, range.first - firstDay, range.end - firstDay))
  const offset = offsetMinutes * 60_000
  // `!(a && b)` also sends NaN to −1.
  return (instant: Instant): number =>
    !(instant >= start && instant < end) ? -1 : (table[Math.floor((instant + offset) / MS_PER_DAY) - firstDay] ?? -1)
}

const binarySearchLookup = (starts: Float64Array, end: Instant) => {
  const last = starts.length - 1
  return (instant: Instant): number => {
    if (!(instant >= (starts[0] ?? end) && instant < end)) return -1
    // The last period whose start is at or before the instant.
    let low = 0
    let high = last
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if ((starts[middle] ?? end) <= instant) low = middle
      else high = middle - 1
    }
    return low
  }
}

/**
 * Builds an index of the periods of a kind that overlap `[from, to)`.
 * Throws a `RangeError` for an unknown zone or an invalid `from`/`to`.
 *
 * @example
 * ```ts
 * const weeks = createPeriodIndex({ kind: "week", from: "2024-11-01", to: "2024-12-01" })
 * weeks.periods                                                    //=> ["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"]
 * weeks.indexOf(Date.parse("2024-11-12T09:00:00+07:00"))           //=> 2
 * weeks.periodAt("2024-11-17T23:59:59+07:00")                      //=> "2024-W46"
 * weeks.periodAt("2025-01-01T00:00:00+07:00")                      //=> undefined
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const createPeriodIndex = (options: PeriodIndexOptions): PeriodIndex => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const schoolYears = options.schoolYears ?? DEFAULT_SCHOOL_YEARS
  const periods = periodsBetween(options.from, options.to, options.kind, { timeZone, schoolYears })
  const ranges = periods.map((id) => periodDays(parsePeriodOrThrow(id), schoolYears))
  const starts = Float64Array.from(ranges, (range) => startOfLocalDays(range.first, timeZone))
  const lastEnd = ranges.at(-1)?.end
  const start = starts[0] ?? instantOrThrow(options.from, { timeZone })
  const end = lastEnd === undefined ? start : startOfLocalDays(lastEnd, timeZone)
  const bounds = periods.map((_, index) => ({ start: starts[index] ?? end, end: starts[index + 1] ?? end }))
  const offset = fixedOffsetMinutes(timeZone)
  const indexOf =
    offset === undefined ? binarySearchLookup(starts, end) : dayTableLookup(ranges, offset, start, end)
  const periodAt = (instant: InstantInput): string | undefined => {
    const at = typeof instant === "number" ? instant : toInstant(instant, { timeZone })
    return at === undefined ? undefined : periods[indexOf(at)]
  }
  return { kind: options.kind, timeZone, periods, bounds, start, end, indexOf, periodAt }
}
