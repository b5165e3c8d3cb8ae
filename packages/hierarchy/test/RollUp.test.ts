import { buildHierarchy, numberSum, rollUp, treeAt, type Monoid } from "@lantoa/hierarchy"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { datedUnits, QUERY_DATES } from "./arbitraries.js"
import { lacSon } from "./fixtures.js"

const { hierarchy } = buildHierarchy(lacSon())

describe("rollUp", () => {
  it("each unit's total is its own value plus its descendants', by default as a numeric sum", () => {
    const totals = rollUp(treeAt(hierarchy, "2024-11-15"), { "thcs-lac-son": 3, "mn-hoa-ban": 2, "pgd-lac-son": 1 })
    expect([...totals]).toEqual([
      ["so", 6],
      ["pgd-lac-son", 6],
      ["mn-hoa-ban", 2],
      ["thcs-lac-son", 3],
      ["thpt-lac-son", 0],
    ])
  })

  it("values come from a Map as well as from a record, and units without a value count as empty", () => {
    const totals = rollUp(treeAt(hierarchy, "2025-07-01"), new Map([["mn-hoa-ban", 5]]))
    expect(totals.get("xa-lac-son")).toBe(5)
    expect(totals.get("thcs-lac-son")).toBe(0)
  })

  it("values of units not in the tree on the date are left out", () => {
    const totals = rollUp(treeAt(hierarchy, "2025-07-01"), { "pgd-lac-son": 7, nope: 1 })
    expect(totals.has("pgd-lac-son")).toBe(false)
    expect(totals.get("so")).toBe(0)
  })

  it("any monoid rolls up: counts of met and short subjects", () => {
    const counts: Monoid<{ met: number; short: number }> = {
      empty: { met: 0, short: 0 },
      combine: (a, b) => ({ met: a.met + b.met, short: a.short + b.short }),
    }
    const totals = rollUp(
      treeAt(hierarchy, "2025-07-01"),
      { "thcs-lac-son": { met: 1, short: 0 }, "mn-hoa-ban": { met: 0, short: 1 }, "thpt-lac-son": { met: 1, short: 0 } },
      counts,
    )
    expect(totals.get("xa-lac-son")).toEqual({ met: 1, short: 1 })
    expect(totals.get("so")).toEqual({ met: 2, short: 1 })
  })

  it("numberSum is addition with 0 as its neutral element", () => {
    expect(numberSum.combine(2, 3)).toBe(5)
    expect(numberSum.combine(numberSum.empty, 4)).toBe(4)
  })

  const valuedTree = datedUnits.chain((units) =>
    fc.tuple(
      fc.constant(units),
      fc.constantFrom(...QUERY_DATES),
      fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: units.length, maxLength: units.length }),
    ),
  )

  it("the roots' totals sum to the sum of all values, and each unit's total is its own value plus its children's totals", () => {
    fc.assert(
      fc.property(valuedTree, ([units, date, numbers]) => {
        const tree = treeAt(buildHierarchy({ units }).hierarchy, date)
        const values = Object.fromEntries(units.map((unit, k) => [unit.id, numbers[k] ?? 0]))
        const totals = rollUp(tree, values)
        const inTree = tree.units.reduce((sum, unit) => sum + (values[unit.id] ?? 0), 0)
        expect(tree.roots.reduce((sum, root) => sum + (totals.get(root) ?? 0), 0)).toBe(inTree)
        for (const unit of tree.units) {
          const children = tree.childrenOf(unit.id).reduce((sum, child) => sum + (totals.get(child) ?? 0), 0)
          expect(totals.get(unit.id)).toBe((values[unit.id] ?? 0) + children)
        }
      }),
      { numRuns: 200 },
    )
  })

  it("a non-commutative monoid combines a subtree in tree order: own value first, then children by id", () => {
    const concat: Monoid<string> = { empty: "", combine: (a, b) => a + b }
    fc.assert(
      fc.property(datedUnits, fc.constantFrom(...QUERY_DATES), (units, date) => {
        const tree = treeAt(buildHierarchy({ units }).hierarchy, date)
        const totals = rollUp(tree, Object.fromEntries(units.map((unit) => [unit.id, `${unit.id};`])), concat)
        for (const unit of tree.units) {
          const subtree = [unit.id, ...tree.descendantsOf(unit.id)]
          expect(totals.get(unit.id)).toBe(subtree.map((id) => `${id};`).join(""))
        }
      }),
      { numRuns: 200 },
    )
  })
})
