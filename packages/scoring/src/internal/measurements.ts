/**
 * The measurements of the scored period, per member and criterion: a usable
 * value (divided by staff for per-staff criteria), not applicable, or why
 * it is missing.
 */
import { dataIssue, type DataIssue, type LocalDate } from "@lantoa/core"
import type { OrgTree } from "@lantoa/hierarchy"
import { parseMeasurements, type Measurement } from "../Measurement.js"
import type { ScoringCriterion } from "../ScoringCriterion.js"
import type { MissingWhy } from "./explain.js"
import { formatLocalDate } from "./explain.js"
import { keyOf, type Member } from "./subjects.js"

export interface Entry {
  readonly value: number | null
  /** The record said `status: "not-applicable"`. */
  readonly notApplicable: boolean
  readonly detail: string | undefined
  readonly conflict: boolean
  /** Where each record of this subject and measurement was read. */
  readonly paths: ReadonlyArray<string>
}

export type Raw =
  | {
      readonly state: "measured"
      readonly value: number
      readonly measured?: number
      readonly staff?: number
      readonly detail?: string
    }
  | { readonly state: "missing"; readonly why: MissingWhy; readonly detail?: string }
  | { readonly state: "not-applicable"; readonly detail?: string }

/** Reads the measurements of the period into subject → measurement → entry, with issues for the rest. */
export const indexMeasurements = (
  input: ReadonlyArray<Measurement> | unknown,
  period: string,
  used: ReadonlySet<string>,
  members: ReadonlyMap<string, Member>,
  on: LocalDate,
  issues: Array<DataIssue>,
): ReadonlyMap<string, Map<string, Entry>> => {
  const parsed = parseMeasurements(input)
  issues.push(...parsed.issues)
  const index = new Map<string, Map<string, Entry>>()
  parsed.records.forEach((record, position) => {
    if (!used.has(record.measurement)) return
    if (record.period !== undefined && record.period !== period) return
    const path = `measurements[${parsed.indexes[position] ?? position}]`
    const key = keyOf(record.subject)
    if (!members.has(key)) {
      const [what, id] = "unit" in record.subject ? ["đơn vị", record.subject.unit] : ["người", record.subject.person]
      const whatEn = "unit" in record.subject ? "unit" : "person"
      issues.push(
        dataIssue("warning", "unknown-subject", `${path}.subject`, {
          vi: `không có ${what} "${id}" nào được chấm điểm ngày ${formatLocalDate(on, "vi")}; số liệu bị bỏ qua.`,
          en: `no ${whatEn} "${id}" is scored on ${on}; the measurement is ignored.`,
        }),
      )
      return
    }
    let byMeasurement = index.get(key)
    if (byMeasurement === undefined) index.set(key, (byMeasurement = new Map()))
    const previous = byMeasurement.get(record.measurement)
    const notApplicable = record.status === "not-applicable"
    if (previous === undefined) {
      byMeasurement.set(record.measurement, { value: record.value, notApplicable, detail: record.detail, conflict: false, paths: [path] })
      return
    }
    const paths = [...previous.paths, path]
    if (previous.conflict || previous.value !== record.value || previous.notApplicable !== notApplicable) {
      byMeasurement.set(record.measurement, { ...previous, conflict: true, paths })
      return
    }
    // The same value twice: keep one, and the detail that sorts first, so
    // that the input order never shows.
    const detail =
      previous.detail === undefined ? record.detail : record.detail === undefined || previous.detail <= record.detail ? previous.detail : record.detail
    byMeasurement.set(record.measurement, { ...previous, detail, paths })
  })
  // One issue per conflicting subject and measurement, whatever the order.
  for (const [key, byMeasurement] of index) {
    for (const [measurement, entry] of byMeasurement) {
      if (!entry.conflict) continue
      const id = key.replace(/^unit:|^person:/, "")
      const [first, ...others] = entry.paths
      issues.push(
        dataIssue("warning", "conflicting-measurement", `${first as string}.value`, {
          vi: `số liệu "${measurement}" của ${id} có nhiều giá trị khác nhau (${entry.paths.join(", ")}); tiêu chí dùng số liệu này được tính là thiếu số liệu.`,
          en: `measurement "${measurement}" of ${id} has different values (${[first, ...others].join(", ")}); the criteria reading it count it as missing.`,
        }),
      )
    }
  }
  return index
}

const rawOf = (criterion: ScoringCriterion, entry: Entry | undefined, staff: number): Raw => {
  const detail = entry?.detail === undefined ? {} : { detail: entry.detail }
  if (entry === undefined) return { state: "missing", why: "absent" }
  if (entry.conflict) return { state: "missing", why: "conflict" }
  if (entry.notApplicable) return { state: "not-applicable", ...detail }
  if (entry.value === null) return { state: "missing", why: "null", ...detail }
  if (!criterion.perStaff) return { state: "measured", value: entry.value, ...detail }
  if (staff === 0) return { state: "missing", why: "no-staff", ...detail }
  return { state: "measured", value: entry.value / staff, measured: entry.value, staff, ...detail }
}

/** Per member, per applicable criterion, its raw value or why it is missing; per-staff values divided by the unit's staff on the tree's date. */
export const rawsOf = (
  members: ReadonlyArray<Member>,
  index: ReadonlyMap<string, ReadonlyMap<string, Entry>>,
  criteria: ReadonlyArray<ScoringCriterion>,
  tree: OrgTree,
): ReadonlyArray<ReadonlyMap<number, Raw>> =>
  members.map((member) => {
    const staff = member.person === undefined ? tree.peopleOf(member.unit.id).length : 0
    const entries = index.get(member.key)
    return new Map(
      member.criteria.map((c) => {
        const criterion = criteria[c] as ScoringCriterion
        return [c, rawOf(criterion, entries?.get(criterion.measurement), staff)]
      }),
    )
  })
