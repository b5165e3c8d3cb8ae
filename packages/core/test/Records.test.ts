import { describe, expect, it } from "vitest"
import { z } from "zod"
import { issuesFromZod, joinPath, parseRecords, parseRecordsWithIds } from "@lantoa/core"

const Schema = z.object({
  id: z.string().trim().min(1),
  staff: z.number().int().max(500),
  phones: z.array(z.string()).optional(),
  code: z.string().refine((value) => value.startsWith("HB"), {
    message: "the code must start with HB.",
    params: { vi: "mã phải bắt đầu bằng HB.", code: "bad-code" },
  }),
})

describe("record-by-record parsing with zod", () => {
  it("paths join keys with dots and indexes with brackets", () => {
    expect(joinPath("units", [3, "parents", 1, "unit"])).toBe("units[3].parents[1].unit")
    expect(joinPath("", ["units", 0])).toBe("units[0]")
  })

  it("every good record is kept with its input index, every bad one reported", () => {
    const { records, indexes, issues } = parseRecords(
      Schema,
      [
        { id: "a", staff: 10, code: "HB1" },
        { id: " ", staff: 10, code: "HB2" },
        { id: "c", staff: 10, code: "HB3" },
      ],
      "units",
    )
    expect(records.map((record) => record.id)).toEqual(["a", "c"])
    expect(indexes).toEqual([0, 2])
    expect(issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ["too-small", "units[1].id", "units[1].id: không được để trống."],
    ])
  })

  it("messages say in Vietnamese what is wrong with each field", () => {
    const input = { id: "b", staff: 900, phones: [912345678], code: "X" }
    const result = Schema.safeParse(input)
    expect(result.success).toBe(false)
    if (result.success) return
    const issues = issuesFromZod(result.error, "units[4]", input, "b")
    expect(issues.map((issue) => [issue.code, issue.path, issue.message, issue.record])).toEqual([
      ["too-big", "units[4].staff", "units[4].staff: quá lớn: tối đa 500.", "b"],
      ["invalid-type", "units[4].phones[0]", "units[4].phones[0]: sai kiểu dữ liệu: cần chuỗi ký tự.", "b"],
      ["bad-code", "units[4].code", "units[4].code: mã phải bắt đầu bằng HB.", "b"],
    ])
    expect(issues[2]?.messageEn).toBe("units[4].code: the code must start with HB.")
  })

  it("only the invalid elements of an optional list field are dropped, with a warning each", () => {
    const Roles = z.object({ id: z.string(), roles: z.array(z.enum(["teacher", "staff"])).default([]) })
    const { records, issues } = parseRecords(Roles, [{ id: "p1", roles: ["teacher", "giao-vien", "staff", 5] }], "people", {
      optional: ["roles"],
    })
    expect(records).toEqual([{ id: "p1", roles: ["teacher", "staff"] }])
    expect(issues.map((issue) => [issue.severity, issue.path])).toEqual([
      ["warning", "people[0].roles[1]"],
      ["warning", "people[0].roles[3]"],
    ])
  })

  it("a record with a bad required field is still an error, whatever its optional fields", () => {
    const { records, issues } = parseRecords(Schema, [{ id: "", staff: 1, code: "HB", phones: [3] }], "units", { optional: ["phones"] })
    expect(records).toEqual([])
    expect(issues.every((issue) => issue.severity === "error")).toBe(true)
  })
})


describe("unions read like the rest", () => {
  const Subjects = z.discriminatedUnion("type", [
    z.object({ type: z.literal("unit") }),
    z.object({ type: z.literal("person") }),
  ])
  const Rule = z.object({ id: z.string(), subjects: Subjects, at: z.union([z.string(), z.number()]) })

  it("a wrong tag of a discriminated union names the values it takes (invalid-value), in Vietnamese", () => {
    const { issues } = parseRecords(Rule, [{ id: "r", subjects: { type: "units" }, at: 1 }], "rules")
    expect(issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ["invalid-value", "rules[0].subjects.type", 'rules[0].subjects.type: giá trị không hợp lệ; chỉ nhận: "unit", "person".'],
    ])
  })

  it("a missing tag, or a missing field typed as a union, is a missing field", () => {
    const { issues } = parseRecords(Rule, [{ id: "r", subjects: {} }], "rules")
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["missing-field", "rules[0].subjects.type"],
      ["missing-field", "rules[0].at"],
    ])
  })

  it("a present value that fits no member of a plain union says so, without zod's English", () => {
    const { issues } = parseRecords(Rule, [{ id: "r", subjects: { type: "unit" }, at: true }], "rules")
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([
      ["invalid-union", "rules[0].at: dữ liệu không đúng dạng nào được chấp nhận."],
    ])
  })
})

describe("parseRecordsWithIds: a list of rules with unique ids", () => {
  const Rule = z.object({ id: z.string().min(1), minimum: z.number() })
  it("keeps the first of a repeated id, names the repeat by its path, keeps input indexes, and never throws", () => {
    const { records, indexes, issues } = parseRecordsWithIds(
      Rule,
      [{ id: "a", minimum: 1 }, { id: "b" }, { id: "a", minimum: 2 }, { id: "c", minimum: 3 }],
      "policy.quotas",
      { vi: "quy định", en: "rule" },
    )
    expect(records.map((record) => [record.id, record.minimum])).toEqual([["a", 1], ["c", 3]])
    expect(indexes).toEqual([0, 3])
    expect(issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ["missing-field", "policy.quotas[1].minimum", "policy.quotas[1].minimum: thiếu trường bắt buộc."],
      ["duplicate-id", "policy.quotas[2].id", 'policy.quotas[2].id: mã quy định "a" đã có ở trên; quy định này bị bỏ qua.'],
    ])
  })
})
