/**
 * The units of the sample province: the Sở, the ten Phòng GD&ĐT, the schools
 * and centres the plan counts, and (in the two-tier variant) the communes
 * that replaced the Phòng on 1 July 2025.
 *
 * @since 0.1.0
 * @module
 */
import type { UnitKind, UnitRecord } from "@lantoa/hierarchy"
import { HOA_BINH_DISTRICTS, type District } from "./Geography.js"
import { apportion } from "./internal/apportion.js"

/**
 * The kinds of school and centre the plan counts (section II): every unit
 * kind but the management bodies (`department`, `district-office`,
 * `commune`) and `other`.
 *
 * @example
 * ```ts
 * const kind: SchoolKind = "primary-lower-secondary" // Trường TH&THCS
 * ```
 * @since 0.1.0
 * @category models
 */
export type SchoolKind = Exclude<UnitKind, "department" | "district-office" | "commune" | "other">

/**
 * How many schools and centres of each kind the plan counts for the school
 * year 2024–2025 (section II, "Đặc điểm tình hình").
 *
 * The plan says "530 đơn vị, trường học", but its list by kind sums to 531.
 * The sample keeps the list: 531 schools and centres, plus the Sở and the
 * ten Phòng GD&ĐT, 542 units in all.
 *
 * @example
 * ```ts
 * PLAN_UNIT_COUNTS["primary-lower-secondary"] //=> 193
 * Object.values(PLAN_UNIT_COUNTS).reduce((a, b) => a + b) //=> 531
 * ```
 * @since 0.1.0
 * @category constants
 */
export const PLAN_UNIT_COUNTS: Readonly<Record<SchoolKind, number>> = {
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
}

/**
 * Which sample to build: the plan's 2024 tree, or the same units after the July 2025 reform.
 *
 * @internal
 */
export type Variant = "2024" | "two-tier-2025"

/**
 * The id of the Sở, the same in every variant (the province changed, the body did not).
 *
 * @internal
 */
export const DEPARTMENT_ID = "so-gddt"

/**
 * The Sở's name in the plan.
 *
 * @internal
 */
export const DEPARTMENT_NAME_2024 = "Sở Giáo dục và Đào tạo Hòa Bình"
/**
 * The Sở's name since 1 July 2025, when Hòa Bình became part of Phú Thọ
 * (Nghị quyết 202/2025/QH15).
 *
 * @internal
 */
export const DEPARTMENT_NAME_2025 = "Sở Giáo dục và Đào tạo Phú Thọ"

/**
 * The last day of the district level (Luật 72/2025/QH15).
 *
 * @internal
 */
export const DISTRICT_LEVEL_ENDS = "2025-06-30"
/**
 * The first day of the two-tier government.
 *
 * @internal
 */
export const COMMUNE_LEVEL_STARTS = "2025-07-01"

/**
 * A unit as the generator sees it: the wire record, plus where it stands.
 *
 * @internal
 */
export interface UnitSpec {
  readonly index: number
  readonly id: string
  readonly name: string
  /**
   * The name the unit's channels were created under: its 2024 name. The
   * Sở's Fanpage, groups and OA keep it when the Sở takes the name of Phú Thọ.
   */
  readonly channelName: string
  readonly kind: UnitKind
  readonly tier: "department" | "office" | "commune" | "school"
  /** The Phòng it reports through (2024), for schools up to THCS. */
  readonly office: string | undefined
  /** The commune it reports to from 1 July 2025 (two-tier variant). */
  readonly commune: string | undefined
  /** The last local date the unit exists, when it ends. */
  readonly validTo: string | undefined
  readonly record: UnitRecord
}

// Phòng-level kinds, in the order they are listed for each district.
const OFFICE_KINDS = ["kindergarten", "primary", "primary-lower-secondary", "lower-secondary"] as const

const PREFIX: Readonly<Record<SchoolKind, string>> = {
  kindergarten: "mn",
  primary: "th",
  "primary-lower-secondary": "th-thcs",
  "lower-secondary": "thcs",
  "ethnic-boarding-lower-secondary": "ptdtnt-thcs",
  "ethnic-boarding-lower-upper-secondary": "ptdtnt-thcs-thpt",
  "ethnic-boarding-upper-secondary": "ptdtnt-thpt",
  "upper-secondary": "thpt",
  "multi-level": "plc",
  "continuing-education-centre": "gdtx",
  "teacher-college": "cdsp",
  "vocational-continuing-education-centre": "gdnn-gdtx",
}

const TITLE: Readonly<Record<SchoolKind, string>> = {
  kindergarten: "Trường Mầm non",
  primary: "Trường Tiểu học",
  "primary-lower-secondary": "Trường TH&THCS",
  "lower-secondary": "Trường THCS",
  "ethnic-boarding-lower-secondary": "Trường PTDTNT THCS",
  "ethnic-boarding-lower-upper-secondary": "Trường PTDTNT THCS&THPT",
  "ethnic-boarding-upper-secondary": "Trường PTDTNT THPT",
  "upper-secondary": "Trường THPT",
  "multi-level": "Trường Phổ thông liên cấp",
  "continuing-education-centre": "Trung tâm Giáo dục thường xuyên",
  "teacher-college": "Trường Cao đẳng Sư phạm",
  "vocational-continuing-education-centre": "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên",
}

// Kindergartens beyond one per place take names of the kind towns give them.
// Each is used once in the province; after that a place's schools are told
// apart by letters ("Tân Lập A", "Tân Lập B").
const KINDERGARTEN_NAMES = [
  "Hoa Ban", "Hoa Mai", "Hoa Sen", "Sơn Ca", "Họa Mi", "Hoa Hồng", "Bình Minh", "Tuổi Thơ", "Hoa Đào", "Thủy Tiên",
  "Ánh Dương", "Hoa Lan", "Hướng Dương", "Hoa Phượng", "Sao Sáng", "Hoa Cúc", "Chim Non", "Vàng Anh", "Tuổi Hoa",
  "Hoa Sữa", "Măng Non", "Ban Mai", "Hoa Mơ", "Sen Hồng", "Tuổi Ngọc", "Hoa Ly", "Bông Sen", "Hoa Súng",
].map((name) => name.normalize("NFC"))

// Upper-secondary schools in the city carry names of historical figures, as
// city schools do across Vietnam.
const CITY_UPPER_SECONDARY_NAMES = ["Hoàng Văn Thụ", "Lạc Long Quân", "Ngô Quyền", "Nguyễn Du", "Công nghiệp", "Nguyễn Trãi", "Lê Quý Đôn"].map(
  (name) => name.normalize("NFC"),
)

const pad2 = (n: number): string => String(n).padStart(2, "0")

const sum = (values: ReadonlyArray<number>): number => values.reduce((acc, value) => acc + value, 0)

const CITY = "tp-hoa-binh"

/** Weights that place Phòng-level schools: towns get more standalone primary and THCS schools, rural districts more TH&THCS. */
const districtWeights = (kind: (typeof OFFICE_KINDS)[number]): ReadonlyArray<number> => {
  const places = sum(HOA_BINH_DISTRICTS.map((d) => d.places.length))
  const people = sum(HOA_BINH_DISTRICTS.map((d) => d.population))
  return HOA_BINH_DISTRICTS.map((d) => {
    const byPlaces = d.places.length / places
    const byPeople = d.population / people
    switch (kind) {
      case "kindergarten":
        return (byPlaces + byPeople) / 2
      case "primary-lower-secondary":
        return byPlaces
      default:
        return byPeople
    }
  })
}

/**
 * The place index of each of `count` schools in a district of `places`
 * places: spread evenly when there are fewer schools than places (shifted by
 * `offset` so that kinds do not all start at the first place), round-robin
 * otherwise.
 */
const placeIndexes = (count: number, places: number, offset: number): Array<number> =>
  Array.from({ length: count }, (_, i) =>
    count <= places ? (Math.floor((i * places) / count) + offset) % places : (i + offset) % places,
  )

const letters = "ABCDEFGHIJ"

/** Names of one kind's schools in a district, unique in the province. */
const officeSchoolNames = (
  kind: (typeof OFFICE_KINDS)[number],
  district: District,
  indexes: ReadonlyArray<number>,
  kindergartenPool: Array<string>,
): Array<string> => {
  const title = TITLE[kind]
  const seen = new Map<number, number>()
  const counts = new Map<number, number>()
  for (const index of indexes) counts.set(index, (counts.get(index) ?? 0) + 1)
  return indexes.map((index) => {
    const place = district.places[index] as string
    const nth = seen.get(index) ?? 0
    seen.set(index, nth + 1)
    if (nth === 0 && (counts.get(index) ?? 0) === 1) return `${title} ${place}`
    if (kind === "kindergarten") {
      if (nth === 0) return `${title} ${place}`
      const pooled = kindergartenPool.shift()
      if (pooled !== undefined) return `${title} ${pooled}`
    }
    return `${title} ${place} ${letters[nth] ?? String(nth + 1)}`
  })
}

/** Names of a district's directly managed schools of one kind. */
const directNames = (title: string, district: District, count: number, cityNames: ReadonlyArray<string>): Array<string> => {
  const names: Array<string> = []
  if (district.id === CITY) names.push(...cityNames.slice(0, count))
  else names.push(district.name)
  const spread = placeIndexes(count, district.places.length, 1)
  for (const index of spread) {
    if (names.length >= count) break
    const place = district.places[index] as string
    if (!names.includes(place)) names.push(place)
  }
  return names.slice(0, count).map((name) => `${title} ${name}`)
}

/**
 * The communes of 2025 that took over each place of a district: the place
 * list is cut into consecutive runs, one per commune (synthetic: see the
 * Geography module).
 */
const communeOfPlace = (district: District): Array<string> => {
  const sizes = apportion(district.places.length, district.communes2025.map(() => 1))
  const ids: Array<string> = []
  district.communes2025.forEach((_, i) => {
    for (let k = 0; k < (sizes[i] ?? 0); k++) ids.push(communeId(district, i))
  })
  return ids
}

const communeId = (district: District, index: number): string => {
  const commune = district.communes2025[index]
  if (commune === undefined) throw new RangeError(`No commune ${index} in ${district.id}`)
  return `${commune.ward ? "phuong" : "xa"}-${commune.id}`
}

/**
 * Builds every unit of the sample, in a fixed order: the Sở, the Phòng, the
 * Phòng-level schools district by district, the units the Sở manages
 * directly, then (two-tier variant) the communes. Both variants share every
 * unit but the communes, at the same index and with the same id.
 *
 * @internal
 */
export const buildUnits = (variant: Variant): Array<UnitSpec> => {
  const twoTier = variant === "two-tier-2025"
  const units: Array<UnitSpec> = []
  const add = (spec: Omit<UnitSpec, "index" | "channelName">): void => {
    units.push({ index: units.length, channelName: spec.name, ...spec })
  }

  // One name per unit in contract v1: the two-tier variant carries the current one.
  const departmentName = twoTier ? DEPARTMENT_NAME_2025 : DEPARTMENT_NAME_2024
  units.push({
    index: 0,
    channelName: DEPARTMENT_NAME_2024,
    id: DEPARTMENT_ID,
    name: departmentName,
    kind: "department",
    tier: "department",
    office: undefined,
    commune: undefined,
    validTo: undefined,
    record: { id: DEPARTMENT_ID, name: departmentName, kind: "department" },
  })

  for (const district of HOA_BINH_DISTRICTS) {
    const id = `pgd-${district.id}`
    const name = `Phòng Giáo dục và Đào tạo ${district.label}`
    const record: UnitRecord = twoTier
      ? { id, name, kind: "district-office", parent: DEPARTMENT_ID, validTo: DISTRICT_LEVEL_ENDS }
      : { id, name, kind: "district-office", parent: DEPARTMENT_ID }
    add({ id, name, kind: "district-office", tier: "office", office: undefined, commune: undefined, validTo: twoTier ? DISTRICT_LEVEL_ENDS : undefined, record })
  }

  // Phòng-level schools, kind by kind apportioned over the districts.
  const perDistrict = new Map<string, ReadonlyArray<number>>()
  for (const kind of OFFICE_KINDS) perDistrict.set(kind, apportion(PLAN_UNIT_COUNTS[kind], districtWeights(kind)))
  const kindergartenPool = [...KINDERGARTEN_NAMES]
  HOA_BINH_DISTRICTS.forEach((district, d) => {
    const office = `pgd-${district.id}`
    const communes = communeOfPlace(district)
    const addOfficeSchool = (kind: SchoolKind, id: string, name: string, place: number): void => {
      const commune = twoTier ? communes[place] : undefined
      const record: UnitRecord =
        commune === undefined
          ? { id, name, kind, parent: office }
          : {
              id,
              name,
              kind,
              parents: [
                { unit: office, validTo: DISTRICT_LEVEL_ENDS },
                { unit: commune, validFrom: COMMUNE_LEVEL_STARTS },
              ],
            }
      add({ id, name, kind, tier: "school", office, commune, validTo: undefined, record })
    }
    OFFICE_KINDS.forEach((kind, k) => {
      const count = perDistrict.get(kind)?.[d] ?? 0
      const indexes = placeIndexes(count, district.places.length, k * 3)
      const names = officeSchoolNames(kind, district, indexes, kindergartenPool)
      names.forEach((name, i) => addOfficeSchool(kind, `${PREFIX[kind]}-${district.id}-${pad2(i + 1)}`, name, indexes[i] ?? 0))
    })
    for (let i = 0; i < district.boardingLowerSchools; i++) {
      const kind = "ethnic-boarding-lower-secondary"
      const suffix = i === 0 ? district.name : `${district.name} ${i + 1}`
      addOfficeSchool(kind, `${PREFIX[kind]}-${district.id}-${pad2(i + 1)}`, `${TITLE[kind]} ${suffix}`, 0)
    }
  })

  // Units the Sở manages directly.
  const direct = (kind: SchoolKind, id: string, name: string): void => {
    add({ id, name, kind, tier: "school", office: undefined, commune: undefined, validTo: undefined, record: { id, name, kind, parent: DEPARTMENT_ID } })
  }
  for (const district of HOA_BINH_DISTRICTS) {
    const kind = "upper-secondary"
    directNames(TITLE[kind], district, district.upperSecondarySchools, CITY_UPPER_SECONDARY_NAMES).forEach((name, i) =>
      direct(kind, `${PREFIX[kind]}-${district.id}-${pad2(i + 1)}`, name),
    )
  }
  for (const district of HOA_BINH_DISTRICTS) {
    const kind = "ethnic-boarding-lower-upper-secondary"
    directNames(TITLE[kind], district, district.boardingSchools, []).forEach((name, i) =>
      direct(kind, `${PREFIX[kind]}-${district.id}-${pad2(i + 1)}`, name),
    )
  }
  direct("ethnic-boarding-upper-secondary", "ptdtnt-thpt-hoa-binh", "Trường PTDTNT THPT tỉnh Hòa Bình")
  // The plan names both: "trường PTLC Sao Mai và THPT Maya".
  direct("multi-level", "plc-sao-mai", "Trường Phổ thông liên cấp Sao Mai")
  direct("multi-level", "plc-maya", "Trường Phổ thông liên cấp Maya")
  direct("continuing-education-centre", "gdtx-tinh", "Trung tâm Giáo dục thường xuyên tỉnh Hòa Bình")
  direct("teacher-college", "cdsp-hoa-binh", "Trường Cao đẳng Sư phạm Hòa Bình")
  for (const district of HOA_BINH_DISTRICTS) {
    const kind = "vocational-continuing-education-centre"
    direct(kind, `${PREFIX[kind]}-${district.id}`, `${TITLE[kind]} ${district.label}`)
  }

  // The communes come last, so that every other unit has the same index in
  // both variants: the same page number, the same staff, the same draws.
  if (twoTier) {
    for (const district of HOA_BINH_DISTRICTS) {
      district.communes2025.forEach((commune, i) => {
        const id = communeId(district, i)
        const name = `Ủy ban nhân dân ${commune.ward ? "phường" : "xã"} ${commune.name}`
        add({
          id,
          name,
          kind: "commune",
          tier: "commune",
          office: undefined,
          commune: undefined,
          validTo: undefined,
          record: { id, name, kind: "commune", parent: DEPARTMENT_ID, validFrom: COMMUNE_LEVEL_STARTS },
        })
      })
    }
  }
  return units
}
