/**
 * Small schemas a channel requirement is made of: its id, bilingual text and
 * the plan's wording it comes from. Same shapes as the quota rules' (the
 * domain packages do not import each other).
 *
 * @internal
 */
import { z } from "zod"

const nonEmpty = z.string().trim().min(1)

/** A rule id: kebab-case, e.g. `unit-zalo-group`. */
export const ruleId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "a rule id is kebab-case, e.g. unit-zalo-group" })

/** Text in Vietnamese (required) and English (optional). */
export const channelLocalizedText = z.strictObject({ vi: nonEmpty, en: nonEmpty.optional() })

/** Where a rule comes from: the plan's section and its wording. */
export const channelRuleSource = z.strictObject({
  document: nonEmpty.optional(),
  section: nonEmpty,
  text: nonEmpty,
})
