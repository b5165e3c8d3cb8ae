/**
 * Peer comparison: units compared with units of the same kind (mầm non with
 * mầm non, Phòng with Phòng), never across kinds — a humane default of
 * employee-advocacy tools, and what the plan's emulation (thi đua) reviews
 * do.
 *
 * @since 0.1.0
 * @module
 */
import { UNIT_KINDS, findUnit, type Hierarchy, type UnitKind } from "@lantoa/hierarchy"
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
  subjects: number
  met: number
  attained: number
  required: number
}

interface Group {
  readonly rule: string
  readonly period: string
  readonly kind: UnitKind
  readonly byUnit: Map<string, Tally>
}

const standingsOf = (tallies: ReadonlyArray<Tally>): ReadonlyArray<PeerStanding> => {
  const scored = tallies.map((tally) => ({
    tally,
    rate: tally.met / tally.subjects,
    attainment: tally.required === 0 ? 1 : tally.attained / tally.required,
  }))
  scored.sort((a, b) => b.rate - a.rate || b.attainment - a.attainment || (a.tally.unit < b.tally.unit ? -1 : 1))
  const n = scored.length
  const standings: Array<PeerStanding> = []
  let rank = 1
  scored.forEach((entry, k) => {
    const previous = scored[k - 1]
    if (previous !== undefined && (previous.rate !== entry.rate || previous.attainment !== entry.attainment)) rank = k + 1
    standings.push({ unit: entry.tally.unit, subjects: entry.tally.subjects, met: entry.tally.met, rate: 0, attainment: 0, rank, percentile: 0 })
  })
  // Peers strictly below a unit: those whose rank is greater.
  return standings.map((standing, k) => {
    const entry = scored[k] as (typeof scored)[number]
    let below = 0
    for (let j = k + 1; j < n; j++) if ((standings[j] as PeerStanding).rank > standing.rank) below++
    return {
      ...standing,
      rate: rateOf(entry.tally.met, entry.tally.subjects) ?? 0,
      attainment: Math.round(entry.attainment * 1000) / 1000,
      percentile: n === 1 ? 1 : (rateOf(below, n - 1) ?? 1),
    }
  })
}

/**
 * Compares units with their peers of the same kind, per rule and period.
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
export const comparePeers = (results: ReadonlyArray<QuotaResult>, hierarchy: Hierarchy): ReadonlyArray<PeerComparison> => {
  // Rule and period first (results come grouped by them), then kind.
  const periods = new Map<string, Map<UnitKind, Group>>()
  const kindOf = new Map<string, UnitKind | undefined>()
  let current: Map<UnitKind, Group> | undefined
  let currentRule = ""
  let currentPeriod = ""
  for (const result of results) {
    if (result.status === "exempt") continue
    let kind = kindOf.get(result.unit)
    if (!kindOf.has(result.unit)) kindOf.set(result.unit, (kind = findUnit(hierarchy, result.unit)?.kind))
    if (kind === undefined) continue
    if (current === undefined || result.rule !== currentRule || result.period !== currentPeriod) {
      currentRule = result.rule
      currentPeriod = result.period
      const key = `${result.rule}\u0000${result.period}`
      current = periods.get(key)
      if (current === undefined) periods.set(key, (current = new Map()))
    }
    let group = current.get(kind)
    if (group === undefined) current.set(kind, (group = { rule: result.rule, period: result.period, kind, byUnit: new Map() }))
    let tally = group.byUnit.get(result.unit)
    if (tally === undefined) group.byUnit.set(result.unit, (tally = { unit: result.unit, subjects: 0, met: 0, attained: 0, required: 0 }))
    tally.subjects++
    if (result.status === "met") tally.met++
    tally.attained += Math.min(result.counted, result.required)
    tally.required += result.required
  }
  const comparisons: Array<PeerComparison> = []
  for (const byKind of periods.values()) {
    const groups = [...byKind.values()].sort((a, b) => UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind))
    for (const group of groups) {
      const tallies = [...group.byUnit.values()]
      const subjects = tallies.reduce((sum, tally) => sum + tally.subjects, 0)
      const met = tallies.reduce((sum, tally) => sum + tally.met, 0)
      comparisons.push({
        rule: group.rule,
        period: group.period,
        kind: group.kind,
        units: tallies.length,
        subjects,
        met,
        rate: rateOf(met, subjects) ?? 0,
        standings: standingsOf(tallies),
      })
    }
  }
  return comparisons
}
