/**
 * Numbers as a clerk reads them: Vietnamese uses a decimal comma and a dot
 * between thousands ("18.426", "87,5"), English the reverse. Written by hand
 * rather than with `Intl` so that output never depends on the runtime's ICU
 * data.
 */
import type { Locale } from "@lantoa/core"

/** Rounds half away from zero to `decimals` places, without binary noise (0.1 + 0.2 → 0.3). */
export const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals
  const rounded = Math.round(Math.abs(value) * factor + 1e-9) / factor
  const signed = value < 0 ? -rounded : rounded
  return signed === 0 ? 0 : signed
}

const group = (digits: string, separator: string): string => {
  if (digits.length <= 4) return digits
  let out = ""
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator
    out += digits[i]
  }
  return out
}

/** `formatNumber(87.5, "vi")` → "87,5"; trailing zeros dropped. */
export const formatNumber = (value: number, locale: Locale, decimals = 2): string => {
  const rounded = round(value, decimals)
  // The common case — a small whole number of points — needs no separators.
  if (Number.isInteger(rounded) && rounded >= 0 && rounded < 10000) return String(rounded)
  const [whole = "0", fraction] = Math.abs(rounded).toFixed(decimals).split(".")
  const trimmed = fraction?.replace(/0+$/, "") ?? ""
  const [thousands, point] = locale === "en" ? [",", "."] : [".", ","]
  const sign = rounded < 0 ? "−" : ""
  return `${sign}${group(whole, thousands)}${trimmed === "" ? "" : point + trimmed}`
}

/** `formatShare(0.875, "vi")` → "87,5%". */
export const formatShare = (share: number, locale: Locale): string => `${formatNumber(share * 100, locale, 1)}%`

/** The text of a localized pair, English falling back to Vietnamese. */
export const textIn = (text: { readonly vi: string; readonly en?: string | undefined }, locale: Locale): string =>
  locale === "en" ? (text.en ?? text.vi) : text.vi

/** The first letter in lower case, for a period name inside a sentence ("tuần 47 năm 2024"). */
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)
