import { DEFAULT_SCHOOL_YEARS, issuesFromZod, periodOf } from "@lantoa/core"
import {
  SCHOOL_YEARS,
  SchoolBreakSchema,
  schoolBreakOn,
  schoolWeekOf,
  schoolWeeks,
  schoolYearCalendar,
  schoolYearEventDate,
  schoolYearOf,
  withOverrides,
  type SchoolCalendarOptions,
} from "@lantoa/calendar"
import { describe, expect, it } from "vitest"

const PHU_THO_TET_2026 = { from: "2026-02-11", to: "2026-02-22", reason: "Học sinh nghỉ Tết Nguyên đán Bính Ngọ" }

describe("SCHOOL_YEARS", () => {
  it("is core's table of MOET decisions plus 2026–2027 marked as an estimate", () => {
    expect(SCHOOL_YEARS.slice(0, DEFAULT_SCHOOL_YEARS.length)).toEqual(DEFAULT_SCHOOL_YEARS)
    expect(SCHOOL_YEARS.map((entry) => [entry.id, entry.estimated === true])).toEqual([
      ["2024-2025", false],
      ["2025-2026", false],
      ["2026-2027", true],
    ])
    expect(SCHOOL_YEARS[0]?.source).toContain("2045/QĐ-BGDĐT")
    expect(SCHOOL_YEARS[1]?.source).toContain("2269/QĐ-BGDĐT")
  })

  it("is a valid table for core's periods: 2025–2026 ends at the 2026 opening", () => {
    expect(periodOf("2026-09-04T12:00:00+07:00", "school-year", { schoolYears: SCHOOL_YEARS })).toBe("2025-2026")
    expect(periodOf("2026-09-05T00:00:00+07:00", "school-year", { schoolYears: SCHOOL_YEARS })).toBe("2026-2027")
  })
})

describe("schoolYearCalendar", () => {
  it("gives both semesters with MOET's 'before' deadlines and last days, 18 and 17 weeks", () => {
    const year = schoolYearCalendar("2024-2025")
    expect(year.semesters).toEqual([
      { id: "2024-2025/HK1", semester: 1, start: "2024-09-05", endsBefore: "2025-01-18", lastDay: "2025-01-17", weeks: 18 },
      { id: "2024-2025/HK2", semester: 2, start: "2025-01-20", endsBefore: "2025-05-31", lastDay: "2025-05-30", weeks: 17 },
    ])
    expect(year.estimated).toBe(false)
  })

  it("dates the events deadlines refer to: 'end' events are the day before MOET's 'before' date", () => {
    expect(schoolYearCalendar("2025-2026").events).toEqual({
      "school-year-start": "2025-09-05",
      "semester1-end": "2026-01-17",
      "semester2-start": "2026-01-19",
      "school-year-end": "2026-05-30",
    })
    expect(schoolYearEventDate("2024-2025", "semester1-end")).toBe("2025-01-17")
  })

  it("estimates years beyond the table and says so", () => {
    const year = schoolYearCalendar("2027-2028")
    expect(year.estimated).toBe(true)
    expect(year.start).toBe("2027-09-05")
  })

  it("lists the breaks that fall in the year", () => {
    const options = { breaks: [PHU_THO_TET_2026, { from: "2025-01-25", to: "2025-02-04", reason: "Hà Tĩnh: nghỉ Tết" }] }
    expect(schoolYearCalendar("2025-2026", options).breaks).toEqual([PHU_THO_TET_2026])
    expect(schoolYearCalendar("2024-2025", options).breaks.map((item) => item.reason)).toEqual(["Hà Tĩnh: nghỉ Tết"])
  })

  it("puts the summer in the school year that just ended", () => {
    expect(schoolYearOf("2025-07-15").id).toBe("2024-2025")
    expect(schoolYearOf("2025-09-04").id).toBe("2024-2025")
    expect(schoolYearOf("2025-09-05").id).toBe("2025-2026")
  })

  it("refuses a malformed id or date", () => {
    expect(() => schoolYearCalendar("2024-2026")).toThrow(RangeError)
    expect(() => schoolYearOf("05/09/2025")).toThrow(RangeError)
  })
})

describe("teaching weeks (tuần học)", () => {
  it("week 1 is the Monday–Sunday week that holds the opening day", () => {
    expect(schoolWeeks("2024-2025")[0]).toEqual({
      schoolYear: "2024-2025",
      semester: "2024-2025/HK1",
      week: 1,
      from: "2024-09-02",
      to: "2024-09-08",
    })
    expect(schoolWeekOf("2024-09-05")?.week).toBe(1)
    expect(schoolWeekOf("2024-09-08")?.week).toBe(1)
    expect(schoolWeekOf("2024-09-09")?.week).toBe(2)
  })

  it("no date before the opening day is in a teaching week", () => {
    expect(schoolWeekOf("2024-09-04")).toBeUndefined()
    expect(schoolWeekOf("2024-09-02")).toBeUndefined()
  })

  it("semester II starts at week 19 in the week of its first day; semester I's reserve weeks have no number", () => {
    expect(schoolWeeks("2024-2025")[17]?.from).toBe("2024-12-30")
    expect(schoolWeekOf("2025-01-10")).toBeUndefined()
    expect(schoolWeekOf("2025-01-20")).toEqual({
      schoolYear: "2024-2025",
      semester: "2024-2025/HK2",
      week: 19,
      from: "2025-01-20",
      to: "2025-01-26",
    })
  })

  it("a week off on all five weekdays (Tết) gets no number, and the count goes on after it", () => {
    expect(schoolWeekOf("2025-01-29")).toBeUndefined()
    expect(schoolWeekOf("2025-02-03")?.week).toBe(20)
    expect(schoolWeekOf("2026-02-18")).toBeUndefined() // Tết Bính Ngọ, 16–20/02/2026
    expect(schoolWeekOf("2026-02-13")?.week).toBe(22) // the week before: Mon 09 – Fri 13 has school
  })

  it("a year has 35 teaching weeks, numbered 1 to 35 in order, one per Monday", () => {
    for (const id of ["2024-2025", "2025-2026", "2026-2027"]) {
      const weeks = schoolWeeks(id)
      expect(weeks.map((week) => week.week)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1))
      for (let i = 1; i < weeks.length; i++) expect((weeks[i - 1]?.from ?? "") < (weeks[i]?.from ?? "")).toBe(true)
      expect(weeks.filter((week) => week.semester.endsWith("HK1")).length).toBe(18)
    }
    expect(schoolWeeks("2024-2025")[34]?.to).toBe("2025-05-25")
    expect(schoolWeekOf("2025-05-26")).toBeUndefined() // after week 35
  })

  it("a province's longer Tết break moves every later week (Phú Thọ 2026: 11/02–22/02)", () => {
    const phuTho: SchoolCalendarOptions = { breaks: [PHU_THO_TET_2026] }
    // 09–13/02: Monday and Tuesday still have school, so the week counts.
    expect(schoolWeekOf("2026-02-09", phuTho)?.week).toBe(22)
    expect(schoolWeekOf("2026-02-12", phuTho)?.week).toBe(22)
    expect(schoolWeekOf("2026-02-23", phuTho)?.week).toBe(23)
    // Without the break the same Monday is also week 23: the civil Tết week is skipped either way.
    expect(schoolWeekOf("2026-02-23")?.week).toBe(23)
    const longer: SchoolCalendarOptions = { breaks: [{ from: "2026-02-09", to: "2026-02-22", reason: "Nghỉ Tết dài" }] }
    expect(schoolWeekOf("2026-02-12", longer)).toBeUndefined()
    expect(schoolWeekOf("2026-02-23", longer)?.week).toBe(22)
  })

  it("takes MOET's week counts from options", () => {
    const weeks = schoolWeeks("2024-2025", { weeks: { semester1: 17, semester2: 18 } })
    expect(weeks.length).toBe(35)
    expect(weeks.find((week) => week.week === 18)?.from).toBe("2025-01-20")
    expect(() => schoolWeeks("2024-2025", { weeks: { semester1: 0 } })).toThrow(RangeError)
  })
})

describe("school breaks and provincial overrides", () => {
  it("a break is {from, to, reason}, the shape of a quota exemption, with inclusive dates", () => {
    expect(Object.keys(SchoolBreakSchema.parse(PHU_THO_TET_2026)).sort()).toEqual(["from", "reason", "to"])
    expect(schoolBreakOn("2026-02-11", { breaks: [PHU_THO_TET_2026] })?.reason).toBe(PHU_THO_TET_2026.reason)
    expect(schoolBreakOn("2026-02-22", { breaks: [PHU_THO_TET_2026] })).toBeDefined()
    expect(schoolBreakOn("2026-02-23", { breaks: [PHU_THO_TET_2026] })).toBeUndefined()
  })

  it("a break that runs backwards is refused with a Vietnamese message naming the field", () => {
    const input = { from: "2026-02-22", to: "2026-02-11", reason: "Nghỉ Tết" }
    const result = SchoolBreakSchema.safeParse(input)
    expect(result.success).toBe(false)
    if (!result.success)
      expect(issuesFromZod(result.error, "breaks[0]", input).map((issue) => issue.message)).toEqual([
        "breaks[0].from: ngày bắt đầu nghỉ (from) sau ngày kết thúc (to).",
      ])
  })

  it("withOverrides replaces a year's dates, adds breaks, appends the source and leaves its input alone", () => {
    const base: SchoolCalendarOptions = {}
    const phuTho = withOverrides(base, [
      { schoolYear: "2024-2025", end: "2025-05-25", source: "Kế hoạch 3275 (Phú Thọ)" },
      { schoolYear: "2025-2026", breaks: [PHU_THO_TET_2026] },
    ])
    expect(base).toEqual({})
    expect(SCHOOL_YEARS[0]?.end).toBe("2025-05-31")
    const year = schoolYearCalendar("2024-2025", phuTho)
    expect(year.events["school-year-end"]).toBe("2025-05-24")
    expect(year.source).toBe("QĐ 2045/QĐ-BGDĐT (Bộ GD&ĐT, khung kế hoạch thời gian năm học 2024–2025); Kế hoạch 3275 (Phú Thọ)")
    expect(phuTho.breaks).toEqual([PHU_THO_TET_2026])
  })

  it("withOverrides can set a year missing from the table, which stays estimated unless told otherwise", () => {
    const options = withOverrides({}, [{ schoolYear: "2027-2028", start: "2027-09-06" }])
    expect(schoolYearCalendar("2027-2028", options).start).toBe("2027-09-06")
    expect(schoolYearCalendar("2027-2028", options).estimated).toBe(true)
    const decided = withOverrides({}, [{ schoolYear: "2026-2027", start: "2026-09-05", estimated: false, source: "QĐ …" }])
    expect(schoolYearCalendar("2026-2027", decided).estimated).toBe(false)
  })

  it("withOverrides refuses an inconsistent year", () => {
    expect(() => withOverrides({}, [{ schoolYear: "2024-2025", semester2Start: "2024-09-01" }])).toThrow(RangeError)
    expect(() => withOverrides({}, [{ schoolYear: "2025-2026", breaks: [{ from: "2026-02-22", to: "2026-02-11", reason: "x" }] }])).toThrow(
      RangeError,
    )
  })
})
