import { addDays, isoWeekdayOf, localDateOfEpochDay } from "@lantoa/core"
import { addWorkingDays, isWorkingDay, workingDaysBetween, type WorkingDayOptions } from "@lantoa/calendar"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const date = fc
  .integer({ min: Date.parse("2014-01-01T00:00:00Z") / 86_400_000, max: Date.parse("2040-12-31T00:00:00Z") / 86_400_000 })
  .map(localDateOfEpochDay)

describe("isWorkingDay", () => {
  it("Monday to Friday are working days, Saturday and Sunday are not", () => {
    expect(["2024-11-11", "2024-11-12", "2024-11-13", "2024-11-14", "2024-11-15"].map((day) => isWorkingDay(day))).toEqual([
      true, true, true, true, true,
    ])
    expect(isWorkingDay("2024-11-16")).toBe(false)
    expect(isWorkingDay("2024-11-17")).toBe(false)
  })

  it("a swapped weekday is off and the Saturday worked in exchange is a working day (2025, 2026)", () => {
    expect(isWorkingDay("2025-05-02")).toBe(false)
    expect(isWorkingDay("2025-04-26")).toBe(true)
    expect(isWorkingDay("2026-01-02")).toBe(false)
    expect(isWorkingDay("2026-01-10")).toBe(true)
    expect(isWorkingDay("2026-08-31")).toBe(false)
    expect(isWorkingDay("2026-08-22")).toBe(true)
  })

  it("Giỗ Tổ 2026 on a Sunday is made up on Monday 27/04", () => {
    expect(isWorkingDay("2026-04-27")).toBe(false)
    expect(isWorkingDay("2026-04-28")).toBe(true)
  })

  it("2025 and 2026 each have 250 working days: 261 weekdays, minus the weekdays off, plus the Saturdays worked", () => {
    // 2025: 12 weekdays off (01/01, 27–31/01, 07/04, 30/04–02/05, 01–02/09), 1 Saturday worked (26/04).
    expect(workingDaysBetween("2024-12-31", "2025-12-31")).toBe(250)
    // 2026: 13 weekdays off (01–02/01, 16–20/02, 27/04, 30/04–01/05, 31/08–02/09), 2 Saturdays worked (10/01, 22/08).
    expect(workingDaysBetween("2025-12-31", "2026-12-31")).toBe(250)
  })

  it("extra days off (a school's Tết break) win, even over a make-up Saturday", () => {
    const options: WorkingDayOptions = { daysOff: [{ from: "2026-02-11", to: "2026-02-13" }, { from: "2026-01-10", to: "2026-01-10" }] }
    expect(isWorkingDay("2026-02-12")).toBe(true)
    expect(isWorkingDay("2026-02-12", options)).toBe(false)
    expect(isWorkingDay("2026-01-10", options)).toBe(false)
    expect(() => isWorkingDay("2026-02-12", { daysOff: [{ from: "2026-02-13", to: "2026-02-11" }] })).toThrow(RangeError)
  })

  it("refuses what is not a date, and years outside the holiday rules", () => {
    expect(() => isWorkingDay("15/11/2024")).toThrow(RangeError)
    expect(() => isWorkingDay("2012-06-01")).toThrow(RangeError)
  })
})

describe("addWorkingDays", () => {
  it("does not count the start day: +1 from a Friday is the Monday after", () => {
    expect(addWorkingDays("2024-11-15", 1)).toBe("2024-11-18")
    expect(addWorkingDays("2024-11-16", 1)).toBe("2024-11-18")
    expect(addWorkingDays("2024-11-15", 0)).toBe("2024-11-15")
    expect(addWorkingDays("2024-11-16", 0)).toBe("2024-11-16")
  })

  it("steps over the Tết break in both directions", () => {
    expect(addWorkingDays("2025-01-24", 1)).toBe("2025-02-03")
    expect(addWorkingDays("2025-02-03", -1)).toBe("2025-01-24")
    expect(addWorkingDays("2026-02-13", 1)).toBe("2026-02-23")
  })

  it("counts a make-up Saturday", () => {
    expect(addWorkingDays("2025-04-25", 1)).toBe("2025-04-26")
    expect(addWorkingDays("2025-04-29", -1)).toBe("2025-04-28")
  })

  it("n working days later is always a working day (n ≠ 0)", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0), (day, n) => {
        expect(isWorkingDay(addWorkingDays(day, n))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it("going n working days forward then back returns to a working day", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }), (day, n) => {
        const start = isWorkingDay(day) ? day : addWorkingDays(day, 1)
        expect(addWorkingDays(addWorkingDays(start, n), -n)).toBe(start)
      }),
      { numRuns: 300 },
    )
  })

  it("refuses a fractional n", () => {
    expect(() => addWorkingDays("2024-11-15", 1.5)).toThrow(RangeError)
  })
})

describe("workingDaysBetween", () => {
  it("counts the arrival day and not the departure day", () => {
    expect(workingDaysBetween("2024-11-11", "2024-11-15")).toBe(4)
    expect(workingDaysBetween("2024-11-15", "2024-11-11")).toBe(-4)
    expect(workingDaysBetween("2024-11-15", "2024-11-15")).toBe(0)
    expect(workingDaysBetween("2024-11-15", "2024-11-17")).toBe(0)
    expect(workingDaysBetween("2025-01-24", "2025-02-03")).toBe(1)
  })

  it("is the inverse of addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) = n", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), (day, n) => {
        expect(workingDaysBetween(day, addWorkingDays(day, n))).toBe(n)
      }),
      { numRuns: 300 },
    )
  })

  it("adds up over consecutive ranges; reversed, it counts the other end instead", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), (day, a, b) => {
        const middle = addDays(day, a)
        const end = addDays(middle, b)
        expect(workingDaysBetween(day, end)).toBe(workingDaysBetween(day, middle) + workingDaysBetween(middle, end))
        expect(workingDaysBetween(end, day) + workingDaysBetween(day, end)).toBe(Number(isWorkingDay(end)) - Number(isWorkingDay(day)))
      }),
      { numRuns: 200 },
    )
  })

  it("never counts more working days than weekdays plus Saturdays", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (day, length) => {
        let weekdays = 0
        for (let i = 1; i <= length; i++) if (isoWeekdayOf(addDays(day, i)) <= 6) weekdays++
        expect(workingDaysBetween(day, addDays(day, length))).toBeLessThanOrEqual(weekdays)
      }),
      { numRuns: 100 },
    )
  })
})
