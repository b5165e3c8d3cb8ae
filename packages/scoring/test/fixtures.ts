/**
 * A small province for the scoring tests: the Sở; two Phòng GD&ĐT (Lạc
 * Sơn and Cao Phong); five THCS, three kindergartens (one dissolved on
 * 13 November 2024) and a THPT reporting to the Sở; staff in two schools
 * (for per-staff criteria) and party members.
 */
import { buildHierarchy, type Roster } from "@lantoa/hierarchy"
import type { Measurement, ScoringCriterionInput, ScoringPolicyInput } from "@lantoa/scoring"

export const roster = (): Roster => ({
  units: [
    { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so" },
    { id: "pgd-cao-phong", name: "Phòng GD&ĐT Cao Phong", kind: "district-office", parent: "so" },
    { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary", parent: "pgd-lac-son" },
    { id: "thcs-vu-ban", name: "Trường THCS Vụ Bản", kind: "lower-secondary", parent: "pgd-lac-son" },
    { id: "thcs-an-binh", name: "Trường THCS Ân Nghĩa", kind: "lower-secondary", parent: "pgd-lac-son" },
    { id: "thcs-cao-phong", name: "Trường THCS Cao Phong", kind: "lower-secondary", parent: "pgd-cao-phong" },
    { id: "thcs-bac-phong", name: "Trường THCS Bắc Phong", kind: "lower-secondary", parent: "pgd-cao-phong" },
    { id: "mn-hoa-ban", name: "Trường Mầm non Hoa Ban", kind: "kindergarten", parent: "pgd-cao-phong", validTo: "2024-11-13" },
    { id: "mn-sao-mai", name: "Trường Mầm non Sao Mai", kind: "kindergarten", parent: "pgd-cao-phong" },
    { id: "mn-lac-son", name: "Trường Mầm non Lạc Sơn", kind: "kindergarten", parent: "pgd-lac-son" },
    { id: "thpt-lac-son", name: "Trường THPT Lạc Sơn", kind: "upper-secondary", parent: "so" },
  ],
  people: [
    { id: "ht-0001", name: "Hoàng Văn Minh", unit: "thcs-lac-son", roles: ["principal"], partyMember: true },
    { id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son", roles: ["teacher"], partyMember: true },
    { id: "gv-0002", name: "Trần Văn Nam", unit: "thcs-lac-son", roles: ["teacher"] },
    { id: "gv-0003", name: "Lê Thị Mai", unit: "thcs-lac-son", roles: ["teacher"], partyMember: true },
    { id: "gv-0004", name: "Bùi Văn Hải", unit: "thcs-vu-ban", roles: ["teacher"], partyMember: true },
    { id: "gv-0005", name: "Đinh Thị Lan", unit: "thcs-vu-ban", roles: ["teacher"], partyMember: true, validFrom: "2024-12-01" },
  ],
  channels: [],
})

export const { hierarchy } = buildHierarchy(roster())

export const THCS = ["thcs-lac-son", "thcs-vu-ban", "thcs-an-binh", "thcs-cao-phong", "thcs-bac-phong"] as const

/** A linear criterion over units, worth `weight` of the scale. */
export const linear = (id: string, measurement: string, weight: number, extra: Partial<ScoringCriterionInput> = {}): ScoringCriterionInput => ({
  id,
  title: { vi: `Tiêu chí ${id}`, en: `Criterion ${id}` },
  measurement,
  subjects: { type: "unit", kinds: ["lower-secondary"] },
  normalisation: { type: "linear", target: 1 },
  weight,
  ...extra,
})

/** The plan's criteria for THCS schools: posting quota 60, deadlines 40, a 20-point false-information penalty. */
export const thcsPolicy = (extra: Partial<ScoringPolicyInput> = {}): ScoringPolicyInput => ({
  criteria: [
    linear("weekly-posts", "quota-met-rate", 60, {
      title: { vi: "Tỷ lệ tuần đạt chỉ tiêu đăng tin, bài", en: "Share of weeks meeting the posting quota" },
    }),
    linear("deadlines", "deadline-on-time-rate", 40, {
      title: { vi: "Hoàn thành nhiệm vụ đúng hạn", en: "Tasks done on time" },
    }),
    {
      id: "false-information",
      title: { vi: "Đăng tải, chia sẻ thông tin sai sự thật", en: "False information posted or shared" },
      measurement: "false-information-penalty",
      subjects: { type: "unit", kinds: ["lower-secondary"] },
      normalisation: { type: "linear", target: 1 },
      points: 20,
      penalty: true,
    },
  ],
  ...extra,
})

export const m = (unit: string, measurement: string, value: number | null, extra: Partial<Measurement> = {}): Measurement => ({
  subject: { unit },
  measurement,
  value,
  ...extra,
})

/** Every THCS measured on all three criteria. */
export const thcsMeasurements = (rows: Readonly<Record<string, readonly [number, number, number]>>): Array<Measurement> =>
  Object.entries(rows).flatMap(([unit, [posts, deadlines, penalty]]) => [
    m(unit, "quota-met-rate", posts),
    m(unit, "deadline-on-time-rate", deadlines),
    m(unit, "false-information-penalty", penalty),
  ])

/**
 * `n` kindergartens of one Phòng, for tier and cap tests: one criterion
 * worth 100 points with a linear target of 100, so a unit's total is its
 * measurement.
 */
export const totalsProvince = (totals: ReadonlyArray<number>) => {
  const ids = totals.map((_, i) => `mn-${String(i + 1).padStart(3, "0")}`)
  const { hierarchy: built } = buildHierarchy({
    units: [
      { id: "so", name: "Sở GD&ĐT", kind: "department" },
      { id: "pgd", name: "Phòng GD&ĐT", kind: "district-office", parent: "so" },
      ...ids.map((id) => ({ id, name: `Trường Mầm non ${id}`, kind: "kindergarten", parent: "pgd" })),
    ],
    people: [],
  })
  const criterion: ScoringCriterionInput = {
    id: "total",
    title: { vi: "Điểm" },
    measurement: "total",
    subjects: { type: "unit", kinds: ["kindergarten"] },
    normalisation: { type: "linear", target: 100 },
    points: 100,
  }
  const measurements = ids.map((id, i) => m(id, "total", totals[i] as number))
  return { hierarchy: built, ids, criterion, measurements }
}
