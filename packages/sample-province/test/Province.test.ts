import { diffRosters, parseRoster } from "@lantoa/hierarchy"
import { HOA_BINH_DISTRICTS, PLAN_STAFF_TOTAL, UNIT_PROFILES, generateProvince, provinceFacts } from "@lantoa/sample-province"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const week = { from: "2024-11-25", to: "2024-12-01" }

describe("determinism", { timeout: 30_000 }, () => {
  it("the same options give byte-identical JSON", () => {
    const a = JSON.stringify(generateProvince({ seed: "hoa-binh", activities: week }))
    const b = JSON.stringify(generateProvince({ seed: "hoa-binh", activities: week }))
    expect(a).toBe(b)
    expect(a.length).toBeGreaterThan(1_000_000)
  })

  it("the default province is the same on every call, whatever the machine's time zone", () => {
    // Vitest runs this suite with TZ=America/Los_Angeles: nothing may read it.
    expect(JSON.stringify(generateProvince())).toBe(JSON.stringify(generateProvince({ seed: "lantoa" })))
  })

  it("a different seed gives a different province (same units, other people and activity)", () => {
    const base = generateProvince({ activities: week })
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), (seed) => {
        fc.pre(seed !== "lantoa")
        const other = generateProvince({ seed, activities: week })
        expect(other.units).toEqual(base.units)
        expect(JSON.stringify(other.people)).not.toBe(JSON.stringify(base.people))
        expect(JSON.stringify(other.activities)).not.toBe(JSON.stringify(base.activities))
      }),
      { numRuns: 3 },
    )
  })

  it("a numeric seed is the same as its decimal text", () => {
    const json = (seed: string | number) => JSON.stringify(generateProvince({ seed, activities: week }))
    expect(json(7)).toBe(json("7"))
  })
})

describe("facts", () => {
  it("every unit that owns channels has a profile, in the configured shares, and the Sở is on time", () => {
    const facts = provinceFacts()
    expect(Object.keys(facts.profiles)).toHaveLength(542)
    expect(facts.profiles["so-gddt"]).toBe("on-time")
    const counts = UNIT_PROFILES.map((p) => Object.values(facts.profiles).filter((q) => q === p).length)
    expect(counts).toEqual([271, 162, 81, 27].map((n, i) => n + (i === 0 ? 1 : 0)))
  })

  it("facts match the province generated from the same options", () => {
    const options = { seed: 3, missingChannelShare: 0.1, activities: week } as const
    const province = generateProvince(options)
    const facts = provinceFacts(options)
    const party = new Set(province.people.filter((p) => p.partyMember).map((p) => p.id))
    expect(facts.compliantPartyMembers.every((id) => party.has(id))).toBe(true)
    expect(facts.channelFaults.filter((f) => f.fault === "missing")).toHaveLength(54)
  })
})

describe("options", () => {
  it("shares outside [0, 1] and unknown variants are programming errors", () => {
    expect(() => generateProvince({ partyMemberShare: 1.5, activities: false })).toThrow(RangeError)
    expect(() => generateProvince({ missingChannelShare: -0.1, activities: false })).toThrow(RangeError)
    expect(() => generateProvince({ activities: { partyMemberCompliance: Number.NaN } })).toThrow(RangeError)
    expect(() => generateProvince({ activities: { profiles: { silent: 0 } } })).toThrow(RangeError)
    expect(() => generateProvince({ variant: "2030" as never, activities: false })).toThrow(RangeError)
  })

  it("the examples in the documentation hold", () => {
    const { units, people, activities } = generateProvince({ seed: 7 })
    expect(units).toHaveLength(542)
    expect(people).toHaveLength(18_426)
    expect(activities[0]).toEqual({
      id: "facebook:1000_20244802",
      kind: "post",
      unit: "so-gddt",
      channel: "fb-so-gddt",
      at: "2024-12-01T09:36:43+07:00",
      url: "https://facebook.example/so-gddt/posts/20244802",
    })
    const twoTier = generateProvince({ variant: "two-tier-2025", activities: false })
    expect(twoTier.units).toHaveLength(588)
    expect(twoTier.units.find((u) => u.id === "mn-lac-son-03")?.parents).toEqual([
      { unit: "pgd-lac-son", validTo: "2025-06-30" },
      { unit: "xa-lac-son", validFrom: "2025-07-01" },
    ])
    expect(Object.values(provinceFacts({ seed: 7 }).profiles).filter((p) => p === "silent")).toHaveLength(27)
    expect(provinceFacts({ seed: 3 }).channelFaults.filter((f) => f.fault === "missing")).toHaveLength(22)
    const roster = generateProvince({ activities: false })
    expect(roster.channels.filter((c) => c.platform === "facebook-page")).toHaveLength(534)
    expect(roster.people).toHaveLength(PLAN_STAFF_TOTAL)
    const lacSon = HOA_BINH_DISTRICTS.find((d) => d.id === "lac-son")
    expect([lacSon?.label, lacSon?.communes2025.length]).toEqual(["huyện Lạc Sơn", 8])
    expect(HOA_BINH_DISTRICTS).toHaveLength(10)
  })
})

describe("the two-tier variant is the same province after the reform", () => {
  const before = generateProvince({ activities: false })
  const after = generateProvince({ variant: "two-tier-2025", activities: false })
  const offices = new Set(before.units.filter((u) => u.kind === "district-office").map((u) => u.id))
  const withoutValidTo = (record: object) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== "validTo"))

  it("diffRosters finds the reform alone: 46 units added, 469 moved, the Sở renamed, no person changed", () => {
    const diff = diffRosters(parseRoster(before).roster, parseRoster(after).roster)
    expect(diff.units.added).toHaveLength(46)
    expect(diff.units.added.every((unit) => unit.kind === "commune")).toBe(true)
    expect(diff.units.removed).toEqual([])
    expect(diff.units.moved).toHaveLength(469)
    expect(diff.units.renamed).toEqual([{ id: "so-gddt", before: "Sở Giáo dục và Đào tạo Hòa Bình", after: "Sở Giáo dục và Đào tạo Phú Thọ" }])
    expect(diff.units.kindChanged).toEqual([])
    expect(diff.people).toEqual({ added: [], removed: [], moved: [], renamed: [], rolesChanged: [], partyMemberChanged: [] })
  })

  it("the people are the same (ids, names, roles, party membership, phones, units), but the Phòng's staff end on 30 June 2025", () => {
    expect(after.people.map(withoutValidTo)).toEqual(before.people)
    for (const person of after.people) expect(person.validTo, person.id).toBe(offices.has(person.unit) ? "2025-06-30" : undefined)
  })

  it("the channels are the same, names included, but the Phòng's channels end on 30 June 2025", () => {
    expect(after.channels.map(withoutValidTo)).toEqual(before.channels)
    for (const channel of after.channels) expect(channel.validTo, channel.id).toBe(offices.has(channel.unit) ? "2025-06-30" : undefined)
  })

  it("every unit of 2024 is there, the same but for the Phòng's end, the dated parents of their schools and the Sở's name", () => {
    const byId = new Map(after.units.map((unit) => [unit.id, unit]))
    for (const unit of before.units) {
      const now = byId.get(unit.id)
      if (unit.id === "so-gddt") expect(now).toEqual({ ...unit, name: "Sở Giáo dục và Đào tạo Phú Thọ" })
      else if (unit.kind === "district-office") expect(now).toEqual({ ...unit, validTo: "2025-06-30" })
      else if (typeof unit.parent === "string" && offices.has(unit.parent)) {
        const { parent, ...rest } = unit
        expect(now).toEqual({ ...rest, parents: [{ unit: parent, validTo: "2025-06-30" }, { unit: now?.parents?.[1]?.unit, validFrom: "2025-07-01" }] })
      } else expect(now).toEqual(unit)
    }
    expect(after.units.slice(0, before.units.length).map((unit) => unit.id)).toEqual(before.units.map((unit) => unit.id))
  })

  it("communes have no staff: commune officials are not the sector's staff, and the total stays exactly `staff`", () => {
    const communes = new Set(after.units.filter((u) => u.kind === "commune").map((u) => u.id))
    expect(communes.size).toBe(46)
    expect(after.people.filter((p) => communes.has(p.unit))).toEqual([])
    expect(after.people).toHaveLength(PLAN_STAFF_TOTAL)
    expect(generateProvince({ variant: "two-tier-2025", staff: 5_000, activities: false }).people).toHaveLength(5_000)
  })

  it("the planted facts are the same in both variants", () => {
    expect(provinceFacts({ variant: "two-tier-2025" })).toEqual(provinceFacts())
  })
})
