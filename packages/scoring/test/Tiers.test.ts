import { scoreSubjects, type ScoringTierSchema, type SubjectScore } from "@lantoa/scoring"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { z } from "zod"
import { totalsProvince } from "./fixtures.js"

type TierInput = z.input<typeof ScoringTierSchema>

/** Scores n kindergartens whose totals are the given numbers, with the given tiers (default tiers when absent). */
const rate = (totals: ReadonlyArray<number>, tiers?: Array<TierInput>, locale: "vi" | "en" = "vi") => {
  const province = totalsProvince(totals)
  const { scores } = scoreSubjects(
    { criteria: [province.criterion], ...(tiers === undefined ? {} : { tiers }) },
    province.measurements,
    { hierarchy: province.hierarchy, period: "2024-2025/HK1", locale },
  )
  const byId = new Map(scores.map((score) => [(score.subject as { unit: string }).unit, score]))
  return province.ids.map((id) => byId.get(id) as SubjectScore)
}

const tiersOf = (scores: ReadonlyArray<SubjectScore>) => scores.map((score) => score.tier)

describe("tiers: thresholds on the total", () => {
  it("the default rating levels: from 90, 75 and 50 points, and below", () => {
    expect(tiersOf(rate([95, 80, 75, 74.99, 50, 49, 0]))).toEqual(["excellent", "good", "good", "complete", "complete", "incomplete", "incomplete"])
    expect(rate([80])[0]?.tierLabel).toBe("Hoàn thành tốt nhiệm vụ")
  })

  it("a policy may set its own tiers", () => {
    const tiers: Array<TierInput> = [
      { id: "dat", label: { vi: "Đạt" }, minTotal: 60 },
      { id: "chua-dat", label: { vi: "Chưa đạt" } },
    ]
    expect(tiersOf(rate([60, 59.5], tiers))).toEqual(["dat", "chua-dat"])
  })
})

describe("tiers: caps", () => {
  it("the top tier takes at most 20% of those rated, rounded down; the rest drop to the next tier and are told why", () => {
    const scores = rate([99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 60, 40])
    expect(tiersOf(scores)).toEqual(["excellent", "excellent", "good", "good", "good", "good", "good", "good", "good", "good", "complete", "incomplete"])
    expect(scores[2]?.cappedFrom).toBe("excellent")
    expect(scores[1]?.cappedFrom).toBeUndefined()
    expect(scores[2]?.explanation).toBe(
      'Tổng 97/100 điểm; xếp thứ 3/12 trong nhóm "Trường Mầm non"; xếp loại "Hoàn thành tốt nhiệm vụ". Tổng điểm đạt mức "Hoàn thành xuất sắc nhiệm vụ" (từ 90 điểm) nhưng mức này chỉ nhận tối đa 2 đơn vị của nhóm (20% của 12, làm tròn xuống, ít nhất 1); các đơn vị bằng điểm được xét cùng nhau, không tách, nên xếp "Hoàn thành tốt nhiệm vụ".',
    )
  })

  it("a small group still has its minimum: 20% of 3 rounds down to 0, the policy's minimum of 1 applies", () => {
    expect(tiersOf(rate([95, 94, 93]))).toEqual(["excellent", "good", "good"])
  })

  it("a cap of 0 with no minimum keeps the tier empty", () => {
    const tiers: Array<TierInput> = [
      { id: "excellent", label: { vi: "Xuất sắc" }, minTotal: 90, maxShare: 0.2 },
      { id: "rest", label: { vi: "Còn lại" } },
    ]
    expect(tiersOf(rate([95, 94, 93], tiers))).toEqual(["rest", "rest", "rest"])
  })

  it("a cap counts only the subjects that reach the threshold: nobody is pushed up to fill it", () => {
    expect(tiersOf(rate([91, 80, 80, 80, 80, 80, 80, 80, 80, 80]))).toEqual(["excellent", ...new Array<string>(9).fill("good")])
  })

  it("a cap may be a share of those reaching the next tier or above", () => {
    const tiers: Array<TierInput> = [
      { id: "excellent", label: { vi: "Hoàn thành xuất sắc nhiệm vụ" }, minTotal: 90, maxShare: 0.2, shareOf: "next-tier-or-above" },
      { id: "good", label: { vi: "Hoàn thành tốt nhiệm vụ" }, minTotal: 75 },
      { id: "rest", label: { vi: "Còn lại" } },
    ]
    // 10 rated, 5 reach 75: the cap is 20% of 5 = 1, not 20% of 10 = 2.
    expect(tiersOf(rate([99, 98, 80, 80, 80, 10, 10, 10, 10, 10], tiers)).slice(0, 3)).toEqual(["excellent", "good", "good"])
  })

  it("caps apply to any tier, each drop cascading to the next", () => {
    const tiers: Array<TierInput> = [
      { id: "a", label: { vi: "A" }, minTotal: 90, maxShare: 0.1, minCount: 1 },
      { id: "b", label: { vi: "B" }, minTotal: 80, maxShare: 0.2 },
      { id: "c", label: { vi: "C" } },
    ]
    expect(tiersOf(rate([99, 98, 97, 96, 95, 50, 50, 50, 50, 50], tiers))).toEqual(["a", "b", "b", "c", "c", "c", "c", "c", "c", "c"])
  })
})

describe("tiers: ties at the cap boundary", () => {
  it("a tie at the boundary is admitted whole only if it fits; otherwise the whole tie drops to the next tier", () => {
    // Cap 2 (20% of 10): 99 fits; the two 95s would make 3, so both drop, and the 92 below them too.
    const scores = rate([99, 95, 95, 92, 80, 80, 80, 80, 80, 80])
    expect(tiersOf(scores).slice(0, 4)).toEqual(["excellent", "good", "good", "good"])
    expect(scores.slice(1, 4).map((score) => score.cappedFrom)).toEqual(["excellent", "excellent", "excellent"])
    expect(scores.slice(1, 3).map((score) => score.rank)).toEqual([2, 2])
  })

  it("a tie that fits exactly is admitted whole", () => {
    expect(tiersOf(rate([99, 95, 95, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80])).slice(0, 4)).toEqual([
      "excellent",
      "excellent",
      "excellent",
      "good",
    ])
  })

  it("a tie at the top larger than the cap leaves the top tier empty rather than choosing by an arbitrary order", () => {
    const scores = rate([96, 96, 96, 70, 70, 70, 70, 70, 70, 70])
    expect(tiersOf(scores).slice(0, 3)).toEqual(["good", "good", "good"])
    expect(rate([96, 96, 96, 70, 70, 70, 70, 70, 70, 70], undefined, "en")[0]?.explanation).toBe(
      'Total 96/100 points; ranked 1 of 10 in "Kindergarten"; rated "Tasks completed well". The total reaches "Tasks completed with excellence" (from 90 points) but that tier admits at most 2 of the group (20% of 10, rounded down, at least 1); equal totals are admitted together or not at all, so rated "Tasks completed well".',
    )
  })

  it("property: a cap is never exceeded, ties share a tier, and nobody is rated above a higher total", () => {
    const tiers: Array<TierInput> = [
      { id: "a", label: { vi: "A" }, minTotal: 80, maxShare: 0.25, minCount: 1 },
      { id: "b", label: { vi: "B" }, minTotal: 50, maxShare: 0.5 },
      { id: "c", label: { vi: "C" } },
    ]
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 40, max: 100 }), { minLength: 1, maxLength: 30 }), (totals) => {
        const scores = rate(totals, tiers)
        const index = (score: SubjectScore): number => ["a", "b", "c"].indexOf(score.tier)
        const n = totals.length
        expect(scores.filter((score) => score.tier === "a").length).toBeLessThanOrEqual(Math.max(Math.floor(0.25 * n), 1))
        expect(scores.filter((score) => score.tier === "b").length).toBeLessThanOrEqual(Math.floor(0.5 * n))
        for (const x of scores) {
          expect(x.total >= (x.tier === "a" ? 80 : x.tier === "b" ? 50 : -Infinity)).toBe(true)
          for (const y of scores) {
            if (x.total > y.total) expect(index(x)).toBeLessThanOrEqual(index(y))
            if (x.total === y.total) expect(x.tier).toBe(y.tier)
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})
