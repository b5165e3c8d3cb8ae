import { toInternationalPhone } from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { maskZaloPhone, redactPhones } from "../src/index.js"

describe("phone numbers in logs", () => {
  it("masks a number as 84 and its last three digits", () => {
    expect(maskZaloPhone("0301234567")).toBe("84******567")
    expect(maskZaloPhone("84301234567")).toBe("84******567")
    expect(maskZaloPhone("02183123456")).toBe("84*******456")
    expect(maskZaloPhone("cô Hoa")).toBe("**********")
  })

  it("redacts every spelling of a number, and leaves Zalo's 18–19-digit ids alone", () => {
    expect(redactPhones("tới 84301234567, 0301234567, +84 301 234 567, 030.123.4567")).toBe(
      "tới 84******567, 84******567, 84******567, 84******567",
    )
    expect(redactPhones("user 2468458835296197922, msg 96d3cdf3af150460909")).toBe("user 2468458835296197922, msg 96d3cdf3af150460909")
  })

  it("no mobile number survives redaction, whatever surrounds it", () => {
    const mobile = fc
      .tuple(fc.constantFrom("3", "5", "7", "8", "9"), fc.stringMatching(/^\d{9}$/))
      .map(([carrier, rest]) => `0${carrier}${rest.slice(0, 8)}`)
    fc.assert(
      fc.property(fc.string(), mobile, fc.constantFrom("national", "international"), fc.string(), (before, phone, form, after) => {
        const written = form === "national" ? phone : (toInternationalPhone(phone) as string)
        const text = `${before} ${written} ${after}`
        expect(redactPhones(text)).not.toContain(written)
      }),
    )
  })
})
