/**
 * Deadlines of the sample province (Nhiệm vụ 1, 2, 3, 6, 7 of the plan):
 * on Wednesday 13/11/2024, what falls due this week (tuần 46: 11/11 –
 * 17/11/2024), what is already overdue, the reminders to send — only to
 * units that have not reported done — and the school year's deadlines as
 * an iCalendar file (.ics) for Google Calendar or Outlook.
 *
 * The sample province has no completions of its own: this example makes
 * synthetic ones, deterministic from each unit's id (about two units in
 * three report the groups done on time, one in ten late, the rest not yet).
 *
 *   npx tsx --conditions=@lantoa/source examples/deadlines.ts [file.ics]
 */
import assert from "node:assert/strict"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseDeadlineTasks, parseICalendar, reminderPlan, deadlineStatuses, toICalendar } from "@lantoa/calendar"
import { formatPeriod, formatShortDate } from "@lantoa/core"
import { createEngine, type ReportDeadline } from "@lantoa/engine"
import { UNIT_KIND_LABELS } from "@lantoa/hierarchy"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince } from "@lantoa/sample-province"

const WEEK = "2024-W46"
const NOW = "2024-11-13T08:00:00+07:00" // Wednesday morning of tuần 46

const province = generateProvince({ activities: false })
const units = new Map(province.units.map((unit) => [unit.id, unit]))

// ── Synthetic completions: a stable share of units per task, from a hash of the unit id ─────────
const bucketOf = (text: string): number => {
  let hash = 2_166_136_261
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16_777_619)
  return (hash >>> 0) % 100
}
const completions = province.units.flatMap((unit) => {
  const out: Array<{ task: string; unit: string; at: string }> = []
  const groups = bucketOf(`setup-groups/${unit.id}`)
  if (groups < 65) out.push({ task: "setup-groups", unit: unit.id, at: "2024-11-04T16:30:00+07:00" })
  else if (groups < 75) out.push({ task: "setup-groups", unit: unit.id, at: "2024-11-08T09:15:00+07:00" })
  // Fanpages are due on Friday 15/11: a few units are already done.
  if (bucketOf(`setup-fanpages/${unit.id}`) < 30) out.push({ task: "setup-fanpages", unit: unit.id, at: "2024-11-12T10:00:00+07:00" })
  return out
})

const engine = createEngine(hoaBinh2024)
const dataset = { ...province, completions }

// ── This week: what falls due between Monday and Sunday ────────────────────────────────────────
const week = engine.evaluate(dataset, { period: WEEK, now: NOW, include: { quotas: false, rollups: false, peers: false, setup: false } })
assert.deepEqual(week.issues, [], "the sample's completions are well-formed")
// ── Overdue: everything due since the plan began, up to now ───────────────────────────────────
const sincePlan = engine.evaluate(dataset, {
  from: "2024-10-01",
  to: NOW,
  now: NOW,
  include: { quotas: false, rollups: false, peers: false, setup: false },
})

const STATUS_VI: Readonly<Record<ReportDeadline["status"], string>> = {
  upcoming: "chưa đến hạn",
  "due-soon": "sắp đến hạn",
  overdue: "quá hạn",
  "done-on-time": "xong đúng hạn",
  "done-late": "xong muộn",
}

const title = (task: string): string => hoaBinh2024.deadlines.find((entry) => entry.id === task)?.title.vi ?? task
const table = (rows: ReadonlyArray<ReadonlyArray<string | number>>): string => {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => String(row[column]).length))) ?? []
  return rows.map((row) => row.map((cell, column) => String(cell).padEnd(widths[column] ?? 0)).join("  ")).join("\n")
}
const summary = (deadlines: ReadonlyArray<ReportDeadline>) => {
  const byTask = new Map<string, Map<string, number>>()
  for (const entry of deadlines) {
    const counts = byTask.get(entry.task) ?? new Map<string, number>()
    counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1)
    byTask.set(entry.task, counts)
  }
  const statuses = Object.keys(STATUS_VI) as Array<ReportDeadline["status"]>
  return table([
    ["Nhiệm vụ", "Hạn chót", "Số đơn vị", ...statuses.map((status) => STATUS_VI[status])],
    ...[...byTask].map(([task, counts]) => [
      task,
      formatShortDate(deadlines.find((entry) => entry.task === task)?.date ?? ""),
      [...counts.values()].reduce((sum, n) => sum + n, 0),
      ...statuses.map((status) => counts.get(status) ?? 0),
    ]),
  ])
}

console.log(`HẠN CHÓT ${formatPeriod(WEEK).toUpperCase()} — ${province.units.length} đơn vị của tỉnh mẫu, tính đến 08:00 ngày 13/11/2024\n`)
console.log(summary(week.deadlines))
for (const task of new Set(week.deadlines.map((entry) => entry.task))) console.log(`  ${task}: ${title(task)}`)

const overdue = sincePlan.deadlines.filter((entry) => entry.status === "overdue")
console.log(`\nĐÃ QUÁ HẠN: ${overdue.length} lượt (nhiệm vụ × đơn vị)\n`)
console.log(summary(sincePlan.deadlines.filter((entry) => (entry.date ?? "") < "2024-11-13")))
const byKind = new Map<string, number>()
for (const entry of overdue) {
  const kind = units.get(entry.unit)?.kind ?? "other"
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1)
}
console.log(`\nQuá hạn theo loại đơn vị: ${[...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${UNIT_KIND_LABELS[kind as keyof typeof UNIT_KIND_LABELS]?.vi ?? kind} ${n}`).join("; ")}`)
console.log(`Ví dụ: ${overdue[0]?.explanation}`)

// ── Reminders: only units that have not reported done, from 7, 3 and 1 days before, and when overdue ──
const { tasks } = parseDeadlineTasks(hoaBinh2024.deadlines, "policy.deadlines")
const { statuses } = deadlineStatuses(tasks, engine.prepare(dataset).hierarchy, completions, { from: "2024-10-01", to: "2024-12-01", now: NOW })
const reminders = reminderPlan(statuses, { now: NOW, offsets: [7, 3, 1] })
const today = reminders.filter((reminder) => reminder.send.startsWith("2024-11-13"))
console.log(`\nNHẮC VIỆC HÔM NAY (13/11/2024): ${today.length} tin nhắn, ví dụ:`)
for (const reminder of today.slice(0, 3)) console.log(`  → ${units.get(reminder.unit)?.name}: ${reminder.message}`)

// ── The school year's deadlines as an iCalendar file ───────────────────────────────────────────
const ics = toICalendar({ tasks, from: "2024-09-05", to: "2025-09-05" }, { now: NOW, name: "Hạn chót mô hình lan tỏa thông tin tích cực 2024–2025", alarms: [3] })
const file = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), "lantoa-")), "han-chot-2024-2025.ics")
writeFileSync(file, ics)
const events = parseICalendar(ics)
  .components.flatMap((calendar) => calendar.components)
  .filter((component) => component.name === "VEVENT")
console.log(`\nĐã ghi ${events.length} sự kiện vào ${file} (nhập vào Google Calendar hoặc Outlook).`)

// The facts this example shows, checked.
assert.ok(week.deadlines.length > 0 && week.deadlines.every((entry) => (entry.date ?? "") >= "2024-11-11" && (entry.date ?? "") <= "2024-11-17"))
assert.ok(week.deadlines.some((entry) => entry.task === "setup-fanpages" && entry.status === "done-on-time"))
assert.ok(overdue.every((entry) => entry.task === "setup-groups" && !completions.some((c) => c.task === "setup-groups" && c.unit === entry.unit)))
assert.ok(reminders.every((reminder) => !completions.some((c) => c.task === reminder.task && c.unit === reminder.unit && c.at < reminder.due)))
// setup-plan, setup-groups, setup-fanpages, report-setup, launch, 10 monthly reports (11/2024 – 08/2025), review-semester, review-year.
assert.equal(events.length, 17)
