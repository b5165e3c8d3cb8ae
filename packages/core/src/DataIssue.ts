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
 * @example
 * ```ts
 * const severity: DataIssueSeverity = "warning" // the record was kept, with a repair
 * ```
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
 * @example
 * ```ts
 * issueMessage(issue, "en" satisfies Locale)
 * ```
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
 * @example
 * ```ts
 * hasErrors([]) //=> false
 * hasErrors(parseActivities([{ id: "a" }]).issues) //=> true
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const hasErrors = (issues: ReadonlyArray<DataIssue>): boolean =>
  issues.some((issue) => issue.severity === "error")

/**
 * Orders issues the way a clerk fixes a spreadsheet, row after row: by list
 * (in the order of `lists`, e.g. `["units", "people", "channels"]`), then by
 * record index, then in the order they were found. Issues outside the lists
 * come first.
 *
 * @example
 * ```ts
 * sortIssues(issues, ["units", "people"]).map((issue) => issue.path)
 * //=> ["units[0].kind", "units[3].parent", "people[1].unit"]
 * ```
 * @since 0.1.0
 * @category utils
 */
export const sortIssues = (issues: ReadonlyArray<DataIssue>, lists: ReadonlyArray<string>): ReadonlyArray<DataIssue> => {
  const keyOf = (path: string): readonly [number, number] => {
    for (let rank = 0; rank < lists.length; rank++) {
      const base = lists[rank] as string
      if (path === base) return [rank, -1]
      if (path.startsWith(`${base}[`)) return [rank, Number.parseInt(path.slice(base.length + 1), 10)]
    }
    return [-1, -1]
  }
  return issues
    .map((issue, order) => ({ issue, order, key: keyOf(issue.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.order - b.order)
    .map(({ issue }) => issue)
}
