/**
 * Evaluate one week with the Hòa Bình 2024 preset, as an integrator would:
 * build the engine once, send it a dataset (contract v1), read the report.
 * The checks (node:assert) are facts of the plan and of the sample province
 * that any correct evaluation must show.
 *
 *   npx tsx --conditions=@lantoa/source examples/evaluate-week.ts
 */
import assert from "node:assert/strict"
import { createEngine, ReportSchema } from "@lantoa/engine"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince, provinceFacts } from "@lantoa/sample-province"

const options = { activities: { from: "2024-11-11", to: "2024-11-17" } } as const
const dataset = generateProvince(options) // contract v1: { units, people, channels, activities }
const facts = provinceFacts(options) // what the generator planted, to check against

const engine = createEngine(hoaBinh2024) // validates the policy once; throws InvalidPolicyError if it is not valid
const report = engine.evaluate(dataset, { period: "2024-W46", now: "2024-11-18T08:00:00+07:00", people: true })

// The report is contract v1, and the week is over at `now`: every weekly verdict is met or short.
assert.equal(ReportSchema.safeParse(report).success, true)
assert.equal(report.contract, "lantoa/v1")
assert.deepEqual(report.periods, ["2024-W46", "2024-11"])
assert.deepEqual(report.issues, [])
const week = report.quotas.filter((q) => q.period === "2024-W46")
assert.ok(week.every((q) => q.status === "met" || q.status === "short"))

// A school that never posts is short; one that posts every week has met its quota of 1.
const verdictOf = (unit: string) =>
  week.find((q) => q.rule === "unit-weekly-posts" && "unit" in q.subject && q.subject.unit === unit)
const silent = Object.keys(facts.profiles).find((unit) => facts.profiles[unit] === "silent" && verdictOf(unit) !== undefined)
const onTime = Object.keys(facts.profiles).find(
  (unit) => facts.profiles[unit] === "on-time" && (verdictOf(unit)?.counted ?? 0) > 0
)
assert.ok(silent !== undefined && onTime !== undefined)
assert.equal(verdictOf(silent)?.status, "short")
assert.equal(verdictOf(onTime)?.status, "met")

// Party members who keep their quota (planted by the generator) met the weekly rule.
const party = new Map(
  week.filter((q) => q.rule === "party-member-weekly").map((q) => ["person" in q.subject ? q.subject.person : "", q.status])
)
assert.ok(facts.compliantPartyMembers.every((person) => party.get(person) === "met"))

// The Sở's roll-up counts every school exactly once.
const schools = report.totals.find((row) => row.rule === "unit-weekly-posts" && row.period === "2024-W46")
const atDepartment = report.rollups.find(
  (row) => row.unit === "so-gddt" && row.rule === "unit-weekly-posts" && row.period === "2024-W46"
)
assert.equal(atDepartment?.subjects, 531)
assert.equal(atDepartment?.met, schools?.met)

console.log(
  `${report.policy.id} ${report.policy.version}, ${report.range.period}: ${schools?.met}/${schools?.subjects} trường, trung tâm đạt.`
)
console.log(verdictOf(onTime)?.explanation)
console.log(verdictOf(silent)?.explanation)
const office = week.find((q) => q.rule === "district-office-weekly-posts")
console.log(office?.explanation)
