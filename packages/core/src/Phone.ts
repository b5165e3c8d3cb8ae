/**
 * Vietnamese phone numbers: one national form for every way a roster or a
 * spreadsheet writes them, and a masked form for logs and reports.
 *
 * The national form is `0` followed by 9 digits for a mobile
 * (`0912345678`) or 10 digits for a landline (`02183123456`). Acceptance is
 * deliberately lenient — any mobile `0[35789]` + 8 digits, any landline
 * `02` + 9 digits — because carriers open new blocks faster than a library
 * can follow, and a roster should not lose a teacher over it.
 *
 * @since 0.1.0
 * @module
 */

/**
 * What a normalized number is: a mobile (10 digits) or a landline
 * (11 digits, area code `02x`/`02xx`).
 *
 * @example
 * ```ts
 * const kind: PhoneKind | undefined = phoneKind("0912345678") //=> "mobile"
 * phoneKind("02183123456")                                    //=> "landline"
 * ```
 * @since 0.1.0
 * @category models
 */
export type PhoneKind = "mobile" | "landline"

// The 11-digit mobile prefixes converted between 15/09/2018 and 30/06/2019:
// the first four digits change, the last seven stay.
const LEGACY_MOBILE_PREFIXES: Readonly<Record<string, string>> = {
  // Viettel
  "0162": "032",
  "0163": "033",
  "0164": "034",
  "0165": "035",
  "0166": "036",
  "0167": "037",
  "0168": "038",
  "0169": "039",
  // MobiFone
  "0120": "070",
  "0121": "079",
  "0122": "077",
  "0126": "076",
  "0128": "078",
  // VinaPhone
  "0123": "083",
  "0124": "084",
  "0125": "085",
  "0127": "081",
  "0129": "082",
  // Vietnamobile
  "0186": "056",
  "0188": "058",
  // Gmobile
  "0199": "059",
}

// Above the longest accepted spelling (`0084 (0)` and a landline's 10 digits
// make 15); a longer run of digits is rejected without being copied further.
const MAX_DIGITS = 16

const CODE_0 = 48
const CODE_9 = 57
const CODE_PLUS = 43

// Separators people and spreadsheets put inside numbers: whitespace
// (including NBSP and the other Unicode spaces), dots, hyphens and the
// dashes and minus a word processor substitutes for them, parentheses.
const isSeparator = (code: number): boolean =>
  code === 0x20 || // space
  code === 0x2e || // .
  code === 0x2d || // -
  code === 0x28 || // (
  code === 0x29 || // )
  (code >= 0x09 && code <= 0x0d) || // tab, line breaks
  code === 0xa0 || // no-break space
  code === 0x202f || // narrow no-break space
  code === 0x3000 || // ideographic space
  (code >= 0x2000 && code <= 0x200a) || // typographic spaces
  (code >= 0x2010 && code <= 0x2015) || // hyphens and dashes
  code === 0x2212 // minus sign

interface ReadDigits {
  readonly digits: string
  readonly plus: boolean
}

/**
 * The digits of `text` and whether a `+` came before them, or `undefined`
 * when anything other than digits, separators and one leading `+` appears.
 * A character loop rather than a regex: one pass, no backtracking, a string
 * of letters is rejected at its first letter, and digits are copied a run at
 * a time (a clean `0912345678` is not copied at all).
 */
const readDigits = (text: string): ReadDigits | undefined => {
  let digits = ""
  let plus = false
  let runStart = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= CODE_0 && code <= CODE_9) {
      if (runStart < 0) runStart = i
      if (digits.length + i - runStart >= MAX_DIGITS) return undefined
      continue
    }
    if (runStart >= 0) {
      digits += text.slice(runStart, i)
      runStart = -1
    }
    if (code === CODE_PLUS) {
      if (plus || digits.length > 0) return undefined
      plus = true
    } else if (!isSeparator(code)) {
      return undefined
    }
  }
  if (runStart >= 0) digits += text.slice(runStart)
  return { digits, plus }
}

// After the country code 84: the national number without its leading 0,
// or with it when written as in `+84 (0) 912 …`.
const afterCountryCode = (rest: string): string => (rest.startsWith("0") ? rest : `0${rest}`)

/** The national spelling of `digits`, before legacy remapping and validation. */
const toNationalDigits = (digits: string, plus: boolean): string | undefined => {
  if (plus) return digits.startsWith("84") ? afterCountryCode(digits.slice(2)) : undefined
  if (digits.startsWith("0084")) return afterCountryCode(digits.slice(4))
  if (digits.startsWith("00")) return undefined // another country's international prefix
  if (digits.startsWith("0")) return digits
  // No leading 0 and no +: either a spreadsheet dropped the 0 (9 digits for
  // a mobile, 10 for a landline or an old 11-digit mobile) or the number
  // starts with the country code (at least 84 + 9 digits). The lengths do
  // not overlap, so `84xxxxxxx` (9 digits) is the mobile 084xxxxxxx.
  if (digits.length === 9 || digits.length === 10) return `0${digits}`
  if (digits.length >= 11 && digits.startsWith("84")) return afterCountryCode(digits.slice(2))
  return undefined
}

const kindOfNational = (national: string): PhoneKind | undefined => {
  const second = national.charCodeAt(1)
  if (national.length === 10) {
    // 0[35789] + 8 digits, as char codes
    return second === 0x33 || second === 0x35 || second === 0x37 || second === 0x38 || second === 0x39
      ? "mobile"
      : undefined
  }
  return national.length === 11 && second === 0x32 ? "landline" : undefined
}

const normalizeDigits = (digits: string, plus: boolean): string | undefined => {
  let national = toNationalDigits(digits, plus)
  if (national === undefined) return undefined
  if (national.length === 11 && national.startsWith("01")) {
    const prefix = LEGACY_MOBILE_PREFIXES[national.slice(0, 4)]
    if (prefix === undefined) return undefined
    national = prefix + national.slice(4)
  }
  return kindOfNational(national) === undefined ? undefined : national
}

const digitsOfInput = (input: string | number): ReadDigits | undefined => {
  if (typeof input === "number") {
    // A spreadsheet cell read as a number: only a non-negative whole number
    // can be a phone number (and `String` of one above 2^53 may be rounded
    // or written with an exponent).
    return Number.isSafeInteger(input) && input >= 0 ? { digits: String(input), plus: false } : undefined
  }
  return readDigits(input)
}

/**
 * Reads a Vietnamese phone number in any common spelling and returns its
 * national form: `0` + 9 digits (mobile) or `0` + 10 digits (landline).
 * Returns `undefined` for anything that is not a Vietnamese number.
 *
 * Accepts `+84`, `0084` and `84` before the number, with or without a `(0)`
 * after it; spaces, dots, dashes and parentheses anywhere; a leading `0`
 * that a spreadsheet dropped (`912345678`, as a number or as text); and the
 * old 11-digit mobiles converted in 2018–2019 (`01689…` → `0389…`).
 *
 * @example
 * ```ts
 * normalizePhone("+84 912 345 678")       //=> "0912345678"
 * normalizePhone("+84 (0) 912.345.678")   //=> "0912345678"
 * normalizePhone(912345678)               //=> "0912345678"
 * normalizePhone("0168 912 3456")         //=> "0389123456"
 * normalizePhone("0218 3 123 456")        //=> "02183123456"
 * normalizePhone("+1 202 555 0100")       //=> undefined
 * normalizePhone("0912 345 67")           //=> undefined
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const normalizePhone = (input: string | number): string | undefined => {
  const read = digitsOfInput(input)
  return read === undefined ? undefined : normalizeDigits(read.digits, read.plus)
}

/**
 * Whether a number is a mobile or a landline, or `undefined` when it is not
 * a Vietnamese number (see {@link normalizePhone}).
 *
 * @example
 * ```ts
 * phoneKind("+84 912 345 678") //=> "mobile"
 * phoneKind("0218 3 123 456")  //=> "landline"
 * phoneKind("12345")           //=> undefined
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const phoneKind = (input: string | number): PhoneKind | undefined => {
  const national = normalizePhone(input)
  return national === undefined ? undefined : kindOfNational(national)
}

/**
 * The number in international form without `+` or spaces — `84` and the
 * national number without its `0` — as the Zalo ZNS API wants it; or
 * `undefined` when it is not a Vietnamese number.
 *
 * @example
 * ```ts
 * toInternationalPhone("0912 345 678") //=> "84912345678"
 * toInternationalPhone("01689123456")  //=> "84389123456"
 * toInternationalPhone("hỏi cô Hoa")   //=> undefined
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const toInternationalPhone = (input: string | number): string | undefined => {
  const national = normalizePhone(input)
  return national === undefined ? undefined : `84${national.slice(1)}`
}

// What an unreadable value is shown as: the same whatever the input, so
// that neither its characters nor its length reach a log.
const FULLY_MASKED = "**********"

const VISIBLE_AT_EACH_END = 3

/**
 * A number safe to show in logs and reports: the national form with all but
 * the first and last 3 digits replaced by `*`. Anything that is not a
 * Vietnamese number becomes `**********`, whatever its length, so the
 * input is never echoed back; an empty or blank input becomes `""`.
 *
 * @example
 * ```ts
 * maskPhone("0912345678")      //=> "091****678"
 * maskPhone("+84 912 345 678") //=> "091****678"
 * maskPhone("02183123456")     //=> "021*****456"
 * maskPhone("cô Hoa 0912")     //=> "**********"
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const maskPhone = (input: string | number): string => {
  const national = normalizePhone(input)
  if (national !== undefined) {
    const hidden = national.length - 2 * VISIBLE_AT_EACH_END
    return (
      national.slice(0, VISIBLE_AT_EACH_END) + "*".repeat(hidden) + national.slice(national.length - VISIBLE_AT_EACH_END)
    )
  }
  return typeof input === "string" && input.trim() === "" ? "" : FULLY_MASKED
}
