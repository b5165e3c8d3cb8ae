/**
 * Roll-ups: quota results counted up the hierarchy as it stood in each
 * period, per unit subtree, rule and period.
 *
 * Which tree: each result rolls up through the tree on its `attributedOn`
 * date — the last day of the period on which its subject existed. A school
 * that moved from its Phòng to a commune on 1 July 2025 counts under the
 * Phòng for June and for the weeks that ended by 30 June, and under the
 * commune for July and for the week of 30 June – 6 July (it ended the week
 * there); a Phòng dissolved on 30 June still counts, for its last week,
 * under the Sở it reported to on its last day. A person's result rolls up
 * through their unit.
 *
 * @since 0.1.0
 * @module
 */
import type { Hierarchy, Relation } from "@lantoa/hierarchy"
import { verdictsOf, type QuotaTally } from "./QuotaTally.js"
import type { QuotaResult, QuotaStatus } from "./QuotaResult.js"
import { rateOf } from "./internal/rate.js"
import { createTrees, type DenseTree } from "./internal/trees.js"

/**
 * The results of one rule and period in one unit's subtree (contract v1
 * `Report.rollups[]`).
 *
 * `rate = met / (met + short + open)`, rounded to 3 decimals: exempt
 * subjects owe nothing and are left out; in a period that has ended there
 * is no `open` result, so the rate is `met / (met + short)`; in a period
 * still running it is the share already met. `null` when every subject is
 * exempt.
 *
 * @example
 * ```ts
 * const row: QuotaRollUp = {
 *   unit: "pgd-lac-son", rule: "unit-weekly-posts", period: "2024-W46",
 *   subjects: 41, met: 37, short: 4, open: 0, exempt: 0, rate: 0.902,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaRollUp {
  readonly unit: string
  readonly rule: string
  readonly period: string
  /** Subjects in the subtree with a result: `met + short + open + exempt`. */
  readonly subjects: number
  readonly met: number
  readonly short: number
  readonly open: number
  readonly exempt: number
  readonly rate: number | null
}

/**
 * Options for {@link rollUpQuotas}.
 *
 * @example
 * ```ts
 * rollUpQuotas(results, hierarchy, { relation: "managedBy" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface RollUpQuotasOptions {
  /** The tree to roll up: `reportsTo` (default, who collects the plan's reports) or `managedBy`. */
  readonly relation?: Relation
}

const STATUS_SLOT: Readonly<Record<QuotaStatus, number>> = { met: 0, short: 1, open: 2, exempt: 3 }

interface Group {
  readonly rule: string
  readonly period: string
  /** Own counts per tree (by tree date), 4 slots per unit. */
  readonly own: Map<DenseTree, Int32Array>
  latest: DenseTree | undefined
}

/**
 * Rolls results — or a `tallyQuotas` tally, without building its result
 * objects — up the hierarchy: one row per unit, rule and period whose
 * subtree (on each result's `attributedOn` date) holds at least one
 * subject. Each row counts exactly the results of its subtree — a roll-up
 * equals the sum of its subjects. Rows come by rule and period in the order
 * of the results; within them, units in tree order (pre-order, children by
 * id) on the latest `attributedOn` of the group — the period's last day
 * unless every subject left early — then any other unit in roster order.
 * Results for units not in the tree on their date are left out.
 *
 * @example
 * ```ts
 * const { results } = evaluateQuotas(rules, hierarchy, activities, { period: "2025-07", now })
 * rollUpQuotas(results, hierarchy).find((row) => row.unit === "xa-lac-son" && row.rule === "unit-weekly-posts")
 * //=> { unit: "xa-lac-son", rule: "unit-weekly-posts", period: "2025-W27", subjects: 2, met: 1, short: 1, open: 0, exempt: 0, rate: 0.5 }
 * ```
 * @since 0.1.0
 * @category roll-ups
 */
export const rollUpQuotas = (
  results: ReadonlyArray<QuotaResult> | QuotaTally,
  hierarchy: Hierarchy,
  options: RollUpQuotasOptions = {},
): ReadonlyArray<QuotaRollUp> => {
  const trees = createTrees(hierarchy, options.relation ?? "reportsTo")
  const n = hierarchy.units.length
  const groups = new Map<string, Group>()
  let group: Group | undefined
  let lastUnit = ""
  let lastIndex = -1
  let lastDate = ""
  let tree: DenseTree | undefined
  for (const result of verdictsOf(results)) {
    // Results come grouped by rule and period: look the group up only when it changes.
    if (group === undefined || group.rule !== result.rule || group.period !== result.period) {
      const key = `${result.rule}\u0000${result.period}`
      group = groups.get(key)
      if (group === undefined) groups.set(key, (group = { rule: result.rule, period: result.period, own: new Map(), latest: undefined }))
    }
    if (result.unit !== lastUnit) {
      lastUnit = result.unit
      lastIndex = trees.unitIndex.get(result.unit) ?? -1
    }
    if (lastIndex < 0) continue
    // Results of a period share their date: look the tree up when it changes.
    if (tree === undefined || result.attributedOn !== lastDate) {
      lastDate = result.attributedOn
      tree = trees.at(lastDate)
    }
    if (tree.present[lastIndex] === 0) continue
    let own = group.own.get(tree)
    if (own === undefined) group.own.set(tree, (own = new Int32Array(n * 4)))
    if (group.latest === undefined || tree.date > group.latest.date) group.latest = tree
    const slot = lastIndex * 4 + STATUS_SLOT[result.status]
    own[slot] = (own[slot] as number) + 1
  }
  const rows: Array<QuotaRollUp> = []
  for (const { rule, period, own, latest } of groups.values()) {
    const total = new Int32Array(n * 4)
    for (const [tree, counts] of own) {
      // Reverse pre-order visits each unit after its descendants: add its subtree to its parent's.
      for (let k = tree.preorder.length - 1; k >= 0; k--) {
        const u = tree.preorder[k] as number
        const up = tree.parent[u] as number
        for (let slot = 0; slot < 4; slot++) {
          const value = counts[u * 4 + slot] as number
          total[u * 4 + slot] = (total[u * 4 + slot] as number) + value
          if (up >= 0) counts[up * 4 + slot] = (counts[up * 4 + slot] as number) + value
        }
      }
    }
    const emitted = new Uint8Array(n)
    const emit = (u: number): void => {
      if (emitted[u] === 1) return
      emitted[u] = 1
      const met = total[u * 4] as number
      const short = total[u * 4 + 1] as number
      const open = total[u * 4 + 2] as number
      const exempt = total[u * 4 + 3] as number
      const subjects = met + short + open + exempt
      if (subjects === 0) return
      const unit = (hierarchy.units[u] as { readonly id: string }).id
      rows.push({ unit, rule, period, subjects, met, short, open, exempt, rate: rateOf(met, met + short + open) })
    }
    if (latest !== undefined) for (const u of latest.preorder) emit(u)
    for (let u = 0; u < n; u++) emit(u)
  }
  return rows
}
