import { commendationCandidates, scoreSubjects } from "@lantoa/scoring"
import { describe, expect, it } from "vitest"
import { hierarchy, m, thcsMeasurements, thcsPolicy } from "./fixtures.js"

const period = "2024-2025/HK1"

describe("commendationCandidates", () => {
  it("proposes the top tier with complete data and no penalty; passes over the others with the reason", () => {
    // thcs-lac-son 100 (excellent); thcs-vu-ban would tie but a penalty takes 10; 5 THCS → cap 1.
    const policy = thcsPolicy({
      tiers: [
        { id: "excellent", label: { vi: "Hoàn thành xuất sắc nhiệm vụ" }, minTotal: 85, maxShare: 0.4 },
        { id: "good", label: { vi: "Hoàn thành tốt nhiệm vụ" }, minTotal: 70 },
        { id: "rest", label: { vi: "Còn lại" } },
      ],
    })
    const measurements = [
      ...thcsMeasurements({
        "thcs-lac-son": [1, 1, 0],
        "thcs-vu-ban": [1, 1, 0.5],
        "thcs-cao-phong": [0.7, 0.7, 0],
        "thcs-bac-phong": [0.5, 0.5, 0],
      }),
      m("thcs-an-binh", "quota-met-rate", 1),
      m("thcs-an-binh", "deadline-on-time-rate", 1),
    ]
    const { scores } = scoreSubjects(policy, measurements, { hierarchy, period })
    expect(scores.filter((score) => score.tier === "excellent").map((score) => [score.subject, score.total])).toEqual([
      [{ unit: "thcs-an-binh" }, 100],
      [{ unit: "thcs-lac-son" }, 100],
    ])
    const { candidates, passedOver } = commendationCandidates(scores, policy)
    expect(candidates).toEqual([
      {
        subject: { unit: "thcs-lac-son" },
        period,
        peerGroup: "kind:lower-secondary",
        total: 100,
        rank: 1,
        tier: "excellent",
        proposed: true,
        reason:
          'Xếp loại "Hoàn thành xuất sắc nhiệm vụ" (100 điểm, thứ 1/5 trong nhóm "Trường Trung học cơ sở"), đủ số liệu, không bị trừ điểm: đề nghị biểu dương, khen thưởng.',
      },
    ])
    expect(passedOver.map((verdict) => [verdict.subject, verdict.reason])).toEqual([
      [
        { unit: "thcs-an-binh" },
        'Xếp loại "Hoàn thành xuất sắc nhiệm vụ" (100 điểm, thứ 1/5 trong nhóm "Trường Trung học cơ sở") nhưng thiếu số liệu: Đăng tải, chia sẻ thông tin sai sự thật: chưa đề nghị.',
      ],
    ])
  })

  it("a penalised subject of the top tier is passed over, by name of the penalty", () => {
    const policy = thcsPolicy({
      tiers: [
        { id: "excellent", label: { vi: "Hoàn thành xuất sắc nhiệm vụ" }, minTotal: 85 },
        { id: "rest", label: { vi: "Còn lại" } },
      ],
    })
    const { scores } = scoreSubjects(policy, thcsMeasurements({ "thcs-vu-ban": [1, 1, 0.5] }), { hierarchy, period, locale: "en" })
    const { candidates, passedOver } = commendationCandidates(scores, policy, { locale: "en" })
    expect(candidates).toEqual([])
    expect(passedOver[0]?.reason).toBe(
      'Rated "Hoàn thành xuất sắc nhiệm vụ" (90 points, 1 of 5 in "Lower-secondary school") but penalised: False information posted or shared (−10): not proposed.',
    )
  })

  it("the policy may widen the tiers and relax the conditions", () => {
    const policy = thcsPolicy({ commendation: { tiers: ["excellent", "good"], requireComplete: false, excludePenalised: false } })
    const { scores } = scoreSubjects(policy, thcsMeasurements({ "thcs-vu-ban": [1, 0.6, 0.5], "thcs-lac-son": [0.9, 0.6, 0] }), { hierarchy, period })
    const { candidates, passedOver } = commendationCandidates(scores, policy)
    expect(candidates.map((verdict) => [verdict.subject, verdict.tier])).toEqual([[{ unit: "thcs-lac-son" }, "good"]])
    expect(passedOver).toEqual([])
  })
})
