/**
 * The audit of the units' Zalo groups "Truyền thông …" (Nhiệm vụ 2 of the
 * plan) from a list the office exports by hand.
 *
 * Personal group chats have no API, on Zalo or on Messenger: an office
 * copies each group's name, member count and admins (trưởng nhóm, phó
 * nhóm) into a spreadsheet. This module reads that list (CSV or JSON),
 * finds each group's unit — from a unit-id column, or from the name by the
 * naming convention — and judges it against the policy's channel
 * requirements with `@lantoa/hierarchy`'s setup audit: present, named
 * "Truyền thông + tên đơn vị", the right admins, and at least as many
 * members as the people the plan requires (the export has a count, not the
 * member list, so members are checked by number).
 *
 * @since 0.1.0
 * @module
 */
import { dataIssue, nameKey, normalizePhone, normalizeText, type DataIssue, type Locale, type LocalDate } from "@lantoa/core"
import {
  auditChannels,
  buildHierarchy,
  PLATFORM_LABELS,
  type ChannelRecord,
  type ChannelRequirement,
  type PeopleCheck,
  type Roster,
  type SetupEntry,
  type SetupStatus,
} from "@lantoa/hierarchy"
import { readCsv } from "./internal/csv.js"
import { objectOf, parseJson } from "./internal/json.js"

/**
 * One group of the export.
 *
 * @example
 * ```ts
 * const group: ZaloGroupExport = {
 *   name: "Truyền thông Trường THCS Lạc Sơn", memberCount: 41, admins: ["Nguyễn Thị Hoa", "0301234567"],
 *   platform: "zalo-group", path: "rows[3]",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloGroupExport {
  readonly name: string
  readonly memberCount: number
  /** Admins as exported: names or phone numbers (personal data — never echoed in explanations). */
  readonly admins: ReadonlyArray<string>
  /** The unit's id, when the export has a column for it. */
  readonly unit?: string
  /** `zalo-group` (nhóm, the default) or `zalo-community` (cộng đồng). */
  readonly platform: "zalo-group" | "zalo-community"
  readonly link?: string
  /** Where the group was read, e.g. `rows[3]` (the header is row 0). */
  readonly path: string
}

/**
 * The result of {@link parseZaloGroupExport}.
 *
 * @example
 * ```ts
 * const { groups, issues }: ParsedZaloGroupExport = parseZaloGroupExport(csv)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedZaloGroupExport {
  readonly groups: ReadonlyArray<ZaloGroupExport>
  readonly issues: ReadonlyArray<DataIssue>
}

type Field = "name" | "members" | "admins" | "deputies" | "unit" | "platform" | "link"

// Header names, folded (no diacritics, lower case), Vietnamese and English.
const HEADERS: ReadonlyArray<readonly [Field, ReadonlyArray<string>]> = [
  ["name", ["ten nhom", "ten", "name", "group", "nhom", "ten nhom zalo"]],
  ["members", ["so thanh vien", "thanh vien", "so luong thanh vien", "members", "member count", "membercount"]],
  ["admins", ["quan tri vien", "quan tri", "truong nhom", "admins", "admin", "owner"]],
  ["deputies", ["pho nhom", "deputies", "deputy admins"]],
  ["unit", ["don vi", "ma don vi", "unit", "unit id"]],
  ["platform", ["loai", "loai nhom", "platform", "kind"]],
  ["link", ["link", "lien ket", "duong dan", "url"]],
]

const fieldOf = (header: string): Field | undefined => {
  const key = nameKey(header)
  return HEADERS.find(([, names]) => names.includes(key))?.[0]
}

const splitList = (cell: string): ReadonlyArray<string> =>
  cell
    .split(/[;|\n]+/)
    .map((item) => normalizeText(item))
    .filter((item) => item !== "")

const platformOf = (cell: string | undefined): ZaloGroupExport["platform"] | undefined => {
  const key = cell === undefined ? "" : nameKey(cell)
  if (key === "" || key === "nhom" || key === "zalo-group" || key === "group" || key === "nhom zalo") return "zalo-group"
  if (key === "cong dong" || key === "zalo-community" || key === "community" || key === "cong dong zalo") return "zalo-community"
  return undefined
}

const countOf = (cell: unknown): number | undefined => {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.replace(/[.\s\u00a0]/g, "") : ""
  return /^\d+$/.test(text) ? Number(text) : undefined
}

interface RawGroup {
  readonly values: Partial<Record<Field, string | number | ReadonlyArray<string>>>
  readonly path: string
}

const groupOf = (raw: RawGroup, issues: Array<DataIssue>): ZaloGroupExport | undefined => {
  const { values, path } = raw
  const name = typeof values.name === "string" ? normalizeText(values.name) : ""
  if (name === "") {
    issues.push(dataIssue("error", "missing-group-name", `${path}.name`, { vi: "thiếu tên nhóm.", en: "the group name is missing." }))
    return undefined
  }
  const memberCount = countOf(values.members)
  if (memberCount === undefined) {
    issues.push(
      dataIssue(
        "error",
        "invalid-member-count",
        `${path}.members`,
        { vi: `số thành viên của nhóm “${name}” không phải số nguyên.`, en: `the member count of “${name}” is not a whole number.` },
        name,
      ),
    )
    return undefined
  }
  const platform = platformOf(typeof values.platform === "string" ? values.platform : undefined)
  if (platform === undefined) {
    issues.push(
      dataIssue(
        "error",
        "invalid-group-kind",
        `${path}.platform`,
        { vi: `loại của “${name}” phải là “nhóm” hoặc “cộng đồng”.`, en: `the kind of “${name}” must be “nhóm” (group) or “cộng đồng” (community).` },
        name,
      ),
    )
    return undefined
  }
  const list = (value: string | number | ReadonlyArray<string> | undefined): ReadonlyArray<string> =>
    Array.isArray(value) ? value.map((item) => normalizeText(String(item))).filter((item) => item !== "") : typeof value === "string" ? splitList(value) : []
  const group: { -readonly [K in keyof ZaloGroupExport]: ZaloGroupExport[K] } = {
    name,
    memberCount,
    admins: [...new Set([...list(values.admins), ...list(values.deputies)])],
    platform,
    path,
  }
  if (typeof values.unit === "string" && values.unit.trim() !== "") group.unit = values.unit.trim()
  if (typeof values.link === "string" && values.link.trim() !== "") group.link = values.link.trim()
  return group
}

const fromCsv = (text: string, issues: Array<DataIssue>): ReadonlyArray<RawGroup> => {
  const [header, ...rows] = readCsv(text)
  if (header === undefined) return []
  const fields = header.map(fieldOf)
  if (!fields.includes("name") || !fields.includes("members")) {
    issues.push(
      dataIssue("error", "missing-columns", "rows[0]", {
        vi: "dòng tiêu đề cần có cột “Tên nhóm” và “Số thành viên”.",
        en: "the header needs the columns “Tên nhóm” (name) and “Số thành viên” (members).",
      }),
    )
    return []
  }
  return rows.map((cells, index) => {
    const values: Partial<Record<Field, string>> = {}
    fields.forEach((field, column) => {
      if (field !== undefined) values[field] = cells[column] ?? ""
    })
    return { values, path: `rows[${index + 1}]` }
  })
}

const fromJson = (text: string, issues: Array<DataIssue>): ReadonlyArray<RawGroup> => {
  const value = parseJson(text)
  const list = Array.isArray(value) ? value : objectOf(value)?.["groups"]
  if (!Array.isArray(list)) {
    issues.push(
      dataIssue("error", "invalid-export", "groups", {
        vi: "tệp JSON cần là một danh sách nhóm (hoặc { \"groups\": [...] }).",
        en: "the JSON file must be a list of groups (or { \"groups\": [...] }).",
      }),
    )
    return []
  }
  return list.map((item, index) => {
    const record = objectOf(item) ?? {}
    const values: RawGroup["values"] = {}
    for (const [key, raw] of Object.entries(record)) {
      const field = fieldOf(key)
      if (field === undefined) continue
      if (typeof raw === "string" || typeof raw === "number") values[field] = raw
      else if (Array.isArray(raw)) values[field] = raw.map(String)
    }
    return { values, path: `groups[${index}]` }
  })
}

/**
 * Reads the export of Zalo groups: CSV (headers in Vietnamese or English:
 * "Tên nhóm", "Số thành viên", "Quản trị viên" or "Trưởng nhóm" and "Phó
 * nhóm", optionally "Đơn vị" — the unit id —, "Loại" — nhóm or cộng đồng —
 * and "Link"; admins separated by `;`) or JSON (a list of
 * `{ name, members, admins, unit?, platform?, link? }`). Never throws: a
 * row without a name or with a member count that is not a whole number is
 * an issue and is left out.
 *
 * @example
 * ```ts
 * parseZaloGroupExport("Tên nhóm;Số thành viên;Quản trị viên\nTruyền thông Trường THCS Lạc Sơn;41;Nguyễn Thị Hoa; 0301234567").groups[0]
 * //=> { name: "Truyền thông Trường THCS Lạc Sơn", memberCount: 41, admins: ["Nguyễn Thị Hoa", "0301234567"], platform: "zalo-group", path: "rows[1]" }
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseZaloGroupExport = (text: string, options: { readonly format?: "csv" | "json" } = {}): ParsedZaloGroupExport => {
  const issues: Array<DataIssue> = []
  const format = options.format ?? (/^\s*[[{]/.test(text.replace(/^\ufeff/, "")) ? "json" : "csv")
  const raws = format === "json" ? fromJson(text, issues) : fromCsv(text, issues)
  const groups = raws.flatMap((raw) => {
    const group = groupOf(raw, issues)
    return group === undefined ? [] : [group]
  })
  return { groups, issues }
}

/**
 * One verdict of {@link auditZaloGroups}: the hierarchy's setup entry
 * (contract v1's `setup` statuses: `ok`, `missing`, `misnamed`,
 * `wrong-admins`, `wrong-members`) with the group judged, its member count
 * and the number of people the requirement asks for.
 *
 * @example
 * ```ts
 * const entry: ZaloGroupAuditEntry = {
 *   unit: "thcs-lac-son", requirement: "unit-zalo-group", status: "wrong-members", problems: ["wrong-members"],
 *   explanation: "Nhóm Zalo “Truyền thông Trường THCS Lạc Sơn” của Trường THCS Lạc Sơn có 35 thành viên, ít hơn 41 người …",
 *   group: "Truyền thông Trường THCS Lạc Sơn", groupPath: "rows[3]", memberCount: 35, requiredMembers: 41,
 *   expectedName: "Truyền thông Trường THCS Lạc Sơn", unresolvedAdmins: 0,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloGroupAuditEntry {
  readonly unit: string
  readonly requirement: string
  readonly status: SetupStatus
  readonly problems: ReadonlyArray<Exclude<SetupStatus, "ok">>
  readonly explanation: string
  readonly expectedName?: string
  /** The exported group judged (absent when `missing`). */
  readonly group?: string
  readonly groupPath?: string
  readonly memberCount?: number
  /** How many people the requirement asks to be members. */
  readonly requiredMembers?: number
  readonly admins?: PeopleCheck
  /** Exported admins that match nobody in the roster. */
  readonly unresolvedAdmins?: number
}

/**
 * The result of {@link auditZaloGroups}: one entry per (unit, Zalo
 * requirement) — units in tree order —, the exported groups no unit could
 * be found for, and the issues met.
 *
 * @example
 * ```ts
 * const { entries, unmatched, issues }: ZaloGroupAudit = auditZaloGroups(input)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloGroupAudit {
  readonly entries: ReadonlyArray<ZaloGroupAuditEntry>
  readonly unmatched: ReadonlyArray<ZaloGroupExport>
  readonly issues: ReadonlyArray<DataIssue>
}

/**
 * Input of {@link auditZaloGroups}.
 *
 * @example
 * ```ts
 * const input: AuditZaloGroupsInput = {
 *   roster: { units, people },                 // contract v1 records, e.g. the sample province
 *   requirements: hoaBinh2024.channels,        // from @lantoa/policy
 *   groups: parseZaloGroupExport(csv).groups,
 *   on: "2024-11-16",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface AuditZaloGroupsInput {
  readonly roster: Pick<Roster, "units" | "people">
  readonly requirements: ReadonlyArray<ChannelRequirement>
  readonly groups: ReadonlyArray<ZaloGroupExport>
  /** The local date of the audit. */
  readonly on: LocalDate
  readonly locale?: Locale
}

const ZALO_PLATFORMS = new Set(["zalo-group", "zalo-community"])

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** A name compared with its diacritics (case, spacing and Unicode form aside). */
const strictKey = (text: string): string => normalizeText(text).toLowerCase()

interface NameIndex {
  readonly strict: Map<string, Set<string>>
  readonly folded: Map<string, Set<string>>
}

/**
 * The names a group may carry for each unit under each requirement's
 * naming rule, with diacritics (so "Văn Sơn" and "Vân Sơn" stay apart) and
 * folded (to find a group named without diacritics).
 */
const nameIndex = (
  units: ReadonlyArray<{ readonly id: string; readonly name: string; readonly kind: string }>,
  requirements: ReadonlyArray<ChannelRequirement>,
): NameIndex => {
  const index: NameIndex = { strict: new Map(), folded: new Map() }
  const add = (platform: string, name: string, unit: string) => {
    for (const [map, key] of [
      [index.strict, `${platform} ${strictKey(name)}`],
      [index.folded, `${platform} ${nameKey(name)}`],
    ] as const) {
      map.set(key, (map.get(key) ?? new Set()).add(unit))
    }
  }
  for (const requirement of requirements) {
    const kinds = new Set<string>(requirement.units.kinds)
    const naming = requirement.naming
    if (naming === undefined) continue
    for (const unit of units) {
      if (!kinds.has(unit.kind)) continue
      if (naming.type === "exact") for (const name of naming.names) add(requirement.platform, name, unit.id)
      else {
        add(requirement.platform, `${naming.prefix} ${unit.name}`, unit.id)
        // "Truyền thông THCS Lạc Sơn" names "Trường THCS Lạc Sơn" too.
        const short = unit.name.replace(/^\s*trường\s+/iu, "")
        if (short !== unit.name) add(requirement.platform, `${naming.prefix} ${short}`, unit.id)
      }
    }
  }
  return index
}

/** The units a group's name points to: by the name with diacritics, else folded. */
const unitsNamed = (index: NameIndex, group: ZaloGroupExport): ReadonlySet<string> | undefined => {
  const strict = index.strict.get(`${group.platform} ${strictKey(group.name)}`)
  if (strict !== undefined && strict.size === 1) return strict
  return index.folded.get(`${group.platform} ${nameKey(group.name)}`) ?? strict
}

interface Resolver {
  readonly resolve: (admin: string, unit: string) => string | undefined
}

/**
 * Admins as exported (names or phones) → person ids: by phone; else by the
 * name with diacritics, then folded — in the group's unit first, then
 * anywhere in the roster if only one person has it. A name two people
 * share stays unresolved rather than guessed.
 */
const adminResolver = (
  people: ReadonlyArray<{ readonly id: string; readonly name: string; readonly unit: string; readonly phone?: unknown }>,
): Resolver => {
  const byPhone = new Map<string, Array<string>>()
  const byStrict = new Map<string, Array<{ id: string; unit: string }>>()
  const byFolded = new Map<string, Array<{ id: string; unit: string }>>()
  const add = <V>(map: Map<string, Array<V>>, key: string, value: V) => {
    const list = map.get(key)
    if (list === undefined) map.set(key, [value])
    else list.push(value)
  }
  for (const person of people) {
    const phone = typeof person.phone === "string" || typeof person.phone === "number" ? normalizePhone(person.phone) : undefined
    if (phone !== undefined) add(byPhone, phone, person.id)
    const entry = { id: person.id, unit: person.unit }
    add(byStrict, strictKey(person.name), entry)
    add(byFolded, nameKey(person.name), entry)
  }
  const pick = (named: ReadonlyArray<{ id: string; unit: string }>, unit: string): string | undefined => {
    const inUnit = named.filter((person) => person.unit === unit)
    if (inUnit.length === 1) return inUnit[0]?.id
    return inUnit.length === 0 && named.length === 1 ? named[0]?.id : undefined
  }
  return {
    resolve: (admin, unit) => {
      const phone = normalizePhone(admin)
      if (phone !== undefined) {
        const ids = byPhone.get(phone)
        return ids?.length === 1 ? ids[0] : undefined
      }
      return pick(byStrict.get(strictKey(admin)) ?? [], unit) ?? pick(byFolded.get(nameKey(admin)) ?? [], unit)
    },
  }
}

const withoutMembers = (requirement: ChannelRequirement): ChannelRequirement => {
  const { members: _members, ...rest } = requirement
  return rest
}

const membersText = (
  entry: SetupEntry,
  group: ZaloGroupExport,
  unitName: string,
  requirement: ChannelRequirement,
  required: number,
  locale: Locale,
): string => {
  const label = PLATFORM_LABELS[requirement.platform]
  const title = locale === "en" ? (requirement.title.en ?? requirement.title.vi) : requirement.title.vi
  if (group.memberCount < required) {
    const lacking = required - group.memberCount
    return locale === "en"
      ? `${label.en} “${group.name}” of ${unitName} has ${group.memberCount} members, fewer than the ${required} people requirement “${title}” asks for: invite at least ${lacking} more (the export has a count, not the member list, so people are not checked one by one).`
      : `${label.vi} “${group.name}” của ${unitName} có ${group.memberCount} thành viên, ít hơn ${required} người theo yêu cầu “${title}”: cần mời thêm ít nhất ${lacking} người (danh sách xuất tay chỉ có số lượng, không đối chiếu được từng người).`
  }
  return locale === "en"
    ? `${entry.explanation} It has ${group.memberCount} members, at least the ${required} people required (counted, not checked one by one).`
    : `${entry.explanation} Nhóm có ${group.memberCount} thành viên, đủ ${required} người theo yêu cầu (đếm số lượng, không đối chiếu từng người).`
}

/**
 * Audits the exported Zalo groups against the policy's Zalo channel
 * requirements (`zalo-group` and `zalo-community`: the units' "Truyền thông
 * …" groups, the Sở's group and the sector's community) as things stood on
 * `on`.
 *
 * Each group is given to the unit in its unit column, or else to the unit
 * whose expected name it carries (folded: case, diacritics and an optional
 * "Trường" do not count for finding the unit; the naming check itself stays
 * strict about diacritics). Admins are matched to the roster by phone, else
 * by name. Then `auditChannels` judges presence, naming and admins, and
 * members are checked by count: fewer members than the people required is
 * `wrong-members`. A group no unit can be found for is listed in
 * `unmatched` with an issue (add its unit id to the export).
 *
 * @example
 * ```ts
 * const { entries } = auditZaloGroups({ roster, requirements: hoaBinh2024.channels, groups, on: "2024-11-16" })
 * entries.filter((entry) => entry.status !== "ok").map((entry) => [entry.unit, entry.status])
 * //=> [["thcs-lac-son", "wrong-members"], ["mn-lac-son-03", "misnamed"], ["th-lac-son-02", "missing"]]
 * ```
 * @since 0.1.0
 * @category audits
 */
export const auditZaloGroups = (input: AuditZaloGroupsInput): ZaloGroupAudit => {
  const locale = input.locale ?? "vi"
  const requirements = input.requirements.filter((requirement) => ZALO_PLATFORMS.has(requirement.platform))
  const issues: Array<DataIssue> = []
  const units = input.roster.units.map((unit) => ({ id: String(unit.id).trim(), name: String(unit.name), kind: String(unit.kind) }))
  const unitIds = new Set(units.map((unit) => unit.id))
  const index = nameIndex(units, requirements)
  const resolver = adminResolver(
    input.roster.people.map((person) => ({ id: String(person.id).trim(), name: String(person.name), unit: String(person.unit).trim(), phone: person.phone })),
  )

  const channels: Array<ChannelRecord> = []
  const byChannel = new Map<string, { readonly group: ZaloGroupExport; readonly unresolved: number }>()
  const unmatched: Array<ZaloGroupExport> = []
  input.groups.forEach((group, at) => {
    let unit = group.unit
    if (unit !== undefined && !unitIds.has(unit)) {
      issues.push(
        dataIssue("error", "unknown-unit", `${group.path}.unit`, { vi: `không có đơn vị mã “${unit}”.`, en: `there is no unit “${unit}”.` }, group.name),
      )
      unmatched.push(group)
      return
    }
    if (unit === undefined) {
      const candidates = unitsNamed(index, group)
      if (candidates === undefined || candidates.size !== 1) {
        const ambiguous = candidates !== undefined
        issues.push(
          dataIssue(
            "warning",
            ambiguous ? "ambiguous-group" : "unmatched-group",
            group.path,
            ambiguous
              ? { vi: `tên “${group.name}” khớp với nhiều đơn vị; ghi mã đơn vị vào cột “Đơn vị”.`, en: `“${group.name}” matches several units; give the unit id in the “Đơn vị” column.` }
              : { vi: `không xác định được đơn vị của nhóm “${group.name}”; ghi mã đơn vị vào cột “Đơn vị”.`, en: `cannot tell which unit “${group.name}” belongs to; give the unit id in the “Đơn vị” column.` },
            group.name,
          ),
        )
        unmatched.push(group)
        return
      }
      unit = [...candidates][0] as string
    }
    const admins: Array<string> = []
    let unresolved = 0
    for (const admin of group.admins) {
      const id = resolver.resolve(admin, unit)
      if (id === undefined) unresolved++
      else admins.push(id)
    }
    const id = `zalo-export-${at}`
    channels.push({ id, unit, platform: group.platform, name: group.name, admins: [...new Set(admins)], members: [] })
    byChannel.set(id, { group, unresolved })
  })

  const { hierarchy, issues: rosterIssues } = buildHierarchy({ units: input.roster.units, people: input.roster.people, channels })
  issues.push(...rosterIssues.filter((issue) => issue.severity === "error"))
  const options = { on: input.on, locale }
  const judged = auditChannels(hierarchy, requirements.map(withoutMembers), options)
  const counted = new Map(
    auditChannels(hierarchy, requirements, options).map((entry) => [`${entry.unit}/${entry.requirement}`, entry.members?.required]),
  )
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]))
  const requirementById = new Map(requirements.map((requirement) => [requirement.id, requirement]))

  const entries = judged.map((entry): ZaloGroupAuditEntry => {
    const out: Mutable<ZaloGroupAuditEntry> = {
      unit: entry.unit,
      requirement: entry.requirement,
      status: entry.status,
      problems: entry.problems,
      explanation: entry.explanation,
    }
    if (entry.expectedName !== undefined) out.expectedName = entry.expectedName
    if (entry.admins !== undefined) out.admins = entry.admins
    const found = entry.channel === undefined ? undefined : byChannel.get(entry.channel)
    const requirement = requirementById.get(entry.requirement)
    if (found === undefined || requirement === undefined) return out
    out.group = found.group.name
    out.groupPath = found.group.path
    out.memberCount = found.group.memberCount
    out.unresolvedAdmins = found.unresolved
    const required = counted.get(`${entry.unit}/${entry.requirement}`)
    if (required === undefined) return out
    out.requiredMembers = required
    const short = found.group.memberCount < required
    if (short) out.problems = [...entry.problems, "wrong-members"]
    if (entry.status === "ok") {
      out.status = short ? "wrong-members" : "ok"
      out.explanation = membersText(entry, found.group, unitNames.get(entry.unit) ?? entry.unit, requirement, required, locale)
    }
    return out
  })
  return { entries, unmatched, issues }
}
