import { formatInstant, instantOrThrow, localDateOf, parseInstant, toInstant } from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

describe("parseInstant", () => {
  it("reads an ISO string with an offset as that instant", () => {
    expect(parseInstant("2024-11-12T09:00:00+07:00")).toEqual({ instant: 1731376800000, hasOffset: true })
    expect(parseInstant("2024-11-12T02:00:00Z")).toEqual({ instant: 1731376800000, hasOffset: true })
    expect(parseInstant("2024-11-12T09:00:00+0700")?.instant).toBe(1731376800000)
  })

  it("reads a time without an offset as local time in the policy zone, not the machine's", () => {
    expect(parseInstant("2024-11-12 09:00")).toEqual({ instant: 1731376800000, hasOffset: false })
    expect(parseInstant("2024-11-12T09:00", { timeZone: "UTC" })?.instant).toBe(Date.parse("2024-11-12T09:00:00Z"))
  })

  it("reads a date alone as the start of that local day", () => {
    expect(parseInstant("2024-11-12")?.instant).toBe(Date.parse("2024-11-12T00:00:00+07:00"))
  })

  it("rejects impossible dates and other formats", () => {
    for (const text of ["2024-02-30", "2023-02-29", "12/11/2024", "2024-11-12T25:00", "2024-11-12T24:01", "hôm qua"]) {
      expect(parseInstant(text)).toBeUndefined()
    }
  })

  it("reads 24:00 as the end of the day", () => {
    expect(parseInstant("2024-11-17T24:00:00+07:00")?.instant).toBe(Date.parse("2024-11-18T00:00:00+07:00"))
  })

  it("reads years 0–99 as themselves, not as 1900–1999", () => {
    expect(formatInstant(parseInstant("0050-06-01T00:00:00Z")?.instant ?? Number.NaN, { timeZone: "UTC" })).toBe(
      "0050-06-01T00:00:00.000Z",
    )
    expect(parseInstant("0004-02-29", { timeZone: "UTC" })).toBeDefined()
  })

  it("pushes a local time in a spring-forward gap forward, and takes the earlier of a repeated time", () => {
    expect(formatInstant(parseInstant("2024-03-10T02:30", { timeZone: "America/New_York" })?.instant ?? 0, { timeZone: "America/New_York" })).toBe(
      "2024-03-10T03:30:00.000-04:00",
    )
    expect(formatInstant(parseInstant("2024-11-03T01:30", { timeZone: "America/New_York" })?.instant ?? 0, { timeZone: "America/New_York" })).toBe(
      "2024-11-03T01:30:00.000-04:00",
    )
  })
})

describe("toInstant and instantOrThrow", () => {
  it("accept epoch milliseconds, a Date or an ISO string", () => {
    expect(toInstant(1731376800000)).toBe(1731376800000)
    expect(toInstant(new Date(0))).toBe(0)
    expect(toInstant("2024-11-12T09:00:00+07:00")).toBe(1731376800000)
  })

  it("toInstant gives undefined and instantOrThrow a RangeError for what is not an instant", () => {
    for (const input of [Number.NaN, Number.POSITIVE_INFINITY, new Date("x"), "hôm qua"]) {
      expect(toInstant(input)).toBeUndefined()
      expect(() => instantOrThrow(input)).toThrow(RangeError)
    }
  })
})

describe("formatInstant and localDateOf", () => {
  it("write local time with its offset", () => {
    expect(formatInstant(1731376800000)).toBe("2024-11-12T09:00:00.000+07:00")
    expect(formatInstant(1731376800000, { timeZone: "UTC" })).toBe("2024-11-12T02:00:00.000Z")
    expect(formatInstant(Date.parse("2024-07-01T12:00:00Z"), { timeZone: "Europe/Berlin" })).toBe(
      "2024-07-01T14:00:00.000+02:00",
    )
  })

  it("give the local date in the policy zone: 17:30 UTC on Sunday is Monday in Vietnam", () => {
    expect(localDateOf(Date.parse("2024-11-10T17:30:00Z"))).toBe("2024-11-11")
    expect(localDateOf(Date.parse("2024-11-10T17:30:00Z"), { timeZone: "UTC" })).toBe("2024-11-10")
  })

  it("an unknown zone is a programming error", () => {
    expect(() => formatInstant(0, { timeZone: "Asia/Hanoi_Nowhere" })).toThrow(RangeError)
  })

  it("reading what formatInstant writes gives the same instant back", () => {
    const zones = fc.constantFrom("Asia/Ho_Chi_Minh", "UTC", "Europe/Berlin", "America/New_York")
    const instants = fc.integer({ min: Date.parse("1971-01-01T00:00:00Z"), max: Date.parse("2099-01-01T00:00:00Z") })
    fc.assert(
      fc.property(instants, zones, (instant, timeZone) => {
        expect(parseInstant(formatInstant(instant, { timeZone }))).toEqual({ instant, hasOffset: true })
      }),
    )
  })
})

describe("parseInstant refuses what ISO 8601 does not allow", () => {
  it("an offset needs a time: a date followed by -07 or Z is not an instant", () => {
    expect(parseInstant("2024-11-12-07")).toBeUndefined()
    expect(parseInstant("2024-11-12Z")).toBeUndefined()
  })

  it("no space may stand between the time and its offset", () => {
    expect(parseInstant("2024-11-12T09:00:00 +07:00")).toBeUndefined()
    expect(parseInstant("2024-11-12T09:00:00+07:00")?.instant).toBe(Date.parse("2024-11-12T02:00:00Z"))
  })
})

describe("the wire form is read exactly", () => {
  it("any instant written as ISO 8601 (Z, +07:00, other offsets, with or without milliseconds) reads back to itself", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31) }),
        fc.constantFrom("UTC", "Asia/Ho_Chi_Minh", "Asia/Kolkata", "America/St_Johns"),
        (ms, timeZone) => {
          const text = formatInstant(ms, { timeZone })
          expect(parseInstant(text)).toEqual({ instant: ms, hasOffset: true })
          expect(parseInstant(text.replace(/\.\d{3}/, ""))?.instant).toBe(ms - (((ms % 1000) + 1000) % 1000))
          expect(parseInstant(new Date(ms).toISOString())?.instant).toBe(ms)
        },
      ),
    )
  })

  it("impossible dates and times in the wire form are refused", () => {
    expect(parseInstant("2024-02-30T00:00:00Z")).toBeUndefined()
    expect(parseInstant("2023-02-29T00:00:00+07:00")).toBeUndefined()
    expect(parseInstant("2024-02-29T00:00:00+07:00")?.instant).toBe(Date.parse("2024-02-28T17:00:00Z"))
    expect(parseInstant("2024-11-12T25:00:00+07:00")).toBeUndefined()
    expect(parseInstant("2024-11-12T09:00:60Z")).toBeUndefined()
    expect(parseInstant("2024-11-12T09:00:00+19:00")).toBeUndefined()
  })
})
