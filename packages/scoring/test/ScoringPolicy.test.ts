import {
  DEFAULT_TIERS,
  FeaturingPolicySchema,
  ScoringCriterionSchema,
  parseFeaturingPolicy,
  parseMeasurements,
  parseScoringPolicy,
} from "@lantoa/scoring"
import { describe, expect, it } from "vitest"
import { linear, thcsPolicy } from "./fixtures.js"

const pathsAndMessages = (input: unknown) => parseScoringPolicy(input, "policy.scoring").issues.map((issue) => [issue.path, issue.message])

describe("ScoringPolicySchema", () => {
  it("an empty section takes the defaults: 100 points, the four rating levels, peers of the same kind, humane privacy", () => {
    const { policy, issues } = parseScoringPolicy({})
    expect(issues).toEqual([])
    expect(policy?.scale).toBe(100)
    expect(policy?.tiers.map((tier) => [tier.id, tier.label.vi, tier.minTotal ?? null])).toEqual([
      ["excellent", "Hoàn thành xuất sắc nhiệm vụ", 90],
      ["good", "Hoàn thành tốt nhiệm vụ", 75],
      ["complete", "Hoàn thành nhiệm vụ", 50],
      ["incomplete", "Không hoàn thành nhiệm vụ", null],
    ])
    expect(policy?.tiers[0]).toMatchObject({ maxShare: 0.2, minCount: 1 })
    expect(policy?.ranking).toEqual({ peers: "kind" })
    expect(policy?.privacy).toEqual({ individualBoards: false, anonymise: true, bottomHalf: "counts", pseudonymSeed: "lantoa" })
    expect(policy?.commendation).toEqual({ requireComplete: true, excludePenalised: true })
    expect(DEFAULT_TIERS).toEqual(policy?.tiers)
  })

  it("reads the plan's THCS criteria with their defaults", () => {
    const { policy, issues } = parseScoringPolicy(thcsPolicy())
    expect(issues).toEqual([])
    expect(policy?.criteria.map((criterion) => [criterion.id, criterion.penalty, criterion.perStaff])).toEqual([
      ["weekly-posts", false, false],
      ["deadlines", false, false],
      ["false-information", true, false],
    ])
    expect(policy?.criteria[0]?.normalisation).toEqual({ type: "linear", target: 1, floor: 0 })
  })

  it("a criterion needs exactly one of points and weight, in readable Vietnamese", () => {
    const neither = { ...linear("posts", "quota-met-rate", 1), weight: undefined }
    const both = { ...linear("shares", "quota-met-rate", 1), points: 10 }
    expect(pathsAndMessages({ criteria: [neither, both] })).toEqual([
      ["policy.scoring.criteria[0].points", "policy.scoring.criteria[0].points: cần đúng một trong hai: điểm tối đa (points) hoặc trọng số (weight)."],
      ["policy.scoring.criteria[1].weight", "policy.scoring.criteria[1].weight: cần đúng một trong hai: điểm tối đa (points) hoặc trọng số (weight)."],
    ])
  })

  it("a penalty needs points, per-staff is for units, a linear target differs from its floor", () => {
    const issues = parseScoringPolicy({
      criteria: [
        linear("penalty", "false-information-penalty", 10, { penalty: true }),
        { ...linear("shares", "featured-shares", 10, { perStaff: true }), subjects: { type: "person" } },
        linear("flat", "quota-met-rate", 10, { normalisation: { type: "linear", target: 0 } }),
      ],
    }).issues
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["penalty-needs-points", "scoring.criteria[0].points"],
      ["per-staff-for-people", "scoring.criteria[1].perStaff"],
      ["target-equals-floor", "scoring.criteria[2].normalisation.target"],
    ])
    expect(issues[0]?.message).toBe("scoring.criteria[0].points: tiêu chí trừ điểm (penalty) cần ghi điểm trừ tối đa (points).")
    expect(issues[0]?.messageEn).toBe("scoring.criteria[0].points: a penalty criterion needs points: the most it can take away.")
  })

  it("an unknown normalisation is named with the accepted ones", () => {
    const [issue] = parseScoringPolicy({ criteria: [linear("posts", "quota-met-rate", 1, { normalisation: { type: "z-score" } as never })] }).issues
    expect(issue?.path).toBe("scoring.criteria[0].normalisation.type")
    expect(issue?.message).toBe('scoring.criteria[0].normalisation.type: giá trị không hợp lệ; chỉ nhận: "linear", "min-max", "percentile".')
  })

  it("criterion and tier ids are unique, tiers come best first, the last tier takes everyone left", () => {
    const issues = parseScoringPolicy({
      criteria: [linear("posts", "quota-met-rate", 1), linear("posts", "deadline-on-time-rate", 1)],
      tiers: [
        { id: "good", label: { vi: "Tốt" }, minTotal: 70 },
        { id: "excellent", label: { vi: "Xuất sắc" }, minTotal: 90 },
        { id: "good", label: { vi: "Khác" } },
        { id: "rest", label: { vi: "Còn lại" }, minTotal: 0 },
      ],
      commendation: { tiers: ["outstanding"] },
    }).issues
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["duplicate-id", "scoring.criteria[1].id"],
      ["tiers-out-of-order", "scoring.tiers[1].minTotal"],
      ["duplicate-id", "scoring.tiers[2].id"],
      ["missing-field", "scoring.tiers[2].minTotal"],
      ["last-tier-bounded", "scoring.tiers[3]"],
      ["unknown-tier", "scoring.commendation.tiers[0]"],
    ])
    expect(issues[1]?.message).toBe(
      "scoring.tiers[1].minTotal: các mức xếp loại ghi từ cao xuống thấp: minTotal phải nhỏ hơn của mức đứng trước.",
    )
  })

  it("a cap's share lies in (0, 1] and minCount needs a share", () => {
    const issues = parseScoringPolicy({
      tiers: [
        { id: "a", label: { vi: "A" }, minTotal: 90, maxShare: 1.5 },
        { id: "b", label: { vi: "B" }, minTotal: 50, minCount: 2 },
        { id: "c", label: { vi: "C" } },
      ],
    }).issues
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["too-big", "scoring.tiers[0].maxShare"],
      ["min-count-without-cap", "scoring.tiers[1].minCount"],
    ])
  })

  it("unknown fields are refused rather than lost", () => {
    expect(parseScoringPolicy({ privacy: { individualBoard: true } }).issues.map((issue) => issue.code)).toEqual(["unrecognized-keys"])
  })

  it("ScoringCriterionSchema parses one criterion on its own", () => {
    expect(ScoringCriterionSchema.parse(linear("posts", "quota-met-rate", 60)).perStaff).toBe(false)
  })
})

describe("FeaturingPolicySchema", () => {
  it("defaults to the plan: 2 school pages and 1 Phòng page a week, met last week, no open incident", () => {
    const featuring = FeaturingPolicySchema.parse({})
    expect(featuring).toMatchObject({
      schoolPages: 2,
      officePages: 1,
      officeKinds: ["district-office"],
      requireMetLastWeek: true,
      excludeOpenIncident: true,
      seed: "lantoa",
    })
    expect(featuring.schoolKinds).toContain("kindergarten")
    expect(featuring.schoolKinds).not.toContain("district-office")
  })

  it("the plan allows 1–2 school pages and one Phòng page", () => {
    const { policy, issues } = parseFeaturingPolicy({ schoolPages: 3, officePages: 2 }, "policy.featuring")
    expect(policy).toBeUndefined()
    expect(issues.map((issue) => issue.path)).toEqual(["policy.featuring.schoolPages", "policy.featuring.officePages"])
  })
})

describe("parseMeasurements", () => {
  it("keeps the valid measurements and reports the others with their paths", () => {
    const { records, issues } = parseMeasurements([
      { subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: 0.9, period: "" },
      { subject: { school: "x" }, measurement: "quota-met-rate", value: "90%" },
      { subject: { person: "gv-0001" }, measurement: "featured-shares", value: null },
    ])
    expect(records).toEqual([
      { subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: 0.9 },
      { subject: { person: "gv-0001" }, measurement: "featured-shares", value: null },
    ])
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      ["measurements[1].subject", "measurements[1].subject: dữ liệu không đúng dạng nào được chấp nhận."],
      ["measurements[1].value", "measurements[1].value: sai kiểu dữ liệu: cần số."],
    ])
  })
})
