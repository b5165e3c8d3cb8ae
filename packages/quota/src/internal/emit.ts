/**
 * Results of one rule, period after period and subject after subject, from
 * its cells grouped in two flat arrays (cell `k` is `order[start[k] …
 * start[k + 1])`): the batch's counting sort, or the ledger's lists laid
 * out the same way. Both call the same counting and verdict code.
 */
import type { QuotaRulePeriods } from "../QuotaEvaluation.js"
import type { QuotaResult } from "../QuotaResult.js"
import { createStamps, type Tally } from "./cells.js"
import type { Columns } from "./columns.js"
import type { Calendar, Compiled } from "./compile.js"
import { countCell, verdict, type Run, type RuleRun } from "./verdict.js"

/** Whether subject `s` exists on some day of rule period `p`. */
const exists = (rr: RuleRun, p: number, s: number): boolean => {
  const q = rr.r.p0 + p
  return (rr.r.subjectFrom[s] as number) < (rr.calendar.end[q] as number) && (rr.r.subjectTo[s] as number) >= (rr.calendar.first[q] as number)
}

/**
 * Appends the results of one rule to `out`, for the rule periods in
 * `[pFrom, pTo)` and the subjects `subjects` (all when undefined). Counting
 * rewrites `order` in place.
 */
export const emitRule = (
  run: Run,
  rr: RuleRun,
  order: Int32Array,
  start: Int32Array,
  columns: Columns,
  out: Array<QuotaResult>,
  pFrom = 0,
  pTo = rr.r.periodCount,
  subjects?: ReadonlyArray<number>,
): void => {
  const stamps = createStamps(columns.items.size)
  const tally: Tally = { matched: 0, distinct: 0, counted: 0 }
  const count = rr.r.subjectCount
  for (let p = pFrom; p < pTo; p++) {
    const n = subjects === undefined ? count : subjects.length
    for (let k = 0; k < n; k++) {
      const s = subjects === undefined ? k : (subjects[k] as number)
      if (!exists(rr, p, s)) continue
      const cell = p * count + s
      const evidence = countCell(rr, order, start[cell] as number, start[cell + 1] as number, columns, stamps, tally)
      const result = verdict(run, rr, p, s, tally, evidence)
      if (result !== undefined) out.push(result)
    }
  }
}

/** The periods of each compiled rule, in order. */
export const periodsOf = (compiled: Compiled): ReadonlyArray<QuotaRulePeriods> =>
  compiled.rules.map((r) => ({
    rule: r.rule.id,
    periods: (compiled.calendars[r.calendar] as Calendar).index.periods.slice(r.p0, r.p0 + r.periodCount),
  }))
