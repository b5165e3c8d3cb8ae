/**
 * The range an evaluation covers, from the caller's options: one period id,
 * or `from`/`to` instants (or period ids, from the start of the first to the
 * end of the last).
 */
import {
  DEFAULT_TIME_ZONE,
  instantOrThrow,
  periodBounds,
  periodKindOf,
  type Instant,
  type InstantInput,
  type PeriodOptions,
} from "@lantoa/core"

/** What a caller may pass: `{ period }` or `{ from, to }`. */
export interface RangeInput {
  readonly period?: string | undefined
  readonly from?: InstantInput | undefined
  readonly to?: InstantInput | undefined
}

// A day id (`2024-11-12`) is also a local date: read as an instant it is its
// local midnight, so only the longer period ids are read as periods.
const asPeriod = (value: InstantInput): string | undefined =>
  typeof value === "string" && periodKindOf(value) !== undefined && periodKindOf(value) !== "day" ? value : undefined

/** `[from, to)` as instants; throws a `RangeError` for a bad range (a caller's bug). */
export const resolveRange = (
  input: RangeInput,
  options: PeriodOptions,
  caller: string,
): { readonly from: Instant; readonly to: Instant } => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  if (input.period !== undefined) {
    if (input.from !== undefined || input.to !== undefined) throw new RangeError(`${caller}: give either a period or from and to, not both.`)
    const bounds = periodBounds(input.period, options)
    return { from: bounds.start, to: bounds.end }
  }
  if (input.from === undefined || input.to === undefined) {
    throw new RangeError(`${caller}: give either a period or both from and to.`)
  }
  const fromPeriod = asPeriod(input.from)
  const toPeriod = asPeriod(input.to)
  const from = fromPeriod === undefined ? instantOrThrow(input.from, { timeZone }) : periodBounds(fromPeriod, options).start
  const to = toPeriod === undefined ? instantOrThrow(input.to, { timeZone }) : periodBounds(toPeriod, options).end
  if (!(to > from)) throw new RangeError(`${caller}: the range is empty (to is not after from).`)
  return { from, to }
}
