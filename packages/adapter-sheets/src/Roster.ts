/**
 * Reading a roster — units, people and channels — from the workbooks and
 * CSV files offices keep, into the dataset of contract v1.
 *
 * Sheets are recognised by name ("Đơn vị", "Cán bộ", "Kênh truyền thông")
 * or, failing that, by their headers; a CSV file is one table, recognised
 * by its headers. Every problem in a row is a `SheetIssue` with its sheet,
 * row and column; the row (or just the bad value) is left out and the rest
 * kept. A file or table that cannot be used at all rejects with a
 * `SheetsError`.
 *
 * @since 0.1.0
 * @module
 */
import { nameKey, type ActivityRecord } from "@lantoa/core"
import type { ChannelRecord, PersonRecord, Role, UnitKind, UnitRecord } from "@lantoa/hierarchy"
import { localDateOf, phoneOf, textOf, yesNoOf } from "./internal/cells.js"
import { headerKey } from "./internal/headers.js"
import { UnitIndex } from "./internal/unitIndex.js"
import type { Text } from "./internal/issues.js"
import { readWorkbook, type Table } from "./internal/read.js"
import { CHANNEL_SPEC, PERSON_SPEC, UNIT_SPEC, type ChannelField, type PersonField, type UnitField } from "./internal/specs.js"
import { openTable, scoreTable, type RowReader } from "./internal/tables.js"
import { PLATFORM_PREFIX, platformOf, roleOf, slugOf, unitKindFromName, unitKindOf } from "./internal/vocabulary.js"
import type { SheetIssue } from "./SheetIssue.js"
import { SheetsError } from "./SheetsError.js"
import type { ReadSheetsOptions, SheetSource } from "./SheetSource.js"

/**
 * A dataset of contract v1 read from spreadsheets: ready for
 * `createEngine(policy).evaluate(dataset, options)`. `activities` is empty
 * after {@link readRoster}; fill it from {@link readActivities}.
 *
 * @example
 * ```ts
 * const { dataset } = await readRoster("danh-sach.xlsx")
 * const { activities } = await readActivities("chia-se-thang-11.csv", dataset)
 * engine.evaluate({ ...dataset, activities }, { period: "2024-11", now })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SheetDataset {
  readonly units: ReadonlyArray<UnitRecord>
  readonly people: ReadonlyArray<PersonRecord>
  readonly channels: ReadonlyArray<ChannelRecord>
  readonly activities: ReadonlyArray<ActivityRecord>
}

/**
 * What {@link readRoster} resolves to: the dataset (every good row) and the
 * problems found, in file, sheet and row order.
 *
 * @example
 * ```ts
 * const { dataset, issues }: ReadRosterResult = await readRoster("danh-sach.xlsx")
 * issues.filter((issue) => issue.severity === "error").length //=> rows left out
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReadRosterResult {
  readonly dataset: SheetDataset
  readonly issues: ReadonlyArray<SheetIssue>
}

type Kind = "units" | "people" | "channels"

const WHAT: Readonly<Record<Kind, Text>> = {
  units: { vi: "đơn vị", en: "units" },
  people: { vi: "cán bộ", en: "people" },
  channels: { vi: "kênh truyền thông", en: "channels" },
}

/** The table a sheet holds, from its name: "Đơn vị", "DS cán bộ", "Kênh truyền thông"… ("skip" for instructions). */
const kindFromName = (name: string): Kind | "skip" | undefined => {
  const key = ` ${headerKey(name)} `
  if (key.includes(" huong dan ") || key.includes(" ghi chu ")) return "skip"
  if (/ (kenh|channels?|fanpage|nhom) /.test(key)) return "channels"
  if (/ (can bo|nhan su|giao vien|nhan vien|people|staff|cb|cbgvnv) /.test(key)) return "people"
  if (/ (don vi|units?|truong hoc|co so) /.test(key)) return "units"
  return undefined
}

const kindFromHeaders = (table: Table): Kind | undefined => {
  const scores: Array<[Kind, number]> = [
    ["people", scoreTable(table, PERSON_SPEC)],
    ["channels", scoreTable(table, CHANNEL_SPEC)],
    ["units", scoreTable(table, UNIT_SPEC)],
  ]
  const [kind, score] = scores.reduce((best, entry) => (entry[1] > best[1] ? entry : best))
  return score > 0 ? kind : undefined
}

interface Located {
  readonly file: string
  readonly table: Table
  readonly kind: Kind
}

const locate = (file: string, tables: ReadonlyArray<Table>, single: boolean, issues: Array<SheetIssue>): Array<Located> => {
  const found: Array<Located> = []
  for (const table of tables) {
    if (table.rows.length === 0) continue
    const byName = single ? undefined : kindFromName(table.name)
    if (byName === "skip") continue
    const kind = byName ?? kindFromHeaders(table)
    if (kind === undefined) {
      issues.push({
        severity: "warning",
        code: "unknown-sheet",
        path: table.name,
        message: `Trang “${table.name}”: không nhận ra là danh sách đơn vị, cán bộ hay kênh truyền thông; đã bỏ qua trang này.`,
        messageEn: `Sheet “${table.name}”: not recognised as a list of units, people or channels; the sheet was skipped.`,
        file,
        sheet: table.name,
      })
      continue
    }
    found.push({ file, table, kind })
  }
  return found
}

const uniqueId = (base: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

const invalidDate = (row: RowReader<"validFrom" | "validTo">, field: "validFrom" | "validTo", record: string): void =>
  row.issue("warning", "invalid-date", field, {
    vi: "không đọc được ngày (cần dạng dd/mm/yyyy, ví dụ 01/07/2025); bỏ qua giá trị này, giữ lại dòng.",
    en: "cannot read the date (expected dd/mm/yyyy, e.g. 01/07/2025); the value is ignored, the row kept.",
  }, record)

const readValidity = (row: RowReader<"validFrom" | "validTo">, record: string): { validFrom?: string; validTo?: string } => {
  const validity: { validFrom?: string; validTo?: string } = {}
  for (const field of ["validFrom", "validTo"] as const) {
    const date = localDateOf(row.cell(field))
    if (date === null) invalidDate(row, field, record)
    else if (date !== undefined) validity[field] = date
  }
  return validity
}

const duplicate = <F extends string>(row: RowReader<F>, field: F, id: string, what: Text): void =>
  row.issue("error", "duplicate-id", field, {
    vi: `mã ${what.vi} “${id}” đã có ở dòng trên; bỏ qua dòng này.`,
    en: `the ${what.en} id “${id}” is already used above; the row is skipped.`,
  }, id)

const readUnits = (tables: ReadonlyArray<Located>, issues: Array<SheetIssue>): { units: Array<UnitRecord>; index: UnitIndex } => {
  const index = new UnitIndex()
  const pending: Array<{ unit: UnitRecord; parentText?: string; row: RowReader<UnitField> }> = []
  const taken = new Set<string>()
  for (const { file, table } of tables) {
    const reader = openTable(file, table, UNIT_SPEC, WHAT.units, issues)
    for (const row of reader.rows()) {
      const name = textOf(row.cell("name"))
      const given = textOf(row.cell("id"))
      if (name === undefined) {
        row.issue("error", "missing-field", "name", { vi: "thiếu tên đơn vị; bỏ qua dòng này.", en: "the unit name is missing; the row is skipped." }, given)
        continue
      }
      const id = given ?? uniqueId(slugOf(name).replace(/^truong-/, ""), taken)
      if (taken.has(id)) {
        duplicate(row, "id", id, { vi: "đơn vị", en: "unit" })
        continue
      }
      const kindText = textOf(row.cell("kind"))
      let kind: UnitKind | undefined = kindText === undefined ? unitKindFromName(name) : unitKindOf(kindText)
      if (kind === undefined) {
        const inferred = unitKindFromName(name)
        if (kindText !== undefined && inferred !== undefined) {
          row.issue("warning", "invalid-value", "kind", {
            vi: `không nhận ra loại đơn vị “${kindText}”; theo tên đơn vị, coi là ${inferred}.`,
            en: `unknown unit kind “${kindText}”; from the unit's name, taken as ${inferred}.`,
          }, id)
          kind = inferred
        } else {
          row.issue("error", kindText === undefined ? "missing-field" : "invalid-value", "kind", {
            vi: kindText === undefined
              ? "thiếu loại đơn vị (ví dụ: Mầm non, Tiểu học, THCS, THPT, Phòng GD&ĐT) và tên không cho biết loại; bỏ qua dòng này."
              : `không nhận ra loại đơn vị “${kindText}” (ví dụ: Mầm non, Tiểu học, TH&THCS, THCS, THPT, Phòng GD&ĐT, Sở GD&ĐT); bỏ qua dòng này.`,
            en: kindText === undefined
              ? "the unit kind is missing (e.g. Mầm non, Tiểu học, THCS, THPT, Phòng GD&ĐT) and the name does not tell it; the row is skipped."
              : `unknown unit kind “${kindText}” (e.g. Mầm non, Tiểu học, TH&THCS, THCS, THPT, Phòng GD&ĐT, Sở GD&ĐT); the row is skipped.`,
          }, id)
          continue
        }
      }
      taken.add(id)
      const unit: UnitRecord = { id, name, kind, ...readValidity(row, id) }
      index.add(unit)
      const parentText = textOf(row.cell("parent"))
      pending.push(parentText === undefined ? { unit, row } : { unit, parentText, row })
    }
  }
  // Parents may be written as ids or names, and may come further down.
  const units = pending.map(({ unit, parentText, row }) => {
    if (parentText === undefined) return unit
    const parent = index.find(parentText)
    if (parent === null || parent === undefined) {
      row.issue("error", parent === null ? "ambiguous-unit" : "unknown-unit", "parent", {
        vi: parent === null
          ? `có nhiều đơn vị tên “${parentText}”; hãy ghi mã đơn vị cấp trên. Giữ lại đơn vị, chưa có cấp trên.`
          : `không có đơn vị cấp trên “${parentText}” trong danh sách đơn vị. Giữ lại đơn vị, chưa có cấp trên.`,
        en: parent === null
          ? `several units are named “${parentText}”; give the parent's id. The unit is kept without a parent.`
          : `there is no parent unit “${parentText}” in the list of units. The unit is kept without a parent.`,
      }, unit.id)
      return unit
    }
    return { ...unit, parent: parent.id }
  })
  return { units, index }
}

/** The unit of a row from its code or name columns; reports and returns undefined when there is none. */
const unitOfRow = <F extends "unitCode" | "unitName">(
  row: RowReader<F>,
  index: UnitIndex,
  record: string | undefined,
): UnitRecord | string | undefined => {
  const code = textOf(row.cell("unitCode" as F))
  const name = textOf(row.cell("unitName" as F))
  if (index.size === 0) {
    // No list of units to check against: the code is taken as given; a name cannot be resolved.
    if (code !== undefined) return code
    if (name !== undefined) {
      row.issue("error", "unknown-unit", "unitName" as F, {
        vi: `không có danh sách đơn vị để tìm “${name}”; hãy ghi mã đơn vị, hoặc đọc kèm trang (tệp) Đơn vị. Bỏ qua dòng này.`,
        en: `there is no list of units to find “${name}” in; give the unit's id, or read the units sheet (file) too. The row is skipped.`,
      }, record)
      return undefined
    }
  } else {
    const found = (code === undefined ? undefined : index.find(code)) ?? (name === undefined ? undefined : index.find(name))
    if (found !== undefined && found !== null) return found
    if (code !== undefined || name !== undefined) {
      const field = (code !== undefined ? "unitCode" : "unitName") as F
      const text = code ?? name
      row.issue("error", found === null ? "ambiguous-unit" : "unknown-unit", field, {
        vi: found === null
          ? `có nhiều đơn vị tên “${text}”; hãy ghi mã đơn vị. Bỏ qua dòng này.`
          : `không có đơn vị “${text}” trong danh sách đơn vị; bỏ qua dòng này.`,
        en: found === null
          ? `several units are named “${text}”; give the unit's id. The row is skipped.`
          : `there is no unit “${text}” in the list of units; the row is skipped.`,
      }, record)
      return undefined
    }
  }
  row.issue("error", "missing-field", (row.has("unitCode" as F) ? "unitCode" : "unitName") as F, {
    vi: "thiếu đơn vị; bỏ qua dòng này.",
    en: "the unit is missing; the row is skipped.",
  }, record)
  return undefined
}

const splitList = (text: string | undefined): ReadonlyArray<string> =>
  text === undefined ? [] : text.split(/[,;\n]+/).map((part) => part.trim()).filter((part) => part !== "")

const readPeople = (
  tables: ReadonlyArray<Located>,
  index: UnitIndex,
  issues: Array<SheetIssue>,
): Array<PersonRecord> => {
  const people: Array<PersonRecord> = []
  const taken = new Set<string>()
  for (const { file, table } of tables) {
    const reader = openTable(file, table, PERSON_SPEC, WHAT.people, issues)
    for (const row of reader.rows()) {
      const given = textOf(row.cell("id"))
      const name = textOf(row.cell("name"))
      if (name === undefined) {
        row.issue("error", "missing-field", "name", { vi: "thiếu họ và tên; bỏ qua dòng này.", en: "the name is missing; the row is skipped." }, given)
        continue
      }
      const unit = unitOfRow<PersonField & ("unitCode" | "unitName")>(row as RowReader<"unitCode" | "unitName">, index, given)
      if (unit === undefined) continue
      const unitId = typeof unit === "string" ? unit : unit.id
      const unitKind = typeof unit === "string" ? undefined : (unit.kind as UnitKind)
      const id = given ?? uniqueId(`${unitId}:${slugOf(name)}`, taken)
      if (taken.has(id)) {
        duplicate(row, "id", id, { vi: "cán bộ", en: "person" })
        continue
      }
      taken.add(id)
      const roles: Array<Role> = []
      for (const word of splitList(textOf(row.cell("roles"))).flatMap((part) => part.split("/"))) {
        const role = roleOf(word, unitKind)
        if (role === undefined) {
          row.issue("warning", "invalid-value", "roles", {
            vi: `không nhận ra chức vụ “${word.trim()}” (ví dụ: Hiệu trưởng, Phó Hiệu trưởng, Giáo viên, Nhân viên, Chuyên viên); bỏ qua chức vụ này.`,
            en: `unknown role “${word.trim()}” (e.g. Hiệu trưởng, Phó Hiệu trưởng, Giáo viên, Nhân viên, Chuyên viên); the role is ignored.`,
          }, id)
        } else if (!roles.includes(role)) roles.push(role)
      }
      const party = yesNoOf(row.cell("partyMember"))
      if (party === null) {
        row.issue("warning", "invalid-value", "partyMember", {
          vi: "không hiểu giá trị ở cột Đảng viên (ghi x, có, 1 hoặc ✓ nếu là đảng viên; để trống nếu không); coi là không phải đảng viên.",
          en: "cannot read the party-member cell (write x, có, 1 or ✓ for a party member; leave it blank otherwise); taken as not a member.",
        }, id)
      }
      const phone = phoneOf(row.cell("phone"))
      if (phone === null) {
        // Never quote the value: a phone number is personal data.
        row.issue("warning", "invalid-phone", "phone", {
          vi: "số điện thoại không hợp lệ (cần số di động 10 chữ số hoặc số cố định 11 chữ số); bỏ qua số này, giữ lại cán bộ.",
          en: "not a valid phone number (a 10-digit mobile or an 11-digit landline); the number is ignored, the person kept.",
        }, id)
      }
      people.push({
        id,
        name,
        unit: unitId,
        roles,
        partyMember: party === true,
        ...(typeof phone === "string" ? { phone } : {}),
        ...readValidity(row, id),
      })
    }
  }
  return people
}

const readChannels = (
  tables: ReadonlyArray<Located>,
  index: UnitIndex,
  people: ReadonlyArray<PersonRecord>,
  issues: Array<SheetIssue>,
): Array<ChannelRecord> => {
  const personIds = new Set(people.map((person) => person.id))
  const byUnitName = new Map<string, string | null>()
  for (const person of people) {
    const key = `${person.unit}\u0000${nameKey(person.name)}`
    byUnitName.set(key, byUnitName.has(key) ? null : person.id)
  }
  const channels: Array<ChannelRecord> = []
  const taken = new Set<string>()
  for (const { file, table } of tables) {
    const reader = openTable(file, table, CHANNEL_SPEC, WHAT.channels, issues)
    for (const row of reader.rows()) {
      const given = textOf(row.cell("id"))
      const platformText = textOf(row.cell("platform"))
      const platform = platformText === undefined ? undefined : platformOf(platformText)
      if (platform === undefined) {
        row.issue("error", platformText === undefined ? "missing-field" : "invalid-value", "platform", {
          vi: `${platformText === undefined ? "thiếu loại kênh" : `không nhận ra loại kênh “${platformText}”`} (Trang Fanpage, Nhóm Zalo, Nhóm Messenger, Cộng đồng Zalo, Zalo OA, eNetViet, Website); bỏ qua dòng này.`,
          en: `${platformText === undefined ? "the channel kind is missing" : `unknown channel kind “${platformText}”`} (Trang Fanpage, Nhóm Zalo, Nhóm Messenger, Cộng đồng Zalo, Zalo OA, eNetViet, Website); the row is skipped.`,
        }, given)
        continue
      }
      const name = textOf(row.cell("name"))
      if (name === undefined) {
        row.issue("error", "missing-field", "name", { vi: "thiếu tên kênh; bỏ qua dòng này.", en: "the channel name is missing; the row is skipped." }, given)
        continue
      }
      const unit = unitOfRow<ChannelField & ("unitCode" | "unitName")>(row as RowReader<"unitCode" | "unitName">, index, given)
      if (unit === undefined) continue
      const unitId = typeof unit === "string" ? unit : unit.id
      const id = given ?? uniqueId(`${PLATFORM_PREFIX[platform]}-${unitId}`, taken)
      if (taken.has(id)) {
        duplicate(row, "id", id, { vi: "kênh", en: "channel" })
        continue
      }
      taken.add(id)
      const peopleOf = (field: "admins" | "members"): Array<string> => {
        const ids: Array<string> = []
        for (const entry of splitList(textOf(row.cell(field)))) {
          const person = personIds.has(entry) || personIds.size === 0 ? entry : byUnitName.get(`${unitId}\u0000${nameKey(entry)}`)
          if (person === undefined || person === null) {
            row.issue("warning", "unknown-person", field, {
              vi: `không có cán bộ “${entry}” (mã cán bộ, hoặc họ tên của cán bộ cùng đơn vị) trong danh sách cán bộ; bỏ qua người này.`,
              en: `there is no person “${entry}” (an id, or the name of someone in the unit) in the list of people; ignored.`,
            }, id)
          } else if (!ids.includes(person)) ids.push(person)
        }
        return ids
      }
      const url = textOf(row.cell("url"))
      channels.push({
        id,
        unit: unitId,
        platform,
        name,
        ...(url === undefined ? {} : { url }),
        admins: peopleOf("admins"),
        members: peopleOf("members"),
      })
    }
  }
  return channels
}

/**
 * Reads a roster from one or more spreadsheets: an .xlsx workbook with
 * sheets of units ("Đơn vị"), people ("Cán bộ") and channels ("Kênh
 * truyền thông"), or .csv files, one table each. Headers are recognised in
 * any case, with or without diacritics, in their common variants ("Họ và
 * tên" / "Họ tên", "Số điện thoại" / "SĐT" / "Điện thoại", "Đơn vị" /
 * "Trường"), below title rows and merged banners. Values are read the way
 * clerks write them: unit kinds and roles by name ("THCS", "Hiệu
 * trưởng"), "Đảng viên" as x / có / 1 / ✓, dates as Excel dates, serials
 * or dd/mm/yyyy, phone numbers that Excel stored as numbers (the lost
 * leading 0 comes back), units and parents by id or by name. Rows without
 * an id get a readable one (`thcs-lac-son`, `thcs-lac-son:nguyen-thi-hoa`).
 *
 * Rejects with a {@link SheetsError} when a file cannot be used at all.
 *
 * @example
 * ```ts
 * const { dataset, issues } = await readRoster("danh-sach.xlsx")
 * dataset.people[0] //=> { id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son", roles: ["teacher"], partyMember: true, phone: "0912345678" }
 * issues[0]?.message //=> "Trang “Cán bộ”, dòng 12, cột E (SĐT): số điện thoại không hợp lệ …"
 * await readRoster(["don-vi.csv", "can-bo.csv"]) // CSV: one table per file
 * ```
 * @since 0.1.0
 * @category reading
 */
export const readRoster = async (
  source: SheetSource | ReadonlyArray<SheetSource>,
  options: ReadSheetsOptions = {},
): Promise<ReadRosterResult> => {
  const sources = Array.isArray(source) ? (source as ReadonlyArray<SheetSource>) : [source as SheetSource]
  const issues: Array<SheetIssue> = []
  const located: Array<Located> = []
  for (const one of sources) {
    const workbook = await readWorkbook(one, options)
    const found = locate(workbook.file, workbook.tables, workbook.format === "csv", issues)
    if (found.length === 0) {
      const sheets = workbook.tables.map((table) => `“${table.name}”`).join(", ")
      throw new SheetsError("missing-sheet", { file: workbook.file }, {
        vi: `không tìm thấy danh sách đơn vị, cán bộ hay kênh truyền thông (các trang: ${sheets}). Cần trang “Đơn vị” có cột “Tên đơn vị”, trang “Cán bộ” có cột “Họ và tên” và “Đơn vị”, trang “Kênh truyền thông” có cột “Loại kênh”, “Tên kênh”, “Đơn vị”.`,
        en: `no list of units, people or channels was found (sheets: ${sheets}). Expected a “Đơn vị” sheet with “Tên đơn vị”, a “Cán bộ” sheet with “Họ và tên” and “Đơn vị”, a “Kênh truyền thông” sheet with “Loại kênh”, “Tên kênh”, “Đơn vị”.`,
      })
    }
    located.push(...found)
  }
  const of = (kind: Kind) => located.filter((entry) => entry.kind === kind)
  const { units, index } = readUnits(of("units"), issues)
  const people = readPeople(of("people"), index, issues)
  const channels = readChannels(of("channels"), index, people, issues)
  return { dataset: { units, people, channels, activities: [] }, issues }
}

