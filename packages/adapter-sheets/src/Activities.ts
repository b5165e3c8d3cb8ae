/**
 * Reading self-reported activity — a Google Forms–style sheet where staff
 * give a timestamp, their name or staff code, their unit and the link of
 * what they posted or shared — into the activities of contract v1, matched
 * to the roster.
 *
 * @since 0.1.0
 * @module
 */
import { DEFAULT_TIME_ZONE, formatInstant, nameKey, type ActivityKind, type ActivityRecord } from "@lantoa/core"
import type { PersonRecord, UnitRecord } from "@lantoa/hierarchy"
import { instantOf, textOf } from "./internal/cells.js"
import { canonicalLink, shortHash } from "./internal/links.js"
import { readWorkbook, type Table } from "./internal/read.js"
import { ACTIVITY_SPEC, type ActivityField } from "./internal/specs.js"
import { openTable, scoreTable, type RowReader } from "./internal/tables.js"
import { UnitIndex } from "./internal/unitIndex.js"
import { activityKindOf } from "./internal/vocabulary.js"
import type { SheetIssue } from "./SheetIssue.js"
import type { ReadSheetsOptions, SheetSource } from "./SheetSource.js"

/**
 * Options of {@link readActivities}, besides the limits and `timeZone` of
 * {@link ReadSheetsOptions}.
 *
 * - `kind`: the activity of a row without a "Hình thức" column or answer.
 *   Default `"share"` (chia sẻ), what staff self-report.
 * - `dayFirst`: whether `1/2/2024 9:00` is 1 February (the Vietnamese
 *   form, default) or 2 January (a form owned by a US-locale account).
 *
 * @example
 * ```ts
 * await readActivities("chia-se.csv", dataset, { kind: "share", timeZone: "Asia/Ho_Chi_Minh" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReadActivitiesOptions extends ReadSheetsOptions {
  readonly kind?: ActivityKind
  readonly dayFirst?: boolean
}

/**
 * What {@link readActivities} resolves to: the activities (one per person
 * and link: duplicates counted once) and the rows that could not be used.
 *
 * @example
 * ```ts
 * const { activities, issues }: ReadActivitiesResult = await readActivities("chia-se.xlsx", dataset)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReadActivitiesResult {
  readonly activities: ReadonlyArray<ActivityRecord>
  readonly issues: ReadonlyArray<SheetIssue>
}

/**
 * The roster {@link readActivities} matches rows against: the units and
 * people of a dataset (a {@link SheetDataset}, the engine's `Dataset`, or
 * the sample province).
 *
 * @example
 * ```ts
 * const roster: ActivityRoster = { units: dataset.units, people: dataset.people }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ActivityRoster {
  readonly units: ReadonlyArray<UnitRecord>
  readonly people: ReadonlyArray<PersonRecord>
}

class PersonIndex {
  private readonly ids = new Map<string, PersonRecord>()
  private readonly lowerIds = new Map<string, PersonRecord>()
  private readonly inUnit = new Map<string, PersonRecord | null>()
  private readonly anywhere = new Map<string, PersonRecord | null>()

  constructor(people: ReadonlyArray<PersonRecord>) {
    for (const person of people) {
      this.ids.set(person.id, person)
      this.lowerIds.set(person.id.toLowerCase(), person)
      const name = nameKey(person.name)
      const key = `${person.unit}\u0000${name}`
      this.inUnit.set(key, this.inUnit.has(key) ? null : person)
      this.anywhere.set(name, this.anywhere.has(name) ? null : person)
    }
  }

  byId(text: string): PersonRecord | undefined {
    return this.ids.get(text) ?? this.lowerIds.get(text.toLowerCase())
  }

  /** By name within a unit, or anywhere when no unit is known; `null` when two people share the name. */
  byName(name: string, unit: string | undefined): PersonRecord | null | undefined {
    return unit === undefined ? this.anywhere.get(nameKey(name)) : this.inUnit.get(`${unit}\u0000${nameKey(name)}`)
  }
}

const activityTables = (tables: ReadonlyArray<Table>): ReadonlyArray<Table> => {
  const nonEmpty = tables.filter((table) => table.rows.length > 0)
  const matching = nonEmpty.filter((table) => scoreTable(table, ACTIVITY_SPEC) > 0)
  // None matches: the first sheet, so that its missing headers are named.
  return matching.length > 0 ? matching : nonEmpty.slice(0, 1)
}

const matchPerson = (
  row: RowReader<ActivityField>,
  people: PersonIndex,
  units: UnitIndex,
): PersonRecord | undefined => {
  const code = textOf(row.cell("personCode"))
  const name = textOf(row.cell("name"))
  if (code !== undefined) {
    const person = people.byId(code)
    if (person !== undefined) return person
    if (name === undefined) {
      row.issue("error", "unknown-person", "personCode", {
        vi: `không có cán bộ mã “${code}” trong danh sách; bỏ qua dòng này.`,
        en: `there is no person with id “${code}” in the roster; the row is skipped.`,
      })
      return undefined
    }
  }
  if (name === undefined) {
    row.issue("error", "missing-field", row.has("name") ? "name" : "personCode", {
      vi: "thiếu họ tên hoặc mã cán bộ; bỏ qua dòng này.",
      en: "the name or staff id is missing; the row is skipped.",
    })
    return undefined
  }
  const unitText = textOf(row.cell("unitCode")) ?? textOf(row.cell("unitName"))
  const unit = unitText === undefined ? undefined : units.find(unitText)
  if (unitText !== undefined && (unit === undefined || unit === null)) {
    row.issue("error", unit === null ? "ambiguous-unit" : "unknown-unit", row.has("unitCode") ? "unitCode" : "unitName", {
      vi: unit === null ? `có nhiều đơn vị tên “${unitText}”; hãy ghi mã đơn vị. Bỏ qua dòng này.` : `không có đơn vị “${unitText}” trong danh sách; bỏ qua dòng này.`,
      en: unit === null ? `several units are named “${unitText}”; give the unit's id. The row is skipped.` : `there is no unit “${unitText}” in the roster; the row is skipped.`,
    })
    return undefined
  }
  const found = unit ?? undefined
  const person = people.byName(name, found?.id)
  if (person === undefined || person === null) {
    const where = found === undefined ? { vi: "trong danh sách", en: "in the roster" } : { vi: `ở ${found.name}`, en: `in ${found.name}` }
    row.issue("error", person === null ? "ambiguous-person" : "unknown-person", "name", {
      vi: person === null
        ? `có nhiều cán bộ tên “${name}” ${where.vi}; hãy ghi mã cán bộ${unit === undefined ? " hoặc đơn vị" : ""}. Bỏ qua dòng này.`
        : `không tìm thấy cán bộ “${name}” ${where.vi}; bỏ qua dòng này.`,
      en: person === null
        ? `several people are named “${name}” ${where.en}; give the staff id${unit === undefined ? " or the unit" : ""}. The row is skipped.`
        : `no person “${name}” was found ${where.en}; the row is skipped.`,
    })
    return undefined
  }
  return person
}

/**
 * Reads self-reported posts and shares from a Google Forms–style sheet
 * (.xlsx or .csv: timestamp, staff code or name, unit, link) and matches
 * each row to a person of the roster — by staff code, else by name (without
 * case or diacritics) within the unit, else by a name unique in the
 * province. The same link reported twice by one person counts once
 * (tracking parameters and `m.`/`www.` ignored). Unmatched rows are issues.
 *
 * Timestamps without an offset are wall-clock times in `timeZone`
 * (default `Asia/Ho_Chi_Minh`), never the machine's zone; Google's
 * "2024/11/12 9:05:33 CH GMT+7" is read too. Each activity's id is stable
 * across re-imports: `sheet:<person>:<hash of the link>`.
 *
 * @example
 * ```ts
 * const { dataset } = await readRoster("danh-sach.xlsx")
 * const { activities, issues } = await readActivities("Câu trả lời biểu mẫu 1.csv", dataset)
 * activities[0] //=> { id: "sheet:gv-0001:1x2y3z", kind: "share", person: "gv-0001", at: "2024-11-12T20:05:00.000+07:00", target: "https://facebook.com/…" }
 * ```
 * @since 0.1.0
 * @category reading
 */
export const readActivities = async (
  source: SheetSource,
  roster: ActivityRoster,
  options: ReadActivitiesOptions = {},
): Promise<ReadActivitiesResult> => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const defaultKind = options.kind ?? "share"
  const dayFirst = options.dayFirst ?? true
  const workbook = await readWorkbook(source, options)
  const people = new PersonIndex(roster.people)
  const units = new UnitIndex()
  for (const unit of roster.units) units.add(unit)
  const issues: Array<SheetIssue> = []
  const activities: Array<ActivityRecord> = []
  const seen = new Set<string>()
  for (const table of activityTables(workbook.tables)) {
    const reader = openTable(workbook.file, table, ACTIVITY_SPEC, { vi: "hoạt động tự báo cáo", en: "self-reported activity" }, issues)
    for (const row of reader.rows()) {
      const at = instantOf(row.cell("at"), { timeZone, dayFirst })
      if (at === undefined || at === null) {
        row.issue("error", at === undefined ? "missing-field" : "invalid-date", "at", {
          vi: at === undefined ? "thiếu thời gian; bỏ qua dòng này." : "không đọc được thời gian (ví dụ đúng: 12/11/2024 20:05:00); bỏ qua dòng này.",
          en: at === undefined ? "the time is missing; the row is skipped." : "cannot read the time (e.g. 12/11/2024 20:05:00); the row is skipped.",
        })
        continue
      }
      const linkText = textOf(row.cell("link"))
      const link = linkText === undefined ? undefined : canonicalLink(linkText)
      if (link === undefined) {
        row.issue("error", linkText === undefined ? "missing-field" : "invalid-link", "link", {
          vi: linkText === undefined ? "thiếu đường dẫn bài viết; bỏ qua dòng này." : "đường dẫn không phải địa chỉ trang web (cần dạng https://…); bỏ qua dòng này.",
          en: linkText === undefined ? "the link is missing; the row is skipped." : "the link is not a web address (expected https://…); the row is skipped.",
        })
        continue
      }
      const person = matchPerson(row, people, units)
      if (person === undefined) continue
      const kindText = textOf(row.cell("kind"))
      let kind = kindText === undefined ? defaultKind : activityKindOf(kindText)
      if (kind === undefined) {
        row.issue("warning", "invalid-value", "kind", {
          vi: `không nhận ra hình thức “${kindText}” (Đăng bài, Chia sẻ, Thả tim, Bình luận); coi là ${defaultKind === "share" ? "chia sẻ" : defaultKind}.`,
          en: `unknown activity “${kindText}” (Đăng bài, Chia sẻ, Thả tim, Bình luận); taken as ${defaultKind}.`,
        }, person.id)
        kind = defaultKind
      }
      const key = `${person.id}\u0000${kind}\u0000${link}`
      if (seen.has(key)) {
        row.issue("info", "duplicate-link", "link", {
          vi: "cán bộ này đã báo cáo đường dẫn này ở dòng trên; chỉ tính một lần.",
          en: "this person already reported this link above; it counts once.",
        }, person.id)
        continue
      }
      seen.add(key)
      const id = `sheet:${person.id}:${shortHash(`${kind} ${link}`)}`
      const wire = formatInstant(at, { timeZone })
      activities.push(
        kind === "post" || kind === "article"
          ? { id, kind, person: person.id, at: wire, url: link }
          : { id, kind, person: person.id, at: wire, target: link },
      )
    }
  }
  return { activities, issues }
}
