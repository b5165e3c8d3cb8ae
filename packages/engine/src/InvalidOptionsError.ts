/**
 * The error `engine.evaluate` throws for options it cannot read.
 *
 * Bad records in a dataset never throw: they are issues in the report. The
 * options are the caller's own arguments — the period, `now` — and a
 * report for a period that does not exist would be a wrong answer, so they
 * are checked first and rejected with every problem listed.
 *
 * @since 0.1.0
 * @module
 */
import type { DataIssue } from "@lantoa/core"
import { listIssues } from "./internal/issueList.js"

/**
 * Thrown by `engine.evaluate` when its options are invalid: no `now`, an
 * unknown period id, `from` after `to`, both a period and a range, an
 * unknown option… `issues` lists every problem with its path (`options.now`)
 * in Vietnamese (`message`) and English (`messageEn`); the HTTP handler
 * answers them with a 400.
 *
 * @example
 * ```ts
 * try {
 *   engine.evaluate(dataset, { period: "2024-W60", now: "hôm nay" })
 * } catch (error) {
 *   if (error instanceof InvalidOptionsError) {
 *     error.issues.map((issue) => issue.path) //=> ["options.period", "options.now"]
 *   }
 * }
 * ```
 * @since 0.1.0
 * @category errors
 */
export class InvalidOptionsError extends Error {
  /** A tag to switch on without `instanceof`. */
  readonly _tag = "InvalidOptionsError" as const
  readonly issues: ReadonlyArray<DataIssue>
  /** The message in English. */
  readonly messageEn: string

  constructor(issues: ReadonlyArray<DataIssue>) {
    const headline = {
      vi: `Tùy chọn đánh giá (options) không hợp lệ: ${issues.length} lỗi.`,
      en: `The evaluation options are invalid: ${issues.length} ${issues.length === 1 ? "error" : "errors"}.`,
    }
    super(listIssues(headline, issues, "vi"))
    this.name = "InvalidOptionsError"
    this.issues = issues
    this.messageEn = listIssues(headline, issues, "en")
  }
}
