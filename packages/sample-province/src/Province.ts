/**
 * The sample province: a deterministic, seeded Hòa Bình as the plan
 * describes it, in the shape of the engine's dataset (contract v1).
 *
 * @since 0.1.0
 * @module
 */
import type { ActivityRecord } from "@lantoa/core"
import type { ChannelRecord, PersonRecord, UnitRecord } from "@lantoa/hierarchy"
import {
  type ActivityOptions,
  DEFAULT_FROM,
  DEFAULT_PROFILE_SHARES,
  DEFAULT_TO,
  type UnitProfile,
  UNIT_PROFILES,
  assignCompliance,
  assignProfiles,
  buildActivities,
} from "./Activities.js"
import { type ChannelFault, buildChannels } from "./Channels.js"
import { PLAN_STAFF_TOTAL, buildPeople } from "./People.js"
import { DISTRICT_LEVEL_ENDS, buildUnits } from "./Units.js"

/**
 * Which sample to build:
 *
 * - `"2024"`: the plan's tree (Sở → Phòng GD&ĐT → schools up to THCS, and
 *   the units the Sở manages directly);
 * - `"two-tier-2025"`: the same province after the reform of 1 July 2025 —
 *   the same units, people and channels, and the same activity before that
 *   day. The Phòng, their staff and their channels end on 30 June 2025
 *   (`validTo`); 46 communes and wards start on 1 July 2025, with no staff
 *   (commune officials are not the sector's staff); every school that
 *   reported through a Phòng gives dated `parents` edges: the Phòng until
 *   30 June, its commune from 1 July. The Sở keeps its id `so-gddt` and is
 *   named "Sở Giáo dục và Đào tạo Phú Thọ" (Hòa Bình is part of Phú Thọ
 *   since then; a unit has one name in contract v1, so the current one is
 *   used, on every date); its channels keep the names they were created with.
 *
 * @example
 * ```ts
 * const { units } = generateProvince({ variant: "two-tier-2025", activities: false })
 * units.find((u) => u.id === "mn-lac-son-03")?.parents
 * //=> [{ unit: "pgd-lac-son", validTo: "2025-06-30" }, { unit: "xa-lac-son", validFrom: "2025-07-01" }]
 * ```
 * @since 0.1.0
 * @category models
 */
export type ProvinceVariant = "2024" | "two-tier-2025"

/**
 * Options for {@link generateProvince}. Every option has a default; the same
 * options always give the same province, byte for byte.
 *
 * @example
 * ```ts
 * const options: GenerateProvinceOptions = {
 *   seed: "demo",
 *   variant: "two-tier-2025",
 *   activities: { from: "2025-06-23", to: "2025-07-06" },
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface GenerateProvinceOptions {
  /** The seed of every random choice. Default: `"lantoa"`. */
  readonly seed?: string | number
  /** Default: `"2024"`. */
  readonly variant?: ProvinceVariant
  /** Staff in the whole sector. Default: 18,426 (the plan's count). */
  readonly staff?: number
  /** Share of staff who are party members (đảng viên); leaders nearly all are. Default: 0.45. */
  readonly partyMemberShare?: number
  /** Share of staff without a phone number in the roster. Default: 0. */
  readonly missingPhoneShare?: number
  /** Share of units (other than the Sở) missing one of their three channels. Default: 0.04. */
  readonly missingChannelShare?: number
  /** Share of units (other than the Sở) with a misnamed Zalo or Messenger group. Default: 0.06. */
  readonly misnamedChannelShare?: number
  /** Options for activities, or `false` for a roster alone. Default: `{}` (December 2024). */
  readonly activities?: false | ActivityOptions
}

/**
 * A generated province: a dataset in the shape of contract v1, ready for
 * `JSON.stringify` or for the engine.
 *
 * @example
 * ```ts
 * const dataset: SampleProvince = generateProvince({ activities: { from: "2024-11-18", to: "2024-11-24" } })
 * dataset.channels.filter((c) => c.platform === "facebook-page").length //=> 534 (8 of the 541 units below the Sở miss theirs)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SampleProvince {
  readonly units: ReadonlyArray<UnitRecord>
  readonly people: ReadonlyArray<PersonRecord>
  readonly channels: ReadonlyArray<ChannelRecord>
  /** Grouped by ISO week (units' posts first, then people's activity); not sorted by time. */
  readonly activities: ReadonlyArray<ActivityRecord>
}

/**
 * What the generator planted in a province: each unit's compliance profile,
 * the party members who keep their quota, and the channel mistakes. An
 * evaluation of the sample should find exactly these.
 *
 * @example
 * ```ts
 * const facts: ProvinceFacts = provinceFacts({ seed: 3 })
 * facts.channelFaults.filter((f) => f.fault === "missing").length //=> 22 (4% of the 541 units below the Sở)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ProvinceFacts {
  /** The profile of every unit that owns channels, by unit id. */
  readonly profiles: Readonly<Record<string, UnitProfile>>
  /** Ids of the party members who post or share at least once every week and four times every month. */
  readonly compliantPartyMembers: ReadonlyArray<string>
  /** Missing and misnamed channels. */
  readonly channelFaults: ReadonlyArray<ChannelFault>
}

interface Settings {
  readonly seed: string
  readonly variant: ProvinceVariant
  readonly staff: number
  readonly partyMemberShare: number
  readonly missingPhoneShare: number
  readonly missingChannelShare: number
  readonly misnamedChannelShare: number
  readonly activities: false | Required<Omit<ActivityOptions, "profiles">> & { readonly profiles: Record<UnitProfile, number> }
}

const share = (name: string, value: number | undefined, fallback: number): number => {
  const result = value ?? fallback
  if (!(result >= 0 && result <= 1)) throw new RangeError(`${name} must be a share between 0 and 1; got ${String(value)}`)
  return result
}

const profileShares = (given: Partial<Record<UnitProfile, number>> | undefined): Record<UnitProfile, number> => {
  if (given === undefined) return { ...DEFAULT_PROFILE_SHARES }
  const shares = { "on-time": 0, mostly: 0, irregular: 0, silent: 0 }
  let total = 0
  for (const profile of UNIT_PROFILES) {
    const value = given[profile] ?? 0
    if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`profiles.${profile} must be a non-negative number; got ${String(value)}`)
    shares[profile] = value
    total += value
  }
  if (total <= 0) throw new RangeError("profiles must give at least one profile a positive share")
  for (const profile of UNIT_PROFILES) shares[profile] /= total
  return shares
}

const settingsOf = (options: GenerateProvinceOptions): Settings => {
  const variant = options.variant ?? "2024"
  if (variant !== "2024" && variant !== "two-tier-2025") throw new RangeError(`Unknown variant: ${String(variant)}`)
  const activities = options.activities ?? {}
  const engagement = activities === false ? 0 : (activities.engagement ?? 1)
  if (!(engagement >= 0 && engagement <= 50)) throw new RangeError(`engagement must be between 0 and 50; got ${engagement}`)
  return {
    seed: String(options.seed ?? "lantoa"),
    variant,
    staff: options.staff ?? PLAN_STAFF_TOTAL,
    partyMemberShare: share("partyMemberShare", options.partyMemberShare, 0.45),
    missingPhoneShare: share("missingPhoneShare", options.missingPhoneShare, 0),
    missingChannelShare: share("missingChannelShare", options.missingChannelShare, 0.04),
    misnamedChannelShare: share("misnamedChannelShare", options.misnamedChannelShare, 0.06),
    activities:
      activities === false
        ? false
        : {
            from: activities.from ?? DEFAULT_FROM,
            to: activities.to ?? DEFAULT_TO,
            profiles: profileShares(activities.profiles),
            partyMemberCompliance: share("partyMemberCompliance", activities.partyMemberCompliance, 0.8),
            engagement,
          },
  }
}

const rosterOf = (settings: Settings) => {
  const units = buildUnits(settings.variant)
  const people = buildPeople(units, {
    seed: settings.seed,
    staff: settings.staff,
    partyMemberShare: settings.partyMemberShare,
    missingPhoneShare: settings.missingPhoneShare,
    officeStaffUntil: settings.variant === "two-tier-2025" ? DISTRICT_LEVEL_ENDS : undefined,
  })
  const channels = buildChannels(units, people, {
    seed: settings.seed,
    missingShare: settings.missingChannelShare,
    misnamedShare: settings.misnamedChannelShare,
  })
  const activityShares = settings.activities === false ? DEFAULT_PROFILE_SHARES : settings.activities.profiles
  const compliance = settings.activities === false ? 0.8 : settings.activities.partyMemberCompliance
  const profiles = assignProfiles(settings.seed, units, activityShares)
  const compliant = assignCompliance(settings.seed, people, compliance)
  return { units, people, channels, profiles, compliant }
}

/**
 * Generates the sample province: Hòa Bình's education sector as the plan
 * describes it — the Sở, 10 Phòng GD&ĐT and the 531 schools and centres of
 * its list by kind (the plan's text says 530; its list sums to 531, and the
 * list is kept), 18,426 synthetic staff, the channels of Tasks 2 and 3, and
 * a month of activity. Everything is synthetic: names (the real people named
 * in the plan and in the reference notes are excluded by hashed key), phone
 * numbers (in blocks no carrier uses), schools and pages
 * (`https://facebook.example/…`).
 *
 * Deterministic: the same options give byte-identical `JSON.stringify`
 * output. The roster does not depend on the activity options, and the
 * activity of a date does not depend on the range asked for.
 *
 * @example
 * ```ts
 * const { units, people, channels, activities } = generateProvince({ seed: 7 })
 * units.length  //=> 542
 * people.length //=> 18426
 * activities[0]
 * //=> { id: "facebook:1000_20244802", kind: "post", unit: "so-gddt", channel: "fb-so-gddt",
 * //     at: "2024-12-01T09:36:43+07:00", url: "https://facebook.example/so-gddt/posts/20244802" }
 *
 * // A roster alone, after the 2025 reform:
 * generateProvince({ variant: "two-tier-2025", activities: false }).units.length //=> 588
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const generateProvince = (options: GenerateProvinceOptions = {}): SampleProvince => {
  const settings = settingsOf(options)
  const roster = rosterOf(settings)
  const activities =
    settings.activities === false
      ? []
      : buildActivities({
          seed: settings.seed,
          units: roster.units,
          people: roster.people,
          pages: roster.channels.pages,
          profiles: roster.profiles,
          compliant: roster.compliant,
          from: settings.activities.from,
          to: settings.activities.to,
          engagement: settings.activities.engagement,
        })
  return {
    units: roster.units.map((unit) => unit.record),
    people: roster.people.map((person) => person.record),
    channels: roster.channels.channels,
    activities,
  }
}

/**
 * The facts planted in the province that {@link generateProvince} builds
 * from the same options: unit profiles, compliant party members, channel
 * mistakes. Cheap: no activity is generated.
 *
 * @example
 * ```ts
 * const facts = provinceFacts({ seed: 7 })
 * facts.profiles["so-gddt"] //=> "on-time"
 * Object.values(facts.profiles).filter((p) => p === "silent").length //=> 27 (5% of 541)
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const provinceFacts = (options: GenerateProvinceOptions = {}): ProvinceFacts => {
  const settings = settingsOf(options)
  const roster = rosterOf(settings)
  const profiles: Record<string, UnitProfile> = {}
  for (const unit of roster.units) {
    const profile = roster.profiles.get(unit.index)
    if (profile !== undefined) profiles[unit.id] = profile
  }
  return {
    profiles,
    compliantPartyMembers: roster.people.filter((person) => roster.compliant.has(person.index)).map((person) => person.id),
    channelFaults: roster.channels.faults,
  }
}
