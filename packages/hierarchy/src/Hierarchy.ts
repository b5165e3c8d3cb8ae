/**
 * The hierarchy: a roster built once into an index of its dated reporting
 * lines, answering "who is above whom on this date" for both relations.
 *
 * Two relations link units, each through dated edges:
 * - `reportsTo`: who collects the unit's reports under the plan (`parent`
 *   for the unit's whole life, or `parents` with dates);
 * - `managedBy`: the managing body, where it differs (`managedBy` edges); on
 *   any day no `managedBy` edge covers, it is the `reportsTo` parent.
 *
 * The 2025 reform is data, not code: a school that reported to its Phòng
 * GD&ĐT until 30 June 2025 and to its commune from 1 July 2025 gives two
 * dated edges, and every query takes the date it is asked about.
 *
 * @since 0.1.0
 * @module
 */
import { sortIssues, type DataIssue, type LocalDate } from "@lantoa/core"
import { assertLocalDate, rangeHas } from "./internal/dates.js"
import { checkEdgeDates } from "./internal/edgeChecks.js"
import { groupBy, hideIndex, indexOf } from "./internal/hierarchyIndex.js"
import { rosterPaths } from "./internal/issues.js"
import { buildTreeIndex } from "./internal/treeIndex.js"
import type { Platform } from "./Records.js"
import { parseRoster, type Channel, type ParsedRoster, type ParseRosterOptions, type Person, type Unit } from "./Roster.js"
import type { UnitKind } from "./UnitKind.js"

/**
 * The relations between units: `reportsTo` (who collects the plan's
 * reports) and `managedBy` (the managing body).
 *
 * @example
 * ```ts
 * RELATIONS //=> ["reportsTo", "managedBy"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const RELATIONS = ["reportsTo", "managedBy"] as const

/**
 * One of {@link RELATIONS}. Queries use `reportsTo` unless asked otherwise.
 *
 * @example
 * ```ts
 * const relation: Relation = "managedBy"
 * treeAt(hierarchy, "2025-07-01", relation).parentOf("thcs-lac-son") //=> "xa-lac-son"
 * ```
 * @since 0.1.0
 * @category models
 */
export type Relation = (typeof RELATIONS)[number]

/**
 * The opaque index inside a {@link Hierarchy}. Its shape is private and may
 * change in any release.
 *
 * @example
 * ```ts
 * hierarchy["~index"] // opaque: read it only through the query functions
 * ```
 * @since 0.1.0
 * @category models
 */
export interface HierarchyIndex {
  readonly "~brand": "HierarchyIndex"
}

/**
 * A roster built into a dated tree index by {@link buildHierarchy}: the
 * parsed units, people and channels (in input order), the dates on which
 * the tree changes, and an opaque index the queries use.
 *
 * @example
 * ```ts
 * const { hierarchy } = buildHierarchy(roster)
 * hierarchy.units.length //=> 4
 * hierarchy.changeDates  //=> ["2025-07-01"]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Hierarchy extends ParsedRoster {
  /**
   * The dates, ascending, on which either relation's tree changes (a unit
   * opens or closes, an edge starts or ends). Between two of them every
   * query answers the same.
   */
  readonly changeDates: ReadonlyArray<LocalDate>
  /** Not public: the index the queries read (not enumerable, so a spread copy loses it). */
  readonly "~index": HierarchyIndex
}

/**
 * Options for {@link buildHierarchy}.
 *
 * @example
 * ```ts
 * buildHierarchy(dataset, { path: "dataset" }).issues[0]?.path //=> "dataset.units[3].parent"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface BuildHierarchyOptions extends ParseRosterOptions {}

/**
 * The result of {@link buildHierarchy}.
 *
 * @example
 * ```ts
 * const { hierarchy, issues }: BuildHierarchyResult = buildHierarchy(roster)
 * issues //=> []
 * ```
 * @since 0.1.0
 * @category models
 */
export interface BuildHierarchyResult {
  readonly hierarchy: Hierarchy
  /** Every problem found, in input order: units, then people, then channels. */
  readonly issues: ReadonlyArray<DataIssue>
}

/**
 * Builds a roster `{ units, people, channels }` (wire records of contract
 * v1) into a {@link Hierarchy}, once; every tree query after that is
 * cheap. Never throws on bad data: each problem is a `DataIssue` naming its
 * record path, and the rest still builds (see `validateRoster` for the
 * checks). Cycles, on any date, are broken by dropping the link of the unit
 * with the smallest id in the cycle.
 *
 * Cost: O(E · (n + m)) for n units, m edges and E dates at which the tree
 * changes — a province of ~600 units with a reform date or two builds in
 * about a millisecond.
 *
 * @example
 * ```ts
 * const { hierarchy, issues } = buildHierarchy({
 *   units: [
 *     { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
 *     { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so", validTo: "2025-06-30" },
 *     { id: "xa-lac-son", name: "UBND xã Lạc Sơn", kind: "commune", parent: "so", validFrom: "2025-07-01" },
 *     { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary",
 *       parents: [{ unit: "pgd-lac-son", validTo: "2025-06-30" }, { unit: "xa-lac-son", validFrom: "2025-07-01" }] },
 *   ],
 *   people: [],
 * })
 * issues                  //=> []
 * hierarchy.changeDates   //=> ["2025-07-01"]
 * parentOf(hierarchy, "thcs-lac-son", "2025-06-30") //=> "pgd-lac-son"
 * parentOf(hierarchy, "thcs-lac-son", "2025-07-01") //=> "xa-lac-son"
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const buildHierarchy = (roster: unknown, options: BuildHierarchyOptions = {}): BuildHierarchyResult => {
  const parsed = parseRoster(roster, options)
  const { units, people, channels } = parsed.roster
  const issues: Array<DataIssue> = [...parsed.issues]
  const unitById = new Map(units.map((unit) => [unit.id, unit]))
  checkEdgeDates(units, unitById, issues)
  const tree = buildTreeIndex(units, issues)
  const index = hideIndex({
    tree,
    unitById,
    personById: new Map(people.map((person) => [person.id, person])),
    channelById: new Map(channels.map((channel) => [channel.id, channel])),
    peopleByUnit: groupBy(people, (person) => person.unit),
    channelsByUnit: groupBy(channels, (channel) => channel.unit),
  })
  const paths = rosterPaths(options.path)
  // The index stays out of JSON and of enumeration: a hierarchy logs or
  // serialises as its data, not as typed arrays.
  const hierarchy = Object.defineProperty({ units, people, channels, changeDates: tree.starts }, "~index", {
    value: index,
    enumerable: false,
  }) as Hierarchy
  return {
    hierarchy,
    issues: sortIssues(issues, [paths.units, paths.people, paths.channels]),
  }
}

/**
 * The unit with an id, whatever its dates.
 *
 * @example
 * ```ts
 * findUnit(hierarchy, "thcs-lac-son")?.kind //=> "lower-secondary"
 * findUnit(hierarchy, "nope")               //=> undefined
 * ```
 * @since 0.1.0
 * @category getters
 */
export const findUnit = (hierarchy: Hierarchy, id: string): Unit | undefined => indexOf(hierarchy).unitById.get(id)

/**
 * The person with an id.
 *
 * @example
 * ```ts
 * findPerson(hierarchy, "gv-0001")?.unit //=> "thcs-lac-son"
 * ```
 * @since 0.1.0
 * @category getters
 */
export const findPerson = (hierarchy: Hierarchy, id: string): Person | undefined =>
  indexOf(hierarchy).personById.get(id)

/**
 * The channel with an id.
 *
 * @example
 * ```ts
 * findChannel(hierarchy, "fb-thcs-lac-son")?.platform //=> "facebook-page"
 * ```
 * @since 0.1.0
 * @category getters
 */
export const findChannel = (hierarchy: Hierarchy, id: string): Channel | undefined =>
  indexOf(hierarchy).channelById.get(id)

/**
 * The units of one or several kinds, in id order; with `on`, only those
 * active on that date.
 *
 * @example
 * ```ts
 * unitsOfKind(hierarchy, "district-office").map((unit) => unit.id)               //=> ["pgd-lac-son"]
 * unitsOfKind(hierarchy, "district-office", "2025-07-01")                       //=> []
 * unitsOfKind(hierarchy, ["district-office", "commune"], "2025-07-01").map((unit) => unit.id) //=> ["xa-lac-son"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const unitsOfKind = (
  hierarchy: Hierarchy,
  kind: UnitKind | ReadonlyArray<UnitKind>,
  on?: LocalDate,
): ReadonlyArray<Unit> => {
  const kinds = new Set<UnitKind>(typeof kind === "string" ? [kind] : kind)
  const date = on === undefined ? undefined : assertLocalDate(on, "unitsOfKind")
  return indexOf(hierarchy).tree.units.filter(
    (unit) =>
      kinds.has(unit.kind) && (date === undefined || rangeHas({ from: unit.validFrom, to: unit.validTo }, date)),
  )
}

/**
 * The channels a unit owns, in id order; with `platform`, only those on it.
 *
 * @example
 * ```ts
 * channelsOf(hierarchy, "thcs-lac-son").map((channel) => channel.id) //=> ["fb-thcs-lac-son", "zl-thcs-lac-son"]
 * channelsOf(hierarchy, "thcs-lac-son", "facebook-page").length      //=> 1
 * ```
 * @since 0.1.0
 * @category queries
 */
export const channelsOf = (hierarchy: Hierarchy, unit: string, platform?: Platform): ReadonlyArray<Channel> => {
  const channels = indexOf(hierarchy).channelsByUnit.get(unit) ?? []
  return platform === undefined ? channels : channels.filter((channel) => channel.platform === platform)
}

