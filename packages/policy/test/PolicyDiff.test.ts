import { diffPolicies, hoaBinh2024, twoTier2025, type Policy } from "@lantoa/policy"
import { describe, expect, it } from "vitest"

describe("diffPolicies", () => {
  it("a policy compared with itself has no changes", () => {
    expect(diffPolicies(hoaBinh2024, hoaBinh2024)).toEqual({
      from: { id: "hoa-binh-2024", version: "1.0.0" },
      to: { id: "hoa-binh-2024", version: "1.0.0" },
      changes: [],
    })
  })

  it("lists header fields and the rules changed, with the fields that changed", () => {
    const stricter: Policy = {
      ...hoaBinh2024,
      version: "1.1.0",
      quotas: hoaBinh2024.quotas.map((rule) =>
        rule.id === "district-office-weekly-posts" ? { ...rule, minimum: 5, cap: 10 } : rule,
      ),
    }
    expect(diffPolicies(hoaBinh2024, stricter).changes).toEqual([
      { section: "header", change: "changed", fields: ["version"] },
      { section: "quotas", change: "changed", id: "district-office-weekly-posts", fields: ["minimum", "cap"] },
    ])
  })

  it("from the 2024 plan to the two-tier preset: the Phòng's quota removed, the commune's added, the groups changed", () => {
    const changes = diffPolicies(hoaBinh2024, twoTier2025).changes
    expect(changes.filter((change) => change.change !== "changed")).toEqual([
      { section: "quotas", change: "removed", id: "district-office-weekly-posts" },
      { section: "quotas", change: "added", id: "commune-weekly-posts" },
      { section: "channels", change: "added", id: "commune-facebook-page" },
      { section: "channels", change: "added", id: "commune-zalo-group" },
      { section: "channels", change: "added", id: "commune-messenger-group" },
      // The 2024 setup tasks are over; the periodic reports and reviews carry on (changed).
      ...["setup-plan", "setup-groups", "setup-fanpages", "report-setup", "launch"].map((id) => ({
        section: "deadlines",
        change: "removed",
        id,
      })),
    ])
    expect(changes.find((change) => change.id === "report-monthly")).toEqual({
      section: "deadlines",
      change: "changed",
      id: "report-monthly",
      fields: ["due"],
    })
    expect(changes.find((change) => change.id === "department-zalo-group")).toEqual({
      section: "channels",
      change: "changed",
      id: "department-zalo-group",
      fields: ["naming", "members"],
    })
    expect(changes[0]).toEqual({ section: "header", change: "changed", fields: ["id", "name", "description", "featuring"] })
  })

  it("the order of keys inside a rule is not a change", () => {
    const reordered: Policy = {
      ...hoaBinh2024,
      quotas: hoaBinh2024.quotas.map((rule) => Object.fromEntries(Object.entries(rule).reverse()) as typeof rule),
    }
    expect(diffPolicies(hoaBinh2024, reordered).changes).toEqual([])
  })
})
