import { dueAt, formatInstant, parseDueDate, parseLocalDate, periodBounds, type DueDateSpec } from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const due = (spec: DueDateSpec, timeZone?: string): string =>
  timeZone === undefined ? formatInstant(dueAt(spec)) : formatInstant(dueAt(spec, { timeZone }), { timeZone })

describe("dueAt", () => {
  it("a date-only due date is due at the end of that local day", () => {
    expect(due({ on: "2024-11-15" })).toBe("2024-11-15T23:59:59.999+07:00")
    expect(due({ on: "2024-11-05" })).toBe("2024-11-05T23:59:59.999+07:00")
  })

  it("'before 16/11' is due at the end of 15/11", () => {
    expect(due({ before: "2024-11-16" })).toBe("2024-11-15T23:59:59.999+07:00")
    expect(dueAt({ before: "2024-11-16" })).toBe(dueAt({ on: "2024-11-15" }))
  })

  it("a month is due at the end of its last day", () => {
    expect(due({ month: "2024-12" })).toBe("2024-12-31T23:59:59.999+07:00")
    expect(due({ month: "2024-11" })).toBe("2024-11-30T23:59:59.999+07:00")
  })

  it("February is due on the 29th in a leap year and the 28th otherwise", () => {
    expect(due({ month: "2024-02" })).toBe("2024-02-29T23:59:59.999+07:00")
    expect(due({ month: "2025-02" })).toBe("2025-02-28T23:59:59.999+07:00")
    expect(due({ before: "2024-03-01" })).toBe("2024-02-29T23:59:59.999+07:00")
  })

  it("a month-end due date is the last millisecond before the next month starts", () => {
    expect(dueAt({ on: "2024-11-30" })).toBe(periodBounds("2024-12").start - 1)
    expect(dueAt({ month: "2024-11" })).toBe(periodBounds("2024-11").end - 1)
  })

  it("is computed in the given zone, also on a day the clocks change", () => {
    expect(due({ on: "2024-11-15" }, "UTC")).toBe("2024-11-15T23:59:59.999Z")
    expect(due({ on: "2024-03-10" }, "America/New_York")).toBe("2024-03-10T23:59:59.999-04:00")
    expect(due({ month: "2024-10" }, "Europe/Berlin")).toBe("2024-10-31T23:59:59.999+01:00")
  })

  it("the due instant is the last millisecond of its local day, for any date", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-01-01T00:00:00Z"), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10)
        const instant = dueAt({ on: day })
        expect(instant).toBe(periodBounds(day).end - 1)
      }),
    )
  })

  it("a malformed spec is a programming error", () => {
    expect(() => dueAt({ on: "15/11/2024" })).toThrow(RangeError)
    expect(() => dueAt({ before: "2024-02-30" })).toThrow(RangeError)
    expect(() => dueAt({ month: "2024-13" })).toThrow(RangeError)
    expect(() => dueAt({} as DueDateSpec)).toThrow(RangeError)
    expect(() => dueAt({ on: "2024-11-15" }, { timeZone: "Nowhere/City" })).toThrow(RangeError)
  })
})

describe("parseDueDate", () => {
  it("reads a dd/mm/yyyy date as due on that day", () => {
    expect(parseDueDate("15/11/2024")).toEqual({ on: "2024-11-15" })
    expect(parseDueDate("05/11/2024")).toEqual({ on: "2024-11-05" })
    expect(parseDueDate("5/11/2024")).toEqual({ on: "2024-11-05" })
  })

  it("reads 'ngày 15 tháng 11 năm 2024' as due on that day", () => {
    expect(parseDueDate("ngày 15 tháng 11 năm 2024")).toEqual({ on: "2024-11-15" })
    expect(parseDueDate("Ngày 15/11/2024")).toEqual({ on: "2024-11-15" })
  })

  it("reads 'trước ngày 16/11/2024' in any case as due before 16/11", () => {
    expect(parseDueDate("trước ngày 16/11/2024")).toEqual({ before: "2024-11-16" })
    expect(parseDueDate("Trước ngày 16/11/2024")).toEqual({ before: "2024-11-16" })
    expect(parseDueDate("TRƯỚC NGÀY 16/11/2024")).toEqual({ before: "2024-11-16" })
    expect(parseDueDate("trước ngày 16 tháng 11 năm 2024")).toEqual({ before: "2024-11-16" })
  })

  it("reads 'Tháng 12/2024' and 'tháng 12 năm 2024' as due within December", () => {
    expect(parseDueDate("Tháng 12/2024")).toEqual({ month: "2024-12" })
    expect(parseDueDate("tháng 12 năm 2024")).toEqual({ month: "2024-12" })
    expect(parseDueDate("Trong tháng 12/2024")).toEqual({ month: "2024-12" })
  })

  it("does not depend on Unicode form, spacing, diacritics or a final full stop", () => {
    expect(parseDueDate("Trước ngày 16/11/2024".normalize("NFD"))).toEqual({ before: "2024-11-16" })
    expect(parseDueDate("  trước\u00a0ngày   16/11/2024. ")).toEqual({ before: "2024-11-16" })
    expect(parseDueDate("Truoc ngay 16/11/2024")).toEqual({ before: "2024-11-16" })
    expect(parseDueDate("thang 12 nam 2024")).toEqual({ month: "2024-12" })
  })

  it("reads a lead-in such as 'chậm nhất' or 'hạn:'", () => {
    expect(parseDueDate("Chậm nhất ngày 15/11/2024")).toEqual({ on: "2024-11-15" })
    expect(parseDueDate("Hạn: 05/11/2024")).toEqual({ on: "2024-11-05" })
  })

  it("gives undefined for wording it cannot read or dates that do not exist", () => {
    for (const text of ["thường xuyên", "hằng tuần", "", "31/11/2024", "tháng 13/2024", "15/11", "sau ngày 15/11/2024"]) {
      expect(parseDueDate(text)).toBeUndefined()
    }
  })

  it("every form read by parseDueDate is due where the plan means", () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ["15/11/2024", "2024-11-15T23:59:59.999+07:00"],
      ["05/11/2024", "2024-11-05T23:59:59.999+07:00"],
      ["trước ngày 16/11/2024", "2024-11-15T23:59:59.999+07:00"],
      ["Trước ngày 16/11/2024", "2024-11-15T23:59:59.999+07:00"],
      ["Tháng 12/2024", "2024-12-31T23:59:59.999+07:00"],
      ["tháng 12 năm 2024", "2024-12-31T23:59:59.999+07:00"],
      ["ngày 15 tháng 11 năm 2024", "2024-11-15T23:59:59.999+07:00"],
      ["tháng 02/2024", "2024-02-29T23:59:59.999+07:00"],
    ]
    for (const [text, expected] of cases) {
      const spec = parseDueDate(text)
      expect(spec, text).toBeDefined()
      if (spec !== undefined) expect(due(spec), text).toBe(expected)
    }
  })
})

describe("parseLocalDate", () => {
  it("reads a day-first date as Vietnamese spreadsheets write it", () => {
    expect(parseLocalDate("15/11/2024")).toBe("2024-11-15")
    expect(parseLocalDate("5/3/2024")).toBe("2024-03-05")
    expect(parseLocalDate("15-11-2024")).toBe("2024-11-15")
    expect(parseLocalDate(" 15.11.2024 ")).toBe("2024-11-15")
  })

  it("reads ISO dates and worded dates, with or without diacritics", () => {
    expect(parseLocalDate("2024-11-15")).toBe("2024-11-15")
    expect(parseLocalDate("ngày 05 tháng 02 năm 2024")).toBe("2024-02-05")
    expect(parseLocalDate("NGAY 05 THANG 02 NAM 2024")).toBe("2024-02-05")
  })

  it("rejects impossible dates, months alone and other text", () => {
    expect(parseLocalDate("30/02/2024")).toBeUndefined()
    expect(parseLocalDate("Tháng 12/2024")).toBeUndefined()
    expect(parseLocalDate("trước ngày 16/11/2024")).toBeUndefined()
    expect(parseLocalDate("hôm qua")).toBeUndefined()
    expect(parseLocalDate("")).toBeUndefined()
  })
})
