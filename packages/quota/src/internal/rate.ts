/** A share rounded to 3 decimals, or null for an empty denominator. */
export const rateOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000
