/**
 * The occurrences of deadline tasks in a range of time: each time a task
 * falls due, with a stable id and the instant it is due.
 *
 * @since 0.1.0
 * @module
 */
import {
  DEFAULT_TIME_ZONE,
  dueAt,
  formatInstant,
  instantOrThrow,
  localDateOf,
  periodBounds,
  type Instant,
  type InstantInput,
  type LocalDate,
  type TimeZoneOptions,
} from "@lantoa/core"
import type { DeadlineTask } from "./DeadlineTask.js"
import { dateOf, daysOf } from "./internal/days.js"
import { expandTask, type RawOccurrence } from "./internal/expand.js"
import { SCHOOL_YEARS, type SchoolCalendarOptions } from "./SchoolCalendar.js"

/**
 * One time a task falls due.
 *
 * @example
 * ```ts
 * const occurrence: Occurrence = occurrencesOf([monthlyReport], { period: "2024-11" })[0]!
 * occurrence.id    //=> "report-monthly@2024-11"
 * occurrence.date  //=> "2024-11-30" (the last day on time)
 * occurrence.due   //=> "2024-11-30T23:59:59.999+07:00"
 * occurrence.dueAt //=> 1732985999999
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Occurrence {
  /**
   * `<task id>@<key>`, stable across runs: the key is the date for a one-off
   * task (`setup-groups@2024-11-05`, `report-setup@2024-11-15` for "trước
   * ngày 16/11"), the month for a month task or a monthly rule with one day
   * (`report-monthly@2024-11`), the ISO week for a weekly rule with one day
   * (`weekly-check@2024-W46`), the school year for a school-year event
   * (`review-hk1@2024-2025`), and the date otherwise.
   */
  readonly id: string
  readonly task: DeadlineTask
  /** The last local day on which the task is on time. */
  readonly date: LocalDate
  /** The due instant: the end of `date` in the zone, epoch ms. */
  readonly dueAt: Instant
  /** The due instant as ISO 8601 with the zone's offset: `2024-11-15T23:59:59.999+07:00`. */
  readonly due: string
  /** For a school-year event: the school year, `2024-2025`. */
  readonly schoolYear?: string
}

/**
 * The range of due instants to list and the calendar to list them with:
 * either `period` (a core period id: `2024-11`, `2024-W46`,
 * `2024-2025/HK1`…) or `from` and `to` (instants; a local date is its local
 * midnight; `to` is exclusive). An occurrence is in the range when its due
 * instant is — so November is `{ period: "2024-11" }` or `{ from:
 * "2024-11-01", to: "2024-12-01" }`.
 *
 * @example
 * ```ts
 * const november: OccurrencesOptions = { period: "2024-11" }
 * const semester: OccurrencesOptions = { from: "2024-09-05", to: "2025-01-20", timeZone: "Asia/Ho_Chi_Minh" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface OccurrencesOptions extends SchoolCalendarOptions, TimeZoneOptions {
  readonly period?: string
  readonly from?: InstantInput
  readonly to?: InstantInput
}

/** The instant range `[start, end)` of the options. */
export const rangeOf = (options: OccurrencesOptions, where: string): { readonly start: Instant; readonly end: Instant } => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  if (options.period !== undefined) {
    if (options.from !== undefined || options.to !== undefined)
      throw new RangeError(`${where}: give either period or from and to, not both.`)
    return periodBounds(options.period, { timeZone, schoolYears: options.schoolYears ?? SCHOOL_YEARS })
  }
  if (options.from === undefined || options.to === undefined)
    throw new RangeError(`${where}: give a period, or both from and to.`)
  return { start: instantOrThrow(options.from, { timeZone }), end: instantOrThrow(options.to, { timeZone }) }
}

/** Makes a public occurrence from a raw one. */
export const toOccurrence = (task: DeadlineTask, raw: RawOccurrence, timeZone: string): Occurrence => {
  const date = dateOf(raw.day)
  const instant = dueAt({ on: date }, { timeZone })
  const occurrence = { id: `${task.id}@${raw.key}`, task, date, dueAt: instant, due: formatInstant(instant, { timeZone }) }
  return raw.schoolYear === undefined ? occurrence : { ...occurrence, schoolYear: raw.schoolYear }
}

/** Orders occurrences by due instant, then task id. */
export const byDue = (a: Occurrence, b: Occurrence): number =>
  a.dueAt - b.dueAt || (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0)

/**
 * Every occurrence of the tasks whose due instant falls in a range, ordered
 * by due instant, then task id. Dates are computed in `timeZone` (default
 * `Asia/Ho_Chi_Minh`); school-year events use the school calendar of the
 * options (default `SCHOOL_YEARS`, with any overrides). Throws a
 * `RangeError` for a range that is neither a period nor `from`/`to`, or an
 * unknown zone.
 *
 * @example
 * ```ts
 * const { tasks } = parseDeadlineTasks([
 *   { id: "report-monthly", title: { vi: "Báo cáo kết quả thực hiện mô hình hằng tháng" }, owners: { type: "kinds" },
 *     due: { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-12-01" } },
 *   { id: "review-hk1", title: { vi: "Sơ kết học kỳ I" }, owners: { type: "kinds" },
 *     due: { type: "school-year-event", event: "semester1-end" } },
 * ])
 * occurrencesOf(tasks, { from: "2024-12-01", to: "2025-02-01" }).map((occurrence) => [occurrence.id, occurrence.due])
 * //=> [["report-monthly@2024-12", "2024-12-31T23:59:59.999+07:00"],
 * //    ["review-hk1@2024-2025", "2025-01-17T23:59:59.999+07:00"],
 * //    ["report-monthly@2025-01", "2025-01-31T23:59:59.999+07:00"]]
 * ```
 * @since 0.1.0
 * @category getters
 */
export const occurrencesOf = (tasks: ReadonlyArray<DeadlineTask>, options: OccurrencesOptions): ReadonlyArray<Occurrence> => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const { start, end } = rangeOf(options, "occurrencesOf")
  if (!(end > start)) return []
  // Candidate days with a day's margin either side; the instant check decides.
  const firstDay = daysOf(localDateOf(start, { timeZone }), "occurrencesOf") - 1
  const lastDay = daysOf(localDateOf(end, { timeZone }), "occurrencesOf") + 1
  const out: Array<Occurrence> = []
  for (const task of tasks) {
    for (const raw of expandTask(task, { firstDay, lastDay }, options)) {
      const occurrence = toOccurrence(task, raw, timeZone)
      if (occurrence.dueAt >= start && occurrence.dueAt < end) out.push(occurrence)
    }
  }
  return out.sort(byDue)
}
