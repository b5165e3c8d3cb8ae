/**
 * Turns a preset as written into a frozen, validated policy. A preset that
 * does not validate is a bug in this package: it throws at import, and the
 * tests catch it first.
 *
 * @internal
 */
import type { Policy, PolicyInput } from "../Policy.js"
import { validatePolicy } from "../ValidatePolicy.js"

const deepFreeze = <A>(value: A): A => {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}

export const definePreset = (input: PolicyInput): Policy => {
  const { policy, issues } = validatePolicy(input)
  if (policy === undefined || issues.length > 0) {
    throw new Error(`Invalid preset ${input.id}: ${issues.map((issue) => issue.messageEn).join("; ")}`)
  }
  return deepFreeze(policy)
}
