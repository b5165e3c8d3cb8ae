/**
 * Writing the engine's report (contract v1) as the workbook a Phòng or the
 * Sở sends upward: the compliance matrix (units × weeks, coloured by
 * status), results per quota, roll-ups per managing unit, deadlines,
 * emulation scores, featured pages, who to remind, and the problems in
 * the data — or the same tables as CSV files.
 *
 * @since 0.1.0
 * @module
 */
import { abbreviateUnitName, formatPeriod, formatShortDate, parsePeriodId, toInstant } from "@lantoa/core"
import { PLATFORM_LABELS, type Platform } from "@lantoa/hierarchy"
import type { WriteSheetsOptions } from "./RosterWrite.js"
import { dayMonthYear } from "./RosterWrite.js"
import { writeTables, type OutCell, type OutColumn, type OutTable, type OutValue } from "./internal/write.js"


/**
 * The parts of the engine's report (contract v1, `lantoa/v1`) that
 * {@link writeReport} exports — what any `Report` of `@lantoa/engine`
 * has, and what a report read back from JSON has. The adapter depends on
 * the contract, not on the engine package.
 *
 * @example
 * ```ts
 * const report: SheetReport = createEngine(hoaBinh2024).evaluate(dataset, { period: "2024-11", now })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SheetReport {
  readonly policy: { readonly id: string; readonly version: string }
  readonly periods: ReadonlyArray<string>
  readonly quotas: ReadonlyArray<{
    readonly rule: string
    readonly subject: { readonly unit: string } | { readonly person: string }
    readonly period: string
    readonly required: number
    readonly counted: number
    readonly status: string
  }>
  readonly rollups: ReadonlyArray<{
    readonly unit: string
    readonly rule: string
    readonly period: string
    readonly subjects: number
    readonly met: number
    readonly short: number
    readonly open?: number
    readonly exempt?: number
    readonly rate: number | null
  }>
  readonly deadlines: ReadonlyArray<{
    readonly task: string
    readonly unit: string
    readonly due: string
    readonly status: string
    readonly done?: string
    readonly date?: string
    readonly daysLeft?: number
    readonly explanation?: string
  }>
  readonly scores: ReadonlyArray<{
    readonly subject: { readonly unit: string } | { readonly person: string }
    readonly period: string
    readonly total: number
    readonly rank?: number
    readonly tier?: string
    readonly tierLabel?: string
    readonly peerGroupLabel?: string
    readonly maxTotal?: number
    readonly incomplete?: boolean
  }>
  readonly featured: ReadonlyArray<{ readonly week: string; readonly channel: string; readonly reason: string; readonly unit?: string }>
  readonly issues: ReadonlyArray<{ readonly severity: string; readonly code: string; readonly path: string; readonly message: string }>
  readonly range?: { readonly from: string; readonly to: string; readonly period?: string }
  readonly now?: string
  readonly rules?: ReadonlyArray<{ readonly id: string; readonly title: string; readonly subjects: string; readonly period: string; readonly minimum: number }>
  readonly totals?: ReadonlyArray<{
    readonly rule: string
    readonly period: string
    readonly subjects: number
    readonly met: number
    readonly short: number
    readonly open: number
    readonly exempt: number
    readonly rate: number | null
  }>
}

/**
 * Options of {@link writeReport}:
 *
 * - `units`: the dataset's units, for names and each unit's managing unit
 *   (the report carries ids only);
 * - `people`: the dataset's people, for names in the list to remind (only
 *   when the report has per-person verdicts);
 * - `channels`: for the names of featured pages;
 * - `phones`: put people's phone numbers in the list to remind (default
 *   false: personal data goes only where it is needed and asked for);
 * - `delimiter`, `timeZone`: as {@link WriteSheetsOptions}.
 *
 * @example
 * ```ts
 * await writeReport(report, "bao-cao-thang-11.xlsx", { units: dataset.units, channels: dataset.channels })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface WriteReportOptions extends WriteSheetsOptions {
  readonly units?: ReadonlyArray<{ readonly id: string; readonly name: string; readonly parent?: string | null | undefined; readonly parents?: ReadonlyArray<{ readonly unit: string }> | undefined }>
  readonly people?: ReadonlyArray<{ readonly id: string; readonly name: string; readonly unit: string; readonly phone?: string | number | null | undefined }>
  readonly channels?: ReadonlyArray<{ readonly id: string; readonly name: string; readonly platform: string }>
  readonly phones?: boolean
}

/**
 * The fill colours of the report's statuses (ARGB): green for met and done
 * on time, red for short and overdue, yellow for open and due soon, grey
 * for exempt, orange for done late.
 *
 * @example
 * ```ts
 * STATUS_COLOURS.met //=> "FFC6EFCE"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  met: "FFC6EFCE",
  short: "FFFFC7CE",
  open: "FFFFEB9C",
  exempt: "FFD9D9D9",
  "done-on-time": "FFC6EFCE",
  "done-late": "FFF8CBAD",
  overdue: "FFFFC7CE",
  "due-soon": "FFFFEB9C",
  upcoming: "FFFFFFFF",
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  met: "Đạt",
  short: "Chưa đạt",
  open: "Đang chạy",
  exempt: "Miễn",
  upcoming: "Chưa đến hạn",
  "due-soon": "Sắp đến hạn",
  overdue: "Quá hạn",
  "done-on-time": "Hoàn thành đúng hạn",
  "done-late": "Hoàn thành muộn",
}

// A mark that still reads in a CSV file, where colours are lost.
const STATUS_MARKS: Readonly<Record<string, string>> = { met: "✓", short: "✗", open: "…", exempt: "–" }

const SEVERITY_WORDS: Readonly<Record<string, string>> = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" }

const column = (header: string, width: number, numFmt?: string): OutColumn => (numFmt === undefined ? { header, width } : { header, width, numFmt })

/** "Tuần 46/2024", "Tháng 11/2024", "HK1 2024–2025", "Năm học 2024–2025"; an unknown id as it is. */
const periodLabel = (id: string): string => (parsePeriodId(id) === undefined ? id : formatPeriod(id, { short: true }))

const dateTime = (iso: string | undefined): string | undefined => {
  if (iso === undefined) return undefined
  const instant = toInstant(iso)
  if (instant === undefined) return iso
  // The wall clock the report was written in, as dd/mm/yyyy HH:mm.
  const local = /T(\d{2}:\d{2})/.exec(iso)?.[1]
  return `${formatShortDate(iso.slice(0, 10))}${local === undefined ? "" : ` ${local}`}`
}


interface Names {
  readonly unit: (id: string) => string
  readonly parent: (id: string) => string | undefined
  readonly order: (id: string) => number
  readonly rule: (id: string) => string
  /** Whether a unit collects others' reports (the Sở, a Phòng); every unit when no units were given. */
  readonly manages: (id: string) => boolean
  /** Whether a rule's subjects are people (from the report's rules). */
  readonly personal: (rule: string) => boolean
}

const namesOf = (report: SheetReport, options: WriteReportOptions): Names => {
  const units = new Map<string, { name: string; parent?: string; order: number }>()
  ;(options.units ?? []).forEach((unit, order) => {
    const edges = unit.parents ?? []
    const parent = typeof unit.parent === "string" ? unit.parent : edges[edges.length - 1]?.unit
    units.set(unit.id, parent === undefined ? { name: unit.name, order } : { name: unit.name, parent, order })
  })
  const rules = new Map((report.rules ?? []).map((rule) => [rule.id, rule.title]))
  const personal = new Set((report.rules ?? []).filter((rule) => rule.subjects === "person").map((rule) => rule.id))
  for (const quota of report.quotas) if ("person" in quota.subject) personal.add(quota.rule)
  const managing = new Set([...units.values()].flatMap((unit) => (unit.parent === undefined ? [] : [unit.parent])))
  return {
    manages: (id) => units.size === 0 || managing.has(id),
    personal: (rule) => personal.has(rule),
    unit: (id) => units.get(id)?.name ?? id,
    parent: (id) => {
      const parent = units.get(id)?.parent
      return parent === undefined ? undefined : abbreviateUnitName(units.get(parent)?.name ?? parent)
    },
    order: (id) => units.get(id)?.order ?? Number.MAX_SAFE_INTEGER,
    rule: (id) => rules.get(id) ?? id,
  }
}

const status = (value: OutValue, code: string): OutCell => {
  const fill = STATUS_COLOURS[code]
  return fill === undefined ? { value } : { value, fill }
}

const infoTable = (report: SheetReport): OutTable => {
  const range = report.range
  const rows: Array<ReadonlyArray<OutValue>> = [
    ["Bộ quy định", `${report.policy.id} (phiên bản ${report.policy.version})`],
    ["Kỳ đánh giá", range?.period === undefined ? report.periods.map(periodLabel).join(", ") : periodLabel(range.period)],
    ["Từ", dateTime(range?.from)],
    ["Đến (không kể)", dateTime(range?.to)],
    ["Thời điểm đánh giá", dateTime(report.now)],
    ["Màu trong ma trận", "xanh: đạt (✓) · đỏ: chưa đạt (✗) · vàng: kỳ chưa hết, chưa đủ (…) · xám: miễn (–); ô ghi số tin, bài đã tính / số tối thiểu"],
    ["Dữ liệu cá nhân", "Báo cáo tổng hợp theo đơn vị; danh sách cán bộ cần nhắc chỉ có khi báo cáo có kết quả từng người. Chỉ gửi cho người có trách nhiệm."],
  ]
  return { name: "Thông tin", slug: "thong-tin", columns: [column("Mục", 24), column("Nội dung", 100)], rows, filter: false }
}

const totalsTable = (report: SheetReport, names: Names): OutTable => ({
  name: "Kết quả theo định mức",
  slug: "ket-qua",
  columns: [
    column("Định mức", 60), column("Mã định mức", 24), column("Kỳ", 16), column("Số đối tượng", 12), column("Đạt", 10),
    column("Chưa đạt", 10), column("Đang chạy", 10), column("Miễn", 8), column("Tỉ lệ đạt", 10, "0.0%"),
  ],
  rows: (report.totals ?? []).map((total) => [
    names.rule(total.rule), total.rule, periodLabel(total.period), total.subjects, total.met, total.short, total.open, total.exempt, total.rate,
  ]),
  freeze: { rows: 1, columns: 1 },
})

const matrixTable = (report: SheetReport, names: Names): OutTable => {
  const order = new Map(report.periods.map((period, k) => [period, k]))
  const rows = new Map<string, { unit: string; rule: string; cells: Map<string, (typeof report.quotas)[number]> }>()
  const periods = new Set<string>()
  for (const quota of report.quotas) {
    if (!("unit" in quota.subject)) continue
    const key = `${quota.subject.unit}\u0000${quota.rule}`
    let entry = rows.get(key)
    if (entry === undefined) rows.set(key, (entry = { unit: quota.subject.unit, rule: quota.rule, cells: new Map() }))
    entry.cells.set(quota.period, quota)
    periods.add(quota.period)
  }
  const columns = [...periods].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0) || a.localeCompare(b))
  const sorted = [...rows.values()].sort(
    (a, b) => names.order(a.unit) - names.order(b.unit) || a.unit.localeCompare(b.unit) || a.rule.localeCompare(b.rule),
  )
  return {
    name: "Ma trận tuân thủ",
    slug: "ma-tran",
    columns: [
      column("Mã đơn vị", 22), column("Tên đơn vị", 40), column("Đơn vị cấp trên", 34), column("Định mức", 26),
      ...columns.map((period) => column(periodLabel(period), 12)),
    ],
    rows: (function* () {
      for (const entry of sorted) {
        yield [
          entry.unit, names.unit(entry.unit), names.parent(entry.unit), entry.rule,
          ...columns.map((period) => {
            const quota = entry.cells.get(period)
            if (quota === undefined) return null
            return status(`${STATUS_MARKS[quota.status] ?? ""} ${quota.counted}/${quota.required}`.trim(), quota.status)
          }),
        ]
      }
    })(),
    freeze: { rows: 1, columns: 2 },
  }
}

const rollupsTable = (report: SheetReport, names: Names): OutTable => ({
  name: "Theo đơn vị quản lý",
  slug: "theo-don-vi-quan-ly",
  columns: [
    column("Mã đơn vị", 22), column("Đơn vị", 40), column("Định mức", 24), column("Kỳ", 16), column("Số đối tượng", 12),
    column("Đạt", 10), column("Chưa đạt", 10), column("Đang chạy", 10), column("Miễn", 8), column("Tỉ lệ đạt", 10, "0.0%"),
  ],
  rows: report.rollups.filter((rollup) => names.manages(rollup.unit)).map((rollup) => [
    rollup.unit, names.unit(rollup.unit), rollup.rule, periodLabel(rollup.period), rollup.subjects, rollup.met, rollup.short,
    rollup.open ?? 0, rollup.exempt ?? 0, rollup.rate,
  ]),
  freeze: { rows: 1, columns: 2 },
})

const deadlinesTable = (report: SheetReport, names: Names): OutTable => ({
  name: "Hạn chót",
  slug: "han-chot",
  columns: [
    column("Nhiệm vụ", 24), column("Mã đơn vị", 22), column("Đơn vị", 40), column("Hạn chót", 12), column("Trạng thái", 20),
    column("Hoàn thành lúc", 18), column("Còn (ngày)", 10), column("Ghi chú", 60),
  ],
  rows: report.deadlines.map((deadline) => [
    deadline.task, deadline.unit, names.unit(deadline.unit), dayMonthYear(deadline.date ?? deadline.due.slice(0, 10)),
    status(STATUS_WORDS[deadline.status] ?? deadline.status, deadline.status), dateTime(deadline.done), deadline.daysLeft, deadline.explanation,
  ]),
  freeze: { rows: 1, columns: 3 },
})

const subjectName = (subject: SheetReport["scores"][number]["subject"], names: Names, people: ReadonlyMap<string, string>): string =>
  "unit" in subject ? names.unit(subject.unit) : (people.get(subject.person) ?? subject.person)

const scoresTable = (report: SheetReport, names: Names, people: ReadonlyMap<string, string>): OutTable => ({
  name: "Điểm thi đua",
  slug: "diem-thi-dua",
  columns: [
    column("Mã", 22), column("Đơn vị / cán bộ", 40), column("Nhóm so sánh", 30), column("Kỳ", 16), column("Điểm", 8, "0.##"),
    column("Điểm tối đa", 10), column("Hạng trong nhóm", 10), column("Xếp loại", 20), column("Thiếu số liệu", 10),
  ],
  rows: report.scores.map((score) => [
    "unit" in score.subject ? score.subject.unit : score.subject.person, subjectName(score.subject, names, people), score.peerGroupLabel,
    periodLabel(score.period), score.total, score.maxTotal, score.rank, score.tierLabel ?? score.tier, score.incomplete === true ? "x" : undefined,
  ]),
  freeze: { rows: 1, columns: 2 },
})

const featuredTable = (report: SheetReport, names: Names, options: WriteReportOptions): OutTable => {
  const channels = new Map((options.channels ?? []).map((channel) => [channel.id, channel]))
  return {
    name: "Trang lan tỏa",
    slug: "trang-lan-toa",
    columns: [column("Tuần", 14), column("Mã kênh", 26), column("Trang", 40), column("Đơn vị", 40), column("Lý do", 80)],
    rows: report.featured.map((pick) => {
      const channel = channels.get(pick.channel)
      const label = channel === undefined ? undefined : `${PLATFORM_LABELS[channel.platform as Platform]?.vi ?? channel.platform} ${channel.name}`
      return [periodLabel(pick.week), pick.channel, label, pick.unit === undefined ? undefined : names.unit(pick.unit), pick.reason]
    }),
  }
}

const remindTable = (report: SheetReport, names: Names, options: WriteReportOptions): OutTable => {
  const people = new Map((options.people ?? []).map((person) => [person.id, person]))
  const rows: Array<ReadonlyArray<OutValue | OutCell>> = []
  const behind = new Map<string, { subject: SheetReport["quotas"][number]["subject"]; rule: string; periods: Array<string>; status: string }>()
  for (const quota of report.quotas) {
    if (quota.status !== "short" && quota.status !== "open") continue
    if (quota.status === "open" && quota.counted >= quota.required) continue
    const id = "unit" in quota.subject ? `u\u0000${quota.subject.unit}` : `p\u0000${quota.subject.person}`
    const key = `${id}\u0000${quota.rule}`
    const entry = behind.get(key) ?? { subject: quota.subject, rule: quota.rule, periods: [], status: quota.status }
    entry.periods.push(quota.period)
    if (quota.status === "short") entry.status = "short"
    behind.set(key, entry)
  }
  for (const entry of behind.values()) {
    const what = `${names.rule(entry.rule)} — ${entry.status === "short" ? "chưa đạt" : "chưa đủ, kỳ chưa hết"}: ${entry.periods.map(periodLabel).join(", ")}`
    if ("unit" in entry.subject) {
      const unit = entry.subject.unit
      rows.push(["Đơn vị", unit, names.unit(unit), names.parent(unit), undefined, undefined, status(what, entry.status)])
    } else {
      const person = people.get(entry.subject.person)
      const phone = options.phones === true && person?.phone !== undefined && person.phone !== null ? String(person.phone) : undefined
      const unit = person?.unit
      rows.push(["Cán bộ", unit, unit === undefined ? undefined : names.unit(unit), unit === undefined ? undefined : names.parent(unit), person?.name ?? entry.subject.person, phone, status(what, entry.status)])
    }
  }
  // Without per-person verdicts, how many people each school has behind (the roll-ups of person rules).
  const perUnit = new Map<string, { unit: string; rule: string; parts: Array<string> }>()
  const personVerdicts = report.quotas.some((quota) => "person" in quota.subject)
  for (const rollup of personVerdicts ? [] : report.rollups) {
    if (!names.personal(rollup.rule) || names.manages(rollup.unit) || rollup.short === 0) continue
    const key = `${rollup.unit}\u0000${rollup.rule}`
    const entry = perUnit.get(key) ?? { unit: rollup.unit, rule: rollup.rule, parts: [] }
    entry.parts.push(`${periodLabel(rollup.period)}: ${rollup.short} người`)
    perUnit.set(key, entry)
  }
  for (const entry of perUnit.values()) {
    const what = `${names.rule(entry.rule)} — số người chưa đạt: ${entry.parts.join("; ")}`
    rows.push(["Đơn vị", entry.unit, names.unit(entry.unit), names.parent(entry.unit), undefined, undefined, status(what, "short")])
  }
  for (const deadline of report.deadlines) {
    if (deadline.status !== "overdue" && deadline.status !== "due-soon") continue
    const what = `Nhiệm vụ ${deadline.task} — ${STATUS_WORDS[deadline.status]}, hạn chót ${dayMonthYear(deadline.date ?? deadline.due.slice(0, 10))}`
    rows.push(["Đơn vị", deadline.unit, names.unit(deadline.unit), names.parent(deadline.unit), undefined, undefined, status(what, deadline.status)])
  }
  return {
    name: "Cần nhắc",
    slug: "can-nhac",
    columns: [
      column("Nhắc", 10), column("Mã đơn vị", 22), column("Đơn vị", 40), column("Đơn vị cấp trên", 30), column("Cán bộ", 28),
      column("Số điện thoại", 14), column("Nội dung cần nhắc", 90),
    ],
    rows,
    freeze: { rows: 1, columns: 3 },
  }
}

const issuesTable = (report: SheetReport): OutTable => ({
  name: "Vấn đề dữ liệu",
  slug: "van-de-du-lieu",
  columns: [column("Mức độ", 10), column("Mã", 20), column("Vị trí", 30), column("Nội dung", 100)],
  rows: report.issues.map((issue) => [SEVERITY_WORDS[issue.severity] ?? issue.severity, issue.code, issue.path, issue.message]),
})

/**
 * Writes a report (contract v1) as an `.xlsx` workbook or as CSV files,
 * by the target's extension. The workbook's sheets: Thông tin (policy,
 * range, legend), Kết quả theo định mức, Ma trận tuân thủ (units × periods,
 * each cell "✓ 2/1" coloured by status), Theo đơn vị quản lý (roll-ups per
 * Phòng and the Sở), Hạn chót, Điểm thi đua, Trang lan tỏa (each when the
 * report has them), Cần nhắc (units and people behind, overdue deadlines)
 * and Vấn đề dữ liệu — each with a coloured header row, column widths,
 * frozen panes and a filter. A `.csv` target `bao-cao.csv` becomes one
 * UTF-8 file with a BOM per table beside it: `bao-cao-ma-tran.csv`,
 * `bao-cao-ket-qua.csv`, … Text starting with = + - @ (or a tab or CR) is
 * written with a leading apostrophe, so no cell runs as a formula.
 * Resolves to the files written.
 *
 * @example
 * ```ts
 * const report = createEngine(hoaBinh2024).evaluate(dataset, { period: "2024-11", now: "2024-12-02T08:00:00+07:00" })
 * await writeReport(report, "bao-cao-thang-11.xlsx", { units: dataset.units }) //=> ["bao-cao-thang-11.xlsx"]
 * await writeReport(report, "bao-cao.csv", { units: dataset.units })
 * //=> ["bao-cao-thong-tin.csv", "bao-cao-ket-qua.csv", "bao-cao-ma-tran.csv", …]
 * ```
 * @since 0.1.0
 * @category writing
 */
export const writeReport = (report: SheetReport, target: string, options: WriteReportOptions = {}): Promise<ReadonlyArray<string>> => {
  const names = namesOf(report, options)
  const people = new Map((options.people ?? []).map((person) => [person.id, person.name]))
  const tables: Array<OutTable> = [infoTable(report), totalsTable(report, names), matrixTable(report, names), rollupsTable(report, names)]
  if (report.deadlines.length > 0) tables.push(deadlinesTable(report, names))
  if (report.scores.length > 0) tables.push(scoresTable(report, names, people))
  if (report.featured.length > 0) tables.push(featuredTable(report, names, options))
  tables.push(remindTable(report, names, options), issuesTable(report))
  return writeTables(tables, target, options)
}
