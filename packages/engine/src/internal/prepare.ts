/**
 * Reading a dataset record by record: the roster through
 * `@lantoa/hierarchy`, activities through `@lantoa/core`, then the
 * references every activity makes. Nothing here throws on bad data: a bad
 * record is an issue with its path in the dataset as given, and is left out.
 */
import { dataIssue, parseActivities, sortIssues, type Activity, type DataIssue } from "@lantoa/core"
import { buildHierarchy, type Hierarchy } from "@lantoa/hierarchy"
import { parseCompletions, type Completion } from "@lantoa/calendar"
import { parseIncidents, type Incident } from "@lantoa/moderation"
import { indexActivities } from "@lantoa/quota"
import type { PreparedDataset } from "../PreparedDataset.js"

const LISTS = ["units", "people", "channels", "activities", "completions", "incidents"] as const
const REQUIRED_LISTS = ["units", "people", "channels", "activities"] as const

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

const LIST_NAMES: Readonly<Record<(typeof REQUIRED_LISTS)[number], string>> = {
  units: "đơn vị (units)",
  people: "người (people)",
  channels: "kênh truyền thông (channels)",
  activities: "hoạt động (activities)",
}

const missingList = (list: (typeof REQUIRED_LISTS)[number]): DataIssue =>
  dataIssue("warning", "missing-list", list, {
    vi: `tập dữ liệu không có danh sách ${LIST_NAMES[list]}; coi như danh sách rỗng.`,
    en: `the dataset has no ${list} list; read as an empty list.`,
  })

/** The input index of an issue's record: `activities[17].unit` → 17. */
const indexIn = (path: string, base: string): number => {
  if (!path.startsWith(`${base}[`)) return -1
  const index = Number.parseInt(path.slice(base.length + 1), 10)
  return Number.isInteger(index) ? index : -1
}

const idOf = (value: unknown): string | undefined => {
  if (!isRecord(value)) return undefined
  const id = value.id
  return typeof id === "string" ? id.trim() : undefined
}

/**
 * The input index of each parsed activity. `parseActivities` keeps the
 * activities in input order and drops exactly the records it reports with
 * an error, or as a repeated id; walking both lists together finds each
 * one's index (checked against its id).
 */
const inputIndexes = (
  raw: ReadonlyArray<unknown>,
  activities: ReadonlyArray<Activity>,
  issues: ReadonlyArray<DataIssue>
): Int32Array => {
  const dropped = new Set<number>()
  for (const issue of issues) {
    if (issue.severity === "error" || issue.code === "duplicate-id") {
      const index = indexIn(issue.path, "activities")
      if (index >= 0) dropped.add(index)
    }
  }
  const indexes = new Int32Array(activities.length).fill(-1)
  let j = 0
  for (let k = 0; k < activities.length; k++) {
    const id = (activities[k] as Activity).id
    while (j < raw.length && (dropped.has(j) || idOf(raw[j]) !== id)) j++
    if (j < raw.length) indexes[k] = j++
  }
  return indexes
}

const unknownReference = (field: "unit" | "person" | "channel", index: number, id: string, value: string): DataIssue => {
  const path = index >= 0 ? `activities[${index}].${field}` : `activities.${field}`
  const text = {
    unit: {
      vi: `không có đơn vị mã "${value}" trong danh sách units (hoặc bản ghi của đơn vị đó bị lỗi); hoạt động "${id}" không được tính.`,
      en: `there is no unit "${value}" in units (or its record is invalid); activity "${id}" is not counted.`,
    },
    person: {
      vi: `không có người mã "${value}" trong danh sách people (hoặc bản ghi của người đó bị lỗi); hoạt động "${id}" không được tính.`,
      en: `there is no person "${value}" in people (or their record is invalid); activity "${id}" is not counted.`,
    },
    channel: {
      vi: `không có kênh mã "${value}" trong danh sách channels (hoặc bản ghi của kênh đó bị lỗi); hoạt động "${id}" không được tính.`,
      en: `there is no channel "${value}" in channels (or its record is invalid); activity "${id}" is not counted.`,
    },
  }[field]
  return dataIssue("error", `unknown-${field}`, path, text, id)
}

/** Activities whose unit, person and channel all exist; the others become issues. */
const checkReferences = (
  hierarchy: Hierarchy,
  raw: ReadonlyArray<unknown>,
  parsed: ReturnType<typeof parseActivities>,
  issues: Array<DataIssue>
): ReadonlyArray<Activity> => {
  const units = new Set(hierarchy.units.map((unit) => unit.id))
  const people = new Set(hierarchy.people.map((person) => person.id))
  const channels = new Set(hierarchy.channels.map((channel) => channel.id))
  const { activities } = parsed
  let indexes: Int32Array | undefined
  const kept: Array<Activity> = []
  for (let k = 0; k < activities.length; k++) {
    const activity = activities[k] as Activity
    const unitOk = activity.unit === undefined || units.has(activity.unit)
    const personOk = activity.person === undefined || people.has(activity.person)
    const channelOk = activity.channel === undefined || channels.has(activity.channel)
    if (unitOk && personOk && channelOk) {
      kept.push(activity)
      continue
    }
    // Only a dataset with bad references pays for finding input indexes.
    indexes ??= inputIndexes(raw, activities, parsed.issues)
    const index = indexes[k] as number
    if (!unitOk) issues.push(unknownReference("unit", index, activity.id, activity.unit as string))
    if (!personOk) issues.push(unknownReference("person", index, activity.id, activity.person as string))
    if (!channelOk) issues.push(unknownReference("channel", index, activity.id, activity.channel as string))
  }
  return kept.length === activities.length ? activities : kept
}

/**
 * Completions (contract v1 `completions`): read with the calendar's reader
 * (an unreadable record is an error and is left out), and a unit the
 * hierarchy does not know is an error too. The rest are kept, with their
 * input positions, for the deadlines of each evaluation.
 */
const readCompletions = (
  input: unknown,
  hierarchy: Hierarchy,
  timeZone: string,
  issues: Array<DataIssue>
): { readonly completions: ReadonlyArray<Completion>; readonly indexes: ReadonlyArray<number> } => {
  if (input === undefined) return { completions: [], indexes: [] }
  const parsed = parseCompletions(input, { timeZone })
  issues.push(...parsed.issues)
  const units = new Set(hierarchy.units.map((unit) => unit.id))
  const completions: Array<Completion> = []
  const indexes: Array<number> = []
  parsed.completions.forEach((completion, position) => {
    const index = parsed.indexes[position] ?? position
    if (!units.has(completion.unit)) {
      issues.push(
        dataIssue("error", "unknown-unit", `completions[${index}].unit`, {
          vi: `không có đơn vị mã "${completion.unit}" trong danh sách units; bản ghi hoàn thành nhiệm vụ "${completion.task}" bị bỏ qua.`,
          en: `there is no unit "${completion.unit}" in units; the completion of task "${completion.task}" is ignored.`,
        })
      )
      return
    }
    completions.push(completion)
    indexes.push(index)
  })
  return { completions, indexes }
}

/**
 * Moderation incidents (`incidents`): read with the moderation package's
 * reader (a bad record or event is an issue and is left out); a case of a
 * unit the hierarchy does not know is an error and is left out too.
 */
const readIncidents = (input: unknown, hierarchy: Hierarchy, timeZone: string, issues: Array<DataIssue>): ReadonlyArray<Incident> => {
  if (input === undefined) return []
  const parsed = parseIncidents(input, { timeZone })
  issues.push(...parsed.issues)
  const units = new Set(hierarchy.units.map((unit) => unit.id))
  return parsed.incidents.filter((incident, position) => {
    if (units.has(incident.unit)) return true
    const index = parsed.indexes[position] ?? position
    issues.push(
      dataIssue("error", "unknown-unit", `incidents[${index}].unit`, {
        vi: `không có đơn vị mã "${incident.unit}" trong danh sách units; vụ việc "${incident.id}" bị bỏ qua.`,
        en: `there is no unit "${incident.unit}" in units; incident "${incident.id}" is ignored.`,
      })
    )
    return false
  })
}

export const prepareDataset = (input: unknown, timeZone: string): PreparedDataset => {
  const issues: Array<DataIssue> = []
  let source: Record<string, unknown> = {}
  if (isRecord(input)) source = input
  else {
    issues.push(
      dataIssue("error", "invalid-type", "", {
        vi: "tập dữ liệu phải là một đối tượng JSON { units, people, channels, activities }; không có gì để đánh giá.",
        en: "the dataset must be a JSON object { units, people, channels, activities }; there is nothing to evaluate.",
      })
    )
  }
  if (isRecord(input)) for (const list of REQUIRED_LISTS) if (source[list] === undefined) issues.push(missingList(list))
  const built = buildHierarchy({ units: source.units, people: source.people, channels: source.channels })
  issues.push(...built.issues)
  const raw = Array.isArray(source.activities) ? (source.activities as ReadonlyArray<unknown>) : []
  const parsed = parseActivities(source.activities, { timeZone })
  issues.push(...parsed.issues)
  const activities = checkReferences(built.hierarchy, raw, parsed, issues)
  const completions = readCompletions(source.completions, built.hierarchy, timeZone, issues)
  const incidents = readIncidents(source.incidents, built.hierarchy, timeZone, issues)
  return Object.freeze({
    hierarchy: built.hierarchy,
    activities,
    completions: completions.completions,
    completionIndexes: completions.indexes,
    incidents,
    provided: { completions: Array.isArray(source.completions), incidents: Array.isArray(source.incidents) },
    index: indexActivities(built.hierarchy, activities, { timeZone }),
    issues: sortIssues(issues, [...LISTS]),
    timeZone,
    "~prepared": true as const,
  })
}

export const isPrepared = (value: unknown): value is PreparedDataset =>
  isRecord(value) && value["~prepared"] === true && Array.isArray(value.activities) && isRecord(value.hierarchy)
