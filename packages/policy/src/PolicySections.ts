/**
 * The sections of a policy document, each a list of rules whose schema
 * belongs to the package that evaluates them: quota rules (`@lantoa/quota`)
 * and channel requirements (`@lantoa/hierarchy`). Deadlines, moderation and
 * scoring join here, and only here: the policy schema, its validation, its
 * JSON Schema and its diff all read {@link POLICY_SECTIONS}.
 *
 * Every rule of every section may carry a `proposal`: a note that the rule
 * is not in the plan but proposed (for example a commune-level quota after the
 * 2025 reform), so that a report can tell the plan's rules from suggestions.
 *
 * @since 0.1.0
 * @module
 */
import { DeadlineTaskSchema } from "@lantoa/calendar"
import { ChannelRequirementSchema } from "@lantoa/hierarchy"
import { QuotaRuleSchema } from "@lantoa/quota"
import type { z } from "zod"
import { localizedText } from "./internal/schemas.js"

/**
 * A note marking a rule as a proposal, not part of the plan: why it is
 * proposed, in Vietnamese (required) and English. Its presence is the mark.
 *
 * @example
 * ```ts
 * ProposalSchema.parse({
 *   vi: "Đề xuất, chưa có trong kế hoạch: UBND xã thay Phòng GD&ĐT từ 01/07/2025.",
 *   en: "Proposal, not in the plan: communes replace the district offices from 1 July 2025.",
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ProposalSchema = localizedText

const annotations = { proposal: ProposalSchema.optional() }

/**
 * A quota rule as a policy holds it: `@lantoa/quota`'s `QuotaRuleSchema`
 * plus an optional `proposal` note.
 *
 * @example
 * ```ts
 * PolicyQuotaRuleSchema.parse(hoaBinh2024.quotas[0]).id //=> "unit-weekly-posts"
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const PolicyQuotaRuleSchema = QuotaRuleSchema.safeExtend(annotations)

/**
 * A channel requirement as a policy holds it: `@lantoa/hierarchy`'s
 * `ChannelRequirementSchema` plus an optional `proposal` note.
 *
 * @example
 * ```ts
 * PolicyChannelRequirementSchema.parse(hoaBinh2024.channels[0]).id //=> "unit-facebook-page"
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const PolicyChannelRequirementSchema = ChannelRequirementSchema.safeExtend(annotations)

/**
 * A deadline task as a policy holds it: `@lantoa/calendar`'s
 * `DeadlineTaskSchema` plus an optional `proposal` note.
 *
 * @example
 * ```ts
 * PolicyDeadlineTaskSchema.parse(hoaBinh2024.deadlines[1]).id //=> "setup-groups"
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const PolicyDeadlineTaskSchema = DeadlineTaskSchema.safeExtend(annotations)

/**
 * The sections of a policy document, in document order: each a list of rules
 * with unique ids, its schema and what one rule is called in messages.
 *
 * @example
 * ```ts
 * Object.keys(POLICY_SECTIONS) //=> ["quotas", "channels", "deadlines"]
 * POLICY_SECTIONS.channels.label.vi //=> "yêu cầu về kênh truyền thông"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const POLICY_SECTIONS = {
  quotas: {
    schema: PolicyQuotaRuleSchema,
    label: { vi: "quy định định mức", en: "quota rule" },
  },
  channels: {
    schema: PolicyChannelRequirementSchema,
    label: { vi: "yêu cầu về kênh truyền thông", en: "channel requirement" },
  },
  deadlines: {
    schema: PolicyDeadlineTaskSchema,
    label: { vi: "nhiệm vụ có thời hạn", en: "deadline task" },
  },
} as const

/**
 * The name of a section: `quotas`, `channels`.
 *
 * @example
 * ```ts
 * const section: PolicySection = "channels"
 * ```
 * @since 0.1.0
 * @category models
 */
export type PolicySection = keyof typeof POLICY_SECTIONS

/**
 * The section names, in document order.
 *
 * @example
 * ```ts
 * POLICY_SECTION_NAMES //=> ["quotas", "channels"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const POLICY_SECTION_NAMES: ReadonlyArray<PolicySection> = Object.keys(POLICY_SECTIONS) as Array<PolicySection>

/**
 * A rule of a section, as a parsed policy holds it.
 *
 * @example
 * ```ts
 * const rule: PolicyRule<"quotas"> = hoaBinh2024.quotas[0]
 * ```
 * @since 0.1.0
 * @category models
 */
export type PolicyRule<S extends PolicySection> = z.output<(typeof POLICY_SECTIONS)[S]["schema"]>
