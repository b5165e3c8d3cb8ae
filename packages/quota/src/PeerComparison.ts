/**
 * Peer comparison: units compared with units of the same kind (mầm non with
 * mầm non, Phòng with Phòng), never across kinds — a humane default of
 * employee-advocacy tools, and what the plan's emulation (thi đua) reviews
 * do.
 *
 * @since 0.1.0
 * @module
 */
import { UNIT_KINDS, type Hierarchy, type UnitKind } from "@lantoa/hierarchy"
import { verdictsOf, type QuotaTally } from "./QuotaTally.js"
import type { QuotaResult } from "./QuotaResult.js"
import { rateOf } from "./internal/rate.js"

/**
 * One unit among its peers, for one rule and period. Its own subjects only
 * (the unit itself for a unit rule, its people for a person rule — not its
 * subtree), exempt ones left out.
 *
 * - `rate`: met / subjects (3 decimals);
 * - `attainment`: Σ min(counted, required) / Σ required (3 decimals): how
 *   close the unit came, so that 2 of 3 ranks above 0 of 3;
 * - `rank`: 1 is best, by rate then attainment; equal units share a rank
 *   (1, 2, 2, 4);
 * - `percentile`: the share of the other peers ranked strictly below (3
 *   decimals; 1 for a unit without peers).
 *
 * @example
 * ```ts
 * const standing: PeerStanding = {
 *   unit: "thcs-lac-son", subjects: 12, met: 11, rate: 0.917, attainment: 0.958, rank: 3, percentile: 0.885,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PeerStanding {
  readonly unit: string
  readonly subjects: number
  readonly met: number
  readonly rate: number
  readonly attainment: number
  readonly rank: number
  readonly percentile: number
}

/**
 * The units of one kind compared for one rule and period: how many, their
 * subjects and how many met (`rate` = met / subjects, 3 decimals), and each
 * unit's standing, best first (ties by unit id).
 *
 * @example
 * ```ts
 * const comparison: PeerComparison = {
 *   rule: "unit-weekly-posts", period: "2024-W46", kind: "kindergarten",
 *   units: 222, subjects: 222, met: 190, rate: 0.856, standings: [],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PeerComparison {
  readonly rule: string
  readonly period: string
  readonly kind: UnitKind
  readonly units: number
  readonly subjects: number
  readonly met: number
  readonly rate: number
  readonly standings: ReadonlyArray<PeerStanding>
}

interface Tally {
  readonly unit: string
  readonly subjects: number
  readonly met: number
  readonly attained: number
  readonly required: number
}

/** One rule and period: per dense unit, its own non-exempt subjects, how many met, Σ min(counted, required), Σ required. */
interface Group {
  readonly rule: string
  readonly period: string
  readonly subjects: Int32Array
  readonly met: Int32Array
  readonly attained: Float64Array
  readonly required: Float64Array
}

const standingsOf = (tallies: ReadonlyArray<Tally>): ReadonlyArray<PeerStanding> => {
  const scored = tallies.map((tally) => ({
    tally,
    rate: tally.met / tally.subjects,
    attainment: tally.required === 0 ? 1 : tally.attained / tally.required,
  }))
  scored.sort((a, b) => b.rate - a.rate || b.attainment - a.attainment || (a.tally.unit < b.tally.unit ? -1 : 1))
  const n = scored.length
  // Competition ranking (1, 2, 2, 4); `below[k]`: peers ranked strictly below entry k.
  const ranks = new Int32Array(n)
  scored.forEach((entry, k) => {
    const previous = scored[k - 1]
    const tie = previous !== undefined && previous.rate === entry.rate && previous.attainment === entry.attainment
    ranks[k] = tie ? (ranks[k - 1] as number) : k + 1
  })
  return scored.map((entry, k) => {
    let lastTied = k
    while (lastTied + 1 < n && ranks[lastTied + 1] === ranks[k]) lastTied++
    const below = n - 1 - lastTied
    return {
      unit: entry.tally.unit,
      subjects: entry.tally.subjects,
      met: entry.tally.met,
      rate: rateOf(entry.tally.met, entry.tally.subjects) ?? 0,
      attainment: Math.round(entry.attainment * 1000) / 1000,
      rank: ranks[k] as number,
      percentile: n === 1 ? 1 : (rateOf(below, n - 1) ?? 1),
    }
  })
}

/**
 * Compares units with their peers of the same kind, per rule and period,
 * from results or a `tallyQuotas` tally.
 * Only units with at least one subject that owed something take part.
 * Groups come by rule and period in the order of the results, then kind in
 * `UNIT_KINDS` order.
 *
 * @example
 * ```ts
 * const [kindergartens] = comparePeers(results, hierarchy).filter((group) => group.kind === "kindergarten")
 * kindergartens.standings[0]
 * //=> { unit: "mn-hoa-ban", subjects: 1, met: 1, rate: 1, attainment: 1, rank: 1, percentile: 1 }
 * ```
 * @since 0.1.0
 * @category roll-ups
 */
export const comparePeers = (results: ReadonlyArray<QuotaResult> | QuotaTally, hierarchy: Hierarchy): ReadonlyArray<PeerComparison> => {
  const { units } = hierarchy
  const unitIndex = new Map(units.map((unit, u) => [unit.id, u]))
  const groups = new Map<string, Group>()
  let group: Group | undefined
  let lastUnit = ""
  let u = -1
  for (const result of verdictsOf(results)) {
    if (result.status === "exempt") continue
    // Results come grouped by rule and period, and often by unit: look up only on a change.
    if (group === undefined || result.rule !== group.rule || result.period !== group.period) {
      const key = `${result.rule}\u0000${result.period}`
      group = groups.get(key)
      if (group === undefined) {
        const n = units.length
        group = {
          rule: result.rule,
          period: result.period,
          subjects: new Int32Array(n),
          met: new Int32Array(n),
          attained: new Float64Array(n),
          required: new Float64Array(n),
        }
        groups.set(key, group)
      }
    }
    if (result.unit !== lastUnit) {
      lastUnit = result.unit
      u = unitIndex.get(result.unit) ?? -1
    }
    if (u < 0) continue
    group.subjects[u] = (group.subjects[u] as number) + 1
    if (result.status === "met") group.met[u] = (group.met[u] as number) + 1
    group.attained[u] = (group.attained[u] as number) + Math.min(result.counted, result.required)
    group.required[u] = (group.required[u] as number) + result.required
  }
  const comparisons: Array<PeerComparison> = []
  for (const { rule, period, subjects, met, attained, required } of groups.values()) {
    const byKind = new Map<UnitKind, Array<Tally>>()
    units.forEach((unit, k) => {
      if (subjects[k] === 0) return
      const tally: Tally = {
        unit: unit.id,
        subjects: subjects[k] as number,
        met: met[k] as number,
        attained: attained[k] as number,
        required: required[k] as number,
      }
      const list = byKind.get(unit.kind)
      if (list === undefined) byKind.set(unit.kind, [tally])
      else list.push(tally)
    })
    for (const kind of UNIT_KINDS) {
      const tallies = byKind.get(kind)
      if (tallies === undefined) continue
      const total = tallies.reduce((sum, tally) => sum + tally.subjects, 0)
      const metTotal = tallies.reduce((sum, tally) => sum + tally.met, 0)
      comparisons.push({
        rule,
        period,
        kind,
        units: tallies.length,
        subjects: total,
        met: metTotal,
        rate: rateOf(metTotal, total) ?? 0,
        standings: standingsOf(tallies),
      })
    }
  }
  return comparisons
}
