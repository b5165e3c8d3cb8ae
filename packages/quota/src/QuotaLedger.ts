/**
 * An incremental ledger: activities arrive one at a time (a webhook) or in
 * batches (a nightly import), in any order, possibly more than once; the
 * results at any moment equal a batch evaluation of the distinct activities
 * received so far.
 *
 * The ledger is the one stateful value of this package: an opaque object
 * whose `add` files each activity into the cells (rule, period, subject) it
 * counts in, and whose `results` reads them with the same counting and
 * verdict code as `evaluateQuotas`.
 *
 * @since 0.1.0
 * @module
 */
import { instantOrThrow, type Activity } from "@lantoa/core"
import type { Hierarchy } from "@lantoa/hierarchy"
import type { QuotaContextOptions, QuotaEvaluation, QuotaRange, QuotaVerdictOptions } from "./QuotaEvaluation.js"
import type { QuotaRuleInput } from "./QuotaRule.js"
import type { QuotaResult } from "./QuotaResult.js"
import { cellOf } from "./internal/cells.js"
import { createColumns, resolveActivity } from "./internal/columns.js"
import { compile } from "./internal/compile.js"
import { emitRule, periodsOf } from "./internal/emit.js"
import { resolveRange } from "./internal/range.js"
import { rulesOrThrow } from "./internal/rules.js"
import { selectCells } from "./internal/tally.js"
import { createRun } from "./internal/verdict.js"

/**
 * Options for {@link createQuotaLedger}: the range the ledger covers and the
 * context (policy, time zone, school years).
 *
 * @example
 * ```ts
 * const options: QuotaLedgerOptions = { from: "2024-09-05", to: "2025-09-05", policy: { id: "hoa-binh-2024", version: "1.0.0" } }
 * ```
 * @since 0.1.0
 * @category models
 */
export type QuotaLedgerOptions = QuotaRange & QuotaContextOptions

/**
 * What {@link QuotaLedger.add} did with a batch.
 *
 * @example
 * ```ts
 * ledger.add([post, post, reaction]) //=> { added: 1, repeated: 1, ignored: 1 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaLedgerAddResult {
  /** New activities that count for at least one rule. */
  readonly added: number
  /** Activities whose id the ledger already holds: ignored (first one wins, as in `parseActivities`). */
  readonly repeated: number
  /** Activities no rule counts: another kind, an unknown or unconcerned unit or person, outside the range. */
  readonly ignored: number
}

/**
 * Which results to read: `now` and `locale`, and optionally one rule, one
 * period id or one subject.
 *
 * @example
 * ```ts
 * ledger.results({ now: "2024-11-14T08:00:00+07:00", rule: "party-member-weekly", person: "gv-0001" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaLedgerQuery extends QuotaVerdictOptions {
  readonly rule?: string
  readonly period?: string
  readonly unit?: string
  readonly person?: string
}

/**
 * An incremental ledger of quota evidence (see {@link createQuotaLedger}).
 *
 * @example
 * ```ts
 * const ledger: QuotaLedger = createQuotaLedger(rules, hierarchy, { period: "2024-11" })
 * ledger.add(activity)
 * ledger.size() //=> 1
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaLedger {
  /** Files one activity or a batch; idempotent by activity id. */
  readonly add: (activities: Activity | ReadonlyArray<Activity>) => QuotaLedgerAddResult
  /** The results now, as `evaluateQuotas` would give them for the activities held. */
  readonly results: (query: QuotaLedgerQuery) => QuotaEvaluation
  /** How many distinct activities the ledger holds (those some rule counts). */
  readonly size: () => number
}

/**
 * Creates an empty ledger for rules over a range. Adding is O(rules) per
 * activity; reading results costs what a batch evaluation's last step costs
 * (sorting each cell, building results), or much less for one rule, period
 * or subject.
 *
 * Properties the tests hold it to: the same results whatever the order of
 * the activities, however they are split into batches, and however often
 * one is repeated; and the same results as `evaluateQuotas` over the
 * distinct activities.
 *
 * @example
 * ```ts
 * const ledger = createQuotaLedger(rules, hierarchy, { period: "2024-W46", policy: { id: "hoa-binh-2024", version: "1.0.0" } })
 * ledger.add({ id: "facebook:1001_1", kind: "post", unit: "pgd-lac-son", channel: "fb-pgd-lac-son", at: Date.parse("2024-11-12T09:00:00+07:00") })
 * //=> { added: 1, repeated: 0, ignored: 0 }
 * ledger.results({ now: "2024-11-14T08:00:00+07:00", unit: "pgd-lac-son" }).results[0]?.status //=> "open"
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const createQuotaLedger = (
  rules: ReadonlyArray<QuotaRuleInput>,
  hierarchy: Hierarchy,
  options: QuotaLedgerOptions,
): QuotaLedger => {
  const parsed = rulesOrThrow(rules, "createQuotaLedger")
  const compiled = compile(parsed, hierarchy, resolveRange(options, options, "createQuotaLedger"), options)
  const units = createColumns(64, compiled.unitChannels, compiled.unitItems)
  const people = createColumns(64, compiled.personChannels, compiled.personItems)
  const ids = new Set<string>()
  // Per rule, the candidate rows filed in each cell (cells without activity stay absent).
  const cells = compiled.rules.map(() => new Map<number, Array<number>>())

  const addOne = (activity: Activity): 0 | 1 | 2 => {
    if (ids.has(activity.id)) return 1
    const unitRow = units.size
    const personRow = people.size
    if (!resolveActivity(compiled, activity, units, people)) return 2
    let filed = false
    compiled.rules.forEach((r, k) => {
      const columns = r.person ? people : units
      const row = r.person ? personRow : unitRow
      if (row >= columns.size) return
      const cell = cellOf(compiled, r, columns, row)
      if (cell < 0) return
      const byCell = cells[k] as Map<number, Array<number>>
      const list = byCell.get(cell)
      if (list === undefined) byCell.set(cell, [row])
      else list.push(row)
      filed = true
    })
    if (!filed) {
      // No rule counts it after all: give its rows back.
      units.size = unitRow
      people.size = personRow
      return 2
    }
    ids.add(activity.id)
    return 0
  }

  const add = (input: Activity | ReadonlyArray<Activity>): QuotaLedgerAddResult => {
    const counts = [0, 0, 0]
    const list: ReadonlyArray<Activity> = Array.isArray(input) ? input : [input as Activity]
    for (const activity of list) {
      const outcome = addOne(activity)
      counts[outcome] = (counts[outcome] as number) + 1
    }
    return { added: counts[0] as number, repeated: counts[1] as number, ignored: counts[2] as number }
  }

  const results = (query: QuotaLedgerQuery): QuotaEvaluation => {
    const now = instantOrThrow(query.now, { timeZone: compiled.timeZone })
    const run = createRun(compiled, { now, locale: query.locale ?? "vi", policy: options.policy })
    const out: Array<QuotaResult> = []
    run.rules.forEach((rr, k) => {
      const selection = selectCells(compiled, rr, query)
      if (selection === undefined) return
      // Lay the rule's lists out as the batch's buckets: one flat array.
      const byCell = cells[k] as Map<number, Array<number>>
      const cellCount = rr.r.periodCount * rr.r.subjectCount
      const start = new Int32Array(cellCount + 1)
      let total = 0
      for (const [cell, rows] of byCell) {
        start[cell + 1] = rows.length
        total += rows.length
      }
      for (let cell = 0; cell < cellCount; cell++) start[cell + 1] = (start[cell + 1] as number) + (start[cell] as number)
      const order = new Int32Array(total)
      for (const [cell, rows] of byCell) order.set(rows, start[cell] as number)
      emitRule(run, rr, order, start, rr.r.person ? people : units, out, selection.pFrom, selection.pTo, selection.subjects)
    })
    return { results: out, periods: periodsOf(compiled) }
  }

  return { add, results, size: () => ids.size }
}
