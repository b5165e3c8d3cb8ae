import { ancestorsOf, isInSubtree, treeAt } from "@lantoa/hierarchy"
import { evaluateQuotas, rollUpQuotas, type QuotaResult, type QuotaRollUp, type QuotaRuleInput } from "@lantoa/quota"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { activities as randomActivities } from "./arbitraries.js"
import { hierarchy, pagePost, share } from "./fixtures.js"
import { PLAN_RULES, districtOfficeWeeklyPosts, partyMemberWeekly, unitWeeklyPosts } from "./planRules.js"

const LATER = "2026-01-01T00:00:00+07:00"

const unitMonthlyPosts: QuotaRuleInput = {
  ...unitWeeklyPosts,
  id: "unit-monthly-posts",
  title: { vi: "Mỗi đơn vị, trường học đăng tải ít nhất 04 tin, bài mỗi tháng" },
  minimum: 4,
  period: "month",
}

const row = (rows: ReadonlyArray<QuotaRollUp>, unit: string, rule: string, period: string): QuotaRollUp | undefined =>
  rows.find((entry) => entry.unit === unit && entry.rule === rule && entry.period === period)

describe("rollUpQuotas", () => {
  it("a school that moved between Phòng mid-year rolls up to the Phòng it reported to in each period", () => {
    // Trường Tiểu học Chiềng Châu: Phòng Lạc Sơn until 31/01/2025, Phòng Cao Phong from 01/02/2025.
    const { results } = evaluateQuotas([unitMonthlyPosts, unitWeeklyPosts], hierarchy, [], { from: "2025-01", to: "2025-02", now: LATER })
    const rows = rollUpQuotas(results, hierarchy)
    expect(row(rows, "pgd-lac-son", "unit-monthly-posts", "2025-01")?.subjects).toBe(2)
    expect(row(rows, "pgd-cao-phong", "unit-monthly-posts", "2025-01")?.subjects).toBe(1)
    expect(row(rows, "pgd-lac-son", "unit-monthly-posts", "2025-02")?.subjects).toBe(1)
    expect(row(rows, "pgd-cao-phong", "unit-monthly-posts", "2025-02")?.subjects).toBe(2)
    // The week of 27/01 – 02/02 ends under Cao Phong: it counts there.
    expect(row(rows, "pgd-cao-phong", "unit-weekly-posts", "2025-W05")?.subjects).toBe(2)
    expect(row(rows, "pgd-lac-son", "unit-weekly-posts", "2025-W04")?.subjects).toBe(2)
  })

  it("after the 2025 reform a school rolls up to its commune; a Phòng closed on 30/06 counts its last week under the Sở", () => {
    const post = pagePost("thcs-lac-son", "2025-07-02T09:00:00")
    const { results } = evaluateQuotas([unitWeeklyPosts, districtOfficeWeeklyPosts], hierarchy, [post], { from: "2025-W26", to: "2025-W27", now: LATER })
    const rows = rollUpQuotas(results, hierarchy)
    expect(row(rows, "pgd-lac-son", "unit-weekly-posts", "2025-W26")).toMatchObject({ subjects: 1, short: 1 })
    expect(row(rows, "pgd-cao-phong", "unit-weekly-posts", "2025-W26")).toMatchObject({ subjects: 2, short: 2 })
    expect(row(rows, "xa-lac-son", "unit-weekly-posts", "2025-W27")).toMatchObject({ subjects: 2, met: 1, short: 1, rate: 0.5 })
    expect(row(rows, "pgd-lac-son", "unit-weekly-posts", "2025-W27")).toBeUndefined()
    expect(row(rows, "so", "district-office-weekly-posts", "2025-W27")).toMatchObject({ subjects: 2 })
    expect(row(rows, "pgd-lac-son", "district-office-weekly-posts", "2025-W27")).toMatchObject({ subjects: 1 })
  })

  it("person subjects roll up through their unit", () => {
    const activities = [share("gv-0001", "2024-11-12T20:00:00", "https://facebook.example/so/posts/1")]
    const rows = rollUpQuotas(evaluateQuotas([partyMemberWeekly], hierarchy, activities, { period: "2024-W46", now: LATER }).results, hierarchy)
    expect(row(rows, "thcs-lac-son", "party-member-weekly", "2024-W46")).toMatchObject({ subjects: 2, met: 1, short: 1 })
    expect(row(rows, "pgd-lac-son", "party-member-weekly", "2024-W46")).toMatchObject({ subjects: 2, met: 1 })
    expect(row(rows, "so", "party-member-weekly", "2024-W46")).toMatchObject({ subjects: 4, met: 1, rate: 0.25 })
  })

  it("rate = met / (met + short + open): exempt subjects are left out, and the rate is null when all are exempt", () => {
    const rule: QuotaRuleInput = { ...districtOfficeWeeklyPosts, exemptions: [{ from: "2025-01-27", to: "2025-02-02", reason: "Nghỉ Tết" }] }
    const posts = [pagePost("pgd-lac-son", "2025-01-20T09:00:00"), pagePost("pgd-lac-son", "2025-01-21T09:00:00"), pagePost("pgd-lac-son", "2025-01-22T09:00:00")]
    const { results } = evaluateQuotas([rule], hierarchy, posts, { from: "2025-W04", to: "2025-W05", now: "2025-01-22T12:00:00+07:00" })
    const rows = rollUpQuotas(results, hierarchy)
    // W04 is running: Lạc Sơn met, Cao Phong open — the rate is the share already met.
    expect(row(rows, "so", rule.id, "2025-W04")).toMatchObject({ subjects: 2, met: 1, open: 1, rate: 0.5 })
    expect(row(rows, "so", rule.id, "2025-W05")).toMatchObject({ subjects: 2, exempt: 2, rate: null })
  })

  it("rows come by rule and period, units in tree order", () => {
    const { results } = evaluateQuotas([unitWeeklyPosts], hierarchy, [], { period: "2024-W47", now: LATER })
    expect(rollUpQuotas(results, hierarchy).map((entry) => entry.unit)).toEqual(
      treeAt(hierarchy, "2024-11-24").units.map((unit) => unit.id).filter((unit) => !["xa-lac-son"].includes(unit)),
    )
  })

  it("roll-ups equal the sum of their subjects, for any activities and any now (fast-check)", () => {
    fc.assert(
      fc.property(randomActivities, fc.integer({ min: Date.parse("2024-10-01"), max: Date.parse("2025-08-01") }), (activities, now) => {
        const { results } = evaluateQuotas(PLAN_RULES, hierarchy, activities, { from: "2024-10-28", to: "2025-07-14", now })
        const rows = rollUpQuotas(results, hierarchy)
        // Brute force: each result counts for its unit and every ancestor on its date.
        const expected = new Map<string, Record<QuotaResult["status"], number>>()
        for (const result of results) {
          if (!treeAt(hierarchy, result.attributedOn).has(result.unit)) continue
          for (const unit of [result.unit, ...ancestorsOf(hierarchy, result.unit, result.attributedOn)]) {
            const key = `${unit}|${result.rule}|${result.period}`
            const counts = expected.get(key) ?? { met: 0, short: 0, open: 0, exempt: 0 }
            counts[result.status]++
            expected.set(key, counts)
          }
        }
        expect(rows).toHaveLength(expected.size)
        for (const entry of rows) {
          const counts = expected.get(`${entry.unit}|${entry.rule}|${entry.period}`)
          expect(counts).toBeDefined()
          expect(entry).toMatchObject({ ...counts, subjects: entry.met + entry.short + entry.open + entry.exempt })
          const inSubtree = results.filter(
            (result) => result.rule === entry.rule && result.period === entry.period && isInSubtree(hierarchy, result.unit, entry.unit, result.attributedOn),
          )
          expect(entry.subjects).toBe(inSubtree.length)
        }
      }),
      { numRuns: 25 },
    )
  })
})
