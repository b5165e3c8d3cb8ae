/**
 * Writing rosters and activity sheets in the layout {@link readRoster} and
 * {@link readActivities} read — for a round trip, for handing a clerk the
 * list to correct, and as empty templates with instructions.
 *
 * @since 0.1.0
 * @module
 */
import { DEFAULT_TIME_ZONE, formatInstant, formatShortDate, isLocalDate, toInstant, type ActivityRecord } from "@lantoa/core"
import {
  PLATFORM_LABELS,
  UNIT_KIND_LABELS,
  type ChannelRecord,
  type PersonRecord,
  type Platform,
  type Role,
  type UnitKind,
  type UnitRecord,
} from "@lantoa/hierarchy"
import { headerOf } from "./internal/headers.js"
import { ACTIVITY_SPEC, CHANNEL_SPEC, PERSON_SPEC, UNIT_SPEC } from "./internal/specs.js"
import { ACTIVITY_WORD, ROLE_WORD } from "./internal/vocabulary.js"
import { writeTables, type OutColumn, type OutTable, type OutValue } from "./internal/write.js"

/**
 * The roster {@link writeRoster} writes: the units, people and (optional)
 * channels of a dataset.
 *
 * @example
 * ```ts
 * const roster: SheetRoster = generateProvince({ activities: false })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SheetRoster {
  readonly units: ReadonlyArray<UnitRecord>
  readonly people: ReadonlyArray<PersonRecord>
  readonly channels?: ReadonlyArray<ChannelRecord>
}

/**
 * Options of the writers: `delimiter` of CSV files (default `,`; `;` for
 * machines whose list separator is a semicolon); `timeZone` of the times
 * written (default `Asia/Ho_Chi_Minh`).
 *
 * @example
 * ```ts
 * await writeRoster(roster, "danh-sach.csv", { delimiter: ";" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface WriteSheetsOptions {
  readonly delimiter?: "," | ";" | "\t"
  readonly timeZone?: string
}

/** `2024-11-15` → `15/11/2024`, the way a clerk reads and types dates; anything else as it is. */
export const dayMonthYear = (date: string | null | undefined): string | undefined =>
  typeof date !== "string" ? undefined : isLocalDate(date) ? formatShortDate(date) : date

const column = (header: string, width: number): OutColumn => ({ header, width })

const unitParent = (unit: UnitRecord): string | undefined => {
  if (typeof unit.parent === "string") return unit.parent
  const edges = unit.parents ?? []
  // One cell holds one parent: the latest edge (dated lines are JSON's business).
  return edges.length === 0 ? undefined : edges[edges.length - 1]?.unit
}

const unitsTable = (units: ReadonlyArray<UnitRecord>): OutTable => ({
  name: "Đơn vị",
  slug: "don-vi",
  columns: [
    column(headerOf(UNIT_SPEC, "id"), 24),
    column(headerOf(UNIT_SPEC, "name"), 44),
    column(headerOf(UNIT_SPEC, "kind"), 18),
    column(headerOf(UNIT_SPEC, "parent"), 24),
    column(headerOf(UNIT_SPEC, "validFrom"), 14),
    column(headerOf(UNIT_SPEC, "validTo"), 14),
  ],
  rows: (function* () {
    for (const unit of units) {
      yield [unit.id, unit.name, UNIT_KIND_LABELS[unit.kind as UnitKind]?.short ?? unit.kind, unitParent(unit), dayMonthYear(unit.validFrom), dayMonthYear(unit.validTo)]
    }
  })(),
  freeze: { rows: 1, columns: 2 },
})

const peopleTable = (people: ReadonlyArray<PersonRecord>): OutTable => ({
  name: "Cán bộ",
  slug: "can-bo",
  columns: [
    column(headerOf(PERSON_SPEC, "id"), 22),
    column(headerOf(PERSON_SPEC, "name"), 28),
    column(headerOf(PERSON_SPEC, "unitCode"), 24),
    column(headerOf(PERSON_SPEC, "roles"), 28),
    column(headerOf(PERSON_SPEC, "partyMember"), 10),
    column(headerOf(PERSON_SPEC, "phone"), 15),
    column(headerOf(PERSON_SPEC, "validFrom"), 14),
    column(headerOf(PERSON_SPEC, "validTo"), 14),
  ],
  rows: (function* () {
    for (const person of people) {
      const roles = (person.roles ?? []).map((role) => ROLE_WORD[role as Role] ?? role).join("; ")
      const phone = person.phone === null || person.phone === undefined ? undefined : String(person.phone)
      yield [person.id, person.name, person.unit, roles, person.partyMember === true ? "x" : undefined, phone, dayMonthYear(person.validFrom), dayMonthYear(person.validTo)]
    }
  })(),
  freeze: { rows: 1, columns: 2 },
})

const channelsTable = (channels: ReadonlyArray<ChannelRecord>): OutTable => ({
  name: "Kênh truyền thông",
  slug: "kenh",
  columns: [
    column(headerOf(CHANNEL_SPEC, "id"), 26),
    column(headerOf(CHANNEL_SPEC, "unitCode"), 24),
    column(headerOf(CHANNEL_SPEC, "platform"), 18),
    column(headerOf(CHANNEL_SPEC, "name"), 40),
    column(headerOf(CHANNEL_SPEC, "url"), 40),
    column(headerOf(CHANNEL_SPEC, "admins"), 30),
    column(headerOf(CHANNEL_SPEC, "members"), 40),
  ],
  rows: (function* () {
    for (const channel of channels) {
      const label = PLATFORM_LABELS[channel.platform as Platform]?.vi ?? channel.platform
      yield [channel.id, channel.unit, label, channel.name, channel.url ?? undefined, (channel.admins ?? []).join("; "), (channel.members ?? []).join("; ")]
    }
  })(),
  freeze: { rows: 1, columns: 1 },
})

const instructions = (lines: ReadonlyArray<readonly [string, string]>): OutTable => ({
  name: "Hướng dẫn",
  slug: "huong-dan",
  columns: [column("Mục", 28), column("Hướng dẫn", 110)],
  rows: lines.map(([topic, text]) => [topic, text] as ReadonlyArray<OutValue>),
  filter: false,
})

const ROSTER_HELP: ReadonlyArray<readonly [string, string]> = [
  ["Tệp này", "Danh sách đơn vị, cán bộ và kênh truyền thông cho kế hoạch “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”. Giữ nguyên dòng tiêu đề cột; mỗi dòng bên dưới là một đơn vị, một cán bộ hoặc một kênh."],
  ["Trang “Đơn vị”", "Mã đơn vị: mã ngắn, không trùng (ví dụ thcs-lac-son); để trống thì tự tạo từ tên. Tên đơn vị: bắt buộc. Loại đơn vị: Sở GD&ĐT, Phòng GD&ĐT, UBND xã, MN, TH, TH&THCS, THCS, THPT, PTDTNT THCS, PTDTNT THCS&THPT, PTDTNT THPT, PT liên cấp, TT GDTX, TTGDNN-GDTX, CĐSP; để trống thì đoán theo tên (“Trường THCS …”). Đơn vị cấp trên: mã hoặc tên đơn vị mà đơn vị này báo cáo về."],
  ["Trang “Cán bộ”", "Họ và tên và Mã đơn vị (hoặc tên đơn vị) là bắt buộc. Mã cán bộ: để trống thì tự tạo. Chức vụ: Hiệu trưởng, Phó Hiệu trưởng, Giáo viên, Nhân viên, Chuyên viên, Lãnh đạo Phòng GD&ĐT, Lãnh đạo Sở, Trưởng phòng Sở, Cán bộ phụ trách truyền thông; nhiều chức vụ cách nhau bằng dấu chấm phẩy. Đảng viên: ghi x (hoặc có, 1, ✓); để trống nếu không. Số điện thoại: 10 chữ số; Excel làm mất số 0 đầu cũng không sao."],
  ["Trang “Kênh truyền thông”", "Loại kênh: Trang Fanpage, Nhóm Zalo, Nhóm Messenger, Cộng đồng Zalo, Zalo OA, eNetViet, Trang thông tin điện tử. Tên kênh theo quy định: “Truyền thông + Tên trường”. Quản trị viên, Thành viên: mã cán bộ (hoặc họ tên cán bộ cùng đơn vị), cách nhau bằng dấu chấm phẩy."],
  ["Ngày tháng", "Ghi dạng ngày/tháng/năm, ví dụ 01/07/2025; hoặc định dạng ô là ngày. Hiệu lực từ/đến ngày: để trống nếu không giới hạn."],
  ["Dữ liệu cá nhân", "Số điện thoại là dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân 2025): chỉ chia sẻ tệp này với người có trách nhiệm; lantoa không ghi số điện thoại vào thông báo lỗi."],
]

const ACTIVITY_HELP: ReadonlyArray<readonly [string, string]> = [
  ["Tệp này", "Cán bộ, giáo viên, nhân viên tự báo cáo tin, bài đã đăng tải hoặc chia sẻ (có thể dùng Google Biểu mẫu với các câu hỏi như dưới đây rồi tải câu trả lời về dạng .csv hoặc .xlsx)."],
  ["Dấu thời gian", "Thời điểm đăng tải hoặc chia sẻ, giờ Việt Nam, ví dụ 12/11/2024 20:05:00. Google Biểu mẫu tự điền cột này."],
  ["Mã cán bộ / Họ và tên / Đơn vị", "Ghi mã cán bộ; nếu không nhớ mã thì ghi họ và tên và đơn vị (tên trường) đúng như trong danh sách cán bộ."],
  ["Đường dẫn bài viết", "Liên kết của bài đã đăng hoặc đã chia sẻ, dạng https://… Một cán bộ báo cáo cùng một liên kết nhiều lần chỉ được tính một lần."],
  ["Hình thức", "Đăng bài, Chia sẻ, Thả tim hoặc Bình luận; để trống là Chia sẻ."],
]

/**
 * Writes a roster as a workbook (`.xlsx`: sheets "Hướng dẫn", "Đơn vị",
 * "Cán bộ", "Kênh truyền thông") or as CSV files (`danh-sach.csv` →
 * `danh-sach-don-vi.csv`, `danh-sach-can-bo.csv`, `danh-sach-kenh.csv`
 * beside it), in the layout {@link readRoster} reads back. Resolves to the
 * files written.
 *
 * @example
 * ```ts
 * await writeRoster(generateProvince({ activities: false }), "out/danh-sach.xlsx") //=> ["out/danh-sach.xlsx"]
 * await writeRoster(roster, "out/danh-sach.csv")
 * //=> ["out/danh-sach-don-vi.csv", "out/danh-sach-can-bo.csv", "out/danh-sach-kenh.csv"]
 * ```
 * @since 0.1.0
 * @category writing
 */
export const writeRoster = (roster: SheetRoster, target: string, options: WriteSheetsOptions = {}): Promise<ReadonlyArray<string>> => {
  const tables = [unitsTable(roster.units), peopleTable(roster.people), channelsTable(roster.channels ?? [])]
  return target.toLowerCase().endsWith(".xlsx")
    ? writeTables([instructions(ROSTER_HELP), ...tables], target, options)
    : writeTables(tables, target, options)
}

const activitiesTable = (activities: ReadonlyArray<ActivityRecord>, names: ReadonlyMap<string, { name: string; unit: string }>, timeZone: string): OutTable => ({
  name: "Câu trả lời",
  slug: "cau-tra-loi",
  columns: [
    column(headerOf(ACTIVITY_SPEC, "at"), 20),
    column(headerOf(ACTIVITY_SPEC, "personCode"), 22),
    column(headerOf(ACTIVITY_SPEC, "name"), 28),
    column(headerOf(ACTIVITY_SPEC, "unitCode"), 24),
    column(headerOf(ACTIVITY_SPEC, "link"), 50),
    column(headerOf(ACTIVITY_SPEC, "kind"), 12),
  ],
  rows: (function* () {
    for (const activity of activities) {
      if (activity.person === undefined) continue
      const instant = toInstant(activity.at, { timeZone })
      if (instant === undefined) continue
      // dd/mm/yyyy HH:mm:ss, local wall clock, as Google Forms writes it in Vietnamese.
      const local = formatInstant(instant, { timeZone })
      const at = `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 19)}`
      const person = names.get(activity.person)
      yield [at, activity.person, person?.name, person?.unit ?? activity.unit, activity.target ?? activity.url, ACTIVITY_WORD[activity.kind as keyof typeof ACTIVITY_WORD] ?? activity.kind]
    }
  })(),
  freeze: { rows: 1, columns: 0 },
})

/**
 * Writes people's activities as a Google Forms–style sheet (Dấu thời gian,
 * Mã cán bộ, Họ và tên, Mã đơn vị, Đường dẫn bài viết, Hình thức), the
 * layout {@link readActivities} reads; activities without a person are
 * left out. `.xlsx` or `.csv` by the target's extension.
 *
 * @example
 * ```ts
 * const dataset = generateProvince({ activities: { from: "2024-11-01", to: "2024-11-30" } })
 * await writeActivitySheet(dataset.activities, dataset, "out/chia-se-thang-11.csv") //=> ["out/chia-se-thang-11.csv"]
 * ```
 * @since 0.1.0
 * @category writing
 */
export const writeActivitySheet = (
  activities: ReadonlyArray<ActivityRecord>,
  roster: { readonly people: ReadonlyArray<PersonRecord> },
  target: string,
  options: WriteSheetsOptions = {},
): Promise<ReadonlyArray<string>> => {
  const names = new Map(roster.people.map((person) => [person.id, { name: person.name, unit: person.unit }]))
  const table = activitiesTable(activities, names, options.timeZone ?? DEFAULT_TIME_ZONE)
  return target.toLowerCase().endsWith(".xlsx") ? writeTables([instructions(ACTIVITY_HELP), table], target, options) : writeTables([table], target, options)
}

/**
 * Writes an empty input workbook with instructions in Vietnamese: the
 * roster (`"roster"`: Hướng dẫn, Đơn vị, Cán bộ, Kênh truyền thông) or the
 * self-reported activity sheet (`"activities"`: Hướng dẫn, Câu trả lời).
 * A `.csv` target gets the header rows only.
 *
 * @example
 * ```ts
 * await writeTemplate("mau-danh-sach.xlsx", "roster")
 * await writeTemplate("mau-bao-cao-chia-se.xlsx", "activities")
 * ```
 * @since 0.1.0
 * @category writing
 */
export const writeTemplate = (
  target: string,
  kind: "roster" | "activities",
  options: WriteSheetsOptions = {},
): Promise<ReadonlyArray<string>> =>
  kind === "roster" ? writeRoster({ units: [], people: [], channels: [] }, target, options) : writeActivitySheet([], { people: [] }, target, options)
