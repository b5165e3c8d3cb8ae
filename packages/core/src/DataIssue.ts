/**
 * A problem found in input data: one bad record never stops the rest.
 *
 * Domain functions never throw on bad data; they leave the record out and
 * return a `DataIssue` that names it (`path`) and says, in Vietnamese and in
 * English, what is wrong.
 *
 * @since 0.1.0
 * @module
 */

/**
 * How serious an issue is.
 *
 * - `error`: the record (or field) was left out.
 * - `warning`: the record was kept, with a repair or an assumption the caller
 *   should know about (for example a local time without an offset).
 * - `info`: nothing was changed; worth a look.
 *
 * @since 0.1.0
 * @category models
 */
export type DataIssueSeverity = "error" | "warning" | "info"

/**
 * A problem found in one record of the input.
 *
 * @example
 * ```ts
 * const issue: DataIssue = {
 *   severity: "error",
 *   code: "unknown-unit",
 *   path: "activities[17].unit",
 *   message: "activities[17].unit: không có đơn vị mã \"thcs-x\".",
 *   messageEn: "activities[17].unit: there is no unit with id \"thcs-x\".",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface DataIssue {
  readonly severity: DataIssueSeverity
  /** A stable kebab-case code integrators can switch on, e.g. `unknown-unit`. */
  readonly code: string
  /** Where the problem is, e.g. `activities[17].unit` or `units[3]`. */
  readonly path: string
  /** The message in Vietnamese (the default locale). */
  readonly message: string
  /** The same message in English. */
  readonly messageEn: string
  /** The id of the record concerned, when it has one. */
  readonly record?: string
}

/**
 * The locales lantoa writes messages and explanations in.
 *
 * @since 0.1.0
 * @category models
 */
export type Locale = "vi" | "en"

/**
 * Builds a `DataIssue`, prefixing both messages with the path so that a
 * message read alone (in a log, a spreadsheet cell) still names the record.
 *
 * @example
 * ```ts
 * dataIssue("error", "duplicate-id", "units[4].id", {
 *   vi: "mã đơn vị \"th-a\" bị trùng.",
 *   en: "unit id \"th-a\" is duplicated.",
 * })
 * //=> { severity: "error", code: "duplicate-id", path: "units[4].id",
 * //     message: "units[4].id: mã đơn vị \"th-a\" bị trùng.", messageEn: "units[4].id: unit id \"th-a\" is duplicated." }
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const dataIssue = (
  severity: DataIssueSeverity,
  code: string,
  path: string,
  text: { readonly vi: string; readonly en: string },
  record?: string,
): DataIssue => {
  const prefix = path === "" ? "" : `${path}: `
  const issue: DataIssue = {
    severity,
    code,
    path,
    message: `${prefix}${text.vi}`,
    messageEn: `${prefix}${text.en}`,
  }
  return record === undefined ? issue : { ...issue, record }
}

/**
 * The message of an issue in the requested locale.
 *
 * @example
 * ```ts
 * issueMessage(issue, "en") //=> "units[4].id: unit id \"th-a\" is duplicated."
 * ```
 * @since 0.1.0
 * @category getters
 */
export const issueMessage = (issue: DataIssue, locale: Locale = "vi"): string =>
  locale === "en" ? issue.messageEn : issue.message

/**
 * True when at least one issue is an error.
 *
 * @since 0.1.0
 * @category predicates
 */
export const hasErrors = (issues: ReadonlyArray<DataIssue>): boolean =>
  issues.some((issue) => issue.severity === "error")
