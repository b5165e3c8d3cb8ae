/**
 * Record-by-record parsing with zod: every valid record is kept, every bad
 * one becomes a `DataIssue` that names its path and field.
 *
 * Zod schemas are the source of truth for lantoa's JSON contract; this module
 * turns their errors into the Vietnamese-first issues the rest of lantoa
 * reports, so that no package writes its own translation of zod errors.
 *
 * @since 0.1.0
 * @module
 */
import type { z } from "zod"
import { dataIssue, sortIssues, type DataIssue } from "./DataIssue.js"

/**
 * The result of parsing a list of records: the good ones, and what was
 * wrong with the others.
 *
 * @example
 * ```ts
 * const { records, indexes, issues }: ParsedRecords<ActivityRecord> = parseRecords(ActivityRecordSchema, rows, "activities")
 * indexes[0] //=> the input position of records[0]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedRecords<A> {
  readonly records: ReadonlyArray<A>
  /** For each kept record, its index in the input (for paths in later checks). */
  readonly indexes: ReadonlyArray<number>
  readonly issues: ReadonlyArray<DataIssue>
}

const typeNamesVi: Readonly<Record<string, string>> = {
  string: "chuỗi ký tự",
  number: "số",
  boolean: "giá trị đúng/sai",
  array: "danh sách",
  object: "đối tượng",
  null: "null",
  undefined: "không có giá trị",
  date: "ngày",
}

const quoteValues = (values: ReadonlyArray<unknown>): string => values.map((value) => JSON.stringify(value)).join(", ")

/**
 * Joins a path of keys and indexes the way lantoa reports paths:
 * `activities[17].unit`.
 *
 * @example
 * ```ts
 * joinPath("activities", [17, "unit"]) //=> "activities[17].unit"
 * ```
 * @since 0.1.0
 * @category utils
 */
export const joinPath = (base: string, keys: ReadonlyArray<PropertyKey>): string => {
  let path = base
  for (const key of keys) {
    if (typeof key === "number") path += `[${key}]`
    else path += path === "" ? String(key) : `.${String(key)}`
  }
  return path
}

/**
 * The Vietnamese and English texts for one zod issue. Custom refinements
 * carry their Vietnamese text in `params.vi` and their English text as the
 * zod message.
 */
// An absent field fails as `invalid_type`, for enums `invalid_value`, and
// for a union or a discriminated union's tag `invalid_union`; either way the
// clerk's fix is to fill it in, so all read "missing".
const isMissing = (issue: z.core.$ZodIssue, present: boolean): boolean =>
  !present && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")

/** The tags a discriminated union takes, when the issue is a wrong tag. */
const discriminatorOptions = (issue: z.core.$ZodIssue): ReadonlyArray<unknown> | undefined => {
  if (issue.code !== "invalid_union") return undefined
  const options = (issue as { options?: unknown }).options
  return Array.isArray(options) ? options : undefined
}

const describe = (issue: z.core.$ZodIssue, present: boolean): { vi: string; en: string } => {
  if (isMissing(issue, present)) return { vi: "thiếu trường bắt buộc.", en: "a required field is missing." }
  switch (issue.code) {
    case "invalid_type": {
      const expected = String(issue.expected)
      return {
        vi: `sai kiểu dữ liệu: cần ${typeNamesVi[expected] ?? expected}.`,
        en: `wrong type: expected ${expected}.`,
      }
    }
    case "invalid_value":
      return {
        vi: `giá trị không hợp lệ; chỉ nhận: ${quoteValues(issue.values)}.`,
        en: `invalid value; expected one of: ${quoteValues(issue.values)}.`,
      }
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1)
        return { vi: "không được để trống.", en: "must not be empty." }
      return {
        vi: `quá nhỏ: tối thiểu ${String(issue.minimum)}.`,
        en: `too small: the minimum is ${String(issue.minimum)}.`,
      }
    case "too_big":
      return {
        vi: `quá lớn: tối đa ${String(issue.maximum)}.`,
        en: `too big: the maximum is ${String(issue.maximum)}.`,
      }
    case "invalid_format":
      return { vi: "sai định dạng.", en: `invalid format (${issue.format}).` }
    case "unrecognized_keys":
      return {
        vi: `có trường không được phép: ${quoteValues(issue.keys)}.`,
        en: `unrecognised fields: ${quoteValues(issue.keys)}.`,
      }
    case "custom": {
      const vi = (issue.params as { vi?: unknown } | undefined)?.vi
      return { vi: typeof vi === "string" ? vi : issue.message, en: issue.message }
    }
    case "invalid_union": {
      const options = discriminatorOptions(issue)
      if (options !== undefined) {
        return {
          vi: `giá trị không hợp lệ; chỉ nhận: ${quoteValues(options)}.`,
          en: `invalid value; expected one of: ${quoteValues(options)}.`,
        }
      }
      return { vi: "dữ liệu không đúng dạng nào được chấp nhận.", en: "the value matches none of the accepted forms." }
    }
    default:
      return { vi: `dữ liệu không hợp lệ (${issue.message}).`, en: issue.message }
  }
}

const valueAt = (input: unknown, keys: ReadonlyArray<PropertyKey>): { present: boolean } => {
  let value: unknown = input
  for (const key of keys) {
    if (value === null || typeof value !== "object" || !(key in (value as object))) return { present: false }
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return { present: value !== undefined }
}

const codeFor = (issue: z.core.$ZodIssue, present: boolean): string => {
  if (isMissing(issue, present)) return "missing-field"
  if (discriminatorOptions(issue) !== undefined) return "invalid-value"
  if (issue.code === "custom") {
    const code = (issue.params as { code?: unknown } | undefined)?.code
    if (typeof code === "string") return code
  }
  return issue.code.replaceAll("_", "-")
}

/**
 * Turns a zod error for one record into `DataIssue`s, one per problem, each
 * with the full path of the field.
 *
 * @example
 * ```ts
 * const result = ActivityRecordSchema.safeParse({ id: "a" })
 * if (!result.success) issuesFromZod(result.error, "activities[3]", { id: "a" })
 * //=> [{ severity: "error", code: "missing-field", path: "activities[3].kind", ... }, ...]
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const issuesFromZod = (
  error: z.core.$ZodError,
  basePath: string,
  input: unknown,
  record?: string,
): ReadonlyArray<DataIssue> =>
  error.issues.map((issue) => {
    const { present } = valueAt(input, issue.path)
    return dataIssue("error", codeFor(issue, present), joinPath(basePath, issue.path), describe(issue, present), record)
  })

const recordIdOf = (input: unknown): string | undefined => {
  if (input !== null && typeof input === "object") {
    const id = (input as { id?: unknown }).id
    if (typeof id === "string" && id !== "") return id
  }
  return undefined
}

/**
 * Options for {@link parseRecords}.
 *
 * @example
 * ```ts
 * const options: ParseRecordsOptions = { optional: ["url", "target", "roles"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParseRecordsOptions {
  /**
   * The record's optional fields. A blank (`""`, spaces) or `null` value in
   * one of them counts as absent. An invalid value in one of them is dropped
   * with a warning and the record is kept; in a list field, only the invalid
   * elements are dropped. Spreadsheets and other systems leave such cells
   * empty or wrong, and one bad optional cell must not lose a good record.
   */
  readonly optional?: ReadonlyArray<string>
}

const isBlank = (value: unknown): boolean => value === null || (typeof value === "string" && value.trim() === "")

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

// Removes the invalid optional values a failed parse pointed at: whole fields,
// or single elements of list fields. Returns undefined when some issue is not
// about an optional field, so the record cannot be saved this way.
const withoutInvalidOptionals = (
  record: Record<string, unknown>,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  optional: ReadonlySet<string>,
): Record<string, unknown> | undefined => {
  const repaired: Record<string, unknown> = { ...record }
  const dropElements = new Map<string, Set<number>>()
  for (const issue of issues) {
    const [field, index] = issue.path
    if (typeof field !== "string" || !optional.has(field) || !(field in record)) return undefined
    if (typeof index === "number" && Array.isArray(record[field])) {
      const set = dropElements.get(field) ?? new Set<number>()
      set.add(index)
      dropElements.set(field, set)
    } else {
      delete repaired[field]
    }
  }
  for (const [field, indexes] of dropElements) {
    const list = repaired[field]
    if (Array.isArray(list)) repaired[field] = list.filter((_, i) => !indexes.has(i))
  }
  return repaired
}

const dropped = { vi: " Đã bỏ qua giá trị này, giữ lại bản ghi.", en: " The value was ignored; the record is kept." }

/**
 * The result of parsing one record: the record (when it could be kept) and
 * its issues.
 *
 * @example
 * ```ts
 * const result: ParsedRecord<ActivityRecord> = parseRecord(ActivityRecordSchema, row, "activities[0]")
 * if (result.ok) result.record.id
 * ```
 * @since 0.1.0
 * @category models
 */
export type ParsedRecord<A> =
  | { readonly ok: true; readonly record: A; readonly issues: ReadonlyArray<DataIssue> }
  | { readonly ok: false; readonly issues: ReadonlyArray<DataIssue> }

const parseOne = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: string,
  optional: ReadonlySet<string>,
): ParsedRecord<z.output<S>> => {
  let item = input
  if (optional.size > 0 && isPlainObject(item)) {
    let copy: Record<string, unknown> | undefined
    for (const field of optional) {
      if (field in item && isBlank(item[field])) {
        copy ??= { ...item }
        delete copy[field]
      }
    }
    item = copy ?? item
  }
  const result = schema.safeParse(item)
  if (result.success) return { ok: true, record: result.data, issues: [] }
  const repaired = optional.size > 0 && isPlainObject(item) ? withoutInvalidOptionals(item, result.error.issues, optional) : undefined
  const retry = repaired === undefined ? undefined : schema.safeParse(repaired)
  const found = issuesFromZod(result.error, path, item, recordIdOf(item))
  if (retry?.success !== true) return { ok: false, issues: found }
  return {
    ok: true,
    record: retry.data,
    issues: found.map((issue) => ({
      ...issue,
      severity: "warning" as const,
      message: issue.message + dropped.vi,
      messageEn: issue.messageEn + dropped.en,
    })),
  }
}

/**
 * Parses one record with a schema, with the same rules as
 * {@link parseRecords}: the record when it is valid (possibly without some
 * invalid optional values, with warnings), and its issues.
 *
 * @example
 * ```ts
 * parseRecord(ActivityRecordSchema, { id: "a", kind: "like" }, "activities[3]")
 * //=> { ok: false, issues: [{ code: "invalid-value", path: "activities[3].kind", ... }, ...] }
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseRecord = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: string,
  options: ParseRecordsOptions = {},
): ParsedRecord<z.output<S>> => parseOne(schema, input, path, new Set(options.optional ?? []))

/**
 * Parses each element of a list with a schema, keeping the valid ones and
 * reporting the others. A non-array input is one issue and no records; a
 * missing list (`undefined`, `null`) is no records and no issue. With
 * `optional`, blank optional fields count as absent and an invalid optional
 * value is dropped with a warning instead of losing the record.
 *
 * @example
 * ```ts
 * const { records, issues } = parseRecords(
 *   ActivityRecordSchema,
 *   [{ id: "a1", kind: "post", unit: "u", at: "2024-11-12T09:00:00+07:00", url: 42 }],
 *   "activities",
 *   { optional: ["url"] },
 * )
 * records.length     //=> 1 (without its url)
 * issues[0].severity //=> "warning"
 * issues[0].path     //=> "activities[0].url"
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseRecords = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  basePath: string,
  options: ParseRecordsOptions = {},
): ParsedRecords<z.output<S>> => {
  if (input === undefined || input === null) return { records: [], indexes: [], issues: [] }
  if (!Array.isArray(input)) {
    return {
      records: [],
      indexes: [],
      issues: [
        dataIssue("error", "invalid-type", basePath, {
          vi: "cần một danh sách (mảng JSON).",
          en: "expected a list (a JSON array).",
        }),
      ],
    }
  }
  const optional = new Set(options.optional ?? [])
  const records: Array<z.output<S>> = []
  const indexes: Array<number> = []
  const issues: Array<DataIssue> = []
  for (let index = 0; index < input.length; index++) {
    const result = parseOne(schema, input[index], `${basePath}[${index}]`, optional)
    issues.push(...result.issues)
    if (result.ok) {
      records.push(result.record)
      indexes.push(index)
    }
  }
  return { records, indexes, issues }
}

/**
 * What a list's records are called in a repeated-id issue: "mã quy định …
 * đã có ở trên; quy định này bị bỏ qua."
 *
 * @example
 * ```ts
 * const label: RecordLabel = { vi: "quy định", en: "rule" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface RecordLabel {
  readonly vi: string
  readonly en: string
}

/**
 * Parses a list of records that carry an `id`, like {@link parseRecords},
 * and leaves out a record whose id repeats an earlier one (an error issue
 * at its `id`): the reader of every list of rules in a policy document.
 * Issues come sorted by record.
 *
 * @example
 * ```ts
 * const { records, issues } = parseRecordsWithIds(RuleSchema, [{ id: "a" }, { id: "a" }], "policy.quotas", { vi: "quy định", en: "rule" })
 * records.length  //=> 1
 * issues[0]?.message //=> 'policy.quotas[1].id: mã quy định "a" đã có ở trên; quy định này bị bỏ qua.'
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseRecordsWithIds = <S extends z.ZodType<{ readonly id: string }>>(
  schema: S,
  input: unknown,
  basePath: string,
  label: RecordLabel,
  options: ParseRecordsOptions = {},
): ParsedRecords<z.output<S>> => {
  const parsed = parseRecords(schema, input, basePath, options)
  const issues: Array<DataIssue> = [...parsed.issues]
  const records: Array<z.output<S>> = []
  const indexes: Array<number> = []
  const seen = new Set<string>()
  parsed.records.forEach((record, position) => {
    const index = parsed.indexes[position] ?? position
    if (seen.has(record.id)) {
      issues.push(
        dataIssue(
          "error",
          "duplicate-id",
          `${basePath}[${index}].id`,
          {
            vi: `mã ${label.vi} "${record.id}" đã có ở trên; ${label.vi} này bị bỏ qua.`,
            en: `${label.en} id "${record.id}" appears earlier; this ${label.en} is ignored.`,
          },
          record.id,
        ),
      )
      return
    }
    seen.add(record.id)
    records.push(record)
    indexes.push(index)
  })
  return { records, indexes, issues: sortIssues(issues, [basePath]) }
}
