import { formatOfficialDate, formatPeriod, formatShortDate, formatWeekday } from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const isNfc = (text: string): boolean => text === text.normalize("NFC")

describe("formatOfficialDate (Decree 30/2020)", () => {
  it("zero-pads a day from 1 to 9 and the months January and February", () => {
    expect(formatOfficialDate("2024-02-05")).toBe("ngày 05 tháng 02 năm 2024")
    expect(formatOfficialDate("2024-01-09")).toBe("ngày 09 tháng 01 năm 2024")
  })

  it("does not zero-pad months from March on", () => {
    expect(formatOfficialDate("2024-03-05")).toBe("ngày 05 tháng 3 năm 2024")
  })

  it("writes two-digit days and months as they are", () => {
    expect(formatOfficialDate("2024-11-15")).toBe("ngày 15 tháng 11 năm 2024")
  })

  it("writes the place first, as a document header does", () => {
    expect(formatOfficialDate("2024-02-05", { place: "Hòa Bình" })).toBe("Hòa Bình, ngày 05 tháng 02 năm 2024")
    expect(formatOfficialDate("2024-02-05", { place: "Hòa Bình".normalize("NFD") })).toBe(
      "Hòa Bình, ngày 05 tháng 02 năm 2024",
    )
  })

  it("prefixes the weekday on request", () => {
    expect(formatOfficialDate("2024-02-05", { weekday: true })).toBe("Thứ Hai, ngày 05 tháng 02 năm 2024")
    expect(formatOfficialDate("2024-02-05", { weekday: true, place: "Hòa Bình" })).toBe(
      "Hòa Bình, Thứ Hai, ngày 05 tháng 02 năm 2024",
    )
  })

  it("writes the local date of an instant in the policy zone", () => {
    const lateEveningUtc = Date.parse("2024-02-04T18:00:00Z")
    expect(formatOfficialDate(lateEveningUtc)).toBe("ngày 05 tháng 02 năm 2024")
    expect(formatOfficialDate(lateEveningUtc, { timeZone: "UTC" })).toBe("ngày 04 tháng 02 năm 2024")
    expect(formatOfficialDate(new Date("2024-11-15T09:00:00+07:00"))).toBe("ngày 15 tháng 11 năm 2024")
  })

  it("an invalid date is a programming error", () => {
    expect(() => formatOfficialDate("2024-02-30")).toThrow(RangeError)
  })

  it("pads exactly days 1–9 and months 1–2, for any date", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-01-01T00:00:00Z"), noInvalidDate: true }), (date) => {
        const text = formatOfficialDate(date, { timeZone: "UTC" })
        const match = /^ngày (\d+) tháng (\d+) năm (\d+)$/.exec(text)
        expect(match).not.toBeNull()
        const [, day = "", month = ""] = match ?? []
        expect(day).toBe(String(date.getUTCDate()).padStart(2, "0"))
        expect(month).toBe(date.getUTCMonth() < 2 ? String(date.getUTCMonth() + 1).padStart(2, "0") : String(date.getUTCMonth() + 1))
      }),
    )
  })
})

describe("formatWeekday", () => {
  it("names all seven days, Monday to Sunday", () => {
    const week = ["2024-11-11", "2024-11-12", "2024-11-13", "2024-11-14", "2024-11-15", "2024-11-16", "2024-11-17"]
    expect(week.map((day) => formatWeekday(day))).toEqual([
      "Thứ Hai",
      "Thứ Ba",
      "Thứ Tư",
      "Thứ Năm",
      "Thứ Sáu",
      "Thứ Bảy",
      "Chủ nhật",
    ])
    expect(week.map((day) => formatWeekday(day)).every(isNfc)).toBe(true)
  })

  it("uses the local weekday: Monday 00:30 in Vietnam is still Sunday in UTC", () => {
    const instant = Date.parse("2024-11-17T17:30:00Z")
    expect(formatWeekday(instant)).toBe("Thứ Hai")
    expect(formatWeekday(instant, { timeZone: "UTC" })).toBe("Chủ nhật")
  })
})

describe("formatShortDate", () => {
  it("writes dd/mm/yyyy, the body-text form", () => {
    expect(formatShortDate("2024-11-05T10:00:00+07:00")).toBe("05/11/2024")
    expect(formatShortDate(Date.parse("2024-11-04T17:30:00Z"))).toBe("05/11/2024")
  })
})

describe("formatPeriod", () => {
  it("names each kind of period in Vietnamese", () => {
    expect(formatPeriod("2024-W46")).toBe("Tuần 46 năm 2024 (11/11/2024 – 17/11/2024)")
    expect(formatPeriod("2024-11")).toBe("Tháng 11/2024")
    expect(formatPeriod("2024-2025/HK1")).toBe("Học kỳ I năm học 2024–2025")
    expect(formatPeriod("2024-2025/HK2")).toBe("Học kỳ II năm học 2024–2025")
    expect(formatPeriod("2024-2025")).toBe("Năm học 2024–2025")
    expect(formatPeriod("2024-11-12")).toBe("Ngày 12/11/2024")
  })

  it("names an ISO week by its week-numbering year and shows its Monday and Sunday", () => {
    expect(formatPeriod("2025-W01")).toBe("Tuần 1 năm 2025 (30/12/2024 – 05/01/2025)")
    expect(formatPeriod("2020-W53")).toBe("Tuần 53 năm 2020 (28/12/2020 – 03/01/2021)")
  })

  it("names periods in English on request", () => {
    expect(formatPeriod("2024-W46", { locale: "en" })).toBe("Week 46 of 2024 (2024-11-11 – 2024-11-17)")
    expect(formatPeriod("2024-11", { locale: "en" })).toBe("November 2024")
    expect(formatPeriod("2024-2025/HK2", { locale: "en" })).toBe("Semester II of school year 2024–2025")
    expect(formatPeriod("2024-2025", { locale: "en" })).toBe("School year 2024–2025")
  })

  it("writes Vietnamese in NFC", () => {
    for (const id of ["2024-W46", "2024-11", "2024-2025/HK1", "2024-2025", "2024-11-12"]) {
      expect(isNfc(formatPeriod(id))).toBe(true)
    }
  })

  it("an invalid id is a programming error", () => {
    expect(() => formatPeriod("2024-W60")).toThrow(RangeError)
  })
})

describe("formatPeriod, short", () => {
  it("names a period compactly enough for a table's column", () => {
    expect(formatPeriod("2024-W46", { short: true })).toBe("Tuần 46/2024")
    expect(formatPeriod("2024-11", { short: true })).toBe("Tháng 11/2024")
    expect(formatPeriod("2024-2025/HK1", { short: true })).toBe("HK1 2024–2025")
    expect(formatPeriod("2024-2025", { short: true })).toBe("Năm học 2024–2025")
    expect(formatPeriod("2024-11-12", { short: true })).toBe("12/11/2024")
  })

  it("in English too", () => {
    expect(formatPeriod("2024-W46", { short: true, locale: "en" })).toBe("Week 46/2024")
    expect(formatPeriod("2024-11", { short: true, locale: "en" })).toBe("2024-11")
    expect(formatPeriod("2024-2025/HK2", { short: true, locale: "en" })).toBe("Sem. 2 2024–2025")
  })
})
