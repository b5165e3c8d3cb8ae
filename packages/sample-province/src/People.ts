/**
 * The staff of the sample province: 18,426 synthetic people (the plan's
 * "18.426 cán bộ quản lý, giáo viên, nhân viên"), with roles, party
 * membership and phone numbers.
 *
 * @since 0.1.0
 * @module
 */
import type { PersonRecord, Role, UnitKind } from "@lantoa/hierarchy"
import { apportion } from "./internal/apportion.js"
import { personName } from "./internal/names.js"
import { type Random, random, sample } from "./internal/random.js"
import type { UnitSpec } from "./Units.js"

/**
 * The number of staff the plan counts in the sector ("Toàn ngành có 18.426
 * cán bộ quản lý, giáo viên, nhân viên"): the default size of the sample.
 *
 * @example
 * ```ts
 * generateProvince({ activities: false }).people.length === PLAN_STAFF_TOTAL //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const PLAN_STAFF_TOTAL = 18_426

/**
 * A person as the generator sees it.
 *
 * @internal
 */
export interface PersonSpec {
  readonly index: number
  readonly id: string
  readonly unit: number
  readonly roles: ReadonlyArray<Role>
  readonly partyMember: boolean
  readonly validTo: string | undefined
  readonly record: PersonRecord
}

/** The Sở's staff: fixed, whatever the total. */
const DEPARTMENT_SIZE = 60
const DEPARTMENT_LEADERS = 4 // Giám đốc and three Phó Giám đốc
const UNION_LEADERS = 2 // Chủ tịch and Phó Chủ tịch Công đoàn Giáo dục
const DIVISIONS = 8 // Văn phòng, Thanh tra, TCCB, KHTC, GDMN-TH, GDTrH, GDTX-CN, KT-QLCL
const DIVISION_DEPUTIES = [2, 2, 2, 2, 1, 1, 1, 1]

/** The smallest school: a principal, a vice-principal, one employee and three teachers. */
const MIN_SCHOOL_SIZE = 6

// Typical staff of each kind of school (cán bộ quản lý, giáo viên, nhân viên).
const TYPICAL_SIZE: Readonly<Partial<Record<UnitKind, number>>> = {
  kindergarten: 25,
  primary: 30,
  "primary-lower-secondary": 40,
  "lower-secondary": 30,
  "upper-secondary": 70,
  "ethnic-boarding-lower-secondary": 50,
  "ethnic-boarding-lower-upper-secondary": 50,
  "ethnic-boarding-upper-secondary": 50,
  "multi-level": 60,
  "continuing-education-centre": 40,
  "vocational-continuing-education-centre": 25,
  "teacher-college": 120,
}

// Share of employees (nhân viên: accounting, clerical, medical, kitchen) by kind.
const EMPLOYEE_SHARE: Readonly<Partial<Record<UnitKind, number>>> = {
  kindergarten: 0.18,
  "ethnic-boarding-lower-secondary": 0.2,
  "ethnic-boarding-lower-upper-secondary": 0.2,
  "ethnic-boarding-upper-secondary": 0.2,
  "continuing-education-centre": 0.2,
  "vocational-continuing-education-centre": 0.2,
  "teacher-college": 0.25,
}

// Share of women among staff by kind (kindergartens are almost all women).
const FEMALE_SHARE: Readonly<Partial<Record<UnitKind, number>>> = {
  department: 0.45,
  "district-office": 0.55,
  kindergarten: 0.97,
  primary: 0.82,
  "primary-lower-secondary": 0.72,
  "lower-secondary": 0.7,
  "upper-secondary": 0.62,
  "multi-level": 0.7,
}

const LEADER_ROLES: ReadonlySet<Role> = new Set<Role>([
  "department-leader",
  "union-leader",
  "division-head",
  "division-deputy-head",
  "office-leader",
  "principal",
  "vice-principal",
])

/** Leaders are nearly all party members. */
const LEADER_PARTY_SHARE = 0.97

// Mobile prefixes that satisfy `^0[35789]\d{8}$` but that no carrier has
// been allocated (as of 2025): a demo that sends reminders to the sample's
// numbers reaches nobody, and no real number (a carrier's block) can occur.
const UNALLOCATED_PREFIXES = ["030", "031", "050", "053", "054", "057", "071", "072", "073", "074", "075"]

/**
 * Options for {@link buildPeople}.
 *
 * @internal
 */
export interface PeopleOptions {
  readonly seed: string
  readonly staff: number
  readonly partyMemberShare: number
  readonly missingPhoneShare: number
  /** The last day of the district level, for the staff of the Phòng (two-tier variant). */
  readonly officeStaffUntil: string | undefined
}

/** The staff count of every unit: the Sở and the Phòng fixed, the schools scaled to hit the total exactly. */
const unitSizes = (units: ReadonlyArray<UnitSpec>, options: PeopleOptions, rng: Random): Array<number> => {
  const sizes = units.map((unit) => {
    if (unit.tier === "department") return DEPARTMENT_SIZE
    if (unit.tier === "office") return 8 + rng.int(5)
    return 0
  })
  const schools = units.filter((unit) => unit.tier === "school")
  const fixed = sizes.reduce((a, b) => a + b, 0)
  const free = options.staff - fixed - MIN_SCHOOL_SIZE * schools.length
  if (!Number.isInteger(options.staff) || free < 0) {
    throw new RangeError(
      `staff must be an integer of at least ${fixed + MIN_SCHOOL_SIZE * schools.length} for this province; got ${options.staff}`,
    )
  }
  // Each school's typical size, jittered by ±40% around the kind's typical
  // extra staff, then apportioned so the total is exact.
  const weights = schools.map((unit) => ((TYPICAL_SIZE[unit.kind] ?? 30) - MIN_SCHOOL_SIZE) * (0.6 + 0.8 * rng.next()))
  const extra = apportion(free, weights)
  schools.forEach((unit, i) => {
    sizes[unit.index] = MIN_SCHOOL_SIZE + (extra[i] ?? 0)
  })
  return sizes
}

/** The roles of a unit's staff, leaders first. */
const rolesOf = (unit: UnitSpec, size: number, rng: Random): Array<Array<Role>> => {
  const roles: Array<Array<Role>> = []
  if (unit.tier === "department") {
    for (let i = 0; i < DEPARTMENT_LEADERS; i++) roles.push(["department-leader"])
    for (let i = 0; i < UNION_LEADERS; i++) roles.push(["union-leader"])
    for (let d = 0; d < DIVISIONS; d++) {
      roles.push(["division-head"])
      for (let i = 0; i < (DIVISION_DEPUTIES[d] ?? 1); i++) roles.push(["division-deputy-head"])
      // Each division names one specialist to communication work.
      roles.push(["specialist", "communication-officer"])
    }
    while (roles.length < size) roles.push(["specialist"])
    return roles
  }
  if (unit.tier === "office") {
    const leaders = size >= 10 ? 3 : 2 // Trưởng phòng and one or two Phó
    for (let i = 0; i < leaders; i++) roles.push(["office-leader"])
    roles.push(["specialist", "communication-officer"]) // the Phòng's communication/IT specialist
    while (roles.length < size) roles.push(["specialist"])
    return roles
  }
  const vice = unit.kind === "teacher-college" && size >= 20 ? 3 : size < 20 ? 1 : size < 45 ? 2 : 2 + rng.int(2)
  const employees = Math.max(1, Math.round(size * (EMPLOYEE_SHARE[unit.kind] ?? 0.1)))
  roles.push(["principal"])
  for (let i = 0; i < vice; i++) roles.push(["vice-principal"])
  const teachers = size - 1 - vice - employees
  const officer = rng.int(teachers)
  for (let i = 0; i < teachers; i++) roles.push(i === officer ? ["teacher", "communication-officer"] : ["teacher"])
  for (let i = 0; i < employees; i++) roles.push(["staff"])
  return roles
}

const isLeader = (roles: ReadonlyArray<Role>): boolean => roles.some((role) => LEADER_ROLES.has(role))

const personId = (index: number): string => `cb-${String(index + 1).padStart(5, "0")}`

/** A unique synthetic mobile number in an unallocated block. */
const phoneDrawer = (rng: Random): (() => string) => {
  const used = new Set<string>()
  return () => {
    for (;;) {
      const prefix = UNALLOCATED_PREFIXES[rng.int(UNALLOCATED_PREFIXES.length)] as string
      const phone = `${prefix}${String(rng.int(10_000_000)).padStart(7, "0")}`
      if (!used.has(phone)) {
        used.add(phone)
        return phone
      }
    }
  }
}

/**
 * Builds the staff of every unit: exactly `staff` people, leaders first in
 * each unit, with an exact share of party members (leaders nearly all).
 *
 * @internal
 */
export const buildPeople = (units: ReadonlyArray<UnitSpec>, options: PeopleOptions): Array<PersonSpec> => {
  const sizes = unitSizes(units, options, random(options.seed, "sizes"))
  const rolesRng = random(options.seed, "roles")
  const namesRng = random(options.seed, "names")
  const drawPhone = phoneDrawer(random(options.seed, "phones"))

  interface Draft {
    unit: UnitSpec
    roles: Array<Role>
  }
  const drafts: Array<Draft> = []
  for (const unit of units) {
    // Communes have no staff in the sample: their officials are not the
    // sector's staff. Skipping them keeps every draw of the two-tier variant
    // the same as in 2024.
    if (unit.tier === "commune") continue
    for (const roles of rolesOf(unit, sizes[unit.index] ?? 0, rolesRng)) drafts.push({ unit, roles })
  }

  // Party members: leaders with a high chance, then exactly enough others to
  // reach the requested share of the whole staff.
  const partyRng = random(options.seed, "party")
  const target = Math.round(options.partyMemberShare * drafts.length)
  const leaders: Array<number> = []
  const others: Array<number> = []
  drafts.forEach((draft, i) => (isLeader(draft.roles) ? leaders : others).push(i))
  const partyLeaders = leaders.filter(() => partyRng.chance(LEADER_PARTY_SHARE))
  const party = new Set<number>(sample(partyRng, partyLeaders, target))
  for (const i of sample(partyRng, others, target - party.size)) party.add(i)

  const phonesRng = random(options.seed, "missing-phones")
  const withoutPhone = new Set<number>(
    sample(phonesRng, drafts.map((_, i) => i), Math.round(options.missingPhoneShare * drafts.length)),
  )

  return drafts.map((draft, index) => {
    const { unit, roles } = draft
    const femaleShare = FEMALE_SHARE[unit.kind] ?? 0.6
    const female = namesRng.chance(roles.includes("principal") && unit.kind !== "kindergarten" ? femaleShare - 0.2 : femaleShare)
    const name = personName(namesRng, female)
    const phone = drawPhone() // drawn for everyone, so that missing phones do not shift the others
    const id = personId(index)
    const partyMember = party.has(index)
    const validTo = unit.tier === "office" ? options.officeStaffUntil : undefined
    const record: PersonRecord = { id, name, unit: unit.id, roles, partyMember }
    if (!withoutPhone.has(index)) record.phone = phone
    if (validTo !== undefined) record.validTo = validTo
    return { index, id, unit: unit.index, roles, partyMember, validTo, record }
  })
}
