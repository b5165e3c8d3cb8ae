/**
 * The dates a task falls due on, as epoch days with the key that names each
 * occurrence.
 *
 * @internal
 */
import { periodOf } from "@lantoa/core"
import type { DeadlineTask } from "../DeadlineTask.js"
import { schoolYearEventDate, type SchoolCalendarOptions } from "../SchoolCalendar.js"
import { dateOf, daysOf, yearOf } from "./days.js"
import { expandRecurrence, parseRecurrenceRule } from "./rrule.js"

/** One occurrence before it becomes public: its key (`2024-11`, `2024-W46`, `2024-2025`, a date) and last on-time day. */
export interface RawOccurrence {
  readonly key: string
  readonly day: number
  readonly schoolYear?: string
}

/** Which occurrences to list: days (inclusive) and, for school-year events, start years of school years (inclusive). */
export interface ExpandWindow {
  readonly firstDay: number
  readonly lastDay: number
  readonly firstSchoolYear?: number
  readonly lastSchoolYear?: number
}

const monthKey = (day: number): string => dateOf(day).slice(0, 7)

const lastDayOfMonth = (month: string): number => {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number]
  const next = monthNumber === 12 ? `${String(year + 1).padStart(4, "0")}-01-01` : `${month.slice(0, 5)}${String(monthNumber + 1).padStart(2, "0")}-01`
  return daysOf(next, "month") - 1
}

const schoolYearId = (startYear: number): string => `${startYear}-${startYear + 1}`

/** The occurrences of a task inside a window, by date. */
export const expandTask = (task: DeadlineTask, window: ExpandWindow, options: SchoolCalendarOptions): ReadonlyArray<RawOccurrence> => {
  const validFrom = task.validFrom === undefined ? -Infinity : daysOf(task.validFrom, "validFrom")
  const validTo = task.validTo === undefined ? Infinity : daysOf(task.validTo, "validTo")
  const inDays = (day: number): boolean =>
    day >= window.firstDay && day <= window.lastDay && day >= validFrom && day <= validTo
  const due = task.due
  switch (due.type) {
    case "date": {
      const day = daysOf(due.date, "due.date")
      return inDays(day) ? [{ key: due.date, day }] : []
    }
    case "before": {
      const day = daysOf(due.date, "due.date") - 1
      return inDays(day) ? [{ key: dateOf(day), day }] : []
    }
    case "month": {
      const day = lastDayOfMonth(due.month)
      return inDays(day) ? [{ key: due.month, day }] : []
    }
    case "recurring": {
      const parsed = parseRecurrenceRule(due.rrule)
      if ("problem" in parsed) return []
      const { rule } = parsed
      const start = daysOf(due.start, "due.start")
      const days = expandRecurrence(rule, start, window.lastDay).filter(inDays)
      // One occurrence a week or a month is named by its week or month; several by their dates.
      const key =
        rule.freq === "WEEKLY" && rule.byDay.length <= 1
          ? (day: number) => periodOf(dateOf(day), "week", { timeZone: "UTC" })
          : rule.freq === "MONTHLY" && rule.byMonthDay.length <= 1
            ? monthKey
            : dateOf
      return days.map((day) => ({ key: key(day), day }))
    }
    case "school-year-event": {
      const first = window.firstSchoolYear ?? (Number.isFinite(window.firstDay) ? yearOf(window.firstDay) - 2 : NaN)
      const last = window.lastSchoolYear ?? (Number.isFinite(window.lastDay) ? yearOf(window.lastDay) + 1 : NaN)
      const listed = due.schoolYears === undefined ? undefined : new Set(due.schoolYears)
      const out: Array<RawOccurrence> = []
      for (let year = first; year <= last; year++) {
        const id = schoolYearId(year)
        if (listed !== undefined && !listed.has(id)) continue
        const day = daysOf(schoolYearEventDate(id, due.event, options), "event") + due.offsetDays
        if (inDays(day)) out.push({ key: id, day, schoolYear: id })
      }
      return out.sort((a, b) => a.day - b.day)
    }
  }
}
