import { maskPhone, normalizePhone } from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { phoneKind, toInternationalPhone } from "../src/Phone.js"

// All numbers here are synthetic (sequences such as 912345678).

// §7 of the domain reference: the 11-digit mobile prefixes converted in
// 2018–2019 and what each became.
const LEGACY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ["0162", "032"],
  ["0163", "033"],
  ["0164", "034"],
  ["0165", "035"],
  ["0166", "036"],
  ["0167", "037"],
  ["0168", "038"],
  ["0169", "039"],
  ["0120", "070"],
  ["0121", "079"],
  ["0122", "077"],
  ["0126", "076"],
  ["0128", "078"],
  ["0123", "083"],
  ["0124", "084"],
  ["0125", "085"],
  ["0127", "081"],
  ["0129", "082"],
  ["0186", "056"],
  ["0188", "058"],
  ["0199", "059"],
]

const NATIONAL = /^0\d{9,10}$/

const digitString = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length })

/** A valid national mobile: 0[35789] + 8 digits. */
const mobile = fc.tuple(fc.constantFrom("3", "5", "7", "8", "9"), digitString(8)).map(([d, rest]) => `0${d}${rest}`)

/** A valid national landline: 02 + 9 digits. */
const landline = digitString(9).map((rest) => `02${rest}`)

const national = fc.oneof(mobile, landline)

const separator = fc.constantFrom("", " ", ".", "-", "\u00A0", "\u2013")

/** Puts a random separator (or none) between every two digits. */
const spaced = (digits: string) =>
  fc
    .array(separator, { minLength: digits.length, maxLength: digits.length })
    .map((seps) => [...digits].map((digit, i) => (i === 0 ? digit : `${seps[i] ?? ""}${digit}`)).join(""))

/** Every spelling people and spreadsheets use for a national number. */
const spellingOf = (nationalNumber: string) => {
  const rest = nationalNumber.slice(1)
  const forms: ReadonlyArray<readonly [string, string]> = [
    ["", nationalNumber],
    ["", rest],
    ["", `84${rest}`],
    ["", `0084${rest}`],
    ["", `84${nationalNumber}`],
    ["+", `84${rest}`],
    ["+", `84${nationalNumber}`],
    ["+84 (0) ", rest],
    ["(+84) ", rest],
  ]
  return fc
    .tuple(fc.constantFrom(...forms), fc.constantFrom("", " ", "\t"))
    .chain(([[lead, digits], pad]) => spaced(digits).map((body) => `${pad}${lead}${body}${pad}`))
}

/** Phone-like noise: digits, separators, + and prefixes in any order. */
const phoneish = fc.string({
  unit: fc.constantFrom(..."0123456789", "84", "0084", "+", " ", ".", "-", "(", ")", "(0)", "01", "016", "02"),
  maxLength: 20,
})

const anyInput: fc.Arbitrary<string | number> = fc.oneof(
  phoneish,
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.maxSafeNat(),
  fc.integer({ min: 100_000_000, max: 99_999_999_999_999 }),
  fc.double(),
  national.chain(spellingOf),
)

const digitCount = (text: string): number => {
  let count = 0
  for (const char of text) if (char >= "0" && char <= "9") count++
  return count
}

describe("normalizePhone", () => {
  it("returns a national mobile number as it is", () => {
    expect(normalizePhone("0912345678")).toBe("0912345678")
  })

  it("reads +84 as the country code in place of the leading 0", () => {
    expect(normalizePhone("+84912345678")).toBe("0912345678")
    expect(normalizePhone("+84 912 345 678")).toBe("0912345678")
    expect(normalizePhone("(+84) 912-345-678")).toBe("0912345678")
  })

  it("drops a (0) written after +84", () => {
    expect(normalizePhone("+84 (0) 912 345 678")).toBe("0912345678")
    expect(normalizePhone("+84(0)912345678")).toBe("0912345678")
    expect(normalizePhone("+840912345678")).toBe("0912345678")
  })

  it("reads the 0084 international prefix", () => {
    expect(normalizePhone("0084912345678")).toBe("0912345678")
    expect(normalizePhone("0084 912 345 678")).toBe("0912345678")
  })

  it("reads 84 without + as the country code", () => {
    expect(normalizePhone("84912345678")).toBe("0912345678")
    expect(normalizePhone("84 912 345 678")).toBe("0912345678")
    expect(normalizePhone(84912345678)).toBe("0912345678")
  })

  it("ignores spaces, dots, dashes and parentheses", () => {
    expect(normalizePhone("0912 345 678")).toBe("0912345678")
    expect(normalizePhone("0912.345.678")).toBe("0912345678")
    expect(normalizePhone("0912-345-678")).toBe("0912345678")
    expect(normalizePhone("(091) 234-5678")).toBe("0912345678")
    expect(normalizePhone(" 0912\u00A0345\u00A0678\t")).toBe("0912345678")
    expect(normalizePhone("0912\u2013345\u2013678")).toBe("0912345678")
  })

  it("restores the leading 0 a spreadsheet dropped from a number cell", () => {
    expect(normalizePhone(912345678)).toBe("0912345678")
    expect(normalizePhone(354321987)).toBe("0354321987")
    expect(normalizePhone(2183123456)).toBe("02183123456")
  })

  it("restores the leading 0 a spreadsheet dropped from a text cell", () => {
    expect(normalizePhone("912345678")).toBe("0912345678")
    expect(normalizePhone("912 345 678")).toBe("0912345678")
    expect(normalizePhone("2183123456")).toBe("02183123456")
  })

  it("reads 9 digits starting with 84 as a mobile 084 that lost its 0, not as a country code", () => {
    expect(normalizePhone("841234567")).toBe("0841234567")
  })

  it.each(LEGACY_PREFIXES)("converts the old 11-digit mobile prefix %s to %s, keeping the last 7 digits", (old, now) => {
    expect(normalizePhone(`${old}1234567`)).toBe(`${now}1234567`)
    expect(normalizePhone(`${old.slice(0, 2)} ${old.slice(2)} 123 4567`)).toBe(`${now}1234567`)
    expect(normalizePhone(`+84${old.slice(1)}1234567`)).toBe(`${now}1234567`)
    expect(normalizePhone(`84${old.slice(1)}1234567`)).toBe(`${now}1234567`)
    expect(normalizePhone(`0084 ${old.slice(1)} 123 4567`)).toBe(`${now}1234567`)
    expect(normalizePhone(Number(`${old.slice(1)}1234567`))).toBe(`${now}1234567`)
  })

  it("rejects an 11-digit number starting 01 whose prefix was never assigned", () => {
    expect(normalizePhone("01301234567")).toBeUndefined()
    expect(normalizePhone("01001234567")).toBeUndefined()
    expect(normalizePhone("+84 130 123 4567")).toBeUndefined()
  })

  it("returns a landline (02 + 9 digits) in its national form", () => {
    expect(normalizePhone("02183123456")).toBe("02183123456")
    expect(normalizePhone("0218 3 123 456")).toBe("02183123456")
    expect(normalizePhone("(0218) 3.123.456")).toBe("02183123456")
    expect(normalizePhone("024 3123 4567")).toBe("02431234567")
    expect(normalizePhone("+84 218 3123 456")).toBe("02183123456")
    expect(normalizePhone("842183123456")).toBe("02183123456")
  })

  it.each([
    ["too short", "091234567"],
    ["too short for a landline", "0218312345"],
    ["too long", "09123456789"],
    ["too long for a landline", "021831234567"],
    ["a mobile prefix 01 with 10 digits", "0112345678"],
    ["a mobile prefix 04", "0412345678"],
    ["a mobile prefix 06", "0612345678"],
    ["an 11-digit number starting 03", "03912345678"],
    ["letters among the digits", "0912abc678"],
    ["a label before the number", "Tel: 0912345678"],
    ["two numbers in one cell", "0912345678 / 0987654321"],
    ["a + in the middle", "0912+345678"],
    ["two +", "++84912345678"],
    ["+ with another country code", "+1 202 555 0100"],
    ["00 with another country code", "0033 6 12 34 56 78"],
    ["+ before a national 0", "+0912345678"],
    ["84 followed by too few digits", "8491234567"],
    ["an empty string", ""],
    ["blank text", "  "],
    ["a lone +", "+"],
    ["Arabic-Indic digits", "٠٩١٢٣٤٥٦٧٨"],
  ])("rejects %s", (_, input) => {
    expect(normalizePhone(input)).toBeUndefined()
  })

  it.each([
    ["a negative number", -912345678],
    ["a fraction", 912345678.5],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a number beyond 2^53", 1e20],
    ["zero", 0],
  ])("rejects %s", (_, input) => {
    expect(normalizePhone(input)).toBeUndefined()
  })

  it("reads every common spelling of a valid number back to its national form", () => {
    fc.assert(
      fc.property(
        national.chain((n) => fc.tuple(fc.constant(n), spellingOf(n))),
        ([n, spelling]) => normalizePhone(spelling) === n,
      ),
    )
  })

  it("reads every spelling of an old 11-digit mobile as its new number", () => {
    const legacy = fc.tuple(fc.constantFrom(...LEGACY_PREFIXES), digitString(7))
    fc.assert(
      fc.property(legacy, ([[old, now], last7]) => {
        expect(normalizePhone(`${old}${last7}`)).toBe(`${now}${last7}`)
        expect(normalizePhone(`+84 ${old.slice(1)} ${last7}`)).toBe(`${now}${last7}`)
      }),
    )
  })

  it("is idempotent", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const once = normalizePhone(input)
        return once === undefined || normalizePhone(once) === once
      }),
    )
  })

  it("returns only 0 followed by 9 or 10 digits", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = normalizePhone(input)
        return result === undefined || NATIONAL.test(result)
      }),
    )
  })
})

describe("phoneKind", () => {
  it("tells a mobile from a landline", () => {
    expect(phoneKind("+84 912 345 678")).toBe("mobile")
    expect(phoneKind("01689123456")).toBe("mobile")
    expect(phoneKind("0218 3 123 456")).toBe("landline")
  })

  it("returns undefined for what is not a Vietnamese number", () => {
    expect(phoneKind("12345")).toBeUndefined()
    expect(phoneKind("+1 202 555 0100")).toBeUndefined()
  })

  it("calls every 10-digit result a mobile and every 11-digit result a landline", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = normalizePhone(input)
        const kind = phoneKind(input)
        if (result === undefined) return kind === undefined
        return kind === (result.length === 10 ? "mobile" : "landline")
      }),
    )
  })
})

describe("toInternationalPhone", () => {
  it("writes 84 and the national number without its 0, as Zalo ZNS wants", () => {
    expect(toInternationalPhone("0912 345 678")).toBe("84912345678")
    expect(toInternationalPhone(912345678)).toBe("84912345678")
    expect(toInternationalPhone("01689123456")).toBe("84389123456")
    expect(toInternationalPhone("0218 3 123 456")).toBe("842183123456")
  })

  it("returns undefined for what is not a Vietnamese number", () => {
    expect(toInternationalPhone("hỏi cô Hoa")).toBeUndefined()
  })

  it("reads back to the same national number", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const international = toInternationalPhone(input)
        return international === undefined || normalizePhone(international) === normalizePhone(input)
      }),
    )
  })
})

describe("maskPhone", () => {
  it("shows only the first 3 and last 3 digits of a mobile", () => {
    expect(maskPhone("0912345678")).toBe("091****678")
  })

  it("normalizes first, so every spelling of a number masks the same", () => {
    expect(maskPhone("+84 912 345 678")).toBe("091****678")
    expect(maskPhone(912345678)).toBe("091****678")
    expect(maskPhone("01689123456")).toBe("038****456")
  })

  it("shows only the first 3 and last 3 digits of a landline", () => {
    expect(maskPhone("0218 3 123 456")).toBe("021*****456")
  })

  it.each([
    ["text with a number in it", "cô Hoa 0912345678"],
    ["a foreign number", "+1 202 555 0100"],
    ["a too-long run of digits", "0912345678901234567890"],
    ["a short number", "12345"],
    ["a number that is not a phone", 123],
  ])("masks %s fully, never echoing it", (_, input) => {
    expect(maskPhone(input)).toBe("**********")
  })

  it("masks a blank value as the empty string", () => {
    expect(maskPhone("")).toBe("")
    expect(maskPhone("  ")).toBe("")
  })

  it("never shows more than 6 digits, and nothing but digits and *", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const masked = maskPhone(input)
        expect(digitCount(masked)).toBeLessThanOrEqual(6)
        expect(masked).toMatch(/^[0-9*]*$/)
      }),
    )
  })

  it("keeps the first 3 and last 3 digits of the national form and hides the rest", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = normalizePhone(input)
        if (result === undefined) return
        expect(maskPhone(input)).toBe(`${result.slice(0, 3)}${"*".repeat(result.length - 6)}${result.slice(-3)}`)
      }),
    )
  })
})
