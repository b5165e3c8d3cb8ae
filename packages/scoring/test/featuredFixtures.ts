/**
 * Pages of a province for the rotation tests: ten Phòng GD&ĐT, each with
 * five schools of mixed kinds, five THPT reporting to the Sở (no Phòng),
 * and the Sở's own page (never featured: it does the featuring).
 */
import type { FeaturedPage } from "@lantoa/scoring"
import type { UnitKind } from "@lantoa/hierarchy"

const KINDS: ReadonlyArray<UnitKind> = ["kindergarten", "primary", "primary-lower-secondary", "lower-secondary", "kindergarten"]

export const OFFICES = Array.from({ length: 10 }, (_, i) => `pgd-${String(i + 1).padStart(2, "0")}`)

const facts = { active: true, metLastWeek: true, openIncident: false } as const

export const provincePages = (): Array<FeaturedPage> => [
  { channel: "fb-so", unit: "so", kind: "department", name: "Sở GD&ĐT Hòa Bình", ...facts },
  ...OFFICES.map((office, i) => ({ channel: `fb-${office}`, unit: office, kind: "district-office" as const, name: `Phòng GD&ĐT số ${i + 1}`, ...facts })),
  ...OFFICES.flatMap((office, i) =>
    KINDS.map((kind, k) => ({
      channel: `fb-${office}-s${k + 1}`,
      unit: `${office}-s${k + 1}`,
      kind,
      name: `Trường ${k + 1} thuộc Phòng số ${i + 1}`,
      office,
      officeName: `Phòng GD&ĐT số ${i + 1}`,
      ...facts,
    })),
  ),
  ...Array.from({ length: 5 }, (_, k) => ({
    channel: `fb-thpt-${k + 1}`,
    unit: `thpt-${k + 1}`,
    kind: "upper-secondary" as const,
    name: `Trường THPT số ${k + 1}`,
    ...facts,
  })),
]

export const SCHOOL_PAGE_COUNT = 55
export const OFFICE_PAGE_COUNT = 10
