/**
 * The channels of Tasks 2 and 3 of the plan: every unit's Fanpage, Zalo
 * group and Messenger group, and the Sở's group, Zalo community and Zalo OA,
 * with their admins and members — and a few planted mistakes.
 *
 * @since 0.1.0
 * @module
 */
import { foldDiacritics } from "@lantoa/core"
import type { ChannelRecord, Platform, Role } from "@lantoa/hierarchy"
import { random, shuffled, weighted } from "./internal/random.js"
import type { PersonSpec } from "./People.js"
import type { UnitSpec } from "./Units.js"

/**
 * A mistake planted in the sample's channels: a unit without one of its
 * channels, or a group whose name breaks the plan's "Truyền thông + Tên
 * trường" rule ("TT Trường …", the bare unit name, or no diacritics).
 *
 * @example
 * ```ts
 * const fault: ChannelFault = {
 *   unit: "mn-lac-son-03", platform: "zalo-group", fault: "misnamed", channel: "zalo-mn-lac-son-03",
 *   name: "TT Trường Mầm non Ngọc Lâu", expected: "Truyền thông Trường Mầm non Ngọc Lâu",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ChannelFault {
  readonly unit: string
  readonly platform: Platform
  readonly fault: "missing" | "misnamed"
  /** The misnamed channel's id. */
  readonly channel?: string
  /** The name the misnamed channel has. */
  readonly name?: string
  /** The name the plan asks for. */
  readonly expected?: string
}

/**
 * The name of the Sở's Zalo and Messenger groups (Task 2).
 *
 * @internal
 */
export const DEPARTMENT_GROUP_NAME = "Truyền thông Sở GD&ĐT Hòa Bình"
/**
 * The name of the Sở's Zalo community (Task 2).
 *
 * @internal
 */
export const COMMUNITY_NAME = "Truyền thông Giáo dục Hòa Bình"
/**
 * The prefix of every unit group's name (Task 2: "Truyền thông + Tên trường").
 *
 * @internal
 */
export const GROUP_PREFIX = "Truyền thông "

/**
 * A unit's Fanpage, as activities refer to it.
 *
 * @internal
 */
export interface PageSpec {
  readonly channel: string
  /** The numeric page id in activity ids (`facebook:<number>_<post>`). */
  readonly number: number
  readonly url: string
}

/**
 * Options for {@link buildChannels}.
 *
 * @internal
 */
export interface ChannelOptions {
  readonly seed: string
  readonly missingShare: number
  readonly misnamedShare: number
}

/**
 * What {@link buildChannels} returns.
 *
 * @internal
 */
export interface ChannelsBuild {
  readonly channels: Array<ChannelRecord>
  readonly faults: Array<ChannelFault>
  /** The Fanpage of each unit, by unit index; `undefined` when the unit has none. */
  readonly pages: Array<PageSpec | undefined>
}

const SITE = {
  facebook: "https://facebook.example",
  zalo: "https://zalo.example",
  messenger: "https://messenger.example",
}

/**
 * The numeric id of a unit's Fanpage: small numbers, apart from people's profile numbers.
 *
 * @internal
 */
export const pageNumber = (unitIndex: number): number => 1000 + unitIndex

const has = (person: PersonSpec, role: Role): boolean => person.roles.includes(role)

const misnamings: ReadonlyArray<(expected: string, unitName: string) => string> = [
  (_, unitName) => `TT ${unitName}`,
  (_, unitName) => unitName,
  (expected) => foldDiacritics(expected),
]

/**
 * Builds the channels of Tasks 2 and 3 and plants the configured share of
 * missing and misnamed ones (never in the Sở's own channels).
 *
 * @internal
 */
export const buildChannels = (
  units: ReadonlyArray<UnitSpec>,
  people: ReadonlyArray<PersonSpec>,
  options: ChannelOptions,
): ChannelsBuild => {
  const staffOf: Array<Array<PersonSpec>> = units.map(() => [])
  for (const person of people) staffOf[person.unit]?.push(person)
  const ids = (list: ReadonlyArray<PersonSpec>): Array<string> => list.map((person) => person.id)
  const principalOf = (unit: UnitSpec): Array<PersonSpec> => (staffOf[unit.index] ?? []).filter((p) => has(p, "principal"))

  // Faults: a shuffled list of the units that own channels (not the Sở);
  // the first ones miss a channel, the next ones misname a group.
  const rng = random(options.seed, "channel-faults")
  const eligible = units.filter((unit) => unit.tier === "office" || unit.tier === "school")
  const order = shuffled(rng, eligible.map((unit) => unit.index))
  const missingCount = Math.min(order.length, Math.round(options.missingShare * eligible.length))
  const misnamedCount = Math.min(order.length - missingCount, Math.round(options.misnamedShare * eligible.length))
  const missingPlatform = weighted<Platform>([
    ["facebook-page", 3],
    ["zalo-group", 3],
    ["messenger-group", 4],
  ])
  const missing = new Map<number, Platform>()
  for (const index of order.slice(0, missingCount)) missing.set(index, missingPlatform(rng))
  const misnamed = new Map<number, { platform: Platform; style: number }>()
  for (const index of order.slice(missingCount, missingCount + misnamedCount)) {
    misnamed.set(index, { platform: rng.chance(0.5) ? "zalo-group" : "messenger-group", style: rng.int(misnamings.length) })
  }

  const channels: Array<ChannelRecord> = []
  const faults: Array<ChannelFault> = []
  const pages: Array<PageSpec | undefined> = units.map(() => undefined)

  const offices = units.filter((unit) => unit.tier === "office")
  const directUnits = units.filter((unit) => unit.tier === "school" && unit.office === undefined)
  const schools = units.filter((unit) => unit.tier === "school")

  for (const unit of units) {
    if (unit.tier === "commune") continue
    const staff = staffOf[unit.index] ?? []
    let admins: Array<PersonSpec>
    let members: Array<PersonSpec>
    let groupAdmins: Array<PersonSpec>
    let groupName = `${GROUP_PREFIX}${unit.channelName}`
    if (unit.tier === "department") {
      // Task 3: the Sở's Fanpage is run by the heads and deputy heads of its divisions.
      admins = staff.filter((p) => has(p, "division-head") || has(p, "division-deputy-head"))
      // Task 2: the Sở's group.
      members = [
        ...staff.filter((p) => has(p, "department-leader") || has(p, "union-leader") || has(p, "division-head")),
        ...offices.flatMap((office) => (staffOf[office.index] ?? []).filter((p) => has(p, "office-leader"))),
        ...directUnits.flatMap(principalOf),
        ...offices.flatMap((office) => (staffOf[office.index] ?? []).filter((p) => has(p, "communication-officer"))),
      ]
      groupAdmins = staff.filter((p) => has(p, "department-leader")).slice(0, 1)
      groupAdmins.push(...staff.filter((p) => has(p, "communication-officer")).slice(0, 1))
      groupName = DEPARTMENT_GROUP_NAME
    } else if (unit.tier === "office") {
      admins = staff.filter((p) => has(p, "office-leader"))
      // Task 2: the Phòng's leaders and specialists, and the principals of its schools.
      members = [...staff, ...schools.filter((school) => school.office === unit.id).flatMap(principalOf)]
      groupAdmins = [...admins.slice(0, 1), ...staff.filter((p) => has(p, "communication-officer"))]
    } else {
      admins = staff.filter((p) => has(p, "principal") || has(p, "vice-principal"))
      members = staff
      groupAdmins = [...admins.slice(0, 1), ...staff.filter((p) => has(p, "communication-officer"))]
    }

    // A channel ends with its unit (the Phòng's, on 30 June 2025): contract
    // v1 allows added fields, and a reader may ignore this one.
    const dated = (channel: ChannelRecord): ChannelRecord => (unit.validTo === undefined ? channel : { ...channel, validTo: unit.validTo })
    const lost = missing.get(unit.index)
    const wrong = misnamed.get(unit.index)
    if (lost !== undefined) faults.push({ unit: unit.id, platform: lost, fault: "missing" })

    if (lost !== "facebook-page") {
      const id = `fb-${unit.id}`
      const url = `${SITE.facebook}/${unit.id}`
      pages[unit.index] = { channel: id, number: pageNumber(unit.index), url }
      channels.push(dated({ id, unit: unit.id, platform: "facebook-page", name: unit.channelName, url, admins: ids(admins), members: [] }))
    }
    for (const [platform, prefix, site] of [
      ["zalo-group", "zalo", SITE.zalo],
      ["messenger-group", "messenger", SITE.messenger],
    ] as const) {
      if (lost === platform) continue
      const id = `${prefix}-${unit.id}`
      let name = groupName
      if (wrong !== undefined && wrong.platform === platform) {
        const misname = misnamings[wrong.style] ?? ((expected: string) => expected)
        name = misname(groupName, unit.channelName)
        faults.push({ unit: unit.id, platform, fault: "misnamed", channel: id, name, expected: groupName })
      }
      channels.push(dated({ id, unit: unit.id, platform, name, url: `${site}/g/${unit.id}`, admins: ids(groupAdmins), members: ids(members) }))
    }

    if (unit.tier === "department") {
      // Task 2: the Zalo community of the whole sector, and the Sở's Zalo OA.
      const communityMembers = [
        ...staff.filter((p) => has(p, "department-leader")),
        ...staff.filter((p) => has(p, "communication-officer")),
        ...offices.flatMap((office) => (staffOf[office.index] ?? []).filter((p) => has(p, "communication-officer"))),
        ...schools.flatMap((school) => (staffOf[school.index] ?? []).filter((p) => has(p, "communication-officer"))),
      ]
      channels.push({
        id: `zalo-community-${unit.id}`,
        unit: unit.id,
        platform: "zalo-community",
        name: COMMUNITY_NAME,
        url: `${SITE.zalo}/c/${unit.id}`,
        admins: ids(groupAdmins),
        members: ids(communityMembers),
      })
      channels.push({
        id: `zalo-oa-${unit.id}`,
        unit: unit.id,
        platform: "zalo-oa",
        name: unit.channelName,
        url: `${SITE.zalo}/oa/${unit.id}`,
        admins: ids(admins),
        members: [],
      })
    }
  }
  return { channels, faults, pages }
}
