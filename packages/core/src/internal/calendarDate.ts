/**
 * Calendar dates as day numbers (days since 1970-01-01 in the proleptic
 * Gregorian calendar), and the step between a local day and the instant it
 * starts in a zone.
 *
 * Periods are built from whole local days, so working on day numbers keeps
 * every rule (ISO weeks, month ends, school-year frames) exact integer
 * arithmetic, independent of the machine's zone and of `Date`'s quirks
 * (`Date.UTC` reads years 0–99 as 1900–1999).
 *
 * @internal
 */
import { fixedOffsetMinutes, instantFromLocal, offsetMinutesAt } from "./timeZone.js"

/** Milliseconds in a day without a clock change. */
export const MS_PER_DAY = 86_400_000

/** A calendar date; months are 1–12. */
export interface CivilDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** Days since 1970-01-01 of a date, by Howard Hinnant's `days_from_civil`. */
export const daysFromCivil = (year: number, month: number, day: number): number => {
  // Counting years from March puts the leap day last, so every earlier month
  // has a fixed length.
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const monthFromMarch = month > 2 ? month - 3 : month + 9
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The date of a day number: the inverse of {@link daysFromCivil}. */
export const civilFromDays = (days: number): CivilDate => {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const isoWeekday = (days: number): number => ((((days + 3) % 7) + 7) % 7) + 1

/** Number of days in a month of a year. */
export const daysInMonth = (year: number, month: number): number =>
  daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1)

/** The ISO week-numbering year and week of a day: the week belongs to the year of its Thursday. */
export const isoWeekOfDays = (days: number): { readonly year: number; readonly week: number } => {
  const thursday = days - isoWeekday(days) + 4
  const year = civilFromDays(thursday).year
  return { year, week: Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1 }
}

/** Day number of the Monday that starts an ISO week (week 1 is the week with 4 January). */
export const mondayOfIsoWeek = (year: number, week: number): number => {
  const january4 = daysFromCivil(year, 1, 4)
  return january4 - isoWeekday(january4) + 1 + (week - 1) * 7
}

/** 52 or 53: 28 December is always in the last ISO week of its year. */
export const isoWeeksInYear = (year: number): number => isoWeekOfDays(daysFromCivil(year, 12, 28)).week

const pad = (value: number, width = 2): string => String(value).padStart(width, "0")

/** `YYYY-MM-DD` of a day number. */
export const formatDays = (days: number): string => {
  const { year, month, day } = civilFromDays(days)
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Day number of a `YYYY-MM-DD` date, or undefined if it is not a real date. */
export const parseDays = (text: string): number | undefined => {
  const match = LOCAL_DATE.exec(text)
  if (match === null) return undefined
  return validDays(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** Day number of a date given as numbers, or undefined if there is no such date. */
export const validDays = (year: number, month: number, day: number): number | undefined => {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return daysFromCivil(year, month, day)
}

/** The local day number of an instant in a zone. */
export const localDays = (instant: number, timeZone: string): number =>
  Math.floor((instant + offsetMinutesAt(instant, timeZone) * 60_000) / MS_PER_DAY)

/**
 * The first instant of a local day. Where midnight is skipped by a clock
 * change the day starts at the change itself, when local time first reads
 * that date.
 */
export const startOfLocalDays = (days: number, timeZone: string): number => {
  const fixed = fixedOffsetMinutes(timeZone)
  if (fixed !== undefined) return days * MS_PER_DAY - fixed * 60_000
  const { year, month, day } = civilFromDays(days)
  return instantFromLocal(timeZone, year, month, day)
}
