import { isoWeekdayOf } from "@lantoa/core"
import {
  DECIDED_HOLIDAYS,
  HOLIDAY_KINDS,
  holidayOn,
  holidayDaysOff,
  holidaysOf,
  hungKingsDay,
  isHoliday,
  lunarNewYear,
  type DecidedHoliday,
  type Holiday,
} from "@lantoa/calendar"
import { describe, expect, it } from "vitest"

const row = (holiday: Holiday) => ({
  id: holiday.id,
  from: holiday.from,
  to: holiday.to,
  statutory: holiday.statutoryDates,
  workingDays: holiday.workingDays,
  status: holiday.status,
})

describe("the decided schedule of 2025 (reference/vietnam-domain.md §2)", () => {
  const holidays = holidaysOf(2025)

  it("lists Tết Dương lịch, Tết Ất Tỵ, Giỗ Tổ, 30/4–1/5 and Quốc khánh as runs of days off", () => {
    expect(holidays.map(row)).toEqual([
      { id: "2025-new-year", from: "2025-01-01", to: "2025-01-01", statutory: ["2025-01-01"], workingDays: [], status: "statutory" },
      {
        id: "2025-lunar-new-year",
        from: "2025-01-25",
        to: "2025-02-02",
        statutory: ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"],
        workingDays: [],
        status: "decided",
      },
      { id: "2025-hung-kings", from: "2025-04-05", to: "2025-04-07", statutory: ["2025-04-07"], workingDays: [], status: "statutory" },
      {
        id: "2025-reunification-labour",
        from: "2025-04-30",
        to: "2025-05-04",
        statutory: ["2025-04-30", "2025-05-01"],
        workingDays: ["2025-04-26"],
        status: "decided",
      },
      {
        id: "2025-national-day",
        from: "2025-08-30",
        to: "2025-09-02",
        statutory: ["2025-09-01", "2025-09-02"],
        workingDays: [],
        status: "decided",
      },
    ])
  })

  it("the Tết break is 9 days in a row, and cites Công văn 8726/VPCP-KGVX", () => {
    const tet = holidays[1]
    expect(tet?.dates.length).toBe(9)
    expect(tet?.source).toContain("8726/VPCP-KGVX")
    expect(tet?.name).toEqual({ vi: "Tết Âm lịch Ất Tỵ", en: "Lunar New Year (Tết)" })
  })

  it("Friday 02/05/2025 is off (swapped), Saturday 26/04/2025 is worked in exchange", () => {
    expect(isHoliday("2025-05-02")).toBe(true)
    expect(isHoliday("2025-04-26")).toBe(false)
    expect(holidayOn("2025-05-02")?.workingDays).toEqual(["2025-04-26"])
  })
})

describe("the decided schedule of 2026", () => {
  it("lists every run with its swaps: 02/01 ↔ 10/01, Giỗ Tổ made up on 27/04, 31/08 ↔ 22/08", () => {
    expect(holidaysOf(2026).map(row)).toEqual([
      { id: "2026-new-year", from: "2026-01-01", to: "2026-01-04", statutory: ["2026-01-01"], workingDays: ["2026-01-10"], status: "decided" },
      {
        id: "2026-lunar-new-year",
        from: "2026-02-14",
        to: "2026-02-22",
        statutory: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
        workingDays: [],
        status: "decided",
      },
      { id: "2026-hung-kings", from: "2026-04-25", to: "2026-04-27", statutory: ["2026-04-26"], workingDays: [], status: "decided" },
      {
        id: "2026-reunification-labour",
        from: "2026-04-30",
        to: "2026-05-03",
        statutory: ["2026-04-30", "2026-05-01"],
        workingDays: [],
        status: "decided",
      },
      {
        id: "2026-national-day",
        from: "2026-08-29",
        to: "2026-09-02",
        statutory: ["2026-09-01", "2026-09-02"],
        workingDays: ["2026-08-22"],
        status: "decided",
      },
    ])
  })

  it("every make-up working day of the decided tables is a Saturday outside any run of days off", () => {
    for (const entry of DECIDED_HOLIDAYS)
      for (const day of entry.workingDays ?? []) {
        expect(isoWeekdayOf(day)).toBe(6)
        expect(isHoliday(day)).toBe(false)
      }
  })

  it("every decided run holds its statutory days, and Tết's holds mùng 1 of the lunar calendar", () => {
    for (const entry of DECIDED_HOLIDAYS) {
      for (const day of entry.statutoryDates) expect(day >= entry.from && day <= entry.to).toBe(true)
      if (entry.kinds.includes("lunar-new-year")) expect(entry.statutoryDates).toContain(lunarNewYear(entry.year))
      if (entry.kinds.includes("hung-kings")) expect(entry.statutoryDates).toContain(hungKingsDay(entry.year))
    }
  })
})

describe("years without a decision: the Labour Code and estimates", () => {
  it("2027: Tết is estimated as 30 Tết to mùng 4, and its two weekend days are made up on the next working days", () => {
    const tet = holidaysOf(2027).find((holiday) => holiday.kinds.includes("lunar-new-year"))
    expect(tet?.status).toBe("estimated")
    expect(tet?.statutoryDates).toEqual(["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"])
    // Sat 06/02 and Sun 07/02 are statutory days on weekly rest days: made up on Wed 10 and Thu 11.
    expect([tet?.from, tet?.to]).toEqual(["2027-02-05", "2027-02-11"])
  })

  it("a holiday on a weekly rest day is made up on the next working day: 30/4 and 1/5/2022 fell on Saturday and Sunday", () => {
    const run = holidaysOf(2022).find((holiday) => holiday.kinds.includes("labour"))
    expect(run?.status).toBe("statutory")
    expect([run?.from, run?.to]).toEqual(["2022-04-30", "2022-05-03"])
    expect(isHoliday("2022-05-03")).toBe(true)
    expect(isHoliday("2022-05-04")).toBe(false)
  })

  it("estimates the Quốc khánh adjacent day as 03/9 when 02/9 is a Monday, Thursday or Sunday, else 01/9", () => {
    const adjacent = (year: number) =>
      holidaysOf(year)
        .find((holiday) => holiday.kinds.includes("national-day"))
        ?.statutoryDates.find((day) => !day.endsWith("09-02"))
    expect(adjacent(2021)).toBe("2021-09-03") // Thursday
    expect(adjacent(2022)).toBe("2022-09-01") // Friday
    expect(adjacent(2023)).toBe("2023-09-01") // Saturday
    expect(adjacent(2024)).toBe("2024-09-03") // Monday
    expect(adjacent(2027)).toBe("2027-09-03") // Thursday
    expect(adjacent(2029)).toBe("2029-09-03") // Sunday
  })

  it("before 2021 (Labour Code 2012) Quốc khánh is one day, and it is statutory, not estimated", () => {
    const day = holidaysOf(2019).find((holiday) => holiday.kinds.includes("national-day"))
    expect(day?.statutoryDates).toEqual(["2019-09-02"])
    expect(day?.status).toBe("statutory")
    expect(day?.source).toContain("2012")
  })

  it("a 01/01 on a Monday starts its run on the Saturday before, in the previous year", () => {
    const newYear = holidaysOf(2024)[0]
    expect([newYear?.id, newYear?.from, newYear?.to]).toEqual(["2024-new-year", "2023-12-30", "2024-01-01"])
    expect(holidayOn("2023-12-30")?.id).toBe("2024-new-year")
  })

  it("every year from 2013 to 2198 has the six holidays of the Code, each once, in date order", () => {
    for (let year = 2013; year <= 2198; year++) {
      const holidays = holidaysOf(year)
      expect([...holidays.flatMap((holiday) => holiday.kinds)].sort()).toEqual([...HOLIDAY_KINDS].sort())
      for (let i = 1; i < holidays.length; i++) expect((holidays[i - 1]?.to ?? "") < (holidays[i]?.from ?? "")).toBe(true)
    }
  })
})

describe("decided schedules as options", () => {
  it("an added decision replaces lantoa's estimate for its kinds in its year only", () => {
    const tet2027: DecidedHoliday = {
      year: 2027,
      kinds: ["lunar-new-year"],
      from: "2027-02-04",
      to: "2027-02-11",
      statutoryDates: ["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"],
      source: "ví dụ",
    }
    const decided = [...DECIDED_HOLIDAYS, tet2027]
    const holidays = holidaysOf(2027, { decided })
    expect(holidays.find((holiday) => holiday.kinds.includes("lunar-new-year"))?.from).toBe("2027-02-04")
    expect(holidays.find((holiday) => holiday.kinds.includes("lunar-new-year"))?.status).toBe("decided")
    expect(holidays.find((holiday) => holiday.kinds.includes("national-day"))?.status).toBe("estimated")
    expect(holidaysOf(2026, { decided })).toEqual(holidaysOf(2026))
  })

  it("without decided schedules, 2025 falls back to the Code and estimates", () => {
    const tet = holidaysOf(2025, { decided: [] })[1]
    expect([tet?.from, tet?.to, tet?.status]).toEqual(["2025-01-28", "2025-02-03", "estimated"])
    expect(isHoliday("2025-05-02", { decided: [] })).toBe(false)
  })

  it("refuses years the rules are not modelled for, and decided entries that run backwards", () => {
    expect(() => holidaysOf(2012)).toThrow(RangeError)
    expect(() => holidaysOf(2199)).toThrow(RangeError)
    expect(() => isHoliday("15/11/2024")).toThrow(RangeError)
    const backwards: DecidedHoliday = { year: 2030, kinds: ["new-year"], from: "2030-01-02", to: "2030-01-01", statutoryDates: [], source: "x" }
    expect(() => holidaysOf(2030, { decided: [backwards] })).toThrow(RangeError)
  })
})

describe("names", () => {
  it("names holidays in Vietnamese with diacritics in NFC, and in English", () => {
    const names = holidaysOf(2026).map((holiday) => holiday.name)
    expect(names.map((name) => name.vi)).toEqual([
      "Tết Dương lịch",
      "Tết Âm lịch Bính Ngọ",
      "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
      "Ngày Chiến thắng (30/4) và Ngày Quốc tế Lao động (1/5)",
      "Quốc khánh (2/9)",
    ])
    for (const name of names) expect(name.vi).toBe(name.vi.normalize("NFC"))
    expect(names[3]?.en).toBe("Reunification Day (30 April) and International Labour Day (1 May)")
  })
})

describe("holidayDaysOff: what a quota exemption { holiday } stands for", () => {
  it("gives each year's run of days off of the kind that touches the range, named in Vietnamese", () => {
    expect(holidayDaysOff("lunar-new-year", "2024-09-05", "2026-09-04")).toEqual([
      { from: "2025-01-25", to: "2025-02-02", reason: "Tết Âm lịch Ất Tỵ" },
      { from: "2026-02-14", to: "2026-02-22", reason: "Tết Âm lịch Bính Ngọ" },
    ])
    // A run that only touches the range counts; one wholly outside does not.
    expect(holidayDaysOff("lunar-new-year", "2025-02-02", "2025-12-31").map((run) => run.from)).toEqual(["2025-01-25"])
    expect(holidayDaysOff("hung-kings", "2026-04-01", "2026-04-30").map((run) => [run.from, run.to])).toEqual([["2026-04-25", "2026-04-27"]])
  })
})
