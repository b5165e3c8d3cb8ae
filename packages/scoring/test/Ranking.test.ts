import { competitionRanks, percentilesOf } from "@lantoa/scoring"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

describe("competitionRanks", () => {
  it("equal totals share a rank and the next rank skips (1, 2, 2, 4)", () => {
    expect(competitionRanks([70, 95, 80, 80])).toEqual([4, 1, 2, 2])
    expect(competitionRanks([5, 5, 5])).toEqual([1, 1, 1])
    expect(competitionRanks([])).toEqual([])
  })

  it("property: a rank is 1 + the number of strictly better values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 })), (values) => {
        const ranks = competitionRanks(values)
        values.forEach((value, i) => expect(ranks[i]).toBe(1 + values.filter((other) => other > value).length))
      }),
    )
  })
})

describe("percentilesOf", () => {
  it("is the share of the other values strictly lower; 1 for a single value", () => {
    expect(percentilesOf([70, 95, 80, 80])).toEqual([0, 1, 0.333, 0.333])
    expect(percentilesOf([42])).toEqual([1])
  })
})
