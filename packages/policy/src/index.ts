/**
 * @lantoa/policy — the policy document: its schema, composed from each
 * domain package's rule schema; validation with every problem listed in
 * Vietnamese and English; the JSON Schema; diffs between versions; and the
 * presets `hoaBinh2024` (the 2024 plan of Sở GD&ĐT Hòa Bình) and
 * `twoTier2025` (the same plan under the two-tier local government).
 *
 * @packageDocumentation
 */

export { POLICY_HEADER_FIELDS, POLICY_LOCALES, PolicySchema } from "./Policy.js"
export type { Policy, PolicyInput } from "./Policy.js"

export {
  POLICY_SECTIONS,
  POLICY_SECTION_NAMES,
  PolicyChannelRequirementSchema,
  PolicyQuotaRuleSchema,
  ProposalSchema,
} from "./PolicySections.js"
export type { PolicyRule, PolicySection } from "./PolicySections.js"

export { validatePolicy } from "./ValidatePolicy.js"
export type { ValidatePolicyResult } from "./ValidatePolicy.js"

export { policyJsonSchema } from "./PolicyJsonSchema.js"
export type { JsonSchema } from "./PolicyJsonSchema.js"

export { diffPolicies } from "./PolicyDiff.js"
export type { PolicyChange, PolicyDiff } from "./PolicyDiff.js"

export { hoaBinh2024 } from "./HoaBinh2024.js"
export { twoTier2025 } from "./TwoTier2025.js"
export { PRESETS, presetById } from "./Presets.js"
