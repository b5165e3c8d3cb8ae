import { localDateOfEpochDay } from "@lantoa/core"
import { occurrencesOf, parseDeadlineTasks, withOverrides, type DeadlineTask } from "@lantoa/calendar"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const make = (id: string, due: unknown): DeadlineTask => {
  const { tasks, issues } = parseDeadlineTasks([{ id, title: { vi: `Nhiệm vụ ${id}` }, owners: { type: "kinds" }, due }])
  if (issues.length > 0 || tasks[0] === undefined) throw new Error(issues.map((issue) => issue.message).join("\n"))
  return tasks[0]
}

const listed = (tasks: ReadonlyArray<DeadlineTask>, range: Parameters<typeof occurrencesOf>[1]) =>
  occurrencesOf(tasks, range).map((occurrence) => [occurrence.id, occurrence.due])

const dates = (due: unknown, from: string, to: string): ReadonlyArray<string> =>
  occurrencesOf([make("t", due)], { from, to }).map((occurrence) => occurrence.date)

describe("one-off due dates", () => {
  it("a date is due at the end of that local day", () => {
    expect(listed([make("setup-groups", "05/11/2024")], { period: "2024-11" })).toEqual([
      ["setup-groups@2024-11-05", "2024-11-05T23:59:59.999+07:00"],
    ])
  })

  it("'trước ngày 16/11/2024' is due at the end of 15/11 and named by that day", () => {
    const [occurrence] = occurrencesOf([make("report-setup", "Trước ngày 16/11/2024")], { period: "2024-11" })
    expect([occurrence?.id, occurrence?.date, occurrence?.due]).toEqual([
      "report-setup@2024-11-15",
      "2024-11-15",
      "2024-11-15T23:59:59.999+07:00",
    ])
  })

  it("a month is due at the end of its last day and named by the month", () => {
    expect(listed([make("launch", "Tháng 12/2024")], { period: "2024-12" })).toEqual([["launch@2024-12", "2024-12-31T23:59:59.999+07:00"]])
  })

  it("the due instant and its epoch ms agree", () => {
    const [occurrence] = occurrencesOf([make("launch", "Tháng 12/2024")], { period: "2024-12" })
    expect(occurrence?.dueAt).toBe(Date.parse("2024-12-31T23:59:59.999+07:00"))
  })
})

describe("the range", () => {
  it("holds the occurrences whose due instant is in [from, to): a date is its local midnight", () => {
    const task = make("report-monthly", { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-11-01" })
    expect(listed([task], { from: "2024-11-01", to: "2024-12-01" })).toEqual([["report-monthly@2024-11", "2024-11-30T23:59:59.999+07:00"]])
    expect(listed([task], { from: "2024-11-01", to: "2024-11-30" })).toEqual([])
    expect(listed([task], { from: "2024-11-30T23:59:59.999+07:00", to: "2024-12-01T00:00:00+07:00" }).length).toBe(1)
    expect(listed([task], { from: "2024-12-01T00:00:00+07:00", to: "2024-12-02T00:00:00+07:00" })).toEqual([])
  })

  it("a period is its bounds: a school semester lists what falls due in it", () => {
    const review = make("review-hk1", { type: "school-year-event", event: "semester1-end" })
    expect(listed([review], { period: "2024-2025/HK1" })).toEqual([["review-hk1@2024-2025", "2025-01-17T23:59:59.999+07:00"]])
    expect(listed([review], { period: "2024-2025/HK2" })).toEqual([])
  })

  it("splitting a range in two splits its occurrences", () => {
    const tasks = [
      make("a", { type: "recurring", rrule: "FREQ=WEEKLY;BYDAY=MO,FR", start: "2024-09-02" }),
      make("b", { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=15,-1", start: "2024-09-01" }),
      make("c", { type: "school-year-event", event: "semester2-start", offsetDays: -3 }),
    ]
    const day = fc.integer({ min: 20_000, max: 20_700 }).map(localDateOfEpochDay)
    fc.assert(
      fc.property(day, day, day, (x, y, z) => {
        const [from, middle, to] = [x, y, z].sort()
        const whole = occurrencesOf(tasks, { from: from as string, to: to as string }).map((occurrence) => occurrence.id)
        const left = occurrencesOf(tasks, { from: from as string, to: middle as string }).map((occurrence) => occurrence.id)
        const right = occurrencesOf(tasks, { from: middle as string, to: to as string }).map((occurrence) => occurrence.id)
        expect([...left, ...right]).toEqual(whole)
      }),
      { numRuns: 100 },
    )
  })

  it("orders occurrences by due instant, then task id", () => {
    const ids = occurrencesOf([make("b", "15/11/2024"), make("a", "15/11/2024"), make("c", "14/11/2024")], { period: "2024-11" }).map(
      (occurrence) => occurrence.id,
    )
    expect(ids).toEqual(["c@2024-11-14", "a@2024-11-15", "b@2024-11-15"])
  })

  it("computes dates in the zone it is given", () => {
    expect(listed([make("x", "15/11/2024")], { period: "2024-11", timeZone: "UTC" })).toEqual([["x@2024-11-15", "2024-11-15T23:59:59.999Z"]])
  })

  it("needs a period or from and to, not both", () => {
    expect(() => occurrencesOf([], {})).toThrow(RangeError)
    expect(() => occurrencesOf([], { period: "2024-11", from: "2024-11-01" })).toThrow(RangeError)
    expect(occurrencesOf([make("x", "15/11/2024")], { from: "2024-12-01", to: "2024-11-01" })).toEqual([])
  })
})

describe("RRULE: monthly", () => {
  it("BYMONTHDAY=-1 is the last day of every month: 29/02 in a leap year, 28/02 otherwise", () => {
    const due = { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-01-01" }
    expect(dates(due, "2024-01-01", "2024-05-01")).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"])
    expect(dates(due, "2025-01-01", "2025-05-01")).toEqual(["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"])
    // Century years: 2000 is a leap year, 2100 is not.
    expect(dates({ ...due, start: "2000-01-01" }, "2000-02-01", "2000-03-01")).toEqual(["2000-02-29"])
    expect(dates({ ...due, start: "2100-01-01" }, "2100-02-01", "2100-03-01")).toEqual(["2100-02-28"])
  })

  it("BYMONTHDAY=31 skips months without a 31st (RFC 5545), -2 is the day before the last", () => {
    expect(dates({ type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=31", start: "2025-01-01" }, "2025-01-01", "2025-06-01")).toEqual([
      "2025-01-31",
      "2025-03-31",
      "2025-05-31",
    ])
    expect(dates({ type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-2", start: "2024-01-01" }, "2024-02-01", "2024-03-01")).toEqual([
      "2024-02-28",
    ])
  })

  it("several days a month are named by their dates; one day a month by its month", () => {
    const twice = occurrencesOf([make("x", { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=15,-1", start: "2024-11-01" })], {
      period: "2024-11",
    })
    expect(twice.map((occurrence) => occurrence.id)).toEqual(["x@2024-11-15", "x@2024-11-30"])
  })

  it("without BYMONTHDAY, repeats on the start's day; INTERVAL skips months", () => {
    expect(dates({ type: "recurring", rrule: "FREQ=MONTHLY;INTERVAL=3", start: "2024-11-20" }, "2024-11-01", "2025-12-01")).toEqual([
      "2024-11-20",
      "2025-02-20",
      "2025-05-20",
      "2025-08-20",
      "2025-11-20",
    ])
  })

  it("a start that does not match the rule is not itself an occurrence", () => {
    expect(dates({ type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=5", start: "2024-11-10" }, "2024-11-01", "2025-01-01")).toEqual([
      "2024-12-05",
    ])
  })
})

describe("RRULE: weekly", () => {
  it("BYDAY lists weekdays; one weekday a week is named by its ISO week", () => {
    const weekly = occurrencesOf([make("weekly-check", { type: "recurring", rrule: "FREQ=WEEKLY;BYDAY=FR", start: "2024-11-01" })], {
      period: "2024-11",
    })
    expect(weekly.map((occurrence) => occurrence.id)).toEqual([
      "weekly-check@2024-W44",
      "weekly-check@2024-W45",
      "weekly-check@2024-W46",
      "weekly-check@2024-W47",
      "weekly-check@2024-W48",
    ])
    expect(weekly.map((occurrence) => occurrence.date)).toEqual(["2024-11-01", "2024-11-08", "2024-11-15", "2024-11-22", "2024-11-29"])
  })

  it("INTERVAL=2 keeps every other week counted from the start's week", () => {
    expect(dates({ type: "recurring", rrule: "FREQ=WEEKLY;BYDAY=MO,TH;INTERVAL=2", start: "2024-11-13" }, "2024-11-01", "2024-12-10")).toEqual([
      "2024-11-14",
      "2024-11-25",
      "2024-11-28",
      "2024-12-09",
    ])
  })

  it("COUNT counts from the start even when the range begins later; UNTIL is inclusive", () => {
    const counted = { type: "recurring", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=3", start: "2024-11-04" }
    expect(dates(counted, "2024-11-01", "2025-01-01")).toEqual(["2024-11-04", "2024-11-11", "2024-11-18"])
    expect(dates(counted, "2024-11-12", "2025-01-01")).toEqual(["2024-11-18"])
    const until = { type: "recurring", rrule: "FREQ=WEEKLY;BYDAY=MO;UNTIL=20241118", start: "2024-11-04" }
    expect(dates(until, "2024-11-01", "2025-01-01")).toEqual(["2024-11-04", "2024-11-11", "2024-11-18"])
  })
})

describe("school-year events", () => {
  it("are due offsetDays after the event, every school year, named by the school year", () => {
    const review = make("review-hk1", { type: "school-year-event", event: "semester1-end", offsetDays: 7 })
    expect(listed([review], { from: "2024-09-01", to: "2026-09-01" })).toEqual([
      ["review-hk1@2024-2025", "2025-01-24T23:59:59.999+07:00"],
      ["review-hk1@2025-2026", "2026-01-24T23:59:59.999+07:00"],
    ])
  })

  it("a negative offset is before the event: 10 days before the end of the year", () => {
    const report = make("year-report", { type: "school-year-event", event: "school-year-end", offsetDays: -10 })
    expect(occurrencesOf([report], { period: "2024-2025" }).map((occurrence) => occurrence.date)).toEqual(["2025-05-20"])
  })

  it("each event falls on its school calendar's date", () => {
    const events = ["school-year-start", "semester1-end", "semester2-start", "school-year-end"].map((event) =>
      make(event, { type: "school-year-event", event }),
    )
    expect(listed(events, { period: "2024-2025" }).map(([id, due]) => `${id} ${due?.slice(0, 10)}`)).toEqual([
      "school-year-start@2024-2025 2024-09-05",
      "semester1-end@2024-2025 2025-01-17",
      "semester2-start@2024-2025 2025-01-20",
      "school-year-end@2024-2025 2025-05-30",
    ])
  })

  it("keeps only the listed school years", () => {
    const once = make("x", { type: "school-year-event", event: "semester1-end", schoolYears: ["2025-2026"] })
    expect(occurrencesOf([once], { from: "2024-01-01", to: "2028-01-01" }).map((occurrence) => occurrence.id)).toEqual(["x@2025-2026"])
  })

  it("exist only between validFrom and validTo", () => {
    const { tasks } = parseDeadlineTasks([
      {
        id: "review-hk1",
        title: { vi: "Sơ kết học kỳ I" },
        owners: { type: "kinds" },
        due: { type: "school-year-event", event: "semester1-end" },
        validFrom: "2024-11-01",
        validTo: "2026-06-30",
      },
    ])
    expect(occurrencesOf(tasks, { from: "2020-01-01", to: "2030-01-01" }).map((occurrence) => occurrence.id)).toEqual([
      "review-hk1@2024-2025",
      "review-hk1@2025-2026",
    ])
  })

  it("follows a province's overrides", () => {
    const end = make("year-end", { type: "school-year-event", event: "school-year-end" })
    const phuTho = withOverrides({}, [{ schoolYear: "2024-2025", end: "2025-05-25" }])
    expect(occurrencesOf([end], { ...phuTho, period: "2025-05" }).map((occurrence) => occurrence.date)).toEqual(["2025-05-24"])
  })
})
