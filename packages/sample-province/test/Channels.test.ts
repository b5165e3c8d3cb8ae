import { foldDiacritics } from "@lantoa/core"
import { generateProvince, provinceFacts } from "@lantoa/sample-province"
import { describe, expect, it } from "vitest"

const clean = generateProvince({ missingChannelShare: 0, misnamedChannelShare: 0, activities: false })
const faulty = generateProvince({ activities: false })
const facts = provinceFacts()

const staffOf = (roster: typeof clean, unit: string) => roster.people.filter((p) => p.unit === unit)
const withRole = (roster: typeof clean, role: string, units?: ReadonlySet<string>) =>
  roster.people.filter((p) => (p.roles ?? []).includes(role as never) && (units === undefined || units.has(p.unit))).map((p) => p.id)
const channel = (roster: typeof clean, id: string) => roster.channels.find((c) => c.id === id)
const sorted = (ids: ReadonlyArray<string> | undefined) => [...(ids ?? [])].sort()

describe("channels of Tasks 2 and 3", () => {
  it("every unit has one Fanpage, one Zalo group and one Messenger group unless configured missing", () => {
    for (const unit of clean.units) {
      const platforms = clean.channels.filter((c) => c.unit === unit.id).map((c) => c.platform)
      expect(platforms.filter((p) => p === "facebook-page"), unit.id).toHaveLength(1)
      expect(platforms.filter((p) => p === "zalo-group"), unit.id).toHaveLength(1)
      expect(platforms.filter((p) => p === "messenger-group"), unit.id).toHaveLength(1)
    }
    expect(clean.channels).toHaveLength(3 * 542 + 2)
  })

  it("a unit's groups are named \"Truyền thông \" + the unit's name", () => {
    for (const c of clean.channels.filter((c) => (c.platform === "zalo-group" || c.platform === "messenger-group") && c.unit !== "so-gddt")) {
      const unit = clean.units.find((u) => u.id === c.unit)
      expect(c.name).toBe(`Truyền thông ${unit?.name}`)
    }
  })

  it("the Sở's groups, Zalo community and Zalo OA carry the plan's names", () => {
    expect(channel(clean, "zalo-so-gddt")?.name).toBe("Truyền thông Sở GD&ĐT Hòa Bình")
    expect(channel(clean, "messenger-so-gddt")?.name).toBe("Truyền thông Sở GD&ĐT Hòa Bình")
    expect(channel(clean, "zalo-community-so-gddt")).toMatchObject({ platform: "zalo-community", name: "Truyền thông Giáo dục Hòa Bình" })
    expect(channel(clean, "zalo-oa-so-gddt")).toMatchObject({ platform: "zalo-oa", unit: "so-gddt" })
  })

  it("channel links are on synthetic domains, never real accounts", () => {
    for (const c of clean.channels) expect(c.url).toMatch(/^https:\/\/(facebook|zalo|messenger)\.example\//)
  })

  it("a Fanpage's admins are the unit's leadership; the Sở's are its division heads and deputies", () => {
    for (const unit of clean.units) {
      const page = channel(clean, `fb-${unit.id}`)
      const leaders =
        unit.kind === "department"
          ? staffOf(clean, unit.id).filter((p) => p.roles?.some((r) => r === "division-head" || r === "division-deputy-head"))
          : unit.kind === "district-office"
            ? staffOf(clean, unit.id).filter((p) => p.roles?.includes("office-leader"))
            : staffOf(clean, unit.id).filter((p) => p.roles?.some((r) => r === "principal" || r === "vice-principal"))
      expect(sorted(page?.admins), unit.id).toEqual(sorted(leaders.map((p) => p.id)))
      expect(page?.name).toBe(unit.name)
    }
  })

  it("a school's groups have all its staff as members", () => {
    for (const unit of clean.units.filter((u) => u.kind !== "department" && u.kind !== "district-office")) {
      const staff = sorted(staffOf(clean, unit.id).map((p) => p.id))
      expect(sorted(channel(clean, `zalo-${unit.id}`)?.members), unit.id).toEqual(staff)
      expect(sorted(channel(clean, `messenger-${unit.id}`)?.members), unit.id).toEqual(staff)
    }
  })

  it("a Phòng's groups have its leaders and specialists and the principals of its schools", () => {
    for (const office of clean.units.filter((u) => u.kind === "district-office")) {
      const schools = new Set(clean.units.filter((u) => u.parent === office.id).map((u) => u.id))
      const expected = [...staffOf(clean, office.id).map((p) => p.id), ...withRole(clean, "principal", schools)]
      expect(sorted(channel(clean, `zalo-${office.id}`)?.members)).toEqual(sorted(expected))
      expect(sorted(channel(clean, `messenger-${office.id}`)?.members)).toEqual(sorted(expected))
    }
  })

  it("the Sở's group has its leaders, Công đoàn leaders, division heads, Phòng leaders, principals of the units it manages and the Phòng communication specialists", () => {
    const sở = new Set(["so-gddt"])
    const offices = new Set(clean.units.filter((u) => u.kind === "district-office").map((u) => u.id))
    const direct = new Set(clean.units.filter((u) => u.parent === "so-gddt" && u.kind !== "district-office").map((u) => u.id))
    const expected = [
      ...withRole(clean, "department-leader", sở),
      ...withRole(clean, "union-leader", sở),
      ...withRole(clean, "division-head", sở),
      ...withRole(clean, "office-leader", offices),
      ...withRole(clean, "principal", direct),
      ...withRole(clean, "communication-officer", offices),
    ]
    expect(sorted(channel(clean, "zalo-so-gddt")?.members)).toEqual(sorted(expected))
    // Sao Mai and Maya, and every TTGDNN-GDTX, are in it.
    const principals = new Set(channel(clean, "zalo-so-gddt")?.members)
    for (const unit of ["plc-sao-mai", "plc-maya", "gdnn-gdtx-lac-son"]) {
      expect(withRole(clean, "principal", new Set([unit])).every((id) => principals.has(id))).toBe(true)
    }
  })

  it("the Zalo community has the Sở's leaders, the communication specialists of the Sở and Phòng, and every unit's communication officer", () => {
    const expected = [...withRole(clean, "department-leader", new Set(["so-gddt"])), ...withRole(clean, "communication-officer")]
    expect(sorted(channel(clean, "zalo-community-so-gddt")?.members)).toEqual(sorted(expected))
    expect(expected.length).toBeGreaterThan(542)
  })

  it("every admin and member is a person of the roster", () => {
    const people = new Set(clean.people.map((p) => p.id))
    const unknown = clean.channels.flatMap((c) => [...(c.admins ?? []), ...(c.members ?? [])]).filter((id) => !people.has(id))
    expect(unknown).toEqual([])
  })
})

describe("planted channel mistakes", () => {
  const units = 541 // every unit but the Sở

  it("the configured share of units misses a channel, and the facts list each one", () => {
    const missing = facts.channelFaults.filter((f) => f.fault === "missing")
    expect(missing).toHaveLength(Math.round(0.04 * units))
    for (const fault of missing) {
      const present = faulty.channels.filter((c) => c.unit === fault.unit).map((c) => c.platform)
      expect(present).not.toContain(fault.platform)
      expect(present).toHaveLength(2)
    }
    const withPage = new Set(faulty.channels.filter((c) => c.platform === "facebook-page").map((c) => c.unit))
    const pageless = faulty.units.filter((u) => !withPage.has(u.id)).map((u) => u.id)
    expect(pageless.sort()).toEqual(missing.filter((f) => f.platform === "facebook-page").map((f) => f.unit).sort())
  })

  it("the configured share of units misnames a group: \"TT …\", no \"Truyền thông\" prefix, or no diacritics", () => {
    const misnamed = facts.channelFaults.filter((f) => f.fault === "misnamed")
    expect(misnamed).toHaveLength(Math.round(0.06 * units))
    for (const fault of misnamed) {
      const c = channel(faulty, fault.channel ?? "")
      const unit = faulty.units.find((u) => u.id === fault.unit)
      expect(c?.name).toBe(fault.name)
      expect(fault.expected).toBe(`Truyền thông ${unit?.name}`)
      expect(c?.name).not.toBe(fault.expected)
      expect([`TT ${unit?.name}`, unit?.name, foldDiacritics(fault.expected ?? "")]).toContain(c?.name)
    }
    expect(new Set(misnamed.map((f) => f.name?.startsWith("TT ") ? "tt" : f.name?.startsWith("Truyen") ? "ascii" : "bare")).size).toBe(3)
  })

  it("the Sở's own channels are never faulty", () => {
    expect(facts.channelFaults.filter((f) => f.unit === "so-gddt")).toEqual([])
  })

  it("mistakes depend on the seed, and no mistakes are planted when the shares are zero", () => {
    const other = provinceFacts({ seed: "other" }).channelFaults
    expect(other).not.toEqual(facts.channelFaults)
    expect(provinceFacts({ missingChannelShare: 0, misnamedChannelShare: 0 }).channelFaults).toEqual([])
  })
})
