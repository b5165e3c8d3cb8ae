/**
 * This week's Zalo reminders for the sample province, as the Sở would send
 * them on Wednesday 13/11/2024 at 08:00 (tuần 46):
 *
 * - to the units and party members (đảng viên) behind their quota last
 *   week (tuần 45), from the engine's report;
 * - to the owners of deadlines due soon or overdue, from the calendar's
 *   reminder plan (a third of the units have not reported their Zalo and
 *   Messenger groups, due 05/11/2024).
 *
 * Messages go as ZNS template messages by phone (84… form) to a fake Zalo
 * started here on 127.0.0.1 — never to the real one. The access token
 * expires a third of the way through the run: the client refreshes it once
 * and carries on. Then the same run is repeated, as a scheduler would the
 * next hour: the sent log (sổ tin đã gửi) makes it send nothing new.
 *
 *   npx tsx --conditions=@lantoa/source examples/zalo-reminders.ts
 */
import assert from "node:assert/strict"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  createZaloClient,
  fileTokenStore,
  openFileSentLog,
  planReminderMessages,
  type ZaloLogEntry,
} from "@lantoa/adapter-zalo"
import { deadlineStatuses, parseDeadlineTasks, reminderPlan } from "@lantoa/calendar"
import { createEngine } from "@lantoa/engine"
import { buildHierarchy } from "@lantoa/hierarchy"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince } from "@lantoa/sample-province"
// The fake Zalo of the package's tests: the reference's shapes, on an ephemeral port.
import { FAKE_APP_ID, FAKE_APP_SECRET, startFakeZalo } from "../packages/adapter-zalo/test/support/FakeZaloServer.js"

const NOW = "2024-11-13T08:00:00+07:00" // Wednesday morning of tuần 46
const now = Date.parse(NOW)
const TEMPLATE = "7895417a7d3f9461cd2e" // the OA's approved reminder template (ZNS/ZBS)

// ── Who is behind: last week's quotas, and the deadlines ────────────────────────────────────────
const province = generateProvince({ activities: { from: "2024-11-04", to: "2024-11-13" } })
const report = createEngine(hoaBinh2024).evaluate(province, {
  period: "2024-W45",
  now: NOW,
  people: true, // per-person verdicts: the party members to remind
  include: { rollups: false, peers: false, setup: false },
})
const { hierarchy } = buildHierarchy(province)
const { tasks } = parseDeadlineTasks(hoaBinh2024.deadlines, "policy.deadlines")
const completions = province.units
  .filter((_, index) => index % 3 !== 0)
  .map((unit) => ({ task: "setup-groups", unit: unit.id, at: "2024-11-04T16:30:00+07:00" }))
const { statuses } = deadlineStatuses(tasks, hierarchy, completions, { from: "2024-10-01", to: "2024-12-01", now: NOW })

const plan = planReminderMessages({
  hierarchy,
  now: NOW,
  deadlines: reminderPlan(statuses, { now: NOW, offsets: [7, 3, 1] }),
  quotas: report.quotas,
  ruleTitles: Object.fromEntries(hoaBinh2024.quotas.map((rule) => [rule.id, rule.title.vi])),
  taskTitles: Object.fromEntries(hoaBinh2024.deadlines.map((task) => [task.id, task.title.vi])),
})
const bySource = (source: "deadline" | "quota") => plan.messages.filter((message) => message.source === source).length
console.log(`NHẮC VIỆC QUA ZALO — ${province.units.length} đơn vị, ${province.people.length} cán bộ, 08:00 ngày 13/11/2024`)
console.log(`Kế hoạch: ${plan.messages.length} tin (${bySource("quota")} về định mức tuần 45, ${bySource("deadline")} về hạn chót), mỗi người một tin cho mỗi việc.`)
console.log(`Ví dụ: ${plan.messages.find((message) => message.reminder.startsWith("quota/party-member-weekly/"))?.text}`)

// ── The fake Zalo, the token store and the sent log ─────────────────────────────────────────────
const fake = await startFakeZalo()
const dir = mkdtempSync(join(tmpdir(), "lantoa-zalo-"))
const tokens = fileTokenStore(join(dir, "zalo-oa-tokens.json")) // mode 0600, written atomically
await tokens.save({
  ...fake.initialPair, // as issued when an OA admin granted access (OAuth v4)
  accessExpiresAt: now + 25 * 3_600_000,
  refreshExpiresAt: now + 90 * 86_400_000,
  obtainedAt: now,
})
fake.expireAccessAfter(Math.floor(plan.messages.length / 3)) // the token dies mid-run

const lines: Array<ZaloLogEntry> = []
const zalo = createZaloClient({
  appId: FAKE_APP_ID,
  appSecret: FAKE_APP_SECRET,
  tokens,
  now: () => now,
  baseUrls: { oauth: fake.baseUrl, openApi: fake.baseUrl, business: fake.baseUrl },
  log: (entry) => lines.push(entry),
})

try {
  const run = async () =>
    zalo.sendReminders(plan.messages, { sentLog: await openFileSentLog(join(dir, "zalo-sent.jsonl")), templateId: TEMPLATE, now: () => now, concurrency: 16 })

  const first = await run()
  console.log(`\nLượt 1: đã gửi ${first.sent.length} tin ZNS; mã truy cập được làm mới ${fake.refreshes()} lần giữa chừng; hạn mức ZNS còn ${first.quota?.remainingQuota}/${first.quota?.dailyQuota}.`)
  const second = await run() // a rerun: a fresh sent log read from the same file
  console.log(`Lượt 2 (chạy lại): gửi thêm ${second.sent.length} tin; ${second.alreadySent} tin đã gửi từ lượt trước nên bỏ qua.`)
  console.log("\nNhật ký (số điện thoại được che):")
  for (const entry of lines.filter((line) => line.message.startsWith("Zalo: đã gửi")).slice(0, 3)) console.log(`  ${entry.message}`)
  for (const entry of lines.filter((line) => line.message.includes("mã truy cập"))) console.log(`  ${entry.message}`)

  // The facts this example shows, checked.
  const tracking = fake.templates().map((template) => template.trackingId)
  assert.equal(first.sent.length, plan.messages.length)
  assert.equal(new Set(tracking).size, tracking.length, "one message per person per reminder")
  assert.equal(second.sent.length, 0, "the rerun sends nothing new")
  assert.equal(fake.refreshes(), 1, "one refresh, however many sends were refused")
  // No number of the roster in the log, in any spelling (84…, 0…): only masked ones.
  const log = lines.map((line) => line.message).join("\n")
  const phones = new Set(plan.messages.map((message) => message.phone))
  const digitRuns = log.match(/\d{9,}/g) ?? []
  assert.ok(digitRuns.every((run) => !phones.has(run) && !phones.has(`84${run.slice(1)}`)), "no phone number in the log")
  assert.ok(fake.issuedTokens().every((token) => !log.includes(token)), "no token in the log")
} finally {
  await fake.close()
}
