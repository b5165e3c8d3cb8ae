/**
 * The hierarchy's trees as dense arrays, one per span of dates on which the
 * tree does not change, cached by that span: roll-ups and peer comparisons
 * read thousands of results against a handful of trees.
 */
import type { LocalDate } from "@lantoa/core"
import { treeAt, type Hierarchy, type Relation } from "@lantoa/hierarchy"

/** One tree, over the hierarchy's units numbered in input order. */
export interface DenseTree {
  readonly date: LocalDate
  /** Parent number per unit; −1 for a root or a unit not in the tree. */
  readonly parent: Int32Array
  /** Unit numbers in pre-order (each unit before its descendants). */
  readonly preorder: Int32Array
  /** Whether the unit is in the tree. */
  readonly present: Uint8Array
}

export interface Trees {
  readonly unitIndex: ReadonlyMap<string, number>
  /** The tree on a date (cached by the span of dates it stands unchanged). */
  readonly at: (date: LocalDate) => DenseTree
}

/** How many change dates fall on or before `date`: equal for dates with the same tree. */
const spanOf = (changes: ReadonlyArray<LocalDate>, date: LocalDate): number => {
  let low = 0
  let high = changes.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((changes[middle] as string) <= date) low = middle + 1
    else high = middle
  }
  return low
}

export const createTrees = (hierarchy: Hierarchy, relation: Relation): Trees => {
  const unitIndex = new Map(hierarchy.units.map((unit, u) => [unit.id, u]))
  const cache = new Map<number, DenseTree>()
  const at = (date: LocalDate): DenseTree => {
    const span = spanOf(hierarchy.changeDates, date)
    const cached = cache.get(span)
    if (cached !== undefined) return cached
    const tree = treeAt(hierarchy, date, relation)
    const parent = new Int32Array(hierarchy.units.length).fill(-1)
    const present = new Uint8Array(hierarchy.units.length)
    const preorder = Int32Array.from(tree.units, (unit) => unitIndex.get(unit.id) as number)
    for (const unit of tree.units) {
      const u = unitIndex.get(unit.id) as number
      present[u] = 1
      const up = tree.parentOf(unit.id)
      parent[u] = up === undefined ? -1 : (unitIndex.get(up) ?? -1)
    }
    const dense = { date, parent, preorder, present }
    cache.set(span, dense)
    return dense
  }
  return { unitIndex, at }
}
