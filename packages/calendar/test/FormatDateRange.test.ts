import { formatDateRange } from "@lantoa/calendar"
import { describe, expect, it } from "vitest"

describe("formatDateRange", () => {
  it("writes two dates as dd/mm/yyyy joined by a spaced en dash, as core writes a week", () => {
    expect(formatDateRange("2024-11-11", "2024-11-17")).toBe("11/11/2024 – 17/11/2024")
  })

  it("writes one date when both fall on the same local day", () => {
    expect(formatDateRange("2024-11-15", "2024-11-15T23:59:59.999+07:00")).toBe("15/11/2024")
  })

  it("compacts what the dates share, on request", () => {
    expect(formatDateRange("2024-11-11", "2024-11-17", { compact: true })).toBe("11–17/11/2024")
    expect(formatDateRange("2024-11-28", "2024-12-03", { compact: true })).toBe("28/11 – 03/12/2024")
    expect(formatDateRange("2024-12-30", "2025-01-05", { compact: true })).toBe("30/12/2024 – 05/01/2025")
  })

  it("reads instants in the policy's zone, not the machine's", () => {
    // 17:30 UTC on 10/11 is 00:30 on 11/11 in Hà Nội.
    expect(formatDateRange(Date.parse("2024-11-10T17:30:00Z"), Date.parse("2024-11-17T16:59:59Z"))).toBe("11/11/2024 – 17/11/2024")
    expect(formatDateRange(Date.parse("2024-11-10T17:30:00Z"), Date.parse("2024-11-17T16:59:59Z"), { timeZone: "UTC" })).toBe(
      "10/11/2024 – 17/11/2024",
    )
  })

  it("writes ISO dates in English; the third argument may be just the locale", () => {
    expect(formatDateRange("2024-11-11", "2024-11-17", "en")).toBe("2024-11-11 – 2024-11-17")
    expect(formatDateRange("2024-11-11", "2024-11-17", { locale: "en", compact: true })).toBe("2024-11-11 – 2024-11-17")
  })

  it("refuses what is not an instant", () => {
    expect(() => formatDateRange("11/11/2024", "17/11/2024")).toThrow(RangeError)
  })
})
