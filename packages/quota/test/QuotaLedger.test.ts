import type { Activity } from "@lantoa/core"
import { createQuotaLedger, evaluateQuotas } from "@lantoa/quota"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { activities as randomActivities, now as randomNow } from "./arbitraries.js"
import { hierarchy, pagePost, share } from "./fixtures.js"
import { PLAN_RULES, POLICY, districtOfficeWeeklyPosts, partyMemberWeekly } from "./planRules.js"

const RANGE = { period: "2024-11", policy: POLICY } as const

describe("createQuotaLedger", () => {
  it("results at any time equal a batch evaluation of the activities received so far", () => {
    const ledger = createQuotaLedger(PLAN_RULES, hierarchy, RANGE)
    const first = [pagePost("pgd-lac-son", "2024-11-12T09:00:00"), share("gv-0001", "2024-11-12T20:00:00", "https://facebook.example/so/posts/1")]
    const second = [pagePost("pgd-lac-son", "2024-11-13T09:00:00"), pagePost("thcs-lac-son", "2024-11-05T09:00:00")]
    const now = "2024-11-14T08:00:00+07:00"
    ledger.add(first)
    expect(ledger.results({ now })).toEqual(evaluateQuotas(PLAN_RULES, hierarchy, first, { ...RANGE, now }))
    ledger.add(second)
    expect(ledger.results({ now })).toEqual(evaluateQuotas(PLAN_RULES, hierarchy, [...first, ...second], { ...RANGE, now }))
  })

  it("adding is idempotent by activity id: a redelivered activity is reported as repeated and counts once", () => {
    const ledger = createQuotaLedger([districtOfficeWeeklyPosts], hierarchy, RANGE)
    const post = pagePost("pgd-lac-son", "2024-11-12T09:00:00")
    expect(ledger.add(post)).toEqual({ added: 1, repeated: 0, ignored: 0 })
    expect(ledger.add([post, { ...post }])).toEqual({ added: 0, repeated: 2, ignored: 0 })
    expect(ledger.size()).toBe(1)
    const result = ledger.results({ now: "2024-12-01T00:00:00+07:00", unit: "pgd-lac-son", period: "2024-W46" }).results
    expect(result.map((entry) => entry.counted)).toEqual([1])
  })

  it("activities no rule counts are ignored: reactions, unknown units, dates outside the range", () => {
    const ledger = createQuotaLedger(PLAN_RULES, hierarchy, RANGE)
    const reaction: Activity = { id: "r1", kind: "reaction", person: "gv-0001", at: Date.parse("2024-11-12T20:00:00+07:00"), target: "https://x/1" }
    const unknown = { ...pagePost("pgd-lac-son", "2024-11-12T09:00:00"), unit: "truong-khong-co" }
    const outside = pagePost("pgd-lac-son", "2025-03-12T09:00:00")
    expect(ledger.add([reaction, unknown, outside])).toEqual({ added: 0, repeated: 0, ignored: 3 })
    expect(ledger.size()).toBe(0)
  })

  it("late evidence filed after the week counts in its own week", () => {
    const ledger = createQuotaLedger([districtOfficeWeeklyPosts], hierarchy, RANGE)
    const query = { now: "2024-11-20T08:00:00+07:00", unit: "pgd-lac-son", period: "2024-W46" } as const
    expect(ledger.results(query).results[0]?.status).toBe("short")
    ledger.add(["2024-11-11", "2024-11-13", "2024-11-17"].map((day) => pagePost("pgd-lac-son", `${day}T21:00:00`)))
    expect(ledger.results(query).results[0]?.status).toBe("met")
  })

  it("results can be read for one rule, one period or one subject", () => {
    const ledger = createQuotaLedger(PLAN_RULES, hierarchy, RANGE)
    ledger.add(share("gv-0001", "2024-11-12T20:00:00", "https://facebook.example/so/posts/1"))
    const now = "2024-11-14T08:00:00+07:00"
    const mine = ledger.results({ now, person: "gv-0001" }).results
    expect(mine.map((result) => [result.rule, result.period])).toEqual([
      ...["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"].map((week) => ["party-member-weekly", week]),
      ["party-member-monthly", "2024-11"],
    ])
    const week = ledger.results({ now, rule: "party-member-weekly", period: "2024-W46" }).results
    const all = ledger.results({ now }).results.filter((result) => result.rule === "party-member-weekly" && result.period === "2024-W46")
    expect(week).toEqual(all)
    expect(ledger.results({ now, person: "nguoi-la" }).results).toEqual([])
  })

  it("holds to the batch whatever the order, the batches and the repeats (fast-check)", () => {
    fc.assert(
      fc.property(
        randomActivities,
        randomNow,
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 10 }),
        fc.infiniteStream(fc.nat()),
        (activities, now, repeats, sizes, seeds) => {
          const stream = [...activities, ...repeats.flatMap((k) => (activities.length === 0 ? [] : [activities[k % activities.length] as Activity]))]
          for (let i = stream.length - 1; i > 0; i--) {
            const j = (seeds.next().value as number) % (i + 1)
            ;[stream[i], stream[j]] = [stream[j] as Activity, stream[i] as Activity]
          }
          const ledger = createQuotaLedger(PLAN_RULES, hierarchy, RANGE)
          let position = 0
          for (let k = 0; position < stream.length; k++) {
            const size = sizes[k % sizes.length] as number
            const batch = stream.slice(position, position + size)
            if (batch.length === 1) ledger.add(batch[0] as Activity)
            else ledger.add(batch)
            position += size
          }
          expect(ledger.results({ now })).toEqual(evaluateQuotas(PLAN_RULES, hierarchy, activities, { ...RANGE, now }))
        },
      ),
      { numRuns: 100 },
    )
  })

  it("partial queries agree with the full results", () => {
    fc.assert(
      fc.property(randomActivities, randomNow, (activities, now) => {
        const ledger = createQuotaLedger([partyMemberWeekly], hierarchy, RANGE)
        ledger.add(activities)
        const all = ledger.results({ now }).results
        for (const person of ["gv-0001", "gd-0001"]) {
          expect(ledger.results({ now, person }).results).toEqual(all.filter((result) => "person" in result.subject && result.subject.person === person))
        }
      }),
      { numRuns: 50 },
    )
  })
})
