/**
 * Moderation metrics per unit: how many cases, how many acted on and still
 * open, how fast the first action came (median and 90th percentile), and
 * how many SLA clocks were met or breached — per category as well, and,
 * with a hierarchy, rolled up to every unit above.
 *
 * Metrics aggregate by unit only: who acted (`by`) is never counted.
 *
 * **Which cases.** Those detected in the range (`period`, or `from` and
 * `to`, `to` exclusive), or all of them without a range; a case detected
 * after `now` has not happened yet. Everything is read at `now`: events
 * after it are ignored.
 *
 * **Which tree.** A case rolls up through the tree as it stood on the
 * local date of its detection: a school moved from its Phòng to a commune
 * on 1 July 2025 counts under the Phòng for June's cases and under the
 * commune for July's.
 *
 * @since 0.1.0
 * @module
 */
import {
  DEFAULT_TIME_ZONE,
  dataIssue,
  instantOrThrow,
  localDateOf,
  periodBounds,
  type DataIssue,
  type Instant,
  type InstantInput,
  type PeriodOptions,
} from "@lantoa/core"
import { treeAt, type Hierarchy, type OrgTree, type Relation } from "@lantoa/hierarchy"
import type { Incident } from "./Incident.js"
import { applicableSlas, clockOf } from "./IncidentClock.js"
import { isAction } from "./internal/incidentMachine.js"
import type { ModerationCategoryRule, ModerationSla } from "./ModerationPolicy.js"

/**
 * Options for {@link moderationMetrics}: the policy's SLAs and categories
 * (a category's `slas` pick the clocks of its cases; without `categories`
 * every SLA applies to every case), `now`, an optional hierarchy to roll up
 * through, the range of detection and the zone.
 *
 * @example
 * ```ts
 * const options: ModerationMetricsOptions = {
 *   slas: policy.moderation.slas, categories: policy.moderation.categories,
 *   now: "2024-12-01T08:00:00+07:00", period: "2024-11", hierarchy,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModerationMetricsOptions extends PeriodOptions {
  readonly slas: ReadonlyArray<ModerationSla>
  readonly categories?: ReadonlyArray<ModerationCategoryRule>
  /** The moment the metrics are read at. Required: domain packages have no clock. */
  readonly now: InstantInput
  /** With a hierarchy, each unit's row covers its whole subtree, and every unit of the tree is listed. */
  readonly hierarchy?: Hierarchy
  /** The tree to roll up: `reportsTo` (default) or `managedBy`. */
  readonly relation?: Relation
  /** A core period id (`2024-11`, `2024-W46`, `2024-2025/HK1`): cases detected in it. */
  readonly period?: string
  /** With `to`: cases detected from this instant (a local date is its midnight)… */
  readonly from?: InstantInput
  /** …up to this one, exclusive. */
  readonly to?: InstantInput
}

/**
 * The counts of one unit (or one unit and category):
 *
 * - `incidents`: cases; `actioned`: those with at least one action (hidden,
 *   account reported, rebutted, escalated); `open`: those not closed;
 * - `medianMinutesToAction`, `p90MinutesToAction`: minutes from detection
 *   to the first action, over the actioned cases (as a spreadsheet's
 *   `PERCENTILE.INC`, to 0.1 minute); `null` when none was actioned;
 * - `clocks`: SLA clocks started (`met + breaches + running`); `met`,
 *   `breaches`, `running`: by status;
 * - `metShare`: `met / (met + breaches)`, the share of decided clocks met
 *   within their SLA, to 3 decimals (running clocks are not decided yet);
 *   `null` when no clock is decided.
 *
 * @example
 * ```ts
 * const counts: ModerationCounts = {
 *   incidents: 4, actioned: 3, open: 1, medianMinutesToAction: 40, p90MinutesToAction: 172,
 *   clocks: 5, met: 3, breaches: 1, running: 1, metShare: 0.75,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModerationCounts {
  readonly incidents: number
  readonly actioned: number
  readonly open: number
  readonly medianMinutesToAction: number | null
  readonly p90MinutesToAction: number | null
  readonly clocks: number
  readonly met: number
  readonly breaches: number
  readonly running: number
  readonly metShare: number | null
}

/**
 * The counts of one category within a unit's row.
 *
 * @example
 * ```ts
 * const row: ModerationCategoryMetrics = {
 *   category: "insult", incidents: 2, actioned: 2, open: 0, medianMinutesToAction: 25, p90MinutesToAction: 37,
 *   clocks: 2, met: 2, breaches: 0, running: 0, metShare: 1,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModerationCategoryMetrics extends ModerationCounts {
  readonly category: string
}

/**
 * One unit's row: its counts (its subtree's, with a hierarchy) and the
 * same per category.
 *
 * @example
 * ```ts
 * const row: ModerationUnitMetrics = {
 *   unit: "pgd-lac-son", incidents: 0, actioned: 0, open: 0, medianMinutesToAction: null, p90MinutesToAction: null,
 *   clocks: 0, met: 0, breaches: 0, running: 0, metShare: null, byCategory: [],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModerationUnitMetrics extends ModerationCounts {
  readonly unit: string
  /** In the order of the policy's categories, then other categories by id. */
  readonly byCategory: ReadonlyArray<ModerationCategoryMetrics>
}

/**
 * The result of {@link moderationMetrics}: one row per unit and the issues
 * met on the way (a case of a category the policy does not know, a unit
 * not in the tree).
 *
 * @example
 * ```ts
 * const { units, issues }: ModerationMetrics = moderationMetrics(incidents, { slas, now })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModerationMetrics {
  /** Without a hierarchy: the units with cases, by id. With one: the tree's units in tree order, then the others by id. */
  readonly units: ReadonlyArray<ModerationUnitMetrics>
  readonly issues: ReadonlyArray<DataIssue>
}

interface Tally {
  incidents: number
  actioned: number
  open: number
  met: number
  breaches: number
  running: number
  readonly minutes: Array<number>
}

const emptyTally = (): Tally => ({ incidents: 0, actioned: 0, open: 0, met: 0, breaches: 0, running: 0, minutes: [] })

interface CaseFacts {
  readonly actioned: boolean
  readonly open: boolean
  readonly minutes: number | undefined
  readonly met: number
  readonly breaches: number
  readonly running: number
}

const add = (tally: Tally, facts: CaseFacts): void => {
  tally.incidents++
  if (facts.actioned) tally.actioned++
  if (facts.open) tally.open++
  if (facts.minutes !== undefined) tally.minutes.push(facts.minutes)
  tally.met += facts.met
  tally.breaches += facts.breaches
  tally.running += facts.running
}

/** The p-quantile of sorted values, interpolated as PERCENTILE.INC. */
const quantile = (sorted: ReadonlyArray<number>, p: number): number | null => {
  if (sorted.length === 0) return null
  const h = (sorted.length - 1) * p
  const lower = Math.floor(h)
  const a = sorted[lower] as number
  const b = sorted[Math.min(lower + 1, sorted.length - 1)] as number
  return Math.round((a + (h - lower) * (b - a)) * 10) / 10
}

const countsOf = (tally: Tally): ModerationCounts => {
  const sorted = [...tally.minutes].sort((a, b) => a - b)
  const decided = tally.met + tally.breaches
  return {
    incidents: tally.incidents,
    actioned: tally.actioned,
    open: tally.open,
    medianMinutesToAction: quantile(sorted, 0.5),
    p90MinutesToAction: quantile(sorted, 0.9),
    clocks: tally.met + tally.breaches + tally.running,
    met: tally.met,
    breaches: tally.breaches,
    running: tally.running,
    metShare: decided === 0 ? null : Math.round((tally.met / decided) * 1000) / 1000,
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const rangeOf = (options: ModerationMetricsOptions, timeZone: string): { readonly start: Instant; readonly end: Instant } | undefined => {
  if (options.period !== undefined) {
    if (options.from !== undefined || options.to !== undefined)
      throw new RangeError("moderationMetrics: give either period or from and to, not both.")
    const bounds = periodBounds(options.period, options.schoolYears === undefined ? { timeZone } : { timeZone, schoolYears: options.schoolYears })
    return { start: bounds.start, end: bounds.end }
  }
  if (options.from === undefined && options.to === undefined) return undefined
  if (options.from === undefined || options.to === undefined)
    throw new RangeError("moderationMetrics: give a period, or both from and to.")
  return { start: instantOrThrow(options.from, { timeZone }), end: instantOrThrow(options.to, { timeZone }) }
}

/**
 * Moderation metrics per unit at `now`: cases, actioned, open, median and
 * 90th-percentile minutes from detection to the first action, SLA clocks
 * met, breached and running and the share met — each also per category.
 * With a hierarchy, each row covers the unit's subtree (a case counts for
 * its unit and every unit above it on its detection date) and every unit
 * of the tree is listed, those without cases with zeros and `null`s. The
 * result never depends on the order of the cases. Throws a `RangeError`
 * only for an invalid `now`, range or zone (programming errors).
 *
 * @example
 * ```ts
 * const { units } = moderationMetrics(incidents, {
 *   slas: [{ id: "complaint-48h", title: { vi: "Xử lý trong 48 giờ khi có khiếu nại" }, hours: 48, from: "complaint" }],
 *   now: "2024-12-01T08:00:00+07:00", period: "2024-11", hierarchy,
 * })
 * units.find((row) => row.unit === "pgd-lac-son")
 * //=> { unit: "pgd-lac-son", incidents: 3, actioned: 2, open: 1, medianMinutesToAction: 50, p90MinutesToAction: 58,
 * //     clocks: 1, met: 1, breaches: 0, running: 0, metShare: 1, byCategory: [...] }
 * ```
 * @since 0.1.0
 * @category aggregations
 */
export const moderationMetrics = (incidents: ReadonlyArray<Incident>, options: ModerationMetricsOptions): ModerationMetrics => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const now = instantOrThrow(options.now, { timeZone })
  const range = rangeOf(options, timeZone)
  const rules = options.categories === undefined ? undefined : new Map(options.categories.map((rule) => [rule.id, rule]))
  const relation = options.relation ?? "reportsTo"
  const trees = new Map<string, OrgTree>()
  const treeOn = (date: string): OrgTree | undefined => {
    if (options.hierarchy === undefined) return undefined
    let tree = trees.get(date)
    if (tree === undefined) trees.set(date, (tree = treeAt(options.hierarchy, date, relation)))
    return tree
  }
  const issues: Array<DataIssue> = []
  const byUnit = new Map<string, { readonly total: Tally; readonly byCategory: Map<string, Tally> }>()
  const tallyOf = (unit: string): { readonly total: Tally; readonly byCategory: Map<string, Tally> } => {
    let entry = byUnit.get(unit)
    if (entry === undefined) byUnit.set(unit, (entry = { total: emptyTally(), byCategory: new Map() }))
    return entry
  }

  incidents.forEach((incident, index) => {
    if (incident.detectedAt > now) return
    if (range !== undefined && (incident.detectedAt < range.start || incident.detectedAt >= range.end)) return
    let closed = false
    let firstAction: Instant | undefined
    for (const event of incident.events) {
      if (event.at > now) break
      if (event.type === "closed") closed = true
      if (firstAction === undefined && isAction(event.type)) firstAction = event.at
    }
    let slas: ReadonlyArray<ModerationSla> = options.slas
    if (rules !== undefined) {
      const rule = rules.get(incident.category)
      if (rule === undefined)
        issues.push(
          dataIssue(
            "warning",
            "unknown-category",
            `incidents[${index}].category`,
            {
              vi: `chính sách không có nhóm nội dung "${incident.category}"; vụ việc được đếm nhưng không tính thời hạn xử lý.`,
              en: `the policy has no category "${incident.category}"; the case is counted, with no SLA clock.`,
            },
            incident.id,
          ),
        )
      slas = rule === undefined ? [] : applicableSlas(options.slas, rule)
    }
    let met = 0
    let breaches = 0
    let running = 0
    for (const sla of slas) {
      const status = clockOf(incident, sla, now, timeZone).status
      if (status === "met") met++
      else if (status === "breached") breaches++
      else if (status === "running") running++
    }
    const facts: CaseFacts = {
      actioned: firstAction !== undefined,
      open: !closed,
      minutes: firstAction === undefined ? undefined : (firstAction - incident.detectedAt) / 60_000,
      met,
      breaches,
      running,
    }
    let units: ReadonlyArray<string> = [incident.unit]
    const tree = treeOn(localDateOf(incident.detectedAt, { timeZone }))
    if (tree !== undefined) {
      if (tree.has(incident.unit)) units = [incident.unit, ...tree.ancestorsOf(incident.unit)]
      else
        issues.push(
          dataIssue(
            "warning",
            "unknown-unit",
            `incidents[${index}].unit`,
            {
              vi: `đơn vị "${incident.unit}" không có trong cây đơn vị ngày ${localDateOf(incident.detectedAt, { timeZone })}; vụ việc chỉ được tính cho chính đơn vị này.`,
              en: `unit "${incident.unit}" is not in the tree on ${localDateOf(incident.detectedAt, { timeZone })}; the case counts for that unit only.`,
            },
            incident.id,
          ),
        )
    }
    for (const unit of units) {
      const entry = tallyOf(unit)
      add(entry.total, facts)
      let category = entry.byCategory.get(incident.category)
      if (category === undefined) entry.byCategory.set(incident.category, (category = emptyTally()))
      add(category, facts)
    }
  })

  const categoryRank = new Map((options.categories ?? []).map((rule, rank) => [rule.id, rank]))
  const byCategoryOrder = (a: string, b: string): number => {
    const ra = categoryRank.get(a)
    const rb = categoryRank.get(b)
    if (ra !== undefined && rb !== undefined) return ra - rb
    if (ra !== undefined) return -1
    if (rb !== undefined) return 1
    return compare(a, b)
  }
  const rowOf = (unit: string): ModerationUnitMetrics => {
    const entry = byUnit.get(unit)
    if (entry === undefined) return { unit, ...countsOf(emptyTally()), byCategory: [] }
    const byCategory = [...entry.byCategory.keys()]
      .sort(byCategoryOrder)
      .map((category) => ({ category, ...countsOf(entry.byCategory.get(category) as Tally) }))
    return { unit, ...countsOf(entry.total), byCategory }
  }
  const order: Array<string> = []
  const listed = new Set<string>()
  if (options.hierarchy !== undefined) {
    // The tree on the last day of the range (or today, without one, or when the range ends later).
    const last = range === undefined ? now : Math.min(now, range.end - 1)
    const tree = treeOn(localDateOf(last, { timeZone })) as OrgTree
    for (const unit of tree.units) {
      order.push(unit.id)
      listed.add(unit.id)
    }
  }
  order.push(...[...byUnit.keys()].filter((unit) => !listed.has(unit)).sort(compare))
  return { units: order.map(rowOf), issues }
}
