/**
 * Rules handed to an evaluation: parsed with their defaults, or rejected.
 */
import { parseQuotaRules, type QuotaRule, type QuotaRuleInput } from "../QuotaRule.js"

/**
 * Reads rules for an evaluation. An invalid rule here is a programming error
 * (a policy is validated when it is loaded), so it throws a `RangeError`
 * listing every problem.
 */
export const rulesOrThrow = (input: ReadonlyArray<QuotaRuleInput>, caller: string): ReadonlyArray<QuotaRule> => {
  const { rules, issues } = parseQuotaRules(input)
  if (issues.length > 0) {
    throw new RangeError(`${caller}: invalid quota rules — ${issues.map((issue) => issue.messageEn).join("; ")}`)
  }
  return rules
}
