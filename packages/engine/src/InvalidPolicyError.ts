/**
 * The error `createEngine` throws for a policy that does not validate.
 *
 * A policy is code-like configuration, written once and loaded at start-up:
 * running an engine on half a policy would give wrong verdicts quietly, so
 * rejecting it — with every problem listed, not only the first — is right.
 *
 * @since 0.1.0
 * @module
 */
import type { DataIssue } from "@lantoa/core"
import { errorCount, listIssues } from "./internal/issueList.js"

/**
 * Thrown by `createEngine` when the policy is invalid. `issues` lists every
 * problem `validatePolicy` found (paths such as `quotas[2].minimum`, a
 * Vietnamese `message` and an English `messageEn` each); the error's
 * `message` lists them in Vietnamese, one per line, and `messageEn` in
 * English.
 *
 * @example
 * ```ts
 * try {
 *   createEngine({ ...hoaBinh2024, version: "1.0", quotas: [{ ...hoaBinh2024.quotas[0], minimum: 0 }] })
 * } catch (error) {
 *   if (error instanceof InvalidPolicyError) {
 *     error.issues.map((issue) => issue.path) //=> ["version", "quotas[0].minimum"]
 *     error.message
 *     //=> "Bộ quy định (policy) không hợp lệ: 2 lỗi.\n- version: …\n- quotas[0].minimum: quá nhỏ: tối thiểu 1."
 *   }
 * }
 * ```
 * @since 0.1.0
 * @category errors
 */
export class InvalidPolicyError extends Error {
  /** A tag to switch on without `instanceof` (across bundles and realms). */
  readonly _tag = "InvalidPolicyError" as const
  /** Every problem found, errors and warnings, in document order. */
  readonly issues: ReadonlyArray<DataIssue>
  /** The message in English. */
  readonly messageEn: string

  constructor(issues: ReadonlyArray<DataIssue>) {
    const count = errorCount(issues)
    const headline = {
      vi: `Bộ quy định (policy) không hợp lệ: ${count} lỗi.`,
      en: `The policy is invalid: ${count} ${count === 1 ? "error" : "errors"}.`,
    }
    const errors = issues.filter((issue) => issue.severity === "error")
    super(listIssues(headline, errors, "vi"))
    this.name = "InvalidPolicyError"
    this.issues = issues
    this.messageEn = listIssues(headline, errors, "en")
  }
}
