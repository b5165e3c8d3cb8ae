/**
 * School-year frames as local day numbers, looked up in a caller's table
 * (validated once per table) or estimated by MOET's usual rules.
 *
 * @internal
 */
import type { SchoolYearEntry } from "../SchoolYear.js"
import { civilFromDays, daysFromCivil, formatDays, isoWeekday, parseDays } from "./calendarDate.js"

/** A school year's frame as day numbers; `nextStart` ends the year's periods (exclusive). */
export interface SchoolYearDays {
  readonly startYear: number
  readonly id: string
  readonly start: number
  readonly semester2Start: number
  readonly nextStart: number
  readonly entry: SchoolYearEntry
  readonly estimated: boolean
}

const pad4 = (year: number): string => String(year).padStart(4, "0")

/** `2024` → `"2024-2025"`. */
export const schoolYearId = (startYear: number): string => `${pad4(startYear)}-${pad4(startYear + 1)}`

const SCHOOL_YEAR_ID = /^(\d{4})-(\d{4})$/

/** The first calendar year of a school-year id such as `2024-2025`, or undefined. */
export const parseSchoolYearId = (id: string): number | undefined => {
  const match = SCHOOL_YEAR_ID.exec(id)
  if (match === null) return undefined
  const first = Number(match[1])
  return Number(match[2]) === first + 1 ? first : undefined
}

// MOET's yearly frame has kept the same shape for years: opening on 5
// September, semester I ending before 18 January, the year ending before 31
// May. Semester II starts on the first Monday on or after 18 January, the
// Monday after semester I's last possible day (20/01/2025, 19/01/2026).
const ESTIMATED_OPENING = { month: 9, day: 5 } as const
const ESTIMATED_SEMESTER1_END = { month: 1, day: 18 } as const
const ESTIMATED_END = { month: 5, day: 31 } as const

const firstMondayFrom = (days: number): number => days + ((8 - isoWeekday(days)) % 7)

/** The frame MOET's usual rules give a school year, marked `estimated`. */
export const estimatedEntry = (startYear: number): SchoolYearEntry => {
  const semester1End = daysFromCivil(startYear + 1, ESTIMATED_SEMESTER1_END.month, ESTIMATED_SEMESTER1_END.day)
  return {
    id: schoolYearId(startYear),
    start: formatDays(daysFromCivil(startYear, ESTIMATED_OPENING.month, ESTIMATED_OPENING.day)),
    semester1End: formatDays(semester1End),
    semester2Start: formatDays(firstMondayFrom(semester1End)),
    end: formatDays(daysFromCivil(startYear + 1, ESTIMATED_END.month, ESTIMATED_END.day)),
    estimated: true,
  }
}

interface Table {
  readonly entries: ReadonlyMap<number, SchoolYearEntry>
  readonly resolved: Map<number, SchoolYearDays>
}

const tables = new WeakMap<ReadonlyArray<SchoolYearEntry>, Table>()

const invalid = (id: string, problem: string): RangeError =>
  new RangeError(`School-year table: entry "${id}" ${problem}`)

const dateField = (entry: SchoolYearEntry, field: "start" | "semester1End" | "semester2Start" | "end"): number => {
  const text = entry[field] ?? ""
  const days = parseDays(text)
  if (days === undefined) throw invalid(entry.id, `has ${field} "${text}", not a YYYY-MM-DD date.`)
  return days
}

const checkEntry = (entry: SchoolYearEntry): number => {
  const startYear = parseSchoolYearId(entry.id)
  if (startYear === undefined) throw invalid(entry.id, `has an id that is not of the form 2024-2025.`)
  const start = dateField(entry, "start")
  const semester2Start = dateField(entry, "semester2Start")
  const end = dateField(entry, "end")
  if (civilFromDays(start).year !== startYear) throw invalid(entry.id, `starts on ${entry.start}, outside ${startYear}.`)
  if (semester2Start <= start) throw invalid(entry.id, `has semester2Start ${entry.semester2Start} not after its start.`)
  if (end <= semester2Start) throw invalid(entry.id, `has end ${entry.end} not after semester2Start.`)
  if (entry.semester1End !== undefined) {
    const semester1End = dateField(entry, "semester1End")
    if (semester1End <= start || semester1End > semester2Start)
      throw invalid(entry.id, `has semester1End ${entry.semester1End} outside (start, semester2Start].`)
  }
  return startYear
}

const entryOf = (table: Table, startYear: number): SchoolYearEntry =>
  table.entries.get(startYear) ?? estimatedEntry(startYear)

const startOf = (table: Table, startYear: number): number => parseDays(entryOf(table, startYear).start) ?? NaN

// Periods tile time only if each year's semester II and end come before the
// next year's start, whether that start is in the table or estimated.
const checkNeighbours = (table: Table): void => {
  for (const [startYear, entry] of table.entries) {
    const nextStart = startOf(table, startYear + 1)
    if ((parseDays(entry.semester2Start) ?? NaN) >= nextStart)
      throw invalid(entry.id, `has semester2Start ${entry.semester2Start} on or after the next year's start.`)
    if ((parseDays(entry.end) ?? NaN) > nextStart) throw invalid(entry.id, `ends ${entry.end}, after the next year's start.`)
    const previous = entryOf(table, startYear - 1)
    if ((parseDays(previous.semester2Start) ?? NaN) >= startOf(table, startYear))
      throw invalid(entry.id, `starts ${entry.start}, before semester II of ${previous.id} (${previous.semester2Start}).`)
  }
}

const tableOf = (list: ReadonlyArray<SchoolYearEntry>): Table => {
  let table = tables.get(list)
  if (table === undefined) {
    const entries = new Map<number, SchoolYearEntry>()
    for (const entry of list) {
      const startYear = checkEntry(entry)
      if (entries.has(startYear)) throw invalid(entry.id, `appears twice.`)
      entries.set(startYear, entry)
    }
    table = { entries, resolved: new Map() }
    checkNeighbours(table)
    tables.set(list, table)
  }
  return table
}

const resolve = (table: Table, startYear: number): SchoolYearDays => {
  const entry = entryOf(table, startYear)
  return {
    startYear,
    id: schoolYearId(startYear),
    start: parseDays(entry.start) ?? NaN,
    semester2Start: parseDays(entry.semester2Start) ?? NaN,
    nextStart: startOf(table, startYear + 1),
    entry,
    estimated: entry.estimated ?? !table.entries.has(startYear),
  }
}

/** The frame of the school year that starts in `startYear`. Throws a RangeError for an invalid table. */
export const schoolYearDays = (startYear: number, list: ReadonlyArray<SchoolYearEntry>): SchoolYearDays => {
  const table = tableOf(list)
  let days = table.resolved.get(startYear)
  if (days === undefined) {
    days = resolve(table, startYear)
    table.resolved.set(startYear, days)
  }
  return days
}

/** The school year a local day belongs to: the one whose start is the latest on or before it. */
export const schoolYearAtDays = (days: number, list: ReadonlyArray<SchoolYearEntry>): SchoolYearDays => {
  const year = civilFromDays(days).year
  const frame = schoolYearDays(year, list)
  return days >= frame.start ? frame : schoolYearDays(year - 1, list)
}
