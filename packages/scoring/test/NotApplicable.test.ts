/**
 * Không áp dụng (not applicable) beside thiếu số liệu (missing): a
 * criterion with nothing to judge for a subject is shown with its reason and
 * its points are shared among the criteria that apply, so that a unit with
 * no moderation case, or a province that does not record republishing, can
 * still reach the top tier; a missing measurement still scores 0.
 */
import { commendationCandidates, parseMeasurements, scoreSubjects, type Measurement, type ScoringCriterionInput } from "@lantoa/scoring"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { THCS, hierarchy, linear, m, totalsProvince } from "./fixtures.js"

const NOVEMBER = { hierarchy, period: "2024-11" } as const

/** hoaBinh2024's proposed weights, on THCS: 40 + 20 + 15 + 15 + 10, and a 10-point penalty. */
const policy = {
  criteria: [
    linear("quota-met", "quota-met-rate", 40, { title: { vi: "Tỉ lệ tuần đạt định mức đăng tải", en: "Share of weeks the posting quota was met" } }),
    linear("deadlines-on-time", "deadline-on-time-rate", 20, { title: { vi: "Tỉ lệ nhiệm vụ hoàn thành đúng hạn", en: "Share of deadlines met on time" } }),
    linear("featured-shares", "featured-shares", 15, { title: { vi: "Lượt chia sẻ trang được chọn lan tỏa", en: "Shares of featured pages" } }),
    linear("moderation-within-sla", "moderation-within-sla", 15, {
      title: { vi: "Tỉ lệ xử lý bình luận xấu, độc đúng thời hạn", en: "Share of moderation deadlines met" },
    }),
    linear("posts-picked-up", "posts-picked-up", 10, {
      title: { vi: "Tin, bài được Phòng GD&ĐT, Sở GD&ĐT chọn đăng lại", en: "Posts republished by the Phòng or the Sở" },
      normalisation: { type: "min-max" },
    }),
    {
      id: "false-information",
      title: { vi: "Đăng tải, chia sẻ thông tin sai sự thật (trừ điểm)", en: "False information (penalty)" },
      measurement: "false-information-penalty",
      subjects: { type: "unit", kinds: ["lower-secondary"] },
      normalisation: { type: "linear", target: 3 },
      points: 10,
      penalty: true,
    },
  ],
} satisfies { criteria: Array<ScoringCriterionInput> }

const na = (unit: string, measurement: string, detail?: string): Measurement =>
  m(unit, measurement, null, { status: "not-applicable", ...(detail === undefined ? {} : { detail }) })

const NO_CASE = "không có vụ việc nào được phát hiện trong kỳ"
const NO_REPUBLISHING = "tập dữ liệu không ghi nhận việc đơn vị cấp trên đăng lại tin, bài"

/** A school perfect on what applies: no moderation case, no republishing recorded, no false information. */
const perfect = (unit: string): Array<Measurement> => [
  m(unit, "quota-met-rate", 1, { detail: "5/5 tuần đạt" }),
  m(unit, "deadline-on-time-rate", 1),
  m(unit, "featured-shares", 1),
  na(unit, "moderation-within-sla", NO_CASE),
  na(unit, "posts-picked-up", NO_REPUBLISHING),
  m(unit, "false-information-penalty", 0),
]

const scoreOf = <T extends { readonly subject: { readonly unit: string } | { readonly person: string } }>(
  scores: ReadonlyArray<T>,
  id: string,
): T | undefined => scores.find((score) => ("unit" in score.subject ? score.subject.unit : score.subject.person) === id)

describe("not applicable (không áp dụng): shown with its reason, its points shared", () => {
  it("a criterion that does not apply earns nothing, is worth 0 and says why; the others share its points in proportion to theirs", () => {
    const { scores } = scoreSubjects(policy, perfect("thcs-lac-son"), NOVEMBER)
    const score = scoreOf(scores, "thcs-lac-son")
    expect(score?.breakdown.map((line) => [line.criterion, line.status, line.maxPoints, line.nominalMaxPoints, line.points])).toEqual([
      // 25 points do not apply: each of the other 75 is worth 100/75 of itself.
      ["quota-met", "measured", 53.33, 40, 53.33],
      ["deadlines-on-time", "measured", 26.67, 20, 26.67],
      ["featured-shares", "measured", 20, 15, 20],
      ["moderation-within-sla", "not-applicable", 0, 15, 0],
      ["posts-picked-up", "not-applicable", 0, 10, 0],
      // A penalty is not shared and keeps its maximum.
      ["false-information", "measured", 10, undefined, 0],
    ])
    expect(score?.breakdown[3]).toEqual({
      criterion: "moderation-within-sla",
      title: "Tỉ lệ xử lý bình luận xấu, độc đúng thời hạn",
      measurement: "moderation-within-sla",
      status: "not-applicable",
      value: 0,
      normalised: 0,
      points: 0,
      maxPoints: 0,
      nominalMaxPoints: 15,
      detail: NO_CASE,
      explanation:
        "Tỉ lệ xử lý bình luận xấu, độc đúng thời hạn: không áp dụng trong tháng 11/2024 — không có vụ việc nào được phát hiện trong kỳ → 15 điểm của tiêu chí được chia lại cho các tiêu chí áp dụng, theo tỉ lệ điểm của từng tiêu chí.",
    })
    expect(score?.breakdown[0]?.explanation).toBe(
      "Tỉ lệ tuần đạt định mức đăng tải: 1 (5/5 tuần đạt; mục tiêu 1) → 100% → 53,33/53,33 điểm (40 điểm theo quy định, cộng 13,33 điểm chia lại từ tiêu chí không áp dụng).",
    )
    expect(score?.breakdown[3]).not.toHaveProperty("missing")
    expect(score).toMatchObject({ incomplete: false, missing: [], notApplicable: ["moderation-within-sla", "posts-picked-up"] })
    expect(score?.explanation).toBe(
      'Tổng 100/100 điểm; xếp thứ 1/5 trong nhóm "Trường Trung học cơ sở"; xếp loại "Hoàn thành xuất sắc nhiệm vụ". Không áp dụng: Tỉ lệ xử lý bình luận xấu, độc đúng thời hạn; Tin, bài được Phòng GD&ĐT, Sở GD&ĐT chọn đăng lại — 25 điểm của các tiêu chí cộng điểm không áp dụng được chia lại cho các tiêu chí áp dụng, theo tỉ lệ điểm của từng tiêu chí.',
    )
  })

  it("a perfect unit with no moderation case and no republishing data reaches the top tier and is a commendation candidate", () => {
    const { scores } = scoreSubjects(policy, perfect("thcs-lac-son"), NOVEMBER)
    expect(scoreOf(scores, "thcs-lac-son")).toMatchObject({ total: 100, maxTotal: 100, tier: "excellent", rank: 1 })
    const { candidates } = commendationCandidates(scores, policy)
    expect(candidates.map((candidate) => candidate.subject)).toEqual([{ unit: "thcs-lac-son" }])
  })

  it("the top tier's cap still holds: of five perfect THCS, a tie larger than the cap leaves the tier empty and nobody is proposed", () => {
    const { scores } = scoreSubjects(policy, THCS.flatMap(perfect), NOVEMBER)
    expect(scores.map((score) => [score.total, score.tier, score.cappedFrom])).toEqual(THCS.map(() => [100, "good", "excellent"]))
    expect(commendationCandidates(scores, policy).candidates).toEqual([])
    // One ahead of the others: 20% of 5 is 1 — it alone is rated excellent and proposed.
    const ahead = [...THCS.slice(1).flatMap(perfect).filter((x) => x.measurement !== "featured-shares"), ...THCS.slice(1).map((unit) => m(unit, "featured-shares", 0.9)), ...perfect("thcs-lac-son")]
    const capped = scoreSubjects(policy, ahead, NOVEMBER).scores
    expect(capped.filter((score) => score.tier === "excellent").map((score) => score.subject)).toEqual([{ unit: "thcs-lac-son" }])
    expect(commendationCandidates(capped, policy).candidates.map((candidate) => candidate.subject)).toEqual([{ unit: "thcs-lac-son" }])
  })

  it("re-shared maxima add up to the same maximum total as when every criterion applies", () => {
    const all = scoreSubjects(policy, [...perfect("thcs-vu-ban").filter((x) => x.status === undefined), m("thcs-vu-ban", "moderation-within-sla", 1), m("thcs-vu-ban", "posts-picked-up", 3)], NOVEMBER)
    const some = scoreSubjects(policy, perfect("thcs-lac-son"), NOVEMBER)
    const sum = (lines: ReadonlyArray<{ readonly maxPoints: number; readonly penalty?: true }>) =>
      Math.round(lines.reduce((total, line) => total + (line.penalty === true ? 0 : line.maxPoints), 0) * 100) / 100
    expect(scoreOf(all.scores, "thcs-vu-ban")?.maxTotal).toBe(100)
    expect(scoreOf(some.scores, "thcs-lac-son")?.maxTotal).toBe(100)
    expect(sum(scoreOf(some.scores, "thcs-lac-son")?.breakdown ?? [])).toBe(100)
    expect(scoreOf(all.scores, "thcs-vu-ban")?.total).toBe(100)
    expect(scoreOf(all.scores, "thcs-vu-ban")?.breakdown.every((line) => line.nominalMaxPoints === undefined)).toBe(true)
  })

  it("fixed points that do not apply are shared too, in proportion to each criterion's points", () => {
    const mixed = {
      criteria: [
        linear("posts", "quota-met-rate", 1),
        linear("setup", "setup-complete", 0, { weight: undefined, points: 20 }),
        linear("picked", "posts-picked-up", 0, { weight: undefined, points: 30 }),
      ],
    }
    const { scores } = scoreSubjects(mixed, [m("thcs-lac-son", "quota-met-rate", 1), m("thcs-lac-son", "setup-complete", 1), na("thcs-lac-son", "posts-picked-up")], NOVEMBER)
    // 150 points in all; 120 apply: posts 100 → 125, setup 20 → 25.
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown.map((line) => [line.maxPoints, line.points])).toEqual([
      [125, 125],
      [25, 25],
      [0, 0],
    ])
    expect(scoreOf(scores, "thcs-lac-son")).toMatchObject({ total: 150, maxTotal: 150 })
  })
})

describe("missing (thiếu số liệu) stays missing beside not applicable", () => {
  it("a missing measurement is shown as missing and scores 0 of its re-shared maximum; the score is incomplete and not proposed", () => {
    const measurements = perfect("thcs-lac-son").filter((x) => x.measurement !== "deadline-on-time-rate")
    const { scores } = scoreSubjects(policy, measurements, NOVEMBER)
    const score = scoreOf(scores, "thcs-lac-son")
    expect(score?.breakdown[1]).toMatchObject({ status: "missing", missing: true, points: 0, maxPoints: 26.67, nominalMaxPoints: 20 })
    expect(score?.breakdown[1]?.explanation).toBe(
      'Tỉ lệ nhiệm vụ hoàn thành đúng hạn: chưa có số liệu "deadline-on-time-rate" cho tháng 11/2024 → 0/26,67 điểm (20 điểm theo quy định, cộng 6,67 điểm chia lại từ tiêu chí không áp dụng); tổng điểm chưa đầy đủ.',
    )
    expect(score).toMatchObject({ total: 73.33, incomplete: true, missing: ["deadlines-on-time"], notApplicable: ["moderation-within-sla", "posts-picked-up"] })
    expect(commendationCandidates(scores, policy).candidates).toEqual([])
  })

  it("a null value without a status is missing, as before; a value and 'not applicable' for one subject conflict and count as missing", () => {
    const { scores, issues } = scoreSubjects(
      policy,
      [m("thcs-lac-son", "quota-met-rate", null), na("thcs-lac-son", "deadline-on-time-rate"), m("thcs-lac-son", "deadline-on-time-rate", 1)],
      NOVEMBER,
    )
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown.slice(0, 2).map((line) => line.status)).toEqual(["missing", "missing"])
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["conflicting-measurement", "measurements[1].value"]])
  })

  it("a status must agree with the value: measured needs a number, missing and not-applicable need null", () => {
    const { records, issues } = parseMeasurements([
      { subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: 1, status: "not-applicable" },
      { subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: null, status: "measured" },
      { subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: null, status: "missing" },
      { subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: null, status: "n/a" },
    ])
    expect(records).toHaveLength(1)
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["status-value-mismatch", "measurements[0].status"],
      ["status-value-mismatch", "measurements[1].status"],
      ["invalid-value", "measurements[3].status"],
    ])
    expect(issues[0]?.message).toBe(
      "measurements[0].status: trạng thái (status) measured cần giá trị (value) là một số; missing (thiếu số liệu) và not-applicable (không áp dụng) cần value là null.",
    )
  })
})

describe("penalties and subjects with nothing that applies", () => {
  it("a penalty with no event is measured 0 — no deduction, not 'not applicable'; one that does not apply takes nothing and shares nothing", () => {
    const { scores } = scoreSubjects(
      policy,
      [...perfect("thcs-lac-son"), ...perfect("thcs-vu-ban").filter((x) => x.measurement !== "false-information-penalty"), na("thcs-vu-ban", "false-information-penalty", "tập dữ liệu không có danh sách vụ việc kiểm duyệt (incidents)")],
      NOVEMBER,
    )
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown[5]).toMatchObject({ status: "measured", value: 0, points: 0, maxPoints: 10 })
    const line = scoreOf(scores, "thcs-vu-ban")?.breakdown[5]
    expect(line).toMatchObject({ status: "not-applicable", points: 0, maxPoints: 0, nominalMaxPoints: 10, penalty: true })
    expect(line?.explanation).toBe(
      "Đăng tải, chia sẻ thông tin sai sự thật (trừ điểm): không áp dụng trong tháng 11/2024 — tập dữ liệu không có danh sách vụ việc kiểm duyệt (incidents) → không trừ điểm.",
    )
    // The positive criteria are worth the same as for thcs-lac-son: a penalty's points are not shared.
    expect(scoreOf(scores, "thcs-vu-ban")?.breakdown.slice(0, 3).map((x) => x.maxPoints)).toEqual([53.33, 26.67, 20])
  })

  it("a subject no positive criterion applies to gets no score, rank or tier — listed apart, never as 0, and not counted among its peers", () => {
    const nothing = ["quota-met-rate", "deadline-on-time-rate", "featured-shares", "moderation-within-sla", "posts-picked-up"].map((id) => na("thcs-vu-ban", id))
    const { scores, unscored } = scoreSubjects(policy, [...perfect("thcs-lac-son"), ...nothing, m("thcs-vu-ban", "false-information-penalty", 0)], NOVEMBER)
    expect(scoreOf(scores, "thcs-vu-ban")).toBeUndefined()
    expect(scores.filter((score) => score.peerGroup === "kind:lower-secondary").every((score) => score.peers === 4)).toBe(true)
    expect(unscored).toHaveLength(1)
    expect(unscored[0]).toMatchObject({
      subject: { unit: "thcs-vu-ban" },
      period: "2024-11",
      peerGroup: "kind:lower-secondary",
      notApplicable: ["quota-met", "deadlines-on-time", "featured-shares", "moderation-within-sla", "posts-picked-up"],
    })
    expect(unscored[0]).not.toHaveProperty("total")
    expect(unscored[0]?.breakdown).toHaveLength(6)
    expect(unscored[0]?.explanation).toBe(
      "Không chấm điểm tháng 11/2024: không có tiêu chí cộng điểm nào áp dụng với đơn vị (Tỉ lệ tuần đạt định mức đăng tải; Tỉ lệ nhiệm vụ hoàn thành đúng hạn; Lượt chia sẻ trang được chọn lan tỏa; Tỉ lệ xử lý bình luận xấu, độc đúng thời hạn; Tin, bài được Phòng GD&ĐT, Sở GD&ĐT chọn đăng lại); không xếp hạng, không xếp loại.",
    )
  })

  it("a peer group whose members all have nothing that applies produces no score at all", () => {
    const { scores, unscored } = scoreSubjects(
      policy,
      THCS.flatMap((unit) => ["quota-met-rate", "deadline-on-time-rate", "featured-shares", "moderation-within-sla", "posts-picked-up"].map((id) => na(unit, id))),
      NOVEMBER,
    )
    expect(scores).toEqual([])
    expect(unscored.map((entry) => entry.subject)).toEqual([...THCS].sort().map((unit) => ({ unit })))
  })

  it("subjects without a score are not counted in a cap's base", () => {
    const { hierarchy: built, ids, criterion, measurements } = totalsProvince([99, 98, 97, 96, 95, 94, 93, 92, 91, 90])
    const half = measurements.map((x, k) => (k >= 5 ? { ...x, value: null, status: "not-applicable" as const } : x))
    const { scores, unscored } = scoreSubjects({ criteria: [criterion] }, half, { hierarchy: built, period: "2024-11" })
    expect(unscored.map((entry) => entry.subject)).toEqual(ids.slice(5).map((unit) => ({ unit })))
    // 20% of the 5 rated, not of 10: one excellent.
    expect(scores.map((score) => score.tier)).toEqual(["excellent", "good", "good", "good", "good"])
  })

  it("explains in English with locale en", () => {
    const { scores } = scoreSubjects(policy, perfect("thcs-lac-son"), { ...NOVEMBER, locale: "en" })
    const score = scoreOf(scores, "thcs-lac-son")
    expect(score?.breakdown[3]?.explanation).toBe(
      `Share of moderation deadlines met: not applicable in November 2024 — ${NO_CASE} → its 15 points are shared among the criteria that apply, in proportion to their points.`,
    )
    expect(score?.breakdown[0]?.explanation).toContain("(40 points by the policy, plus 13.33 shared from criteria that do not apply)")
    expect(score?.explanation).toContain("Not applicable: Share of moderation deadlines met; Posts republished by the Phòng or the Sở — the 25 points of the positive criteria that do not apply are shared")
  })
})

describe("property: re-sharing never gives more than the maximum", () => {
  const IDS = ["a", "b", "c", "d", "e"] as const
  const state = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }).map((n): number | "na" | null => n / 10) },
    { weight: 2, arbitrary: fc.constant<"na">("na") },
    { weight: 1, arbitrary: fc.constant(null) },
  )
  it("line maxima add up to the nominal maximum, no line earns above its maximum, and the total never exceeds it", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 1, max: 60 }).map((weight): { weight?: number; points?: number } => ({ weight })),
            fc.integer({ min: 1, max: 30 }).map((points): { weight?: number; points?: number } => ({ points })),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        fc.array(fc.array(state, { minLength: 5, maxLength: 5 }), { minLength: 5, maxLength: 5 }),
        fc.array(state, { minLength: 5, maxLength: 5 }),
        (worths, states, penalties) => {
          const penalty: ScoringCriterionInput = {
            id: "penalty", title: { vi: "Trừ điểm" }, measurement: "m-penalty", subjects: { type: "unit", kinds: ["lower-secondary"] },
            normalisation: { type: "linear", target: 1 }, points: 10, penalty: true,
          }
          const criteria = [...worths.map((worth, k) => linear(IDS[k] as string, `m-${IDS[k]}`, 0, { weight: undefined, ...worth })), penalty]
          const nominal =
            worths.reduce((sum, worth) => sum + (worth.points ?? 0), 0) + (worths.some((worth) => worth.weight !== undefined) ? 100 : 0)
          const measurements = THCS.flatMap((unit, u) => [
            ...worths.map((_, k) => {
              const value = states[u]?.[k] ?? null
              return value === "na" ? na(unit, `m-${IDS[k]}`) : m(unit, `m-${IDS[k]}`, value)
            }),
            penalties[u] === "na" ? na(unit, "m-penalty") : m(unit, "m-penalty", penalties[u] ?? null),
          ])
          const { scores, unscored } = scoreSubjects({ criteria }, measurements, NOVEMBER)
          expect(scores.length + unscored.length).toBe(THCS.length)
          for (const score of scores) {
            expect(score.maxTotal).toBeCloseTo(nominal, 9)
            const cents = score.breakdown.reduce((sum, line) => sum + (line.penalty === true ? 0 : Math.round(line.maxPoints * 100)), 0)
            expect(cents).toBe(Math.round(nominal * 100))
            for (const line of score.breakdown) expect(Math.abs(line.points)).toBeLessThanOrEqual(line.maxPoints)
            expect(score.total).toBeLessThanOrEqual(score.maxTotal)
            // Every point is explained: the total is the sum of the lines.
            expect(Math.round(score.breakdown.reduce((sum, line) => sum + line.points, 0) * 100)).toBe(Math.round(score.total * 100))
          }
          // Subjects with every line measured at its target reach the maximum exactly.
          const perfect = (line: (typeof scores)[number]["breakdown"][number]) =>
            line.status === "not-applicable" || (line.status === "measured" && line.value === (line.penalty === true ? 0 : 1))
          for (const score of scores.filter((s) => s.breakdown.every(perfect))) {
            expect(score.total).toBe(score.maxTotal)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
