/**
 * This week's reminders over the sample province, as a Sở would plan them
 * on Wednesday 13/11/2024 08:00 (tuần 46): deadlines due soon or overdue
 * (from the calendar, a third of the units not having reported their
 * groups), and units and party members behind their quota last week
 * (tuần 45, from the engine). A smaller staff keeps the tests quick; every
 * unit is there.
 */
import { deadlineStatuses, parseDeadlineTasks, reminderPlan } from "@lantoa/calendar"
import { createEngine } from "@lantoa/engine"
import { buildHierarchy } from "@lantoa/hierarchy"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince, type SampleProvince } from "@lantoa/sample-province"
import { planReminderMessages, type PlannedReminders } from "../../src/index.js"

export const WEEK_NOW = "2024-11-13T08:00:00+07:00"

export interface Week {
  readonly province: SampleProvince
  readonly plan: PlannedReminders
}

const cache = new Map<number, Week>()

export const ruleTitles = Object.fromEntries(hoaBinh2024.quotas.map((rule) => [rule.id, rule.title.vi]))

/** The week's plan for a province of `staff` people (memoised: the engine's evaluation is the slow part). */
export const weekOf = (staff = 3400): Week => {
  const known = cache.get(staff)
  if (known !== undefined) return known
  const province = generateProvince({ staff, activities: { from: "2024-11-04", to: "2024-11-13" } })
  const report = createEngine(hoaBinh2024).evaluate(province, {
    period: "2024-W45",
    now: WEEK_NOW,
    people: true,
    include: { rollups: false, peers: false, setup: false },
  })
  const { hierarchy } = buildHierarchy(province)
  const { tasks } = parseDeadlineTasks(hoaBinh2024.deadlines, "policy.deadlines")
  // Two units in three reported their groups on time (setup-groups, due 05/11).
  const completions = province.units
    .filter((_, index) => index % 3 !== 0)
    .map((unit) => ({ task: "setup-groups", unit: unit.id, at: "2024-11-04T16:30:00+07:00" }))
  const { statuses } = deadlineStatuses(tasks, hierarchy, completions, { from: "2024-10-01", to: "2024-12-01", now: WEEK_NOW })
  const deadlines = reminderPlan(statuses, { now: WEEK_NOW, offsets: [7, 3, 1] })
  const plan = planReminderMessages({ hierarchy, now: WEEK_NOW, deadlines, quotas: report.quotas, ruleTitles })
  const week = { province, plan }
  cache.set(staff, week)
  return week
}
