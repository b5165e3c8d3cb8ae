/**
 * Who is scored on the scoring date, and against whom: the members (units
 * and people the criteria apply to) and their peer groups.
 */
import type { Locale } from "@lantoa/core"
import { findUnit, unitKindLabel, type Hierarchy, type OrgTree, type Person, type Unit } from "@lantoa/hierarchy"
import type { ScoreSubject } from "../Measurement.js"
import { criterionApplies, type ScoringCriterion } from "../ScoringCriterion.js"
import type { PeerScope } from "../ScoringPolicy.js"

/** A unit or person scored: its criteria (indexes into the policy's) and its peer group. */
export interface Member {
  readonly subject: ScoreSubject
  readonly key: string
  /** The unit itself, or the person's unit. */
  readonly unit: Unit
  readonly person?: Person
  readonly criteria: ReadonlyArray<number>
  readonly group: string
  readonly groupLabel: string
}

export const keyOf = (subject: ScoreSubject): string => ("unit" in subject ? `unit:${subject.unit}` : `person:${subject.person}`)

const groupOf = (
  hierarchy: Hierarchy,
  tree: OrgTree,
  scope: PeerScope,
  unit: Unit,
  people: boolean,
  locale: Locale,
): { readonly id: string; readonly label: string } => {
  const en = locale === "en"
  const staff = en ? "Staff" : "Cán bộ, giáo viên, nhân viên"
  const prefix = people ? "people/" : ""
  switch (scope) {
    case "kind": {
      const label = unitKindLabel(unit.kind, locale)
      return { id: `${prefix}kind:${unit.kind}`, label: people ? `${staff} — ${label}` : label }
    }
    case "reporting-unit": {
      if (people) return { id: `people/unit:${unit.id}`, label: `${staff} — ${unit.name}` }
      const parent = tree.parentOf(unit.id)
      if (parent === undefined) {
        return { id: "reporting-unit:-", label: en ? "Top-level units" : "Các đơn vị cấp cao nhất" }
      }
      const name = findUnit(hierarchy, parent)?.name ?? parent
      return { id: `reporting-unit:${parent}`, label: en ? `Units reporting to ${name}` : `Các đơn vị báo cáo về ${name}` }
    }
    case "province":
      return people
        ? { id: "people/province", label: en ? "Staff of the whole sector" : "Cán bộ, giáo viên, nhân viên toàn ngành" }
        : { id: "province", label: en ? "Whole sector" : "Toàn ngành" }
  }
}

export const membersOf = (
  hierarchy: Hierarchy,
  tree: OrgTree,
  criteria: ReadonlyArray<ScoringCriterion>,
  scope: PeerScope,
  locale: Locale,
): ReadonlyArray<Member> => {
  const units: Array<Member> = []
  const people: Array<Member> = []
  const indexes = criteria.map((_, c) => c)
  const hasPeople = criteria.some((criterion) => criterion.subjects.type === "person")
  for (const unit of tree.units) {
    const applicable = indexes.filter((c) => criterionApplies(criteria[c] as ScoringCriterion, unit))
    if (applicable.length > 0) {
      const group = groupOf(hierarchy, tree, scope, unit, false, locale)
      units.push({ subject: { unit: unit.id }, key: `unit:${unit.id}`, unit, criteria: applicable, group: group.id, groupLabel: group.label })
    }
    if (!hasPeople) continue
    for (const person of tree.peopleOf(unit.id)) {
      const mine = indexes.filter((c) => criterionApplies(criteria[c] as ScoringCriterion, unit, person))
      if (mine.length === 0) continue
      const group = groupOf(hierarchy, tree, scope, unit, true, locale)
      people.push({
        subject: { person: person.id },
        key: `person:${person.id}`,
        unit,
        person,
        criteria: mine,
        group: group.id,
        groupLabel: group.label,
      })
    }
  }
  return [...units, ...people]
}

