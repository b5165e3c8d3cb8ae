/**
 * Small schemas of the policy document's header: ids, versions, bilingual
 * text, time zones and the school-year table.
 *
 * @internal
 */
import { LocalizedTextSchema } from "@lantoa/core"
import { LocalDateSchema } from "@lantoa/hierarchy"
import { z } from "zod"

const nonEmpty = z.string().trim().min(1)

/** A policy or rule id: kebab-case, e.g. `hoa-binh-2024`. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "an id is kebab-case, e.g. hoa-binh-2024" })

// Semantic Versioning 2.0.0, the regular expression semver.org suggests.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

/** A semantic version, `1.0.0`. */
export const semver = z.string().regex(SEMVER, { message: "a version is semantic (major.minor.patch), e.g. 1.0.0" })

/** Text in Vietnamese (required) and English (optional). */
export const localizedText = LocalizedTextSchema

// An IANA name ("Asia/Ho_Chi_Minh", "UTC"), not an offset ("+07:00") that
// some engines also accept: periods follow the zone's rules, not a fixed offset.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/

/** True when the runtime knows this IANA zone name. */
export const isTimeZone = (zone: string): boolean => {
  if (!ZONE_NAME.test(zone)) return false
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** One school year's frame (core's `SchoolYearEntry`). */
export const schoolYearEntry = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{4}$/, { message: "a school year is written 2024-2025" }),
  start: LocalDateSchema,
  semester1End: LocalDateSchema.optional(),
  semester2Start: LocalDateSchema,
  end: LocalDateSchema,
  source: nonEmpty.optional(),
  estimated: z.boolean().optional(),
})
