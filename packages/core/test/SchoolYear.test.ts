import {
  DEFAULT_SCHOOL_YEARS,
  formatInstant,
  periodBounds,
  periodOf,
  schoolYearFrame,
  type SchoolYearEntry,
} from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const at = (iso: string): number => Date.parse(iso)

describe("the default table (MOET frames)", () => {
  it("2024–2025 opens 05/09/2024, semester II starts Monday 20/01/2025 (QĐ 2045/QĐ-BGDĐT)", () => {
    expect(schoolYearFrame("2024-2025")).toMatchObject({
      start: "2024-09-05",
      semester1End: "2025-01-18",
      semester2Start: "2025-01-20",
      end: "2025-05-31",
      nextStart: "2025-09-05",
      estimated: false,
    })
    expect(schoolYearFrame("2024-2025").source).toContain("2045/QĐ-BGDĐT")
  })

  it("2025–2026 opens 05/09/2025, semester II starts Monday 19/01/2026 (QĐ 2269/QĐ-BGDĐT)", () => {
    expect(schoolYearFrame("2025-2026")).toMatchObject({
      start: "2025-09-05",
      semester1End: "2026-01-18",
      semester2Start: "2026-01-19",
      end: "2026-05-31",
      estimated: false,
    })
    expect(schoolYearFrame("2025-2026").source).toContain("2269/QĐ-BGDĐT")
  })

  it("lists the published years only", () => {
    expect(DEFAULT_SCHOOL_YEARS.map((entry) => entry.id)).toEqual(["2024-2025", "2025-2026"])
  })

  it("the last day of semester I and the first day of semester II are split at local midnight", () => {
    expect(periodOf("2025-01-19T23:59:59.999+07:00", "semester")).toBe("2024-2025/HK1")
    expect(periodOf("2025-01-20T00:00:00+07:00", "semester")).toBe("2024-2025/HK2")
  })
})

describe("estimated years", () => {
  it("a year outside the table opens 05/09 and is marked estimated", () => {
    expect(schoolYearFrame("2026-2027")).toMatchObject({
      id: "2026-2027",
      start: "2026-09-05",
      end: "2027-05-31",
      nextStart: "2027-09-05",
      estimated: true,
    })
  })

  it("estimated semester II starts on the first Monday on or after 18/01", () => {
    // 18/01/2027 is a Monday; 18/01/2028 a Tuesday; 18/01/2024 a Thursday.
    expect(schoolYearFrame("2026-2027").semester2Start).toBe("2027-01-18")
    expect(schoolYearFrame("2027-2028").semester2Start).toBe("2028-01-24")
    expect(schoolYearFrame("2023-2024").semester2Start).toBe("2024-01-22")
  })

  it("the same rules give the published 2024–2025 and 2025–2026 dates", () => {
    for (const entry of DEFAULT_SCHOOL_YEARS) {
      const estimated = schoolYearFrame(entry.id, { schoolYears: [] })
      expect(estimated).toMatchObject({ start: entry.start, semester2Start: entry.semester2Start, end: entry.end })
      expect(estimated.estimated).toBe(true)
    }
  })

  it("the year before the table ends where the table's first year starts", () => {
    expect(schoolYearFrame("2023-2024").nextStart).toBe(schoolYearFrame("2024-2025").start)
  })
})

describe("a caller's table", () => {
  const plan: ReadonlyArray<SchoolYearEntry> = [
    {
      id: "2024-2025",
      start: "2024-09-05",
      semester2Start: "2025-01-13",
      end: "2025-05-25",
      source: "Kế hoạch thời gian năm học của tỉnh (ví dụ)",
    },
    { id: "2025-2026", start: "2025-09-03", semester2Start: "2026-01-19", end: "2026-05-31" },
  ]

  it("sets the semester and school-year bounds", () => {
    const { start, end } = periodBounds("2024-2025/HK2", { schoolYears: plan })
    expect(formatInstant(start)).toBe("2025-01-13T00:00:00.000+07:00")
    expect(formatInstant(end)).toBe("2025-09-03T00:00:00.000+07:00")
    expect(periodOf("2025-09-04T08:00:00+07:00", "school-year", { schoolYears: plan })).toBe("2025-2026")
    expect(periodOf("2025-09-04T08:00:00+07:00", "school-year")).toBe("2024-2025")
  })

  it("replaces the default table: years it does not list are estimated", () => {
    expect(schoolYearFrame("2025-2026", { schoolYears: plan.slice(0, 1) }).estimated).toBe(true)
    expect(schoolYearFrame("2024-2025", { schoolYears: plan }).estimated).toBe(false)
  })

  it("may mark its own entries as estimated", () => {
    const table = [{ id: "2026-2027", start: "2026-09-05", semester2Start: "2027-01-18", end: "2027-05-31", estimated: true }]
    expect(schoolYearFrame("2026-2027", { schoolYears: table }).estimated).toBe(true)
  })

  it("an inconsistent table is a programming error", () => {
    const bad = (entry: SchoolYearEntry) => () => periodOf(0, "semester", { schoolYears: [entry] })
    const good = { id: "2024-2025", start: "2024-09-05", semester2Start: "2025-01-20", end: "2025-05-31" }
    expect(bad({ ...good, id: "2024-2026" })).toThrow(RangeError)
    expect(bad({ ...good, start: "2024-09-31" })).toThrow(RangeError)
    expect(bad({ ...good, start: "2025-01-05" })).toThrow(/outside 2024/)
    expect(bad({ ...good, semester2Start: "2024-09-01" })).toThrow(RangeError)
    expect(bad({ ...good, end: "2025-09-10" })).toThrow(/next year's start/)
    expect(bad({ ...good, semester1End: "2025-02-01" })).toThrow(RangeError)
    expect(() => periodOf(0, "semester", { schoolYears: [good, good] })).toThrow(/twice/)
  })

  it("a school-year id is required", () => {
    expect(() => schoolYearFrame("2024-2025/HK1")).toThrow(RangeError)
    expect(() => schoolYearFrame("2024")).toThrow(RangeError)
  })
})

describe("semesters and school years tile time", () => {
  const instants = fc.integer({ min: at("1990-01-01T00:00:00Z"), max: at("2060-01-01T00:00:00Z") })

  it("every instant has exactly one semester, inside its one school year", () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const semester = periodOf(instant, "semester")
        const year = periodOf(instant, "school-year")
        expect(semester.startsWith(`${year}/HK`)).toBe(true)
        const yearBounds = periodBounds(year)
        const semesterBounds = periodBounds(semester)
        expect(yearBounds.start <= semesterBounds.start && semesterBounds.end <= yearBounds.end).toBe(true)
      }),
    )
  })

  it("HK1 and HK2 together make up the school year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2060 }), (year) => {
        const id = `${year}-${year + 1}`
        const hk1 = periodBounds(`${id}/HK1`)
        const hk2 = periodBounds(`${id}/HK2`)
        expect({ start: hk1.start, end: hk2.end }).toEqual(periodBounds(id))
        expect(hk1.end).toBe(hk2.start)
      }),
    )
  })
})
