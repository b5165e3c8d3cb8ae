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
import { dataIssue, type DataIssue } from "./DataIssue.js"

/**
 * The result of parsing a list of records: the good ones, and what was
 * wrong with the others.
 *
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
// An absent field fails as `invalid_type` or, for enums, `invalid_value`;
// either way the clerk's fix is to fill it in, so both read "missing".
const isMissing = (issue: z.core.$ZodIssue, present: boolean): boolean =>
  !present && (issue.code === "invalid_type" || issue.code === "invalid_value")

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
 * Parses each element of a list with a schema, keeping the valid ones and
 * reporting the others. A non-array input is one issue and no records.
 *
 * @example
 * ```ts
 * const { records, issues } = parseRecords(ActivityRecordSchema, input.activities, "activities")
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseRecords = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  basePath: string,
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
  const records: Array<z.output<S>> = []
  const indexes: Array<number> = []
  const issues: Array<DataIssue> = []
  for (let index = 0; index < input.length; index++) {
    const item: unknown = input[index]
    const result = schema.safeParse(item)
    if (result.success) {
      records.push(result.data)
      indexes.push(index)
    } else {
      issues.push(...issuesFromZod(result.error, `${basePath}[${index}]`, item, recordIdOf(item)))
    }
  }
  return { records, indexes, issues }
}
