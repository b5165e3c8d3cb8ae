/**
 * Local dates as epoch days, through core's public helpers, with the
 * RangeError messages this package's callers see.
 *
 * @internal
 */
import { epochDayOf, isLocalDate, localDateOfEpochDay, localDateParts, type LocalDate } from "@lantoa/core"

/** Epoch day of a local date; throws a RangeError naming the function and argument for anything else. */
export const daysOf = (date: LocalDate, where: string): number => {
  if (!isLocalDate(date)) throw new RangeError(`${where}: expected a local date YYYY-MM-DD, got ${JSON.stringify(date)}.`)
  return epochDayOf(date)
}

/** The local date of an epoch day. */
export const dateOf = (days: number): LocalDate => localDateOfEpochDay(days)

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (days: number): number => ((((days + 3) % 7) + 7) % 7) + 1

/** The Monday that starts the ISO week holding an epoch day. */
export const mondayOf = (days: number): number => days - weekdayOf(days) + 1

/** Gregorian year of an epoch day. */
export const yearOf = (days: number): number => localDateParts(dateOf(days)).year

/** Checks an integer year inside a supported range. */
export const assertYear = (year: number, first: number, last: number, where: string): number => {
  if (!Number.isInteger(year) || year < first || year > last)
    throw new RangeError(`${where}: the year must be a whole number from ${first} to ${last}, got ${String(year)}.`)
  return year
}

/** Every epoch day from `from` to `to`, both inclusive. */
export const daysFromTo = (from: number, to: number): ReadonlyArray<number> => {
  const out: Array<number> = []
  for (let day = from; day <= to; day++) out.push(day)
  return out
}
