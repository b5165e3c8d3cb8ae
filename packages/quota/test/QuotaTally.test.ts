import type { Activity } from "@lantoa/core"
import { buildHierarchy } from "@lantoa/hierarchy"
import {
  QUOTA_STATUSES,
  comparePeers,
  evaluateQuotas,
  indexActivities,
  isActivityIndex,
  isQuotaTally,
  rollUpQuotas,
  tallyQuotas,
  type QuotaResult,
} from "@lantoa/quota"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { activities as randomActivities, now as randomNow } from "./arbitraries.js"
import { hierarchy, pagePost, roster, share } from "./fixtures.js"
import { PLAN_RULES, POLICY, districtOfficeWeeklyPosts, partyMemberMonthly, partyMemberWeekly } from "./planRules.js"

const NOVEMBER = { period: "2024-11", policy: POLICY } as const

const shuffled = <A>(list: ReadonlyArray<A>, seed: number): Array<A> => {
  const out = [...list]
  let state = seed | 0 || 1
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) | 0
    const j = (state >>> 8) % (i + 1)
    ;[out[i], out[j]] = [out[j] as A, out[i] as A]
  }
  return out
}

describe("indexActivities: read once, evaluate many times", () => {
  it("an evaluation from an activity index equals the evaluation from the activities (fast-check)", () => {
    fc.assert(
      fc.property(randomActivities, randomNow, (activities, now) => {
        const index = indexActivities(hierarchy, activities)
        for (const range of [{ period: "2024-11" }, { period: "2024-W46" }, { from: "2024-10-28", to: "2024-12-03" }] as const) {
          const options = { ...range, now, policy: POLICY }
          expect(evaluateQuotas(PLAN_RULES, hierarchy, index, options)).toEqual(evaluateQuotas(PLAN_RULES, hierarchy, activities, options))
        }
      }),
      { numRuns: 60 },
    )
  })

  it("the index holds every activity of a known kind, whoever it names; unknown units and people count for no rule", () => {
    const known = pagePost("pgd-lac-son", "2024-11-12T09:00:00")
    const stranger = { ...pagePost("pgd-lac-son", "2024-11-12T10:00:00"), unit: "truong-khong-co" }
    const reaction: Activity = { id: "r1", kind: "reaction", person: "nguoi-la", at: Date.parse("2024-11-12T20:00:00+07:00"), target: "https://x/1" }
    const odd = { ...known, id: "odd", kind: "vote" } as unknown as Activity
    const index = indexActivities(hierarchy, [known, stranger, reaction, odd])
    expect(index.size).toBe(3)
    expect(isActivityIndex(index)).toBe(true)
    expect(isActivityIndex([known])).toBe(false)
    const [result] = evaluateQuotas([districtOfficeWeeklyPosts], hierarchy, index, {
      period: "2024-W46",
      now: "2024-12-01T00:00:00+07:00",
      policy: POLICY,
    }).results.filter((entry) => "unit" in entry.subject && entry.subject.unit === "pgd-lac-son")
    expect(result?.evidence).toEqual([known.id])
  })

  it("an index built against another hierarchy, or in another time zone, is refused with a RangeError", () => {
    const index = indexActivities(hierarchy, [pagePost("pgd-lac-son", "2024-11-12T09:00:00")])
    const other = buildHierarchy(roster()).hierarchy
    const options = { ...NOVEMBER, now: "2024-12-01T00:00:00+07:00" }
    expect(() => evaluateQuotas(PLAN_RULES, other, index, options)).toThrow(/another hierarchy/)
    const utc = indexActivities(hierarchy, [], { timeZone: "UTC" })
    expect(() => tallyQuotas(PLAN_RULES, hierarchy, utc, options)).toThrow(/UTC/)
  })

  it("a copy of an activity (same id, same instant) counts once from an index too", () => {
    const post = pagePost("pgd-lac-son", "2024-11-12T09:00:00")
    const index = indexActivities(hierarchy, [post, { ...post }, pagePost("pgd-lac-son", "2024-11-13T09:00:00")])
    const [result] = evaluateQuotas([districtOfficeWeeklyPosts], hierarchy, index, {
      period: "2024-W46",
      now: "2024-12-01T00:00:00+07:00",
      policy: POLICY,
    }).results.filter((entry) => "unit" in entry.subject && entry.subject.unit === "pgd-lac-son")
    expect([result?.counted, result?.matched]).toEqual([2, 2])
  })
})

describe("tallyQuotas: every verdict without an object per verdict", () => {
  const cellsOf = (tally: ReturnType<typeof tallyQuotas>) =>
    tally.rules.flatMap((rule) =>
      rule.periods.flatMap((period, p) =>
        rule.subjects.flatMap((subject, s) => {
          const cell = p * rule.subjects.length + s
          const code = rule.status[cell] as number
          return code === 0
            ? []
            : [{ rule: rule.rule, period, subject, unit: rule.units[s], status: QUOTA_STATUSES[code - 1], required: rule.required[cell], counted: rule.counted[cell] }]
        }),
      ),
    )
  const verdictOf = (result: QuotaResult) => ({
    rule: result.rule,
    period: result.period,
    subject: result.subject,
    unit: result.unit,
    status: result.status,
    required: result.required,
    counted: result.counted,
  })

  it("its cells hold exactly the status, required and counted of evaluateQuotas' results, in the same order (fast-check)", () => {
    fc.assert(
      fc.property(randomActivities, randomNow, fc.integer(), (activities, now, seed) => {
        const options = { ...NOVEMBER, now }
        const tally = tallyQuotas(PLAN_RULES, hierarchy, shuffled(activities, seed), options)
        const { results } = evaluateQuotas(PLAN_RULES, hierarchy, activities, options)
        expect(cellsOf(tally)).toEqual(results.map(verdictOf))
        expect(tally.results()).toEqual(results)
        expect(tally.size).toBe(results.length)
        for (const rule of tally.rules) {
          const mine = results.filter((result) => result.rule === rule.rule)
          for (const status of QUOTA_STATUSES) expect(rule[status]).toBe(mine.filter((result) => result.status === status).length)
        }
      }),
      { numRuns: 80 },
    )
  })

  it("results can be built for units only, one person, or one rule and period", () => {
    const activities = [
      pagePost("pgd-lac-son", "2024-11-12T09:00:00"),
      share("gv-0001", "2024-11-12T20:00:00", "https://facebook.example/so/posts/1"),
      share("gv-0003", "2024-11-19T20:00:00", "https://facebook.example/so/posts/2"),
    ]
    const options = { ...NOVEMBER, now: "2024-11-20T08:00:00+07:00" }
    const tally = tallyQuotas(PLAN_RULES, hierarchy, indexActivities(hierarchy, activities), options)
    const all = tally.results()
    expect(tally.results({ subjects: "unit" })).toEqual(all.filter((result) => "unit" in result.subject))
    expect(tally.results({ subjects: "person" })).toEqual(all.filter((result) => "person" in result.subject))
    expect(tally.results({ person: "gv-0001" })).toEqual(all.filter((result) => "person" in result.subject && result.subject.person === "gv-0001"))
    expect(tally.results({ rule: partyMemberWeekly.id, period: "2024-W46" })).toEqual(
      all.filter((result) => result.rule === partyMemberWeekly.id && result.period === "2024-W46"),
    )
    expect(tally.results({ rule: partyMemberMonthly.id, unit: "pgd-lac-son" })).toEqual([])
    // Building results twice gives the same results: the tally is not consumed.
    expect(tally.results()).toEqual(all)
  })

  it("roll-ups and peer comparisons of a tally equal those of its results (fast-check)", () => {
    fc.assert(
      fc.property(randomActivities, randomNow, (activities, now) => {
        const tally = tallyQuotas(PLAN_RULES, hierarchy, activities, { ...NOVEMBER, now })
        const results = tally.results()
        expect(isQuotaTally(tally)).toBe(true)
        expect(isQuotaTally(results)).toBe(false)
        expect(rollUpQuotas(tally, hierarchy)).toEqual(rollUpQuotas(results, hierarchy))
        expect(rollUpQuotas(tally, hierarchy, { relation: "managedBy" })).toEqual(rollUpQuotas(results, hierarchy, { relation: "managedBy" }))
        expect(comparePeers(tally, hierarchy)).toEqual(comparePeers(results, hierarchy))
      }),
      { numRuns: 60 },
    )
  })
})
