/**
 * The policy document: one JSON object that says who must do what, by when,
 * under which plan — composed from each domain package's own rule schema.
 *
 * A policy has a header (id, semantic version, name, time zone, locale,
 * optional school-year table) and one list per section of
 * {@link POLICY_SECTIONS} (`quotas`, `channels`; a missing section is an
 * empty list, so documents written before a section existed stay valid).
 * Unknown fields are errors: a typo such as `minimun` must not pass
 * silently.
 *
 * @since 0.1.0
 * @module
 */
import { DEFAULT_TIME_ZONE } from "@lantoa/core"
import { ModerationPolicySchema } from "@lantoa/moderation"
import { FeaturingPolicySchema, ScoringPolicySchema } from "@lantoa/scoring"
import { z } from "zod"
import { crossChecks } from "./internal/crossChecks.js"
import { isTimeZone, kebabId, localizedText, schoolYearEntry, semver } from "./internal/schemas.js"
import { POLICY_SECTIONS } from "./PolicySections.js"

/**
 * The locales of explanations and messages.
 *
 * @example
 * ```ts
 * POLICY_LOCALES //=> ["vi", "en"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const POLICY_LOCALES = ["vi", "en"] as const

const header = {
  /** The JSON Schema the document declares, for editors; ignored otherwise. */
  $schema: z.string().optional(),
  id: kebabId,
  version: semver,
  name: localizedText,
  description: localizedText.optional(),
  timeZone: z
    .string()
    .refine(isTimeZone, {
      message: "not an IANA time zone name, e.g. Asia/Ho_Chi_Minh.",
      params: { vi: "không phải tên múi giờ IANA, ví dụ Asia/Ho_Chi_Minh.", code: "invalid-time-zone" },
    })
    .default(DEFAULT_TIME_ZONE),
  locale: z.enum(POLICY_LOCALES).default("vi"),
  schoolYears: z.array(schoolYearEntry).min(1).optional(),
  /** Comment moderation and the pre-publication check (`@lantoa/moderation`): categories, actions, deadlines, lexicon, topics. */
  moderation: ModerationPolicySchema.optional(),
  /** Emulation scoring (`@lantoa/scoring`): criteria over measurements, tiers, ranking, privacy of boards. */
  scoring: ScoringPolicySchema.optional(),
  /** The weekly featured pages (`@lantoa/scoring`): how many school and Phòng pages, and who is eligible. */
  featuring: FeaturingPolicySchema.optional(),
}

/**
 * The header fields of a policy, in document order (the sections follow).
 *
 * @example
 * ```ts
 * POLICY_HEADER_FIELDS //=> ["$schema", "id", "version", "name", "description", "timeZone", "locale", "schoolYears"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const POLICY_HEADER_FIELDS: ReadonlyArray<string> = Object.keys(header)

type Sections = typeof POLICY_SECTIONS
type SectionLists = { [S in keyof Sections]: z.ZodDefault<z.ZodArray<Sections[S]["schema"]>> }

const sectionLists = (): SectionLists => {
  const lists: Record<string, z.ZodType> = {}
  for (const [name, section] of Object.entries(POLICY_SECTIONS)) lists[name] = z.array(section.schema).default([])
  return lists as SectionLists
}

/**
 * The policy document schema (zod), composed from the section schemas.
 * Cross-field checks — each section's rule ids unique, the school-year
 * table coherent — run even when other fields are invalid, so one parse
 * lists every problem. Prefer {@link validatePolicy}, which turns them into
 * Vietnamese and English `DataIssue`s and also reports unknown fields
 * inside rules.
 *
 * @example
 * ```ts
 * const policy = PolicySchema.parse({
 *   id: "my-province-2025", version: "1.0.0", name: { vi: "Kế hoạch truyền thông 2025" },
 *   quotas: [],
 * })
 * policy.timeZone //=> "Asia/Ho_Chi_Minh"
 * policy.channels //=> []
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const PolicySchema = z.strictObject({ ...header, ...sectionLists() }).superRefine(
  (value, context) => {
    for (const issue of crossChecks(value)) {
      context.addIssue({ code: "custom", path: [...issue.path], message: issue.en, params: { vi: issue.vi, code: issue.code } })
    }
  },
  // Run on malformed documents too: a duplicate id is worth knowing while fixing the rest.
  { when: () => true },
)

/**
 * A policy document as written (defaults not applied: `timeZone`, `locale`,
 * the sections and the rules' own defaults may be left out).
 *
 * @example
 * ```ts
 * const input: PolicyInput = { id: "my-province-2025", version: "1.0.0", name: { vi: "Kế hoạch 2025" } }
 * ```
 * @since 0.1.0
 * @category models
 */
export type PolicyInput = z.input<typeof PolicySchema>

/**
 * A valid policy with every default applied, as the engine reads it.
 *
 * @example
 * ```ts
 * const policy: Policy = hoaBinh2024
 * policy.quotas.map((rule) => rule.id)
 * //=> ["unit-weekly-posts", "district-office-weekly-posts", "department-weekly-posts", "party-member-weekly", "party-member-monthly"]
 * ```
 * @since 0.1.0
 * @category models
 */
export type Policy = z.output<typeof PolicySchema>
