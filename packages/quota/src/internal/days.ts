/**
 * Day arithmetic on epoch days (days since 1970-01-01, local calendar):
 * validity ranges, exemptions and the days a subject owes in a period.
 * Ranges are inclusive at both ends, like the `validFrom`/`validTo` and
 * exemption dates they come from.
 */
import { epochDayOf, type LocalDate } from "@lantoa/core"

/** Stands for an open lower bound: before any real date. */
export const NO_START = -100_000_000
/** Stands for an open upper bound: after any real date. */
export const NO_END = 100_000_000

/** The epoch day of an optional bound (null or absent = open). */
export const startDay = (date: LocalDate | null | undefined): number => (date == null ? NO_START : epochDayOf(date))
export const endDay = (date: LocalDate | null | undefined): number => (date == null ? NO_END : epochDayOf(date))

/** Inclusive ranges of days, sorted by `from` and disjoint. */
export interface DaySpans {
  readonly from: Int32Array
  readonly to: Int32Array
}

/** Sorts ranges and merges those that overlap or touch, so no day is counted twice. */
export const mergeSpans = (spans: ReadonlyArray<{ readonly from: number; readonly to: number }>): DaySpans => {
  const sorted = [...spans].sort((a, b) => a.from - b.from)
  const from: Array<number> = []
  const to: Array<number> = []
  for (const span of sorted) {
    const last = to.length - 1
    if (last >= 0 && span.from <= (to[last] as number) + 1) to[last] = Math.max(to[last] as number, span.to)
    else {
      from.push(span.from)
      to.push(span.to)
    }
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to) }
}

/** The days of `[from, to]` that no span covers (0 when the range is empty). */
export const daysOutside = (from: number, to: number, spans: DaySpans): number => {
  if (from > to) return 0
  let days = to - from + 1
  for (let k = 0; k < spans.from.length; k++) {
    const lo = Math.max(from, spans.from[k] as number)
    const hi = Math.min(to, spans.to[k] as number)
    if (lo <= hi) days -= hi - lo + 1
  }
  return days
}

