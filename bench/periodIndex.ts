/**
 * The period index against its anchor, `periodOf`, over the same instants in
 * the same run: nanoseconds per instant for each, and their ratio
 * (indexOf / periodOf; lower is better). Vietnam's fixed offset takes the
 * day-table path; Europe/Berlin (DST) takes the binary search, against a
 * `periodOf` that goes through Intl.
 *
 *   npx tsx --conditions=@lantoa/source bench/periodIndex.ts
 */
import { cpus } from "node:os"
import { createPeriodIndex, periodOf, type PeriodKind } from "@lantoa/core"

const KIND: PeriodKind = "week"

// A fixed linear congruential sequence over one school year: the same inputs on every run.
const instantsIn = (start: number, end: number, count: number): Float64Array => {
  const instants = new Float64Array(count)
  let seed = 12_345
  for (let i = 0; i < count; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    instants[i] = start + Math.floor((seed / 2_147_483_648) * (end - start))
  }
  return instants
}

// Best of a few rounds, after one warm-up round, so the JIT has settled.
// Each round returns a sum of its results so that the work cannot be optimised away.
let sink = 0

const nsPerItem = (count: number, round: () => number): number => {
  sink += round()
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < 3; r++) {
    const started = performance.now()
    sink += round()
    best = Math.min(best, performance.now() - started)
  }
  return (best * 1e6) / count
}

const measure = (timeZone: string, count: number) => {
  const index = createPeriodIndex({ kind: KIND, from: "2024-09-05", to: "2025-09-05", timeZone })
  const instants = instantsIn(index.start, index.end, count)
  const anchor = nsPerItem(count, () => {
    let sum = 0
    for (const instant of instants) sum += periodOf(instant, KIND, { timeZone }).length
    return sum
  })
  const indexed = nsPerItem(count, () => {
    let sum = 0
    for (const instant of instants) sum += index.indexOf(instant)
    return sum
  })
  return {
    instants: count,
    periods: index.periods.length,
    periodOfNs: Number(anchor.toFixed(1)),
    indexOfNs: Number(indexed.toFixed(1)),
    ratio: Number((indexed / anchor).toFixed(4)),
  }
}

console.log(
  JSON.stringify({
    bench: "period-index",
    kind: KIND,
    cpus: cpus().length,
    node: process.version,
    "Asia/Ho_Chi_Minh": measure("Asia/Ho_Chi_Minh", 1_000_000),
    "Europe/Berlin": measure("Europe/Berlin", 100_000),
  }),
)
if (!Number.isFinite(sink)) process.exitCode = 1
