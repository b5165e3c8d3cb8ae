/**
 * Small schemas a channel requirement is made of: its id, bilingual text and
 * the plan's wording it comes from (the last two shared with every rule, from
 * core).
 *
 * @internal
 */
import { LocalizedTextSchema, RuleSourceSchema } from "@lantoa/core"
import { z } from "zod"

/** A rule id: kebab-case, e.g. `unit-zalo-group`. */
export const ruleId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "a rule id is kebab-case, e.g. unit-zalo-group" })

/** Text in Vietnamese (required) and English (optional): core's schema. */
export const channelLocalizedText = LocalizedTextSchema

/** Where a rule comes from: the plan's section and its wording (core's schema). */
export const channelRuleSource = RuleSourceSchema
