/**
 * Roster diffs: what changed between two rosters — units and people added,
 * removed, moved, renamed, and kind, role or party-membership changes.
 *
 * A rename is a change of the name's text beyond what is invisible: two
 * names equal after core's `normalizeText` (NFC, zero-width characters
 * removed, whitespace collapsed) are the same name — "Trường  TH A" and
 * "Trường TH A". A change of case, of diacritics or of tone placement
 * ("Hoà" → "Hòa") is a rename: a clerk fixing "Truong" to "Trường" is worth
 * seeing, and a name is spelled the way its owner spells it.
 *
 * @since 0.1.0
 * @module
 */
import { normalizeText } from "@lantoa/core"
import { assertLocalDate, rangeHas } from "./internal/dates.js"
import type { Relation } from "./Hierarchy.js"
import { ROLES, type Role } from "./Role.js"
import type { ParsedRoster, Person, Unit, UnitEdge } from "./Roster.js"
import type { UnitKind } from "./UnitKind.js"
import type { LocalDate } from "@lantoa/core"
import type { Validity } from "./Validity.js"

/**
 * A link of a reporting line, without where it was read.
 *
 * @example
 * ```ts
 * const link: ReportingLink = { unit: "xa-lac-son", validFrom: "2025-07-01" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReportingLink extends Validity {
  readonly unit: string
}

/**
 * One changed field of one record.
 *
 * @example
 * ```ts
 * const rename: Change<string> = { id: "gv-0001", before: "Nguyễn Thị Hoa", after: "Nguyễn Thị Hòa" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Change<A> {
  readonly id: string
  readonly before: A
  readonly after: A
}

/**
 * A person whose roles changed: the roles gained and lost, in `ROLES` order.
 *
 * @example
 * ```ts
 * const promoted: RolesChange = { id: "pht-0001", added: ["principal"], removed: ["vice-principal"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface RolesChange {
  readonly id: string
  readonly added: ReadonlyArray<Role>
  readonly removed: ReadonlyArray<Role>
}

/**
 * What changed between two rosters. Every list is in id order.
 *
 * @example
 * ```ts
 * const diff: RosterDiff = diffRosters(before, after)
 * diff.units.added.map((unit) => unit.id) //=> ["xa-lac-son"]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface RosterDiff {
  readonly units: {
    readonly added: ReadonlyArray<Unit>
    readonly removed: ReadonlyArray<Unit>
    /**
     * Units whose reporting line changed: without `on`, the dated links
     * (sorted by start date); with `on`, the one link covering that date
     * (or none), compared by the unit it points to.
     */
    readonly moved: ReadonlyArray<Change<ReadonlyArray<ReportingLink>>>
    readonly renamed: ReadonlyArray<Change<string>>
    readonly kindChanged: ReadonlyArray<Change<UnitKind>>
  }
  readonly people: {
    readonly added: ReadonlyArray<Person>
    readonly removed: ReadonlyArray<Person>
    /** People whose unit changed. */
    readonly moved: ReadonlyArray<Change<string>>
    readonly renamed: ReadonlyArray<Change<string>>
    readonly rolesChanged: ReadonlyArray<RolesChange>
    readonly partyMemberChanged: ReadonlyArray<Change<boolean>>
  }
}

/**
 * Options for {@link diffRosters}.
 *
 * @example
 * ```ts
 * diffRosters(before, after, { on: "2025-07-01", relation: "managedBy" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface DiffRostersOptions {
  /** Compare reporting lines on this date only (the link covering it), not as whole dated lines. */
  readonly on?: LocalDate
  /** Which line to compare. Default: `reportsTo`. */
  readonly relation?: Relation
}

const linkOf = (edge: UnitEdge): ReportingLink => {
  const link: { unit: string; validFrom?: string; validTo?: string } = { unit: edge.unit }
  if (edge.validFrom !== undefined) link.validFrom = edge.validFrom
  if (edge.validTo !== undefined) link.validTo = edge.validTo
  return link
}

const linkKey = (link: ReportingLink): string => `${link.validFrom ?? ""}\u0000${link.validTo ?? "~"}\u0000${link.unit}`

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The line of a unit: its dated links in start order, or the one covering `on`. */
const lineOf = (unit: Unit, relation: Relation, on: LocalDate | undefined): ReadonlyArray<ReportingLink> => {
  if (on === undefined) {
    const edges = relation === "reportsTo" ? unit.reportsTo : unit.managedBy
    return edges.map(linkOf).sort((a, b) => compareKeys(linkKey(a), linkKey(b)))
  }
  const covering = (edges: ReadonlyArray<UnitEdge>) =>
    edges.find((edge) => rangeHas({ from: edge.validFrom, to: edge.validTo }, on))
  // As in buildHierarchy: the first link covering the date counts; a day no
  // managedBy link covers falls back to the reportsTo link.
  const edge =
    relation === "managedBy" ? (covering(unit.managedBy) ?? covering(unit.reportsTo)) : covering(unit.reportsTo)
  return edge === undefined ? [] : [linkOf(edge)]
}

const sameLine = (a: ReadonlyArray<ReportingLink>, b: ReadonlyArray<ReportingLink>, on: LocalDate | undefined) =>
  a.length === b.length &&
  a.every((link, k) => {
    const other = b[k] as ReportingLink
    return on === undefined ? linkKey(link) === linkKey(other) : link.unit === other.unit
  })

/** Pairs records by id: the sorted union of ids, with each side's record. */
const pairs = <A extends { readonly id: string }>(
  before: ReadonlyArray<A>,
  after: ReadonlyArray<A>,
): ReadonlyArray<{ readonly id: string; readonly before?: A; readonly after?: A }> => {
  const left = new Map<string, A>()
  for (const record of before) if (!left.has(record.id)) left.set(record.id, record)
  const right = new Map<string, A>()
  for (const record of after) if (!right.has(record.id)) right.set(record.id, record)
  const ids = [...new Set([...left.keys(), ...right.keys()])].sort(compareKeys)
  return ids.map((id) => {
    const pair: { id: string; before?: A; after?: A } = { id }
    const b = left.get(id)
    const a = right.get(id)
    if (b !== undefined) pair.before = b
    if (a !== undefined) pair.after = a
    return pair
  })
}

/**
 * Compares two parsed rosters (or two hierarchies): units and people added,
 * removed, moved (a unit's reporting line or a person's unit changed),
 * renamed (see the module note), and kind, role and party-membership
 * changes. Every list is in id order, so the diff never depends on input
 * order. With `on`, reporting lines are compared on that date only.
 *
 * @example
 * ```ts
 * const before = parseRoster(lastMonth).roster
 * const after = parseRoster(thisMonth).roster
 * const diff = diffRosters(before, after, { on: "2025-07-01" })
 * diff.units.moved
 * //=> [{ id: "thcs-lac-son", before: [{ unit: "pgd-lac-son" }], after: [{ unit: "xa-lac-son", validFrom: "2025-07-01" }] }]
 * diff.people.renamed //=> [{ id: "gv-0001", before: "Nguyễn Thị Hoa", after: "Nguyễn Thị Hòa" }]
 * ```
 * @since 0.1.0
 * @category diff
 */
export const diffRosters = (before: ParsedRoster, after: ParsedRoster, options: DiffRostersOptions = {}): RosterDiff => {
  const on = options.on === undefined ? undefined : assertLocalDate(options.on, "diffRosters")
  const relation = options.relation ?? "reportsTo"

  const units = {
    added: [] as Array<Unit>,
    removed: [] as Array<Unit>,
    moved: [] as Array<Change<ReadonlyArray<ReportingLink>>>,
    renamed: [] as Array<Change<string>>,
    kindChanged: [] as Array<Change<UnitKind>>,
  }
  for (const pair of pairs(before.units, after.units)) {
    const { id, before: old, after: now } = pair
    if (old === undefined) {
      if (now !== undefined) units.added.push(now)
      continue
    }
    if (now === undefined) {
      units.removed.push(old)
      continue
    }
    const oldLine = lineOf(old, relation, on)
    const newLine = lineOf(now, relation, on)
    if (!sameLine(oldLine, newLine, on)) units.moved.push({ id, before: oldLine, after: newLine })
    if (normalizeText(old.name) !== normalizeText(now.name)) units.renamed.push({ id, before: old.name, after: now.name })
    if (old.kind !== now.kind) units.kindChanged.push({ id, before: old.kind, after: now.kind })
  }

  const people = {
    added: [] as Array<Person>,
    removed: [] as Array<Person>,
    moved: [] as Array<Change<string>>,
    renamed: [] as Array<Change<string>>,
    rolesChanged: [] as Array<RolesChange>,
    partyMemberChanged: [] as Array<Change<boolean>>,
  }
  for (const pair of pairs(before.people, after.people)) {
    const { id, before: old, after: now } = pair
    if (old === undefined) {
      if (now !== undefined) people.added.push(now)
      continue
    }
    if (now === undefined) {
      people.removed.push(old)
      continue
    }
    if (old.unit !== now.unit) people.moved.push({ id, before: old.unit, after: now.unit })
    if (normalizeText(old.name) !== normalizeText(now.name)) people.renamed.push({ id, before: old.name, after: now.name })
    const added = ROLES.filter((role) => now.roles.includes(role) && !old.roles.includes(role))
    const removed = ROLES.filter((role) => old.roles.includes(role) && !now.roles.includes(role))
    if (added.length > 0 || removed.length > 0) people.rolesChanged.push({ id, added, removed })
    if (old.partyMember !== now.partyMember) {
      people.partyMemberChanged.push({ id, before: old.partyMember, after: now.partyMember })
    }
  }
  return { units, people }
}
