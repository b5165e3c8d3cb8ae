/**
 * A whole sample province-year through the engine — the five quota rules
 * of hoaBinh2024 over 5 September 2024 – 4 September 2025, about 2 million
 * activities — against its anchor: the same rules over the same parsed
 * data with json-rules-engine, as an integrator would use it (counts per
 * subject and period built in plain JavaScript, then one engine run per
 * subject and period, all inside the anchor's time). Both must find the
 * same met/short counts for every rule and period.
 *
 * Prints one JSON line:
 * - `ms`: the year's verdicts — `tallyQuotas` over the prepared dataset (every rule, period and
 *   subject judged: required, counted, status), best of 5; the prepared dataset is what
 *   `engine.prepare` builds once per dataset (records parsed, references checked, activities
 *   indexed), outside both timings like the anchor's parsing;
 * - `firstMs`: the first such evaluation, before the JIT and the per-hierarchy caches are warm;
 * - `indexMs`: building the activity index alone (part of `prepareMs`); `speedupWithIndex` =
 *   anchorMs / (indexMs + ms), for one evaluation of a freshly parsed dataset;
 * - `resultsMs`: building all ≈576,000 result objects (evidence ids, explanations) from the verdicts;
 * - `evaluateMs`: `evaluateQuotas` from the parsed activity objects — index, verdicts and every result
 *   object in one call — best of 3;
 * - `engineMs`: `engine.evaluate` of the prepared dataset — quotas, roll-ups, peers, setup audit,
 *   report — best of 2; `fromDatasetMs`: `engine.evaluate` of the wire records, parsing included;
 *   `prepareMs`: `engine.prepare` alone;
 * - `anchorMs`, `speedup` = anchorMs / ms; `peakMB`: the process's peak RSS; `peakHeapMB`: heap sampled.
 *
 *   npx tsx --conditions=@lantoa/source bench/quotaYear.ts
 */
import { cpus } from "node:os"
import type { Activity } from "@lantoa/core"
import { createEngine } from "@lantoa/engine"
import { hoaBinh2024 } from "@lantoa/policy"
import { QUOTA_STATUSES, evaluateQuotas, indexActivities, tallyQuotas, type QuotaResult, type QuotaTally } from "@lantoa/quota"
import { generateProvince } from "@lantoa/sample-province"
import { Engine as RulesEngine } from "json-rules-engine"

const RANGE = { from: "2024-09-05", to: "2025-09-05" } as const // [from, to): the school year 2024-2025 and its summer
const NOW = "2025-10-01T00:00:00+07:00" // after every period that overlaps the range: all verdicts are final
const ENGAGEMENT = 1.3 // reactions per person per week; 1.3 gives just over 2 million activities a year

let peakHeap = 0
const sample = (): void => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}
const bestOf = <A>(rounds: number, run: () => A): { ms: number; value: A } => {
  let ms = Number.POSITIVE_INFINITY
  let value = run()
  sample()
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    value = run()
    ms = Math.min(ms, performance.now() - started)
    sample()
  }
  return { ms, value }
}

const dataset = generateProvince({ activities: { from: RANGE.from, to: "2025-09-04", engagement: ENGAGEMENT } })
sample()
const engine = createEngine(hoaBinh2024)
const options = { ...RANGE, now: NOW, policy: { id: hoaBinh2024.id, version: hoaBinh2024.version } }

// Parse once, outside every timing but the labelled ones.
let started = performance.now()
const prepared = engine.prepare(dataset)
const prepareMs = performance.now() - started
sample()
if (prepared.issues.length > 0) throw new Error(`the sample has ${prepared.issues.length} issues`)
const { hierarchy, activities, index } = prepared

started = performance.now()
indexActivities(hierarchy, activities)
const indexMs = performance.now() - started
sample()

// The year's verdicts from the prepared dataset: the first run, then the best of 5.
started = performance.now()
tallyQuotas(hoaBinh2024.quotas, hierarchy, index, options)
const firstMs = performance.now() - started
const { ms, value: tally } = bestOf(5, () => tallyQuotas(hoaBinh2024.quotas, hierarchy, index, options))
const { ms: resultsMs, value: results } = bestOf(2, () => tally.results())
const { ms: evaluateMs, value: evaluated } = bestOf(2, () => evaluateQuotas(hoaBinh2024.quotas, hierarchy, activities, options).results)

// The whole report of a prepared dataset: best of 2.
const { ms: engineMs, value: report } = bestOf(2, () => engine.evaluate(prepared, { ...RANGE, now: NOW }))

started = performance.now()
const fromDataset = engine.evaluate(dataset, { ...RANGE, now: NOW })
const fromDatasetMs = performance.now() - started
sample()
if (fromDataset.totals.length !== report.totals.length) throw new Error("the dataset and its prepared form disagree")

// ── The anchor: json-rules-engine, over the same parsed activities ──────────────────────────────
const DAY = 86_400_000
const OFFSET = 7 * 3_600_000 // Asia/Ho_Chi_Minh, UTC+7 without DST
const localDay = (at: number): number => Math.floor((at + OFFSET) / DAY)
const weekOf = (day: number): number => day - ((day + 3) % 7) // the epoch day of the week's Monday (1970-01-01 was a Thursday)
const monthOf = (day: number): number => {
  const date = new Date(day * DAY)
  return date.getUTCFullYear() * 12 + date.getUTCMonth()
}
const weekId = (monday: number): string => {
  const thursday = new Date((monday + 3) * DAY)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((monday + 3 - Date.UTC(year, 0, 1) / DAY) / 7) + 1
  return `${year}-W${String(week).padStart(2, "0")}`
}
const monthId = (month: number): string => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`

interface AnchorRule {
  readonly id: string
  readonly subjects: ReadonlyArray<string>
  readonly period: "week" | "month"
  readonly minimum: number
  /** The subject an activity counts for, or undefined. */
  readonly subjectOf: (activity: Activity) => string | undefined
  /** What counts once: the activity, or its item. */
  readonly key: (activity: Activity) => string
}

const anchor = async (): Promise<{ counts: Map<string, { met: number; short: number }>; runs: number }> => {
  const unitKind = new Map(hierarchy.units.map((unit) => [unit.id, unit.kind]))
  const channelOf = new Map(hierarchy.channels.map((channel) => [channel.id, channel]))
  const partyMembers = hierarchy.people.filter((person) => person.partyMember).map((person) => person.id)
  const isPartyMember = new Set(partyMembers)
  const unitsOf = (kinds: ReadonlyArray<string>) =>
    hierarchy.units.filter((unit) => kinds.includes(unit.kind)).map((unit) => unit.id)
  const ownPagePost = (activity: Activity): string | undefined => {
    if (activity.kind !== "post" || activity.unit === undefined || activity.channel === undefined) return undefined
    const channel = channelOf.get(activity.channel)
    return channel !== undefined && channel.unit === activity.unit && channel.platform === "facebook-page"
      ? activity.unit
      : undefined
  }
  const byKind = (kinds: ReadonlyArray<string>) => (activity: Activity) => {
    const unit = ownPagePost(activity)
    return unit !== undefined && kinds.includes(unitKind.get(unit) ?? "") ? unit : undefined
  }
  const partyItem = (activity: Activity) =>
    (activity.kind === "post" || activity.kind === "share") && activity.person !== undefined && isPartyMember.has(activity.person)
      ? activity.person
      : undefined
  const item = (activity: Activity): string =>
    activity.kind !== "post" && activity.target !== undefined && activity.target !== ""
      ? activity.target
      : activity.url ?? activity.id
  const rules: ReadonlyArray<AnchorRule> = hoaBinh2024.quotas.map((rule) => {
    const kinds = rule.subjects.type === "unit" ? rule.subjects.kinds ?? [] : []
    return {
      id: rule.id,
      subjects: rule.subjects.type === "unit" ? unitsOf(kinds) : partyMembers,
      period: rule.period as "week" | "month",
      minimum: rule.minimum,
      subjectOf: rule.subjects.type === "unit" ? byKind(kinds) : partyItem,
      key: rule.distinctBy === "item" ? item : (activity) => activity.id,
    }
  })
  // The periods that overlap the range.
  const first = localDay(Date.parse(`${RANGE.from}T00:00:00+07:00`))
  const last = localDay(Date.parse(`${RANGE.to}T00:00:00+07:00`)) - 1
  const weeks: Array<number> = []
  for (let monday = weekOf(first); monday <= last; monday += 7) weeks.push(monday)
  const months: Array<number> = []
  for (let month = monthOf(first); month <= monthOf(last); month++) months.push(month)

  const counts = new Map<string, { met: number; short: number }>()
  let runs = 0
  for (const rule of rules) {
    // Plain JavaScript: distinct keys per subject and period.
    const seen = new Map<string, Set<string>>()
    for (const activity of activities) {
      const subject = rule.subjectOf(activity)
      if (subject === undefined) continue
      const day = localDay(activity.at)
      const period = rule.period === "week" ? weekOf(day) : monthOf(day)
      const cell = `${subject}|${period}`
      let keys = seen.get(cell)
      if (keys === undefined) seen.set(cell, (keys = new Set()))
      keys.add(rule.key(activity))
    }
    // One json-rules-engine run per subject and period.
    const rulesEngine = new RulesEngine(
      [
        {
          conditions: { all: [{ fact: "counted", operator: "greaterThanInclusive", value: { fact: "required" } }] },
          event: { type: "met", params: { rule: rule.id } },
        },
      ],
      { allowUndefinedFacts: false }
    )
    for (const period of rule.period === "week" ? weeks : months) {
      const id = rule.period === "week" ? weekId(period) : monthId(period)
      const tally = { met: 0, short: 0 }
      for (const subject of rule.subjects) {
        const { events } = await rulesEngine.run({ counted: seen.get(`${subject}|${period}`)?.size ?? 0, required: rule.minimum })
        runs++
        if (events.length > 0) tally.met++
        else tally.short++
      }
      counts.set(`${rule.id} ${id}`, tally)
    }
  }
  return { counts, runs }
}

started = performance.now()
const anchored = await anchor()
const anchorMs = performance.now() - started
sample()

// All must find the same met/short counts, rule by rule and period by period.
type Counts = Map<string, { met: number; short: number }>
const fromTally = (verdicts: QuotaTally): Counts => {
  const counts: Counts = new Map()
  for (const rule of verdicts.rules) {
    rule.periods.forEach((period, p) => {
      const tally = { met: 0, short: 0 }
      for (let s = 0; s < rule.subjects.length; s++) {
        const status = QUOTA_STATUSES[(rule.status[p * rule.subjects.length + s] as number) - 1]
        if (status === "met") tally.met++
        else if (status === "short") tally.short++
        else if (status !== undefined) throw new Error(`unexpected status ${status} after every period ended`)
      }
      counts.set(`${rule.rule} ${period}`, tally)
    })
  }
  return counts
}
const fromResults = (list: ReadonlyArray<QuotaResult>): Counts => {
  const counts: Counts = new Map()
  for (const result of list) {
    const key = `${result.rule} ${result.period}`
    const tally = counts.get(key) ?? { met: 0, short: 0 }
    if (result.status === "met") tally.met++
    else if (result.status === "short") tally.short++
    else throw new Error(`unexpected status ${result.status} after every period ended`)
    counts.set(key, tally)
  }
  return counts
}
const disagreements: Array<string> = []
for (const [name, ours] of [
  ["tallyQuotas", fromTally(tally)],
  ["tally.results()", fromResults(results)],
  ["evaluateQuotas", fromResults(evaluated)],
] as const) {
  for (const key of new Set([...ours.keys(), ...anchored.counts.keys()])) {
    if (JSON.stringify(ours.get(key)) !== JSON.stringify(anchored.counts.get(key))) {
      disagreements.push(`${name} ${key}: ${JSON.stringify(ours.get(key))}, anchor ${JSON.stringify(anchored.counts.get(key))}`)
    }
  }
}
if (disagreements.length > 0) {
  console.error(disagreements.slice(0, 5))
  process.exitCode = 1
}
const met = tally.rules.reduce((sum, rule) => sum + rule.met, 0)

console.log(
  JSON.stringify({
    bench: "quota-year",
    activities: activities.length,
    ms: Math.round(ms),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    anchor: "json-rules-engine",
    anchorMs: Math.round(anchorMs),
    speedup: Math.round(anchorMs / ms),
    verdicts: tally.size,
    met,
    short: tally.size - met,
    anchorRuns: anchored.runs,
    agree: disagreements.length === 0,
    firstMs: Math.round(firstMs),
    indexMs: Math.round(indexMs),
    speedupWithIndex: Math.round(anchorMs / (indexMs + ms)),
    resultsMs: Math.round(resultsMs),
    evaluateMs: Math.round(evaluateMs),
    engineMs: Math.round(engineMs),
    fromDatasetMs: Math.round(fromDatasetMs),
    prepareMs: Math.round(prepareMs),
    peakHeapMB: Math.round(peakHeap / 2 ** 20),
    cpus: cpus().length,
    node: process.version,
  })
)
