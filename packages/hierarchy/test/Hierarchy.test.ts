import {
  buildHierarchy,
  channelsOf,
  findChannel,
  findPerson,
  findUnit,
  isInSubtree,
  parentOf,
  rollUp,
  treeAt,
  unitsOfKind,
} from "@lantoa/hierarchy"
import { describe, expect, it } from "vitest"
import { lacSon } from "./fixtures.js"

describe("buildHierarchy", () => {
  it("a clean roster builds with no issues", () => {
    const { hierarchy, issues } = buildHierarchy(lacSon())
    expect(issues).toEqual([])
    expect(hierarchy.units.map((unit) => unit.id)).toEqual([
      "so",
      "pgd-lac-son",
      "xa-lac-son",
      "thcs-lac-son",
      "mn-hoa-ban",
      "thpt-lac-son",
    ])
    expect(hierarchy.people).toHaveLength(9)
    expect(hierarchy.channels).toHaveLength(3)
  })

  it("a school that moved from its Phòng to its commune on 1 July 2025 rolls up to the Phòng before and to the commune after", () => {
    const { hierarchy } = buildHierarchy(lacSon())
    const before = treeAt(hierarchy, "2025-06-30")
    const after = treeAt(hierarchy, "2025-07-01")

    expect(before.pathOf("thcs-lac-son")).toEqual(["so", "pgd-lac-son", "thcs-lac-son"])
    expect(after.pathOf("thcs-lac-son")).toEqual(["so", "xa-lac-son", "thcs-lac-son"])
    expect(before.contains("pgd-lac-son", "thcs-lac-son")).toBe(true)
    expect(after.contains("pgd-lac-son", "thcs-lac-son")).toBe(false)
    expect(after.contains("xa-lac-son", "thcs-lac-son")).toBe(true)
    expect(isInSubtree(hierarchy, "thcs-lac-son", "pgd-lac-son", "2025-06-30")).toBe(true)
    expect(isInSubtree(hierarchy, "thcs-lac-son", "pgd-lac-son", "2025-07-01")).toBe(false)

    const posts = { "thcs-lac-son": 3, "mn-hoa-ban": 1, "thpt-lac-son": 2 }
    expect(rollUp(before, posts).get("pgd-lac-son")).toBe(4)
    expect(rollUp(before, posts).get("xa-lac-son")).toBeUndefined()
    expect(rollUp(after, posts).get("xa-lac-son")).toBe(4)
    expect(rollUp(after, posts).get("pgd-lac-son")).toBeUndefined()
    expect(rollUp(before, posts).get("so")).toBe(6)
    expect(rollUp(after, posts).get("so")).toBe(6)
  })

  it("the tree changes only on the dates where a unit or an edge starts or ends", () => {
    const { hierarchy } = buildHierarchy(lacSon())
    expect(hierarchy.changeDates).toEqual(["2025-07-01"])
  })

  it("a dissolved Phòng is not in the tree after its last day", () => {
    const { hierarchy } = buildHierarchy(lacSon())
    expect(treeAt(hierarchy, "2025-06-30").has("pgd-lac-son")).toBe(true)
    expect(treeAt(hierarchy, "2025-07-01").has("pgd-lac-son")).toBe(false)
    expect(treeAt(hierarchy, "2030-01-01").childrenOf("so")).toEqual(["thpt-lac-son", "xa-lac-son"])
  })

  it("the managing body is the reportsTo parent on days no managedBy edge covers", () => {
    const roster = lacSon()
    const { hierarchy } = buildHierarchy(roster)
    expect(parentOf(hierarchy, "thcs-lac-son", "2025-06-30", "managedBy")).toBe("pgd-lac-son")
    expect(parentOf(hierarchy, "thcs-lac-son", "2025-07-01", "managedBy")).toBe("xa-lac-son")
  })

  it("an explicit managedBy edge gives a managing body different from the unit collecting reports", () => {
    const roster = lacSon()
    const units = roster.units.map((unit) =>
      unit.id === "thcs-lac-son" ? { ...unit, managedBy: [{ unit: "so", validFrom: "2025-07-01" }] } : unit,
    )
    const { hierarchy, issues } = buildHierarchy({ ...roster, units })
    expect(issues).toEqual([])
    expect(parentOf(hierarchy, "thcs-lac-son", "2025-07-01", "reportsTo")).toBe("xa-lac-son")
    expect(parentOf(hierarchy, "thcs-lac-son", "2025-07-01", "managedBy")).toBe("so")
    // Before the managedBy edge starts, the reportsTo parent manages.
    expect(parentOf(hierarchy, "thcs-lac-son", "2025-06-30", "managedBy")).toBe("pgd-lac-son")
    expect(treeAt(hierarchy, "2025-07-01", "managedBy").childrenOf("xa-lac-son")).toEqual(["mn-hoa-ban"])
  })

  it("a hierarchy serialises as its data, without its index", () => {
    const { hierarchy } = buildHierarchy(lacSon())
    expect(Object.keys(JSON.parse(JSON.stringify(hierarchy)) as object)).toEqual(["units", "people", "channels", "changeDates"])
  })

  it("querying something that was not built by buildHierarchy is a programming error and throws", () => {
    const { hierarchy } = buildHierarchy(lacSon())
    expect(() => treeAt({ ...hierarchy }, "2025-07-01")).toThrow(TypeError)
  })

  it("a unit is found by id, whatever its dates", () => {
    const { hierarchy } = buildHierarchy(lacSon())
    expect(findUnit(hierarchy, "pgd-lac-son")?.validTo).toBe("2025-06-30")
    expect(findUnit(hierarchy, "nope")).toBeUndefined()
    expect(findPerson(hierarchy, "gv-0001")?.phone).toBe("0912345678")
    expect(findChannel(hierarchy, "fb-so")?.admins).toEqual(["tp-0001", "pp-0001"])
  })

  it("units of a kind come in id order, and only those active when a date is given", () => {
    const { hierarchy } = buildHierarchy(lacSon())
    expect(unitsOfKind(hierarchy, "district-office").map((unit) => unit.id)).toEqual(["pgd-lac-son"])
    expect(unitsOfKind(hierarchy, "district-office", "2025-07-01")).toEqual([])
    expect(
      unitsOfKind(hierarchy, ["kindergarten", "lower-secondary", "upper-secondary"]).map((unit) => unit.id),
    ).toEqual(["mn-hoa-ban", "thcs-lac-son", "thpt-lac-son"])
  })

  it("a unit's channels come in id order, optionally on one platform", () => {
    const { hierarchy } = buildHierarchy(lacSon())
    expect(channelsOf(hierarchy, "thcs-lac-son").map((channel) => channel.id)).toEqual([
      "fb-thcs-lac-son",
      "zl-thcs-lac-son",
    ])
    expect(channelsOf(hierarchy, "thcs-lac-son", "zalo-group").map((channel) => channel.id)).toEqual([
      "zl-thcs-lac-son",
    ])
    expect(channelsOf(hierarchy, "nope")).toEqual([])
  })

  it("a province of 600 units and 20,000 people builds, and answers on both sides of the reform", () => {
    const units: Array<Record<string, unknown>> = [{ id: "so", name: "Sở", kind: "department" }]
    for (let d = 0; d < 10; d++) {
      units.push({ id: `pgd-${d}`, name: `Phòng ${d}`, kind: "district-office", parent: "so", validTo: "2025-06-30" })
      units.push({ id: `xa-${d}`, name: `Xã ${d}`, kind: "commune", parent: "so", validFrom: "2025-07-01" })
      for (let s = 0; s < 59; s++) {
        units.push({
          id: `th-${d}-${s}`,
          name: `Trường ${d}-${s}`,
          kind: "primary",
          parents: [
            { unit: `pgd-${d}`, validTo: "2025-06-30" },
            { unit: `xa-${d}`, validFrom: "2025-07-01" },
          ],
        })
      }
    }
    const people = Array.from({ length: 20_000 }, (_, k) => ({
      id: `gv-${k}`,
      name: `Giáo viên ${k}`,
      unit: `th-${k % 10}-${k % 59}`,
      roles: ["teacher"],
      partyMember: k % 3 === 0,
    }))
    const { hierarchy, issues } = buildHierarchy({ units, people })
    expect(issues).toEqual([])
    expect(hierarchy.units).toHaveLength(611)
    expect(treeAt(hierarchy, "2025-06-30").descendantsOf("pgd-3")).toHaveLength(59)
    expect(treeAt(hierarchy, "2025-07-01").descendantsOf("xa-3")).toHaveLength(59)
    const staff = new Map(units.map((unit) => [unit.id as string, 0]))
    for (const person of people) staff.set(person.unit, (staff.get(person.unit) ?? 0) + 1)
    expect(rollUp(treeAt(hierarchy, "2025-07-01"), staff).get("so")).toBe(20_000)
  })
})
