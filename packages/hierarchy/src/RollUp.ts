/**
 * Roll-ups: any per-unit value summed up the tree, so that each unit's
 * total is its own value plus its descendants'.
 *
 * Generic over a monoid (an empty value and an associative combine), so
 * that counts, sums of several fields, or merged quota aggregates roll up
 * the same way; the default is the numeric sum.
 *
 * @since 0.1.0
 * @module
 */
import type { OrgTree } from "./OrgTree.js"

/**
 * A way to combine values: `combine` is associative and `empty` is its
 * neutral element.
 *
 * @example
 * ```ts
 * const counts: Monoid<{ met: number; short: number }> = {
 *   empty: { met: 0, short: 0 },
 *   combine: (a, b) => ({ met: a.met + b.met, short: a.short + b.short }),
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Monoid<A> {
  readonly empty: A
  readonly combine: (a: A, b: A) => A
}

/**
 * The numeric sum: the default monoid of {@link rollUp}.
 *
 * @example
 * ```ts
 * numberSum.combine(2, 3) //=> 5
 * numberSum.empty         //=> 0
 * ```
 * @since 0.1.0
 * @category constants
 */
export const numberSum: Monoid<number> = { empty: 0, combine: (a, b) => a + b }

/**
 * Values by unit id: a `Map` or a plain record.
 *
 * @example
 * ```ts
 * const values: UnitValues<number> = { "thcs-lac-son": 3, "mn-hoa-ban": 1 }
 * ```
 * @since 0.1.0
 * @category models
 */
export type UnitValues<A> = ReadonlyMap<string, A> | Readonly<Record<string, A>>

const lookup = <A>(values: UnitValues<A>, unit: string): A | undefined => {
  if (values instanceof Map) return values.get(unit)
  const record = values as Readonly<Record<string, A>>
  return Object.prototype.hasOwnProperty.call(record, unit) ? record[unit] : undefined
}

/**
 * Rolls per-unit values up a tree: each unit's total is its own value
 * combined with its children's totals, in id order (own ⊕ child₁ ⊕ child₂ …),
 * so a root's total covers its whole subtree. A unit without a value counts
 * as `empty`; values of units not in the tree are left out (check
 * `tree.has` to find them). One pass in O(n).
 *
 * @example
 * ```ts
 * const tree = treeAt(hierarchy, "2025-06-30")
 * rollUp(tree, { "thcs-lac-son": 3, "pgd-lac-son": 1 })
 * //=> Map { "so" => 4, "pgd-lac-son" => 4, "thcs-lac-son" => 3 }
 * rollUp(tree, new Map([["thcs-lac-son", ["a"]]]), { empty: [], combine: (a, b) => [...a, ...b] }).get("so")
 * //=> ["a"]
 * ```
 * @since 0.1.0
 * @category roll-ups
 */
export function rollUp(tree: OrgTree, values: UnitValues<number>): ReadonlyMap<string, number>
export function rollUp<A>(tree: OrgTree, values: UnitValues<A>, monoid: Monoid<A>): ReadonlyMap<string, A>
export function rollUp<A>(tree: OrgTree, values: UnitValues<A>, monoid?: Monoid<A>): ReadonlyMap<string, A> {
  const { empty, combine } = monoid ?? (numberSum as unknown as Monoid<A>)
  const totals = new Map<string, A>()
  // Reverse pre-order visits every unit after all of its descendants.
  for (let k = tree.units.length - 1; k >= 0; k--) {
    const id = (tree.units[k] as { readonly id: string }).id
    let total = lookup(values, id) ?? empty
    for (const child of tree.childrenOf(id)) total = combine(total, totals.get(child) ?? empty)
    totals.set(id, total)
  }
  // Hand the totals back in tree order, the order a report lists them.
  const ordered = new Map<string, A>()
  for (const unit of tree.units) ordered.set(unit.id, totals.get(unit.id) ?? empty)
  return ordered
}
