import type { Activity } from "@lantoa/core"
import { evaluateQuotas, type EvaluateQuotasOptions, type QuotaResult, type QuotaRuleInput } from "@lantoa/quota"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { activities as randomActivities, now as randomNow } from "./arbitraries.js"
import { fromWire, hierarchy, pagePost, personPost, roster, share } from "./fixtures.js"
import {
  PLAN_RULES,
  POLICY,
  districtOfficeWeeklyPosts,
  partyMemberMonthly,
  partyMemberWeekly,
  unitWeeklyPosts,
} from "./planRules.js"

const LATER = "2026-01-01T00:00:00+07:00"

const evaluate = (
  rules: ReadonlyArray<QuotaRuleInput>,
  activities: ReadonlyArray<Activity>,
  options: Partial<EvaluateQuotasOptions> = {},
): ReadonlyArray<QuotaResult> =>
  evaluateQuotas(rules, hierarchy, activities, {
    ...(options.from === undefined ? { period: "2024-W46" } : {}),
    now: LATER,
    policy: POLICY,
    ...options,
  } as EvaluateQuotasOptions).results

const resultOf = (
  results: ReadonlyArray<QuotaResult>,
  subject: string,
  period: string,
  rule?: string,
): QuotaResult | undefined =>
  results.find(
    (result) =>
      result.period === period &&
      (rule === undefined || result.rule === rule) &&
      ("unit" in result.subject ? result.subject.unit : result.subject.person) === subject,
  )

describe("evaluateQuotas: what counts, and when", () => {
  it("a post at 23:59:59 on Sunday (local time) counts for that week; one at 00:00:00 on Monday for the next", () => {
    const sunday = pagePost("thcs-lac-son", "2024-11-17T23:59:59")
    const monday = pagePost("thcs-lac-son", "2024-11-18T00:00:00")
    const results = evaluate([unitWeeklyPosts], [sunday, monday], { from: "2024-W46", to: "2024-W47" })
    expect(resultOf(results, "thcs-lac-son", "2024-W46")?.evidence).toEqual([sunday.id])
    expect(resultOf(results, "thcs-lac-son", "2024-W47")?.evidence).toEqual([monday.id])
  })

  it("weeks are read in Vietnam's time zone, never the machine's: 17:30Z on a Sunday is Monday 00:30 in Vietnam", () => {
    const post = { ...pagePost("thcs-lac-son", "2024-11-18T00:30:00"), at: Date.parse("2024-11-17T17:30:00Z") }
    const results = evaluate([unitWeeklyPosts], [post], { from: "2024-W46", to: "2024-W47" })
    expect(resultOf(results, "thcs-lac-son", "2024-W46")?.counted).toBe(0)
    expect(resultOf(results, "thcs-lac-son", "2024-W47")?.counted).toBe(1)
  })

  it("a week that straddles two months counts in the week, and in each month by the day of each activity", () => {
    // 2024-W44 runs from Monday 28/10 to Sunday 03/11.
    const october = personPost("gv-0001", "2024-10-31T20:00:00")
    const november = personPost("gv-0001", "2024-11-02T20:00:00")
    const results = evaluate([partyMemberWeekly, partyMemberMonthly], [october, november], { from: "2024-10", to: "2024-11" })
    expect(resultOf(results, "gv-0001", "2024-W44")?.evidence).toEqual([october.id, november.id])
    expect(resultOf(results, "gv-0001", "2024-10")?.evidence).toEqual([october.id])
    expect(resultOf(results, "gv-0001", "2024-11")?.evidence).toEqual([november.id])
  })

  it("the same activity twice counts once", () => {
    const post = pagePost("pgd-lac-son", "2024-11-12T09:00:00")
    const result = resultOf(evaluate([districtOfficeWeeklyPosts], [post, post, { ...post }]), "pgd-lac-son", "2024-W46")
    expect(result).toMatchObject({ counted: 1, matched: 1, evidence: [post.id] })
  })

  it("five shares of one post count once for an item rule, and the explanation says so", () => {
    const target = "https://facebook.example/so/posts/1"
    const shares = [12, 13, 14, 15, 16].map((day) => share("gv-0001", `2024-11-${day}T20:00:00`, target))
    const result = resultOf(evaluate([partyMemberWeekly], shares), "gv-0001", "2024-W46")
    expect(result).toMatchObject({ counted: 1, matched: 5, status: "met", evidence: [shares[0]?.id] })
    expect(result?.explanation).toContain("1/1 tin, bài (5 hoạt động; mỗi tin, bài chỉ tính một lần)")
  })

  it("a post's item is its url: a member who posts a link and shares it again counts it once", () => {
    const own = personPost("gv-0001", "2024-11-12T08:00:00")
    const again = share("gv-0001", "2024-11-13T08:00:00", own.url as string)
    const result = resultOf(evaluate([partyMemberWeekly], [own, again]), "gv-0001", "2024-W46")
    expect(result).toMatchObject({ counted: 1, matched: 2, evidence: [own.id] })
  })

  it("without distinctBy: item, each activity counts: two shares of one post are two", () => {
    const target = "https://facebook.example/so/posts/1"
    const rule: QuotaRuleInput = { ...partyMemberWeekly, id: "party-member-weekly-activities", distinctBy: "activity" }
    const result = resultOf(evaluate([rule], [share("gv-0001", "2024-11-12T08:00:00", target), share("gv-0001", "2024-11-13T08:00:00", target)]), "gv-0001", "2024-W46")
    expect(result?.counted).toBe(2)
  })

  it("a cap limits what counts, so re-posting cannot game a score; the earliest items count", () => {
    const rule: QuotaRuleInput = { ...districtOfficeWeeklyPosts, id: "district-office-weekly-posts-capped", cap: 4 }
    const posts = [15, 11, 14, 12, 13, 16].map((day) => pagePost("pgd-lac-son", `2024-11-${day}T09:00:00`))
    const result = resultOf(evaluate([rule], posts), "pgd-lac-son", "2024-W46")
    expect(result).toMatchObject({ counted: 4, matched: 6, status: "met" })
    expect(result?.evidence).toEqual([posts[1], posts[3], posts[4], posts[2]].map((post) => post?.id))
    expect(result?.explanation).toContain("(tính tối đa 4)")
  })

  it("with channels: own, only posts on the unit's own page count; with platforms, only on those platforms", () => {
    const own = pagePost("thcs-lac-son", "2024-11-12T09:00:00")
    const onAnotherPage = { ...pagePost("thcs-lac-son", "2024-11-13T09:00:00"), channel: "fb-so" }
    const onZalo = { ...pagePost("thcs-lac-son", "2024-11-14T09:00:00"), channel: "zl-thcs-lac-son" }
    const { channel: _, ...noChannel } = pagePost("thcs-lac-son", "2024-11-15T09:00:00")
    const result = resultOf(evaluate([unitWeeklyPosts], [own, onAnotherPage, onZalo, noChannel]), "thcs-lac-son", "2024-W46")
    expect(result?.evidence).toEqual([own.id])
    const anywhere: QuotaRuleInput = { ...unitWeeklyPosts, id: "unit-weekly-posts-anywhere", counts: { kinds: ["post"] } }
    expect(resultOf(evaluate([anywhere], [own, onAnotherPage, onZalo, noChannel]), "thcs-lac-son", "2024-W46")?.counted).toBe(4)
  })

  it("an activity for an unknown unit or person is not counted and does not stop the evaluation", () => {
    const known = pagePost("thcs-lac-son", "2024-11-12T09:00:00")
    const unknownUnit = { ...pagePost("thcs-lac-son", "2024-11-12T10:00:00"), unit: "truong-khong-co" }
    const unknownPerson = share("nguoi-la", "2024-11-12T20:00:00", "https://facebook.example/so/posts/1")
    const results = evaluate(PLAN_RULES, [unknownUnit, known, unknownPerson])
    expect(resultOf(results, "thcs-lac-son", "2024-W46")?.evidence).toEqual([known.id])
    expect(results.some((result) => result.evidence.includes(unknownUnit.id) || result.evidence.includes(unknownPerson.id))).toBe(false)
    expect(results.some((result) => JSON.stringify(result.subject).includes("nguoi-la"))).toBe(false)
  })

  it("late evidence counts in the period in which the activity happened, not when it arrived", () => {
    // Reported in W47, but posted on Sunday of W46.
    const late = pagePost("pgd-lac-son", "2024-11-17T21:00:00")
    const results = evaluate([districtOfficeWeeklyPosts], [late], { from: "2024-W46", to: "2024-W47", now: "2024-11-20T08:00:00+07:00" })
    expect(resultOf(results, "pgd-lac-son", "2024-W46")?.evidence).toEqual([late.id])
    expect(resultOf(results, "pgd-lac-son", "2024-W47")?.counted).toBe(0)
  })

  it("evidence lists activity ids by time, then id", () => {
    const same = "2024-11-12T09:00:00"
    const posts = [pagePost("so", "2024-11-13T09:00:00", "b"), pagePost("so", same, "z"), pagePost("so", same, "a")]
    const rule: QuotaRuleInput = { ...districtOfficeWeeklyPosts, id: "department-weekly", subjects: { type: "unit", kinds: ["department"] } }
    expect(resultOf(evaluate([rule], posts), "so", "2024-W46")?.evidence).toEqual(["a", "z", "b"])
  })

  it("activities read from wire records (ISO strings with an offset) count like parsed ones", () => {
    const activities = fromWire([
      { id: "facebook:1_1", kind: "post", unit: "pgd-lac-son", channel: "fb-pgd-lac-son", at: "2024-11-12T09:00:00+07:00" },
      { id: "facebook:1_2", kind: "post", unit: "pgd-lac-son", channel: "fb-pgd-lac-son", at: "2024-11-12T02:30:00Z" },
    ])
    expect(resultOf(evaluate([districtOfficeWeeklyPosts], activities), "pgd-lac-son", "2024-W46")?.counted).toBe(2)
  })
})

describe("evaluateQuotas: subjects and partial periods", () => {
  it("subjects are the units of the rule's kinds that exist in the period, in id order", () => {
    const results = evaluate([unitWeeklyPosts], [], { from: "2024-W46", to: "2024-W47" })
    const subjectsOf = (period: string) =>
      results.filter((result) => result.period === period).map((result) => ("unit" in result.subject ? result.subject.unit : ""))
    expect(subjectsOf("2024-W46")).toEqual(["mn-hoa-ban", "mn-sao-mai", "th-chieng-chau", "thcs-lac-son", "thpt-lac-son"])
    // The kindergarten closed on Wednesday 13/11: it owes nothing the week after.
    expect(subjectsOf("2024-W47")).toEqual(["mn-sao-mai", "th-chieng-chau", "thcs-lac-son", "thpt-lac-son"])
  })

  it("person subjects are the party members who exist in the period, with their unit for roll-ups", () => {
    const results = evaluate([partyMemberWeekly], [])
    expect(results.map((result) => [result.subject, result.unit])).toEqual([
      [{ person: "gd-0001" }, "so"],
      [{ person: "gv-0001" }, "thcs-lac-son"],
      [{ person: "gv-0004" }, "mn-sao-mai"],
      [{ person: "ht-0001" }, "thcs-lac-son"],
    ])
  })

  it("a party member who joined mid-month owes a prorated monthly minimum: ceil(4 × 13 / 30) = 2", () => {
    const results = evaluate([partyMemberWeekly, partyMemberMonthly], [], { period: "2024-11" })
    expect(resultOf(results, "gv-0003", "2024-11")).toMatchObject({ required: 2, owedDays: 13, periodDays: 30 })
    expect(resultOf(results, "gv-0003", "2024-11")?.explanation).toContain("chỉ tính 13/30 ngày trong kỳ nên mức yêu cầu là 2")
    expect(resultOf(results, "gv-0003", "2024-W46")).toBeUndefined()
    expect(resultOf(results, "gv-0003", "2024-W47")).toMatchObject({ required: 1, owedDays: 7 })
  })

  it("a unit dissolved mid-week owes a prorated weekly minimum, and is attributed to its last day", () => {
    const school = resultOf(evaluate([unitWeeklyPosts], []), "mn-hoa-ban", "2024-W46")
    expect(school).toMatchObject({ required: 1, owedDays: 3, attributedOn: "2024-11-13", status: "short" })
    // The Phòng closes on Monday 30/06/2025: 1 of 7 days, ceil(3 × 1/7) = 1 post.
    const office = resultOf(evaluate([districtOfficeWeeklyPosts], [], { period: "2025-W27" }), "pgd-lac-son", "2025-W27")
    expect(office).toMatchObject({ required: 1, owedDays: 1, attributedOn: "2025-06-30" })
  })

  it("an exemption (the Tết week) owes nothing and says why; a week it cuts owes a prorated minimum", () => {
    const rule: QuotaRuleInput = {
      ...districtOfficeWeeklyPosts,
      exemptions: [{ from: "2025-01-25", to: "2025-02-02", reason: "Nghỉ Tết Nguyên đán Ất Tỵ" }],
    }
    const results = evaluate([rule], [pagePost("pgd-lac-son", "2025-01-29T09:00:00")], { from: "2025-W04", to: "2025-W05" })
    const tet = resultOf(results, "pgd-lac-son", "2025-W05")
    expect(tet).toMatchObject({ status: "exempt", required: 0, shortfall: 0, owedDays: 0, counted: 1 })
    expect(tet?.explanation).toContain("không phải thực hiện (Nghỉ Tết Nguyên đán Ất Tỵ)")
    // 20–26/01: Saturday and Sunday are exempt, 5 of 7 days owed: ceil(3 × 5/7) = 3.
    expect(resultOf(results, "pgd-lac-son", "2025-W04")).toMatchObject({ owedDays: 5, required: 3 })
  })

  it("an exemption naming a holiday is resolved by the holidays option, year by year, and explained with its reason", () => {
    const rule: QuotaRuleInput = { ...districtOfficeWeeklyPosts, exemptions: [{ holiday: "lunar-new-year" }] }
    const asked: Array<[string, string, string]> = []
    const holidays = (name: string, from: string, to: string) => {
      asked.push([name, from, to])
      return name === "lunar-new-year" ? [{ from: "2025-01-25", to: "2025-02-02", reason: "Tết Âm lịch Ất Tỵ" }] : []
    }
    const results = evaluate([rule], [], { from: "2025-W04", to: "2025-W05", holidays })
    expect(asked.map(([name]) => name)).toEqual(["lunar-new-year"])
    expect((asked[0]?.[1] ?? "") < "2025-01-20" && (asked[0]?.[2] ?? "") > "2025-02-02").toBe(true)
    const tet = resultOf(results, "pgd-lac-son", "2025-W05")
    expect(tet).toMatchObject({ status: "exempt", owedDays: 0 })
    expect(tet?.explanation).toContain("Tết Âm lịch Ất Tỵ")
    expect(resultOf(results, "pgd-lac-son", "2025-W04")).toMatchObject({ owedDays: 5, required: 3 })
    // A reason written in the rule wins over the calendar's name.
    const named: QuotaRuleInput = { ...districtOfficeWeeklyPosts, exemptions: [{ holiday: "lunar-new-year", reason: "Học sinh nghỉ Tết" }] }
    expect(resultOf(evaluate([named], [], { period: "2025-W05", holidays }), "pgd-lac-son", "2025-W05")?.explanation).toContain("Học sinh nghỉ Tết")
  })

  it("a holiday exemption without the holidays option is a programming error (RangeError), not a silent no-exemption", () => {
    const rule: QuotaRuleInput = { ...districtOfficeWeeklyPosts, exemptions: [{ holiday: "lunar-new-year" }] }
    expect(() => evaluate([rule], [])).toThrow(RangeError)
  })

  it("overlapping exemptions count their days once", () => {
    const rule: QuotaRuleInput = {
      ...districtOfficeWeeklyPosts,
      exemptions: [
        { from: "2024-11-11", to: "2024-11-13" },
        { from: "2024-11-12", to: "2024-11-14" },
      ],
    }
    expect(resultOf(evaluate([rule], []), "pgd-lac-son", "2024-W46")).toMatchObject({ owedDays: 3, required: 2 })
  })

  it("a rule has no period outside its validity; a period it enters midway is prorated", () => {
    const rule: QuotaRuleInput = { ...districtOfficeWeeklyPosts, validFrom: "2024-11-13" }
    const { results, periods } = evaluateQuotas([rule], hierarchy, [], { from: "2024-W45", to: "2024-W46", now: LATER })
    expect(periods).toEqual([{ rule: "district-office-weekly-posts", periods: ["2024-W46"] }])
    expect(resultOf(results, "pgd-lac-son", "2024-W46")).toMatchObject({ owedDays: 5, required: 3 })
  })
})

describe("evaluateQuotas: status and pace", () => {
  const thursday = "2024-11-14T10:00:00+07:00"

  it("a period not ended at now is open while short, and met as soon as the quota is reached", () => {
    const posts = [11, 12].map((day) => pagePost("pgd-lac-son", `2024-11-${day}T09:00:00`))
    expect(resultOf(evaluate([districtOfficeWeeklyPosts], posts, { now: thursday }), "pgd-lac-son", "2024-W46")?.status).toBe("open")
    const third = pagePost("pgd-lac-son", "2024-11-13T09:00:00")
    expect(resultOf(evaluate([districtOfficeWeeklyPosts], [...posts, third], { now: thursday }), "pgd-lac-son", "2024-W46")?.status).toBe("met")
  })

  it("a period that ended short at now is short; the last millisecond of Sunday is still open", () => {
    const sundayNight = "2024-11-17T23:59:59.999+07:00"
    const monday = "2024-11-18T00:00:00+07:00"
    expect(resultOf(evaluate([districtOfficeWeeklyPosts], [], { now: sundayNight }), "pgd-lac-son", "2024-W46")?.status).toBe("open")
    expect(resultOf(evaluate([districtOfficeWeeklyPosts], [], { now: monday }), "pgd-lac-son", "2024-W46")?.status).toBe("short")
  })

  it("pace: by Thursday a Phòng should have floor(3 × 4/7) = 1 of its 3 posts; with none it is behind", () => {
    const behind = resultOf(evaluate([districtOfficeWeeklyPosts], [], { now: thursday }), "pgd-lac-son", "2024-W46")
    expect(behind?.pace).toEqual({ asOf: "2024-11-14", elapsedDays: 4, expected: 1, onTrack: false })
    expect(behind?.explanation).toContain("Theo tiến độ, đến hết ngày 14/11/2024 cần có 1: chậm tiến độ.")
    const post = pagePost("pgd-lac-son", "2024-11-11T09:00:00")
    const onTrack = resultOf(evaluate([districtOfficeWeeklyPosts], [post], { now: thursday }), "pgd-lac-son", "2024-W46")
    expect(onTrack?.pace).toMatchObject({ expected: 1, onTrack: true })
  })

  it("pace counts owed days only: a member who joined on 18/11 owes 2 in November and should have 0 of them by 20/11", () => {
    const result = resultOf(evaluate([partyMemberMonthly], [], { period: "2024-11", now: "2024-11-20T12:00:00+07:00" }), "gv-0003", "2024-11")
    expect(result?.pace).toEqual({ asOf: "2024-11-20", elapsedDays: 3, expected: 0, onTrack: true })
  })

  it("a period that has ended, or not yet started, has no pace; one not started is open", () => {
    const results = evaluate([districtOfficeWeeklyPosts], [], { from: "2024-W45", to: "2024-W47", now: thursday })
    expect(resultOf(results, "pgd-lac-son", "2024-W45")?.pace).toBeUndefined()
    const later = resultOf(results, "pgd-lac-son", "2024-W47")
    expect(later).toMatchObject({ status: "open" })
    expect(later?.pace).toBeUndefined()
    expect(later?.explanation).toContain("(chưa bắt đầu)")
  })
})

describe("evaluateQuotas: the range", () => {
  it("with period 2024-11, weekly rules run over every ISO week that overlaps November, monthly rules over November", () => {
    const { periods } = evaluateQuotas([partyMemberWeekly, partyMemberMonthly], hierarchy, [], { period: "2024-11", now: LATER })
    expect(periods).toEqual([
      { rule: "party-member-weekly", periods: ["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"] },
      { rule: "party-member-monthly", periods: ["2024-11"] },
    ])
  })

  it("from and to may be period ids (from the start of one to the end of the other) or instants", () => {
    const byIds = evaluateQuotas([partyMemberWeekly], hierarchy, [], { from: "2024-W45", to: "2024-W46", now: LATER }).periods
    const byInstants = evaluateQuotas([partyMemberWeekly], hierarchy, [], { from: "2024-11-04", to: "2024-11-18", now: LATER }).periods
    expect(byIds).toEqual([{ rule: "party-member-weekly", periods: ["2024-W45", "2024-W46"] }])
    expect(byInstants).toEqual(byIds)
  })

  it("semester and school-year rules run over core's school-year frames (HK1 2024–2025: 05/09/2024 – 19/01/2025)", () => {
    const semester: QuotaRuleInput = { ...unitWeeklyPosts, id: "unit-semester-posts", minimum: 20, period: "semester" }
    const year: QuotaRuleInput = { ...unitWeeklyPosts, id: "unit-year-posts", minimum: 40, period: "school-year" }
    const { results, periods } = evaluateQuotas([semester, year], hierarchy, [pagePost("thcs-lac-son", "2024-11-12T09:00:00")], { period: "2024-11", now: LATER })
    expect(periods).toEqual([
      { rule: "unit-semester-posts", periods: ["2024-2025/HK1"] },
      { rule: "unit-year-posts", periods: ["2024-2025"] },
    ])
    expect(resultOf(results, "thcs-lac-son", "2024-2025/HK1")).toMatchObject({ periodDays: 137, attributedOn: "2025-01-19", counted: 1, status: "short" })
    // The kindergarten closed on 13/11/2024, 70 days into the semester: ceil(20 × 70/137) = 11.
    expect(resultOf(results, "mn-hoa-ban", "2024-2025/HK1")).toMatchObject({ owedDays: 70, required: 11 })
  })

  it("results come by rule (in the order given), then period, then subject id", () => {
    const { results } = evaluateQuotas(PLAN_RULES, hierarchy, [], { period: "2024-11", now: LATER })
    const rank = (result: QuotaResult) => [
      PLAN_RULES.findIndex((rule) => rule.id === result.rule),
      result.period,
      "unit" in result.subject ? result.subject.unit : result.subject.person,
    ] as const
    const keys = results.map(rank)
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0))
    expect(keys).toEqual(sorted)
  })

  it("an invalid rule or range is a programming error and throws", () => {
    expect(() => evaluateQuotas([{ ...unitWeeklyPosts, minimum: 0 }], hierarchy, [], { period: "2024-11", now: LATER })).toThrow(RangeError)
    expect(() => evaluateQuotas([unitWeeklyPosts], hierarchy, [], { period: "2024-13", now: LATER })).toThrow(RangeError)
    expect(() => evaluateQuotas([unitWeeklyPosts], hierarchy, [], { from: "2024-12-01", to: "2024-11-01", now: LATER })).toThrow(RangeError)
  })
})

describe("evaluateQuotas: explanations", () => {
  it("a verdict names the rule and its title, the policy and its version, what was counted and what is missing", () => {
    const posts = [11, 12].map((day) => pagePost("pgd-lac-son", `2024-11-${day}T09:00:00`))
    expect(resultOf(evaluate([districtOfficeWeeklyPosts], posts), "pgd-lac-son", "2024-W46")?.explanation).toBe(
      "Quy định district-office-weekly-posts (Phòng GD&ĐT đăng tải ít nhất 03 tin, bài mỗi tuần; chính sách hoa-binh-2024 phiên bản 1.0.0): tuần 46 năm 2024 (11/11/2024 – 17/11/2024) có 2/3 tin, bài; còn thiếu 1.",
    )
  })

  it("explanations are in English with locale: en, and in NFC Vietnamese by default", () => {
    const results = evaluate([districtOfficeWeeklyPosts], [], { locale: "en" })
    expect(resultOf(results, "pgd-lac-son", "2024-W46")?.explanation).toBe(
      "Rule district-office-weekly-posts (Each district office posts at least 3 items a week; policy hoa-binh-2024 version 1.0.0): week 46 of 2024 (2024-11-11 – 2024-11-17) has 0/3 posts; 3 missing.",
    )
    for (const result of evaluate(PLAN_RULES, [], { period: "2024-11" })) {
      expect(result.explanation).toBe(result.explanation.normalize("NFC"))
    }
  })

  it("without a policy, the explanation cites the rule alone", () => {
    const result = evaluateQuotas([districtOfficeWeeklyPosts], hierarchy, [], { period: "2024-W46", now: LATER }).results[0]
    expect(result?.explanation.startsWith("Quy định district-office-weekly-posts (Phòng GD&ĐT đăng tải ít nhất 03 tin, bài mỗi tuần): ")).toBe(true)
  })

  it("per-person results carry the person's id only: no name or phone number in any explanation", () => {
    const activities = [share("gv-0001", "2024-11-12T20:00:00", "https://facebook.example/so/posts/1"), personPost("gd-0001", "2024-11-13T08:00:00")]
    const text = JSON.stringify(evaluate(PLAN_RULES, activities, { period: "2024-11" }))
    for (const person of roster().people) {
      expect(text).not.toContain(person.name)
      if (person.phone) expect(text).not.toContain(person.phone)
    }
  })
})

describe("evaluateQuotas: invariants", () => {
  it("counts do not depend on the order of the activities", () => {
    fc.assert(
      fc.property(randomActivities, randomNow, fc.infiniteStream(fc.nat()), (activities, now, seeds) => {
        const shuffled = [...activities]
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (seeds.next().value as number) % (i + 1)
          ;[shuffled[i], shuffled[j]] = [shuffled[j] as Activity, shuffled[i] as Activity]
        }
        const options = { period: "2024-11", now } as const
        expect(evaluate(PLAN_RULES, shuffled, options)).toEqual(evaluate(PLAN_RULES, activities, options))
      }),
      { numRuns: 100 },
    )
  })

  it("every result is consistent: shortfall, evidence size, status against required and now", () => {
    fc.assert(
      fc.property(randomActivities, randomNow, (activities, now) => {
        for (const result of evaluate(PLAN_RULES, activities, { period: "2024-11", now })) {
          expect(result.evidence).toHaveLength(result.counted)
          expect(result.counted).toBeLessThanOrEqual(result.matched)
          if (result.status === "exempt") expect(result).toMatchObject({ required: 0, shortfall: 0 })
          else expect(result.shortfall).toBe(Math.max(0, result.required - result.counted))
          if (result.status === "met") expect(result.counted).toBeGreaterThanOrEqual(result.required)
          if (result.status === "short" || result.status === "open") expect(result.counted).toBeLessThan(result.required)
        }
      }),
      { numRuns: 100 },
    )
  })
})
