import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { addDays, daysBetween, epochDayOf, isLocalDate, isoWeekdayOf, localDateOfEpochDay, localDateParts } from "@lantoa/core"

describe("local dates (YYYY-MM-DD)", () => {
  it("a local date is a real calendar date written YYYY-MM-DD", () => {
    expect(isLocalDate("2024-02-29")).toBe(true)
    expect(isLocalDate("2025-02-29")).toBe(false)
    expect(isLocalDate("2025-7-1")).toBe(false)
    expect(isLocalDate("01/07/2025")).toBe(false)
    expect(isLocalDate(20250701)).toBe(false)
  })

  it("the day after 30/06/2025 is 01/07/2025, the first day without Phòng GD&ĐT", () => {
    expect(addDays("2025-06-30", 1)).toBe("2025-07-01")
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29")
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01")
  })

  it("counts days between two dates", () => {
    expect(daysBetween("2024-11-05", "2024-11-15")).toBe(10)
    expect(daysBetween("2024-11-15", "2024-11-05")).toBe(-10)
  })

  it("epoch days count from 1970-01-01", () => {
    expect(epochDayOf("1970-01-01")).toBe(0)
    expect(epochDayOf("2024-11-12")).toBe(20039)
    expect(localDateOfEpochDay(20039)).toBe("2024-11-12")
  })

  it("weekdays run from 1 = Thứ Hai to 7 = Chủ nhật", () => {
    expect(isoWeekdayOf("2024-11-11")).toBe(1)
    expect(isoWeekdayOf("2024-11-17")).toBe(7)
    expect(localDateParts("2024-11-12")).toEqual({ year: 2024, month: 11, day: 12 })
  })

  it("a value that is not a date is a programming error for arithmetic", () => {
    expect(() => addDays("15/11/2024", 1)).toThrow(RangeError)
    expect(() => localDateOfEpochDay(1.5)).toThrow(RangeError)
  })

  it("epoch days and dates convert both ways, and adding days is additive", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), fc.integer({ min: -5000, max: 5000 }), (day, step) => {
        const date = localDateOfEpochDay(day)
        expect(isLocalDate(date)).toBe(true)
        expect(epochDayOf(date)).toBe(day)
        expect(daysBetween(date, addDays(date, step))).toBe(step)
        expect(addDays(date, step) > date).toBe(step > 0)
      }),
    )
  })
})
