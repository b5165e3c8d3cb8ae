/**
 * Period ids and their local day ranges. Every period is a run of whole
 * local days `[first, end)`, whatever its kind; turning days into instants
 * in a zone is the caller's last step.
 *
 * @internal
 */
import type { ParsedPeriod, PeriodKind } from "../Period.js"
import type { SchoolYearEntry } from "../SchoolYear.js"
import {
  civilFromDays,
  daysFromCivil,
  formatDays,
  isoWeekOfDays,
  isoWeeksInYear,
  mondayOfIsoWeek,
  validDays,
} from "./calendarDate.js"
import { parseSchoolYearId, schoolYearAtDays, schoolYearDays, schoolYearId } from "./schoolYearTable.js"

/** A run of local days, `end` exclusive. */
export interface DayRange {
  readonly first: number
  readonly end: number
}

const DAY_ID = /^(\d{4})-(\d{2})-(\d{2})$/
const WEEK_ID = /^(\d{4})-W(\d{2})$/
const MONTH_ID = /^(\d{4})-(\d{2})$/
const SEMESTER_ID = /^(\d{4}-\d{4})\/HK([12])$/

const pad = (value: number, width = 2): string => String(value).padStart(width, "0")

// Ids carry four-digit years; a period outside 0000–9999 has no id.
const yearText = (year: number): string => {
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`Period outside the years 0000–9999 (year ${year}).`)
  return pad(year, 4)
}

const parseDay = (id: string): ParsedPeriod | undefined => {
  const match = DAY_ID.exec(id)
  if (match === null) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return validDays(year, month, day) === undefined ? undefined : { kind: "day", id, year, month, day }
}

const parseWeek = (id: string): ParsedPeriod | undefined => {
  const match = WEEK_ID.exec(id)
  if (match === null) return undefined
  const [year, week] = [Number(match[1]), Number(match[2])]
  return week >= 1 && week <= isoWeeksInYear(year) ? { kind: "week", id, year, week } : undefined
}

const parseMonth = (id: string): ParsedPeriod | undefined => {
  const match = MONTH_ID.exec(id)
  if (match === null) return undefined
  const [year, month] = [Number(match[1]), Number(match[2])]
  return month >= 1 && month <= 12 ? { kind: "month", id, year, month } : undefined
}

const parseSemester = (id: string): ParsedPeriod | undefined => {
  const match = SEMESTER_ID.exec(id)
  const schoolYear = match?.[1]
  const startYear = schoolYear === undefined ? undefined : parseSchoolYearId(schoolYear)
  if (match === null || schoolYear === undefined || startYear === undefined) return undefined
  return { kind: "semester", id, schoolYear, startYear, semester: match[2] === "1" ? 1 : 2 }
}

const parseSchoolYear = (id: string): ParsedPeriod | undefined => {
  const startYear = parseSchoolYearId(id)
  return startYear === undefined ? undefined : { kind: "school-year", id, startYear }
}

const PARSERS = [parseDay, parseWeek, parseMonth, parseSemester, parseSchoolYear] as const

/** Reads any period id, or undefined. */
export const parsePeriod = (id: string): ParsedPeriod | undefined => {
  if (typeof id !== "string") return undefined
  for (const parse of PARSERS) {
    const parsed = parse(id)
    if (parsed !== undefined) return parsed
  }
  return undefined
}

/** Reads a period id or throws the RangeError a caller's bug deserves. */
export const parsePeriodOrThrow = (id: string): ParsedPeriod => {
  const parsed = parsePeriod(id)
  if (parsed === undefined)
    throw new RangeError(
      `Not a period id: ${String(id)} (expected e.g. 2024-11-12, 2024-W46, 2024-11, 2024-2025/HK1 or 2024-2025).`,
    )
  return parsed
}

const monthRange = (year: number, month: number): DayRange => ({
  first: daysFromCivil(year, month, 1),
  end: month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1),
})

/** The local days a period covers. */
export const periodDays = (period: ParsedPeriod, schoolYears: ReadonlyArray<SchoolYearEntry>): DayRange => {
  switch (period.kind) {
    case "day": {
      const first = daysFromCivil(period.year, period.month, period.day)
      return { first, end: first + 1 }
    }
    case "week": {
      const first = mondayOfIsoWeek(period.year, period.week)
      return { first, end: first + 7 }
    }
    case "month":
      return monthRange(period.year, period.month)
    case "semester": {
      const frame = schoolYearDays(period.startYear, schoolYears)
      return period.semester === 1
        ? { first: frame.start, end: frame.semester2Start }
        : { first: frame.semester2Start, end: frame.nextStart }
    }
    case "school-year": {
      const frame = schoolYearDays(period.startYear, schoolYears)
      return { first: frame.start, end: frame.nextStart }
    }
  }
}

const weekId = (year: number, week: number): string => `${yearText(year)}-W${pad(week)}`
const monthId = (year: number, month: number): string => `${yearText(year)}-${pad(month)}`
const schoolYearText = (startYear: number): string => {
  yearText(startYear)
  yearText(startYear + 1)
  return schoolYearId(startYear)
}

/** The id of the period of a kind that holds a local day. */
export const periodIdAtDays = (days: number, kind: PeriodKind, schoolYears: ReadonlyArray<SchoolYearEntry>): string => {
  switch (kind) {
    case "day":
      yearText(civilFromDays(days).year)
      return formatDays(days)
    case "week": {
      const { year, week } = isoWeekOfDays(days)
      return weekId(year, week)
    }
    case "month": {
      const { year, month } = civilFromDays(days)
      return monthId(year, month)
    }
    case "semester": {
      const frame = schoolYearAtDays(days, schoolYears)
      return `${schoolYearText(frame.startYear)}/HK${days >= frame.semester2Start ? 2 : 1}`
    }
    case "school-year":
      return schoolYearText(schoolYearAtDays(days, schoolYears).startYear)
  }
}

/** The id `steps` periods after (or before, when negative) a period, by pure id arithmetic. */
export const shiftPeriod = (period: ParsedPeriod, steps: number): string => {
  switch (period.kind) {
    case "day": {
      const days = daysFromCivil(period.year, period.month, period.day) + steps
      yearText(civilFromDays(days).year)
      return formatDays(days)
    }
    case "week": {
      const { year, week } = isoWeekOfDays(mondayOfIsoWeek(period.year, period.week) + 7 * steps)
      return weekId(year, week)
    }
    case "month": {
      const months = period.year * 12 + period.month - 1 + steps
      return monthId(Math.floor(months / 12), (((months % 12) + 12) % 12) + 1)
    }
    case "semester": {
      const halves = period.startYear * 2 + period.semester - 1 + steps
      return `${schoolYearText(Math.floor(halves / 2))}/HK${(((halves % 2) + 2) % 2) + 1}`
    }
    case "school-year":
      return schoolYearText(period.startYear + steps)
  }
}
