/**
 * The report as a table a Sở or Phòng office reads in a terminal: how many
 * met each quota, by managing unit, who is short, which units and how many
 * party members to remind, the channel setup, and the problems found in
 * the data. Aggregated by unit: it never lists a person.
 *
 * @since 0.1.0
 * @module
 */
import { abbreviateUnitName, formatPeriod, formatShortDate, parsePeriodId, toInstant, type Locale } from "@lantoa/core"
import type { Report } from "@lantoa/engine"
import { formatCount, formatRate, say, type Text } from "./internal/text.js"

/**
 * Options of {@link formatReportTable}.
 *
 * - `units`: the dataset's unit records, for names (the report carries ids
 *   only) and to tell managing units (someone reports to them) from schools;
 * - `locale`: the table's language; default the report's;
 * - `maxListed`: how many units a list shows before "… và N đơn vị khác"
 *   (default 12).
 *
 * @example
 * ```ts
 * const options: ReportTableOptions = { units: dataset.units, maxListed: 20 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReportTableOptions {
  readonly units?: ReadonlyArray<unknown>
  readonly locale?: Locale
  readonly maxListed?: number
}

interface UnitInfo {
  readonly names: ReadonlyMap<string, string>
  /** A unit's parent (its `parent`, or the last of its `parents`). */
  readonly parents: ReadonlyMap<string, string>
  readonly managing: ReadonlySet<string>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

const unitInfo = (units: ReadonlyArray<unknown>): UnitInfo => {
  const names = new Map<string, string>()
  const parents = new Map<string, string>()
  const managing = new Set<string>()
  for (const unit of units) {
    if (!isRecord(unit) || typeof unit.id !== "string") continue
    if (typeof unit.name === "string") names.set(unit.id, abbreviateUnitName(unit.name))
    if (typeof unit.parent === "string") {
      managing.add(unit.parent)
      parents.set(unit.id, unit.parent)
    }
    if (Array.isArray(unit.parents)) {
      for (const edge of unit.parents) {
        if (!isRecord(edge) || typeof edge.unit !== "string") continue
        managing.add(edge.unit)
        parents.set(unit.id, edge.unit)
      }
    }
  }
  return { names, parents, managing }
}

/** "Tuần 49/2024", "Tháng 12/2024", "HK1 2024–2025", "Năm học 2024–2025" — short enough for a column; an unknown id as written. */
const periodLabel = (id: string, locale: Locale): string =>
  parsePeriodId(id) === undefined ? id : formatPeriod(id, { short: true, locale })

const cut = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, width - 1)}…`)

/**
 * Rows of cells, columns padded to their widest cell: text columns (`layout`: the first
 * `layout` columns, the first by default; or one letter per column, `l` left and `r` right)
 * left-aligned, numbers right-aligned. NFC Vietnamese is one code point per letter, so
 * `length` is the width.
 */
const table = (rows: ReadonlyArray<ReadonlyArray<string>>, layout: number | string = 1): Array<string> => {
  const widths: Array<number> = []
  for (const row of rows) row.forEach((cell, k) => (widths[k] = Math.max(widths[k] ?? 0, cell.length)))
  const left = (k: number): boolean => (typeof layout === "number" ? k < layout : layout[k] !== "r")
  return rows.map(
    (row) =>
      "  " +
      row
        .map((cell, k) => (left(k) ? cell.padEnd(widths[k] ?? 0) : cell.padStart(widths[k] ?? 0)))
        .join("  ")
        .trimEnd()
  )
}

/** Points as a clerk writes them: "87,5" (vi), "87.5" (en); at most 2 decimals. */
const formatPoints = (points: number, locale: Locale): string => {
  const text = String(Math.round(points * 100) / 100)
  return locale === "en" ? text : text.replace(".", ",")
}

const T = {
  title: { vi: "BÁO CÁO THỰC HIỆN KẾ HOẠCH", en: "PLAN COMPLIANCE REPORT" },
  policy: { vi: "Bộ quy định", en: "Policy" },
  version: { vi: "phiên bản", en: "version" },
  range: { vi: "Khoảng đánh giá", en: "Range" },
  now: { vi: "Thời điểm đánh giá", en: "Evaluated at" },
  totals: { vi: "Kết quả theo định mức", en: "Results by quota" },
  rule: { vi: "Định mức", en: "Quota" },
  period: { vi: "Kỳ", en: "Period" },
  met: { vi: "Đạt", en: "Met" },
  short: { vi: "Chưa đạt", en: "Short" },
  open: { vi: "Đang chạy", en: "Open" },
  exempt: { vi: "Miễn", en: "Exempt" },
  rate: { vi: "Tỉ lệ", en: "Rate" },
  byUnit: { vi: "Theo đơn vị quản lý (cộng các kỳ)", en: "By managing unit (periods added up)" },
  unit: { vi: "Đơn vị", en: "Unit" },
  shortUnits: { vi: "Đơn vị chưa đạt — cần nhắc", en: "Units short — to remind" },
  partyShort: { vi: "Đảng viên chưa đạt, theo đơn vị — cần nhắc", en: "Party members short, by unit — to remind" },
  setup: { vi: "Kênh truyền thông", en: "Communication channels" },
  deadlines: { vi: "Hạn chót trong khoảng đánh giá", en: "Deadlines in the range" },
  overdue: { vi: "Đơn vị quá hạn — cần nhắc", en: "Units overdue — to remind" },
  scores: { vi: "Điểm thi đua (xếp hạng trong nhóm đơn vị cùng loại)", en: "Emulation scores (ranked among units of the same kind)" },
  rank: { vi: "Hạng", en: "Rank" },
  points: { vi: "Điểm", en: "Points" },
  tier: { vi: "Xếp loại", en: "Rating" },
  issues: { vi: "Vấn đề trong dữ liệu", en: "Problems in the data" },
  none: { vi: "không có", en: "none" },
  allMet: { vi: "tất cả đều đạt", en: "all met" },
} satisfies Record<string, Text>

/** Ranks shown per peer group: the top three, as leaderboards show the upper part by default. */
const TOP_RANKS = 3
/** Rows shown per peer group at most (a tie at the top may be wide). */
const TOP_ROWS = 5

/**
 * The emulation scores: per peer group (units of one kind), the units ranked in the top three
 * with points and rating — an incomplete score marked "*" — then how many units each rating
 * holds (best rating first), how many scores are incomplete and how many units had nothing to
 * score. Units only.
 */
const scoresSection = (report: Report, locale: Locale, name: (id: string) => string): Array<string> => {
  const scores = report.scores.filter((score) => "unit" in score.subject)
  const unscored = (report.unscored ?? []).filter((entry) => "unit" in entry.subject)
  if (scores.length === 0 && unscored.length === 0) return []
  const asked = report.range.period === undefined ? "" : ` — ${periodLabel(report.range.period, locale)}`
  const out: Array<string> = ["", `${say(locale, T.scores)}${asked}`]
  const groups = new Map<string, Array<(typeof scores)[number]>>()
  for (const score of scores) {
    const list = groups.get(score.peerGroup)
    if (list === undefined) groups.set(score.peerGroup, [score])
    else list.push(score)
  }
  const rows: Array<ReadonlyArray<string>> = [[say(locale, T.rank), say(locale, T.unit), say(locale, T.points), say(locale, T.tier)]]
  const notes: Array<string> = []
  for (const [group, list] of groups) {
    const label = list[0]?.peerGroupLabel ?? group
    rows.push(["", `${cut(abbreviateUnitName(label), 44)} (${formatCount(list.length, locale)})`, "", ""])
    const top = [...list].sort((a, b) => a.rank - b.rank).filter((score) => score.rank <= TOP_RANKS)
    for (const score of top.slice(0, TOP_ROWS)) {
      const unit = (score.subject as { unit: string }).unit
      const mark = score.incomplete === true ? " *" : ""
      rows.push([String(score.rank), `  ${cut(name(unit), 44)}`, formatPoints(score.total, locale), `${score.tierLabel ?? score.tier ?? ""}${mark}`])
    }
    if (top.length > TOP_ROWS) {
      rows.push(["", `  ${say(locale, { vi: `… và ${top.length - TOP_ROWS} đơn vị khác`, en: `… and ${top.length - TOP_ROWS} more` })}`, "", ""])
    }
  }
  if (scores.length > 0) out.push(...table(rows, "rlrl"))
  // Ratings best first: by the highest total each one holds.
  const byTier = new Map<string, { label: string; count: number; best: number }>()
  for (const score of scores) {
    const key = score.tier ?? ""
    const entry = byTier.get(key) ?? { label: score.tierLabel ?? key, count: 0, best: Number.NEGATIVE_INFINITY }
    entry.count++
    entry.best = Math.max(entry.best, score.total)
    byTier.set(key, entry)
  }
  if (byTier.size > 0) {
    const counts = [...byTier.values()].sort((a, b) => b.best - a.best).map((entry) => [entry.label, formatCount(entry.count, locale)])
    out.push("", ...table([[say(locale, T.tier), say(locale, { vi: "Số đơn vị", en: "Units" })], ...counts]))
  }
  const incomplete = scores.filter((score) => score.incomplete === true).length
  if (incomplete > 0) {
    notes.push(
      say(locale, {
        vi: `* Chưa đầy đủ số liệu: ${formatCount(incomplete, locale)} đơn vị (tiêu chí thiếu số liệu được 0 điểm; xem --format json)`,
        en: `* Incomplete: ${formatCount(incomplete, locale)} units (criteria without data earn 0; see --format json)`,
      })
    )
  }
  if (unscored.length > 0) {
    notes.push(
      say(locale, {
        vi: `Không chấm điểm: ${formatCount(unscored.length, locale)} đơn vị (không có tiêu chí cộng điểm nào áp dụng)`,
        en: `Not scored: ${formatCount(unscored.length, locale)} units (no criterion earning points applies)`,
      })
    )
  }
  return [...out, ...notes.map((note) => `  ${note}`)]
}

const more = (count: number, locale: Locale): string =>
  say(locale, { vi: `… và ${count} đơn vị khác (xem --format json)`, en: `… and ${count} more (see --format json)` })

/**
 * Formats a report as a readable table (Vietnamese by default): the
 * headline per quota and period, the Sở and each Phòng, the units short of
 * a unit quota, the party members short per unit (counts, never names),
 * the channel setup audit, the deadlines, the emulation scores when the
 * report has them (per group of units of the same kind, the top three
 * ranks with their points and rating — never the lower half — and how
 * many units each rating holds) and the data problems. Lines fit 100
 * columns; long lists end with "… và N đơn vị khác".
 *
 * @example
 * ```ts
 * const report = createEngine(hoaBinh2024).evaluate(dataset, { period: "2024-W49", now: "2024-12-10T08:00:00+07:00" })
 * console.log(formatReportTable(report, { units: dataset.units }))
 * //=> BÁO CÁO THỰC HIỆN KẾ HOẠCH — hoa-binh-2024 phiên bản 1.0.0
 * //   Khoảng đánh giá: Tuần 49/2024: 02/12/2024 – 08/12/2024
 * //   Thời điểm đánh giá: 10/12/2024 08:00
 * //   …
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const formatReportTable = (report: Report, options: ReportTableOptions = {}): string => {
  const locale = options.locale ?? report.locale
  const max = options.maxListed ?? 12
  const info = unitInfo(options.units ?? [])
  const name = (id: string): string => info.names.get(id) ?? id
  const titleOf = new Map(report.rules.map((rule) => [rule.id, rule.title]))
  const subjectsOf = new Map(report.rules.map((rule) => [rule.id, rule.subjects]))
  const out: Array<string> = []
  const heading = (text: Text): void => {
    out.push("", say(locale, text))
  }

  out.push(`${say(locale, T.title)} — ${report.policy.id} ${say(locale, T.version)} ${report.policy.version}`)
  const from = toInstant(report.range.from)
  const to = toInstant(report.range.to)
  const days =
    from === undefined || to === undefined
      ? `${report.range.from} → ${report.range.to}`
      : `${formatShortDate(from)} – ${formatShortDate(to - 1)}`
  const asked = report.range.period === undefined ? "" : `${periodLabel(report.range.period, locale)}: `
  out.push(`${say(locale, T.range)}: ${asked}${days}`)
  // The wire form is local time with its offset: its date and hh:mm are the local ones.
  out.push(`${say(locale, T.now)}: ${formatShortDate(report.now)} ${report.now.slice(11, 16)}`)

  heading(T.totals)
  const totals = report.totals.map((row, k) => [
    report.totals[k - 1]?.rule === row.rule ? "" : cut(titleOf.get(row.rule) ?? row.rule, 60),
    periodLabel(row.period, locale),
    formatCount(row.met, locale),
    formatCount(row.short, locale),
    formatCount(row.open, locale),
    formatRate(row.rate, locale),
  ])
  out.push(
    ...table(
      [
        [
          say(locale, T.rule),
          say(locale, T.period),
          say(locale, T.met),
          say(locale, T.short),
          say(locale, T.open),
          say(locale, T.rate),
        ],
        ...totals,
      ],
      2
    )
  )

  // The managing units (the Sở, each Phòng), summed over the periods of each unit rule. A
  // row that only restates a unit's own verdict (a Phòng and its own weekly posts) is left out.
  const ownVerdicts = new Set(report.quotas.flatMap((q) => ("unit" in q.subject ? [`${q.rule}\u0000${q.subject.unit}`] : [])))
  const sums = new Map<string, { unit: string; rule: string; met: number; owing: number }>()
  for (const row of report.rollups) {
    if (subjectsOf.get(row.rule) !== "unit" || !info.managing.has(row.unit)) continue
    const key = `${row.rule}\u0000${row.unit}`
    const sum = sums.get(key) ?? { unit: row.unit, rule: row.rule, met: 0, owing: 0 }
    sum.met += row.met
    sum.owing += row.met + row.short + (row.open ?? 0)
    sums.set(key, sum)
  }
  const periodsOf = new Map(report.rules.map((rule) => [rule.id, Math.max(1, rule.periods.length)]))
  const groups = report.rules
    .filter((rule) => rule.subjects === "unit")
    .map((rule) => ({
      rule,
      rows: [...sums.values()].filter(
        (sum) =>
          sum.rule === rule.id && !(ownVerdicts.has(`${rule.id}\u0000${sum.unit}`) && sum.owing <= (periodsOf.get(rule.id) ?? 1))
      ),
    }))
    .filter((group) => group.rows.length > 0)
  if (groups.length > 0) {
    heading(T.byUnit)
    const rows: Array<ReadonlyArray<string>> = [[say(locale, T.unit), say(locale, T.met), say(locale, T.rate)]]
    for (const { rule, rows: sumsOfRule } of groups) {
      rows.push([cut(rule.title, 76), "", ""])
      for (const sum of sumsOfRule) {
        rows.push([
          `  ${cut(name(sum.unit), 60)}`,
          `${formatCount(sum.met, locale)}/${formatCount(sum.owing, locale)}`,
          formatRate(sum.owing === 0 ? null : sum.met / sum.owing, locale),
        ])
      }
    }
    out.push(...table(rows))
  }

  heading(T.shortUnits)
  const short = report.quotas.filter((q) => "unit" in q.subject && q.status === "short")
  if (short.length === 0) out.push(`  ${say(locale, T.allMet)}`)
  const shortRows = short.slice(0, max).map((q) => {
    const unit = (q.subject as { unit: string }).unit
    const parent = info.parents.get(unit)
    return [
      cut(name(unit), 44),
      cut(parent === undefined ? "" : name(parent), 36),
      periodLabel(q.period, locale),
      `${q.counted}/${q.required}`,
    ]
  })
  out.push(...table(shortRows, 3))
  if (short.length > max) out.push(`  ${more(short.length - max, locale)}`)

  // Person rules: the rows of units no one reports to (schools), as counts.
  const party = report.rollups.filter(
    (row) => subjectsOf.get(row.rule) === "person" && !info.managing.has(row.unit) && row.short > 0
  )
  if (report.rules.some((rule) => rule.subjects === "person")) {
    heading(T.partyShort)
    if (party.length === 0) out.push(`  ${say(locale, T.allMet)}`)
    const sorted = [...party].sort((a, b) => b.short - a.short || (a.unit < b.unit ? -1 : 1))
    out.push(
      ...table(
        sorted
          .slice(0, max)
          .map((row) => [
            cut(name(row.unit), 48),
            periodLabel(row.period, locale),
            say(locale, { vi: `${row.short}/${row.subjects} đảng viên chưa đạt`, en: `${row.short}/${row.subjects} short` }),
          ]),
        3
      )
    )
    if (sorted.length > max) out.push(`  ${more(sorted.length - max, locale)}`)
  }

  if (report.setupOn !== undefined) {
    heading({ vi: `${T.setup.vi} (ngày ${report.setupOn})`, en: `${T.setup.en} (on ${report.setupOn})` })
    const byRequirement = new Map<string, Map<string, number>>()
    for (const entry of report.setup) {
      const counts = byRequirement.get(entry.requirement) ?? new Map<string, number>()
      counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1)
      byRequirement.set(entry.requirement, counts)
    }
    const statuses = ["ok", "missing", "misnamed", "wrong-admins", "wrong-members"] as const
    const labels: Record<(typeof statuses)[number], Text> = {
      ok: { vi: "Đúng", en: "OK" },
      missing: { vi: "Thiếu", en: "Missing" },
      misnamed: { vi: "Sai tên", en: "Misnamed" },
      "wrong-admins": { vi: "Sai QTV", en: "Admins" },
      "wrong-members": { vi: "Thiếu TV", en: "Members" },
    }
    if (byRequirement.size === 0) out.push(`  ${say(locale, T.none)}`)
    else {
      const header = [say(locale, { vi: "Yêu cầu", en: "Requirement" }), ...statuses.map((status) => say(locale, labels[status]))]
      const rows = [...byRequirement].map(([requirement, counts]) => [
        requirement,
        ...statuses.map((status) => formatCount(counts.get(status) ?? 0, locale)),
      ])
      out.push(...table([header, ...rows]))
    }
  }

  if (report.deadlines.length > 0) {
    heading(T.deadlines)
    const statuses = ["done-on-time", "done-late", "overdue", "due-soon", "upcoming"] as const
    const labels: Record<(typeof statuses)[number], Text> = {
      "done-on-time": { vi: "Đúng hạn", en: "On time" },
      "done-late": { vi: "Muộn", en: "Late" },
      overdue: { vi: "Quá hạn", en: "Overdue" },
      "due-soon": { vi: "Sắp hạn", en: "Due soon" },
      upcoming: { vi: "Chưa đến", en: "Upcoming" },
    }
    const byOccurrence = new Map<string, { task: string; date: string; counts: Map<string, number> }>()
    for (const entry of report.deadlines) {
      const key = entry.occurrence ?? `${entry.task}@${entry.due}`
      const row = byOccurrence.get(key) ?? { task: entry.task, date: entry.date ?? entry.due.slice(0, 10), counts: new Map<string, number>() }
      row.counts.set(entry.status, (row.counts.get(entry.status) ?? 0) + 1)
      byOccurrence.set(key, row)
    }
    const header = [
      say(locale, { vi: "Nhiệm vụ", en: "Task" }),
      say(locale, { vi: "Hạn chót", en: "Due" }),
      ...statuses.map((status) => say(locale, labels[status])),
    ]
    const rows = [...byOccurrence.values()].map(({ task, date, counts }) => [
      task,
      locale === "en" ? date : `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`,
      ...statuses.map((status) => formatCount(counts.get(status) ?? 0, locale)),
    ])
    out.push(...table([header, ...rows], 2))
    const overdue = report.deadlines.filter((entry) => entry.status === "overdue")
    if (overdue.length > 0) {
      heading(T.overdue)
      out.push(
        ...table(
          overdue.slice(0, max).map((entry) => [
            cut(name(entry.unit), 48),
            entry.task,
            say(locale, { vi: `quá hạn ${-(entry.daysLeft ?? 0)} ngày`, en: `${-(entry.daysLeft ?? 0)} days overdue` }),
          ]),
          3
        )
      )
      if (overdue.length > max) out.push(`  ${more(overdue.length - max, locale)}`)
    }
  }

  out.push(...scoresSection(report, locale, name))

  heading(T.issues)
  if (report.issues.length === 0) out.push(`  ${say(locale, T.none)}`)
  for (const issue of report.issues.slice(0, max)) out.push(`  ${cut(issue.message, 98)}`)
  if (report.issues.length > max) {
    out.push(
      `  ${say(locale, {
        vi: `… và ${report.issues.length - max} vấn đề khác (xem --format json)`,
        en: `… and ${report.issues.length - max} more (see --format json)`,
      })}`
    )
  }
  return `${out.join("\n")}\n`
}
