import { deadlineStatuses, parseDeadlineTasks, type DeadlineTask } from "@lantoa/calendar"
import { buildHierarchy } from "@lantoa/hierarchy"
import { hoaBinh2024 } from "@lantoa/policy"
import { describe, expect, it } from "vitest"

const { hierarchy } = buildHierarchy({
  units: [
    { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so" },
    { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary", parent: "pgd-lac-son" },
    { id: "thpt-lac-son", name: "Trường THPT Lạc Sơn", kind: "upper-secondary", parent: "so" },
  ],
  people: [],
})

const { tasks, issues } = parseDeadlineTasks(hoaBinh2024.deadlines, "policy.deadlines")
const taskOf = (id: string): DeadlineTask => {
  const found = tasks.find((task) => task.id === id)
  if (found === undefined) throw new Error(`no task ${id}`)
  return found
}

/** Each preset task: its first due day (the last day on time) and the units that owe it. */
const FIRST_DUE: ReadonlyArray<readonly [string, string, ReadonlyArray<string>]> = [
  ["setup-plan", "2024-11-15", ["so"]],
  ["setup-groups", "2024-11-05", ["pgd-lac-son", "so", "thcs-lac-son", "thpt-lac-son"]],
  ["setup-fanpages", "2024-11-15", ["pgd-lac-son", "so", "thcs-lac-son", "thpt-lac-son"]],
  ["report-setup", "2024-11-15", ["pgd-lac-son", "thpt-lac-son"]],
  ["launch", "2024-12-31", ["so"]],
  ["report-monthly", "2024-11-30", ["pgd-lac-son", "thpt-lac-son"]],
  ["review-semester", "2025-01-17", ["pgd-lac-son", "so", "thcs-lac-son", "thpt-lac-son"]],
  ["review-year", "2025-05-30", ["pgd-lac-son", "so", "thcs-lac-son", "thpt-lac-son"]],
]

const addDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

describe("hoaBinh2024's deadlines (Nhiệm vụ 1, 2, 3, 6, 7; VI.3, VI.4)", () => {
  it("holds the plan's eight tasks under their contract ids, each citing the plan", () => {
    expect(issues).toEqual([])
    expect(tasks.map((task) => task.id)).toEqual(FIRST_DUE.map(([id]) => id))
    for (const task of tasks) expect(task.source?.text.length).toBeGreaterThan(20)
  })

  for (const [id, due, owners] of FIRST_DUE) {
    it(`${id}: due ${due}; done at 23:59 that day is on time, at 00:01 the next day late; owed by ${owners.join(", ")}`, () => {
      const task = taskOf(id)
      const [onTime, late] = owners as [string, string | undefined]
      const completions = [
        { task: id, unit: onTime, at: `${due}T23:59:00+07:00` },
        ...(late === undefined ? [] : [{ task: id, unit: late, at: `${addDay(due)}T00:01:00+07:00` }]),
      ]
      const { statuses, issues: problems } = deadlineStatuses([task], hierarchy, completions, {
        from: due,
        to: addDay(due),
        now: "2025-09-01T00:00:00+07:00",
      })
      expect(problems).toEqual([])
      expect([...new Set(statuses.map((entry) => entry.unit))].sort()).toEqual([...owners].sort())
      expect(statuses.every((entry) => entry.date === due && entry.due === `${due}T23:59:59.999+07:00`)).toBe(true)
      const statusOf = (unit: string) => statuses.find((entry) => entry.unit === unit)?.status
      expect(statusOf(onTime)).toBe("done-on-time")
      if (late !== undefined) {
        expect(statusOf(late)).toBe("done-late")
        for (const unit of owners.slice(2)) expect(statusOf(unit)).toBe("overdue")
      }
    })
  }

  it("report-monthly falls due on the last day of every month: 30/11, 31/12, 31/01, 28/02/2025", () => {
    const { statuses } = deadlineStatuses([taskOf("report-monthly")], hierarchy, [], {
      from: "2024-11-01",
      to: "2025-03-01",
      now: "2024-10-01T00:00:00+07:00",
    })
    expect([...new Set(statuses.map((entry) => entry.date))]).toEqual(["2024-11-30", "2024-12-31", "2025-01-31", "2025-02-28"])
    expect(statuses.every((entry) => entry.status === "upcoming")).toBe(true)
  })
})
