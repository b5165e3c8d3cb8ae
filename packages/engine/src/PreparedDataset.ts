/**
 * A dataset read once — records parsed, the hierarchy built, references
 * checked — so that several evaluations (each week of a month, a report
 * and its comparison) do not read it again.
 *
 * @since 0.1.0
 * @module
 */
import type { Activity, DataIssue } from "@lantoa/core"
import type { Completion } from "@lantoa/calendar"
import type { Hierarchy } from "@lantoa/hierarchy"
import type { Incident } from "@lantoa/moderation"
import type { ActivityIndex } from "@lantoa/quota"

/**
 * A dataset as `engine.prepare` reads it: the hierarchy, the activities
 * that passed every check, and the issues found (paths into the dataset as
 * given). Pass it to `engine.evaluate` in place of the dataset. Read-only;
 * build it with `engine.prepare` only — it is tied to the policy's time
 * zone, in which activities without an offset were read.
 *
 * @example
 * ```ts
 * const prepared: PreparedDataset = engine.prepare(dataset)
 * prepared.activities.length //=> 147611
 * prepared.issues            //=> []
 * const w48 = engine.evaluate(prepared, { period: "2024-W48", now })
 * const w49 = engine.evaluate(prepared, { period: "2024-W49", now })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PreparedDataset {
  readonly hierarchy: Hierarchy
  /** The activities that parsed and name known units, people and channels, in input order. */
  readonly activities: ReadonlyArray<Activity>
  /** Those activities indexed for counting (built once here, read by every evaluation). */
  readonly index: ActivityIndex
  /** The completions that parsed and name known units, in input order (the deadlines read them). */
  readonly completions: ReadonlyArray<Completion>
  /** For each completion, its index in the input (for issue paths). */
  readonly completionIndexes: ReadonlyArray<number>
  /** The moderation cases that parsed and name known units, in input order. */
  readonly incidents: ReadonlyArray<Incident>
  /**
   * Whether the dataset carried the optional lists at all (an empty list
   * counts): "no completion reported" and "completions not sent" differ
   * when a score must not turn missing data into a zero.
   */
  readonly provided: { readonly completions: boolean; readonly incidents: boolean }
  /** Every problem found, by list (units, people, channels, activities, completions) then record. */
  readonly issues: ReadonlyArray<DataIssue>
  /** The time zone activities without an offset were read in. */
  readonly timeZone: string
  /** Not public: marks a value built by `engine.prepare`. */
  readonly "~prepared": true
}
