/**
 * Scores and ranks never depend on the order of the measurements: the
 * engine may gather them from quota, deadline and moderation results in any
 * order, and a re-run must give the same table.
 */
import { scoreSubjects, type Measurement } from "@lantoa/scoring"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { THCS, hierarchy, linear } from "./fixtures.js"

const policy = {
  criteria: [
    linear("posts", "quota-met-rate", 40),
    linear("picked", "posts-picked-up", 20, { normalisation: { type: "min-max" } }),
    linear("shares", "featured-shares", 20, { normalisation: { type: "percentile" } }),
    linear("staff-shares", "featured-shares", 20, { perStaff: true, normalisation: { type: "linear", target: 3 } }),
    {
      id: "false-information",
      title: { vi: "Thông tin sai sự thật" },
      measurement: "false-information-penalty",
      subjects: { type: "unit" as const },
      normalisation: { type: "linear" as const, target: 1 },
      points: 15,
      penalty: true,
    },
    {
      id: "party-member-posts",
      title: { vi: "Đảng viên đăng tải, chia sẻ" },
      measurement: "person-monthly-items",
      subjects: { type: "person" as const, partyMember: true },
      normalisation: { type: "percentile" as const },
      weight: 1,
    },
  ],
  tiers: [
    { id: "a", label: { vi: "A" }, minTotal: 60, maxShare: 0.4, minCount: 1 },
    { id: "b", label: { vi: "B" }, minTotal: 30 },
    { id: "c", label: { vi: "C" } },
  ],
}

const SUBJECTS = [...THCS.map((unit) => ({ unit })), { unit: "mn-sao-mai" }, { unit: "khong-co" }, ...["gv-0001", "gv-0003", "gv-0004", "ht-0001"].map((person) => ({ person }))]
const MEASUREMENTS = ["quota-met-rate", "posts-picked-up", "featured-shares", "false-information-penalty", "person-monthly-items"]

// Measured, missing (null) or not applicable — with a reason that may differ between duplicates.
const measurement: fc.Arbitrary<Measurement> = fc
  .record({
    subject: fc.constantFrom(...SUBJECTS),
    measurement: fc.constantFrom(...MEASUREMENTS),
    value: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }).map((n) => n / 4) }, { weight: 1, arbitrary: fc.constant(null) }),
    notApplicable: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    detail: fc.constantFrom(undefined, "không có vụ việc", "không có dữ liệu"),
  })
  .map(({ notApplicable, detail, ...record }) => ({
    ...record,
    ...(notApplicable ? { value: null, status: "not-applicable" as const } : {}),
    ...(detail === undefined ? {} : { detail }),
  }))

describe("scores do not depend on the input order of measurements", () => {
  it("property: any permutation gives the same scores, ranks, tiers, explanations and subjects without a score", () => {
    fc.assert(
      fc.property(
        fc.array(measurement, { maxLength: 40 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        fc.constantFrom("kind" as const, "reporting-unit" as const, "province" as const),
        ([list, shuffled], peers) => {
          const options = { hierarchy, period: "2024-11", peers }
          const a = scoreSubjects(policy, list, options)
          const b = scoreSubjects(policy, shuffled, options)
          expect(b.scores).toEqual(a.scores)
          expect(b.unscored).toEqual(a.unscored)
          expect(b.issues.map((issue) => issue.code).sort()).toEqual(a.issues.map((issue) => issue.code).sort())
        },
      ),
      { numRuns: 300 },
    )
  })
})
