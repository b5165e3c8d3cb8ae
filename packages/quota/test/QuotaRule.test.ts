import { QuotaExemptionSchema, QuotaRuleSchema, parseQuotaRules, type QuotaRuleInput } from "@lantoa/quota"
import { describe, expect, it } from "vitest"
import { districtOfficeWeeklyPosts, PLAN_RULES, partyMemberWeekly } from "./planRules.js"

describe("QuotaRuleSchema", () => {
  it("the five rules of the plan (Nhiệm vụ 4 and 5) are valid rule documents", () => {
    for (const rule of PLAN_RULES) expect(QuotaRuleSchema.safeParse(rule).success).toBe(true)
  })

  it("defaults: any channel, each activity counted once, no exemption", () => {
    const rule = QuotaRuleSchema.parse({
      id: "unit-weekly-posts",
      title: { vi: "Mỗi đơn vị, trường học đăng tải ít nhất 01 tin, bài mỗi tuần" },
      subjects: { type: "unit" },
      counts: { kinds: ["post"] },
      minimum: 1,
      period: "week",
    })
    expect(rule.counts.channels).toBe("any")
    expect(rule.distinctBy).toBe("activity")
    expect(rule.exemptions).toEqual([])
  })

  it("a cap below the minimum is refused: the cap limits re-sharing, it cannot lower the quota", () => {
    const result = QuotaRuleSchema.safeParse({ ...districtOfficeWeeklyPosts, cap: 2 })
    expect(result.success).toBe(false)
  })

  it("an exemption must not end before it starts", () => {
    expect(QuotaExemptionSchema.safeParse({ from: "2025-02-02", to: "2025-01-25" }).success).toBe(false)
    expect(QuotaExemptionSchema.safeParse({ from: "2025-01-25", to: "2025-01-25", reason: "Nghỉ Tết" }).success).toBe(true)
  })

  it("an exemption is either a date range or a holiday of the calendar, not both and not neither", () => {
    expect(QuotaExemptionSchema.safeParse({ holiday: "lunar-new-year" }).success).toBe(true)
    const both = parseQuotaRules([{ ...districtOfficeWeeklyPosts, exemptions: [{ holiday: "lunar-new-year", from: "2025-01-25", to: "2025-02-02" }] }])
    expect(both.issues).toMatchObject([{ code: "invalid-exemption", path: "rules[0].exemptions[0].holiday" }])
    const neither = parseQuotaRules([{ ...districtOfficeWeeklyPosts, exemptions: [{ reason: "Nghỉ Tết" }] }])
    expect(neither.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["missing-field", "rules[0].exemptions[0].from"],
      ["missing-field", "rules[0].exemptions[0].to"],
    ])
  })

  it("channels: own applies to unit rules only (a person has no channel of their own in the roster)", () => {
    const result = QuotaRuleSchema.safeParse({ ...partyMemberWeekly, counts: { kinds: ["share"], channels: "own" } })
    expect(result.success).toBe(false)
  })
})

describe("parseQuotaRules", () => {
  it("keeps the valid rules and reports each invalid field with its path, in Vietnamese and English", () => {
    const { rules, issues } = parseQuotaRules(
      [districtOfficeWeeklyPosts, { ...partyMemberWeekly, id: "Bad Id", minimum: 0 }],
      "policy.quotas",
    )
    expect(rules.map((rule) => rule.id)).toEqual(["district-office-weekly-posts"])
    expect(issues.map((issue) => issue.path)).toEqual(["policy.quotas[1].id", "policy.quotas[1].minimum"])
    expect(issues.every((issue) => issue.severity === "error" && issue.message !== issue.messageEn)).toBe(true)
  })

  it("a rule id repeated later is reported and the later rule left out", () => {
    const { rules, issues } = parseQuotaRules([districtOfficeWeeklyPosts, districtOfficeWeeklyPosts])
    expect(rules).toHaveLength(1)
    expect(issues).toMatchObject([{ code: "duplicate-id", path: "rules[1].id", record: "district-office-weekly-posts" }])
  })

  it("the refinements' codes and Vietnamese messages reach the issues", () => {
    const bad: QuotaRuleInput = { ...districtOfficeWeeklyPosts, exemptions: [{ from: "2025-02-02", to: "2025-01-25" }] }
    const { issues } = parseQuotaRules([bad])
    expect(issues).toMatchObject([{ code: "invalid-exemption", path: "rules[0].exemptions[0].from" }])
    expect(issues[0]?.message).toContain("ngày bắt đầu miễn")
  })

  it("a list that is not an array is one issue, never a throw", () => {
    expect(parseQuotaRules({ nope: true }).issues).toHaveLength(1)
  })
})
