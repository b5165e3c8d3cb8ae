/**
 * The five quota rules of the plan over the sample province's launch month
 * (December 2024): what the generator planted is what the rules find.
 */
import { parseActivities } from "@lantoa/core"
import { buildHierarchy, channelsOf } from "@lantoa/hierarchy"
import { evaluateQuotas, rollUpQuotas, type QuotaResult } from "@lantoa/quota"
import { generateProvince, provinceFacts } from "@lantoa/sample-province"
import { describe, expect, it } from "vitest"
import { PLAN_RULES, POLICY } from "./planRules.js"

const province = generateProvince()
const facts = provinceFacts()
const { hierarchy } = buildHierarchy(province)
const { activities } = parseActivities(province.activities)
const { results } = evaluateQuotas(PLAN_RULES, hierarchy, activities, { period: "2024-12", now: "2025-01-10T00:00:00+07:00", policy: POLICY })

const FULL_WEEKS = ["2024-W49", "2024-W50", "2024-W51", "2024-W52"]
const subjectOf = (result: QuotaResult): string => ("unit" in result.subject ? result.subject.unit : result.subject.person)

describe("the plan's rules over the sample province, December 2024", () => {
  it("the Sở, always on time, posts its 4 items every week (Nhiệm vụ 4)", () => {
    const weeks = results.filter((result) => result.rule === "department-weekly-posts" && FULL_WEEKS.includes(result.period))
    expect(weeks.map((result) => result.status)).toEqual(["met", "met", "met", "met"])
  })

  it("units planted on time meet their weekly quota every full week, unless they have no Fanpage; silent ones never post", () => {
    const weekly = results.filter((result) => result.rule.endsWith("weekly-posts") && FULL_WEEKS.includes(result.period))
    for (const result of weekly) {
      const unit = subjectOf(result)
      const profile = facts.profiles[unit]
      const hasPage = channelsOf(hierarchy, unit, "facebook-page").length > 0
      if (profile === "on-time") expect(result.status).toBe(hasPage ? "met" : "short")
      if (profile === "silent") expect(result.counted).toBe(0)
    }
    expect(weekly.length).toBe(FULL_WEEKS.length * 542)
  })

  it("party members planted as compliant meet both party-member rules (Nhiệm vụ 5)", () => {
    const compliant = new Set(facts.compliantPartyMembers)
    const theirs = results.filter(
      (result) =>
        compliant.has(subjectOf(result)) &&
        (result.period === "2024-12" || FULL_WEEKS.includes(result.period)),
    )
    expect(theirs.length).toBe(compliant.size * 5)
    expect(theirs.filter((result) => result.status !== "met")).toEqual([])
  })

  it("the Sở's roll-up of each rule and period covers every subject", () => {
    const rows = rollUpQuotas(results, hierarchy).filter((row) => row.unit === "so-gddt")
    for (const row of rows) {
      expect(row.subjects).toBe(results.filter((result) => result.rule === row.rule && result.period === row.period).length)
    }
  })
})
