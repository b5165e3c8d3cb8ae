import { addDays, isoWeekdayOf, localDateOfEpochDay } from "@lantoa/core"
import {
  formatLunarDate,
  hungKingsDay,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  lunarYearName,
  solarToLunar,
  type LunarDate,
} from "@lantoa/calendar"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { findLunarMonth, lunarCycle } from "../src/internal/lunar.js"

// reference/vietnam-domain.md §2: Tết and Giỗ Tổ 2024–2032, Hồ Ngọc Đức's
// algorithm at UTC+7, cross-checked there against three libraries.
const REFERENCE = [
  { year: 2024, name: "Giáp Thìn", tet: "2024-02-10", tetWeekday: 6, gioTo: "2024-04-18", gioToWeekday: 4 },
  { year: 2025, name: "Ất Tỵ", tet: "2025-01-29", tetWeekday: 3, gioTo: "2025-04-07", gioToWeekday: 1 },
  { year: 2026, name: "Bính Ngọ", tet: "2026-02-17", tetWeekday: 2, gioTo: "2026-04-26", gioToWeekday: 7 },
  { year: 2027, name: "Đinh Mùi", tet: "2027-02-06", tetWeekday: 6, gioTo: "2027-04-16", gioToWeekday: 5 },
  { year: 2028, name: "Mậu Thân", tet: "2028-01-26", tetWeekday: 3, gioTo: "2028-04-04", gioToWeekday: 2 },
  { year: 2029, name: "Kỷ Dậu", tet: "2029-02-13", tetWeekday: 2, gioTo: "2029-04-23", gioToWeekday: 1 },
  { year: 2030, name: "Canh Tuất", tet: "2030-02-02", tetWeekday: 6, gioTo: "2030-04-12", gioToWeekday: 5 },
  { year: 2031, name: "Tân Hợi", tet: "2031-01-23", tetWeekday: 4, gioTo: "2031-04-01", gioToWeekday: 2 },
  { year: 2032, name: "Nhâm Tý", tet: "2032-02-11", tetWeekday: 3, gioTo: "2032-04-19", gioToWeekday: 1 },
] as const

const date = (from: string, to: string) =>
  fc.integer({ min: Date.parse(`${from}T00:00:00Z`) / 86_400_000, max: Date.parse(`${to}T00:00:00Z`) / 86_400_000 }).map(localDateOfEpochDay)

describe("Tết and Giỗ Tổ Hùng Vương", () => {
  it.each(REFERENCE)("$year: Tết and Giỗ Tổ fall on the reference table's dates and weekdays", (row) => {
    expect(lunarNewYear(row.year)).toBe(row.tet)
    expect(isoWeekdayOf(row.tet)).toBe(row.tetWeekday)
    expect(hungKingsDay(row.year)).toBe(row.gioTo)
    expect(isoWeekdayOf(row.gioTo)).toBe(row.gioToWeekday)
    expect(lunarYearName(row.year)).toBe(row.name)
  })

  it("Tết 2030 is 02/02/2030 at UTC+7, while the same rules at UTC+8 (Chinese calendars) give 03/02/2030", () => {
    expect(lunarNewYear(2030)).toBe("2030-02-02")
    const chinese = findLunarMonth(2030, 1, false, 8)
    expect(chinese === undefined ? undefined : localDateOfEpochDay(chinese.start)).toBe("2030-02-03")
    expect(solarToLunar("2030-02-02")).toEqual({ year: 2030, month: 1, day: 1, leap: false })
    expect(solarToLunar("2030-02-01")).toEqual({ year: 2029, month: 12, day: 29, leap: false })
  })

  it("keeps Vietnam's own Tết in years it differed from China's: 21/01/1985 and 17/02/2007", () => {
    expect(lunarNewYear(1985)).toBe("1985-01-21")
    expect(lunarNewYear(2007)).toBe("2007-02-17")
  })

  it("Giỗ Tổ is the 10th day of the 3rd lunar month, and its lunar date reads back", () => {
    for (const row of REFERENCE) expect(solarToLunar(row.gioTo)).toEqual({ year: row.year, month: 3, day: 10, leap: false })
  })
})

describe("leap months (tháng nhuận)", () => {
  it("puts the leap month where Vietnamese calendars do: 4 in 2020, 2 in 2023, 6 in 2025, none in 2024 and 2026", () => {
    expect(leapMonthOf(2020)).toBe(4)
    expect(leapMonthOf(2023)).toBe(2)
    expect(leapMonthOf(2025)).toBe(6)
    expect(leapMonthOf(2024)).toBeUndefined()
    expect(leapMonthOf(2026)).toBeUndefined()
  })

  it("numbers a leap month like the month before it: tháng 6 nhuận Ất Tỵ runs from 25/07 to 22/08/2025", () => {
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe("2025-07-25")
    expect(solarToLunar("2025-07-24")).toEqual({ year: 2025, month: 6, day: 30, leap: false })
    expect(solarToLunar("2025-08-22")).toEqual({ year: 2025, month: 6, day: 29, leap: true })
    expect(solarToLunar("2025-08-23")).toEqual({ year: 2025, month: 7, day: 1, leap: false })
  })

  it("returns undefined for a leap month the year does not have, or day 30 of a 29-day month", () => {
    expect(lunarToSolar({ year: 2024, month: 6, day: 1, leap: true })).toBeUndefined()
    const short = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((month) => lunarToSolar({ year: 2024, month, day: 30 }) === undefined)
    expect(short).toBeDefined()
    expect(lunarToSolar({ year: 2024, month: short ?? 1, day: 29 })).toBeDefined()
  })

  it("a year between two months 11 has 12 months, or 13 with exactly one leap month", () => {
    for (let year = 1900; year <= 2100; year++) {
      const months = lunarCycle(year).months
      const leaps = months.filter((month) => month.leap).length
      expect(months.length === 12 ? leaps : months.length === 13 ? leaps - 1 : NaN).toBe(0)
    }
  })
})

describe("solar ↔ lunar conversion", () => {
  it("the 12th lunar month belongs to the year that is ending: 28/01/2025 is 29 tháng Chạp Giáp Thìn", () => {
    expect(solarToLunar("2025-01-28")).toEqual({ year: 2024, month: 12, day: 29, leap: false })
    expect(lunarToSolar({ year: 2024, month: 12, day: 29 })).toBe("2025-01-28")
  })

  it("round-trips every date from 1900 to 2100: lunarToSolar(solarToLunar(d)) = d", () => {
    fc.assert(
      fc.property(date("1900-01-01", "2100-12-31"), (day) => {
        expect(lunarToSolar(solarToLunar(day))).toBe(day)
      }),
      { numRuns: 2000 },
    )
  })

  it("round-trips every lunar date that exists from 1900 to 2099: solarToLunar(lunarToSolar(l)) = l", () => {
    const lunar = fc.record({
      year: fc.integer({ min: 1900, max: 2099 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 30 }),
      leap: fc.boolean(),
    })
    fc.assert(
      fc.property(lunar, (input: LunarDate) => {
        const solar = lunarToSolar(input)
        if (solar !== undefined) expect(solarToLunar(solar)).toEqual(input)
      }),
      { numRuns: 2000 },
    )
  })

  it("the next day is the next lunar day, or day 1 of the next month after day 29 or 30", () => {
    fc.assert(
      fc.property(date("1900-01-01", "2100-12-30"), (day) => {
        const today = solarToLunar(day)
        const tomorrow = solarToLunar(addDays(day, 1))
        if (tomorrow.day === 1) expect([29, 30]).toContain(today.day)
        else expect(tomorrow).toEqual({ ...today, day: today.day + 1 })
      }),
      { numRuns: 1000 },
    )
  })

  it("every lunar month from 1900 to 2100 has 29 or 30 days", () => {
    for (let year = 1900; year <= 2100; year++)
      for (const month of lunarCycle(year).months) expect([29, 30]).toContain(month.length)
  })

  it("does not depend on the machine's time zone (tests run in America/Los_Angeles)", () => {
    expect(process.env.TZ).toBe("America/Los_Angeles")
    expect(solarToLunar("2030-02-02").day).toBe(1)
  })

  it("refuses what is not a date or falls outside 1800–2199", () => {
    expect(() => solarToLunar("02/02/2030")).toThrow(RangeError)
    expect(() => solarToLunar("2200-01-01")).toThrow(RangeError)
    expect(() => lunarToSolar({ year: 2025, month: 13, day: 1 })).toThrow(RangeError)
    expect(() => lunarToSolar({ year: 2025, month: 1, day: 31 })).toThrow(RangeError)
    expect(() => lunarNewYear(1799)).toThrow(RangeError)
    expect(() => lunarNewYear(2025.5)).toThrow(RangeError)
  })
})

describe("lunar names and text", () => {
  it("names years by Can Chi, repeating every 60 years from Giáp Tý 1984", () => {
    expect(lunarYearName(1984)).toBe("Giáp Tý")
    expect(lunarYearName(2043)).toBe("Quý Hợi")
    expect(lunarYearName(2044)).toBe("Giáp Tý")
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), (year) => {
        expect(lunarYearName(year + 60)).toBe(lunarYearName(year))
      }),
    )
  })

  it("writes a lunar date as Vietnamese text does, with 'nhuận' for a leap month", () => {
    expect(formatLunarDate(solarToLunar("2025-04-07"))).toBe("ngày 10 tháng 3 âm lịch")
    expect(formatLunarDate(solarToLunar("2025-08-01"))).toBe("ngày 8 tháng 6 nhuận âm lịch")
    expect(formatLunarDate(solarToLunar("2030-02-02"), { withYear: true })).toBe("ngày 1 tháng 1 năm Canh Tuất")
    expect(formatLunarDate({ year: 2025, month: 6, day: 8, leap: true }, { locale: "en" })).toBe("day 8 of leap lunar month 6, 2025")
    expect(formatLunarDate(solarToLunar("2025-04-07")).normalize("NFC")).toBe(formatLunarDate(solarToLunar("2025-04-07")))
  })
})
