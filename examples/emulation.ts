/**
 * The semester emulation table (bảng thi đua học kỳ) of the sample province:
 * hoaBinh2024's proposed criteria scored over học kỳ I năm học 2024–2025 —
 * per kind of unit the best units with their points, rank and rating
 * (xếp loại), how many units each rating holds, which criteria do not apply
 * (không áp dụng: the sample records no moderation case and no
 * republishing, so their points are shared among the criteria that apply)
 * and what data is missing (thiếu số liệu), the proposals for commendation
 * (biểu dương, khen thưởng) with one score explained line by line, and the
 * pages featured in the last weeks. Units only: nobody's personal score is
 * shown.
 * The checks (node:assert) are facts the table must show.
 *
 *   npx tsx --conditions=@lantoa/source examples/emulation.ts
 */
import assert from "node:assert/strict"
import { formatPeriod, previousPeriod } from "@lantoa/core"
import { createEngine, ReportSchema, type Report } from "@lantoa/engine"
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from "@lantoa/hierarchy"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince, provinceFacts, type UnitProfile } from "@lantoa/sample-province"
import { commendationCandidates, type ScoreSubject, type SubjectScore } from "@lantoa/scoring"

const PERIOD = "2024-2025/HK1" // 05/09/2024 – 19/01/2025
const NOW = "2025-01-24T08:00:00+07:00" // the week of the semester review (sơ kết học kỳ)
// Activity from the Monday of the week before the opening: the semester's first week is whole, and
// its featured pages have a last week to be judged on. The default engagement; about 690,000 activities.
const options = { activities: { from: "2024-08-26", to: "2025-01-19" } } as const
const province = generateProvince(options)
const profiles = provinceFacts(options).profiles
const engine = createEngine(hoaBinh2024)

// The sample has no reports of tasks done (completions). A reference script over real data reads
// them from the units' reports; here they are simulated from each unit's planted profile, so that
// the deadlines criterion has something to measure: on time, mostly on time, late, or never.
const due = engine.evaluate(
  { ...province, activities: [] },
  {
    period: PERIOD,
    now: NOW,
    include: { quotas: false, rollups: false, peers: false, setup: false, moderation: false, scores: false, featured: false },
  },
).deadlines
const DAY = 24 * 60 * 60 * 1000
const delay: Readonly<Record<UnitProfile, ReadonlyArray<number> | undefined>> = {
  "on-time": [-2], // two days early, always
  mostly: [-1, -1, -1, 2], // every fourth task two days late
  irregular: [3, -1], // every other task three days late
  silent: undefined, // never reports
}
const completions = due.flatMap((deadline, k) => {
  const days = delay[profiles[deadline.unit] ?? "on-time"]
  if (days === undefined) return []
  const at = new Date(Date.parse(deadline.due) + (days[k % days.length] as number) * DAY).toISOString()
  return [{ task: deadline.task, unit: deadline.unit, at, ...(deadline.occurrence === undefined ? {} : { occurrence: deadline.occurrence }) }]
})

const report: Report = engine.evaluate({ ...province, completions }, { period: PERIOD, now: NOW })
const scoring = engine.policy.scoring
assert.ok(scoring !== undefined, "hoaBinh2024 has a scoring section")

// ── formatting ──────────────────────────────────────────────────────────
const units = new Map(province.units.map((unit) => [unit.id, unit]))
const channels = new Map(province.channels.map((channel) => [channel.id, channel]))
/** "Trường Mầm non Hoa Ban" → "MN Hoa Ban", "Phòng Giáo dục và Đào tạo huyện Lạc Sơn" → "Phòng GD&ĐT huyện Lạc Sơn". */
const shortName = (id: string): string => {
  const unit = units.get(id)
  if (unit === undefined) return id
  const label = UNIT_KIND_LABELS[unit.kind]
  return unit.name.startsWith(label.vi) ? `${label.short}${unit.name.slice(label.vi.length)}` : unit.name.replace(/^Trường /, "")
}
const n = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
const points = (value: number): string => String(Math.round(value * 100) / 100).replace(".", ",")
const lines: Array<string> = []
const say = (line = ""): void => void lines.push(line.normalize("NFC"))
/** A table; `align` has one letter per column: `l` left, `r` right. */
const table = (rows: ReadonlyArray<ReadonlyArray<string>>, align: string): void => {
  const widths = rows[0]?.map((_, k) => Math.max(...rows.map((row) => (row[k] ?? "").length))) ?? []
  for (const row of rows) {
    const cells = row.map((cell, k) => (align[k] === "r" ? cell.padStart(widths[k] ?? 0) : cell.padEnd(widths[k] ?? 0)))
    say(`  ${cells.join("   ").trimEnd()}`)
  }
}
const unitOf = (score: { readonly subject: ScoreSubject }): string => ("unit" in score.subject ? score.subject.unit : score.subject.person)

// ── the table ───────────────────────────────────────────────────────────
const scores = report.scores
const groups = new Map<string, Array<SubjectScore>>()
for (const score of scores) {
  const list = groups.get(score.peerGroup)
  if (list === undefined) groups.set(score.peerGroup, [score])
  else list.push(score)
}
const kindOf = (group: string): UnitKind => group.slice("kind:".length) as UnitKind

say(`BẢNG THI ĐUA VỀ CÔNG TÁC TRUYỀN THÔNG — ${formatPeriod(PERIOD)} (05/09/2024 – 19/01/2025)`)
say(`Tỉnh mẫu (dữ liệu tổng hợp): ${n(province.units.length)} đơn vị, ${n(province.activities.length)} hoạt động; bộ quy định ${report.policy.id} ${report.policy.version}.`)
say(
  `Tiêu chí (đề xuất của lantoa): ${scoring.criteria
    .map((c) => `${c.title.vi.replace(/ \(trừ điểm\)$/, "")} (${c.penalty === true ? `trừ tối đa ${c.points}` : c.weight} điểm)`)
    .join("; ")}.`,
)
say("Xếp hạng trong nhóm đơn vị cùng loại; bằng điểm thì cùng hạng. Số liệu thiếu được ghi là thiếu, không tính là 0 mà không nói;")
say("tiêu chí không áp dụng (không có gì để đánh giá) được ghi rõ lý do, điểm của tiêu chí được chia lại cho các tiêu chí áp dụng.")
say()

const TOP = 3
for (const [group, list] of groups) {
  const kind = kindOf(group)
  say(`${UNIT_KIND_LABELS[kind].vi} — ${n(list.length)} đơn vị`)
  const shown = list.filter((score) => score.rank <= TOP)
  table(
    [
      ["Hạng", "Điểm", "Xếp loại", "Đơn vị"],
      ...shown.slice(0, 5).map((score) => [String(score.rank), points(score.total), score.tierLabel, shortName(unitOf(score))]),
    ],
    "rrll",
  )
  if (shown.length > 5) say(`  … và ${shown.length - 5} đơn vị cùng hạng`)
  if (list.length > 1) {
    const counts = scoring.tiers.map((tier) => `${tier.label.vi} ${list.filter((score) => score.tier === tier.id).length}`)
    say(`  Xếp loại: ${counts.join(" · ")}`)
  }
  say()
}

say("TỔNG HỢP XẾP LOẠI TOÀN TỈNH")
const tierRows = scoring.tiers.map((tier) => {
  const count = scores.filter((score) => score.tier === tier.id).length
  return [tier.label.vi, n(count), `${((100 * count) / scores.length).toFixed(1).replace(".", ",")} %`]
})
table([["Xếp loại", "Số đơn vị", "Tỉ lệ"], ...tierRows, ["Tổng", n(scores.length), "100 %"]], "lrr")
say()

say("TIÊU CHÍ KHÔNG ÁP DỤNG (điểm được chia lại cho các tiêu chí áp dụng, theo tỉ lệ điểm của từng tiêu chí)")
const lineCounts = (status: "missing" | "not-applicable"): number => {
  let shown = 0
  for (const criterion of scoring.criteria) {
    const lines = scores.flatMap((score) => score.breakdown.filter((line) => line.criterion === criterion.id && line.status === status))
    if (lines.length === 0) continue
    const reasons = [...new Set(lines.map((line) => line.detail ?? "không rõ"))]
    const listed = reasons.slice(0, 2).join("; ") + (reasons.length > 2 ? `; và ${reasons.length - 2} lý do khác` : "")
    say(`  ${criterion.title.vi}: ${n(lines.length)}/${n(scores.length)} đơn vị — ${listed}.`)
    shown++
  }
  if (shown === 0) say("  không có")
  return shown
}
lineCounts("not-applicable")
if (report.unscored.length > 0) say(`  Không chấm điểm (không có tiêu chí cộng điểm nào áp dụng): ${n(report.unscored.length)} đơn vị.`)
say()
say("SỐ LIỆU CÒN THIẾU (tiêu chí được 0 điểm, tổng điểm ghi “chưa đầy đủ”)")
lineCounts("missing")
say()

// Proposals under the policy's own rules: the best tier, complete data, no penalty.
const proposals = commendationCandidates(scores, scoring)
say("ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG (theo quy định: mức cao nhất, đủ số liệu, không bị trừ điểm)")
say(`  ${n(proposals.candidates.length)} đơn vị được đề nghị; ${n(proposals.passedOver.length)} đơn vị đạt mức cao nhất nhưng chưa đủ điều kiện.`)
const proposedByGroup = new Map<string, Array<string>>()
for (const candidate of proposals.candidates) {
  const list = proposedByGroup.get(candidate.peerGroup)
  const name = shortName(unitOf(candidate))
  if (list === undefined) proposedByGroup.set(candidate.peerGroup, [name])
  else list.push(name)
}
for (const [group, names] of proposedByGroup) {
  const more = names.length > 3 ? ` và ${n(names.length - 3)} đơn vị khác` : ""
  say(`  – ${UNIT_KIND_LABELS[kindOf(group)].vi}: ${names.slice(0, 3).join(", ")}${more}`)
}
// One proposal explained line by line: where every point comes from, the shared ones included.
const example = scores.find((score) => score.peerGroup === "kind:lower-secondary" && proposals.candidates.some((c) => unitOf(c) === unitOf(score)))
if (example !== undefined) {
  say(`  Ví dụ — ${shortName(unitOf(example))}:`)
  for (const line of example.breakdown) say(`    • ${line.explanation}`)
  say(`    ${example.explanation}`)
}
say()

const weeks = [...new Set(report.featured.map((pick) => pick.week))]
const lastWeeks = weeks.slice(-3)
say("TRANG ĐƯỢC CHỌN LAN TỎA (3 tuần cuối học kỳ)")
for (const week of lastWeeks) {
  const picks = report.featured.filter((pick) => pick.week === week)
  say(`  ${formatPeriod(week)}`)
  for (const pick of picks) {
    const office = pick.office === undefined ? "" : ` — thuộc ${shortName(pick.office)}`
    const last = pick.lastFeatured === null ? "lần đầu được chọn" : `lần trước: ${formatPeriod(pick.lastFeatured).replace(/ \(.*\)$/, "").toLowerCase()}`
    say(`    ${pick.slot === "office" ? "Phòng: " : "Trường:"} ${channels.get(pick.channel)?.name ?? pick.channel}${office} (${last})`)
  }
}
say(`  Cả học kỳ: ${weeks.length} tuần có trang được chọn, ${n(new Set(report.featured.map((pick) => pick.channel)).size)} trang khác nhau.`)

console.log(lines.join("\n"))

// ── the facts the table shows ───────────────────────────────────────────
assert.equal(ReportSchema.safeParse(report).success, true)
assert.equal(report.range.period, PERIOD)
// Every unit of the province is scored once, among units of its own kind; no person is scored.
assert.equal(scores.length, province.units.length)
assert.equal(new Set(scores.map(unitOf)).size, scores.length)
assert.ok(scores.every((score) => "unit" in score.subject && score.peerGroup === `kind:${units.get(score.subject.unit)?.kind}`))
assert.deepEqual([...groups.keys()], UNIT_KINDS.filter((kind) => province.units.some((unit) => unit.kind === kind)).map((kind) => `kind:${kind}`))
for (const list of groups.values()) {
  for (const score of list) {
    // Competition ranks: 1 + the number of peers with a strictly higher total (1, 2, 2, 4).
    assert.equal(score.rank, 1 + list.filter((other) => other.total > score.total).length)
    assert.equal(score.peers, list.length)
    // The total is the sum of its breakdown.
    assert.ok(Math.abs(score.total - score.breakdown.reduce((sum, line) => sum + line.points, 0)) < 0.011)
  }
  // No tier holds more than its cap within a group (the top tier: 20 %, rounded down, at least 1).
  for (const tier of scoring.tiers) {
    if (tier.maxShare === undefined) continue
    const cap = Math.max(1, Math.floor(tier.maxShare * list.length + 1e-9))
    assert.ok(list.filter((score) => score.tier === tier.id).length <= cap, `${tier.id} over its cap`)
  }
  // Nobody is rated above someone with a higher total.
  const order = new Map(scoring.tiers.map((tier, k) => [tier.id, k]))
  for (const a of list) for (const b of list) if (a.total > b.total) assert.ok((order.get(a.tier) ?? 0) <= (order.get(b.tier) ?? 0))
}
// The counts per tier add up to every unit.
assert.equal(tierRows.reduce((sum, row) => sum + Number((row[1] as string).replace(/\./g, "")), 0), scores.length)
// A school that never posts is rated "Không hoàn thành nhiệm vụ" and ranks below every on-time school of its kind.
for (const list of groups.values()) {
  const silent = list.filter((score) => profiles[unitOf(score)] === "silent")
  const onTime = list.filter((score) => profiles[unitOf(score)] === "on-time")
  for (const score of silent) assert.equal(score.tier, "incomplete")
  for (const a of onTime) for (const b of silent) assert.ok(a.rank < b.rank)
}
// The sample has no moderation cases (no incidents list) and no republishing: those criteria, and the
// false-information penalty, do not apply to anyone — shown with their reason, never as missing or 0 —
// and their points are shared, so every score is out of 100 and a unit perfect on the rest reaches it.
for (const score of scores) {
  assert.equal(score.maxTotal, 100)
  for (const id of ["moderation-within-sla", "posts-picked-up", "false-information"]) {
    const line = score.breakdown.find((entry) => entry.criterion === id)
    assert.equal(line?.status, "not-applicable", `${unitOf(score)} ${id}`)
    assert.ok(line?.detail !== undefined && line.maxPoints === 0 && line.points === 0)
  }
  assert.ok(!score.missing.includes("moderation-within-sla") && !score.missing.includes("posts-picked-up"))
}
assert.equal(report.unscored.length, 0)
// Units reach the top tier, within its cap, and complete, unpenalised ones are proposed for commendation.
assert.ok(scores.some((score) => score.tier === "excellent" && score.peers > 1))
assert.ok(proposals.candidates.length > 0)
assert.ok(proposals.candidates.some((c) => c.peerGroup === "kind:lower-secondary"))
for (const candidate of proposals.candidates) {
  const score = scores.find((entry) => unitOf(entry) === unitOf(candidate))
  assert.ok(score?.tier === "excellent" && !score.incomplete)
}
assert.ok(example !== undefined && example.breakdown.some((line) => line.nominalMaxPoints !== undefined && line.maxPoints > line.nominalMaxPoints))
// Featured pages: one Phòng page and up to two school pages a week, never the Sở's, each page once a
// week, and only pages whose unit met the previous week's quota.
assert.ok(weeks.length >= 18)
const met = new Set(report.quotas.filter((q) => q.status === "met" && "unit" in q.subject).map((q) => `${q.period} ${"unit" in q.subject ? q.subject.unit : ""}`))
for (const week of weeks) {
  const picks = report.featured.filter((pick) => pick.week === week)
  assert.ok(picks.filter((pick) => pick.slot === "office").length <= 1 && picks.filter((pick) => pick.slot === "school").length <= 2)
  assert.equal(new Set(picks.map((pick) => pick.channel)).size, picks.length)
  for (const pick of picks) {
    assert.notEqual(units.get(pick.unit)?.kind, "department")
    if (report.periods.includes(previousPeriod(week))) assert.ok(met.has(`${previousPeriod(week)} ${pick.unit}`))
  }
}
