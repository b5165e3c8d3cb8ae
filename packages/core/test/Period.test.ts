import {
  PERIOD_KINDS,
  formatInstant,
  nextPeriod,
  parsePeriodId,
  periodBounds,
  periodContains,
  periodKindOf,
  periodOf,
  periodsBetween,
  previousPeriod,
  type PeriodKind,
} from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const at = (iso: string): number => Date.parse(iso)

const isoBounds = (id: string, timeZone = "Asia/Ho_Chi_Minh") => {
  const { start, end } = periodBounds(id, { timeZone })
  return { start: formatInstant(start, { timeZone }), end: formatInstant(end, { timeZone }) }
}

// Fixed-offset zones are arithmetic at any date; zones with DST go through
// Intl, whose data is reliable from 1970 on.
const ZONES = [
  { timeZone: "Asia/Ho_Chi_Minh", instants: fc.integer({ min: at("1900-01-01T00:00:00Z"), max: at("2200-01-01T00:00:00Z") }) },
  { timeZone: "UTC", instants: fc.integer({ min: at("1900-01-01T00:00:00Z"), max: at("2200-01-01T00:00:00Z") }) },
  { timeZone: "Europe/Berlin", instants: fc.integer({ min: at("1971-01-01T00:00:00Z"), max: at("2099-01-01T00:00:00Z") }) },
  { timeZone: "America/New_York", instants: fc.integer({ min: at("1971-01-01T00:00:00Z"), max: at("2099-01-01T00:00:00Z") }) },
] as const

describe("weeks", () => {
  it("Sunday 23:59:59 and Monday 00:00:00 local time fall in different weeks", () => {
    expect(periodOf("2024-11-17T23:59:59+07:00", "week")).toBe("2024-W46")
    expect(periodOf("2024-11-18T00:00:00+07:00", "week")).toBe("2024-W47")
  })

  it("a post at 23:59:59.999 Sunday local time counts for that week", () => {
    expect(periodOf("2024-11-17T23:59:59.999+07:00", "week")).toBe("2024-W46")
  })

  it("the same instant can be in a different week in UTC than in Vietnam", () => {
    const mondayInVietnam = at("2024-11-18T00:00:00+07:00")
    expect(periodOf(mondayInVietnam, "week")).toBe("2024-W47")
    expect(periodOf(mondayInVietnam, "week", { timeZone: "UTC" })).toBe("2024-W46")
  })

  it("31/12/2024 belongs to 2025-W01", () => {
    expect(periodOf("2024-12-31T12:00:00+07:00", "week")).toBe("2025-W01")
  })

  it("2021-01-03 belongs to 2020-W53", () => {
    expect(periodOf("2021-01-03T12:00:00+07:00", "week")).toBe("2020-W53")
  })

  it("a week runs from Monday 00:00 to Sunday 24:00 local time", () => {
    expect(isoBounds("2024-W46")).toEqual({
      start: "2024-11-11T00:00:00.000+07:00",
      end: "2024-11-18T00:00:00.000+07:00",
    })
  })

  it("2020 has an ISO week 53 and 2024 does not", () => {
    expect(periodKindOf("2020-W53")).toBe("week")
    expect(periodKindOf("2024-W53")).toBeUndefined()
    expect(nextPeriod("2024-W52")).toBe("2025-W01")
    expect(previousPeriod("2021-W01")).toBe("2020-W53")
  })

  it("week 1 can start in the previous calendar year", () => {
    expect(isoBounds("2025-W01")).toEqual({
      start: "2024-12-30T00:00:00.000+07:00",
      end: "2025-01-06T00:00:00.000+07:00",
    })
  })
})

describe("bounds of each kind", () => {
  it("a day runs from local midnight to the next local midnight", () => {
    expect(isoBounds("2024-11-12")).toEqual({
      start: "2024-11-12T00:00:00.000+07:00",
      end: "2024-11-13T00:00:00.000+07:00",
    })
    expect(periodBounds("2024-11-12")).toEqual({ start: at("2024-11-11T17:00:00Z"), end: at("2024-11-12T17:00:00Z") })
  })

  it("a month runs from the 1st to the 1st of the next month", () => {
    expect(isoBounds("2024-02")).toEqual({
      start: "2024-02-01T00:00:00.000+07:00",
      end: "2024-03-01T00:00:00.000+07:00",
    })
    expect(isoBounds("2024-12")).toEqual({
      start: "2024-12-01T00:00:00.000+07:00",
      end: "2025-01-01T00:00:00.000+07:00",
    })
  })

  it("semester I runs from the opening to the first day of semester II", () => {
    expect(isoBounds("2024-2025/HK1")).toEqual({
      start: "2024-09-05T00:00:00.000+07:00",
      end: "2025-01-20T00:00:00.000+07:00",
    })
  })

  it("semester II runs to the next school year's opening, so it holds the summer", () => {
    expect(isoBounds("2024-2025/HK2")).toEqual({
      start: "2025-01-20T00:00:00.000+07:00",
      end: "2025-09-05T00:00:00.000+07:00",
    })
    expect(periodOf("2025-07-15T10:00:00+07:00", "semester")).toBe("2024-2025/HK2")
    expect(periodOf("2025-07-15T10:00:00+07:00", "school-year")).toBe("2024-2025")
  })

  it("a school year runs from its opening to the next year's opening", () => {
    expect(isoBounds("2024-2025")).toEqual({
      start: "2024-09-05T00:00:00.000+07:00",
      end: "2025-09-05T00:00:00.000+07:00",
    })
    expect(periodOf("2024-09-04T23:59:59+07:00", "school-year")).toBe("2023-2024")
    expect(periodOf("2024-09-05T00:00:00+07:00", "school-year")).toBe("2024-2025")
  })

  it("periodBounds end is exclusive and equals the next period's start", () => {
    for (const id of ["2024-11-12", "2024-W46", "2024-11", "2024-2025/HK1", "2024-2025/HK2", "2024-2025"]) {
      const { end } = periodBounds(id)
      expect(periodBounds(nextPeriod(id)).start).toBe(end)
      expect(periodContains(id, end)).toBe(false)
      expect(periodContains(id, end - 1)).toBe(true)
    }
  })

  it("a local day in a DST zone lasts 23 or 25 hours on the days the clocks change", () => {
    const hours = (id: string) => {
      const { start, end } = periodBounds(id, { timeZone: "Europe/Berlin" })
      return (end - start) / 3_600_000
    }
    expect(hours("2024-03-31")).toBe(23)
    expect(hours("2024-10-27")).toBe(25)
    expect(isoBounds("2024-W44", "America/New_York")).toEqual({
      start: "2024-10-28T00:00:00.000-04:00",
      end: "2024-11-04T00:00:00.000-05:00",
    })
  })
})

describe("period ids", () => {
  it("each kind of id is recognised", () => {
    expect(["2024-11-12", "2024-W46", "2024-11", "2024-2025/HK1", "2024-2025"].map(periodKindOf)).toEqual([
      "day",
      "week",
      "month",
      "semester",
      "school-year",
    ])
    expect(parsePeriodId("2024-2025/HK2")).toEqual({
      kind: "semester",
      id: "2024-2025/HK2",
      schoolYear: "2024-2025",
      startYear: 2024,
      semester: 2,
    })
  })

  it("garbage is not a period id", () => {
    for (const id of ["", "2024", "2024-13", "2024-02-30", "2024-W00", "2024-w46", "2024-2026", "2024-2025/HK3", "tuần 46", " 2024-11"]) {
      expect(parsePeriodId(id)).toBeUndefined()
    }
  })

  it("an invalid period id or an unknown zone is a programming error", () => {
    expect(() => periodBounds("2024-W54")).toThrow(RangeError)
    expect(() => nextPeriod("next week")).toThrow(RangeError)
    expect(() => periodOf(0, "week", { timeZone: "Asia/Hanoi_Nowhere" })).toThrow(RangeError)
    expect(() => periodOf("hôm qua", "week")).toThrow(RangeError)
    expect(() => periodOf(0, "year" as PeriodKind)).toThrow(RangeError)
  })

  it("next and previous periods step across year ends and semesters", () => {
    expect(nextPeriod("2024-12-31")).toBe("2025-01-01")
    expect(previousPeriod("2024-03-01")).toBe("2024-02-29")
    expect(nextPeriod("2024-12")).toBe("2025-01")
    expect(nextPeriod("2024-2025/HK1")).toBe("2024-2025/HK2")
    expect(nextPeriod("2024-2025/HK2")).toBe("2025-2026/HK1")
    expect(previousPeriod("2024-2025")).toBe("2023-2024")
  })
})

describe("periodsBetween", () => {
  it("lists every ISO week that overlaps a month, in order", () => {
    const { start, end } = periodBounds("2024-11")
    expect(periodsBetween(start, end, "week")).toEqual(["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"])
  })

  it("treats the end of the range as exclusive", () => {
    expect(periodsBetween("2024-11-01", "2024-12-01", "month")).toEqual(["2024-11"])
    expect(periodsBetween("2024-11-01", "2024-12-01T00:00:00.001+07:00", "month")).toEqual(["2024-11", "2024-12"])
  })

  it("is empty when the range is empty", () => {
    expect(periodsBetween("2024-12-01", "2024-11-01", "day")).toEqual([])
    expect(periodsBetween("2024-12-01", "2024-12-01", "day")).toEqual([])
  })

  it("lists the semesters of a school year", () => {
    const { start, end } = periodBounds("2024-2025")
    expect(periodsBetween(start, end, "semester")).toEqual(["2024-2025/HK1", "2024-2025/HK2"])
  })

  it("lists consecutive periods whose bounds tile the range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at("2000-01-01T00:00:00Z"), max: at("2050-01-01T00:00:00Z") }),
        fc.integer({ min: 1, max: 400 * 86_400_000 }),
        fc.constantFrom(...PERIOD_KINDS),
        (from, length, kind) => {
          const ids = periodsBetween(from, from + length, kind)
          expect(ids[0]).toBe(periodOf(from, kind))
          expect(ids.at(-1)).toBe(periodOf(from + length - 1, kind))
          ids.slice(1).forEach((id, index) => expect(previousPeriod(id)).toBe(ids[index]))
        },
      ),
    )
  })
})

describe.each(ZONES)("periods in $timeZone", ({ timeZone, instants }) => {
  it.each(PERIOD_KINDS)("every instant falls in exactly one %s whose bounds contain it", (kind) => {
    fc.assert(
      fc.property(instants, (instant) => {
        const id = periodOf(instant, kind, { timeZone })
        const { start, end } = periodBounds(id, { timeZone })
        expect(start <= instant && instant < end).toBe(true)
        // Neighbours end and start exactly at these bounds, so no other period holds the instant.
        expect(periodBounds(previousPeriod(id), { timeZone }).end).toBe(start)
        expect(periodBounds(nextPeriod(id), { timeZone }).start).toBe(end)
      }),
      { numRuns: 200 },
    )
  })

  it.each(PERIOD_KINDS)("a %s's start and last millisecond belong to it", (kind) => {
    fc.assert(
      fc.property(instants, (instant) => {
        const id = periodOf(instant, kind, { timeZone })
        const { start, end } = periodBounds(id, { timeZone })
        expect(periodOf(start, kind, { timeZone })).toBe(id)
        expect(periodOf(end - 1, kind, { timeZone })).toBe(id)
        expect(periodOf(end, kind, { timeZone })).toBe(nextPeriod(id))
      }),
      { numRuns: 200 },
    )
  })
})

describe("period id arithmetic", () => {
  it("ids read back to themselves and next undoes previous", () => {
    fc.assert(
      fc.property(ZONES[0].instants, fc.constantFrom(...PERIOD_KINDS), (instant, kind) => {
        const id = periodOf(instant, kind)
        expect(parsePeriodId(id)?.id).toBe(id)
        expect(periodKindOf(id)).toBe(kind)
        expect(nextPeriod(previousPeriod(id))).toBe(id)
        expect(previousPeriod(nextPeriod(id))).toBe(id)
      }),
    )
  })
})
