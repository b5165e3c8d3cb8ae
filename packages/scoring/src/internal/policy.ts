import { parseScoringPolicy, type ScoringPolicy, type ScoringPolicyInput } from "../ScoringPolicy.js"

/** Parses a policy or its input for the functions that take one; an invalid policy is a programming error. */
export const policyOrThrow = (policy: ScoringPolicyInput | ScoringPolicy, caller: string): ScoringPolicy => {
  const { policy: parsed, issues } = parseScoringPolicy(policy, "policy")
  if (parsed === undefined) {
    throw new RangeError(`${caller}: invalid scoring policy — ${issues.map((issue) => issue.messageEn).join("; ")}`)
  }
  return parsed
}
