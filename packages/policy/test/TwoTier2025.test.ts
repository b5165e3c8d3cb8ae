import { UNIT_KINDS, auditChannels, buildHierarchy, isSchoolKind } from "@lantoa/hierarchy"
import { PolicySchema, hoaBinh2024, policyJsonSchema, twoTier2025, validatePolicy } from "@lantoa/policy"
import { generateProvince, provinceFacts } from "@lantoa/sample-province"
import { describe, expect, it } from "vitest"
import { check } from "./jsonSchemaLite.js"

describe("twoTier2025: the plan under the two-tier local government (from 1 July 2025)", () => {
  it("is another policy document, accepted by the same validation and the same JSON Schema", () => {
    expect(twoTier2025.id).toBe("two-tier-2025")
    expect(validatePolicy(JSON.parse(JSON.stringify(twoTier2025))).issues).toEqual([])
    expect(PolicySchema.safeParse(twoTier2025).success).toBe(true)
    expect(check(policyJsonSchema(), JSON.parse(JSON.stringify(twoTier2025)))).toEqual([])
  })

  it("has no Phòng GD&ĐT: no rule names the district-office kind", () => {
    expect(JSON.stringify(twoTier2025)).not.toContain("district-office")
  })

  it("keeps the plan's quotas for schools, the Sở and party members unchanged", () => {
    for (const id of ["unit-weekly-posts", "department-weekly-posts", "party-member-weekly", "party-member-monthly"]) {
      expect(twoTier2025.quotas.find((rule) => rule.id === id), id).toEqual(hoaBinh2024.quotas.find((rule) => rule.id === id))
    }
  })

  it("marks every commune-level rule as a proposal, not in the plan, valid from 2025-07-01", () => {
    const proposals = [...twoTier2025.quotas, ...twoTier2025.channels].filter((rule) => rule.proposal !== undefined)
    expect(proposals.map((rule) => rule.id)).toEqual([
      "commune-weekly-posts",
      "commune-facebook-page",
      "commune-zalo-group",
      "commune-messenger-group",
    ])
    for (const rule of proposals) {
      expect(rule.proposal?.vi, rule.id).toMatch(/^Đề xuất, chưa có trong kế hoạch/)
      expect(rule.proposal?.en, rule.id).toMatch(/^Proposal, not in the plan/)
      expect(rule.validFrom, rule.id).toBe("2025-07-01")
      expect(rule.source, rule.id).toBeUndefined()
    }
    const commune = twoTier2025.quotas.find((rule) => rule.id === "commune-weekly-posts")
    expect(commune?.subjects).toEqual({ type: "unit", kinds: ["commune"] })
  })

  it("every rule either quotes the plan with its section or is marked as a proposal", () => {
    for (const rule of [...twoTier2025.quotas, ...twoTier2025.channels]) {
      expect(rule.source !== undefined || rule.proposal !== undefined, rule.id).toBe(true)
    }
  })

  it("asks schools for the plan's channels, and communes for the proposed ones", () => {
    const schools = UNIT_KINDS.filter(isSchoolKind)
    expect(twoTier2025.channels.find((rule) => rule.id === "unit-zalo-group")?.units.kinds).toEqual(schools)
    expect(twoTier2025.channels.find((rule) => rule.id === "commune-zalo-group")?.members).toEqual([
      { scope: "unit", roles: ["office-leader", "specialist"] },
      { scope: "children", roles: ["principal"] },
    ])
  })

  it("audits the sample province after the reform: the schools' planted faults, and every commune's proposed channels missing", () => {
    const { hierarchy, issues } = buildHierarchy(generateProvince({ variant: "two-tier-2025", activities: false }))
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([])
    const entries = auditChannels(hierarchy, twoTier2025.channels, { on: "2025-09-15" })
    const proposed = new Set(twoTier2025.channels.filter((rule) => rule.proposal !== undefined).map((rule) => rule.id))
    const planFaults = entries
      .filter((entry) => entry.status !== "ok" && !proposed.has(entry.requirement))
      .map((entry) => `${entry.unit} ${entry.requirement} ${entry.status}`)
      .sort()
    const officeIds = new Set(hierarchy.units.filter((unit) => unit.kind === "district-office").map((unit) => unit.id))
    const planted = provinceFacts({ variant: "two-tier-2025" })
      .channelFaults.filter((fault) => !officeIds.has(fault.unit))
      .map((fault) => `${fault.unit} unit-${fault.platform} ${fault.fault}`)
      .sort()
    expect(planFaults).toEqual(planted)
    const communes = hierarchy.units.filter((unit) => unit.kind === "commune")
    const communeEntries = entries.filter((entry) => proposed.has(entry.requirement))
    expect(communeEntries).toHaveLength(communes.length * 3)
    expect(communeEntries.every((entry) => entry.status === "missing")).toBe(true)
    // Before the reform, none of the proposed rules applies.
    const before = auditChannels(hierarchy, twoTier2025.channels, { on: "2025-06-30" })
    expect(before.some((entry) => proposed.has(entry.requirement))).toBe(false)
  })
})
