import { buildHierarchy, diffRosters, parseRoster, type Roster } from "@lantoa/hierarchy"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lacSon } from "./fixtures.js"

const parsed = (roster: Roster) => parseRoster(roster).roster

/** The 2024 roster: every school under its Phòng for its whole life. */
const before2024 = (): Roster => {
  const roster = lacSon()
  return {
    ...roster,
    units: roster.units
      .filter((unit) => unit.id !== "xa-lac-son")
      .map((unit) =>
        unit.parents === undefined ? { ...unit, validTo: null } : { id: unit.id, name: unit.name, kind: unit.kind, parent: "pgd-lac-son" },
      ),
  }
}

describe("diffRosters", () => {
  it("a roster compared with itself has no changes", () => {
    const roster = parsed(lacSon())
    expect(diffRosters(roster, roster)).toEqual({
      units: { added: [], removed: [], moved: [], renamed: [], kindChanged: [] },
      people: { added: [], removed: [], moved: [], renamed: [], rolesChanged: [], partyMemberChanged: [] },
    })
  })

  it("units and people added and removed are listed in id order", () => {
    const after = lacSon()
    const diff = diffRosters(
      parsed(before2024()),
      parsed({ ...after, people: after.people.filter((person) => person.id !== "gv-0002").concat({ id: "gv-0100", name: "Mới", unit: "so" }) }),
    )
    expect(diff.units.added.map((unit) => unit.id)).toEqual(["xa-lac-son"])
    expect(diff.people.added.map((person) => person.id)).toEqual(["gv-0100"])
    expect(diff.people.removed.map((person) => person.id)).toEqual(["gv-0002"])
  })

  it("a school given dated parents has moved as a whole line, and on a date only if its parent that day changed", () => {
    const before = parsed(before2024())
    const after = parsed(lacSon())
    expect(diffRosters(before, after).units.moved).toEqual([
      {
        id: "mn-hoa-ban",
        before: [{ unit: "pgd-lac-son" }],
        after: [
          { unit: "pgd-lac-son", validTo: "2025-06-30" },
          { unit: "xa-lac-son", validFrom: "2025-07-01" },
        ],
      },
      {
        id: "thcs-lac-son",
        before: [{ unit: "pgd-lac-son" }],
        after: [
          { unit: "pgd-lac-son", validTo: "2025-06-30" },
          { unit: "xa-lac-son", validFrom: "2025-07-01" },
        ],
      },
    ])
    expect(diffRosters(before, after, { on: "2025-06-30" }).units.moved).toEqual([])
    expect(diffRosters(before, after, { on: "2025-07-01" }).units.moved.map((move) => [move.id, move.after])).toEqual([
      ["mn-hoa-ban", [{ unit: "xa-lac-son", validFrom: "2025-07-01" }]],
      ["thcs-lac-son", [{ unit: "xa-lac-son", validFrom: "2025-07-01" }]],
    ])
  })

  it("the managing line is compared when asked, falling back to the reporting line on uncovered days", () => {
    const roster = lacSon()
    const managed = {
      ...roster,
      units: roster.units.map((unit) => (unit.id === "thpt-lac-son" ? { ...unit, managedBy: [{ unit: "so" }] } : unit)),
    }
    expect(diffRosters(parsed(roster), parsed(managed), { relation: "managedBy" }).units.moved.map((m) => m.id)).toEqual([
      "thpt-lac-son",
    ])
    expect(diffRosters(parsed(roster), parsed(managed), { relation: "managedBy", on: "2025-01-01" }).units.moved).toEqual([])
  })

  it("a person whose unit changed has moved", () => {
    const roster = lacSon()
    const after = { ...roster, people: roster.people.map((p) => (p.id === "gv-0001" ? { ...p, unit: "thpt-lac-son" } : p)) }
    expect(diffRosters(parsed(roster), parsed(after)).people.moved).toEqual([
      { id: "gv-0001", before: "thcs-lac-son", after: "thpt-lac-son" },
    ])
  })

  it("a rename is a change of name text, not of spacing, invisible characters or Unicode composition", () => {
    const roster = lacSon()
    const rename = (unitName: (name: string) => string, personName: (name: string) => string): Roster => ({
      ...roster,
      units: roster.units.map((unit) => (unit.id === "thpt-lac-son" ? { ...unit, name: unitName(unit.name) } : unit)),
      people: roster.people.map((p) => (p.id === "gv-0001" ? { ...p, name: personName(p.name) } : p)),
    })
    const cosmetic = rename(
      (name) => `  ${name.normalize("NFD").replace(" ", "   ")} `,
      (name) => `${name.normalize("NFD")}\u200B`,
    )
    expect(diffRosters(parsed(roster), parsed(cosmetic)).units.renamed).toEqual([])
    expect(diffRosters(parsed(roster), parsed(cosmetic)).people.renamed).toEqual([])
    const real = rename(
      () => "Trường THPT Lạc Sơn tỉnh Phú Thọ",
      () => "Nguyễn Thị Hòa",
    )
    const diff = diffRosters(parsed(roster), parsed(real))
    expect(diff.units.renamed).toEqual([
      { id: "thpt-lac-son", before: "Trường THPT Lạc Sơn", after: "Trường THPT Lạc Sơn tỉnh Phú Thọ" },
    ])
    expect(diff.people.renamed).toEqual([{ id: "gv-0001", before: "Nguyễn Thị Hoa", after: "Nguyễn Thị Hòa" }])
  })

  it("kind, role and party-membership changes are listed", () => {
    const roster = lacSon()
    const after: Roster = {
      ...roster,
      units: roster.units.map((unit) => (unit.id === "thcs-lac-son" ? { ...unit, kind: "primary-lower-secondary" } : unit)),
      people: roster.people.map((p) =>
        p.id === "pht-0001" ? { ...p, roles: ["principal"], partyMember: true } : p,
      ),
    }
    const diff = diffRosters(parsed(roster), parsed(after))
    expect(diff.units.kindChanged).toEqual([{ id: "thcs-lac-son", before: "lower-secondary", after: "primary-lower-secondary" }])
    expect(diff.people.rolesChanged).toEqual([{ id: "pht-0001", added: ["principal"], removed: ["vice-principal"] }])
    expect(diff.people.partyMemberChanged).toEqual([{ id: "pht-0001", before: false, after: true }])
  })

  it("hierarchies diff like the rosters they were built from", () => {
    const a = buildHierarchy(before2024()).hierarchy
    const b = buildHierarchy(lacSon()).hierarchy
    expect(diffRosters(a, b)).toEqual(diffRosters(parsed(before2024()), parsed(lacSon())))
  })

  it("a diff never depends on the order of records", () => {
    const roster = lacSon()
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...roster.units], { minLength: roster.units.length }),
        fc.shuffledSubarray([...roster.people], { minLength: 5 }),
        (units, people) => {
          const before = parsed(before2024())
          const shuffled = { ...roster, units, people }
          const sorted = { ...roster, people: roster.people.filter((p) => people.includes(p)) }
          const strip = (diff: ReturnType<typeof diffRosters>) => JSON.stringify(diff, (key, value) => (key === "path" ? undefined : value))
          expect(strip(diffRosters(before, parsed(shuffled)))).toBe(strip(diffRosters(before, parsed(sorted))))
        },
      ),
      { numRuns: 100 },
    )
  })
})
