import { describe, expect, it } from "vitest"
import { dataIssue, hasErrors, issueMessage, sortIssues } from "@lantoa/core"

describe("data issues", () => {
  const issue = dataIssue("error", "duplicate-id", "units[4].id", {
    vi: "mã đơn vị \"th-a\" bị trùng.",
    en: "unit id \"th-a\" is duplicated.",
  }, "th-a")

  it("an issue's messages name the record's path, in Vietnamese and in English", () => {
    expect(issue).toEqual({
      severity: "error",
      code: "duplicate-id",
      path: "units[4].id",
      message: "units[4].id: mã đơn vị \"th-a\" bị trùng.",
      messageEn: "units[4].id: unit id \"th-a\" is duplicated.",
      record: "th-a",
    })
    expect(issueMessage(issue)).toBe(issue.message)
    expect(issueMessage(issue, "en")).toBe(issue.messageEn)
  })

  it("only errors count as errors", () => {
    const warning = dataIssue("warning", "missing-offset", "activities[0].at", { vi: "a", en: "a" })
    expect(hasErrors([warning])).toBe(false)
    expect(hasErrors([warning, issue])).toBe(true)
  })

  it("issues read in input order: by list, then by record index, then as found", () => {
    const at = (path: string) => dataIssue("error", "x", path, { vi: "x", en: "x" })
    const sorted = sortIssues(
      [at("people[1].unit"), at("units[10].kind"), at("units[2].parent"), at("dataset"), at("units[2].id"), at("units")],
      ["units", "people"],
    )
    expect(sorted.map((entry) => entry.path)).toEqual([
      "dataset",
      "units",
      "units[2].parent",
      "units[2].id",
      "units[10].kind",
      "people[1].unit",
    ])
  })
})
