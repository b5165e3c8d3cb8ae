/**
 * What `evaluateQuotas` and `tallyQuotas` share: rules read, compiled
 * against the hierarchy and range, activities indexed (or the given index
 * checked), and every rule tallied.
 */
import { instantOrThrow, type Activity } from "@lantoa/core"
import type { Hierarchy } from "@lantoa/hierarchy"
import { columnsOf, isActivityIndex, type ActivityIndex } from "../ActivityIndex.js"
import type { EvaluateQuotasOptions } from "../QuotaEvaluation.js"
import type { QuotaRuleInput } from "../QuotaRule.js"
import { rowRanges } from "./cells.js"
import { compile, type Compiled } from "./compile.js"
import { buildIndexColumns, type IndexColumns } from "./indexColumns.js"
import { resolveRange } from "./range.js"
import { rulesOrThrow } from "./rules.js"
import { tallyRule, type RuleCells } from "./tally.js"
import { createRun, type Run } from "./verdict.js"

export interface Tallied {
  readonly compiled: Compiled
  readonly run: Run
  readonly cells: ReadonlyArray<RuleCells>
}

export const prepareTally = (
  caller: string,
  rules: ReadonlyArray<QuotaRuleInput>,
  hierarchy: Hierarchy,
  input: ReadonlyArray<Activity> | ActivityIndex,
  options: EvaluateQuotasOptions,
): Tallied => {
  const parsed = rulesOrThrow(rules, caller)
  const compiled = compile(parsed, hierarchy, resolveRange(options, options, caller), options)
  let columns: IndexColumns
  let activities: ReadonlyArray<Activity>
  if (isActivityIndex(input)) {
    if (input.hierarchy !== hierarchy) {
      throw new RangeError(`${caller}: the activity index was built for another hierarchy; index the activities against this one.`)
    }
    if (input.timeZone !== compiled.timeZone) {
      throw new RangeError(`${caller}: the activity index reads local days in ${input.timeZone}, the evaluation in ${compiled.timeZone}.`)
    }
    columns = columnsOf(input)
    activities = input.activities
  } else {
    // Only the kinds some rule counts: a one-off index need not hold the rest.
    columns = buildIndexColumns(hierarchy, input, compiled.timeZone, compiled.kindMask)
    activities = input
  }
  const now = instantOrThrow(options.now, { timeZone: compiled.timeZone })
  const run = createRun(compiled, { now, locale: options.locale ?? "vi", policy: options.policy })
  let largest = 0
  for (const r of compiled.rules) {
    const ranges = rowRanges(r.person ? columns.people : columns.units, r.kindMask)
    let rows = 0
    for (let k = 0; k < ranges.length; k += 2) rows += (ranges[k + 1] as number) - (ranges[k] as number)
    largest = Math.max(largest, rows)
  }
  const hits = new Int32Array(largest * 2)
  const cells = run.rules.map((rr) => tallyRule(compiled, rr, rr.r.person ? columns.people : columns.units, hits))
  return { compiled, run, cells }
}
