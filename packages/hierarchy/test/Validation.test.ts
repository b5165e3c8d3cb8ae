import { HIERARCHY_ISSUE_CODES, buildHierarchy, parentOf, treeAt, validateRoster } from "@lantoa/hierarchy"
import type { DataIssue } from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lacSon } from "./fixtures.js"

const so = { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" }
const brief = (issues: ReadonlyArray<DataIssue>) => issues.map((issue) => [issue.code, issue.path])

describe("validateRoster", () => {
  it("a repeated id keeps the first record and reports the later one, for units, people and channels", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [so, { id: "th-a", name: "Trường TH A", kind: "primary", parent: "so" }, { ...so, name: "Sở (bản sao)" }],
      people: [
        { id: "gv-1", name: "An", unit: "th-a" },
        { id: "gv-1", name: "Bình", unit: "so" },
      ],
      channels: [
        { id: "fb", unit: "so", platform: "facebook-page", name: "Sở" },
        { id: "fb", unit: "th-a", platform: "facebook-page", name: "TH A" },
      ],
    })
    expect(brief(issues)).toEqual([
      ["duplicate-id", "units[2].id"],
      ["duplicate-id", "people[1].id"],
      ["duplicate-id", "channels[1].id"],
    ])
    expect(issues[0]?.message).toBe('units[2].id: mã đơn vị "so" đã có ở units[0]; bản ghi này bị bỏ qua.')
    expect(issues[0]?.messageEn).toBe('units[2].id: unit id "so" already appears at units[0]; this record is ignored.')
    expect(hierarchy.units.find((unit) => unit.id === "so")?.name).toBe("Sở GD&ĐT Hòa Bình")
    expect(hierarchy.people.map((person) => person.name)).toEqual(["An"])
    expect(hierarchy.channels.map((channel) => channel.unit)).toEqual(["so"])
  })

  it("a link to a unit that does not exist is dropped and the unit becomes a root, with an issue at the link", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [so, { id: "th-a", name: "Trường TH A", kind: "primary", parent: "pgd-x" }],
    })
    expect(brief(issues)).toEqual([["unknown-parent", "units[1].parent"]])
    expect(issues[0]?.message).toContain('không có đơn vị mã "pgd-x" để làm đơn vị cấp trên của "th-a"')
    expect(treeAt(hierarchy, "2025-01-01").roots).toEqual(["so", "th-a"])
  })

  it("the path of an unknown dated parent names the edge's unit field", () => {
    const issues = validateRoster({
      units: [so, { id: "th-a", name: "A", kind: "primary", parents: [{ unit: "so" }, { unit: "xa-x", validFrom: "2025-07-01" }] }],
    })
    expect(brief(issues)).toEqual([["unknown-parent", "units[1].parents[1].unit"]])
  })

  it("a unit cannot be its own parent", () => {
    const issues = validateRoster({ units: [{ ...so, parent: "so" }] })
    expect(brief(issues)).toEqual([["self-parent", "units[0].parent"]])
  })

  it("a cycle is broken at the unit with the smallest id, and the issue names every unit in it", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [
        { id: "c", name: "C", kind: "other", parent: "a" },
        { id: "a", name: "A", kind: "other", parent: "b" },
        { id: "b", name: "B", kind: "other", parent: "c" },
        { id: "d", name: "D", kind: "other", parent: "b" },
      ],
    })
    expect(brief(issues)).toEqual([["cycle", "units[1].parent"]])
    expect(issues[0]?.message).toBe(
      'units[1].parent: các đơn vị tạo thành vòng lặp cấp trên "a" → "b" → "c" → "a" (mọi ngày); để phá vòng, bỏ liên kết từ "a" lên "b" trong thời gian đó.',
    )
    expect(issues[0]?.record).toBe("a")
    const tree = treeAt(hierarchy, "2025-01-01")
    expect(tree.roots).toEqual(["a"])
    expect(tree.pathOf("d")).toEqual(["a", "c", "b", "d"])
  })

  it("a cycle that exists only on some dates is reported with those dates and broken only then", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [
        { id: "a", name: "A", kind: "other", parents: [{ unit: "b", validFrom: "2025-07-01" }] },
        { id: "b", name: "B", kind: "other", parent: "a" },
      ],
    })
    expect(brief(issues)).toEqual([["cycle", "units[0].parents[0].unit"]])
    expect(issues[0]?.message).toContain("(từ ngày 01/07/2025)")
    expect(issues[0]?.messageEn).toContain("(from 2025-07-01)")
    expect(parentOf(hierarchy, "b", "2025-06-30")).toBe("a")
    expect(parentOf(hierarchy, "b", "2025-07-01")).toBe("a")
    expect(parentOf(hierarchy, "a", "2025-07-01")).toBeUndefined()
  })

  it("a person or a channel of an unknown unit is kept with a warning", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [so],
      people: [{ id: "gv-1", name: "An", unit: "th-x" }],
      channels: [{ id: "fb", unit: "th-x", platform: "facebook-page", name: "X" }],
    })
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["warning", "unknown-unit", "people[0].unit"],
      ["warning", "unknown-unit", "channels[0].unit"],
    ])
    expect(hierarchy.people).toHaveLength(1)
    expect(hierarchy.channels).toHaveLength(1)
  })

  it("an admin or member who is not in the list of people is reported at its position", () => {
    const issues = validateRoster({
      units: [so],
      people: [{ id: "gv-1", name: "An", unit: "so" }],
      channels: [{ id: "zl", unit: "so", platform: "zalo-group", name: "Z", admins: ["gv-9"], members: ["gv-1", "gv-8"] }],
    })
    expect(brief(issues)).toEqual([
      ["unknown-person", "channels[0].admins[0]"],
      ["unknown-person", "channels[0].members[1]"],
    ])
    expect(issues[0]?.message).toBe(
      'channels[0].admins[0]: quản trị viên "gv-9" của kênh "zl" không có trong danh sách nhân sự.',
    )
  })

  it("two parents on the same day are reported and the one listed first counts on that day", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [
        so,
        { id: "pgd", name: "Phòng", kind: "district-office", parent: "so" },
        { id: "xa", name: "Xã", kind: "commune", parent: "so" },
        {
          id: "th",
          name: "TH",
          kind: "primary",
          parents: [
            { unit: "pgd", validTo: "2025-07-01" },
            { unit: "xa", validFrom: "2025-07-01" },
          ],
        },
      ],
    })
    expect(brief(issues)).toEqual([["overlapping-edges", "units[3].parents[1]"]])
    expect(issues[0]?.message).toContain('"pgd" (units[3].parents[0]) và "xa" (units[3].parents[1]), ngày 01/07/2025')
    expect(parentOf(hierarchy, "th", "2025-07-01")).toBe("pgd")
    expect(parentOf(hierarchy, "th", "2025-07-02")).toBe("xa")
  })

  it("an edge whose stated dates reach outside its unit's life is a warning", () => {
    const issues = validateRoster({
      units: [
        so,
        { id: "th", name: "TH", kind: "primary", validFrom: "2020-09-01", parents: [{ unit: "so", validFrom: "2019-01-01" }] },
        { id: "th2", name: "TH2", kind: "primary", validTo: "2020-01-01", parents: [{ unit: "so", validFrom: "2021-01-01" }] },
      ],
    })
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["warning", "edge-outside-validity", "units[1].parents[0]"],
      ["warning", "edge-outside-validity", "units[2].parents[0]"],
    ])
    expect(issues[1]?.message).toContain("liên kết không bao giờ được dùng")
  })

  it("a school pointing to a Phòng dissolved before is reported, and has no parent on those dates", () => {
    const roster = lacSon()
    const units = roster.units.map((unit) =>
      unit.id === "mn-hoa-ban" ? { id: unit.id, name: unit.name, kind: unit.kind, parent: "pgd-lac-son" } : unit,
    )
    const { hierarchy, issues } = buildHierarchy({ ...roster, units })
    expect(brief(issues)).toEqual([["inactive-parent", "units[4].parent"]])
    expect(issues[0]?.message).toBe(
      'units[4].parent: đơn vị cấp trên "pgd-lac-son" của "mn-hoa-ban" không hoạt động từ ngày 01/07/2025 (đơn vị này hoạt động đến ngày 30/06/2025); trong thời gian đó "mn-hoa-ban" không có cấp trên.',
    )
    expect(issues[0]?.messageEn).toBe(
      'units[4].parent: the parent "pgd-lac-son" of "mn-hoa-ban" does not exist from 2025-07-01 (it exists until 2025-06-30); on those dates "mn-hoa-ban" has no parent.',
    )
    expect(parentOf(hierarchy, "mn-hoa-ban", "2025-06-30")).toBe("pgd-lac-son")
    expect(treeAt(hierarchy, "2025-07-01").roots).toEqual(["mn-hoa-ban", "so"])
  })

  it("validFrom after validTo drops an edge, and is ignored on a unit or a person", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [
        so,
        { id: "th", name: "TH", kind: "primary", validFrom: "2026-01-01", validTo: "2025-01-01", parent: "so" },
        { id: "th2", name: "TH2", kind: "primary", parents: [{ unit: "so", validFrom: "2025-07-01", validTo: "2025-06-30" }] },
      ],
      people: [{ id: "gv", name: "An", unit: "th", validFrom: "2025-02-01", validTo: "2025-01-31" }],
    })
    expect(brief(issues)).toEqual([
      ["invalid-validity", "units[1].validTo"],
      ["invalid-validity", "units[2].parents[0].validTo"],
      ["invalid-validity", "people[0].validTo"],
    ])
    expect(parentOf(hierarchy, "th", "2000-01-01")).toBe("so")
    expect(parentOf(hierarchy, "th2", "2025-07-01")).toBeUndefined()
    expect(hierarchy.people[0]?.validFrom).toBeUndefined()
  })

  it("a unit giving both parent and parents uses parents and reports parent", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [so, { id: "xa", name: "Xã", kind: "commune", parent: "so" }, { id: "th", name: "TH", kind: "primary", parent: "so", parents: [{ unit: "xa" }] }],
    })
    expect(brief(issues)).toEqual([["parent-and-parents", "units[2].parent"]])
    expect(parentOf(hierarchy, "th", "2025-01-01")).toBe("xa")
  })

  it("a malformed record is reported with its field path and the rest still builds", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [so, { id: "th", name: "TH", kind: "school", parent: "so" }, { id: "th2", name: "TH2", kind: "primary", parent: "so", validFrom: "2025-02-30" }],
      people: [{ id: "gv", unit: "so" }],
    })
    expect(brief(issues)).toEqual([
      ["invalid-value", "units[1].kind"],
      ["invalid-date", "units[2].validFrom"],
      ["missing-field", "people[0].name"],
    ])
    expect(issues.map((issue) => issue.severity)).toEqual(["error", "warning", "error"])
    // A bad optional cell (validFrom) loses the cell, not the unit.
    expect(hierarchy.units.map((unit) => unit.id)).toEqual(["so", "th2"])
  })

  it("a blank optional cell counts as absent: a Sở with parent \"\" is still the root", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [{ ...so, parent: "", validTo: null }, { id: "th", name: "TH", kind: "primary", parent: "so", validFrom: " " }],
      people: [{ id: "gv", name: "Giáo viên", unit: "th", phone: "", roles: ["teacher"] }],
    })
    expect(issues).toEqual([])
    expect(parentOf(hierarchy, "th", "2025-01-01")).toBe("so")
  })

  it("a phone number Excel stored as a number is read in its national form", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [so],
      people: [{ id: "gv", name: "Giáo viên", unit: "so", phone: 912345678 }],
    })
    expect(issues).toEqual([])
    expect(hierarchy.people[0]?.phone).toBe("0912345678")
  })

  it("an invalid phone number is dropped with a warning that never shows the number", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [so],
      people: [{ id: "gv", name: "Giáo viên", unit: "so", phone: "0912 3456" }],
    })
    expect(brief(issues)).toEqual([["invalid-phone", "people[0].phone"]])
    expect(issues[0]?.severity).toBe("warning")
    expect(issues[0]?.message).not.toMatch(/\d{4}/)
    expect(hierarchy.people[0]).not.toHaveProperty("phone")
  })

  it("one unknown role loses that role, not the person", () => {
    const { hierarchy, issues } = buildHierarchy({
      units: [so],
      people: [{ id: "gv", name: "Giáo viên", unit: "so", roles: ["teacher", "giao-vien"], partyMember: true }],
    })
    expect(brief(issues)).toEqual([["invalid-value", "people[0].roles[1]"]])
    expect(hierarchy.people[0]).toMatchObject({ id: "gv", roles: ["teacher"], partyMember: true })
  })

  it("issue paths carry the roster's place in a larger document", () => {
    const issues = validateRoster({ units: [{ ...so, parent: "x" }] }, { path: "dataset" })
    expect(brief(issues)).toEqual([["unknown-parent", "dataset.units[0].parent"]])
  })

  it("every code reported is documented in HIERARCHY_ISSUE_CODES with its severity", () => {
    const issues = validateRoster({
      units: [
        so,
        { ...so },
        { id: "a", name: "A", kind: "other", parent: "b", parents: [{ unit: "b" }, { unit: "b" }] },
        { id: "b", name: "B", kind: "other", parent: "a", validTo: "2020-01-01" },
        { id: "c", name: "C", kind: "other", parents: [{ unit: "c" }, { unit: "zz" }, { unit: "so", validFrom: "2030-01-01", validTo: "2029-01-01" }] },
      ],
      people: [{ id: "p", name: "P", unit: "zz" }],
      channels: [{ id: "ch", unit: "zz", platform: "website", name: "W", admins: ["q"] }],
    })
    const codes = new Set(issues.map((issue) => issue.code))
    for (const code of ["duplicate-id", "parent-and-parents", "overlapping-edges", "inactive-parent", "cycle", "self-parent", "unknown-parent", "invalid-validity", "unknown-unit", "unknown-person"]) {
      expect(codes).toContain(code)
    }
    for (const issue of issues) expect(HIERARCHY_ISSUE_CODES[issue.code]?.severity).toBe(issue.severity)
  })

  it("a phone number never appears in any message, even in a broken record", () => {
    const issues = validateRoster({
      units: [so],
      people: [
        { id: "gv-1", name: "An", unit: "zz", phone: "0912345678" },
        { id: "gv-1", name: "An", unit: "so", phone: "0912345678", roles: ["boss"] },
        { id: "gv-1", name: "An", unit: "so", phone: 912345678 },
      ],
    })
    expect(issues.length).toBeGreaterThan(0)
    for (const issue of issues) {
      expect(issue.message).not.toContain("912345678")
      expect(issue.messageEn).not.toContain("912345678")
    }
  })

  it("Vietnamese messages are in NFC with full diacritics", () => {
    const issues = validateRoster({ units: [{ ...so, parent: "x" }], people: [{ id: "p", name: "P", unit: "zz" }] })
    for (const issue of issues) expect(issue.message).toBe(issue.message.normalize("NFC"))
    expect(issues[1]?.message).toContain("nhân sự")
  })

  it("validation never throws and every issue names a path, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.anything(), { maxLength: 5 }), (units, people) => {
        for (const input of [units, { units, people }, { units: [units], people: [people] }]) {
          for (const issue of validateRoster(input)) expect(typeof issue.path).toBe("string")
        }
      }),
      { numRuns: 200 },
    )
  })
})
