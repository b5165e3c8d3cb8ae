/**
 * The `Activity` event: one post, share, reaction, comment, article or
 * message, by a unit or a person, at an instant. Every source (Facebook,
 * Zalo, spreadsheets, eNetViet exports) maps to it; every rule counts it.
 *
 * @since 0.1.0
 * @module
 */
import { z } from "zod"
import { dataIssue, type DataIssue } from "./DataIssue.js"
import { DEFAULT_TIME_ZONE, formatInstant, parseInstant, type Instant, type TimeZoneOptions } from "./Instant.js"
import { parseRecord, parseRecords } from "./Records.js"

/**
 * The kinds of activity the plan counts: posting (`post`, "đăng tải"),
 * sharing (`share`, "chia sẻ"), liking (`reaction`, "thả tim, thích"),
 * commenting (`comment`, "bình luận"), Zalo OA articles (`article`) and
 * messages (`message`).
 *
 * @example
 * ```ts
 * ACTIVITY_KINDS.includes("share") //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const ACTIVITY_KINDS = ["post", "share", "reaction", "comment", "article", "message"] as const

/**
 * One of {@link ACTIVITY_KINDS}.
 *
 * @example
 * ```ts
 * const kind: ActivityKind = "reaction" // thả tim, thích
 * ```
 * @since 0.1.0
 * @category models
 */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

const nonEmpty = z.string().trim().min(1)

/**
 * The wire form of an activity (contract v1). `at` is an ISO 8601 string with
 * an offset; at least one of `unit` and `person` names who acted. Unknown
 * fields are kept: the contract may add fields.
 *
 * @example
 * ```ts
 * ActivityRecordSchema.parse({
 *   id: "facebook:108_1221", kind: "post", unit: "thcs-lac-son",
 *   channel: "fb-thcs-lac-son", at: "2024-11-12T09:00:00+07:00",
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ActivityRecordSchema = z
  .looseObject({
    id: nonEmpty,
    kind: z.enum(ACTIVITY_KINDS),
    unit: nonEmpty.optional(),
    person: nonEmpty.optional(),
    channel: nonEmpty.optional(),
    at: nonEmpty,
    url: z.string().optional(),
    target: z.string().optional(),
  })
  .refine((record) => record.unit !== undefined || record.person !== undefined, {
    message: "an activity needs a unit or a person.",
    params: { vi: "hoạt động phải có đơn vị (unit) hoặc người thực hiện (person).", code: "missing-subject" },
    path: ["unit"],
  })

/**
 * The wire form of an activity, as integrators send it.
 *
 * @example
 * ```ts
 * const record: ActivityRecord = { id: "sheet:row-12", kind: "share", person: "gv-0001", at: "2024-11-13T20:00:00+07:00", target: "https://facebook.example/108_1221" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ActivityRecord = z.input<typeof ActivityRecordSchema>

/**
 * A parsed activity: the wire record with `at` as epoch milliseconds.
 *
 * @example
 * ```ts
 * parseActivities([record]).activities[0]?.at //=> 1731502800000 (epoch ms)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Activity {
  readonly id: string
  readonly kind: ActivityKind
  readonly unit?: string
  readonly person?: string
  readonly channel?: string
  readonly at: Instant
  /** The link of the post itself. */
  readonly url?: string
  /** For a share, reaction or comment: the link of what was shared, liked or commented on. */
  readonly target?: string
}

// Blank or invalid values here lose the field, never the activity.
const ACTIVITY_OPTIONAL_FIELDS = ["unit", "person", "channel", "url", "target"]

/**
 * Options for {@link parseActivities}.
 *
 * @example
 * ```ts
 * parseActivities(input, { timeZone: "Asia/Ho_Chi_Minh", path: "dataset.activities" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParseActivitiesOptions extends TimeZoneOptions {
  /** The path of the list in the dataset, used in issue paths. Default: `activities`. */
  readonly path?: string
}

/**
 * The result of {@link parseActivities}.
 *
 * @example
 * ```ts
 * const { activities, issues }: ParsedActivities = parseActivities(input)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedActivities {
  readonly activities: ReadonlyArray<Activity>
  /** For each kept activity, its index in the input (for paths in later checks). */
  readonly indexes: ReadonlyArray<number>
  readonly issues: ReadonlyArray<DataIssue>
}

/**
 * Parses a list of wire activities. Never throws on bad data: a malformed
 * record becomes an error issue and is left out; a blank or `null` optional
 * field (`unit`, `person`, `channel`, `url`, `target`) counts as absent, and
 * an invalid one is dropped with a warning; a time without an offset is
 * read in the policy time zone and reported as a warning; a repeated id keeps
 * the first record (a redelivery) and reports the others.
 *
 * @example
 * ```ts
 * const { activities, issues } = parseActivities([
 *   { id: "a1", kind: "post", unit: "thcs-lac-son", at: "2024-11-12T09:00:00+07:00" },
 *   { id: "a2", kind: "like", unit: "thcs-lac-son", at: "2024-11-12T09:00:00+07:00" },
 * ])
 * activities.length //=> 1
 * issues[0].path    //=> "activities[1].kind"
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseActivities = (input: unknown, options: ParseActivitiesOptions = {}): ParsedActivities => {
  const base = options.path ?? "activities"
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  if (input === undefined || input === null) return { activities: [], indexes: [], issues: [] }
  if (!Array.isArray(input)) {
    const { issues } = parseRecords(ActivityRecordSchema, input, base)
    return { activities: [], indexes: [], issues }
  }
  const issues: Array<DataIssue> = []
  const activities: Array<Activity> = []
  const indexes: Array<number> = []
  const seen = new Set<string>()
  const fast = timeZone === DEFAULT_TIME_ZONE
  for (let index = 0; index < input.length; index++) {
    const item: unknown = input[index]
    // Most records of a large dataset are clean: check them by hand, and
    // only let zod (slower, but with its precise messages) read the others.
    let activity = fast ? cleanActivity(item) : undefined
    if (activity === undefined) {
      const parsed = parseRecord(ActivityRecordSchema, item, `${base}[${index}]`, { optional: ACTIVITY_OPTIONAL_FIELDS })
      issues.push(...parsed.issues)
      if (!parsed.ok) continue
      activity = fromRecord(parsed.record, `${base}[${index}]`, timeZone, issues)
      if (activity === undefined) continue
    }
    if (seen.has(activity.id)) {
      issues.push(
        dataIssue(
          "warning",
          "duplicate-id",
          `${base}[${index}].id`,
          {
            vi: `hoạt động mã "${activity.id}" đã có ở trên; bản này bị bỏ qua.`,
            en: `activity "${activity.id}" appears earlier; this copy is ignored.`,
          },
          activity.id,
        ),
      )
      continue
    }
    seen.add(activity.id)
    activities.push(activity)
    indexes.push(index)
  }
  return { activities, indexes, issues }
}

type MutableActivity = { -readonly [K in keyof Activity]: Activity[K] }

// A field as the schema would keep it unchanged: a string with no blank
// around it (the schema trims, and a blank optional value means absent).
const isTidy = (value: string): boolean =>
  value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32

const KINDS: ReadonlySet<string> = new Set(ACTIVITY_KINDS)

// An already clean record in Vietnam's zone, or undefined to take the full path.
const cleanActivity = (item: unknown): Activity | undefined => {
  if (item === null || typeof item !== "object") return undefined
  const { id, kind, unit, person, channel, at, url, target } = item as Record<string, unknown>
  if (typeof id !== "string" || !isTidy(id) || typeof kind !== "string" || !KINDS.has(kind)) return undefined
  if (typeof at !== "string") return undefined
  if (unit !== undefined && (typeof unit !== "string" || !isTidy(unit))) return undefined
  if (person !== undefined && (typeof person !== "string" || !isTidy(person))) return undefined
  if (unit === undefined && person === undefined) return undefined
  if (channel !== undefined && (typeof channel !== "string" || !isTidy(channel))) return undefined
  if (url !== undefined && (typeof url !== "string" || !isTidy(url))) return undefined
  if (target !== undefined && (typeof target !== "string" || !isTidy(target))) return undefined
  const when = parseInstant(at)
  if (when === undefined || !when.hasOffset) return undefined
  const activity: MutableActivity = { id, kind: kind as ActivityKind, at: when.instant }
  if (unit !== undefined) activity.unit = unit
  if (person !== undefined) activity.person = person
  if (channel !== undefined) activity.channel = channel
  if (url !== undefined) activity.url = url
  if (target !== undefined) activity.target = target
  return activity
}

const fromRecord = (
  record: z.output<typeof ActivityRecordSchema>,
  path: string,
  timeZone: string,
  issues: Array<DataIssue>,
): Activity | undefined => {
  const when = parseInstant(record.at, { timeZone })
  if (when === undefined) {
    issues.push(
      dataIssue(
        "error",
        "invalid-instant",
        `${path}.at`,
        {
          vi: `thời điểm "${record.at}" không đọc được; cần dạng ISO 8601, ví dụ 2024-11-12T09:00:00+07:00.`,
          en: `cannot read the time "${record.at}"; expected ISO 8601, e.g. 2024-11-12T09:00:00+07:00.`,
        },
        record.id,
      ),
    )
    return undefined
  }
  if (!when.hasOffset) {
    issues.push(
      dataIssue(
        "warning",
        "missing-offset",
        `${path}.at`,
        {
          vi: `thời điểm "${record.at}" không có múi giờ; đã hiểu theo giờ ${timeZone}.`,
          en: `the time "${record.at}" has no offset; read as local time in ${timeZone}.`,
        },
        record.id,
      ),
    )
  }
  const activity: MutableActivity = { id: record.id, kind: record.kind, at: when.instant }
  if (record.unit !== undefined) activity.unit = record.unit
  if (record.person !== undefined) activity.person = record.person
  if (record.channel !== undefined) activity.channel = record.channel
  if (record.url !== undefined) activity.url = record.url
  if (record.target !== undefined) activity.target = record.target
  return activity
}

/**
 * Writes a parsed activity back to its wire form, with `at` in the given zone.
 *
 * @example
 * ```ts
 * toActivityRecord({ id: "a1", kind: "post", unit: "u", at: 1731376800000 })
 * //=> { id: "a1", kind: "post", unit: "u", at: "2024-11-12T09:00:00.000+07:00" }
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const toActivityRecord = (activity: Activity, options: TimeZoneOptions = {}): ActivityRecord => ({
  ...activity,
  at: formatInstant(activity.at, options),
})
