/**
 * Roles of people in the plan: who leads, who administers pages, who posts.
 *
 * @since 0.1.0
 * @module
 */
import type { Locale } from "@lantoa/core"

/**
 * The roles the plan names. A person may hold several.
 *
 * - `department-leader`: Lãnh đạo Sở (Giám đốc, Phó Giám đốc)
 * - `union-leader`: Lãnh đạo Công đoàn Giáo dục
 * - `division-head`: Trưởng phòng chức năng, chuyên môn, nghiệp vụ Sở
 * - `division-deputy-head`: Phó Trưởng phòng CN,CM,NV Sở
 * - `office-leader`: Lãnh đạo Phòng GD&ĐT (Trưởng, Phó Trưởng phòng)
 * - `specialist`: chuyên viên (Sở or Phòng)
 * - `principal`: Hiệu trưởng / Giám đốc trung tâm
 * - `vice-principal`: Phó Hiệu trưởng / Phó Giám đốc
 * - `teacher`: giáo viên
 * - `staff`: nhân viên
 * - `communication-officer`: cán bộ phụ trách truyền thông
 *
 * @example
 * ```ts
 * ROLES.length //=> 11
 * ```
 * @since 0.1.0
 * @category constants
 */
export const ROLES = [
  "department-leader",
  "union-leader",
  "division-head",
  "division-deputy-head",
  "office-leader",
  "specialist",
  "principal",
  "vice-principal",
  "teacher",
  "staff",
  "communication-officer",
] as const

/**
 * One of {@link ROLES}.
 *
 * @example
 * ```ts
 * const role: Role = "communication-officer"
 * roleLabel(role) //=> "Cán bộ phụ trách truyền thông"
 * ```
 * @since 0.1.0
 * @category models
 */
export type Role = (typeof ROLES)[number]

/**
 * Vietnamese and English names of each role.
 *
 * @example
 * ```ts
 * ROLE_LABELS.principal.vi //=> "Hiệu trưởng, Giám đốc"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const ROLE_LABELS: Readonly<Record<Role, { readonly vi: string; readonly en: string }>> = {
  "department-leader": { vi: "Lãnh đạo Sở", en: "Department leader" },
  "union-leader": { vi: "Lãnh đạo Công đoàn Giáo dục", en: "Education union leader" },
  "division-head": { vi: "Trưởng phòng CN,CM,NV Sở", en: "Head of a department division" },
  "division-deputy-head": { vi: "Phó Trưởng phòng CN,CM,NV Sở", en: "Deputy head of a department division" },
  "office-leader": { vi: "Lãnh đạo Phòng GD&ĐT", en: "District office leader" },
  specialist: { vi: "Chuyên viên", en: "Specialist" },
  principal: { vi: "Hiệu trưởng, Giám đốc", en: "Principal or director" },
  "vice-principal": { vi: "Phó Hiệu trưởng, Phó Giám đốc", en: "Vice-principal or deputy director" },
  teacher: { vi: "Giáo viên", en: "Teacher" },
  staff: { vi: "Nhân viên", en: "Staff" },
  "communication-officer": { vi: "Cán bộ phụ trách truyền thông", en: "Communication officer" },
}

/**
 * The roles that make up a unit's leadership (Ban giám hiệu / Lãnh đạo đơn
 * vị), who the plan makes admins of a school's or Phòng's Fanpage. The Sở's
 * Fanpage is the exception: the plan gives it to the heads and deputy heads
 * of the Sở's divisions only (see `leadershipOf`).
 *
 * @example
 * ```ts
 * LEADERSHIP_ROLES.includes("principal") //=> true
 * LEADERSHIP_ROLES.includes("teacher")   //=> false
 * ```
 * @since 0.1.0
 * @category constants
 */
export const LEADERSHIP_ROLES: ReadonlyArray<Role> = [
  "department-leader",
  "division-head",
  "division-deputy-head",
  "office-leader",
  "principal",
  "vice-principal",
]

/**
 * The label of a role in a locale.
 *
 * @example
 * ```ts
 * roleLabel("principal")       //=> "Hiệu trưởng, Giám đốc"
 * roleLabel("principal", "en") //=> "Principal or director"
 * ```
 * @since 0.1.0
 * @category getters
 */
export const roleLabel = (role: Role, locale: Locale = "vi"): string =>
  locale === "en" ? ROLE_LABELS[role].en : ROLE_LABELS[role].vi
