/**
 * Staff of a unit: people by role, party members, the leadership.
 *
 * The plan counts people in these groups: party members (đảng viên) each
 * post or share weekly; the leadership of a unit administers its Fanpage;
 * communication officers join the Zalo community.
 *
 * @since 0.1.0
 * @module
 */
import { assertLocalDate, rangeHas } from "./internal/dates.js"
import { byIdOrder, indexOf } from "./internal/hierarchyIndex.js"
import type { Hierarchy } from "./Hierarchy.js"
import { LEADERSHIP_ROLES, type Role } from "./Role.js"
import type { Person } from "./Roster.js"
import type { LocalDate } from "@lantoa/core"

/**
 * Which people to keep: active on a date, holding any of some roles, party
 * members or not. Absent fields do not filter.
 *
 * @example
 * ```ts
 * peopleOf(hierarchy, "thcs-lac-son", { on: "2025-11-15", roles: ["teacher"], partyMember: true })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PeopleFilter {
  /** Keep people whose validity covers this date. */
  readonly on?: LocalDate
  /** Keep people holding at least one of these roles. */
  readonly roles?: ReadonlyArray<Role>
  /** Keep party members (`true`) or the others (`false`). */
  readonly partyMember?: boolean
}

const matcher = (filter: PeopleFilter, caller: string): ((person: Person) => boolean) => {
  const on = filter.on === undefined ? undefined : assertLocalDate(filter.on, caller)
  const roles = filter.roles === undefined ? undefined : new Set(filter.roles)
  const { partyMember } = filter
  return (person) =>
    (on === undefined || rangeHas({ from: person.validFrom, to: person.validTo }, on)) &&
    (roles === undefined || person.roles.some((role) => roles.has(role))) &&
    (partyMember === undefined || person.partyMember === partyMember)
}

/**
 * The people of a unit, in id order, optionally filtered. The unit's own
 * dates are not checked (use `treeAt(…).peopleOf` for the people of a unit
 * as the tree stood on a date).
 *
 * @example
 * ```ts
 * peopleOf(hierarchy, "thcs-lac-son").map((person) => person.id) //=> ["gv-0001", "gv-0002", "ht-0001", "pht-0001"]
 * peopleOf(hierarchy, "thcs-lac-son", { roles: ["teacher"], partyMember: true }).map((person) => person.id)
 * //=> ["gv-0001"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const peopleOf = (hierarchy: Hierarchy, unit: string, filter: PeopleFilter = {}): ReadonlyArray<Person> => {
  const people = indexOf(hierarchy).peopleByUnit.get(unit) ?? []
  return people.filter(matcher(filter, "peopleOf"))
}

/**
 * Everyone in the roster holding a role (or any of several), in id order;
 * with `on`, only those active on that date.
 *
 * @example
 * ```ts
 * peopleWithRole(hierarchy, "communication-officer").map((person) => person.unit)
 * //=> ["so", "thcs-lac-son"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const peopleWithRole = (
  hierarchy: Hierarchy,
  role: Role | ReadonlyArray<Role>,
  on?: LocalDate,
): ReadonlyArray<Person> => {
  const filter: PeopleFilter = { roles: typeof role === "string" ? [role] : role }
  const keep = matcher(on === undefined ? filter : { ...filter, on }, "peopleWithRole")
  return hierarchy.people.filter(keep).sort(byIdOrder)
}

/**
 * The party members (đảng viên) of a unit, in id order: the people the plan
 * asks to post or share at least once a week and four times a month.
 *
 * @example
 * ```ts
 * partyMembersOf(hierarchy, "thcs-lac-son").map((person) => person.id) //=> ["gv-0001", "ht-0001"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const partyMembersOf = (hierarchy: Hierarchy, unit: string, on?: LocalDate): ReadonlyArray<Person> =>
  peopleOf(hierarchy, unit, on === undefined ? { partyMember: true } : { partyMember: true, on })

/**
 * The leadership of a unit (Ban giám hiệu, Lãnh đạo đơn vị): its people
 * holding one of `LEADERSHIP_ROLES`, in id order — for a school the
 * principal and vice-principals, for a Phòng its leaders, for the Sở its
 * leaders and the heads and deputy heads of its divisions.
 *
 * The plan (Nhiệm vụ 3) gives a school's or Phòng's Fanpage to this
 * leadership, but the Sở's Fanpage to the heads and deputy heads of its
 * divisions only (Trưởng phòng/Phó Trưởng phòng CN,CM,NV), not to the Sở's
 * leaders: for the Sở, ask `peopleOf(hierarchy, "so", { roles:
 * ["division-head", "division-deputy-head"] })`.
 *
 * @example
 * ```ts
 * leadershipOf(hierarchy, "thcs-lac-son").map((person) => person.roles[0]) //=> ["principal", "vice-principal"]
 * ```
 * @since 0.1.0
 * @category queries
 */
export const leadershipOf = (hierarchy: Hierarchy, unit: string, on?: LocalDate): ReadonlyArray<Person> =>
  peopleOf(hierarchy, unit, on === undefined ? { roles: LEADERSHIP_ROLES } : { roles: LEADERSHIP_ROLES, on })
