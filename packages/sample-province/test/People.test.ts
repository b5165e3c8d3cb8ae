import { normalizePhone } from "@lantoa/core"
import { PLAN_STAFF_TOTAL, generateProvince } from "@lantoa/sample-province"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { EXCLUDED_NAME_HASHES, drawName, nameHash, personName } from "../src/internal/names.js"
import { random } from "../src/internal/random.js"

const province = generateProvince({ activities: false })
const unitKind = new Map(province.units.map((unit) => [unit.id, unit.kind]))
const staffOf = new Map<string, Array<(typeof province.people)[number]>>()
for (const person of province.people) {
  const list = staffOf.get(person.unit) ?? []
  list.push(person)
  staffOf.set(person.unit, list)
}
const schools = province.units.filter((unit) => !["department", "district-office", "commune"].includes(unit.kind))
const roles = (person: (typeof province.people)[number]) => person.roles ?? []
const LEADER_ROLES = ["department-leader", "union-leader", "division-head", "division-deputy-head", "office-leader", "principal", "vice-principal"]

// The blocks the generator draws from: mobile prefixes no carrier has been
// allocated, so no generated number can be a real subscriber's.
const UNALLOCATED = /^0(30|31|50|53|54|57|7[1-5])\d{7}$/
const excluded = (name: string): boolean => EXCLUDED_NAME_HASHES.has(nameHash(name))
// The generator writes phones as text; contract v1 also accepts numbers.
const phoneOf = (person: (typeof province.people)[number]): string => String(person.phone ?? "")

describe("staff", () => {
  it("the sector has the plan's 18,426 staff", () => {
    expect(PLAN_STAFF_TOTAL).toBe(18_426)
    expect(province.people).toHaveLength(18_426)
  })

  it("the staff total is exact for any configured size", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3_500, max: 30_000 }), (staff) => {
        expect(generateProvince({ staff, activities: false }).people).toHaveLength(staff)
      }),
      { numRuns: 6 },
    )
  })

  it("a staff total too small for the province's units is a programming error", () => {
    expect(() => generateProvince({ staff: 1_000, activities: false })).toThrow(RangeError)
  })

  it("every unit has staff, sized by kind (THPT bigger than mầm non, CĐSP the biggest school)", () => {
    const mean = (kind: string): number => {
      const units = province.units.filter((unit) => unit.kind === kind)
      return units.reduce((sum, unit) => sum + (staffOf.get(unit.id)?.length ?? 0), 0) / units.length
    }
    for (const unit of province.units) expect(staffOf.get(unit.id)?.length, unit.id).toBeGreaterThanOrEqual(6)
    expect(mean("upper-secondary")).toBeGreaterThan(2 * mean("kindergarten"))
    expect(mean("teacher-college")).toBeGreaterThan(mean("upper-secondary"))
    expect(staffOf.get("so-gddt")).toHaveLength(60)
  })

  it("person ids are unique and every person belongs to a unit of the roster", () => {
    expect(new Set(province.people.map((p) => p.id)).size).toBe(province.people.length)
    expect(province.people.filter((person) => !unitKind.has(person.unit))).toEqual([])
  })
})

describe("roles", () => {
  it("every school has one principal, one to three vice-principals, teachers, staff and one communication officer", () => {
    for (const school of schools) {
      const staff = staffOf.get(school.id) ?? []
      const count = (role: string) => staff.filter((p) => roles(p).includes(role as never)).length
      expect(count("principal"), school.id).toBe(1)
      expect(count("vice-principal"), school.id).toBeGreaterThanOrEqual(1)
      expect(count("vice-principal"), school.id).toBeLessThanOrEqual(3)
      expect(count("teacher"), school.id).toBeGreaterThan(0)
      expect(count("staff"), school.id).toBeGreaterThan(0)
      expect(count("communication-officer"), school.id).toBe(1)
    }
  })

  it("a school's communication officer is one of its teachers", () => {
    for (const person of province.people.filter((p) => roles(p).includes("communication-officer"))) {
      const kind = unitKind.get(person.unit)
      if (kind === "department" || kind === "district-office") expect(roles(person)).toContain("specialist")
      else expect(roles(person)).toEqual(["teacher", "communication-officer"])
    }
  })

  it("the Sở has its leaders, Công đoàn leaders, division heads and deputies, and specialists", () => {
    const staff = staffOf.get("so-gddt") ?? []
    const count = (role: string) => staff.filter((p) => roles(p).includes(role as never)).length
    expect(count("department-leader")).toBeGreaterThanOrEqual(1)
    expect(count("union-leader")).toBeGreaterThanOrEqual(1)
    expect(count("division-head")).toBeGreaterThanOrEqual(1)
    expect(count("division-deputy-head")).toBeGreaterThanOrEqual(1)
    expect(count("specialist")).toBeGreaterThan(count("division-head"))
    expect(count("communication-officer")).toBe(count("division-head"))
  })

  it("every Phòng has two or three leaders and specialists, one of them in charge of communication", () => {
    for (const office of province.units.filter((unit) => unit.kind === "district-office")) {
      const staff = staffOf.get(office.id) ?? []
      const leaders = staff.filter((p) => roles(p).includes("office-leader")).length
      expect(leaders).toBeGreaterThanOrEqual(2)
      expect(leaders).toBeLessThanOrEqual(3)
      expect(staff.filter((p) => roles(p).includes("communication-officer"))).toHaveLength(1)
      expect(staff.every((p) => roles(p).includes("office-leader") || roles(p).includes("specialist"))).toBe(true)
    }
  })
})

describe("party members", () => {
  it("the share of party members is the configured one (default 45%)", () => {
    const party = province.people.filter((p) => p.partyMember).length
    expect(party).toBe(Math.round(0.45 * 18_426))
    const few = generateProvince({ partyMemberShare: 0.3, activities: false }).people
    expect(few.filter((p) => p.partyMember).length).toBe(Math.round(0.3 * few.length))
  })

  it("leaders are nearly all party members", () => {
    const leaders = province.people.filter((p) => roles(p).some((role) => LEADER_ROLES.includes(role)))
    const share = leaders.filter((p) => p.partyMember).length / leaders.length
    expect(share).toBeGreaterThan(0.93)
    const others = province.people.filter((p) => !roles(p).some((role) => LEADER_ROLES.includes(role)))
    expect(others.filter((p) => p.partyMember).length / others.length).toBeLessThan(0.45)
  })
})

describe("names", () => {
  it("names are NFC, with a family, a middle and a given name, and nearly all carry diacritics", () => {
    const names = province.people.map((p) => p.name)
    expect(names.filter((name) => name !== name.normalize("NFC"))).toEqual([])
    expect(names.filter((name) => !/^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*){2,3}$/u.test(name))).toEqual([])
    const withDiacritics = names.filter((name) => /[^\x00-\x7F]/.test(name)).length
    expect(withDiacritics / names.length).toBeGreaterThan(0.95)
  })

  it("Mường family names of the province are common", () => {
    const families = new Set(province.people.map((p) => p.name.split(" ")[0]))
    for (const family of ["Bùi", "Đinh", "Quách", "Xa", "Hà"]) expect(families.has(family), family).toBe(true)
    const bui = province.people.filter((p) => p.name.startsWith("Bùi ")).length
    expect(bui / province.people.length).toBeGreaterThan(0.1)
  })

  it("no one is ever given the name of a real person the sample excludes, whatever the seed", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), (seed) => {
        const people = generateProvince({ seed, activities: false }).people
        expect(people.filter(({ name }) => excluded(name))).toEqual([])
      }),
      { numRuns: 4 },
    )
    expect(province.people.filter(({ name }) => excluded(name))).toEqual([])
  })

  it("excluded names are kept out on purpose, not by luck: the name lists draw some, and personName never returns them", () => {
    const raw = random("exclusion")
    const reached = new Set<string>()
    for (let i = 0; i < 300_000; i++) {
      const hash = nameHash(drawName(raw, i % 2 === 0))
      if (EXCLUDED_NAME_HASHES.has(hash)) reached.add(hash)
    }
    // The plan's three people can be drawn from the lists; the others named in
    // the reference notes cannot (their family or given names are not in them).
    expect(reached.size).toBe(3)
    const kept = random("exclusion")
    const hits: Array<string> = []
    for (let i = 0; i < 300_000; i++) {
      const name = personName(kept, i % 2 === 0)
      if (excluded(name)) hits.push(name)
    }
    expect(hits).toEqual([])
  })

  it("the exclusion list holds hashes only, never a name in clear text", () => {
    expect(EXCLUDED_NAME_HASHES.size).toBe(6)
    for (const hash of EXCLUDED_NAME_HASHES) expect(hash).toMatch(/^[0-9a-f]{16}$/)
  })

  it("a name's hash is that of its key: case, diacritics, Unicode form and spacing do not change it", () => {
    const hash = nameHash("Bùi Thị Hoa")
    expect(hash).toMatch(/^[0-9a-f]{16}$/)
    for (const spelling of ["bui thi hoa", "BÙI  THỊ HOA", "Bùi Thị Hoà", "Bùi Thị Hoa".normalize("NFD"), " Bui Thi Hoa "]) {
      expect(nameHash(spelling), spelling).toBe(hash)
    }
    expect(nameHash("Bùi Thị Hoà Bình")).not.toBe(hash)
  })
})

describe("phone numbers", () => {
  it("every phone is a clean 10-digit mobile number that core accepts unchanged", () => {
    const bad = province.people.filter(
      (person) => !/^0[35789]\d{8}$/.test(phoneOf(person)) || normalizePhone(phoneOf(person)) !== person.phone,
    )
    expect(bad).toEqual([])
  })

  it("phones are unique", () => {
    const phones = province.people.map((p) => p.phone)
    expect(new Set(phones).size).toBe(phones.length)
  })

  it("every phone lies in a block no carrier has been allocated (030, 031, 050, 053, 054, 057, 071–075), whatever the seed", () => {
    expect(province.people.filter((person) => !UNALLOCATED.test(phoneOf(person)))).toEqual([])
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), (seed) => {
        const people = generateProvince({ seed, activities: false }).people
        expect(people.filter((person) => !UNALLOCATED.test(phoneOf(person)))).toEqual([])
      }),
      { numRuns: 3 },
    )
    // Every block is in use: the rule is not met by drawing from one alone.
    const prefixes = new Set(province.people.map((person) => phoneOf(person).slice(0, 3)))
    expect([...prefixes].sort()).toEqual(["030", "031", "050", "053", "054", "057", "071", "072", "073", "074", "075"])
  })

  it("a configured share of staff has no phone, and the others keep theirs", () => {
    const sparse = generateProvince({ missingPhoneShare: 0.02, activities: false }).people
    expect(sparse.filter((p) => p.phone === undefined)).toHaveLength(Math.round(0.02 * 18_426))
    expect(sparse.filter((person, i) => person.phone !== undefined && person.phone !== province.people[i]?.phone)).toEqual([])
  })
})
