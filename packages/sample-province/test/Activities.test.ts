import { parseActivities, periodOf } from "@lantoa/core"
import { generateProvince, provinceFacts } from "@lantoa/sample-province"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { pickTarget } from "../src/Activities.js"

// Three whole ISO weeks, 2024-W47 to 2024-W49.
const weeks = { from: "2024-11-18", to: "2024-12-08" }
const province = generateProvince({ activities: weeks })
const facts = provinceFacts({ activities: weeks })
const december = generateProvince()
const decemberFacts = provinceFacts()

const localDate = (at: string): string => at.slice(0, 10)
const localTime = (at: string): string => at.slice(11, 19)
const posts = province.activities.filter((a) => a.kind === "post" && a.unit !== undefined)
const unitKind = new Map(province.units.map((u) => [u.id, u.kind]))

const countBy = <A>(items: ReadonlyArray<A>, key: (item: A) => string): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

describe("activities", () => {
  it("every activity falls within the requested local dates, with the +07:00 offset", () => {
    const outside = province.activities.filter((a) => localDate(a.at) < weeks.from || localDate(a.at) > weeks.to || !a.at.endsWith("+07:00"))
    expect(outside).toEqual([])
    expect(province.activities.length).toBeGreaterThan(50_000)
  })

  it("every activity parses with core's parseActivities with no issue", () => {
    const { activities, issues } = parseActivities(province.activities)
    expect(issues).toEqual([])
    expect(activities).toHaveLength(province.activities.length)
  })

  it("activity ids are Facebook-style, unique, and links are on the synthetic domain", () => {
    const bad = province.activities.filter(
      (a) =>
        !/^facebook:\d+_\d+$/.test(a.id) ||
        (a.url !== undefined && !a.url.startsWith("https://facebook.example/")) ||
        (a.target !== undefined && !a.target.startsWith("https://facebook.example/")),
    )
    expect(bad).toEqual([])
    expect(new Set(province.activities.map((a) => a.id)).size).toBe(province.activities.length)
  })

  it("a unit's post names the unit and its Fanpage, and its id carries the page's number", () => {
    const pages = new Map(province.channels.filter((c) => c.platform === "facebook-page").map((c) => [c.unit, c.id]))
    expect(posts.filter((a) => a.channel !== pages.get(a.unit as string))).toEqual([])
    const number = new Map<string, string>()
    for (const post of posts) {
      const page = post.id.slice("facebook:".length, post.id.indexOf("_"))
      expect(number.get(post.unit as string) ?? page).toBe(page)
      number.set(post.unit as string, page)
    }
  })

  it("a silent unit never posts, nor does a unit without a Fanpage", () => {
    const silent = Object.entries(facts.profiles).filter(([, p]) => p === "silent").map(([unit]) => unit)
    expect(silent.length).toBeGreaterThan(0)
    const posting = new Set(posts.map((a) => a.unit))
    for (const unit of silent) expect(posting.has(unit), unit).toBe(false)
    const pageless = facts.channelFaults.filter((f) => f.fault === "missing" && f.platform === "facebook-page")
    for (const { unit } of pageless) expect(posting.has(unit), unit).toBe(false)
  })

  it("an on-time unit meets its weekly quota every week: a school 1, a Phòng 3, the Sở 4", () => {
    const quota = (unit: string) => (unitKind.get(unit) === "department" ? 4 : unitKind.get(unit) === "district-office" ? 3 : 1)
    const perWeek = countBy(posts, (a) => `${a.unit} ${periodOf(a.at, "week")}`)
    const onTime = Object.entries(facts.profiles).filter(([, p]) => p === "on-time").map(([unit]) => unit)
    const pageless = new Set(facts.channelFaults.filter((f) => f.platform === "facebook-page").map((f) => f.unit))
    const short: Array<string> = []
    for (const unit of onTime.filter((u) => !pageless.has(u))) {
      for (const week of ["2024-W47", "2024-W48", "2024-W49"]) {
        if ((perWeek.get(`${unit} ${week}`) ?? 0) < quota(unit)) short.push(`${unit} ${week}`)
      }
    }
    expect(short).toEqual([])
    expect(facts.profiles["so-gddt"]).toBe("on-time")
  })

  it("compliance profiles order the units: on-time meets more weeks than mostly, mostly more than irregular", () => {
    const perWeek = countBy(posts, (a) => `${a.unit} ${periodOf(a.at, "week")}`)
    const rate = (profile: string): number => {
      const schools = Object.entries(facts.profiles)
        .filter(([unit, p]) => p === profile && unitKind.get(unit) !== "district-office" && unitKind.get(unit) !== "department")
        .map(([unit]) => unit)
      let met = 0
      for (const unit of schools) for (const week of ["2024-W47", "2024-W48", "2024-W49"]) if ((perWeek.get(`${unit} ${week}`) ?? 0) >= 1) met++
      return met / (3 * schools.length)
    }
    expect(rate("on-time")).toBeGreaterThan(0.9)
    expect(rate("mostly")).toBeGreaterThan(rate("irregular"))
    expect(rate("mostly")).toBeLessThan(rate("on-time"))
    expect(rate("irregular")).toBeLessThan(0.6)
  })

  it("posts are mostly in working hours, some in the evening, some right around the Sunday/Monday boundary", () => {
    const working = posts.filter((a) => localTime(a.at) >= "07:00:00" && localTime(a.at) < "17:30:00").length
    const evening = posts.filter((a) => localTime(a.at) >= "19:00:00" && localTime(a.at) < "23:00:00").length
    const sundayNight = posts.filter((a) => new Date(`${localDate(a.at)}T00:00:00Z`).getUTCDay() === 0 && localTime(a.at) >= "23:30:00")
    const mondayMidnight = posts.filter((a) => new Date(`${localDate(a.at)}T00:00:00Z`).getUTCDay() === 1 && localTime(a.at) < "00:30:00")
    expect(working / posts.length).toBeGreaterThan(0.6)
    expect(evening).toBeGreaterThan(0)
    expect(sundayNight.length).toBeGreaterThan(0)
    expect(mondayMidnight.length).toBeGreaterThan(0)
    expect(posts.some((a) => localTime(a.at) === "23:59:59" || localTime(a.at) === "00:00:00")).toBe(true)
  })

  it("a compliant party member posts or shares at least once every week", () => {
    const acts = province.activities.filter((a) => a.person !== undefined && a.kind !== "reaction")
    const perWeek = countBy(acts, (a) => `${a.person} ${periodOf(a.at, "week")}`)
    const short = facts.compliantPartyMembers.flatMap((person) =>
      ["2024-W47", "2024-W48", "2024-W49"].filter((week) => (perWeek.get(`${person} ${week}`) ?? 0) < 1).map((week) => `${person} ${week}`),
    )
    expect(short).toEqual([])
    expect(facts.compliantPartyMembers).toHaveLength(Math.round(0.8 * province.people.filter((p) => p.partyMember).length))
  })

  it("a compliant party member posts or shares at least four times in a whole month, even one that starts mid-week", () => {
    const acts = december.activities.filter((a) => a.person !== undefined && a.kind !== "reaction")
    const perMonth = countBy(acts, (a) => a.person as string)
    expect(decemberFacts.compliantPartyMembers.filter((person) => (perMonth.get(person) ?? 0) < 4)).toEqual([])
  })

  /** Shares and reactions whose target is not at least one second older than they are. */
  const tooEarly = (activities: typeof province.activities) => {
    const published = new Map(activities.filter((a) => a.kind === "post" && a.unit !== undefined).map((a) => [a.url as string, a.at]))
    return activities.filter((a) => {
      const at = a.target === undefined ? undefined : published.get(a.target)
      return at !== undefined && Date.parse(a.at) - Date.parse(at) < 1000
    })
  }

  it("shares and reactions target a post published before them, at least one second earlier", () => {
    const acts = province.activities.filter((a) => a.target !== undefined)
    expect(acts.length).toBeGreaterThan(10_000)
    expect(tooEarly(province.activities)).toEqual([])
    // Targets of the week before the range are not in the dataset; all others are.
    const published = new Set(posts.map((a) => a.url))
    expect(acts.filter((a) => published.has(a.target as string)).length / acts.length).toBeGreaterThan(0.95)
  })

  it("a post published in the same second as a share is never its target; one a second earlier may be", () => {
    const lists = [{ at: [100, 101], url: ["first", "second"] }, undefined]
    for (const r of [0, 0.5, 0.999]) {
      expect(pickTarget(r, lists, 0, 100)).toBeUndefined()
      expect(pickTarget(r, lists, 0, 101)).toBe("first")
      expect(pickTarget(r, lists, 1, 101)).toBe("first")
    }
    expect(pickTarget(0, lists, 0, 102)).toBe("first")
    expect(pickTarget(0.5, lists, 0, 102)).toBe("second")
  })

  it("no one shares or reacts to a post in the second it is published, whatever the seed", () => {
    // Seed 9 once had a reaction in the same second as its post (2024-W44).
    expect(tooEarly(generateProvince({ seed: 9, activities: { from: "2024-10-28", to: "2024-11-03" } }).activities)).toEqual([])
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), (seed) => {
        expect(tooEarly(generateProvince({ seed, activities: { from: "2024-11-25", to: "2024-12-01" } }).activities)).toEqual([])
      }),
      { numRuns: 2 },
    )
  })

  it("staff react and share, and the rate is configurable", () => {
    const count = (kind: string, activities: typeof province.activities) => activities.filter((a) => a.kind === kind).length
    const reactions = count("reaction", province.activities)
    expect(reactions / province.people.length / 3).toBeGreaterThan(0.6)
    const quiet = generateProvince({ activities: { ...weeks, engagement: 0 } })
    expect(count("reaction", quiet.activities)).toBe(0)
    // The units' posts come from their own stream: engagement does not move them.
    expect(quiet.activities.filter((a) => a.unit !== undefined)).toEqual(posts)
  })

  it("profile shares are configurable: all silent leaves only the Sở posting", () => {
    const silent = generateProvince({ activities: { ...weeks, profiles: { silent: 1 } } })
    const units = new Set(silent.activities.filter((a) => a.kind === "post" && a.unit !== undefined).map((a) => a.unit))
    expect([...units]).toEqual(["so-gddt"])
  })

  it("activities can be switched off for a roster alone, which then does not change", () => {
    const roster = generateProvince({ activities: false })
    expect(roster.activities).toEqual([])
    expect(roster.units).toEqual(province.units)
    expect(roster.people).toEqual(province.people)
    expect(roster.channels).toEqual(province.channels)
  })

  it("the activity of a date does not depend on the range asked for", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 6 }), (start, length) => {
        const day = (n: number) => `2024-11-${String(18 + n).padStart(2, "0")}`
        const from = start <= 12 ? day(start) : `2024-12-0${start - 12}`
        const end = Math.min(start + length, 20)
        const to = end <= 12 ? day(end) : `2024-12-0${end - 12}`
        const part = generateProvince({ activities: { from, to } }).activities
        const whole = province.activities.filter((a) => localDate(a.at) >= from && localDate(a.at) <= to)
        expect(part.map((a) => a.id)).toEqual(whole.map((a) => a.id))
        expect(part).toEqual(whole)
      }),
      { numRuns: 4 },
    )
  })

  it("an impossible range is a programming error", () => {
    expect(() => generateProvince({ activities: { from: "2024-12-31", to: "2024-12-01" } })).toThrow(RangeError)
    expect(() => generateProvince({ activities: { from: "2024-02-30" } })).toThrow(RangeError)
  })
})

describe("activities in the two-tier variant", () => {
  const range = { from: "2025-06-16", to: "2025-07-13" }
  const twoTier = generateProvince({ variant: "two-tier-2025", activities: range })

  it("a Phòng posts until 30 June 2025 and never after", () => {
    const officePosts = twoTier.activities.filter((a) => a.kind === "post" && a.unit?.startsWith("pgd-"))
    expect(officePosts.length).toBeGreaterThan(0)
    expect(officePosts.filter((a) => localDate(a.at) > "2025-06-30")).toEqual([])
  })

  it("the Phòng's staff leave the roster on 30 June 2025 and act no more", () => {
    const officeStaff = new Set(twoTier.people.filter((p) => p.unit.startsWith("pgd-")).map((p) => p.id))
    for (const person of twoTier.people.filter((p) => officeStaff.has(p.id))) expect(person.validTo).toBe("2025-06-30")
    expect(twoTier.activities.filter((a) => officeStaff.has(a.person ?? "") && localDate(a.at) > "2025-06-30")).toEqual([])
  })

  it("activity before 1 July 2025 is the same as in the 2024 variant: the variants differ from the reform on", () => {
    const before = (activities: typeof twoTier.activities) => activities.filter((a) => localDate(a.at) < "2025-07-01")
    const same = generateProvince({ activities: range }).activities
    expect(before(twoTier.activities).length).toBeGreaterThan(50_000)
    expect(before(twoTier.activities)).toEqual(before(same))
    expect(twoTier.activities).not.toEqual(same)
  })

  it("schools keep posting across the reform, and communes own no channel", () => {
    const schoolPosts = twoTier.activities.filter((a) => a.kind === "post" && a.unit?.startsWith("mn-"))
    expect(schoolPosts.some((a) => localDate(a.at) > "2025-07-01")).toBe(true)
    const communes = new Set(twoTier.units.filter((u) => u.kind === "commune").map((u) => u.id))
    expect(twoTier.channels.filter((c) => communes.has(c.unit))).toEqual([])
    expect(parseActivities(twoTier.activities).issues).toEqual([])
  })
})
