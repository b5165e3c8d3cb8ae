import {
  ancestorsOf,
  buildHierarchy,
  childrenOf,
  depthOf,
  descendantsOf,
  isInSubtree,
  parentOf,
  pathOf,
  RELATIONS,
  rootsOf,
  treeAt,
  type Relation,
} from "@lantoa/hierarchy"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { datedUnits, naiveParents, QUERY_DATES } from "./arbitraries.js"
import { lacSon } from "./fixtures.js"

const { hierarchy } = buildHierarchy(lacSon())

describe("treeAt", () => {
  it("answers every tree query for the date it stood on", () => {
    const tree = treeAt(hierarchy, "2025-06-30")
    expect(tree.date).toBe("2025-06-30")
    expect(tree.relation).toBe("reportsTo")
    expect(tree.roots).toEqual(["so"])
    expect(tree.units.map((unit) => unit.id)).toEqual(["so", "pgd-lac-son", "mn-hoa-ban", "thcs-lac-son", "thpt-lac-son"])
    expect(tree.parentOf("mn-hoa-ban")).toBe("pgd-lac-son")
    expect(tree.parentOf("so")).toBeUndefined()
    expect(tree.childrenOf("pgd-lac-son")).toEqual(["mn-hoa-ban", "thcs-lac-son"])
    expect(tree.ancestorsOf("thcs-lac-son")).toEqual(["pgd-lac-son", "so"])
    expect(tree.descendantsOf("so")).toEqual(["pgd-lac-son", "mn-hoa-ban", "thcs-lac-son", "thpt-lac-son"])
    expect(tree.depthOf("so")).toBe(0)
    expect(tree.depthOf("thcs-lac-son")).toBe(2)
    expect(tree.pathOf("thpt-lac-son")).toEqual(["so", "thpt-lac-son"])
    expect(tree.contains("so", "so")).toBe(true)
    expect(tree.contains("thcs-lac-son", "so")).toBe(false)
  })

  it("a unit unknown or not active on the date has no parent, children, depth or path, and is in no subtree", () => {
    for (const unit of ["xa-lac-son", "nope"]) {
      const tree = treeAt(hierarchy, "2025-06-30")
      expect(tree.has(unit)).toBe(false)
      expect(tree.parentOf(unit)).toBeUndefined()
      expect(tree.childrenOf(unit)).toEqual([])
      expect(tree.ancestorsOf(unit)).toEqual([])
      expect(tree.descendantsOf(unit)).toEqual([])
      expect(tree.depthOf(unit)).toBeUndefined()
      expect(tree.pathOf(unit)).toEqual([])
      expect(tree.contains(unit, unit)).toBe(false)
      expect(tree.contains("so", unit)).toBe(false)
      expect(tree.peopleOf(unit)).toEqual([])
    }
  })

  it("the people of a unit on a date are those whose own dates cover it", () => {
    const ids = (date: string) =>
      treeAt(hierarchy, date)
        .peopleOf("thcs-lac-son")
        .map((person) => person.id)
    expect(ids("2025-05-31")).toEqual(["gv-0001", "gv-0002", "ht-0001", "pht-0001"])
    expect(ids("2025-06-01")).toEqual(["gv-0001", "ht-0001", "pht-0001"])
    expect(treeAt(hierarchy, "2025-08-31").peopleOf("mn-hoa-ban")).toEqual([])
    expect(treeAt(hierarchy, "2025-09-01").peopleOf("mn-hoa-ban").map((person) => person.id)).toEqual(["gv-0003"])
  })

  it("a date that is not YYYY-MM-DD, or an unknown relation, is a programming error and throws", () => {
    expect(() => treeAt(hierarchy, "01/07/2025")).toThrow(RangeError)
    expect(() => treeAt(hierarchy, "2025-07-01", "guidedBy" as Relation)).toThrow(RangeError)
    expect(() => isInSubtree(hierarchy, "a", "b", "2025-7-1")).toThrow(RangeError)
    expect(() => treeAt(hierarchy, "2025-02-30")).toThrow(RangeError)
  })

  it("the convenience functions answer as the snapshot of their date", () => {
    expect(parentOf(hierarchy, "mn-hoa-ban", "2025-07-01")).toBe("xa-lac-son")
    expect(childrenOf(hierarchy, "so", "2025-07-01")).toEqual(["thpt-lac-son", "xa-lac-son"])
    expect(ancestorsOf(hierarchy, "mn-hoa-ban", "2025-07-01")).toEqual(["xa-lac-son", "so"])
    expect(descendantsOf(hierarchy, "xa-lac-son", "2025-07-01")).toEqual(["mn-hoa-ban", "thcs-lac-son"])
    expect(depthOf(hierarchy, "pgd-lac-son", "2025-07-01")).toBeUndefined()
    expect(pathOf(hierarchy, "mn-hoa-ban", "2024-11-15")).toEqual(["so", "pgd-lac-son", "mn-hoa-ban"])
    expect(rootsOf(hierarchy, "2025-07-01", "managedBy")).toEqual(["so"])
  })
})

describe("tree properties over random dated rosters", () => {
  it("every parent on every date and relation equals a naive computation from the records", () => {
    fc.assert(
      fc.property(datedUnits, (units) => {
        const built = buildHierarchy({ units }).hierarchy
        for (const relation of RELATIONS) {
          for (const date of QUERY_DATES) {
            const expected = naiveParents(units, date, relation)
            const tree = treeAt(built, date, relation)
            expect(new Set(tree.units.map((unit) => unit.id))).toEqual(new Set(expected.keys()))
            for (const unit of units) expect(parentOf(built, unit.id, date, relation)).toBe(expected.get(unit.id))
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it("paths, depths, children, descendants and subtree membership agree with each other on every date", () => {
    fc.assert(
      fc.property(datedUnits, fc.constantFrom(...QUERY_DATES), fc.constantFrom(...RELATIONS), (units, date, relation) => {
        const built = buildHierarchy({ units }).hierarchy
        const tree = treeAt(built, date, relation)
        const ids = tree.units.map((unit) => unit.id)
        const sorted = (list: ReadonlyArray<string>) => [...list].sort()
        expect(tree.roots).toEqual(sorted(ids.filter((id) => tree.parentOf(id) === undefined)))
        for (const u of ids) {
          const path = tree.pathOf(u)
          expect(new Set(path).size).toBe(path.length)
          expect(tree.roots).toContain(path[0])
          expect(path.at(-1)).toBe(u)
          expect(tree.depthOf(u)).toBe(path.length - 1)
          expect(tree.childrenOf(u)).toEqual(sorted(ids.filter((id) => tree.parentOf(id) === u)))
          const inside = ids.filter((id) => id !== u && tree.contains(u, id))
          expect(tree.descendantsOf(u)).toEqual(inside)
          for (const r of ids) {
            expect(tree.contains(r, u)).toBe(path.includes(r))
            expect(isInSubtree(built, u, r, date, relation)).toBe(path.includes(r))
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it("the trees never depend on the order of the units in the input", () => {
    fc.assert(
      fc.property(
        datedUnits.chain((units) => fc.tuple(fc.constant(units), fc.shuffledSubarray([...units], { minLength: units.length }))),
        ([units, shuffled]) => {
          const a = buildHierarchy({ units }).hierarchy
          const b = buildHierarchy({ units: shuffled }).hierarchy
          expect(b.changeDates).toEqual(a.changeDates)
          for (const relation of RELATIONS) {
            for (const date of QUERY_DATES) {
              const ta = treeAt(a, date, relation)
              const tb = treeAt(b, date, relation)
              expect(tb.units.map((unit) => unit.id)).toEqual(ta.units.map((unit) => unit.id))
              for (const unit of units) expect(tb.parentOf(unit.id)).toBe(ta.parentOf(unit.id))
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it("every date answers as the change date that opened its span", () => {
    fc.assert(
      fc.property(datedUnits, (units) => {
        const built = buildHierarchy({ units }).hierarchy
        for (const date of QUERY_DATES) {
          const opened = built.changeDates.filter((change) => change <= date).at(-1) ?? "1900-01-01"
          for (const relation of RELATIONS) {
            const tree = treeAt(built, date, relation)
            const anchor = treeAt(built, opened, relation)
            expect(tree.units.map((unit) => unit.id)).toEqual(anchor.units.map((unit) => unit.id))
            for (const unit of units) expect(tree.parentOf(unit.id)).toBe(anchor.parentOf(unit.id))
          }
        }
      }),
      { numRuns: 100 },
    )
  })
})
