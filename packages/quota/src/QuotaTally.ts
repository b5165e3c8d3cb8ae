/**
 * The tally: every verdict of an evaluation — each rule, period and subject
 * — as typed arrays (status, required, counted), without building a result
 * object per verdict. Results with evidence and explanations are built on
 * demand, for all cells or only those a report shows.
 *
 * @since 0.1.0
 * @module
 */
import type { Activity } from "@lantoa/core"
import type { Hierarchy } from "@lantoa/hierarchy"
import type { ActivityIndex } from "./ActivityIndex.js"
import type { EvaluateQuotasOptions, QuotaRulePeriods } from "./QuotaEvaluation.js"
import type { QuotaRuleInput } from "./QuotaRule.js"
import type { QuotaResult, QuotaSubject } from "./QuotaResult.js"
import { periodsOf } from "./internal/emit.js"
import { prepareTally } from "./internal/prepareTally.js"
import { emitCells, selectCells, type CellQuery, type RuleCells } from "./internal/tally.js"
import { verdictRows, type VerdictLike } from "./internal/verdictRows.js"

/**
 * One rule's verdicts. Cell `p × subjects.length + s` is subject `s` in
 * period `p`; its `status` code is 0 when the subject did not exist in the
 * period (no verdict), else `1 + QUOTA_STATUSES.indexOf(status)`: 1 met,
 * 2 short, 3 open, 4 exempt.
 *
 * @example
 * ```ts
 * const weekly: QuotaRuleTally = tally.rules[3]
 * const cell = weekly.periods.indexOf("2024-W46") * weekly.subjects.length + 0
 * QUOTA_STATUSES[weekly.status[cell] - 1] //=> "met"
 * weekly.counted[cell]                    //=> 1
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaRuleTally {
  readonly rule: string
  readonly periods: ReadonlyArray<string>
  /** Subjects in id order. */
  readonly subjects: ReadonlyArray<QuotaSubject>
  /** Each subject's unit: the unit itself, or the person's unit. */
  readonly units: ReadonlyArray<string>
  readonly status: Uint8Array
  readonly required: Int32Array
  readonly counted: Int32Array
  /** Verdicts by status. */
  readonly met: number
  readonly short: number
  readonly open: number
  readonly exempt: number
}

/**
 * Which results to build: one rule, one period id, one unit or person, or
 * only unit (person) rules. Absent fields select everything.
 *
 * @example
 * ```ts
 * tally.results({ subjects: "unit" })                      // every unit's results, no person's
 * tally.results({ rule: "party-member-weekly", person: "gv-0001" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaTallyQuery {
  readonly rule?: string
  readonly period?: string
  readonly unit?: string
  readonly person?: string
  readonly subjects?: "unit" | "person"
}

/**
 * What {@link tallyQuotas} returns.
 *
 * @example
 * ```ts
 * const tally: QuotaTally = tallyQuotas(rules, hierarchy, index, options)
 * tally.size                             //=> every verdict
 * tally.results({ subjects: "unit" })   // QuotaResult objects for units only
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaTally {
  readonly rules: ReadonlyArray<QuotaRuleTally>
  readonly periods: ReadonlyArray<QuotaRulePeriods>
  /** The number of verdicts (cells where the subject existed). */
  readonly size: number
  /** Results for the selected cells, by rule, period and subject id, exactly as `evaluateQuotas` gives them. */
  readonly results: (query?: QuotaTallyQuery) => ReadonlyArray<QuotaResult>
}

/**
 * Evaluates quota rules like `evaluateQuotas` but keeps the verdicts as
 * typed arrays and builds result objects only when asked: what a report
 * that shows units but only counts people needs, and the fastest way to a
 * province-year's verdicts. Takes activities or, faster when evaluating a
 * dataset more than once, an {@link ActivityIndex}.
 *
 * @example
 * ```ts
 * const tally = tallyQuotas(hoaBinh2024.quotas, hierarchy, index, { from: "2024-09-05", to: "2025-09-05", now })
 * tally.rules.map(({ rule, met, short }) => ({ rule, met, short }))
 * //=> [{ rule: "unit-weekly-posts", met: 30120, short: 4003 }, …]
 * ```
 * @since 0.1.0
 * @category evaluation
 */
export const tallyQuotas = (
  rules: ReadonlyArray<QuotaRuleInput>,
  hierarchy: Hierarchy,
  activities: ReadonlyArray<Activity> | ActivityIndex,
  options: EvaluateQuotasOptions,
): QuotaTally => {
  const { compiled, run, cells } = prepareTally("tallyQuotas", rules, hierarchy, activities, options)
  let size = 0
  const ruleTallies = cells.map((cell): QuotaRuleTally => {
    const { rr, totals } = cell
    size += totals.met + totals.short + totals.open + totals.exempt
    return Object.freeze({
      rule: rr.r.rule.id,
      periods: rr.periodIds,
      subjects: rr.r.subjectKeys,
      units: rr.r.subjectUnits,
      status: cell.status,
      required: cell.required,
      counted: cell.counted,
      ...totals,
    })
  })
  const results = (query: QuotaTallyQuery = {}): ReadonlyArray<QuotaResult> => {
    const out: Array<QuotaResult> = []
    for (const cell of cells) {
      const selection = selectCells(compiled, cell.rr, query as CellQuery)
      if (selection !== undefined) emitCells(run, cell, selection, out)
    }
    return out
  }
  const tally: QuotaTally = Object.freeze({ rules: ruleTallies, periods: periodsOf(compiled), size, results })
  cellsByTally.set(tally, cells)
  return tally
}

const cellsByTally = new WeakMap<QuotaTally, ReadonlyArray<RuleCells>>()

/**
 * Whether a value is a tally built by {@link tallyQuotas}.
 *
 * @example
 * ```ts
 * isQuotaTally(tallyQuotas(rules, hierarchy, index, options)) //=> true
 * isQuotaTally(evaluateQuotas(rules, hierarchy, index, options).results) //=> false
 * ```
 * @since 0.1.0
 * @category guards
 */
export const isQuotaTally = (value: unknown): value is QuotaTally =>
  typeof value === "object" && value !== null && cellsByTally.has(value as QuotaTally)

/** Results, or a tally's verdicts read row by row: what roll-ups and peer comparisons take. @internal */
export const verdictsOf = (input: ReadonlyArray<QuotaResult> | QuotaTally): Iterable<VerdictLike> =>
  isQuotaTally(input) ? verdictRows(cellsByTally.get(input) as ReadonlyArray<RuleCells>) : input
