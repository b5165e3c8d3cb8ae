/**
 * JSON that keeps Zalo's ids whole.
 *
 * Zalo sends user, OA, group and message ids as 18–19-digit strings, but a
 * number that slips through unquoted (an older endpoint, a proxy that
 * re-serialises) would be rounded by `JSON.parse`: 2468458835296197922
 * becomes 2468458835296198000, a different user. Node 20's `JSON.parse` has
 * no access to a number's source text, so integers beyond
 * `Number.MAX_SAFE_INTEGER` are quoted before parsing: they arrive as the
 * exact digits, as strings.
 *
 * @internal
 */

const isDigit = (code: number): boolean => code >= 48 && code <= 57

/**
 * Quotes every integer literal outside strings that a double cannot hold
 * exactly. One pass; strings (with their escapes) are copied untouched.
 */
export const quoteUnsafeIntegers = (text: string): string => {
  let out = ""
  let copiedUpTo = 0
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code === 34 /* " */) {
      i++
      while (i < text.length) {
        const c = text.charCodeAt(i)
        if (c === 92 /* \ */) i += 2
        else if (c === 34) {
          i++
          break
        } else i++
      }
      continue
    }
    if (code === 45 /* - */ || isDigit(code)) {
      const start = i
      if (code === 45) i++
      while (i < text.length && isDigit(text.charCodeAt(i))) i++
      const next = text.charCodeAt(i)
      const isInteger = next !== 46 /* . */ && next !== 101 /* e */ && next !== 69 /* E */
      // 16 characters is the shortest literal that can exceed 2^53 - 1.
      if (isInteger && i - start >= 16 && !Number.isSafeInteger(Number(text.slice(start, i)))) {
        out += `${text.slice(copiedUpTo, start)}"${text.slice(start, i)}"`
        copiedUpTo = i
      }
      // Skip the rest of a decimal or exponent form.
      while (i < text.length && /[0-9.eE+-]/.test(text[i] as string)) i++
      continue
    }
    i++
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo)
}

/** `JSON.parse` with unsafe integers kept as their digits; `undefined` for text that is not JSON. */
export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(quoteUnsafeIntegers(text)) as unknown
  } catch {
    return undefined
  }
}

/** A plain object, or `undefined`. */
export const objectOf = (value: unknown): Readonly<Record<string, unknown>> | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined

/**
 * An id as a string: a string as it is (trimmed, non-empty), a safe
 * integer as its digits; anything else `undefined`.
 */
export const idOf = (value: unknown): string | undefined => {
  if (typeof value === "string") {
    const trimmed = value.trim()
    return trimmed === "" ? undefined : trimmed
  }
  return typeof value === "number" && Number.isSafeInteger(value) ? String(value) : undefined
}

/** A number from a number or a numeric string (Zalo sends `"90000"`, `"500"`). */
export const numberOf = (value: unknown): number | undefined => {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim())
  return undefined
}

/** A non-empty string, or `undefined`. */
export const stringOf = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined)
