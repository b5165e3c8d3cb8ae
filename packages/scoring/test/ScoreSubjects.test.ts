import { scoreSubjects, type Measurement, type ScoringCriterionInput, type SubjectScore } from "@lantoa/scoring"
import { describe, expect, expectTypeOf, it } from "vitest"
import { THCS, hierarchy, linear, m, thcsMeasurements, thcsPolicy } from "./fixtures.js"

const NOVEMBER = { hierarchy, period: "2024-11" } as const

const scoreOf = (scores: ReadonlyArray<SubjectScore>, id: string): SubjectScore | undefined =>
  scores.find((score) => ("unit" in score.subject ? score.subject.unit : score.subject.person) === id)

/** Contract v1's `scores[]` entry (packages/engine Report), restated here: scoring must not import the engine. */
interface ContractScore {
  readonly subject: { readonly unit: string } | { readonly person: string }
  readonly period: string
  readonly total: number
  readonly rank?: number
  readonly tier?: string
  readonly breakdown: ReadonlyArray<{
    readonly criterion: string
    readonly value: number
    readonly points: number
    readonly explanation?: string
  }>
}

describe("scoreSubjects: weighted criteria and the breakdown", () => {
  it("weights share the 100-point scale; each line says what was measured, against what, for how many points", () => {
    const { scores, issues } = scoreSubjects(thcsPolicy(), thcsMeasurements({ "thcs-lac-son": [0.9, 1, 0] }), NOVEMBER)
    expect(issues).toEqual([])
    const score = scoreOf(scores, "thcs-lac-son")
    expect(score).toMatchObject({ subject: { unit: "thcs-lac-son" }, period: "2024-11", total: 94, maxTotal: 100 })
    expect(score?.breakdown).toEqual([
      {
        criterion: "weekly-posts",
        title: "Tỷ lệ tuần đạt chỉ tiêu đăng tin, bài",
        measurement: "quota-met-rate",
        status: "measured",
        value: 0.9,
        normalised: 0.9,
        points: 54,
        maxPoints: 60,
        explanation: "Tỷ lệ tuần đạt chỉ tiêu đăng tin, bài: 0,9 (mục tiêu 1) → 90% → 54/60 điểm.",
      },
      {
        criterion: "deadlines",
        title: "Hoàn thành nhiệm vụ đúng hạn",
        measurement: "deadline-on-time-rate",
        status: "measured",
        value: 1,
        normalised: 1,
        points: 40,
        maxPoints: 40,
        explanation: "Hoàn thành nhiệm vụ đúng hạn: 1 (mục tiêu 1) → 100% → 40/40 điểm.",
      },
      {
        criterion: "false-information",
        title: "Đăng tải, chia sẻ thông tin sai sự thật",
        measurement: "false-information-penalty",
        status: "measured",
        value: 0,
        normalised: 0,
        points: 0,
        maxPoints: 20,
        penalty: true,
        explanation: "Đăng tải, chia sẻ thông tin sai sự thật: 0 (trừ toàn bộ ở mức 1) → không bị trừ điểm (trừ tối đa 20).",
      },
    ])
  })

  it("a penalty subtracts its points, and the total is the sum of the breakdown", () => {
    const { scores } = scoreSubjects(thcsPolicy(), thcsMeasurements({ "thcs-vu-ban": [1, 0.5, 1] }), NOVEMBER)
    const score = scoreOf(scores, "thcs-vu-ban")
    expect(score?.breakdown.map((line) => line.points)).toEqual([60, 20, -20])
    expect(score?.total).toBe(60)
    expect(score?.breakdown[2]?.explanation).toBe(
      "Đăng tải, chia sẻ thông tin sai sự thật: 1 (trừ toàn bộ ở mức 1) → 100% mức trừ → trừ 20/20 điểm.",
    )
  })

  it("penalties can take a total below zero; nothing is clamped away", () => {
    const { scores } = scoreSubjects(thcsPolicy(), thcsMeasurements({ "thcs-vu-ban": [0, 0.1, 1] }), NOVEMBER)
    expect(scoreOf(scores, "thcs-vu-ban")?.total).toBe(-16)
  })

  it("explains in English with locale en", () => {
    const { scores } = scoreSubjects(thcsPolicy(), thcsMeasurements({ "thcs-lac-son": [0.9, 1, 0.5] }), { ...NOVEMBER, locale: "en" })
    const score = scoreOf(scores, "thcs-lac-son")
    expect(score?.breakdown.map((line) => line.explanation)).toEqual([
      "Share of weeks meeting the posting quota: 0.9 (target 1) → 90% → 54/60 points.",
      "Tasks done on time: 1 (target 1) → 100% → 40/40 points.",
      "False information posted or shared: 0.5 (full deduction at 1) → 50% of the penalty → minus 10/20 points.",
    ])
    expect(score?.explanation).toBe('Total 84/100 points; ranked 1 of 5 in "Lower-secondary school"; rated "Tasks completed well".')
    expect(score?.tierLabel).toBe("Tasks completed well")
  })

  it("a measurement's detail is quoted in its line", () => {
    const { scores } = scoreSubjects(thcsPolicy(), [m("thcs-lac-son", "quota-met-rate", 0.9, { detail: "9/10 tuần đạt" })], NOVEMBER)
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown[0]).toMatchObject({
      detail: "9/10 tuần đạt",
      explanation: "Tỷ lệ tuần đạt chỉ tiêu đăng tin, bài: 0,9 (9/10 tuần đạt; mục tiêu 1) → 90% → 54/60 điểm.",
    })
  })

  it("a linear floor earns nothing at or below it; a target below the floor means lower is better", () => {
    const policy = {
      criteria: [
        linear("posts", "quota-met-rate", 50, { normalisation: { type: "linear", target: 1, floor: 0.5 } }),
        linear("response", "hours-to-handle", 50, { normalisation: { type: "linear", target: 2, floor: 48 } }),
      ],
    }
    const { scores } = scoreSubjects(
      policy,
      [m("thcs-lac-son", "quota-met-rate", 0.75), m("thcs-lac-son", "hours-to-handle", 25), m("thcs-vu-ban", "quota-met-rate", 0.4), m("thcs-vu-ban", "hours-to-handle", 1)],
      NOVEMBER,
    )
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown.map((line) => [line.normalised, line.points])).toEqual([
      [0.5, 25],
      [0.5, 25],
    ])
    expect(scoreOf(scores, "thcs-vu-ban")?.breakdown.map((line) => [line.normalised, line.points])).toEqual([
      [0, 0],
      [1, 50],
    ])
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown[0]?.explanation).toBe(
      "Tiêu chí posts: 0,75 (sàn 0,5, mục tiêu 1) → 50% → 25/50 điểm.",
    )
  })

  it("weights are shared among the criteria that apply to each subject; fixed points add their own", () => {
    const policy = {
      criteria: [
        linear("posts", "quota-met-rate", 3, { subjects: { type: "unit" } }),
        linear("picked", "posts-picked-up", 1, { subjects: { type: "unit", kinds: ["district-office"] } }),
        linear("setup", "setup-complete", 0, { weight: undefined, points: 10, subjects: { type: "unit" } }),
      ],
    } satisfies { criteria: Array<ScoringCriterionInput> }
    const { scores } = scoreSubjects(policy, [], NOVEMBER)
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown.map((line) => line.maxPoints)).toEqual([100, 10])
    expect(scoreOf(scores, "pgd-lac-son")?.breakdown.map((line) => line.maxPoints)).toEqual([75, 25, 10])
    expect(scoreOf(scores, "pgd-lac-son")?.maxTotal).toBe(110)
  })

  it("per-staff criteria divide by the unit's staff on the scoring date", () => {
    const policy = {
      criteria: [
        linear("shares", "featured-shares", 100, {
          title: { vi: "Lượt chia sẻ trang được chọn, bình quân mỗi cán bộ" },
          normalisation: { type: "linear", target: 4 },
          perStaff: true,
        }),
      ],
    }
    // thcs-vu-ban has one person on 30/11/2024 (gv-0005 joins on 1 December).
    const { scores } = scoreSubjects(policy, [m("thcs-lac-son", "featured-shares", 12), m("thcs-vu-ban", "featured-shares", 2)], NOVEMBER)
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown[0]).toMatchObject({ measured: 12, staff: 4, value: 3, normalised: 0.75, points: 75 })
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown[0]?.explanation).toBe(
      "Lượt chia sẻ trang được chọn, bình quân mỗi cán bộ: 12 / 4 cán bộ = 3 (mục tiêu 4) → 75% → 75/100 điểm.",
    )
    expect(scoreOf(scores, "thcs-vu-ban")?.breakdown[0]).toMatchObject({ measured: 2, staff: 1, value: 2, points: 50 })
    const december = scoreSubjects(policy, [m("thcs-vu-ban", "featured-shares", 2)], { hierarchy, period: "2024-12" })
    expect(scoreOf(december.scores, "thcs-vu-ban")?.breakdown[0]).toMatchObject({ staff: 2, value: 1, points: 25 })
  })

  it("the contract's score entry is a subset of a score", () => {
    const { scores } = scoreSubjects(thcsPolicy(), thcsMeasurements({ "thcs-lac-son": [0.9, 1, 0] }), NOVEMBER)
    expectTypeOf<SubjectScore>().toExtend<ContractScore>()
    const entry: ContractScore = scores[0] as SubjectScore
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(["subject", "period", "total", "rank", "tier", "breakdown"]))
    expect(Object.keys(entry.breakdown[0] ?? {})).toEqual(expect.arrayContaining(["criterion", "value", "points", "explanation"]))
    expect(JSON.parse(JSON.stringify(scores))).toEqual(scores)
  })
})

describe("scoreSubjects: missing measurements", () => {
  it("a missing measurement is shown as missing, earns 0 and flags the total incomplete — never a silent zero", () => {
    const { scores } = scoreSubjects(thcsPolicy(), [m("thcs-an-binh", "quota-met-rate", 0.5)], NOVEMBER)
    const score = scoreOf(scores, "thcs-an-binh")
    expect(score).toMatchObject({ total: 30, incomplete: true, missing: ["deadlines", "false-information"] })
    expect(score?.breakdown[1]).toEqual({
      criterion: "deadlines",
      title: "Hoàn thành nhiệm vụ đúng hạn",
      measurement: "deadline-on-time-rate",
      status: "missing",
      value: 0,
      normalised: 0,
      points: 0,
      maxPoints: 40,
      missing: true,
      explanation: 'Hoàn thành nhiệm vụ đúng hạn: chưa có số liệu "deadline-on-time-rate" cho tháng 11/2024 → 0/40 điểm; tổng điểm chưa đầy đủ.',
    })
    expect(score?.breakdown[2]).toMatchObject({ penalty: true, missing: true, points: 0 })
    expect(score?.breakdown[2]?.explanation).toBe(
      'Đăng tải, chia sẻ thông tin sai sự thật: chưa có số liệu "false-information-penalty" cho tháng 11/2024 → không tính trừ điểm; tổng điểm chưa đầy đủ.',
    )
    expect(score?.explanation).toBe(
      'Tổng 30/100 điểm; xếp thứ 1/5 trong nhóm "Trường Trung học cơ sở"; xếp loại "Không hoàn thành nhiệm vụ". Chưa đầy đủ số liệu: Hoàn thành nhiệm vụ đúng hạn; Đăng tải, chia sẻ thông tin sai sự thật.',
    )
  })

  it("a school with no data at all is still scored, as incomplete, rather than vanishing", () => {
    const { scores } = scoreSubjects(thcsPolicy(), [], NOVEMBER)
    expect(scores.map((score) => [score.subject, score.total, score.incomplete])).toEqual(
      [...THCS].sort().map((unit) => [{ unit }, 0, true]),
    )
  })

  it("a null value, conflicting values and a staff of 0 count as missing, each with its reason", () => {
    const policy = {
      criteria: [
        linear("posts", "quota-met-rate", 1),
        linear("deadlines", "deadline-on-time-rate", 1),
        linear("shares", "featured-shares", 1, { perStaff: true }),
      ],
    }
    const { scores, issues } = scoreSubjects(
      policy,
      [
        m("thcs-an-binh", "quota-met-rate", null),
        m("thcs-an-binh", "deadline-on-time-rate", 1),
        m("thcs-an-binh", "deadline-on-time-rate", 0.5),
        m("thcs-an-binh", "featured-shares", 10),
      ],
      NOVEMBER,
    )
    expect(scoreOf(scores, "thcs-an-binh")?.breakdown.map((line) => [line.missing, line.explanation])).toEqual([
      // Maxima are apportioned in hundredths so that they add up to 100: 33,34 + 33,33 + 33,33.
      [true, 'Tiêu chí posts: số liệu "quota-met-rate" của tháng 11/2024 để trống (không đo được) → 0/33,34 điểm; tổng điểm chưa đầy đủ.'],
      [true, 'Tiêu chí deadlines: có nhiều số liệu "deadline-on-time-rate" khác nhau cho tháng 11/2024, chưa dùng được → 0/33,33 điểm; tổng điểm chưa đầy đủ.'],
      [true, "Tiêu chí shares: đơn vị không có cán bộ nào trong danh sách ngày 30/11/2024 nên không tính được bình quân theo đầu người → 0/33,33 điểm; tổng điểm chưa đầy đủ."],
    ])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path, issue.message])).toEqual([
      [
        "warning",
        "conflicting-measurement",
        "measurements[1].value",
        'measurements[1].value: số liệu "deadline-on-time-rate" của thcs-an-binh có nhiều giá trị khác nhau (measurements[1], measurements[2]); tiêu chí dùng số liệu này được tính là thiếu số liệu.',
      ],
    ])
  })

  it("the same value twice is one measurement, not a conflict", () => {
    const { scores, issues } = scoreSubjects(thcsPolicy(), [m("thcs-lac-son", "quota-met-rate", 1), m("thcs-lac-son", "quota-met-rate", 1)], NOVEMBER)
    expect(issues).toEqual([])
    expect(scoreOf(scores, "thcs-lac-son")?.breakdown[0]?.points).toBe(60)
  })

  it("measurements of another period are left out; unknown subjects and bad records are issues, never exceptions", () => {
    const { scores, issues } = scoreSubjects(
      thcsPolicy(),
      [
        m("thcs-lac-son", "quota-met-rate", 1, { period: "2024-10" }),
        m("thcs-lac-son", "deadline-on-time-rate", 1, { period: "2024-11" }),
        m("thcs-khong-co", "quota-met-rate", 1),
        m("thcs-lac-son", "unused-measurement", 1),
        { subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: "1" },
      ],
      NOVEMBER,
    )
    expect(scoreOf(scores, "thcs-lac-son")?.missing).toEqual(["weekly-posts", "false-information"])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["error", "invalid-type", "measurements[4].value"],
      ["warning", "unknown-subject", "measurements[2].subject"],
    ])
    expect(issues[1]?.message).toBe('measurements[2].subject: không có đơn vị "thcs-khong-co" nào được chấm điểm ngày 30/11/2024; số liệu bị bỏ qua.')
  })
})

describe("scoreSubjects: peers, ranks and the scoring date", () => {
  it("ranks by total within the peer group with standard competition ranking (1, 2, 2, 4)", () => {
    const { scores } = scoreSubjects(
      thcsPolicy(),
      thcsMeasurements({
        "thcs-lac-son": [0.9, 1, 0],
        "thcs-vu-ban": [0.8, 0.8, 0],
        "thcs-an-binh": [1, 0.5, 0],
        "thcs-cao-phong": [0.8, 0.8, 0],
        "thcs-bac-phong": [0.5, 0.5, 0],
      }),
      NOVEMBER,
    )
    expect(scores.map((score) => [score.subject, score.total, score.rank, score.percentile])).toEqual([
      [{ unit: "thcs-lac-son" }, 94, 1, 1],
      [{ unit: "thcs-an-binh" }, 80, 2, 0.25],
      [{ unit: "thcs-cao-phong" }, 80, 2, 0.25],
      [{ unit: "thcs-vu-ban" }, 80, 2, 0.25],
      [{ unit: "thcs-bac-phong" }, 50, 5, 0],
    ])
  })

  it("peers are units of the same kind by default, groups in the order of the kinds; a group of one ranks 1 with percentile 1", () => {
    const policy = { criteria: [linear("posts", "quota-met-rate", 1, { subjects: { type: "unit" } })] }
    const { scores } = scoreSubjects(policy, [], NOVEMBER)
    const groups = [...new Set(scores.map((score) => score.peerGroup))]
    expect(groups).toEqual(["kind:department", "kind:district-office", "kind:kindergarten", "kind:lower-secondary", "kind:upper-secondary"])
    expect(scoreOf(scores, "thpt-lac-son")).toMatchObject({ rank: 1, peers: 1, percentile: 1, peerGroupLabel: "Trường Trung học phổ thông" })
  })

  it("peers: reporting-unit groups the units reporting to one unit on the date; province groups everyone", () => {
    const policy = { criteria: [linear("posts", "quota-met-rate", 1, { subjects: { type: "unit", kinds: ["lower-secondary", "kindergarten", "upper-secondary"] } })] }
    const byParent = scoreSubjects(policy, [], { ...NOVEMBER, peers: "reporting-unit" }).scores
    expect(Object.fromEntries(byParent.map((score) => ["unit" in score.subject ? score.subject.unit : "", score.peerGroup]))).toMatchObject({
      "thcs-lac-son": "reporting-unit:pgd-lac-son",
      "mn-lac-son": "reporting-unit:pgd-lac-son",
      "thcs-cao-phong": "reporting-unit:pgd-cao-phong",
      "thpt-lac-son": "reporting-unit:so",
    })
    expect(scoreOf(byParent, "thcs-lac-son")?.peerGroupLabel).toBe("Các đơn vị báo cáo về Phòng GD&ĐT Lạc Sơn")
    const province = scoreSubjects({ ...policy, ranking: { peers: "province" } }, [], NOVEMBER).scores
    expect(new Set(province.map((score) => score.peerGroup))).toEqual(new Set(["province"]))
    expect(province[0]?.peers).toBe(8)
  })

  it("min-max and percentile compare a value with peers of the same group only", () => {
    const policy = {
      criteria: [
        linear("minmax", "posts-picked-up", 50, { subjects: { type: "unit", kinds: ["lower-secondary", "kindergarten"] }, normalisation: { type: "min-max" } }),
        linear("pct", "posts-picked-up", 50, { subjects: { type: "unit", kinds: ["lower-secondary", "kindergarten"] }, normalisation: { type: "percentile" } }),
      ],
    }
    const { scores } = scoreSubjects(
      policy,
      [
        m("thcs-lac-son", "posts-picked-up", 2),
        m("thcs-vu-ban", "posts-picked-up", 6),
        m("thcs-an-binh", "posts-picked-up", 10),
        m("thcs-cao-phong", "posts-picked-up", 10),
        m("mn-sao-mai", "posts-picked-up", 100),
      ],
      NOVEMBER,
    )
    expect(scoreOf(scores, "thcs-vu-ban")?.breakdown.map((line) => [line.normalised, line.points])).toEqual([
      [0.5, 25],
      [0.333, 16.67],
    ])
    expect(scoreOf(scores, "thcs-vu-ban")?.breakdown.map((line) => line.explanation)).toEqual([
      "Tiêu chí minmax: 6; trong nhóm so sánh thấp nhất 2, cao nhất 10 → 50% → 25/50 điểm.",
      "Tiêu chí pct: 6; cao hơn 1/3 đơn vị khác có số liệu trong nhóm → 33,3% → 16,67/50 điểm.",
    ])
    // The kindergarten is alone with data in its group: a positive value, nobody to be ahead of.
    expect(scoreOf(scores, "mn-sao-mai")?.breakdown.map((line) => line.points)).toEqual([50, 50])
    expect(scoreOf(scores, "mn-sao-mai")?.breakdown[0]?.explanation).toBe(
      "Tiêu chí minmax: 100; là đơn vị duy nhất có số liệu trong nhóm so sánh → 100% → 50/50 điểm.",
    )
    // The missing THCS is not a peer value: thcs-bac-phong does not pull the minimum to 0.
    expect(scoreOf(scores, "thcs-bac-phong")?.missing).toEqual(["minmax", "pct"])
  })

  it("with no spread among peers, a positive value earns all and zero earns nothing", () => {
    const policy = { criteria: [linear("pct", "posts-picked-up", 1, { normalisation: { type: "percentile" } })] }
    const equal = scoreSubjects(policy, THCS.map((unit) => m(unit, "posts-picked-up", 3)), NOVEMBER).scores
    expect(equal.map((score) => score.total)).toEqual([100, 100, 100, 100, 100])
    const none = scoreSubjects(policy, THCS.map((unit) => m(unit, "posts-picked-up", 0)), NOVEMBER).scores
    expect(none.map((score) => score.total)).toEqual([0, 0, 0, 0, 0])
  })

  it("empty peer groups produce nothing: no criterion, or criteria for kinds with no unit, give no scores", () => {
    expect(scoreSubjects({ criteria: [] }, [], NOVEMBER).scores).toEqual([])
    const communes = { criteria: [linear("posts", "quota-met-rate", 1, { subjects: { type: "unit", kinds: ["commune"] } })] }
    expect(scoreSubjects(communes, [m("xa-lac-son", "quota-met-rate", 1)], NOVEMBER)).toMatchObject({ scores: [] })
  })

  it("subjects and groups are read on the scoring date: by default the period's last local day", () => {
    const policy = { criteria: [linear("posts", "quota-met-rate", 1, { subjects: { type: "unit", kinds: ["kindergarten"] } })] }
    // mn-hoa-ban closes on 13/11/2024: scored for the week ending 10/11, not for the week ending 17/11 nor November.
    const week = scoreSubjects(policy, [], { hierarchy, period: "2024-W45" }).scores.map((score) => score.subject)
    expect(scoreSubjects(policy, [], { hierarchy, period: "2024-W46" }).scores.map((score) => score.subject)).not.toContainEqual({ unit: "mn-hoa-ban" })
    expect(week).toContainEqual({ unit: "mn-hoa-ban" })
    const month = scoreSubjects(policy, [], NOVEMBER).scores.map((score) => score.subject)
    expect(month).not.toContainEqual({ unit: "mn-hoa-ban" })
    expect(scoreSubjects(policy, [], { ...NOVEMBER, on: "2024-11-01" }).scores.map((score) => score.subject)).toContainEqual({ unit: "mn-hoa-ban" })
  })

  it("people are scored against the people of units of the same kind, or of their own unit", () => {
    const policy = {
      criteria: [
        {
          id: "party-member-posts",
          title: { vi: "Đảng viên đăng tải, chia sẻ ít nhất 04 tin, bài mỗi tháng" },
          measurement: "person-monthly-items",
          subjects: { type: "person" as const, partyMember: true },
          normalisation: { type: "linear" as const, target: 4 },
          weight: 1,
        },
      ],
    }
    const measurements: Array<Measurement> = [
      { subject: { person: "gv-0001" }, measurement: "person-monthly-items", value: 4 },
      { subject: { person: "gv-0003" }, measurement: "person-monthly-items", value: 2 },
      { subject: { person: "gv-0004" }, measurement: "person-monthly-items", value: 6 },
    ]
    const { scores } = scoreSubjects(policy, measurements, NOVEMBER)
    expect(scores.map((score) => [score.subject, score.total, score.rank, score.peerGroup])).toEqual([
      [{ person: "gv-0001" }, 100, 1, "people/kind:lower-secondary"],
      [{ person: "gv-0004" }, 100, 1, "people/kind:lower-secondary"],
      [{ person: "gv-0003" }, 50, 3, "people/kind:lower-secondary"],
      [{ person: "ht-0001" }, 0, 4, "people/kind:lower-secondary"],
    ])
    const own = scoreSubjects(policy, measurements, { ...NOVEMBER, peers: "reporting-unit" }).scores
    expect(own.map((score) => [score.subject, score.rank, score.peerGroup])).toEqual([
      [{ person: "gv-0001" }, 1, "people/unit:thcs-lac-son"],
      [{ person: "gv-0003" }, 2, "people/unit:thcs-lac-son"],
      [{ person: "ht-0001" }, 3, "people/unit:thcs-lac-son"],
      [{ person: "gv-0004" }, 1, "people/unit:thcs-vu-ban"],
    ])
  })

  it("an invalid policy or period is a programming error", () => {
    expect(() => scoreSubjects({ criteria: [linear("a", "b", 0)] }, [], NOVEMBER)).toThrow(RangeError)
    expect(() => scoreSubjects(thcsPolicy(), [], { hierarchy, period: "November" })).toThrow(RangeError)
  })
})
