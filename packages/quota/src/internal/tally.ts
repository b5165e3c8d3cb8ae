/**
 * The tally: every cell of every rule counted and judged into typed arrays
 * (matched, distinct, counted, required, status), with no object per
 * result. Results — evidence ids, explanations, pace — are built from it
 * afterwards, only for the cells a caller asks for.
 */
import type { QuotaResult } from "../QuotaResult.js"
import { bucket, countItems, createStamps, reduceCell, type Tally } from "./cells.js"
import type { Columns } from "./columns.js"
import type { Compiled } from "./compile.js"
import { countCell, createJudgement, judge, verdict, type Run, type RuleRun } from "./verdict.js"

/** One rule's cells, counted and judged. Cell `p × subjectCount + s`. */
export interface RuleCells {
  readonly rr: RuleRun
  readonly columns: Columns
  /** Cell `k`'s candidates are `order[start[k] … start[k + 1])`, in no particular order; never rewritten. */
  readonly start: Int32Array
  readonly order: Int32Array
  readonly counted: Int32Array
  readonly required: Int32Array
  readonly status: Uint8Array
  /** Status codes: 0 = the subject did not exist in the period, 1 met, 2 short, 3 open, 4 exempt. */
  /** Results by status: met, short, open, exempt. */
  readonly totals: { met: number; short: number; open: number; exempt: number }
}

/** A reusable buffer for one cell's candidates, grown as needed. */
export interface CellScratch {
  rows: Int32Array
}

/** Copies cell `order[a … b)` into the scratch (so that reducing it leaves `order` as it was). */
const copyCell = (scratch: CellScratch, order: Int32Array, a: number, b: number): Int32Array => {
  if (scratch.rows.length < b - a) scratch.rows = new Int32Array(Math.max(b - a, scratch.rows.length * 2))
  scratch.rows.set(order.subarray(a, b))
  return scratch.rows
}

/**
 * Counts and judges every cell of one rule. `hits` is scratch with room
 * for two numbers per row of `columns`.
 *
 * Counting needs no order: an item rule counts the distinct items of a
 * cell (copies of one activity share their item), an activity rule its
 * distinct activities — then the cap. Only cells of an activity rule with
 * several rows are sorted (on a copy), to drop copies of one activity.
 */
export const tallyRule = (compiled: Compiled, rr: RuleRun, columns: Columns, hits: Int32Array): RuleCells => {
  const { r } = rr
  const { start, order } = bucket(compiled, r, columns, hits)
  const subjects = r.subjectCount
  const cells = r.periodCount * subjects
  const counted = new Int32Array(cells)
  const required = new Int32Array(cells)
  const status = new Uint8Array(cells)
  const byCode = new Int32Array(5)
  const stamps = createStamps(r.item ? columns.items.size : 0)
  const scratch: CellScratch = { rows: new Int32Array(64) }
  const tally: Tally = { matched: 0, distinct: 0, counted: 0 }
  const j = createJudgement()
  const { item, cap, subjectFrom, subjectTo, fullOwed } = r
  const { firstDay, lastDay, fullRequired, ended } = rr
  const items = columns.item
  for (let p = 0; p < r.periodCount; p++) {
    const first = firstDay[p] as number
    const last = lastDay[p] as number
    const owedFull = fullOwed[p] as number
    const requiredFull = fullRequired[p] as number
    const short = ended[p] === 1 ? 2 : 3
    for (let s = 0; s < subjects; s++) {
      const cell = p * subjects + s
      const a = start[cell] as number
      const b = start[cell + 1] as number
      let n = b - a
      if (n > 1) {
        if (item) n = Math.min(countItems(order, a, b, items, stamps), cap)
        else {
          reduceCell(r, copyCell(scratch, order, a, b), 0, b - a, columns, stamps, tally)
          n = tally.counted
        }
      }
      counted[cell] = n
      let code: number
      let due: number
      if ((subjectFrom[s] as number) <= first && (subjectTo[s] as number) >= last) {
        // Present all period (most subjects): what `judge` decides, from the period's figures.
        due = requiredFull
        code = owedFull === 0 ? 4 : n >= requiredFull ? 1 : short
      } else {
        if (!judge(rr, p, s, n, j)) continue
        due = j.required
        code = j.code
      }
      required[cell] = due
      status[cell] = code
      byCode[code] = (byCode[code] as number) + 1
    }
  }
  const totals = { met: byCode[1] as number, short: byCode[2] as number, open: byCode[3] as number, exempt: byCode[4] as number }
  return { rr, columns, start, order, counted, required, status, totals }
}

/** Which cells to build results for: rule periods `[pFrom, pTo)` and some subjects (all when undefined). */
export interface CellSelection {
  readonly pFrom: number
  readonly pTo: number
  readonly subjects: ReadonlyArray<number> | undefined
}

/** A query on results: one rule, one period id, one unit or person, or one side. */
export interface CellQuery {
  readonly rule?: string | undefined
  readonly period?: string | undefined
  readonly unit?: string | undefined
  readonly person?: string | undefined
  readonly subjects?: "unit" | "person" | undefined
}

/** The cells of rule `rr` a query selects, or undefined when it selects none. */
export const selectCells = (compiled: Compiled, rr: RuleRun, query: CellQuery): CellSelection | undefined => {
  if (query.rule !== undefined && query.rule !== rr.r.rule.id) return undefined
  const side = rr.r.person ? "person" : "unit"
  if (query.subjects !== undefined && query.subjects !== side) return undefined
  const wanted = rr.r.person ? query.person : query.unit
  const other = rr.r.person ? query.unit : query.person
  if (other !== undefined) return undefined
  let subjects: ReadonlyArray<number> | undefined
  if (wanted !== undefined) {
    const dense = (rr.r.person ? compiled.personIndex : compiled.unitIndex).get(wanted)
    const s = dense === undefined ? -1 : (rr.r.subjectOf[dense] as number)
    if (s < 0) return undefined
    subjects = [s]
  }
  let pFrom = 0
  let pTo = rr.r.periodCount
  if (query.period !== undefined) {
    pFrom = rr.periodIds.indexOf(query.period)
    if (pFrom < 0) return undefined
    pTo = pFrom + 1
  }
  return { pFrom, pTo, subjects }
}

/** Appends the results of the selected cells of one tallied rule to `out`, by period then subject. */
export const emitCells = (run: Run, cells: RuleCells, selection: CellSelection, out: Array<QuotaResult>): void => {
  const { rr, start, order, status, columns } = cells
  const count = rr.r.subjectCount
  const tally: Tally = { matched: 0, distinct: 0, counted: 0 }
  const stamps = createStamps(rr.r.item ? columns.items.size : 0)
  const scratch: CellScratch = { rows: new Int32Array(64) }
  for (let p = selection.pFrom; p < selection.pTo; p++) {
    const n = selection.subjects === undefined ? count : selection.subjects.length
    for (let k = 0; k < n; k++) {
      const s = selection.subjects === undefined ? k : (selection.subjects[k] as number)
      const cell = p * count + s
      if (status[cell] === 0) continue
      const a = start[cell] as number
      const b = start[cell + 1] as number
      // The evidence: the cell ordered by time and id, copies and repeated items dropped, capped.
      const rows = b - a > 1 ? copyCell(scratch, order, a, b) : order
      const evidence = countCell(rr, rows, b - a > 1 ? 0 : a, b - a > 1 ? b - a : b, columns, stamps, tally)
      const result = verdict(run, rr, p, s, tally, evidence)
      if (result !== undefined) out.push(result)
    }
  }
}
