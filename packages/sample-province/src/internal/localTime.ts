/**
 * Local dates and times in Vietnam (UTC+7, no DST) as integers: a day is a
 * count of days since 1970-01-01, a time a count of seconds in that day.
 * The generator writes over a million instants per school year, so it never
 * touches `Date` or `Intl` per activity: ISO strings are assembled from
 * cached day prefixes and two-digit tables.
 *
 * @internal
 */
import { epochDayOf, isLocalDate, isoWeekdayOf, localDateOfEpochDay, localDateParts, periodOf } from "@lantoa/core"

/** Seconds in a day. */
export const DAY_SECONDS = 86_400

/** The day number of a `YYYY-MM-DD` date, or `undefined` if it is not a real date. */
export const parseLocalDate = (text: string): number | undefined => (isLocalDate(text) ? epochDayOf(text) : undefined)

/** The month (1–12) of a day number. */
export const monthOf = (days: number): number => localDateParts(localDateOfEpochDay(days)).month

/** Two-digit strings "00" … "99". */
export const TWO_DIGITS: ReadonlyArray<string> = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`))

const two = (n: number): string => TWO_DIGITS[n] as string

/** The Monday that starts the ISO week of a day. */
export const mondayOf = (days: number): number => days - isoWeekdayOf(localDateOfEpochDay(days)) + 1

/** The ISO week-year and week number of the week starting on `monday` (from core's period id, `2024-W46`). */
export const isoWeekOf = (monday: number): { readonly year: number; readonly week: number } => {
  const id = periodOf(localDateOfEpochDay(monday), "week", { timeZone: "UTC" })
  return { year: Number(id.slice(0, 4)), week: Number(id.slice(6)) }
}

let clock: ReadonlyArray<string> | undefined

/**
 * `HH:MM:SS+07:00` for every second of a day, built once (86,400 short
 * strings, about 3 MB): formatting an instant is then one concatenation.
 */
const clockTable = (): ReadonlyArray<string> => {
  if (clock === undefined) {
    const table = new Array<string>(DAY_SECONDS)
    for (let s = 0; s < DAY_SECONDS; s++) {
      table[s] = `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}+07:00`
    }
    clock = table
  }
  return clock
}

/**
 * A formatter of local times as ISO 8601 strings with the fixed `+07:00`
 * offset, e.g. `2024-11-12T09:00:00+07:00`. Each date is formatted once.
 */
export const instantFormatter = (): ((days: number, seconds: number) => string) => {
  const prefixes = new Map<number, string>()
  const times = clockTable()
  return (days, seconds) => {
    let day = days
    let s = seconds
    if (s >= DAY_SECONDS || s < 0) {
      const shift = Math.floor(s / DAY_SECONDS)
      day += shift
      s -= shift * DAY_SECONDS
    }
    let prefix = prefixes.get(day)
    if (prefix === undefined) {
      prefix = `${localDateOfEpochDay(day)}T`
      prefixes.set(day, prefix)
    }
    return prefix + (times[s] as string)
  }
}
