import { DeadlineDueSchema, DeadlineTaskSchema, parseDeadlineTasks, type DeadlineTaskInput } from "@lantoa/calendar"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const task = (due: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "report-setup",
  title: { vi: "Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT" },
  owners: { type: "kinds", kinds: ["district-office"] },
  due,
  ...extra,
})

const messages = (input: unknown): ReadonlyArray<string> => parseDeadlineTasks(input, "policy.deadlines").issues.map((issue) => issue.message)

describe("DeadlineTaskSchema", () => {
  it("reads each due form the plan uses", () => {
    const forms: ReadonlyArray<DeadlineTaskInput["due"]> = [
      { type: "date", date: "2024-11-05" },
      { type: "before", date: "2024-11-16" },
      { type: "month", month: "2024-12" },
      { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-12-01" },
      { type: "recurring", rrule: "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;INTERVAL=2;COUNT=10", start: "2024-11-11" },
      { type: "school-year-event", event: "semester1-end", offsetDays: 7, schoolYears: ["2024-2025"] },
    ]
    for (const due of forms) expect(DeadlineTaskSchema.safeParse(task(due)).success).toBe(true)
  })

  it("reads a due date as the plan words it, with core's parseDueDate", () => {
    expect(DeadlineDueSchema.parse("15/11/2024")).toEqual({ type: "date", date: "2024-11-15" })
    expect(DeadlineDueSchema.parse("Trước ngày 16/11/2024")).toEqual({ type: "before", date: "2024-11-16" })
    expect(DeadlineDueSchema.parse("Tháng 12/2024")).toEqual({ type: "month", month: "2024-12" })
    expect(DeadlineDueSchema.parse("thoi han: 05/11/2024")).toEqual({ type: "date", date: "2024-11-05" })
  })

  it("defaults a school-year event's offset to 0 days", () => {
    expect(DeadlineDueSchema.parse({ type: "school-year-event", event: "school-year-end" })).toEqual({
      type: "school-year-event",
      event: "school-year-end",
      offsetDays: 0,
    })
  })

  it("accepts the three kinds of owners: unit kinds, a list of units, roles", () => {
    for (const owners of [
      { type: "kinds" },
      { type: "kinds", kinds: ["district-office", "upper-secondary"] },
      { type: "units", units: ["so"] },
      { type: "roles", roles: ["communication-officer"], unitKinds: ["upper-secondary"] },
    ])
      expect(DeadlineTaskSchema.safeParse(task("05/11/2024", { owners })).success).toBe(true)
  })
})

describe("parseDeadlineTasks", () => {
  it("keeps valid tasks in input order and reports each bad one by record and field, in Vietnamese", () => {
    const { tasks, issues } = parseDeadlineTasks(
      [
        task("05/11/2024", { id: "setup-groups" }),
        task("thường xuyên", { id: "weekly-posts" }),
        task({ type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=0", start: "2024-12-01" }, { id: "report-monthly" }),
        task("Tháng 12/2024", { id: "launch" }),
      ],
      "policy.deadlines",
    )
    expect(tasks.map((item) => item.id)).toEqual(["setup-groups", "launch"])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path, issue.record])).toEqual([
      ["error", "unreadable-due-date", "policy.deadlines[1].due", "weekly-posts"],
      ["error", "invalid-rrule", "policy.deadlines[2].due.rrule", "report-monthly"],
    ])
    expect(issues[0]?.message).toBe(
      'policy.deadlines[1].due: không đọc được hạn chót "thường xuyên"; hãy viết ví dụ "15/11/2024", "Trước ngày 16/11/2024", "Tháng 12/2024" hoặc một đối tượng.',
    )
    expect(issues[1]?.messageEn).toBe('policy.deadlines[2].due.rrule: BYMONTHDAY takes 1 to 31 or -1 to -31 (-1 is the last day), got "0".')
  })

  it("names a wrong or missing type and lists the values it takes", () => {
    expect(messages([task({ type: "weekly" })])).toEqual([
      'policy.deadlines[0].due.type: giá trị không hợp lệ; chỉ nhận: "date", "before", "month", "recurring", "school-year-event".',
    ])
    expect(messages([task("05/11/2024", { owners: { kinds: ["district-office"] } })])).toEqual([
      'policy.deadlines[0].owners.type: thiếu trường bắt buộc; chỉ nhận: "kinds", "units", "roles", "reporting-to".',
    ])
  })

  it("explains RRULEs outside the subset", () => {
    const rrule = (text: string) => messages([task({ type: "recurring", rrule: text, start: "2024-12-01" })])[0]
    expect(rrule("FREQ=DAILY")).toContain("FREQ phải là WEEKLY (hằng tuần) hoặc MONTHLY (hằng tháng)")
    expect(rrule("FREQ=MONTHLY;BYSETPOS=-1")).toContain('RRULE có phần "BYSETPOS" chưa được hỗ trợ')
    expect(rrule("FREQ=MONTHLY;BYDAY=MO")).toContain("BYDAY chưa được hỗ trợ với FREQ=MONTHLY")
    expect(rrule("FREQ=WEEKLY;BYDAY=XX")).toContain("BYDAY chỉ nhận MO, TU, WE, TH, FR, SA, SU")
    expect(rrule("FREQ=WEEKLY;COUNT=3;UNTIL=20250101")).toContain("không được có cả COUNT và UNTIL")
    expect(rrule("FREQ=WEEKLY;UNTIL=20250101T000000Z")).toContain("UNTIL phải là một ngày dạng YYYYMMDD")
    expect(rrule("FREQ=WEEKLY;UNTIL=20241101")).toContain("UNTIL trước ngày bắt đầu (start)")
    expect(rrule("FREQ=WEEKLY;INTERVAL=0")).toContain("INTERVAL phải là số nguyên dương")
    expect(rrule("FREQ=WEEKLY;WKST=SU")).toContain("WKST chỉ nhận MO")
    expect(rrule("FREQ=WEEKLY;BYDAY=MO;BYDAY=TU")).toContain('RRULE có phần "BYDAY" hai lần')
    expect(rrule("FREQ")).toContain("không có dạng KHÓA=GIÁ_TRỊ")
  })

  it("refuses impossible dates, bad months, bad school years and offsets beyond a year", () => {
    expect(messages([task({ type: "date", date: "2025-02-29" })])).toEqual([
      "policy.deadlines[0].due.date: cần một ngày dạng YYYY-MM-DD, ví dụ 2025-07-01.",
    ])
    expect(messages([task({ type: "month", month: "2024-13" })])).toEqual([
      "policy.deadlines[0].due.month: cần một tháng dạng YYYY-MM, ví dụ 2024-12.",
    ])
    expect(messages([task({ type: "school-year-event", event: "semester1-end", schoolYears: ["2024-2026"] })])).toEqual([
      "policy.deadlines[0].due.schoolYears[0]: cần một năm học dạng 2024-2025.",
    ])
    expect(messages([task({ type: "school-year-event", event: "semester1-end", offsetDays: 400 })])).toEqual([
      "policy.deadlines[0].due.offsetDays: quá lớn: tối đa 366.",
    ])
  })

  it("refuses a validity that ends before it starts", () => {
    expect(messages([task("05/11/2024", { validFrom: "2025-01-01", validTo: "2024-01-01" })])).toEqual([
      "policy.deadlines[0].validFrom: ngày bắt đầu hiệu lực (validFrom) sau ngày hết hiệu lực (validTo).",
    ])
  })

  it("refuses unknown fields, ids that are not kebab-case, and a second task with the same id", () => {
    expect(messages([task("05/11/2024", { deadline: "x" })])).toEqual(['policy.deadlines[0]: có trường không được phép: "deadline".'])
    expect(messages([task("05/11/2024", { id: "Setup Groups" })])).toEqual([
      "policy.deadlines[0].id: mã nhiệm vụ viết thường không dấu, nối bằng dấu gạch ngang, ví dụ setup-groups.",
    ])
    const { tasks, issues } = parseDeadlineTasks([task("05/11/2024"), task("15/11/2024")])
    expect(tasks.length).toBe(1)
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["duplicate-id", "tasks[1].id"]])
  })

  it("never throws, whatever it is given, and keeps only what the schema accepts", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseDeadlineTasks(input)
        for (const item of result.tasks) expect(DeadlineTaskSchema.safeParse(item).success).toBe(true)
      }),
      { numRuns: 300 },
    )
    // Every record is either kept or has at least one error naming it.
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), title: fc.anything(), due: fc.oneof(fc.string(), fc.anything()), owners: fc.anything() })), (input) => {
        const result = parseDeadlineTasks(input)
        const failed = new Set(result.issues.filter((issue) => issue.severity === "error").map((issue) => /^tasks\[(\d+)\]/.exec(issue.path)?.[1]))
        expect(result.tasks.length + failed.size).toBe(input.length)
      }),
      { numRuns: 200 },
    )
  })

  it("a non-list is one issue and no tasks; nothing is no tasks and no issue", () => {
    expect(parseDeadlineTasks({ id: "x" }).issues.map((issue) => issue.code)).toEqual(["invalid-type"])
    expect(parseDeadlineTasks(undefined)).toEqual({ tasks: [], issues: [] })
  })
})
