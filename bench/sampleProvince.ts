/**
 * The sample province over a whole school year (2024-2025, 5 September to
 * 31 May) against its anchor: building a plain array of as many small
 * objects (an id, a kind and a time string each) in the same run. Prints
 * one JSON line with the activity count, the milliseconds of each, and their
 * ratio (generator / anchor; lower is better).
 *
 *   npx tsx --conditions=@lantoa/source bench/sampleProvince.ts
 */
import { cpus } from "node:os"
import { schoolYearFrame } from "@lantoa/core"
import { generateProvince } from "@lantoa/sample-province"

const year = schoolYearFrame("2024-2025")
let sink = 0

// Best of a few rounds after one warm-up round, so the JIT has settled.
const bestMs = (rounds: number, round: () => number): number => {
  sink += round()
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < rounds; r++) {
    const started = performance.now()
    sink += round()
    best = Math.min(best, performance.now() - started)
  }
  return best
}

const rosterMs = bestMs(3, () => generateProvince({ activities: false }).people.length)

let activities = 0
sink += generateProvince({ activities: { from: "2024-11-18", to: "2024-12-01" } }).activities.length
const yearMs = bestMs(2, () => {
  activities = generateProvince({ activities: { from: year.start, to: year.end } }).activities.length
  return activities
})

const anchorMs = bestMs(3, () => {
  const items: Array<{ id: string; kind: string; at: string }> = []
  for (let i = 0; i < activities; i++) items.push({ id: `a:${i}`, kind: "post", at: `2024-11-12T09:00:${i % 60}+07:00` })
  return items.length
})

console.log(
  JSON.stringify({
    bench: "sample-province",
    cpus: cpus().length,
    node: process.version,
    range: `${year.start}/${year.end}`,
    activities,
    rosterMs: Math.round(rosterMs),
    ms: Math.round(yearMs),
    anchorMs: Math.round(anchorMs),
    ratio: Number((yearMs / anchorMs).toFixed(2)),
    activitiesPerSecond: Math.round(activities / (yearMs / 1000)),
  }),
)
if (!Number.isFinite(sink)) process.exitCode = 1
