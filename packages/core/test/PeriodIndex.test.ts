import { PERIOD_KINDS, createPeriodIndex, periodBounds, periodOf } from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const at = (iso: string): number => Date.parse(iso)

describe("createPeriodIndex", () => {
  const weeks = createPeriodIndex({ kind: "week", from: "2024-11-01", to: "2024-12-01" })

  it("holds every period that overlaps the range, in order", () => {
    expect(weeks.periods).toEqual(["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"])
    expect(weeks.timeZone).toBe("Asia/Ho_Chi_Minh")
  })

  it("gives each period the bounds periodBounds gives", () => {
    expect(weeks.bounds).toEqual(weeks.periods.map((id) => periodBounds(id)))
    expect(weeks.start).toBe(periodBounds("2024-W44").start)
    expect(weeks.end).toBe(periodBounds("2024-W48").end)
  })

  it("puts Sunday 23:59:59 and Monday 00:00 local time in different weeks", () => {
    expect(weeks.periodAt("2024-11-17T23:59:59+07:00")).toBe("2024-W46")
    expect(weeks.periodAt("2024-11-18T00:00:00+07:00")).toBe("2024-W47")
  })

  it("answers −1 and undefined outside the indexed periods or for a non-instant", () => {
    expect(weeks.indexOf(weeks.start - 1)).toBe(-1)
    expect(weeks.indexOf(weeks.end)).toBe(-1)
    expect(weeks.indexOf(Number.NaN)).toBe(-1)
    expect(weeks.periodAt("2025-01-01T00:00:00+07:00")).toBeUndefined()
    expect(weeks.periodAt("hôm qua")).toBeUndefined()
  })

  it("is empty for an empty range", () => {
    const empty = createPeriodIndex({ kind: "day", from: "2024-11-01", to: "2024-11-01" })
    expect(empty.periods).toEqual([])
    expect(empty.indexOf(at("2024-11-01T00:00:00+07:00"))).toBe(-1)
  })

  it("an unknown zone is a programming error", () => {
    expect(() => createPeriodIndex({ kind: "day", from: 0, to: 1, timeZone: "Mars/Olympus" })).toThrow(RangeError)
  })
})

const ZONES = ["Asia/Ho_Chi_Minh", "UTC", "Europe/Berlin", "America/New_York"] as const

describe.each(ZONES)("the index in %s", (timeZone) => {
  const from = at("2019-06-01T00:00:00Z")
  const to = at("2031-06-01T00:00:00Z")
  const indexes = PERIOD_KINDS.map((kind) => createPeriodIndex({ kind, from, to, timeZone }))
  const instants = fc.integer({ min: from - 400 * 86_400_000, max: to + 400 * 86_400_000 })

  it("agrees with periodOf for any instant, and answers −1 outside its periods", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...indexes), (instant, index) => {
        const position = index.indexOf(instant)
        if (instant >= index.start && instant < index.end) {
          expect(index.periods[position]).toBe(periodOf(instant, index.kind, { timeZone }))
        } else {
          expect(position).toBe(-1)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it("agrees with periodOf at every period boundary", () => {
    for (const index of indexes) {
      index.bounds.forEach(({ start, end }, position) => {
        expect(index.indexOf(start)).toBe(position)
        expect(index.indexOf(end - 1)).toBe(position)
      })
    }
  })
})

describe("a million instants", () => {
  it("are bucketed into the weeks of a school year, each where periodOf puts it", () => {
    const index = createPeriodIndex({ kind: "week", from: "2024-09-05", to: "2025-09-05" })
    const instants = new Float64Array(1_000_000)
    // A fixed linear congruential sequence: the same instants on every run.
    let seed = 12_345
    for (let i = 0; i < instants.length; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      instants[i] = index.start + Math.floor((seed / 2_147_483_648) * (index.end - index.start))
    }
    const counts = new Int32Array(index.periods.length)
    for (const instant of instants) {
      const position = index.indexOf(instant)
      if (position >= 0) counts[position] = (counts[position] ?? 0) + 1
    }
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(instants.length)
    for (let i = 0; i < instants.length; i += 997) {
      const instant = instants[i] ?? 0
      expect(index.periods[index.indexOf(instant)]).toBe(periodOf(instant, "week"))
    }
  })
})
