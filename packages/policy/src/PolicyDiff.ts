/**
 * What changed between two versions of a policy: header fields, and rules
 * added, removed or changed in each section.
 *
 * @since 0.1.0
 * @module
 */
import { POLICY_HEADER_FIELDS, type Policy } from "./Policy.js"
import { POLICY_SECTION_NAMES, type PolicySection } from "./PolicySections.js"

/**
 * One change between two policies. `section: "header"` is a change of the
 * header (`fields` lists which); otherwise `id` names the rule, and
 * `fields` the rule's top-level fields that changed.
 *
 * @example
 * ```ts
 * const change: PolicyChange = { section: "quotas", id: "district-office-weekly-posts", change: "changed", fields: ["minimum"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PolicyChange {
  readonly section: PolicySection | "header"
  readonly change: "added" | "removed" | "changed"
  readonly id?: string
  readonly fields?: ReadonlyArray<string>
}

/**
 * The result of {@link diffPolicies}.
 *
 * @example
 * ```ts
 * const diff: PolicyDiff = diffPolicies(hoaBinh2024, twoTier2025)
 * diff.from //=> { id: "hoa-binh-2024", version: "1.0.0" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PolicyDiff {
  readonly from: { readonly id: string; readonly version: string }
  readonly to: { readonly id: string; readonly version: string }
  /** The header first, then each section in document order: removed and changed rules in the old order, then added ones in the new. */
  readonly changes: ReadonlyArray<PolicyChange>
}

/** JSON with keys sorted, `undefined` left out: equal data, equal text. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`
  }
  return JSON.stringify(value) ?? "null"
}

const changedFields = (
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  fields: ReadonlyArray<string>,
): ReadonlyArray<string> => fields.filter((field) => canonical(a[field]) !== canonical(b[field]))

const keysOf = (a: object, b: object): ReadonlyArray<string> => [...new Set([...Object.keys(a), ...Object.keys(b)])]

interface Rule {
  readonly id: string
  readonly [field: string]: unknown
}

const diffSection = (section: PolicySection, before: ReadonlyArray<Rule>, after: ReadonlyArray<Rule>): Array<PolicyChange> => {
  const changes: Array<PolicyChange> = []
  const afterById = new Map(after.map((rule) => [rule.id, rule]))
  const beforeIds = new Set(before.map((rule) => rule.id))
  for (const rule of before) {
    const next = afterById.get(rule.id)
    if (next === undefined) {
      changes.push({ section, change: "removed", id: rule.id })
      continue
    }
    const fields = changedFields(rule, next, keysOf(rule, next))
    if (fields.length > 0) changes.push({ section, change: "changed", id: rule.id, fields })
  }
  for (const rule of after) if (!beforeIds.has(rule.id)) changes.push({ section, change: "added", id: rule.id })
  return changes
}

/**
 * Lists what changed from policy `a` to policy `b`: header fields, then, in
 * each section, rules removed, changed (with the fields that changed) and
 * added — rules are matched by id. Pure.
 *
 * @example
 * ```ts
 * const stricter = { ...hoaBinh2024, version: "1.1.0",
 *   quotas: hoaBinh2024.quotas.map((rule) => rule.id === "district-office-weekly-posts" ? { ...rule, minimum: 5 } : rule) }
 * diffPolicies(hoaBinh2024, stricter).changes
 * //=> [{ section: "header", change: "changed", fields: ["version"] },
 * //    { section: "quotas", change: "changed", id: "district-office-weekly-posts", fields: ["minimum"] }]
 * ```
 * @since 0.1.0
 * @category comparisons
 */
export const diffPolicies = (a: Policy, b: Policy): PolicyDiff => {
  const changes: Array<PolicyChange> = []
  const headerFields = changedFields(a, b, POLICY_HEADER_FIELDS)
  if (headerFields.length > 0) changes.push({ section: "header", change: "changed", fields: headerFields })
  for (const section of POLICY_SECTION_NAMES) {
    changes.push(...diffSection(section, a[section], b[section]))
  }
  return { from: { id: a.id, version: a.version }, to: { id: b.id, version: b.version }, changes }
}
