/**
 * Deadline statuses: for each occurrence of a task and each unit that owes
 * it, whether it is done (on time or late), overdue, due soon or upcoming —
 * the `deadlines` of the v1 Report.
 *
 * **On time** means completed at or before the due instant: a completion at
 * 23:59 local time on the due day is on time, one at 00:01 the next day is
 * late.
 *
 * **Which occurrence a completion counts for.** A completion names its task
 * and unit, and optionally the occurrence (`occurrence:
 * "report-monthly@2024-11"`); a completion that names one counts for it.
 * The others count, in time order, each for the **earliest occurrence still
 * open** for that unit **whose window has opened**: an occurrence's window
 * opens when the one before it falls due (the first one's is always open).
 * So a November report sent on 5 December counts for November (late); a
 * second report sent on 29 November does not count for December, whose
 * window opens at the end of 30 November; a unit that skipped October and
 * sends one report in November has it counted for October, and November
 * stays open. Named completions are placed first. A completion after `now`
 * has not happened yet and is ignored.
 *
 * "Earliest open" needs to know where a task begins: a one-off task has one
 * occurrence, a recurring one starts at its `start` (or `validFrom`). A
 * school-year event repeats every year without a beginning, so unless the
 * task has a `validFrom` its occurrences are matched from the school year of
 * the unit's earliest completion on (a first completion made after the next
 * school year began counts for that next year's occurrence).
 *
 * @since 0.1.0
 * @module
 */
import {
  DEFAULT_TIME_ZONE,
  dataIssue,
  formatInstant,
  instantOrThrow,
  localDateOf,
  parseInstant,
  parseRecords,
  periodBounds,
  periodOf,
  sortIssues,
  type DataIssue,
  type Instant,
  type InstantInput,
  type LocalDate,
  type LocalizedText,
} from "@lantoa/core"
import { findUnit, isValidOn, parentOf, peopleWithRole, unitsOfKind, type Hierarchy, type Unit } from "@lantoa/hierarchy"
import { z } from "zod"
import type { DeadlineTask } from "./DeadlineTask.js"
import { daysOf } from "./internal/days.js"
import { expandTask, type ExpandWindow, type RawOccurrence } from "./internal/expand.js"
import { nonEmpty } from "./internal/schemas.js"
import { occurrencesOf, rangeOf, toOccurrence, type Occurrence, type OccurrencesOptions } from "./Occurrences.js"
import { SCHOOL_YEARS } from "./SchoolCalendar.js"

/**
 * The statuses of contract v1, in the order a reader meets them:
 *
 * - `upcoming`: not done, due later than `dueSoonDays` days from today;
 * - `due-soon`: not done, due today or within `dueSoonDays` days;
 * - `overdue`: not done, and the due instant has passed;
 * - `done-on-time`: completed at or before the due instant;
 * - `done-late`: completed after it.
 *
 * @example
 * ```ts
 * DEADLINE_STATUSES //=> ["upcoming", "due-soon", "overdue", "done-on-time", "done-late"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEADLINE_STATUSES = ["upcoming", "due-soon", "overdue", "done-on-time", "done-late"] as const

/**
 * One of {@link DEADLINE_STATUSES}.
 *
 * @example
 * ```ts
 * const status: DeadlineStatusKind = "done-on-time"
 * ```
 * @since 0.1.0
 * @category models
 */
export type DeadlineStatusKind = (typeof DEADLINE_STATUSES)[number]

/**
 * A completion on the wire (contract v1, `completions[]`): a unit did a task
 * at an instant (ISO 8601 with an offset, or epoch ms), optionally naming the
 * occurrence it is for.
 *
 * @example
 * ```ts
 * CompletionRecordSchema.parse({ task: "setup-groups", unit: "thcs-lac-son", at: "2024-11-04T10:00:00+07:00" })
 * CompletionRecordSchema.parse({ task: "report-monthly", unit: "pgd-lac-son", at: 1733356800000, occurrence: "report-monthly@2024-11" })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const CompletionRecordSchema = z.object({
  task: nonEmpty,
  unit: nonEmpty,
  // Checked by hand rather than as a union, so that a missing time reads
  // "thiếu trường bắt buộc" and a wrong one names what is expected.
  at: z.unknown().transform((value, ctx): string | number => {
    if (value === undefined) {
      ctx.addIssue({ code: "invalid_type", expected: "string", input: value })
      return z.NEVER
    }
    if ((typeof value === "string" && value.trim() !== "") || (typeof value === "number" && Number.isFinite(value))) return value
    ctx.addIssue({
      code: "custom",
      message: "expected an ISO 8601 time such as 2024-11-04T10:00:00+07:00, or epoch milliseconds.",
      params: { vi: "cần một thời điểm ISO 8601, ví dụ 2024-11-04T10:00:00+07:00, hoặc số mili giây.", code: "invalid-instant" },
    })
    return z.NEVER
  }),
  occurrence: nonEmpty.optional(),
})

/**
 * A completion as sent (see {@link CompletionRecordSchema}).
 *
 * @example
 * ```ts
 * const record: CompletionRecord = { task: "setup-groups", unit: "thcs-lac-son", at: "2024-11-04T10:00:00+07:00" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type CompletionRecord = Omit<z.input<typeof CompletionRecordSchema>, "at"> & { readonly at: string | number }

/**
 * A parsed completion: `at` in epoch ms.
 *
 * @example
 * ```ts
 * const completion: Completion = { task: "setup-groups", unit: "thcs-lac-son", at: 1730689200000 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Completion {
  readonly task: string
  readonly unit: string
  readonly at: Instant
  readonly occurrence?: string
}

/**
 * Options for {@link parseCompletions}.
 *
 * @example
 * ```ts
 * const options: ParseCompletionsOptions = { path: "dataset.completions", timeZone: "Asia/Ho_Chi_Minh" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParseCompletionsOptions {
  /** Where the list sits, for issue paths. Default `completions`. */
  readonly path?: string
  /** The zone an `at` without offset is read in. Default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
}

/**
 * The result of {@link parseCompletions}.
 *
 * @example
 * ```ts
 * const { completions, indexes, issues }: ParsedCompletions = parseCompletions([])
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedCompletions {
  readonly completions: ReadonlyArray<Completion>
  /** For each kept completion, its index in the input. */
  readonly indexes: ReadonlyArray<number>
  readonly issues: ReadonlyArray<DataIssue>
}

/**
 * Reads completions record by record: an unreadable one becomes an error
 * issue and is left out; an `at` without offset is read in the zone, with a
 * warning. Never throws on bad data.
 *
 * @example
 * ```ts
 * const { completions, issues } = parseCompletions([
 *   { task: "setup-groups", unit: "thcs-lac-son", at: "2024-11-04T10:00:00+07:00" },
 *   { task: "setup-groups", unit: "thcs-lac-son", at: "hôm qua" },
 * ])
 * completions.length //=> 1
 * issues[0]?.path    //=> "completions[1].at"
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseCompletions = (input: unknown, options: ParseCompletionsOptions = {}): ParsedCompletions => {
  const path = options.path ?? "completions"
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const parsed = parseRecords(CompletionRecordSchema, input, path, { optional: ["occurrence"] })
  const issues: Array<DataIssue> = [...parsed.issues]
  const completions: Array<Completion> = []
  const indexes: Array<number> = []
  parsed.records.forEach((record, position) => {
    const index = parsed.indexes[position] ?? position
    const where = `${path}[${index}].at`
    const read = typeof record.at === "number" ? { instant: record.at, hasOffset: true } : parseInstant(record.at, { timeZone })
    if (read === undefined) {
      issues.push(
        dataIssue("error", "invalid-instant", where, {
          vi: `thời điểm "${String(record.at)}" không đọc được; cần dạng ISO 8601, ví dụ 2024-11-04T10:00:00+07:00.`,
          en: `cannot read the time "${String(record.at)}"; expected ISO 8601, e.g. 2024-11-04T10:00:00+07:00.`,
        }),
      )
      return
    }
    if (!read.hasOffset)
      issues.push(
        dataIssue("warning", "missing-offset", where, {
          vi: `thời điểm "${String(record.at)}" không có múi giờ; đã hiểu theo giờ ${timeZone}.`,
          en: `the time "${String(record.at)}" has no offset; read as local time in ${timeZone}.`,
        }),
      )
    const completion = { task: record.task, unit: record.unit, at: read.instant }
    completions.push(record.occurrence === undefined ? completion : { ...completion, occurrence: record.occurrence })
    indexes.push(index)
  })
  return { completions, indexes, issues: sortIssues(issues, [path]) }
}

/**
 * The status of one occurrence for one owner unit. `task`, `unit`, `due` and
 * `status` are contract v1's `deadlines[]` entry; the rest is for reminders
 * and reports.
 *
 * @example
 * ```ts
 * const entry: DeadlineStatus = {
 *   task: "setup-groups", occurrence: "setup-groups@2024-11-05", unit: "thcs-lac-son", people: [],
 *   title: { vi: "Lập các nhóm Zalo, Messenger" }, date: "2024-11-05",
 *   due: "2024-11-05T23:59:59.999+07:00", dueAt: 1730825999999, daysLeft: 1,
 *   status: "done-on-time", completedAt: "2024-11-04T10:00:00.000+07:00",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface DeadlineStatus {
  readonly task: string
  readonly occurrence: string
  readonly unit: string
  /** For role owners: the people of the unit holding the roles on the due date (ids, in id order). */
  readonly people: ReadonlyArray<string>
  readonly title: LocalizedText
  /** The last day on time. */
  readonly date: LocalDate
  readonly due: string
  readonly dueAt: Instant
  /** Days from today (the local date of `now`) to `date`: 0 on the due day, negative once past it. */
  readonly daysLeft: number
  readonly status: DeadlineStatusKind
  /** When the completion counted for this occurrence was made, in the zone. */
  readonly completedAt?: string
}

/**
 * Options for {@link deadlineStatuses}: the range (`period`, or `from` and
 * `to`), `now`, the school calendar and zone.
 *
 * @example
 * ```ts
 * const options: DeadlineStatusOptions = { period: "2024-11", now: "2024-11-14T08:00:00+07:00", dueSoonDays: 3 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface DeadlineStatusOptions extends OccurrencesOptions {
  /** The moment the statuses are computed at. Required: domain packages have no clock. */
  readonly now: InstantInput
  /** A task not done is `due-soon` from this many days before its due day. Default 3. */
  readonly dueSoonDays?: number
  /** Where the tasks sit, for issue paths. Default `tasks`. */
  readonly tasksPath?: string
  /** Where the completions sit, for issue paths. Default `completions`. */
  readonly completionsPath?: string
}

/**
 * The result of {@link deadlineStatuses}.
 *
 * @example
 * ```ts
 * const { statuses, issues }: DeadlineStatusResult = deadlineStatuses(tasks, hierarchy, [], { period: "2024-11", now })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface DeadlineStatusResult {
  /** By due instant, then task id, then unit id. */
  readonly statuses: ReadonlyArray<DeadlineStatus>
  readonly issues: ReadonlyArray<DataIssue>
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

interface Owner {
  readonly unit: string
  readonly people: ReadonlyArray<string>
}

const unitsAlive = (hierarchy: Hierarchy, date: LocalDate): ReadonlyArray<Unit> =>
  hierarchy.units.filter((unit) => isValidOn(unit, date))

const ownersOf = (task: DeadlineTask, hierarchy: Hierarchy, date: LocalDate): ReadonlyArray<Owner> => {
  const owners = task.owners
  switch (owners.type) {
    case "kinds": {
      const units = owners.kinds === undefined ? unitsAlive(hierarchy, date) : unitsOfKind(hierarchy, owners.kinds, date)
      return units.map((unit) => ({ unit: unit.id, people: [] }))
    }
    case "units":
      return [...new Set(owners.units)].flatMap((id) => {
        const unit = findUnit(hierarchy, id)
        return unit !== undefined && isValidOn(unit, date) ? [{ unit: id, people: [] }] : []
      })
    case "roles": {
      const kinds = owners.unitKinds === undefined ? undefined : new Set<string>(owners.unitKinds)
      const byUnit = new Map<string, Array<string>>()
      for (const person of peopleWithRole(hierarchy, owners.roles, date)) {
        const unit = findUnit(hierarchy, person.unit)
        if (unit === undefined || !isValidOn(unit, date) || (kinds !== undefined && !kinds.has(unit.kind))) continue
        const people = byUnit.get(unit.id) ?? []
        people.push(person.id)
        byUnit.set(unit.id, people)
      }
      return [...byUnit].map(([unit, people]) => ({ unit, people: people.sort() }))
    }
    case "reporting-to": {
      const parents = new Set<string>(owners.kinds)
      const kinds = owners.unitKinds === undefined ? undefined : new Set<string>(owners.unitKinds)
      return unitsAlive(hierarchy, date).flatMap((unit) => {
        if (kinds !== undefined && !kinds.has(unit.kind)) return []
        const parent = parentOf(hierarchy, unit.id, date)
        const parentUnit = parent === undefined ? undefined : findUnit(hierarchy, parent)
        return parentUnit !== undefined && parents.has(parentUnit.kind) ? [{ unit: unit.id, people: [] }] : []
      })
    }
  }
}

const schoolYearStart = (at: Instant, timeZone: string, options: OccurrencesOptions): number =>
  Number(periodOf(at, "school-year", { timeZone, schoolYears: options.schoolYears ?? SCHOOL_YEARS }).slice(0, 4))

/** The local days an occurrence key covers (`2024-11`, `2024-W46`, `2024-2025`, a date), or undefined for a key that is not a period id. */
const keyDays = (key: string): { readonly first: number; readonly last: number } | undefined => {
  try {
    // Bounds in UTC are whole epoch days: start / day is the first local day's number.
    const bounds = periodBounds(key, { timeZone: "UTC", schoolYears: SCHOOL_YEARS })
    return { first: Math.floor(bounds.start / MS_PER_DAY), last: Math.floor((bounds.end - 1) / MS_PER_DAY) }
  } catch {
    return undefined
  }
}

const MS_PER_DAY = 86_400_000

// Occurrences are listed at least this far past the latest completion (or
// named occurrence) and up to the end of the range, so that every occurrence
// whose window a completion can fall in is a candidate.
const REACH_DAYS = 400

/** The candidate occurrences a unit's completions of a task are matched against. */
const candidatesFor = (
  task: DeadlineTask,
  completions: ReadonlyArray<Completion>,
  options: OccurrencesOptions,
  timeZone: string,
  rangeLastDay: number,
): ReadonlyArray<Occurrence> => {
  const keys = completions.flatMap((completion) =>
    completion.occurrence?.startsWith(`${task.id}@`) === true ? [completion.occurrence.slice(task.id.length + 1)] : [],
  )
  if (task.due.type === "school-year-event") {
    const starts = completions.map((completion) => schoolYearStart(completion.at, timeZone, options))
    const named = keys.filter((key) => /^\d{4}-\d{4}$/.test(key)).map((key) => Number(key.slice(0, 4)))
    // With validFrom, the occurrences before it do not exist (expandTask drops them).
    const from = task.validFrom === undefined ? Math.min(...starts) : Number(task.validFrom.slice(0, 4)) - 1
    const window: ExpandWindow = {
      firstDay: -Infinity,
      lastDay: Infinity,
      firstSchoolYear: Math.min(from, ...named),
      lastSchoolYear: Math.max(Math.max(...starts) + 1, ...named),
    }
    return expandTask(task, window, options).map((raw: RawOccurrence) => toOccurrence(task, raw, timeZone))
  }
  const days = completions.map((completion) => daysOf(localDateOf(completion.at, { timeZone }), "completion"))
  const named = keys.flatMap((key) => {
    const found = keyDays(key)
    return found === undefined ? [] : [found.last]
  })
  // Occurrences after these cannot take a completion, so listing more does not change the match.
  const window: ExpandWindow = { firstDay: -Infinity, lastDay: Math.max(Math.max(...days, ...named) + REACH_DAYS, rangeLastDay) }
  return expandTask(task, window, options).map((raw: RawOccurrence) => toOccurrence(task, raw, timeZone))
}

/** Which occurrence each completion counts for: occurrence id → the completion. */
const match = (
  task: DeadlineTask,
  completions: ReadonlyArray<{ readonly completion: Completion; readonly index: number }>,
  options: OccurrencesOptions,
  timeZone: string,
  rangeLastDay: number,
  issues: Array<DataIssue>,
  completionsPath: string,
): ReadonlyMap<string, Completion> => {
  const candidates = candidatesFor(
    task,
    completions.map((item) => item.completion),
    options,
    timeZone,
    rangeLastDay,
  )
  const taken = new Map<string, Completion>()
  const byId = new Map(candidates.map((occurrence) => [occurrence.id, occurrence]))
  const ordered = [...completions].sort(
    (a, b) =>
      Number(a.completion.occurrence === undefined) - Number(b.completion.occurrence === undefined) ||
      a.completion.at - b.completion.at ||
      a.index - b.index,
  )
  for (const { completion, index } of ordered) {
    if (completion.occurrence !== undefined) {
      if (byId.has(completion.occurrence)) {
        if (!taken.has(completion.occurrence)) taken.set(completion.occurrence, completion)
      } else
        issues.push(
          dataIssue("warning", "unknown-occurrence", `${completionsPath}[${index}].occurrence`, {
            vi: `nhiệm vụ "${task.id}" không có lần "${completion.occurrence}"; hoàn thành này không được tính.`,
            en: `task "${task.id}" has no occurrence "${completion.occurrence}"; this completion does not count.`,
          }),
        )
      continue
    }
    let opensAt = -Infinity
    for (const occurrence of candidates) {
      if (opensAt >= completion.at) break
      if (!taken.has(occurrence.id)) {
        taken.set(occurrence.id, completion)
        break
      }
      opensAt = occurrence.dueAt
    }
  }
  return taken
}

/**
 * The status of every occurrence due in the range, for every unit that owes
 * it on its due date, as of `now`. Owners are resolved against the
 * hierarchy on the occurrence's due date (units that exist then; for role
 * owners, the units of the people who hold the roles then). Never throws on
 * bad completions: each becomes an issue (`completions[3].at`); completions
 * of unknown tasks or units and named occurrences that do not exist are
 * warnings. Throws a `RangeError` for a bad range, `now` or zone. See the
 * module notes for which occurrence a completion counts for.
 *
 * @example
 * ```ts
 * const { tasks } = parseDeadlineTasks([{ id: "setup-groups", title: { vi: "Lập các nhóm Zalo, Messenger" },
 *   owners: { type: "kinds", kinds: ["lower-secondary", "kindergarten"] }, due: "05/11/2024" }])
 * const { statuses } = deadlineStatuses(tasks, hierarchy, [
 *   { task: "setup-groups", unit: "thcs-lac-son", at: "2024-11-05T23:59:00+07:00" },
 * ], { period: "2024-11", now: "2024-11-06T08:00:00+07:00" })
 * statuses.map((entry) => [entry.unit, entry.due, entry.status])
 * //=> [["mn-hoa-ban", "2024-11-05T23:59:59.999+07:00", "overdue"],
 * //    ["thcs-lac-son", "2024-11-05T23:59:59.999+07:00", "done-on-time"]]
 * ```
 * @since 0.1.0
 * @category getters
 */
export const deadlineStatuses = (
  tasks: ReadonlyArray<DeadlineTask>,
  hierarchy: Hierarchy,
  completions: ReadonlyArray<CompletionRecord> | ReadonlyArray<Completion>,
  options: DeadlineStatusOptions,
): DeadlineStatusResult => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const now = instantOrThrow(options.now, { timeZone })
  const dueSoonDays = options.dueSoonDays ?? 3
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0)
    throw new RangeError(`deadlineStatuses: dueSoonDays must be a whole number ≥ 0, got ${String(dueSoonDays)}.`)
  const tasksPath = options.tasksPath ?? "tasks"
  const completionsPath = options.completionsPath ?? "completions"
  const range = rangeOf(options, "deadlineStatuses")
  const rangeLastDay = daysOf(localDateOf(Math.max(range.start, range.end - 1), { timeZone }), "deadlineStatuses") + 1
  const parsed = parseCompletions(completions, { path: completionsPath, timeZone })
  const issues: Array<DataIssue> = [...parsed.issues]
  const taskById = new Map(tasks.map((task) => [task.id, task]))

  // Completions by task and unit, leaving out those not yet made at `now`.
  const byTask = new Map<string, Map<string, Array<{ completion: Completion; index: number }>>>()
  parsed.completions.forEach((completion, position) => {
    const index = parsed.indexes[position] ?? position
    if (!taskById.has(completion.task)) {
      issues.push(
        dataIssue("warning", "unknown-task", `${completionsPath}[${index}].task`, {
          vi: `không có nhiệm vụ mã "${completion.task}"; hoàn thành này không được tính.`,
          en: `there is no task with id "${completion.task}"; this completion does not count.`,
        }),
      )
      return
    }
    if (findUnit(hierarchy, completion.unit) === undefined) {
      issues.push(
        dataIssue("warning", "unknown-unit", `${completionsPath}[${index}].unit`, {
          vi: `không có đơn vị mã "${completion.unit}"; hoàn thành này không được tính.`,
          en: `there is no unit with id "${completion.unit}"; this completion does not count.`,
        }),
      )
      return
    }
    if (completion.at > now) return
    const units = byTask.get(completion.task) ?? new Map()
    const list = units.get(completion.unit) ?? []
    list.push({ completion, index })
    units.set(completion.unit, list)
    byTask.set(completion.task, units)
  })

  tasks.forEach((task, taskIndex) => {
    if (task.owners.type !== "units") return
    task.owners.units.forEach((id, unitIndex) => {
      if (findUnit(hierarchy, id) === undefined)
        issues.push(
          dataIssue("warning", "unknown-unit", `${tasksPath}[${taskIndex}].owners.units[${unitIndex}]`, {
            vi: `không có đơn vị mã "${id}"; đơn vị này không được giao nhiệm vụ "${task.id}".`,
            en: `there is no unit with id "${id}"; it is not given task "${task.id}".`,
          }, task.id),
        )
    })
  })

  const today = daysOf(localDateOf(now, { timeZone }), "deadlineStatuses")
  const statuses: Array<DeadlineStatus> = []
  const occurrences = occurrencesOf(tasks, options)
  const matches = new Map<string, ReadonlyMap<string, Completion>>()
  for (const occurrence of occurrences) {
    const task = occurrence.task
    for (const owner of ownersOf(task, hierarchy, occurrence.date)) {
      const key = `${task.id}\u0000${owner.unit}`
      let matched = matches.get(key)
      if (matched === undefined) {
        const list = byTask.get(task.id)?.get(owner.unit) ?? []
        matched = list.length === 0 ? new Map() : match(task, list, options, timeZone, rangeLastDay, issues, completionsPath)
        matches.set(key, matched)
      }
      const completion = matched.get(occurrence.id)
      const daysLeft = daysOf(occurrence.date, "deadlineStatuses") - today
      const status: DeadlineStatusKind =
        completion !== undefined
          ? completion.at <= occurrence.dueAt
            ? "done-on-time"
            : "done-late"
          : now > occurrence.dueAt
            ? "overdue"
            : daysLeft <= dueSoonDays
              ? "due-soon"
              : "upcoming"
      const entry: DeadlineStatus = {
        task: task.id,
        occurrence: occurrence.id,
        unit: owner.unit,
        people: owner.people,
        title: task.title,
        date: occurrence.date,
        due: occurrence.due,
        dueAt: occurrence.dueAt,
        daysLeft,
        status,
      }
      statuses.push(completion === undefined ? entry : { ...entry, completedAt: formatInstant(completion.at, { timeZone }) })
    }
  }
  statuses.sort((a, b) => a.dueAt - b.dueAt || compare(a.task, b.task) || compare(a.unit, b.unit))
  return { statuses, issues: sortIssues(issues, [completionsPath, tasksPath]) }
}
