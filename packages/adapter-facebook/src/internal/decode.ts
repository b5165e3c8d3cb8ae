/** Small guards for reading JSON from Facebook without trusting its shape. */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

/** A non-empty string, or undefined. */
export const stringOf = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined

/** An id: Graph ids are strings, but a careless proxy may turn them into numbers. */
export const idOf = (value: unknown): string | undefined =>
  typeof value === "string" && value !== ""
    ? value
    : typeof value === "number" && Number.isSafeInteger(value) && value >= 0
      ? String(value)
      : undefined

export const numberOf = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined

export const booleanOf = (value: unknown): boolean | undefined => (typeof value === "boolean" ? value : undefined)

/** A count from `{ summary: { total_count } }` or `{ count }`; absent means 0 (Graph omits `shares` at zero). */
export const countOf = (value: unknown): number => {
  if (!isRecord(value)) return 0
  const summary = value["summary"]
  const total = isRecord(summary) ? numberOf(summary["total_count"]) : numberOf(value["count"])
  return total !== undefined && total >= 0 ? Math.floor(total) : 0
}

/** Text as lantoa keeps it: NFC (Meta escapes non-ASCII as `\uXXXX`, which may come decomposed). */
export const textOf = (value: unknown): string | undefined =>
  typeof value === "string" ? value.normalize("NFC") : undefined
