/**
 * The weekly compliance report of the sample province — the main job of
 * lantoa: for one ISO week, how many schools, Phòng GD&ĐT, the Sở and party
 * members met the plan's quotas, per Phòng and per kind of school, and whom
 * to remind. Party members are counted per unit, never listed; no phone
 * number appears.
 *
 *   npm run demo
 */
import { formatOfficialDate, formatPeriod, formatShortDate } from "@lantoa/core"
import { createEngine, type Report } from "@lantoa/engine"
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@lantoa/hierarchy"
import { hoaBinh2024 } from "@lantoa/policy"
import type { QuotaRollUp } from "@lantoa/quota"
import { generateProvince } from "@lantoa/sample-province"

const WEEK = "2024-W49" // 02/12 – 08/12/2024, in the sample's December 2024 (the launch month)
const NOW = "2024-12-09T08:00:00+07:00" // Monday morning after the week: every weekly verdict is final
// The roster, and the activity of the week only: the weekly report needs no more (and runs in about a second).
const province = generateProvince({ activities: { from: "2024-12-02", to: "2024-12-08" } })
const engine = createEngine(hoaBinh2024)
// people: true gives the list of party members to remind (by id); this report prints counts per unit only.
const report: Report = engine.evaluate(province, { period: WEEK, now: NOW, people: true })

const SCHOOLS = "unit-weekly-posts"
const OFFICES = "district-office-weekly-posts"
const DEPARTMENT = "department-weekly-posts"
const PARTY = "party-member-weekly"

const units = new Map(province.units.map((unit) => [unit.id, unit]))
/** "Trường Mầm non Hoa Ban" → "MN Hoa Ban", "Phòng Giáo dục và Đào tạo huyện Lạc Sơn" → "Phòng GD&ĐT huyện Lạc Sơn". */
const shortName = (id: string): string => {
  const unit = units.get(id)
  if (unit === undefined) return id
  const label = UNIT_KIND_LABELS[unit.kind]
  return unit.name.startsWith(label.vi) ? `${label.short}${unit.name.slice(label.vi.length)}` : unit.name.replace(/^Trường /, "")
}
const n = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
const pct = (met: number, all: number): string => (all === 0 ? "–" : `${((100 * met) / all).toFixed(1).replace(".", ",")} %`)
const ratio = (met: number, all: number): string => `${n(met)}/${n(all)}`

const lines: Array<string> = []
const say = (line = ""): void => void lines.push(line.normalize("NFC"))
const table = (rows: ReadonlyArray<ReadonlyArray<string>>): void => {
  const widths = rows[0]?.map((_, k) => Math.max(...rows.map((row) => (row[k] ?? "").length))) ?? []
  for (const row of rows)
    say(`  ${row.map((cell, k) => (k === 0 ? cell.padEnd(widths[k] ?? 0) : cell.padStart(widths[k] ?? 0))).join("   ")}`)
}
const wrap = (head: string, items: ReadonlyArray<string>, width = 100): void => {
  let line = head
  for (const [k, item] of items.entries()) {
    const piece = `${k === 0 ? "" : ", "}${item}`
    if (line.length + piece.length > width) {
      say(`${line}${k < items.length ? `, … (+${items.length - k})` : ""}`)
      return
    }
    line += piece
  }
  say(line)
}

const rows = (rule: string): ReadonlyArray<QuotaRollUp> =>
  report.rollups.filter((row) => row.rule === rule && row.period === WEEK)
const rollup = (rule: string, unit: string): QuotaRollUp | undefined => rows(rule).find((row) => row.unit === unit)
const verdicts = (rule: string) => report.quotas.filter((q) => q.rule === rule && q.period === WEEK)
const total = (rule: string) => report.totals.find((row) => row.rule === rule && row.period === WEEK)

const department = province.units.find((unit) => unit.kind === "department")?.id ?? "so-gddt"
const offices = province.units.filter((unit) => unit.kind === "district-office").map((unit) => unit.id)

say(`BÁO CÁO TUẦN — ${formatPeriod(WEEK)}`)
say(`${shortName(department)} (tỉnh mẫu, dữ liệu tổng hợp) · bộ quy định ${report.policy.id} ${report.policy.version}`)
say(`Lập ${formatOfficialDate(NOW)}, lúc ${NOW.slice(11, 16)}`)
say()

const headline = (label: string, rule: string): ReadonlyArray<string> => {
  const row = total(rule)
  return row === undefined
    ? [label, "", "", ""]
    : [label, ratio(row.met, row.met + row.short), n(row.short), pct(row.met, row.met + row.short)]
}
table([
  ["Định mức của tuần (Kế hoạch mục V.4.1, V.5.1)", "Đạt", "Chưa đạt", "Tỉ lệ"],
  headline("Sở GD&ĐT đăng ≥ 04 tin, bài", DEPARTMENT),
  headline("Mỗi Phòng GD&ĐT đăng ≥ 03 tin, bài", OFFICES),
  headline("Mỗi trường, trung tâm đăng ≥ 01 tin, bài", SCHOOLS),
  headline("Mỗi đảng viên đăng tải, chia sẻ ≥ 01 tin, bài", PARTY),
])
say()

// Per Phòng: its own page, its schools, its party members; then the units the Sở manages directly.
const officeVerdict = new Map(verdicts(OFFICES).map((q) => ["unit" in q.subject ? q.subject.unit : "", q]))
const minus = (a: QuotaRollUp | undefined, parts: ReadonlyArray<QuotaRollUp | undefined>) => {
  const met = (a?.met ?? 0) - parts.reduce((sum, row) => sum + (row?.met ?? 0), 0)
  const all = (a?.met ?? 0) + (a?.short ?? 0) - parts.reduce((sum, row) => sum + (row?.met ?? 0) + (row?.short ?? 0), 0)
  return { met, all }
}
const perOffice = offices.map((office) => {
  const schools = rollup(SCHOOLS, office)
  const party = rollup(PARTY, office)
  const own = officeVerdict.get(office)
  return [
    shortName(office).replace("Phòng GD&ĐT ", ""),
    own === undefined ? "" : `${own.counted} ${own.status === "met" ? "✓" : "✗"}`,
    ratio(schools?.met ?? 0, (schools?.met ?? 0) + (schools?.short ?? 0)),
    pct(schools?.met ?? 0, (schools?.met ?? 0) + (schools?.short ?? 0)),
    ratio(party?.met ?? 0, (party?.met ?? 0) + (party?.short ?? 0)),
    pct(party?.met ?? 0, (party?.met ?? 0) + (party?.short ?? 0)),
  ]
})
const direct = minus(
  rollup(SCHOOLS, department),
  offices.map((office) => rollup(SCHOOLS, office))
)
const directParty = minus(
  rollup(PARTY, department),
  offices.map((office) => rollup(PARTY, office))
)
table([
  ["Phòng GD&ĐT", "Tin Phòng", "Trường đạt", "Tỉ lệ", "Đảng viên đạt", "Tỉ lệ"],
  ...perOffice,
  [
    "Trực thuộc Sở (gồm cơ quan Sở)",
    "",
    ratio(direct.met, direct.all),
    pct(direct.met, direct.all),
    ratio(directParty.met, directParty.all),
    pct(directParty.met, directParty.all),
  ],
])
say()

// Per kind of school: peers compared with peers.
const peers = report.peers.filter((group) => group.rule === SCHOOLS && group.period === WEEK)
table([
  ["Theo loại trường, trung tâm (≥ 01 tin, bài/tuần)", "Đạt", "Tỉ lệ"],
  ...UNIT_KINDS.flatMap((kind) => {
    const group = peers.find((entry) => entry.kind === kind)
    return group === undefined
      ? []
      : [[UNIT_KIND_LABELS[kind].vi.replace(/^Trường /, ""), ratio(group.met, group.subjects), pct(group.met, group.subjects)]]
  }),
])
say()

// Units to remind: no post on their Fanpage this week, grouped by who collects their report.
const shortUnits = [...verdicts(SCHOOLS), ...verdicts(OFFICES), ...verdicts(DEPARTMENT)]
  .filter((q) => q.status === "short" && "unit" in q.subject)
  .map((q) => ("unit" in q.subject ? q.subject.unit : ""))
say(`Đơn vị cần nhắc — chưa đủ tin, bài trên Trang Fanpage trong tuần: ${n(shortUnits.length)}`)
const parentOf = (id: string): string => {
  const unit = units.get(id)
  return unit?.parent ?? unit?.parents?.[0]?.unit ?? ""
}
for (const owner of [...offices, department]) {
  const mine = shortUnits
    .filter((id) => parentOf(id) === owner)
    .map(shortName)
    .sort((a, b) => a.localeCompare(b, "vi"))
  if (mine.length > 0)
    wrap(`  ${owner === department ? "Trực thuộc Sở" : shortName(owner).replace("Phòng GD&ĐT ", "")} (${mine.length}): `, mine)
}
say()

// Party members to remind, counted per unit from the per-person verdicts (people: true). The list
// itself goes to the reminders (Zalo, eNetViet), not into this report.
const party = verdicts(PARTY)
const members = new Map<string, { short: number; all: number }>()
for (const q of party) {
  const entry = members.get(q.unit) ?? { short: 0, all: 0 }
  entry.all++
  if (q.status === "short") entry.short++
  members.set(q.unit, entry)
}
const behind = [...members]
  .filter(([, entry]) => entry.short > 0)
  .sort(([a, x], [b, y]) => y.short - x.short || y.short / y.all - x.short / x.all || a.localeCompare(b))
say(`Đảng viên cần nhắc: ${n(party.filter((q) => q.status === "short").length)} người ở ${n(behind.length)} đơn vị; nhiều nhất:`)
table(
  behind.slice(0, 8).map(([unit, entry]) => [`${shortName(unit)}:`, `${entry.short} đảng viên chưa đạt`, `(trên ${entry.all})`])
)
say()

// Channel setup (Nhiệm vụ 2, 3), as things stood at the end of the week.
const faults = report.setup.filter((entry) => entry.status !== "ok")
const count = (status: string): number => faults.filter((entry) => entry.status === status).length
say(
  `Kênh truyền thông đến ngày ${formatShortDate(`${report.setupOn ?? "2024-12-08"}T12:00:00+07:00`)}: ${count(
    "missing"
  )} kênh còn thiếu, ` +
    `${count("misnamed")} nhóm đặt tên chưa theo “Truyền thông + Tên đơn vị”, ${
      count("wrong-admins") + count("wrong-members")
    } kênh sai quản trị viên/thành viên.`
)
say(`Nhắc qua nhóm Zalo “Truyền thông + Tên đơn vị”; báo cáo không ghi tên, số điện thoại của đảng viên.`)
if (report.issues.length > 0) say(`Dữ liệu có ${report.issues.length} vấn đề; xem report.issues.`)

console.log(lines.join("\n"))
