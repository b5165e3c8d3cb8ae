/**
 * The tree as it stood on one date: parents, children, ancestors,
 * descendants, depth, paths and subtree membership, for either relation.
 *
 * `treeAt(hierarchy, date)` returns an {@link OrgTree} snapshot whose every
 * answer is read from the index built once by `buildHierarchy`: subtree
 * membership is two integer comparisons (an Euler-tour numbering per
 * epoch). The functions taking a hierarchy and a date (`parentOf`,
 * `isInSubtree`…) find the snapshot by binary search over the dates at
 * which the tree changes, then answer the same way; for many questions
 * about one date, take the snapshot once.
 *
 * Ids of units unknown, or not active on the date, are not errors: they have
 * no parent, no children, no depth and are in no subtree.
 *
 * @since 0.1.0
 * @module
 */
import { assertLocalDate, rangeHas } from "./internal/dates.js"
import { indexOf, type IndexImpl } from "./internal/hierarchyIndex.js"
import { epochOf, type Snapshot, type TreeIndex } from "./internal/treeIndex.js"
import { RELATIONS, type Hierarchy, type Relation } from "./Hierarchy.js"
import type { Person, Unit } from "./Roster.js"
import type { LocalDate } from "@lantoa/core"

/**
 * The tree of one relation as it stood on one date. Every answer uses unit
 * ids; siblings and roots come in id order.
 *
 * @example
 * ```ts
 * const tree = treeAt(hierarchy, "2025-07-01")
 * tree.pathOf("thcs-lac-son")           //=> ["so", "xa-lac-son", "thcs-lac-son"]
 * tree.contains("xa-lac-son", "thcs-lac-son") //=> true
 * ```
 * @since 0.1.0
 * @category models
 */
export interface OrgTree {
  /** The date the tree stood on. */
  readonly date: LocalDate
  readonly relation: Relation
  /** The units active on the date, in tree order (pre-order; roots and siblings by id). */
  readonly units: ReadonlyArray<Unit>
  /** The units with no parent on the date, in id order. */
  readonly roots: ReadonlyArray<string>
  /** True when the unit exists and is active on the date. */
  readonly has: (unit: string) => boolean
  /** The parent, or undefined for a root (or a unit not in the tree). */
  readonly parentOf: (unit: string) => string | undefined
  /** The children, in id order. */
  readonly childrenOf: (unit: string) => ReadonlyArray<string>
  /** The ancestors, nearest first (parent, grandparent, … root). */
  readonly ancestorsOf: (unit: string) => ReadonlyArray<string>
  /** Every unit below, in tree order; the unit itself is not included. */
  readonly descendantsOf: (unit: string) => ReadonlyArray<string>
  /** 0 for a root, 1 for its children…; undefined for a unit not in the tree. */
  readonly depthOf: (unit: string) => number | undefined
  /** The units from the root down to the unit, both included; empty for a unit not in the tree. */
  readonly pathOf: (unit: string) => ReadonlyArray<string>
  /** True when `unit` is `root` or below it: two comparisons. */
  readonly contains: (root: string, unit: string) => boolean
  /** The people of the unit active on the date, in id order; empty for a unit not in the tree. */
  readonly peopleOf: (unit: string) => ReadonlyArray<Person>
}

interface View {
  readonly index: IndexImpl
  readonly tree: TreeIndex
  readonly snapshot: Snapshot
  readonly date: LocalDate
}

const viewAt = (hierarchy: Hierarchy, on: LocalDate, relation: Relation, caller: string): View => {
  const date = assertLocalDate(on, caller)
  if (!(RELATIONS as ReadonlyArray<string>).includes(relation)) {
    throw new RangeError(`${caller}: unknown relation ${JSON.stringify(relation)}; expected one of ${RELATIONS.join(", ")}`)
  }
  const index = indexOf(hierarchy)
  const tree = index.tree
  const snapshot = tree.snapshots[relation][epochOf(tree.starts, date)] as Snapshot
  return { index, tree, snapshot, date }
}

/** The unit's number if it is in the tree, else -1. */
const numberIn = (view: View, unit: string): number => {
  const u = view.tree.numberOf.get(unit)
  return u !== undefined && (view.snapshot.enter[u] as number) >= 0 ? u : -1
}

const idOf = (view: View, u: number): string => (view.tree.units[u] as Unit).id

const parentIn = (view: View, unit: string): string | undefined => {
  const u = numberIn(view, unit)
  const p = u < 0 ? -1 : (view.snapshot.parent[u] as number)
  return p >= 0 ? idOf(view, p) : undefined
}

const childrenIn = (view: View, unit: string): ReadonlyArray<string> => {
  const u = numberIn(view, unit)
  if (u < 0) return []
  const { childStart, childList } = view.snapshot
  const children: Array<string> = []
  for (let k = childStart[u] as number; k < (childStart[u + 1] as number); k++) {
    children.push(idOf(view, childList[k] as number))
  }
  return children
}

const ancestorsIn = (view: View, unit: string): ReadonlyArray<string> => {
  const u = numberIn(view, unit)
  const ancestors: Array<string> = []
  if (u < 0) return ancestors
  for (let p = view.snapshot.parent[u] as number; p >= 0; p = view.snapshot.parent[p] as number) {
    ancestors.push(idOf(view, p))
  }
  return ancestors
}

const descendantsIn = (view: View, unit: string): ReadonlyArray<string> => {
  const u = numberIn(view, unit)
  if (u < 0) return []
  const { enter, exit, order } = view.snapshot
  const below: Array<string> = []
  for (let t = (enter[u] as number) + 1; t <= (exit[u] as number); t++) below.push(idOf(view, order[t] as number))
  return below
}

const depthIn = (view: View, unit: string): number | undefined => {
  const u = numberIn(view, unit)
  return u < 0 ? undefined : (view.snapshot.depth[u] as number)
}

const pathIn = (view: View, unit: string): ReadonlyArray<string> => {
  if (numberIn(view, unit) < 0) return []
  return [...ancestorsIn(view, unit)].reverse().concat(unit)
}

const containsIn = (view: View, root: string, unit: string): boolean => {
  const r = numberIn(view, root)
  const u = numberIn(view, unit)
  if (r < 0 || u < 0) return false
  const { enter, exit } = view.snapshot
  const at = enter[u] as number
  return (enter[r] as number) <= at && at <= (exit[r] as number)
}

const peopleIn = (view: View, unit: string): ReadonlyArray<Person> => {
  if (numberIn(view, unit) < 0) return []
  const people = view.index.peopleByUnit.get(unit) ?? []
  return people.filter((person) => rangeHas({ from: person.validFrom, to: person.validTo }, view.date))
}

/**
 * The tree of a relation as it stood on a date (`reportsTo` by default).
 * Finding the snapshot is a binary search over `hierarchy.changeDates`;
 * every answer after that reads precomputed arrays (subtree membership in
 * O(1)). Throws only for a date that is not `YYYY-MM-DD` or an unknown
 * relation (programming errors).
 *
 * @example
 * ```ts
 * const before = treeAt(hierarchy, "2025-06-30")
 * before.parentOf("thcs-lac-son")             //=> "pgd-lac-son"
 * before.contains("pgd-lac-son", "thcs-lac-son") //=> true
 * const after = treeAt(hierarchy, "2025-07-01")
 * after.parentOf("thcs-lac-son")              //=> "xa-lac-son"
 * after.has("pgd-lac-son")                    //=> false
 * after.roots                                 //=> ["so"]
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const treeAt = (hierarchy: Hierarchy, date: LocalDate, relation: Relation = "reportsTo"): OrgTree => {
  const view = viewAt(hierarchy, date, relation, "treeAt")
  return {
    date: view.date,
    relation,
    units: view.snapshot.unitsInOrder,
    roots: view.snapshot.roots,
    has: (unit) => numberIn(view, unit) >= 0,
    parentOf: (unit) => parentIn(view, unit),
    childrenOf: (unit) => childrenIn(view, unit),
    ancestorsOf: (unit) => ancestorsIn(view, unit),
    descendantsOf: (unit) => descendantsIn(view, unit),
    depthOf: (unit) => depthIn(view, unit),
    pathOf: (unit) => pathIn(view, unit),
    contains: (root, unit) => containsIn(view, root, unit),
    peopleOf: (unit) => peopleIn(view, unit),
  }
}

/**
 * The unit's parent on a date (`reportsTo` by default); undefined for a
 * root or a unit not active then.
 *
 * @example
 * ```ts
 * parentOf(hierarchy, "thcs-lac-son", "2025-06-30")              //=> "pgd-lac-son"
 * parentOf(hierarchy, "thcs-lac-son", "2025-07-01")              //=> "xa-lac-son"
 * parentOf(hierarchy, "thcs-lac-son", "2025-07-01", "managedBy") //=> "xa-lac-son"
 * ```
 * @since 0.1.0
 * @category queries
 */
export const parentOf = (
  hierarchy: Hierarchy,
  unit: string,
  on: LocalDate,
  relation: Relation = "reportsTo",
): string | undefined => parentIn(viewAt(hierarchy, on, relation, "parentOf"), unit)

/**
 * The unit's children on a date, in id order.
 *
 * @example
 * ```ts
 * childrenOf(hierarchy, "so", "2025-06-30") //=> ["pgd-lac-son"]
 * childrenOf(hierarchy, "so", "2025-07-01") //=> ["xa-lac-son"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const childrenOf = (
  hierarchy: Hierarchy,
  unit: string,
  on: LocalDate,
  relation: Relation = "reportsTo",
): ReadonlyArray<string> => childrenIn(viewAt(hierarchy, on, relation, "childrenOf"), unit)

/**
 * The unit's ancestors on a date, nearest first.
 *
 * @example
 * ```ts
 * ancestorsOf(hierarchy, "thcs-lac-son", "2025-06-30") //=> ["pgd-lac-son", "so"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const ancestorsOf = (
  hierarchy: Hierarchy,
  unit: string,
  on: LocalDate,
  relation: Relation = "reportsTo",
): ReadonlyArray<string> => ancestorsIn(viewAt(hierarchy, on, relation, "ancestorsOf"), unit)

/**
 * Every unit below the unit on a date, in tree order (itself excluded).
 *
 * @example
 * ```ts
 * descendantsOf(hierarchy, "so", "2025-06-30") //=> ["pgd-lac-son", "thcs-lac-son"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const descendantsOf = (
  hierarchy: Hierarchy,
  unit: string,
  on: LocalDate,
  relation: Relation = "reportsTo",
): ReadonlyArray<string> => descendantsIn(viewAt(hierarchy, on, relation, "descendantsOf"), unit)

/**
 * The unit's depth on a date: 0 for a root; undefined when not active.
 *
 * @example
 * ```ts
 * depthOf(hierarchy, "thcs-lac-son", "2025-07-01") //=> 2
 * depthOf(hierarchy, "pgd-lac-son", "2025-07-01")  //=> undefined
 * ```
 * @since 0.1.0
 * @category queries
 */
export const depthOf = (
  hierarchy: Hierarchy,
  unit: string,
  on: LocalDate,
  relation: Relation = "reportsTo",
): number | undefined => depthIn(viewAt(hierarchy, on, relation, "depthOf"), unit)

/**
 * The units from the root down to the unit on a date, both included.
 *
 * @example
 * ```ts
 * pathOf(hierarchy, "thcs-lac-son", "2025-07-01") //=> ["so", "xa-lac-son", "thcs-lac-son"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const pathOf = (
  hierarchy: Hierarchy,
  unit: string,
  on: LocalDate,
  relation: Relation = "reportsTo",
): ReadonlyArray<string> => pathIn(viewAt(hierarchy, on, relation, "pathOf"), unit)

/**
 * The units with no parent on a date, in id order.
 *
 * @example
 * ```ts
 * rootsOf(hierarchy, "2025-07-01") //=> ["so"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const rootsOf = (hierarchy: Hierarchy, on: LocalDate, relation: Relation = "reportsTo"): ReadonlyArray<string> =>
  viewAt(hierarchy, on, relation, "rootsOf").snapshot.roots

/**
 * True when `unit` is `root` or below it on a date: a binary search for the
 * date's snapshot, then two comparisons.
 *
 * @example
 * ```ts
 * isInSubtree(hierarchy, "thcs-lac-son", "pgd-lac-son", "2025-06-30") //=> true
 * isInSubtree(hierarchy, "thcs-lac-son", "pgd-lac-son", "2025-07-01") //=> false
 * isInSubtree(hierarchy, "thcs-lac-son", "thcs-lac-son", "2025-07-01") //=> true
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const isInSubtree = (
  hierarchy: Hierarchy,
  unit: string,
  root: string,
  on: LocalDate,
  relation: Relation = "reportsTo",
): boolean => containsIn(viewAt(hierarchy, on, relation, "isInSubtree"), root, unit)
