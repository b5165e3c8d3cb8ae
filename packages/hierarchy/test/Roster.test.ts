import { parseRoster } from "@lantoa/hierarchy"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lacSon } from "./fixtures.js"

describe("parseRoster", () => {
  it("a valid roster parses into units, people and channels, each naming where it was read", () => {
    const { roster, issues } = parseRoster(lacSon())
    expect(issues).toEqual([])
    expect(roster.units[3]).toEqual({
      id: "thcs-lac-son",
      name: "Trường THCS Lạc Sơn",
      kind: "lower-secondary",
      path: "units[3]",
      reportsTo: [
        { unit: "pgd-lac-son", validTo: "2025-06-30", path: "units[3].parents[0]" },
        { unit: "xa-lac-son", validFrom: "2025-07-01", path: "units[3].parents[1]" },
      ],
      managedBy: [],
    })
    expect(roster.people[6]).toEqual({
      id: "gv-0001",
      name: "Nguyễn Thị Hoa",
      unit: "thcs-lac-son",
      roles: ["teacher", "communication-officer"],
      partyMember: true,
      phone: "0912345678",
      path: "people[6]",
    })
    expect(roster.channels[1]?.admins).toEqual([])
  })

  it("a whole-life parent is one undated reportsTo edge read from units[i].parent", () => {
    const { roster } = parseRoster({ units: [{ id: "so", name: "Sở", kind: "department" }, { id: "a", name: "A", kind: "primary", parent: "so" }] })
    expect(roster.units[1]?.reportsTo).toEqual([{ unit: "so", path: "units[1].parent" }])
  })

  it("a person with no roles and no party flag has no roles and is not a party member", () => {
    const { roster } = parseRoster({ units: [{ id: "so", name: "Sở", kind: "department" }], people: [{ id: "p", name: "P", unit: "so" }] })
    expect(roster.people[0]).toEqual({ id: "p", name: "P", unit: "so", roles: [], partyMember: false, path: "people[0]" })
  })

  it("null bounds and a null parent are open, as on the wire", () => {
    const { roster, issues } = parseRoster({
      units: [{ id: "so", name: "Sở", kind: "department", parent: null, validFrom: null, validTo: null }],
    })
    expect(issues).toEqual([])
    expect(roster.units[0]).toEqual({ id: "so", name: "Sở", kind: "department", reportsTo: [], managedBy: [], path: "units[0]" })
  })

  it("a roster that is not an object is one issue and an empty roster", () => {
    for (const input of [null, 42, "units", [{ id: "so" }]]) {
      const { roster, issues } = parseRoster(input)
      expect(roster).toEqual({ units: [], people: [], channels: [] })
      expect(issues.map((issue) => issue.code)).toEqual(["invalid-type"])
    }
  })

  it("a list that is not an array is reported at its path", () => {
    const { issues } = parseRoster({ units: {}, people: "x" })
    expect(issues.map((issue) => issue.path)).toEqual(["units", "people"])
  })

  it("issues come in input order: units, then people, then channels, each by index", () => {
    const { issues } = parseRoster({
      channels: [{ id: "c", unit: "zz", platform: "website", name: "W" }],
      people: [{ id: "p", name: "P", unit: "zz" }],
      units: [{ id: "a", name: "A", kind: "other", parent: "zz" }, { id: "b", kind: "other" }],
    })
    expect(issues.map((issue) => issue.path)).toEqual(["units[0].parent", "units[1].name", "people[0].unit", "channels[0].unit"])
  })

  it("parsing never throws and keeps only well-formed records, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.record({ units: fc.anything(), people: fc.anything(), channels: fc.anything() }, { requiredKeys: [] }),
        (input) => {
          const { roster, issues } = parseRoster(input)
          for (const unit of roster.units) expect(typeof unit.id).toBe("string")
          for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0)
        },
      ),
      { numRuns: 300 },
    )
  })
})
