/**
 * Local calendar dates `YYYY-MM-DD`: the day arithmetic and the wording the
 * hierarchy needs. Dates compare as strings; arithmetic goes through UTC so
 * the machine's zone never enters.
 */
import { addDays, formatShortDate, isLocalDate, type LocalDate } from "@lantoa/core"

/** The last date lantoa can step past: `nextDay` of it has no 4-digit year. */
const LAST_DATE = "9999-12-31"

/** Throws for a value that is not a real date `YYYY-MM-DD`: passing one is a programming error. */
export const assertLocalDate = (value: unknown, where: string): LocalDate => {
  if (!isLocalDate(value)) {
    throw new RangeError(`${where}: expected a local date YYYY-MM-DD, got ${JSON.stringify(value)}`)
  }
  return value
}

/** The day after `date`, or undefined after 9999-12-31 (an end that never comes). */
export const nextDay = (date: LocalDate): LocalDate | undefined => (date >= LAST_DATE ? undefined : addDays(date, 1))

/** The day before `date`. */
export const previousDay = (date: LocalDate): LocalDate => addDays(date, -1)

/** `2025-07-01` → `01/07/2025`, the way Vietnamese offices write a date in a table. */
const viDate = (date: LocalDate): string => formatShortDate(date)

/** A closed range of dates; an absent bound is open. */
export interface DateRange {
  readonly from?: LocalDate | undefined
  readonly to?: LocalDate | undefined
}

/** "từ ngày 01/07/2025 đến ngày 30/06/2026" and its English twin. */
export const rangeText = (range: DateRange): { readonly vi: string; readonly en: string } => {
  const { from, to } = range
  if (from !== undefined && to !== undefined) {
    if (from === to) return { vi: `ngày ${viDate(from)}`, en: `on ${from}` }
    return { vi: `từ ngày ${viDate(from)} đến ngày ${viDate(to)}`, en: `from ${from} to ${to}` }
  }
  if (from !== undefined) return { vi: `từ ngày ${viDate(from)}`, en: `from ${from}` }
  if (to !== undefined) return { vi: `đến ngày ${viDate(to)}`, en: `until ${to}` }
  return { vi: "mọi ngày", en: "at all times" }
}

/** The later of two lower bounds (undefined = −∞). */
export const laterStart = (a: LocalDate | undefined, b: LocalDate | undefined): LocalDate | undefined =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b

/** The earlier of two upper bounds (undefined = +∞). */
export const earlierEnd = (a: LocalDate | undefined, b: LocalDate | undefined): LocalDate | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b

/** The intersection of two ranges, or undefined when they share no day. */
export const intersect = (a: DateRange, b: DateRange): DateRange | undefined => {
  const from = laterStart(a.from, b.from)
  const to = earlierEnd(a.to, b.to)
  return from !== undefined && to !== undefined && from > to ? undefined : { from, to }
}

/** True when `date` falls in the range. */
export const rangeHas = (range: DateRange, date: LocalDate): boolean =>
  (range.from === undefined || range.from <= date) && (range.to === undefined || date <= range.to)
