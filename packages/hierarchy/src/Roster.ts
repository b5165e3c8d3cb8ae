/**
 * A parsed roster: units, people and channels read from their wire records
 * (contract v1), with every bad record or reference reported as a
 * `DataIssue` and the rest kept.
 *
 * Parsing checks what one record, or one reference between records, can
 * tell: the schema, duplicate ids, inverted dates, links to units that do not
 * exist, people and channels of unknown units, admins and members who are not
 * in the list of people. Checks that need the calendar (overlapping edges,
 * parents that no longer exist, cycles) run in `buildHierarchy`.
 *
 * @since 0.1.0
 * @module
 */
import { dataIssue, maskPhone, normalizePhone, parseRecords, sortIssues, type DataIssue } from "@lantoa/core"
import { edgeTargetPath, rosterPaths } from "./internal/issues.js"
import {
  ChannelRecordSchema,
  PersonRecordSchema,
  UnitRecordSchema,
  type DatedEdge,
  type Platform,
} from "./Records.js"
import type { Role } from "./Role.js"
import type { UnitKind } from "./UnitKind.js"
import type { Validity } from "./Validity.js"


// Fields a spreadsheet may leave blank or get wrong without losing the whole
// row: a blank counts as absent; an invalid value (or list element) is
// dropped with a warning.
const UNIT_OPTIONAL_FIELDS = ["parent", "parents", "managedBy", "validFrom", "validTo"]
const PERSON_OPTIONAL_FIELDS = ["roles", "partyMember", "phone", "validFrom", "validTo"]
const CHANNEL_OPTIONAL_FIELDS = ["url", "admins", "members"]

/**
 * A dated edge from a unit to the unit it reports to (or is managed by).
 *
 * @example
 * ```ts
 * const edge: UnitEdge = { unit: "pgd-lac-son", validTo: "2025-06-30", path: "units[7].parents[0]" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface UnitEdge extends Validity {
  /** The unit at the other end: the parent, or the managing body. */
  readonly unit: string
  /** Where the edge was read: `units[7].parent`, `units[7].parents[0]` or `units[7].managedBy[0]`. */
  readonly path: string
}

/**
 * A parsed unit: the Sở, a Phòng, a commune, a school or a centre.
 *
 * `reportsTo` holds the edges to whoever collects its reports (from
 * `parent` or `parents`), `managedBy` the explicit edges to its managing
 * body; on a day no `managedBy` edge covers, the managing body is the
 * `reportsTo` parent. On a day two edges of one list cover, the one listed
 * first counts.
 *
 * @example
 * ```ts
 * const school: Unit = {
 *   id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary", path: "units[7]",
 *   reportsTo: [
 *     { unit: "pgd-lac-son", validTo: "2025-06-30", path: "units[7].parents[0]" },
 *     { unit: "xa-lac-son", validFrom: "2025-07-01", path: "units[7].parents[1]" },
 *   ],
 *   managedBy: [],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Unit extends Validity {
  readonly id: string
  readonly name: string
  readonly kind: UnitKind
  readonly reportsTo: ReadonlyArray<UnitEdge>
  readonly managedBy: ReadonlyArray<UnitEdge>
  /** Where the unit was read, e.g. `units[7]`. */
  readonly path: string
}

/**
 * A parsed person: a member of staff of one unit, with roles and the
 * party-member attribute. `phone` is personal data: lantoa never writes it
 * into a message.
 *
 * @example
 * ```ts
 * const person: Person = {
 *   id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son",
 *   roles: ["teacher"], partyMember: true, path: "people[0]",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Person extends Validity {
  readonly id: string
  readonly name: string
  readonly unit: string
  readonly roles: ReadonlyArray<Role>
  readonly partyMember: boolean
  readonly phone?: string
  /** Where the person was read, e.g. `people[0]`. */
  readonly path: string
}

/**
 * A parsed channel: a Fanpage, a Zalo or Messenger group, a community, an OA…
 * owned by one unit, with admins and members as person ids.
 *
 * @example
 * ```ts
 * const page: Channel = {
 *   id: "fb-thcs-lac-son", unit: "thcs-lac-son", platform: "facebook-page",
 *   name: "Trường THCS Lạc Sơn", admins: ["gv-0001"], members: [], path: "channels[0]",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Channel {
  readonly id: string
  readonly unit: string
  readonly platform: Platform
  readonly name: string
  readonly url?: string
  readonly admins: ReadonlyArray<string>
  readonly members: ReadonlyArray<string>
  /** Where the channel was read, e.g. `channels[0]`. */
  readonly path: string
}

/**
 * The parsed records of a roster, each list in input order.
 *
 * @example
 * ```ts
 * const { roster } = parseRoster(input)
 * roster.units.map((unit) => unit.id) //=> ["so", "pgd-lac-son", "thcs-lac-son"]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedRoster {
  readonly units: ReadonlyArray<Unit>
  readonly people: ReadonlyArray<Person>
  readonly channels: ReadonlyArray<Channel>
}

/**
 * Options for {@link parseRoster} and `buildHierarchy`.
 *
 * @example
 * ```ts
 * parseRoster(dataset, { path: "dataset" }).issues[0]?.path //=> "dataset.people[4].unit"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParseRosterOptions {
  /**
   * Where the roster sits in a larger document, prefixed to every issue path
   * (`"dataset"` gives `dataset.units[3].parent`). Default: the roster is the
   * document (`units[3].parent`).
   */
  readonly path?: string
}

/**
 * The result of {@link parseRoster}.
 *
 * @example
 * ```ts
 * const { roster, issues }: ParseRosterResult = parseRoster(input)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParseRosterResult {
  readonly roster: ParsedRoster
  /** In input order: units, then people, then channels. */
  readonly issues: ReadonlyArray<DataIssue>
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const EMPTY_ROSTER: ParsedRoster = { units: [], people: [], channels: [] }

/** Reads a record's bounds; inverted bounds are reported and ignored. */
const readValidity = (
  from: string | null | undefined,
  to: string | null | undefined,
  path: string,
  subject: { readonly vi: string; readonly en: string },
  id: string,
  issues: Array<DataIssue>,
): Validity => {
  const validity: Mutable<Validity> = {}
  if (from !== null && from !== undefined && to !== null && to !== undefined && from > to) {
    issues.push(
      dataIssue(
        "error",
        "invalid-validity",
        `${path}.validTo`,
        {
          vi: `ngày bắt đầu (validFrom ${from}) sau ngày kết thúc (validTo ${to}); bỏ qua cả hai, coi ${subject.vi} có hiệu lực mọi ngày.`,
          en: `validFrom (${from}) is after validTo (${to}); both are ignored and ${subject.en} is taken as valid at all times.`,
        },
        id,
      ),
    )
    return validity
  }
  if (from !== null && from !== undefined) validity.validFrom = from
  if (to !== null && to !== undefined) validity.validTo = to
  return validity
}

const duplicateIssue = (
  path: string,
  id: string,
  firstPath: string,
  what: { readonly vi: string; readonly en: string },
): DataIssue =>
  dataIssue(
    "error",
    "duplicate-id",
    `${path}.id`,
    {
      vi: `${what.vi} "${id}" đã có ở ${firstPath}; bản ghi này bị bỏ qua.`,
      en: `${what.en} "${id}" already appears at ${firstPath}; this record is ignored.`,
    },
    id,
  )

/** Keeps the first record of each id, reporting the others. */
const firstOfEachId = <R extends { readonly id: string }>(
  records: ReadonlyArray<R>,
  indexes: ReadonlyArray<number>,
  base: string,
  what: { readonly vi: string; readonly en: string },
  issues: Array<DataIssue>,
): Array<{ readonly record: R; readonly path: string }> => {
  const firstPaths = new Map<string, string>()
  const kept: Array<{ readonly record: R; readonly path: string }> = []
  records.forEach((record, position) => {
    const path = `${base}[${indexes[position] ?? position}]`
    const firstPath = firstPaths.get(record.id)
    if (firstPath !== undefined) {
      issues.push(duplicateIssue(path, record.id, firstPath, what))
      return
    }
    firstPaths.set(record.id, path)
    kept.push({ record, path })
  })
  return kept
}

type EdgeList = "reportsTo" | "managedBy"

const edgeWords = {
  reportsTo: { vi: "đơn vị cấp trên", en: "parent" },
  managedBy: { vi: "cơ quan quản lý", en: "managing body" },
} as const

/** Reads one wire edge of a unit; reports and drops a bad one. */
const readEdge = (
  edge: DatedEdge,
  path: string,
  list: EdgeList,
  unitId: string,
  unitIds: ReadonlySet<string>,
  issues: Array<DataIssue>,
): UnitEdge | undefined => {
  const words = edgeWords[list]
  const from = edge.validFrom ?? undefined
  const to = edge.validTo ?? undefined
  if (from !== undefined && to !== undefined && from > to) {
    issues.push(
      dataIssue(
        "error",
        "invalid-validity",
        `${path}.validTo`,
        {
          vi: `liên kết tới ${words.vi} "${edge.unit}" có ngày bắt đầu (validFrom ${from}) sau ngày kết thúc (validTo ${to}); liên kết bị bỏ qua.`,
          en: `the link to the ${words.en} "${edge.unit}" has validFrom (${from}) after validTo (${to}); the link is ignored.`,
        },
        unitId,
      ),
    )
    return undefined
  }
  if (edge.unit === unitId) {
    issues.push(
      dataIssue(
        "error",
        "self-parent",
        edgeTargetPath(path),
        list === "reportsTo"
          ? {
              vi: `đơn vị "${unitId}" không thể là cấp trên của chính nó; liên kết bị bỏ qua.`,
              en: `unit "${unitId}" cannot be its own parent; the link is ignored.`,
            }
          : {
              vi: `đơn vị "${unitId}" không thể là cơ quan quản lý của chính nó; liên kết bị bỏ qua.`,
              en: `unit "${unitId}" cannot be its own managing body; the link is ignored.`,
            },
        unitId,
      ),
    )
    return undefined
  }
  if (!unitIds.has(edge.unit)) {
    issues.push(
      dataIssue(
        "error",
        "unknown-parent",
        edgeTargetPath(path),
        list === "reportsTo"
          ? {
              vi: `không có đơn vị mã "${edge.unit}" để làm đơn vị cấp trên của "${unitId}"; liên kết bị bỏ qua; trong thời gian của liên kết này, "${unitId}" không có cấp trên.`,
              en: `there is no unit "${edge.unit}" to be the parent of "${unitId}"; the link is ignored and "${unitId}" has no parent on its dates.`,
            }
          : {
              vi: `không có đơn vị mã "${edge.unit}" để làm cơ quan quản lý của "${unitId}"; liên kết bị bỏ qua.`,
              en: `there is no unit "${edge.unit}" to be the managing body of "${unitId}"; the link is ignored.`,
            },
        unitId,
      ),
    )
    return undefined
  }
  const parsed: Mutable<UnitEdge> = { unit: edge.unit, path }
  if (from !== undefined) parsed.validFrom = from
  if (to !== undefined) parsed.validTo = to
  return parsed
}

const readUnits = (input: unknown, base: string, issues: Array<DataIssue>): ReadonlyArray<Unit> => {
  const parsed = parseRecords(UnitRecordSchema, input, base, { optional: UNIT_OPTIONAL_FIELDS })
  issues.push(...parsed.issues)
  const kept = firstOfEachId(parsed.records, parsed.indexes, base, { vi: "mã đơn vị", en: "unit id" }, issues)
  const unitIds = new Set(kept.map(({ record }) => record.id))
  return kept.map(({ record, path }) => {
    const reportsTo: Array<UnitEdge> = []
    const managedBy: Array<UnitEdge> = []
    const parents = record.parents ?? []
    const parent = record.parent ?? undefined
    if (parents.length > 0) {
      if (parent !== undefined) {
        issues.push(
          dataIssue(
            "error",
            "parent-and-parents",
            `${path}.parent`,
            {
              vi: `có cả "parent" và "parents"; dùng "parents", bỏ qua "parent" ("${parent}").`,
              en: `both "parent" and "parents" are given; "parents" is used and "parent" ("${parent}") is ignored.`,
            },
            record.id,
          ),
        )
      }
      parents.forEach((edge, at) => {
        const read = readEdge(edge, `${path}.parents[${at}]`, "reportsTo", record.id, unitIds, issues)
        if (read !== undefined) reportsTo.push(read)
      })
    } else if (parent !== undefined) {
      const read = readEdge({ unit: parent }, `${path}.parent`, "reportsTo", record.id, unitIds, issues)
      if (read !== undefined) reportsTo.push(read)
    }
    ;(record.managedBy ?? []).forEach((edge, at) => {
      const read = readEdge(edge, `${path}.managedBy[${at}]`, "managedBy", record.id, unitIds, issues)
      if (read !== undefined) managedBy.push(read)
    })
    const validity = readValidity(
      record.validFrom,
      record.validTo,
      path,
      { vi: `đơn vị "${record.id}"`, en: `unit "${record.id}"` },
      record.id,
      issues,
    )
    return { id: record.id, name: record.name, kind: record.kind, ...validity, reportsTo, managedBy, path }
  })
}

const readPeople = (
  input: unknown,
  base: string,
  unitIds: ReadonlySet<string>,
  issues: Array<DataIssue>,
): ReadonlyArray<Person> => {
  const parsed = parseRecords(PersonRecordSchema, input, base, { optional: PERSON_OPTIONAL_FIELDS })
  issues.push(...parsed.issues)
  const kept = firstOfEachId(parsed.records, parsed.indexes, base, { vi: "mã nhân sự", en: "person id" }, issues)
  return kept.map(({ record, path }) => {
    if (!unitIds.has(record.unit)) {
      issues.push(
        dataIssue(
          "warning",
          "unknown-unit",
          `${path}.unit`,
          {
            vi: `nhân sự "${record.id}" thuộc đơn vị mã "${record.unit}" nhưng không có đơn vị này trong danh sách đơn vị.`,
            en: `person "${record.id}" belongs to unit "${record.unit}", which is not in the list of units.`,
          },
          record.id,
        ),
      )
    }
    const validity = readValidity(
      record.validFrom,
      record.validTo,
      path,
      { vi: `nhân sự "${record.id}"`, en: `person "${record.id}"` },
      record.id,
      issues,
    )
    const person: Mutable<Person> = {
      id: record.id,
      name: record.name,
      unit: record.unit,
      roles: [...new Set(record.roles)],
      partyMember: record.partyMember,
      ...validity,
      path,
    }
    if (record.phone !== undefined && record.phone !== null) {
      const phone = normalizePhone(record.phone)
      if (phone !== undefined) person.phone = phone
      else
        issues.push(
          dataIssue(
            "warning",
            "invalid-phone",
            `${path}.phone`,
            {
              vi: `số điện thoại của nhân sự "${record.id}" (${maskPhone(record.phone)}) không phải số Việt Nam hợp lệ; đã bỏ qua số này.`,
              en: `the phone number of person "${record.id}" (${maskPhone(record.phone)}) is not a valid Vietnamese number; it was ignored.`,
            },
            record.id,
          ),
        )
    }
    return person
  })
}

const readChannels = (
  input: unknown,
  base: string,
  unitIds: ReadonlySet<string>,
  personIds: ReadonlySet<string>,
  issues: Array<DataIssue>,
): ReadonlyArray<Channel> => {
  const parsed = parseRecords(ChannelRecordSchema, input, base, { optional: CHANNEL_OPTIONAL_FIELDS })
  issues.push(...parsed.issues)
  const kept = firstOfEachId(parsed.records, parsed.indexes, base, { vi: "mã kênh", en: "channel id" }, issues)
  return kept.map(({ record, path }) => {
    if (!unitIds.has(record.unit)) {
      issues.push(
        dataIssue(
          "warning",
          "unknown-unit",
          `${path}.unit`,
          {
            vi: `kênh "${record.id}" thuộc đơn vị mã "${record.unit}" nhưng không có đơn vị này trong danh sách đơn vị.`,
            en: `channel "${record.id}" belongs to unit "${record.unit}", which is not in the list of units.`,
          },
          record.id,
        ),
      )
    }
    const checkPeople = (ids: ReadonlyArray<string>, field: "admins" | "members") => {
      const who = field === "admins" ? { vi: "quản trị viên", en: "admin" } : { vi: "thành viên", en: "member" }
      ids.forEach((personId, at) => {
        if (personIds.has(personId)) return
        issues.push(
          dataIssue(
            "warning",
            "unknown-person",
            `${path}.${field}[${at}]`,
            {
              vi: `${who.vi} "${personId}" của kênh "${record.id}" không có trong danh sách nhân sự.`,
              en: `${who.en} "${personId}" of channel "${record.id}" is not in the list of people.`,
            },
            record.id,
          ),
        )
      })
    }
    checkPeople(record.admins, "admins")
    checkPeople(record.members, "members")
    const channel: Mutable<Channel> = {
      id: record.id,
      unit: record.unit,
      platform: record.platform,
      name: record.name,
      admins: record.admins,
      members: record.members,
      path,
    }
    if (record.url !== null && record.url !== undefined && record.url !== "") channel.url = record.url
    return channel
  })
}

/**
 * Parses a roster `{ units, people, channels }` (wire records of contract
 * v1). Never throws on bad data: a malformed or duplicated record is left
 * out with an error issue; a link to a unit that does not exist is dropped
 * (error); inverted dates are ignored (error); a person or channel of an
 * unknown unit, or an admin or member who is not in the list of people, is
 * kept with a warning.
 *
 * @example
 * ```ts
 * const { roster, issues } = parseRoster({
 *   units: [
 *     { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
 *     { id: "thpt-a", name: "Trường THPT A", kind: "upper-secondary", parent: "so" },
 *     { id: "thpt-a", name: "Trường THPT A (bản sao)", kind: "upper-secondary", parent: "so" },
 *   ],
 *   people: [{ id: "gv-1", name: "Nguyễn Văn An", unit: "thpt-b" }],
 * })
 * roster.units.length //=> 2
 * issues.map((issue) => issue.path) //=> ["units[2].id", "people[0].unit"]
 * issues[0].message //=> 'units[2].id: mã đơn vị "thpt-a" đã có ở units[1]; bản ghi này bị bỏ qua.'
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseRoster = (input: unknown, options: ParseRosterOptions = {}): ParseRosterResult => {
  const paths = rosterPaths(options.path)
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      roster: EMPTY_ROSTER,
      issues: [
        dataIssue("error", "invalid-type", paths.root, {
          vi: "cần một danh sách dạng { units, people, channels }.",
          en: "expected a roster { units, people, channels }.",
        }),
      ],
    }
  }
  const source = input as { readonly units?: unknown; readonly people?: unknown; readonly channels?: unknown }
  const issues: Array<DataIssue> = []
  const units = readUnits(source.units, paths.units, issues)
  const unitIds = new Set(units.map((unit) => unit.id))
  const people = readPeople(source.people, paths.people, unitIds, issues)
  const personIds = new Set(people.map((person) => person.id))
  const channels = readChannels(source.channels, paths.channels, unitIds, personIds, issues)
  return {
    roster: { units, people, channels },
    issues: sortIssues(issues, [paths.units, paths.people, paths.channels]),
  }
}
