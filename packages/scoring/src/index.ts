/**
 * @lantoa/scoring — emulation (thi đua) scoring for the plan "Chủ động lan
 * tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc": criteria over
 * per-subject measurements, normalisation, weighted scores with breakdowns,
 * ranking among peers with ties, rating tiers with caps, commendation
 * candidates, the weekly featured-page rotation and leaderboards with
 * privacy defaults.
 *
 * Generic: measurements are plain input (the engine derives them from
 * quota, deadline and moderation results), so this package imports none of
 * those.
 *
 * @packageDocumentation
 */

export {
  NORMALISATIONS,
  NormalisationSchema,
  ScoringCriterionSchema,
  criterionApplies,
  ScoringSubjectsSchema,
} from "./ScoringCriterion.js"
export type { Normalisation, ScoringCriterion, ScoringCriterionInput } from "./ScoringCriterion.js"

export {
  DEFAULT_TIERS,
  PEER_SCOPES,
  ScoringCommendationSchema,
  ScoringPolicySchema,
  ScoringPrivacySchema,
  ScoringTierSchema,
  parseScoringPolicy,
} from "./ScoringPolicy.js"
export type { ParsedScoringPolicy, PeerScope, ScoringPolicy, ScoringPolicyInput, ScoringTier } from "./ScoringPolicy.js"

export { FeaturingPolicySchema, parseFeaturingPolicy } from "./FeaturingPolicy.js"
export type { FeaturingPolicy, FeaturingPolicyInput } from "./FeaturingPolicy.js"

export { MEASUREMENT_STATUSES, MeasurementSchema, parseMeasurements } from "./Measurement.js"
export type { Measurement, MeasurementStatus, ScoreSubject } from "./Measurement.js"

export { competitionRanks, percentilesOf } from "./Ranking.js"

export { scoreSubjects } from "./ScoreSubjects.js"
export type {
  ScoreBreakdownEntry,
  ScoreSubjectsOptions,
  ScoreSubjectsResult,
  SubjectScore,
  UnscoredSubject,
} from "./ScoreSubjects.js"

export { commendationCandidates } from "./Commendation.js"
export type { CommendationCandidates, CommendationVerdict } from "./Commendation.js"

export { INELIGIBLE_REASONS, rotateFeatured, rotationForWeeks } from "./FeaturedRotation.js"
export type {
  FeaturedHistoryEntry,
  FeaturedPage,
  FeaturedPick,
  FeaturedRotation,
  IneligiblePage,
  RotateFeaturedOptions,
  RotationForWeeksOptions,
} from "./FeaturedRotation.js"

export { LEADERBOARD_VIEWS, leaderboard } from "./Leaderboard.js"
export type {
  Leaderboard,
  LeaderboardBoard,
  LeaderboardEntry,
  LeaderboardOptions,
  LeaderboardView,
} from "./Leaderboard.js"
