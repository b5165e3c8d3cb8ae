import { HOA_BINH_DISTRICTS, PLAN_STAFF_TOTAL, UNIT_PROFILES, generateProvince, provinceFacts } from "@lantoa/sample-province"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const week = { from: "2024-11-25", to: "2024-12-01" }

describe("determinism", () => {
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
