/**
 * What `engine.evaluate` takes besides the dataset: the range (one period,
 * or `from`/`to`), `now`, the locale, and what the report holds.
 *
 * @since 0.1.0
 * @module
 */
import type { InstantInput, LocalDate, Locale } from "@lantoa/core"

/**
 * The range a report covers: one period id (`2024-W46`, `2024-11`,
 * `2024-2025/HK1`, `2024-2025`), or `from`/`to`. `from` and `to` are
 * instants (ISO 8601 with an offset, epoch ms, a `Date`), local dates
 * (`2024-11-01`: its local midnight; `to` is exclusive, so November is
 * `from: "2024-11-01", to: "2024-12-01"`), or period ids (from the start of
 * `from` to the end of `to`: `from: "2024-W45", to: "2024-W48"`).
 *
 * Each rule is evaluated over its own periods that overlap the range: with
 * `{ period: "2024-11" }`, monthly rules for November and weekly rules for
 * every ISO week that overlaps November (2024-W44 … 2024-W48).
 *
 * @example
 * ```ts
 * const week: EvaluateRange = { period: "2024-W46" }
 * const november: EvaluateRange = { from: "2024-11-01", to: "2024-12-01" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type EvaluateRange =
  | { readonly period: string; readonly from?: undefined; readonly to?: undefined }
  | { readonly period?: undefined; readonly from: InstantInput; readonly to: InstantInput }

/**
 * Which parts of the report to compute. Everything is on by default;
 * turning a part off leaves its list empty (and saves its time).
 *
 * - `quotas`, `rollups`, `peers`, `setup`, `deadlines`, `moderation`: the report's lists;
 * - `scores`: the emulation scores of the requested period (only with a
 *   policy `scoring` section and a range given as one `period`);
 * - `featured`: the pages featured each ISO week of the range (only with a
 *   policy `featuring` section);
 * - `evidence`: the activity ids behind each verdict (`evidence: []` when
 *   off — a year of per-person verdicts is mostly evidence).
 *
 * @example
 * ```ts
 * const summaryOnly: ReportInclude = { quotas: false, setup: false }
 * const noEmulation: ReportInclude = { scores: false, featured: false }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReportInclude {
  readonly quotas?: boolean
  readonly rollups?: boolean
  readonly peers?: boolean
  readonly setup?: boolean
  readonly evidence?: boolean
  /** The policy's deadlines due in the range, per owner unit. */
  readonly deadlines?: boolean
  /** Moderation metrics per unit, from the dataset's incidents. */
  readonly moderation?: boolean
  /** Emulation scores (thi đua) of the requested period, per unit (per person only when asked for and allowed). */
  readonly scores?: boolean
  /** The pages featured for the whole sector to share, each ISO week of the range. */
  readonly featured?: boolean
}

/**
 * Options of `engine.evaluate`.
 *
 * - `now` (required): the instant the verdicts are reached at. A period not
 *   ended at `now` is `open` while short of its quota; the engine reads no
 *   clock.
 * - `locale`: explanations and issue messages; default the policy's (`vi`).
 * - `people`: include per-person verdicts in `quotas` (default `false`).
 *   Per-person activity is personal data: by default person rules (the
 *   party members' quotas) appear only through roll-ups, counted per unit;
 *   ask for the people when you need to remind them. The same flag lets
 *   people's scores into `scores`, and only when the policy's scoring
 *   section enables individual boards (`privacy.individualBoards`).
 * - `include`: which parts of the report to compute (all by default).
 * - `setupOn`: the local date of the channel setup audit; default the last
 *   day of the range, or the day of `now` if the range has not ended.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { period: "2024-W49", now: "2024-12-10T08:00:00+07:00", people: true }
 * ```
 * @since 0.1.0
 * @category models
 */
export type EvaluateOptions = EvaluateRange & {
  readonly now: InstantInput
  readonly locale?: Locale
  readonly people?: boolean
  readonly include?: ReportInclude
  readonly setupOn?: LocalDate
}
