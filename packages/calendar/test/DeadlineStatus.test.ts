import { deadlineStatuses, parseCompletions, type CompletionRecord, type DeadlineStatusOptions, type DeadlineTask } from "@lantoa/calendar"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lacSon, task } from "./fixtures.js"

const hierarchy = lacSon()
const LATER = "2027-01-01T00:00:00+07:00"

/** The status of one occurrence for one unit after some completions. */
const statusOf = (
  item: DeadlineTask,
  occurrence: string,
  completions: ReadonlyArray<CompletionRecord>,
  options: Partial<DeadlineStatusOptions> = {},
  unit = "thcs-lac-son",
) => {
  const { statuses } = deadlineStatuses([item], hierarchy, completions, { from: "2024-01-01", to: "2027-01-01", now: LATER, ...options })
  return statuses.find((entry) => entry.occurrence === occurrence && entry.unit === unit)?.status
}

const done = (item: DeadlineTask, at: string, occurrence?: string): CompletionRecord =>
  occurrence === undefined ? { task: item.id, unit: "thcs-lac-son", at } : { task: item.id, unit: "thcs-lac-son", at, occurrence }

describe("on time or late: 23:59 on the due day is on time, 00:01 the next day is late", () => {
  const forms: ReadonlyArray<{ name: string; item: DeadlineTask; occurrence: string; day: string; next: string }> = [
    { name: "a date (05/11/2024)", item: task("setup-groups", "05/11/2024"), occurrence: "setup-groups@2024-11-05", day: "2024-11-05", next: "2024-11-06" },
    {
      name: "'trước ngày 16/11/2024' (due 15/11)",
      item: task("report-setup", "Trước ngày 16/11/2024"),
      occurrence: "report-setup@2024-11-15",
      day: "2024-11-15",
      next: "2024-11-16",
    },
    { name: "a month (Tháng 12/2024)", item: task("launch", "Tháng 12/2024"), occurrence: "launch@2024-12", day: "2024-12-31", next: "2025-01-01" },
    {
      name: "a monthly RRULE on the last day (November 2024)",
      item: task("report-monthly", { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-11-01" }),
      occurrence: "report-monthly@2024-11",
      day: "2024-11-30",
      next: "2024-12-01",
    },
    {
      name: "a monthly RRULE in a leap February (29/02/2024)",
      item: task("report-feb", { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-02-01" }),
      occurrence: "report-feb@2024-02",
      day: "2024-02-29",
      next: "2024-03-01",
    },
    {
      name: "a weekly RRULE on Fridays (2024-W46)",
      item: task("weekly-check", { type: "recurring", rrule: "FREQ=WEEKLY;BYDAY=FR", start: "2024-11-15" }),
      occurrence: "weekly-check@2024-W46",
      day: "2024-11-15",
      next: "2024-11-16",
    },
    {
      name: "the end of semester I (17/01/2025)",
      item: task("review-hk1", { type: "school-year-event", event: "semester1-end" }),
      occurrence: "review-hk1@2024-2025",
      day: "2025-01-17",
      next: "2025-01-18",
    },
    {
      name: "a week after the end of semester I (24/01/2025)",
      item: task("report-hk1", { type: "school-year-event", event: "semester1-end", offsetDays: 7 }),
      occurrence: "report-hk1@2024-2025",
      day: "2025-01-24",
      next: "2025-01-25",
    },
    {
      name: "10 days before the end of the school year (20/05/2025)",
      item: task("report-year", { type: "school-year-event", event: "school-year-end", offsetDays: -10 }),
      occurrence: "report-year@2024-2025",
      day: "2025-05-20",
      next: "2025-05-21",
    },
  ]

  it.each(forms)("$name", ({ item, occurrence, day, next }) => {
    expect(statusOf(item, occurrence, [done(item, `${day}T23:59:00+07:00`)])).toBe("done-on-time")
    expect(statusOf(item, occurrence, [done(item, `${next}T00:01:00+07:00`)])).toBe("done-late")
    expect(statusOf(item, occurrence, [done(item, `${day}T16:59:59.999Z`)])).toBe("done-on-time") // 23:59:59.999 at +07:00
    expect(statusOf(item, occurrence, [done(item, `${day}T17:00:00Z`)])).toBe("done-late")
  })

  it("reads the due day in the policy's zone, not the completion's offset", () => {
    const item = forms[0]?.item as DeadlineTask
    // 18:30 on 05/11 in New York is 06:30 on 06/11 in Hà Nội: late.
    expect(statusOf(item, "setup-groups@2024-11-05", [done(item, "2024-11-05T18:30:00-05:00")])).toBe("done-late")
    expect(statusOf(item, "setup-groups@2024-11-05", [done(item, "2024-11-05T18:30:00-05:00")], { timeZone: "America/New_York" })).toBe(
      "done-on-time",
    )
  })
})

describe("statuses of what is not done, as of now", () => {
  const item = task("report-setup", "Trước ngày 16/11/2024")
  const at = (now: string, options: Partial<DeadlineStatusOptions> = {}) =>
    statusOf(item, "report-setup@2024-11-15", [], { now, ...options })

  it("upcoming more than 3 days ahead, due-soon within 3 days and on the day, overdue once the day has ended", () => {
    expect(at("2024-11-11T08:00:00+07:00")).toBe("upcoming")
    expect(at("2024-11-12T00:00:00+07:00")).toBe("due-soon")
    expect(at("2024-11-15T23:59:59.999+07:00")).toBe("due-soon")
    expect(at("2024-11-16T00:00:00+07:00")).toBe("overdue")
  })

  it("dueSoonDays moves the due-soon threshold", () => {
    expect(at("2024-11-08T08:00:00+07:00", { dueSoonDays: 7 })).toBe("due-soon")
    expect(at("2024-11-14T08:00:00+07:00", { dueSoonDays: 0 })).toBe("upcoming")
    expect(() => at("2024-11-14T08:00:00+07:00", { dueSoonDays: -1 })).toThrow(RangeError)
  })

  it("a completion after now has not happened yet", () => {
    const now = "2024-11-14T08:00:00+07:00"
    expect(statusOf(item, "report-setup@2024-11-15", [done(item, "2024-11-15T09:00:00+07:00")], { now })).toBe("due-soon")
    expect(statusOf(item, "report-setup@2024-11-15", [done(item, "2024-11-13T09:00:00+07:00")], { now })).toBe("done-on-time")
  })

  it("says how many days are left, and when the completion that counted was made", () => {
    const { statuses } = deadlineStatuses([item], hierarchy, [done(item, "2024-11-14T09:00:00+07:00")], {
      period: "2024-11",
      now: "2024-11-20T08:00:00+07:00",
    })
    expect(statuses).toEqual([
      {
        task: "report-setup",
        occurrence: "report-setup@2024-11-15",
        unit: "thcs-lac-son",
        people: [],
        title: { vi: "Nhiệm vụ report-setup", en: "Task report-setup" },
        date: "2024-11-15",
        due: "2024-11-15T23:59:59.999+07:00",
        dueAt: Date.parse("2024-11-15T23:59:59.999+07:00"),
        daysLeft: -5,
        status: "done-on-time",
        completedAt: "2024-11-14T09:00:00.000+07:00",
      },
    ])
  })
})

describe("owners, resolved on the due date", () => {
  it("units of a kind that exist on the due date: the Phòng until 30/06/2025, the commune from 01/07/2025", () => {
    const owners = { type: "kinds", kinds: ["district-office", "commune"] }
    const before = task("report-june", "30/06/2025", owners)
    const after = task("report-july", "01/07/2025", owners)
    const { statuses } = deadlineStatuses([before, after], hierarchy, [], { from: "2025-06-01", to: "2025-08-01", now: LATER })
    expect(statuses.map((entry) => [entry.task, entry.unit])).toEqual([
      ["report-june", "pgd-lac-son"],
      ["report-july", "xa-lac-son"],
    ])
  })

  it("every unit when no kind is given", () => {
    const { statuses } = deadlineStatuses([task("setup-groups", "05/11/2024", { type: "kinds" })], hierarchy, [], {
      period: "2024-11",
      now: LATER,
    })
    expect(statuses.map((entry) => entry.unit)).toEqual(["mn-hoa-ban", "pgd-lac-son", "so", "thcs-lac-son", "thpt-lac-son"])
  })

  it("a listed unit that does not exist is a warning; one dissolved by the due date owes nothing", () => {
    const item = task("report", "15/09/2025", { type: "units", units: ["pgd-lac-son", "thpt-lac-son", "thpt-khong-co"] })
    const { statuses, issues } = deadlineStatuses([item], hierarchy, [], { period: "2025-09", now: LATER })
    expect(statuses.map((entry) => entry.unit)).toEqual(["thpt-lac-son"])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([["warning", "unknown-unit", "tasks[0].owners.units[2]"]])
  })

  it("role owners resolve to the people holding the role on the due date, grouped by unit", () => {
    const item = task("report-monthly", { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-12-01" }, {
      type: "roles",
      roles: ["communication-officer"],
    })
    const { statuses } = deadlineStatuses([item], hierarchy, [], { from: "2024-12-01", to: "2025-02-01", now: LATER })
    expect(statuses.map((entry) => [entry.occurrence, entry.unit, entry.people])).toEqual([
      ["report-monthly@2024-12", "so", ["cv-0001"]],
      ["report-monthly@2024-12", "thcs-lac-son", ["gv-0001", "gv-0002"]],
      ["report-monthly@2025-01", "so", ["cv-0001"]],
      ["report-monthly@2025-01", "thcs-lac-son", ["gv-0001"]],
    ])
    const schoolsOnly = task("x", "15/12/2024", { type: "roles", roles: ["communication-officer"], unitKinds: ["lower-secondary"] })
    expect(deadlineStatuses([schoolsOnly], hierarchy, [], { period: "2024-12", now: LATER }).statuses.map((entry) => entry.unit)).toEqual([
      "thcs-lac-son",
    ])
  })
})

describe("owners reporting directly to a kind of unit", () => {
  it("Phòng GD&ĐT and the units directly under the Sở report before 16/11/2024 (VI.3, VI.4); schools under a Phòng do not", () => {
    const item = task("report-setup", "Trước ngày 16/11/2024", { type: "reporting-to", kinds: ["department"] })
    const { statuses } = deadlineStatuses([item], hierarchy, [], { period: "2024-11", now: LATER })
    expect(statuses.map((entry) => entry.unit)).toEqual(["pgd-lac-son", "thpt-lac-son"])
  })

  it("the reporting line is read on the due date: after 1 July 2025 the commune replaces the Phòng", () => {
    const item = task("report", "15/09/2025", { type: "reporting-to", kinds: ["department"] })
    const { statuses } = deadlineStatuses([item], hierarchy, [], { period: "2025-09", now: LATER })
    expect(statuses.map((entry) => entry.unit)).toEqual(["thpt-lac-son", "xa-lac-son"])
    const communes = task("report", "15/09/2025", { type: "reporting-to", kinds: ["commune"], unitKinds: ["kindergarten"] })
    expect(deadlineStatuses([communes], hierarchy, [], { period: "2025-09", now: LATER }).statuses.map((entry) => entry.unit)).toEqual(["mn-hoa-ban"])
  })
})

describe("which occurrence a completion counts for", () => {
  const monthly = task("report-monthly", { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-10-01" })
  const statuses = (completions: ReadonlyArray<CompletionRecord>, range: Partial<DeadlineStatusOptions> = { from: "2024-10-01", to: "2025-01-01" }) =>
    deadlineStatuses([monthly], hierarchy, completions, { now: "2025-01-10T08:00:00+07:00", ...range } as DeadlineStatusOptions).statuses.map(
      (entry) => [entry.occurrence.slice(-7), entry.status],
    )

  it("a November report sent on 5 December counts for November, late", () => {
    expect(statuses([done(monthly, "2024-10-30T09:00:00+07:00"), done(monthly, "2024-12-05T09:00:00+07:00")])).toEqual([
      ["2024-10", "done-on-time"],
      ["2024-11", "done-late"],
      ["2024-12", "overdue"],
    ])
  })

  it("a second report before the month's deadline does not count for the next month", () => {
    expect(
      statuses([
        done(monthly, "2024-10-30T09:00:00+07:00"),
        done(monthly, "2024-11-29T09:00:00+07:00"),
        done(monthly, "2024-11-30T09:00:00+07:00"),
      ]),
    ).toEqual([
      ["2024-10", "done-on-time"],
      ["2024-11", "done-on-time"],
      ["2024-12", "overdue"],
    ])
  })

  it("a unit that skipped October has its November report counted for October; November stays open", () => {
    expect(statuses([done(monthly, "2024-11-20T09:00:00+07:00")])).toEqual([
      ["2024-10", "done-late"],
      ["2024-11", "overdue"],
      ["2024-12", "overdue"],
    ])
  })

  it("a completion that names its occurrence counts for it", () => {
    expect(statuses([done(monthly, "2024-11-20T09:00:00+07:00", "report-monthly@2024-11")])).toEqual([
      ["2024-10", "overdue"],
      ["2024-11", "done-on-time"],
      ["2024-12", "overdue"],
    ])
  })

  it("naming an occurrence that does not exist is a warning, and the completion does not count", () => {
    const result = deadlineStatuses([monthly], hierarchy, [done(monthly, "2024-11-20T09:00:00+07:00", "report-monthly@2024-13")], {
      period: "2024-11",
      now: LATER,
    })
    expect(result.statuses.map((entry) => entry.status)).toEqual(["overdue"])
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([["unknown-occurrence", "completions[0].occurrence"]])
  })

  it("gives the same status to an occurrence whatever range is asked for", () => {
    const completions = [done(monthly, "2024-11-20T09:00:00+07:00"), done(monthly, "2024-12-03T09:00:00+07:00")]
    const november = statuses(completions, { period: "2024-11" })
    const wide = statuses(completions, { from: "2024-01-01", to: "2025-06-01" }).filter(([month]) => month === "2024-11")
    expect(november).toEqual(wide)
    expect(november).toEqual([["2024-11", "done-late"]])
  })

  it("an occurrence years ahead still takes a completion made in its window", () => {
    const rare = task("census", { type: "recurring", rrule: "FREQ=MONTHLY;INTERVAL=36;BYMONTHDAY=1", start: "2024-01-01" })
    const result = deadlineStatuses([rare], hierarchy, [done(rare, "2024-01-01T09:00:00+07:00"), done(rare, "2024-06-01T09:00:00+07:00")], {
      from: "2024-01-01",
      to: "2028-01-01",
      now: "2027-06-01T00:00:00+07:00",
    })
    expect(result.statuses.map((entry) => [entry.occurrence, entry.status])).toEqual([
      ["census@2024-01", "done-on-time"],
      ["census@2027-01", "done-on-time"],
    ])
  })

  it("does not depend on the order completions arrive in", () => {
    const times = fc.array(fc.integer({ min: Date.parse("2024-09-20T00:00:00Z"), max: Date.parse("2025-01-09T00:00:00Z") }), { maxLength: 6 })
    fc.assert(
      fc.property(times, fc.nat(), (list, seed) => {
        const completions = list.map((at) => ({ task: monthly.id, unit: "thcs-lac-son", at }))
        const shuffled = [...completions].sort((a, b) => ((a.at * 7919 + seed) % 97) - ((b.at * 7919 + seed) % 97))
        expect(statuses(shuffled)).toEqual(statuses(completions))
      }),
      { numRuns: 100 },
    )
  })

  it("a school-year review done after the year it was due counts for that year, late; the next year stays open", () => {
    const review = task("review-hk1", { type: "school-year-event", event: "semester1-end" })
    const result = deadlineStatuses([review], hierarchy, [done(review, "2025-02-10T09:00:00+07:00")], {
      from: "2024-09-01",
      to: "2026-09-01",
      now: "2026-02-01T00:00:00+07:00",
    })
    expect(result.statuses.map((entry) => [entry.occurrence, entry.status])).toEqual([
      ["review-hk1@2024-2025", "done-late"],
      ["review-hk1@2025-2026", "overdue"],
    ])
  })
})

describe("school-year events and validFrom", () => {
  const yearEnd = (validFrom?: string) =>
    task("review-year", { type: "school-year-event", event: "school-year-end" }, { type: "units", units: ["thcs-lac-son"] }, validFrom)
  const range = { from: "2024-09-01", to: "2026-09-01", now: "2026-06-10T00:00:00+07:00" }

  it("with validFrom, a first completion made after the next school year began catches up the year it was for", () => {
    const result = deadlineStatuses([yearEnd("2024-09-05")], hierarchy, [done(yearEnd(), "2025-09-10T09:00:00+07:00")], range)
    expect(result.statuses.map((entry) => [entry.occurrence, entry.status])).toEqual([
      ["review-year@2024-2025", "done-late"],
      ["review-year@2025-2026", "overdue"],
    ])
  })

  it("without validFrom, matching starts at the school year of the unit's earliest completion (the documented limit)", () => {
    const result = deadlineStatuses([yearEnd()], hierarchy, [done(yearEnd(), "2025-09-10T09:00:00+07:00")], range)
    expect(result.statuses.map((entry) => [entry.occurrence, entry.status])).toEqual([
      ["review-year@2024-2025", "overdue"],
      ["review-year@2025-2026", "done-on-time"],
    ])
  })

  it("an on-time completion is never taken by an occurrence from before the task began", () => {
    const result = deadlineStatuses([yearEnd()], hierarchy, [done(yearEnd(), "2025-05-29T09:00:00+07:00")], range)
    expect(result.statuses.map((entry) => [entry.occurrence, entry.status])).toEqual([
      ["review-year@2024-2025", "done-on-time"],
      ["review-year@2025-2026", "overdue"],
    ])
  })
})

describe("bad completions become issues, never exceptions", () => {
  it("reports an unreadable time as an error and a time without offset as a warning (read in the policy's zone)", () => {
    const { completions, issues } = parseCompletions([
      { task: "a", unit: "u", at: "hôm qua" },
      { task: "a", unit: "u", at: "2024-11-05 23:59" },
      { task: "a", unit: "u" },
    ])
    expect(completions).toEqual([{ task: "a", unit: "u", at: Date.parse("2024-11-05T23:59:00+07:00") }])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["error", "invalid-instant", "completions[0].at"],
      ["warning", "missing-offset", "completions[1].at"],
      ["error", "missing-field", "completions[2].at"],
    ])
  })

  it("warns about completions of unknown tasks or units, with their paths", () => {
    const item = task("setup-groups", "05/11/2024")
    const { issues } = deadlineStatuses(
      [item],
      hierarchy,
      [
        { task: "nope", unit: "thcs-lac-son", at: "2024-11-01T08:00:00+07:00" },
        { task: "setup-groups", unit: "nowhere", at: "2024-11-01T08:00:00+07:00" },
      ],
      { period: "2024-11", now: LATER, completionsPath: "dataset.completions" },
    )
    expect(issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ["unknown-task", "dataset.completions[0].task", 'dataset.completions[0].task: không có nhiệm vụ mã "nope"; hoàn thành này không được tính.'],
      [
        "unknown-unit",
        "dataset.completions[1].unit",
        'dataset.completions[1].unit: không có đơn vị mã "nowhere"; hoàn thành này không được tính.',
      ],
    ])
  })

  it("never throws on arbitrary completion data", () => {
    const item = task("setup-groups", "05/11/2024")
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = deadlineStatuses([item], hierarchy, input as ReadonlyArray<CompletionRecord>, { period: "2024-11", now: LATER })
        expect(result.statuses.length).toBe(1)
      }),
      { numRuns: 200 },
    )
  })

  it("a bad range or now is the caller's bug and throws", () => {
    expect(() => deadlineStatuses([], hierarchy, [], { now: LATER } as DeadlineStatusOptions)).toThrow(RangeError)
    expect(() => deadlineStatuses([], hierarchy, [], { period: "2024-11", now: "hôm nay" })).toThrow(RangeError)
  })
})
