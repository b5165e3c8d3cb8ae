/**
 * Unit kinds: what an education unit is, in the contract's ids and the
 * plan's Vietnamese labels.
 *
 * @since 0.1.0
 * @module
 */
import type { Locale } from "@lantoa/core"

/**
 * Every unit kind of contract v1, from the Sở down to a school.
 *
 * @example
 * ```ts
 * UNIT_KINDS.length //=> 16
 * ```
 * @since 0.1.0
 * @category constants
 */
export const UNIT_KINDS = [
  "department",
  "district-office",
  "commune",
  "kindergarten",
  "primary",
  "primary-lower-secondary",
  "lower-secondary",
  "upper-secondary",
  "ethnic-boarding-lower-secondary",
  "ethnic-boarding-lower-upper-secondary",
  "ethnic-boarding-upper-secondary",
  "multi-level",
  "continuing-education-centre",
  "vocational-continuing-education-centre",
  "teacher-college",
  "other",
] as const

/**
 * One of {@link UNIT_KINDS}.
 *
 * @example
 * ```ts
 * const kind: UnitKind = "primary-lower-secondary"
 * unitKindLabel(kind) //=> "Trường Tiểu học và Trung học cơ sở"
 * ```
 * @since 0.1.0
 * @category models
 */
export type UnitKind = (typeof UNIT_KINDS)[number]

/**
 * The labels of one unit kind.
 *
 * @example
 * ```ts
 * const label: UnitKindLabel = UNIT_KIND_LABELS["lower-secondary"]
 * //=> { vi: "Trường Trung học cơ sở", short: "THCS", en: "Lower-secondary school" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface UnitKindLabel {
  /** The full Vietnamese name, as in the plan. */
  readonly vi: string
  /** The short form offices write ("THCS", "PTDTNT THCS&THPT"). */
  readonly short: string
  readonly en: string
}

/**
 * Labels of each unit kind: the plan's full Vietnamese name, the short form
 * used in offices, and English.
 *
 * @example
 * ```ts
 * UNIT_KIND_LABELS["primary-lower-secondary"].vi //=> "Trường Tiểu học và Trung học cơ sở"
 * UNIT_KIND_LABELS["primary-lower-secondary"].short //=> "TH&THCS"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, UnitKindLabel>> = {
  department: { vi: "Sở Giáo dục và Đào tạo", short: "Sở GD&ĐT", en: "Department of Education and Training" },
  "district-office": { vi: "Phòng Giáo dục và Đào tạo", short: "Phòng GD&ĐT", en: "District education office" },
  commune: { vi: "Ủy ban nhân dân xã, phường", short: "UBND xã", en: "Commune People's Committee" },
  kindergarten: { vi: "Trường Mầm non", short: "MN", en: "Kindergarten" },
  primary: { vi: "Trường Tiểu học", short: "TH", en: "Primary school" },
  "primary-lower-secondary": {
    vi: "Trường Tiểu học và Trung học cơ sở",
    short: "TH&THCS",
    en: "Primary and lower-secondary school",
  },
  "lower-secondary": { vi: "Trường Trung học cơ sở", short: "THCS", en: "Lower-secondary school" },
  "upper-secondary": { vi: "Trường Trung học phổ thông", short: "THPT", en: "Upper-secondary school" },
  "ethnic-boarding-lower-secondary": {
    vi: "Trường Phổ thông Dân tộc nội trú Trung học cơ sở",
    short: "PTDTNT THCS",
    en: "Ethnic boarding lower-secondary school",
  },
  "ethnic-boarding-lower-upper-secondary": {
    vi: "Trường Phổ thông Dân tộc nội trú Trung học cơ sở và Trung học phổ thông",
    short: "PTDTNT THCS&THPT",
    en: "Ethnic boarding lower- and upper-secondary school",
  },
  "ethnic-boarding-upper-secondary": {
    vi: "Trường Phổ thông Dân tộc nội trú Trung học phổ thông",
    short: "PTDTNT THPT",
    en: "Ethnic boarding upper-secondary school",
  },
  "multi-level": { vi: "Trường Phổ thông liên cấp", short: "PT liên cấp", en: "Multi-level school" },
  "continuing-education-centre": {
    vi: "Trung tâm Giáo dục thường xuyên",
    short: "TT GDTX",
    en: "Continuing education centre",
  },
  "vocational-continuing-education-centre": {
    vi: "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên",
    short: "TTGDNN-GDTX",
    en: "Vocational and continuing education centre",
  },
  "teacher-college": { vi: "Trường Cao đẳng Sư phạm", short: "CĐSP", en: "Teacher training college" },
  other: { vi: "Đơn vị khác", short: "Khác", en: "Other unit" },
}

/**
 * The label of a unit kind in a locale (full Vietnamese name by default).
 *
 * @example
 * ```ts
 * unitKindLabel("kindergarten")       //=> "Trường Mầm non"
 * unitKindLabel("kindergarten", "en") //=> "Kindergarten"
 * ```
 * @since 0.1.0
 * @category getters
 */
export const unitKindLabel = (kind: UnitKind, locale: Locale = "vi"): string =>
  locale === "en" ? UNIT_KIND_LABELS[kind].en : UNIT_KIND_LABELS[kind].vi

/**
 * True for the kinds that are schools or centres (not management bodies).
 *
 * @example
 * ```ts
 * isSchoolKind("upper-secondary") //=> true
 * isSchoolKind("district-office") //=> false
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const isSchoolKind = (kind: UnitKind): boolean =>
  kind !== "department" && kind !== "district-office" && kind !== "commune" && kind !== "other"

/**
 * The kinds that are schools or centres (đơn vị, trường học), not
 * management bodies: every kind but `department`, `district-office`,
 * `commune` and `other`.
 *
 * @example
 * ```ts
 * SCHOOL_KINDS.includes("upper-secondary") //=> true
 * SCHOOL_KINDS.includes("district-office") //=> false
 * ```
 * @since 0.1.0
 * @category constants
 */
export const SCHOOL_KINDS: ReadonlyArray<UnitKind> = UNIT_KINDS.filter(isSchoolKind)
