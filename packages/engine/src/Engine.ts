/**
 * The engine: a policy, validated once, that evaluates datasets into
 * reports of contract v1.
 *
 * @since 0.1.0
 * @module
 */
import type { DataIssue } from "@lantoa/core"
import { validatePolicy, type Policy, type PolicyInput } from "@lantoa/policy"
import type { Dataset } from "./Dataset.js"
import type { EvaluateOptions } from "./EvaluateOptions.js"
import { InvalidOptionsError } from "./InvalidOptionsError.js"
import { InvalidPolicyError } from "./InvalidPolicyError.js"
import type { PreparedDataset } from "./PreparedDataset.js"
import type { Report } from "./Report.js"
import { resolveOptions } from "./internal/options.js"
import { isPrepared, prepareDataset } from "./internal/prepare.js"
import { buildReport, periodOptionsOf } from "./internal/report.js"

/**
 * An engine bound to one valid policy (see {@link createEngine}).
 *
 * - `policy`: the policy, defaults applied;
 * - `warnings`: what validation found that does not block (text not in NFC);
 * - `prepare(dataset)`: reads a dataset once (records, hierarchy,
 *   references) for several evaluations;
 * - `evaluate(dataset, options)`: the report. Never throws on bad records;
 *   throws {@link InvalidOptionsError} for options it cannot read.
 *
 * @example
 * ```ts
 * const engine: Engine = createEngine(hoaBinh2024)
 * engine.policy.id //=> "hoa-binh-2024"
 * engine.evaluate(dataset, { period: "2024-W46", now: "2024-11-20T08:00:00+07:00" }).contract //=> "lantoa/v1"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Engine {
  readonly policy: Policy
  readonly warnings: ReadonlyArray<DataIssue>
  readonly prepare: (dataset: Dataset | unknown) => PreparedDataset
  readonly evaluate: (dataset: Dataset | PreparedDataset | unknown, options: EvaluateOptions) => Report
}

/**
 * Validates a policy and returns an engine bound to it. An invalid policy
 * throws an {@link InvalidPolicyError} listing every problem (Vietnamese
 * message, English `messageEn`, each issue with its path): a policy is
 * code-like configuration, and half of one must not evaluate.
 *
 * `engine.evaluate(dataset, options)` reads the dataset record by record —
 * a malformed record, or an activity naming an unknown unit, person or
 * channel, becomes an issue with its path (`activities[17].unit`) and is
 * left out; the rest is evaluated — then evaluates each quota rule over its
 * own periods that overlap the range, rolls the verdicts up the hierarchy,
 * compares units with peers of their kind, and audits the channels. Pure
 * and deterministic: the same policy, dataset and options give the same
 * report; `now` comes from the options, never a clock.
 *
 * @example
 * ```ts
 * const engine = createEngine(hoaBinh2024)
 * const report = engine.evaluate(
 *   {
 *     units: [
 *       { id: "so-gddt", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
 *       { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so-gddt" },
 *       { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary", parent: "pgd-lac-son" },
 *     ],
 *     people: [], channels: [{ id: "fb-thcs-lac-son", unit: "thcs-lac-son", platform: "facebook-page", name: "Trường THCS Lạc Sơn" }],
 *     activities: [
 *       { id: "facebook:108_1221", kind: "post", unit: "thcs-lac-son", channel: "fb-thcs-lac-son", at: "2024-11-12T09:00:00+07:00" },
 *       { id: "facebook:999_1", kind: "post", unit: "thcs-x", at: "2024-11-12T10:00:00+07:00" },
 *     ],
 *   },
 *   { period: "2024-W46", now: "2024-11-20T08:00:00+07:00" },
 * )
 * report.quotas.find((q) => q.subject.unit === "thcs-lac-son")?.status //=> "met"
 * report.issues[0].path //=> "activities[1].unit"
 * report.issues[0].code //=> "unknown-unit"
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const createEngine = (policy: PolicyInput | Policy): Engine => {
  const { policy: valid, issues } = validatePolicy(policy)
  if (valid === undefined) throw new InvalidPolicyError(issues)
  const prepare = (dataset: unknown): PreparedDataset => prepareDataset(dataset, valid.timeZone)
  const evaluate = (dataset: unknown, options: EvaluateOptions): Report => {
    const resolved = resolveOptions(options, { locale: valid.locale }, periodOptionsOf(valid))
    if (resolved.options === undefined) throw new InvalidOptionsError(resolved.issues)
    const prepared = isPrepared(dataset) ? dataset : prepare(dataset)
    return buildReport(valid, prepared, resolved.options)
  }
  return Object.freeze({ policy: valid, warnings: issues, prepare, evaluate })
}
