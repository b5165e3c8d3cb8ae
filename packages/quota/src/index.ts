/**
 * @lantoa/quota — the plan's posting quotas as data: rules, evaluation per
 * subject and period with explanations, pace, an incremental ledger,
 * roll-ups up the hierarchy and comparison among peers.
 *
 * @packageDocumentation
 */

export {
  QUOTA_DISTINCT,
  QUOTA_PERIODS,
  QuotaCountsSchema,
  QuotaExemptionSchema,
  QuotaRuleSchema,
  QuotaSourceSchema,
  QuotaSubjectsSchema,
  parseQuotaRules,
} from "./QuotaRule.js"
export type { ParsedQuotaRules, QuotaPeriod, QuotaRule, QuotaRuleInput } from "./QuotaRule.js"

export { QUOTA_STATUSES } from "./QuotaResult.js"
export type { QuotaPace, QuotaResult, QuotaStatus, QuotaSubject } from "./QuotaResult.js"

export { evaluateQuotas } from "./QuotaEvaluation.js"
export type {
  EvaluateQuotasOptions,
  QuotaContextOptions,
  QuotaEvaluation,
  QuotaPolicyRef,
  QuotaRange,
  QuotaRulePeriods,
  QuotaVerdictOptions,
} from "./QuotaEvaluation.js"

export { indexActivities, isActivityIndex } from "./ActivityIndex.js"
export type { ActivityIndex } from "./ActivityIndex.js"

export { isQuotaTally, tallyQuotas } from "./QuotaTally.js"
export type { QuotaRuleTally, QuotaTally, QuotaTallyQuery } from "./QuotaTally.js"

export { createQuotaLedger } from "./QuotaLedger.js"
export type { QuotaLedger, QuotaLedgerAddResult, QuotaLedgerOptions, QuotaLedgerQuery } from "./QuotaLedger.js"

export { rollUpQuotas } from "./QuotaRollUp.js"
export type { QuotaRollUp, RollUpQuotasOptions } from "./QuotaRollUp.js"

export { comparePeers } from "./PeerComparison.js"
export type { PeerComparison, PeerStanding } from "./PeerComparison.js"
