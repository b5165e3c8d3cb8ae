/**
 * Activity of the sample province over any range of dates: Fanpage posts of
 * every unit around its weekly quota (Task 4), party members' posts and
 * shares (Task 5), and staff reactions and shares.
 *
 * Every unit has a compliance profile, and every party member is compliant
 * or not; both are facts of the sample ({@link provinceFacts}), so tests and
 * demos can check what an evaluation finds against what was planted.
 *
 * @since 0.1.0
 * @module
 */
import type { ActivityRecord } from "@lantoa/core"
import { DAY_SECONDS, instantFormatter, isoWeekOf, mondayOf, monthOf, parseLocalDate, TWO_DIGITS } from "./internal/localTime.js"
import { apportion } from "./internal/apportion.js"
import { type Random, poisson, random, sample, shuffled } from "./internal/random.js"
import type { PageSpec } from "./Channels.js"
import type { PersonSpec } from "./People.js"
import type { UnitSpec } from "./Units.js"

/**
 * How a unit keeps its weekly Fanpage quota:
 *
 * - `on-time`: meets it every week, posts within the week;
 * - `mostly`: meets it about 85% of weeks; now and then a post slips past
 *   midnight on Sunday into the next week;
 * - `irregular`: meets it less than half the weeks, posts late in the week,
 *   often right around the Sunday/Monday boundary;
 * - `silent`: never posts.
 *
 * @example
 * ```ts
 * provinceFacts().profiles["so-gddt"] //=> "on-time"
 * ```
 * @since 0.1.0
 * @category models
 */
export type UnitProfile = "on-time" | "mostly" | "irregular" | "silent"

/**
 * Every {@link UnitProfile}, from the most to the least compliant.
 *
 * @example
 * ```ts
 * UNIT_PROFILES //=> ["on-time", "mostly", "irregular", "silent"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const UNIT_PROFILES: ReadonlyArray<UnitProfile> = ["on-time", "mostly", "irregular", "silent"]

/**
 * Options for the activity part of {@link generateProvince}.
 *
 * @example
 * ```ts
 * const options: ActivityOptions = {
 *   from: "2024-11-18", to: "2024-11-24",
 *   profiles: { "on-time": 0.6, mostly: 0.3, silent: 0.1 },
 *   partyMemberCompliance: 0.9,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ActivityOptions {
  /** First local date (inclusive), `YYYY-MM-DD`. Default: `2024-12-01` (the month the plan launches the model). */
  readonly from?: string
  /** Last local date (inclusive), `YYYY-MM-DD`. Default: `2024-12-31`. */
  readonly to?: string
  /**
   * Shares of unit profiles (the Sở is always `on-time`). Profiles not
   * listed get none; the shares are normalised to sum to 1.
   * Default: `{ "on-time": 0.5, mostly: 0.3, irregular: 0.15, silent: 0.05 }`.
   */
  readonly profiles?: Partial<Record<UnitProfile, number>>
  /** Share of party members who post or share at least once a week and four times a month. Default: 0.8. */
  readonly partyMemberCompliance?: number
  /** Mean reactions per member of staff per week (shares follow at an eighth of it). Default: 1. */
  readonly engagement?: number
}

/**
 * The default shares of unit profiles.
 *
 * @internal
 */
export const DEFAULT_PROFILE_SHARES: Readonly<Record<UnitProfile, number>> = {
  "on-time": 0.5,
  mostly: 0.3,
  irregular: 0.15,
  silent: 0.05,
}

/**
 * The default range: December 2024, the month the model is launched (Task 6).
 *
 * @internal
 */
export const DEFAULT_FROM = "2024-12-01"
/**
 * See {@link DEFAULT_FROM}.
 *
 * @internal
 */
export const DEFAULT_TO = "2024-12-31"

/** The weekly Fanpage quota of Task 4: Sở ≥ 4, Phòng ≥ 3, every school ≥ 1. */
const weeklyQuota = (unit: UnitSpec): number => (unit.tier === "department" ? 4 : unit.tier === "office" ? 3 : 1)

/**
 * Assigns a profile to every unit that owns channels: the Sở is `on-time`,
 * the others get exact shares in a seeded order.
 *
 * @internal
 */
export const assignProfiles = (
  seed: string,
  units: ReadonlyArray<UnitSpec>,
  shares: Readonly<Record<UnitProfile, number>>,
): Map<number, UnitProfile> => {
  const profiles = new Map<number, UnitProfile>()
  const others: Array<number> = []
  for (const unit of units) {
    if (unit.tier === "department") profiles.set(unit.index, "on-time")
    else if (unit.tier !== "commune") others.push(unit.index)
  }
  const counts = apportion(
    others.length,
    UNIT_PROFILES.map((profile) => shares[profile]),
  )
  const order = shuffled(random(seed, "profiles"), others)
  let next = 0
  UNIT_PROFILES.forEach((profile, p) => {
    for (let i = 0; i < (counts[p] ?? 0); i++) profiles.set(order[next++] as number, profile)
  })
  return profiles
}

/**
 * Chooses exactly `share` of the party members as compliant.
 *
 * @internal
 */
export const assignCompliance = (seed: string, people: ReadonlyArray<PersonSpec>, share: number): Set<number> => {
  const members = people.filter((person) => person.partyMember).map((person) => person.index)
  return new Set(sample(random(seed, "compliance"), members, Math.round(share * members.length)))
}

// Fixed times of day, in seconds.
const H = 3600

/** A time of day for a unit's post: office hours mostly, some evenings, a few early mornings. */
const postSecond = (rng: Random, officeHours: number): number => {
  const r = rng.next()
  if (r < officeHours) return 7 * H + rng.int(10.5 * H) // 07:00–17:29
  if (r < 0.97) return 19 * H + rng.int(4 * H) // 19:00–22:59
  return 5.5 * H + rng.int(1.5 * H) // 05:30–06:59
}

/** A time of day for a person: evenings, daytime, late night. */
const personSecond = (rng: Random): number => {
  const r = rng.next()
  if (r < 0.45) return 19 * H + rng.int(4 * H) // 19:00–22:59
  if (r < 0.9) return 6.5 * H + rng.int(11.5 * H) // 06:30–17:59
  if (r < 0.97) return 23 * H + rng.int(H) // 23:00–23:59
  return 5 * H + rng.int(1.5 * H) // 05:00–06:29
}

// Day-of-week weights (Monday first) for posts.
const EARLY_WEEK = cumulative([0.2, 0.2, 0.18, 0.17, 0.15, 0.06, 0.04])
const LATE_WEEK = cumulative([0.08, 0.08, 0.1, 0.12, 0.22, 0.2, 0.2])

function cumulative(weights: ReadonlyArray<number>): Float64Array {
  const table = new Float64Array(weights.length)
  let total = 0
  weights.forEach((weight, i) => {
    total += weight
    table[i] = total
  })
  return table.map((value) => value / total)
}

const dayFrom = (rng: Random, table: Float64Array): number => {
  const r = rng.next()
  for (let i = 0; i < table.length; i++) if (r < (table[i] as number)) return i
  return table.length - 1
}

/**
 * When a unit posts, as seconds from Monday 00:00 of its week. Around the
 * Sunday/Monday boundary: 23:30–23:59:59 on Sunday (still this week) or
 * 00:00–00:29:59 on Monday (already the next), sometimes exactly 23:59:59 or
 * 00:00:00 — the cases a week boundary must get right.
 */
const postTime = (rng: Random, profile: UnitProfile): number => {
  const boundary = profile === "irregular" ? 0.2 : profile === "mostly" ? 0.05 : 0.03
  if (rng.next() < boundary) {
    const sunday = profile === "on-time" || rng.next() < (profile === "mostly" ? 0.7 : 0.5)
    const exact = rng.next() < 0.1
    if (sunday) return 6 * DAY_SECONDS + (exact ? DAY_SECONDS - 1 : 23.5 * H + rng.int(0.5 * H))
    return 7 * DAY_SECONDS + (exact ? 0 : rng.int(0.5 * H))
  }
  const day = dayFrom(rng, profile === "irregular" ? LATE_WEEK : EARLY_WEEK)
  return day * DAY_SECONDS + postSecond(rng, profile === "irregular" ? 0.6 : 0.8)
}

/** How many posts a unit makes in a week, around its quota. */
const postCount = (rng: Random, profile: UnitProfile, quota: number): number => {
  switch (profile) {
    case "on-time":
      return quota + poisson(rng, 0.25 * quota + 0.3)
    case "mostly":
      return rng.next() < 0.85 ? quota + poisson(rng, 0.15 * quota + 0.1) : rng.int(quota)
    case "irregular":
      return rng.next() < 0.4 ? quota + poisson(rng, 0.3 * quota) : rng.int(quota)
    case "silent":
      return 0
  }
}

/** Staff of units that post more also like and share more. */
const ENGAGEMENT: Readonly<Record<UnitProfile, number>> = { "on-time": 1.2, mostly: 1, irregular: 0.7, silent: 0.3 }

/**
 * Everything {@link buildActivities} needs about the roster.
 *
 * @internal
 */
export interface ActivityInput {
  readonly seed: string
  readonly units: ReadonlyArray<UnitSpec>
  readonly people: ReadonlyArray<PersonSpec>
  readonly pages: ReadonlyArray<PageSpec | undefined>
  readonly profiles: ReadonlyMap<number, UnitProfile>
  readonly compliant: ReadonlySet<number>
  readonly from: string
  readonly to: string
  readonly engagement: number
}

/**
 * A week's posts of one unit: parallel arrays of times (local seconds since the epoch) and URLs.
 *
 * @internal
 */
export interface Posts {
  readonly at: Array<number>
  readonly url: Array<string>
}

const THREE_DIGITS: ReadonlyArray<string> = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"))

/**
 * Picks a post published before `t` (times are whole seconds, so at least a
 * second before: no one shares a post in the second it appears): first from
 * `lists[first]`, then from the others in order. Returns its URL, or
 * `undefined`. `r`, in [0, 1), chooses among the eligible posts: the pick
 * draws nothing itself, so an act costs the same draws whatever the lists
 * hold.
 *
 * @internal
 */
export const pickTarget = (r: number, lists: ReadonlyArray<Posts | undefined>, first: number, t: number): string | undefined => {
  for (let k = 0; k < lists.length; k++) {
    const posts = lists[(first + k) % lists.length]
    if (posts === undefined) continue
    let eligible = 0
    for (let i = 0; i < posts.at.length; i++) if ((posts.at[i] as number) < t) eligible++
    let nth = Math.floor(r * eligible)
    for (let i = 0; i < posts.at.length; i++) {
      if ((posts.at[i] as number) < t && nth-- === 0) return posts.url[i]
    }
  }
  return undefined
}

/**
 * Generates the activities of every ISO week that overlaps the range (and
 * the week before, whose late posts may fall into it), keeping those inside
 * the range. Each week draws from its own seeded streams, so the activities
 * of a date do not depend on the range asked for.
 *
 * @internal
 */
export const buildActivities = (input: ActivityInput): Array<ActivityRecord> => {
  const fromDay = parseLocalDate(input.from)
  const toDay = parseLocalDate(input.to)
  if (fromDay === undefined || toDay === undefined) throw new RangeError(`from and to must be dates YYYY-MM-DD; got ${input.from} and ${input.to}`)
  if (fromDay > toDay) throw new RangeError(`from (${input.from}) is after to (${input.to})`)
  const rangeStart = fromDay * DAY_SECONDS
  const rangeEnd = (toDay + 1) * DAY_SECONDS
  const format = instantFormatter()
  const out: Array<ActivityRecord> = []

  const { units, people, pages, profiles } = input
  const officeIndex = new Map<string, number>()
  for (const unit of units) if (unit.tier === "office") officeIndex.set(unit.id, unit.index)
  const departmentIndex = units.findIndex((unit) => unit.tier === "department")
  const lastDay = (validTo: string | undefined): number => (validTo === undefined ? Infinity : (parseLocalDate(validTo) ?? Infinity))

  const posting = units
    .filter((unit) => pages[unit.index] !== undefined && profiles.has(unit.index))
    .map((unit) => ({
      unit,
      page: pages[unit.index] as PageSpec,
      profile: profiles.get(unit.index) as UnitProfile,
      quota: weeklyQuota(unit),
      lastDay: lastDay(unit.validTo),
      idPrefix: `facebook:${(pages[unit.index] as PageSpec).number}_`,
      urlPrefix: `${(pages[unit.index] as PageSpec).url}/posts/`,
    }))
  const schoolsPosting = posting.filter((p) => p.unit.tier === "school").map((p) => p.unit.index)
  const officesPosting = posting.filter((p) => p.unit.tier === "office").map((p) => p.unit.index)

  const actors = people.map((person) => {
    const unit = units[person.unit] as UnitSpec
    const profileNumber = 100_000 + person.index
    return {
      id: person.id,
      unit: person.unit,
      office: unit.office === undefined ? -1 : (officeIndex.get(unit.office) ?? -1),
      party: person.partyMember,
      compliant: input.compliant.has(person.index),
      lastDay: lastDay(person.validTo),
      reactions: input.engagement * ENGAGEMENT[profiles.get(person.unit) ?? "mostly"],
      idPrefix: `facebook:${profileNumber}_`,
      urlPrefix: `https://facebook.example/${profileNumber}/posts/`,
    }
  })

  const postsOf: Array<Posts | undefined> = units.map(() => undefined)
  const firstMonday = mondayOf(fromDay) - 7
  const lastMonday = mondayOf(toDay)
  const lists: Array<Posts | undefined> = [undefined, undefined, undefined, undefined]

  // The state of the person being generated. `emit` is defined once, not
  // per person and week: over a school year that is a million closures saved.
  let rng = random(input.seed, "people")
  let actor = actors[0] as (typeof actors)[number]
  let weekCode = ""
  let weekMonday = 0
  let k = 0
  /**
   * One act of `actor` on a day in [lo, hi) of the week; `required` acts
   * never vanish for want of a target. An act draws the same numbers and
   * takes an id number whether or not it is kept, so that an act dropped
   * (after its author left, or for want of a target) never moves another:
   * the two variants agree on every act before 1 July 2025.
   */
  const emit = (kind: "post" | "share" | "reaction", lo: number, hi: number, required: boolean): void => {
    const day = weekMonday + lo + rng.int(hi - lo)
    const second = personSecond(rng)
    const at = day * DAY_SECONDS + second
    let target: string | undefined
    if (kind !== "post") {
      const r = rng.next()
      target = pickTarget(rng.next(), lists, r < 0.45 ? 0 : r < 0.75 ? 1 : r < 0.87 ? 2 : 3, at)
    }
    const number = weekCode + (THREE_DIGITS[k++] as string)
    if (day > actor.lastDay) return
    let actual = kind
    if (kind !== "post" && target === undefined) {
      if (!required) return
      actual = "post"
    }
    if (at < rangeStart || at >= rangeEnd) return
    const id = actor.idPrefix + number
    if (actual === "post") out.push({ id, kind: "post", person: actor.id, at: format(day, second), url: actor.urlPrefix + number })
    else out.push({ id, kind: actual, person: actor.id, at: format(day, second), target: target as string })
  }

  for (let monday = firstMonday; monday <= lastMonday; monday += 7) {
    const { year, week } = isoWeekOf(monday)
    const code = `${year}${TWO_DIGITS[week]}`
    const weekStart = monday * DAY_SECONDS
    postsOf.fill(undefined)

    // Fanpage posts (Task 4).
    const postsRng = random(input.seed, "posts", monday)
    for (const p of posting) {
      if (monday > p.lastDay) continue
      const count = Math.min(99, postCount(postsRng, p.profile, p.quota))
      for (let k = 0; k < count; k++) {
        const offset = postTime(postsRng, p.profile)
        const day = monday + Math.floor(offset / DAY_SECONDS)
        // A unit that posted this week (even after it closed) may be featured:
        // the week's choice must not depend on when the unit closed.
        let posts = postsOf[p.unit.index]
        if (posts === undefined) postsOf[p.unit.index] = posts = { at: [], url: [] }
        if (day > p.lastDay) continue
        const at = weekStart + offset
        const number = `${code}${TWO_DIGITS[k]}`
        const url = p.urlPrefix + number
        posts.at.push(at)
        posts.url.push(url)
        if (at >= rangeStart && at < rangeEnd) {
          out.push({ id: p.idPrefix + number, kind: "post", unit: p.unit.id, channel: p.page.channel, at: format(day, offset % DAY_SECONDS), url })
        }
      }
    }

    // The week's featured pages (Task 4): one or two schools and one Phòng.
    const featuredRng = random(input.seed, "featured", monday)
    const withPosts = (indexes: ReadonlyArray<number>): Array<number> => indexes.filter((i) => postsOf[i] !== undefined)
    const featured = [
      ...sample(featuredRng, withPosts(schoolsPosting), 1 + featuredRng.int(2)),
      ...sample(featuredRng, withPosts(officesPosting), 1),
    ]
    const featuredPosts: Posts = { at: [], url: [] }
    for (const index of featured) {
      const posts = postsOf[index] as Posts
      featuredPosts.at.push(...posts.at)
      featuredPosts.url.push(...posts.url)
    }
    lists[0] = featuredPosts.at.length > 0 ? featuredPosts : undefined
    lists[3] = departmentIndex < 0 ? undefined : postsOf[departmentIndex]

    // A week that straddles two months: compliant party members act on both
    // sides of the boundary, so that every whole month has at least four.
    const mondayMonth = monthOf(monday)
    let split = 0
    for (let d = 1; d < 7; d++) {
      if (monthOf(monday + d) !== mondayMonth) {
        split = d
        break
      }
    }

    rng = random(input.seed, "people", monday)
    weekCode = code
    weekMonday = monday
    for (const a of actors) {
      if (monday > a.lastDay) continue
      actor = a
      lists[1] = postsOf[a.unit]
      lists[2] = a.office < 0 ? undefined : postsOf[a.office]
      k = 0
      // Task 5: party members post or share.
      if (a.party) {
        if (a.compliant) {
          if (split === 0) emit(rng.next() < 0.4 ? "post" : "share", 0, 7, true)
          else {
            emit(rng.next() < 0.4 ? "post" : "share", 0, split, true)
            emit(rng.next() < 0.4 ? "post" : "share", split, 7, true)
          }
          for (let extra = poisson(rng, 0.6); extra > 0 && k < 900; extra--) emit(rng.next() < 0.3 ? "post" : "share", 0, 7, false)
        } else if (rng.next() < 0.45) {
          emit(rng.next() < 0.3 ? "post" : "share", 0, 7, false)
        }
      } else {
        for (let n = poisson(rng, a.reactions / 8); n > 0 && k < 900; n--) emit("share", 0, 7, false)
      }
      // Task 4: everyone likes and shares.
      for (let n = poisson(rng, a.reactions); n > 0 && k < 999; n--) emit("reaction", 0, 7, false)
    }
  }
  return out
}
