/** Messages in Vietnamese (the default) and English. */
import type { Locale } from "@lantoa/core"

export type Text = { readonly vi: string; readonly en: string }

export const say = (locale: Locale, text: Text): string => (locale === "en" ? text.en : text.vi)

/** 18426 → "18.426" (vi) or "18,426" (en), without the machine's locale data. */
export const formatCount = (value: number, locale: Locale): string =>
  String(value).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "en" ? "," : ".")

/** 0.8213 → "82,1 %" (vi) or "82.1%" (en); a dash for no rate. */
export const formatRate = (rate: number | null, locale: Locale): string => {
  if (rate === null) return "–"
  const text = (100 * rate).toFixed(1)
  return locale === "en" ? `${text}%` : `${text.replace(".", ",")} %`
}
