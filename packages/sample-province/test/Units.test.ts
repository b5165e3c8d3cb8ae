import { buildHierarchy, treeAt } from "@lantoa/hierarchy"
import { HOA_BINH_DISTRICTS, PLAN_UNIT_COUNTS, generateProvince } from "@lantoa/sample-province"
import { describe, expect, it } from "vitest"

const province = generateProvince({ activities: false })
const twoTier = generateProvince({ variant: "two-tier-2025", activities: false })

const countBy = <A>(items: ReadonlyArray<A>, key: (item: A) => string): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

const THROUGH_PHÒNG = ["kindergarten", "primary", "primary-lower-secondary", "lower-secondary", "ethnic-boarding-lower-secondary"]
const DIRECT_TO_SỞ = [
  "ethnic-boarding-lower-upper-secondary",
  "ethnic-boarding-upper-secondary",
  "upper-secondary",
  "multi-level",
  "continuing-education-centre",
  "teacher-college",
  "vocational-continuing-education-centre",
]

describe("units of the 2024 plan", () => {
  it("the count of each kind of school equals the plan's list (section II)", () => {
    const counts = countBy(province.units, (unit) => unit.kind)
    for (const [kind, count] of Object.entries(PLAN_UNIT_COUNTS)) expect(counts[kind], kind).toBe(count)
    expect(PLAN_UNIT_COUNTS).toEqual({
      kindergarten: 222,
      primary: 27,
      "primary-lower-secondary": 193,
      "lower-secondary": 26,
      "ethnic-boarding-lower-secondary": 1,
      "ethnic-boarding-lower-upper-secondary": 11,
      "ethnic-boarding-upper-secondary": 1,
      "upper-secondary": 36,
      "multi-level": 2,
      "continuing-education-centre": 1,
      "teacher-college": 1,
      "vocational-continuing-education-centre": 10,
    })
  })

  it("the plan's list sums to 531 schools and centres (its text says 530), plus the Sở and 10 Phòng", () => {
    const schools = province.units.filter((unit) => unit.kind !== "department" && unit.kind !== "district-office")
    expect(schools).toHaveLength(531)
    expect(province.units.filter((unit) => unit.kind === "department")).toHaveLength(1)
    expect(province.units.filter((unit) => unit.kind === "district-office")).toHaveLength(10)
    expect(province.units).toHaveLength(542)
  })

  it("the Sở and the ten Phòng carry the names the plan uses", () => {
    expect(province.units[0]).toEqual({ id: "so-gddt", name: "Sở Giáo dục và Đào tạo Hòa Bình", kind: "department" })
    const offices = province.units.filter((unit) => unit.kind === "district-office").map((unit) => unit.name)
    expect(offices).toEqual([
      "Phòng Giáo dục và Đào tạo thành phố Hòa Bình",
      ...["Cao Phong", "Đà Bắc", "Kim Bôi", "Lạc Sơn", "Lạc Thủy", "Lương Sơn", "Mai Châu", "Tân Lạc", "Yên Thủy"].map(
        (district) => `Phòng Giáo dục và Đào tạo huyện ${district}`,
      ),
    ])
  })

  it("the two liên cấp schools are Sao Mai and Maya, as the plan names them", () => {
    const names = province.units.filter((unit) => unit.kind === "multi-level").map((unit) => unit.name)
    expect(names).toEqual(["Trường Phổ thông liên cấp Sao Mai", "Trường Phổ thông liên cấp Maya"])
  })

  it("there is one TTGDNN-GDTX in each district and the city", () => {
    const centres = province.units.filter((unit) => unit.kind === "vocational-continuing-education-centre")
    expect(centres.map((unit) => unit.id)).toEqual(HOA_BINH_DISTRICTS.map((district) => `gdnn-gdtx-${district.id}`))
  })

  it("mầm non, tiểu học, TH&THCS, THCS and PTDTNT THCS report through their Phòng", () => {
    for (const unit of province.units.filter((u) => THROUGH_PHÒNG.includes(u.kind))) {
      expect(unit.parent, unit.id).toMatch(/^pgd-/)
      expect(unit.id.endsWith(`-${String(unit.parent).slice(4)}-${unit.id.slice(-2)}`), unit.id).toBe(true)
    }
  })

  it("PTDTNT THCS&THPT and THPT, THPT, liên cấp, TT GDTX, CĐSP and TTGDNN-GDTX report to the Sở directly", () => {
    const direct = province.units.filter((u) => DIRECT_TO_SỞ.includes(u.kind))
    expect(direct).toHaveLength(36 + 11 + 1 + 2 + 1 + 1 + 10)
    for (const unit of direct) expect(unit.parent, unit.id).toBe("so-gddt")
    for (const unit of province.units.filter((u) => u.kind === "district-office")) expect(unit.parent).toBe("so-gddt")
  })

  it("every district has schools under its Phòng, and bigger districts have more", () => {
    const perOffice = countBy(
      province.units.filter((unit) => typeof unit.parent === "string" && unit.parent.startsWith("pgd-")),
      (unit) => String(unit.parent),
    )
    for (const district of HOA_BINH_DISTRICTS) expect(perOffice[`pgd-${district.id}`]).toBeGreaterThan(20)
    expect(perOffice["pgd-lac-son"]).toBeGreaterThan(perOffice["pgd-cao-phong"] as number)
    expect(perOffice["pgd-tp-hoa-binh"]).toBeGreaterThan(perOffice["pgd-lac-thuy"] as number)
    expect(Object.values(perOffice).reduce((a, b) => a + b)).toBe(222 + 27 + 193 + 26 + 1)
  })

  it("unit ids and names are unique, readable and stable", () => {
    expect(new Set(province.units.map((unit) => unit.id)).size).toBe(province.units.length)
    expect(new Set(province.units.map((unit) => unit.name)).size).toBe(province.units.length)
    for (const unit of province.units) expect(unit.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const ids = province.units.map((unit) => unit.id)
    expect(ids).toContain("pgd-lac-son")
    expect(ids).toContain("mn-lac-son-03")
    expect(ids).toContain("thpt-lac-son-01")
    expect(generateProvince({ seed: "another", activities: false }).units).toEqual(province.units)
  })

  it("unit names are NFC Vietnamese with the kind's title", () => {
    for (const unit of province.units) {
      expect(unit.name).toBe(unit.name.normalize("NFC"))
      expect(unit.name).toMatch(/^(Sở|Phòng|Trường|Trung tâm) /)
    }
  })

  it("the roster builds a hierarchy with no issues and one root", () => {
    const { hierarchy, issues } = buildHierarchy(province)
    expect(issues).toEqual([])
    expect(treeAt(hierarchy, "2024-11-15").roots).toEqual(["so-gddt"])
  })
})

describe("the two-tier variant (from 1 July 2025)", () => {
  const byId = new Map(twoTier.units.map((unit) => [unit.id, unit]))

  it("keeps every unit of 2024 with the same id and adds 46 communes and wards", () => {
    const ids = new Set(twoTier.units.map((unit) => unit.id))
    for (const unit of province.units) expect(ids.has(unit.id), unit.id).toBe(true)
    const communes = twoTier.units.filter((unit) => unit.kind === "commune")
    expect(communes).toHaveLength(46)
    for (const commune of communes) {
      expect(commune).toMatchObject({ parent: "so-gddt", validFrom: "2025-07-01" })
      expect(commune.id).toMatch(/^(xa|phuong)-/)
      expect(commune.name).toMatch(/^Ủy ban nhân dân (xã|phường) /)
    }
  })

  it("the Phòng end on 30 June 2025", () => {
    for (const unit of twoTier.units.filter((u) => u.kind === "district-office")) expect(unit.validTo).toBe("2025-06-30")
  })

  it("the Sở keeps its id and takes the name of Phú Thọ", () => {
    expect(byId.get("so-gddt")).toEqual({ id: "so-gddt", name: "Sở Giáo dục và Đào tạo Phú Thọ", kind: "department" })
  })

  it("a school that reported through a Phòng gives dated edges: the Phòng until 30 June, a commune of its district from 1 July", () => {
    for (const unit of twoTier.units.filter((u) => THROUGH_PHÒNG.includes(u.kind))) {
      expect(unit.parent, unit.id).toBeUndefined()
      const [before, after] = unit.parents ?? []
      expect(before).toEqual({ unit: province.units.find((u) => u.id === unit.id)?.parent, validTo: "2025-06-30" })
      expect(after?.validFrom).toBe("2025-07-01")
      expect(byId.get(after?.unit ?? "")?.kind).toBe("commune")
      expect(unit.parents).toHaveLength(2)
    }
    expect(byId.get("mn-lac-son-03")?.parents).toEqual([
      { unit: "pgd-lac-son", validTo: "2025-06-30" },
      { unit: "xa-lac-son", validFrom: "2025-07-01" },
    ])
  })

  it("units the Sở manages directly keep the Sở", () => {
    for (const unit of twoTier.units.filter((u) => DIRECT_TO_SỞ.includes(u.kind))) expect(unit.parent).toBe("so-gddt")
  })

  it("the tree rolls schools up to communes after 1 July 2025 and to Phòng before", () => {
    const { hierarchy, issues } = buildHierarchy(twoTier)
    expect(issues).toEqual([])
    const june = treeAt(hierarchy, "2025-06-30")
    const july = treeAt(hierarchy, "2025-07-01")
    expect(june.parentOf("mn-lac-son-03")).toBe("pgd-lac-son")
    expect(july.parentOf("mn-lac-son-03")).toBe("xa-lac-son")
    expect(july.has("pgd-lac-son")).toBe(false)
    expect(june.has("xa-lac-son")).toBe(false)
    expect(july.ancestorsOf("mn-lac-son-03")).toEqual(["xa-lac-son", "so-gddt"])
    expect(july.parentOf("thpt-lac-son-01")).toBe("so-gddt")
  })
})
