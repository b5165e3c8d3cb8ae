import { buildHierarchy, leadershipOf, partyMembersOf, peopleOf, peopleWithRole } from "@lantoa/hierarchy"
import { describe, expect, it } from "vitest"
import { lacSon } from "./fixtures.js"

const { hierarchy } = buildHierarchy(lacSon())
const ids = (people: ReadonlyArray<{ readonly id: string }>) => people.map((person) => person.id)

describe("staff", () => {
  it("the people of a unit come in id order, filtered by date, roles and party membership", () => {
    expect(ids(peopleOf(hierarchy, "thcs-lac-son"))).toEqual(["gv-0001", "gv-0002", "ht-0001", "pht-0001"])
    expect(ids(peopleOf(hierarchy, "thcs-lac-son", { on: "2025-06-01" }))).toEqual(["gv-0001", "ht-0001", "pht-0001"])
    expect(ids(peopleOf(hierarchy, "thcs-lac-son", { roles: ["teacher"], partyMember: true }))).toEqual(["gv-0001"])
    expect(ids(peopleOf(hierarchy, "thcs-lac-son", { partyMember: false }))).toEqual(["gv-0002", "pht-0001"])
    expect(peopleOf(hierarchy, "nope")).toEqual([])
  })

  it("people with a role are found across the whole roster", () => {
    expect(ids(peopleWithRole(hierarchy, "communication-officer"))).toEqual(["cv-0001", "gv-0001"])
    expect(ids(peopleWithRole(hierarchy, ["principal", "vice-principal"]))).toEqual(["ht-0001", "pht-0001"])
    expect(ids(peopleWithRole(hierarchy, "teacher", "2025-06-01"))).toEqual(["gv-0001"])
  })

  it("the party members of a unit are the people flagged as đảng viên", () => {
    expect(ids(partyMembersOf(hierarchy, "thcs-lac-son"))).toEqual(["gv-0001", "ht-0001"])
    expect(ids(partyMembersOf(hierarchy, "so"))).toEqual(["gd-0001", "tp-0001"])
  })

  it("a school's leadership is its principal and vice-principals", () => {
    expect(ids(leadershipOf(hierarchy, "thcs-lac-son"))).toEqual(["ht-0001", "pht-0001"])
  })

  it("the Sở's leadership includes its division heads and deputies, who alone administer its Fanpage under the plan", () => {
    expect(ids(leadershipOf(hierarchy, "so"))).toEqual(["gd-0001", "pp-0001", "tp-0001"])
    expect(ids(peopleOf(hierarchy, "so", { roles: ["division-head", "division-deputy-head"] }))).toEqual([
      "pp-0001",
      "tp-0001",
    ])
  })
})
