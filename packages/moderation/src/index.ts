/**
 * @lantoa/moderation — the plan's "đẩy lùi thông tin xấu, độc": Vietnamese
 * normalisation with offsets back to the original text, a linear-time
 * lexicon matcher, policy categories and actions with their deadlines,
 * incident cases with an audit trail, and a pre-publication check.
 *
 * @packageDocumentation
 */

export {
  FOLD_POLICIES,
  LexiconEntrySchema,
  MODERATION_ACTIONS,
  MODERATION_CATEGORIES,
  ModerationCategorySchema,
  ModerationPolicySchema,
  ModerationSlaSchema,
  ModerationTopicSchema,
  SpamSignalsSchema,
} from "./ModerationPolicy.js"
export type {
  FoldPolicy,
  LexiconEntry,
  ModerationAction,
  ModerationCategory,
  ModerationCategoryRule,
  ModerationPolicy,
  ModerationPolicyInput,
  ModerationSla,
  ModerationTopic,
} from "./ModerationPolicy.js"

// ── matching: normalisation, lexicon, moderator, classifiers, pre-publication (helper M1 edits above the incidents marker only) ──

export { normalizeForMatching, typedWithDiacritics } from "./Normalize.js"
export type { MatchView, NormalizedText, NormalizedView } from "./Normalize.js"

export { TEENCODE_WORDS } from "./Teencode.js"

export { DEFAULT_MODERATION_CATEGORIES } from "./DefaultCategories.js"

export type { Classifier, ClassifierScore, ModerationContext } from "./Classifier.js"

export { createModerator } from "./Moderator.js"
export type {
  DiacriticsMatch,
  HeldAction,
  LexiconMatch,
  ModerationResult,
  Moderator,
  ModeratorOptions,
  ModeratorScore,
  PlannedAction,
  PlannedSla,
  PolicyDocumentLike,
  ReviewReason,
  SpamSignal,
} from "./Moderator.js"

export type { PostCheckOptions, PostCheckResult, PostCue, PostProblem, PostProblemCode } from "./PrePublication.js"

// ── incidents (helper M2 edits below this line only) ──

export {
  INCIDENT_EVENT_TYPES,
  INCIDENT_STATES,
  allowedEventTypes,
  incidentState,
  openIncident,
  recordEvent,
} from "./Incident.js"
export type {
  Incident,
  IncidentEvent,
  IncidentEventError,
  IncidentEventErrorCode,
  IncidentEventInput,
  IncidentEventType,
  IncidentSource,
  IncidentState,
  OpenIncidentInput,
  RecordEventResult,
} from "./Incident.js"

export { CLOCK_STATUSES, explainClock, incidentClocks } from "./IncidentClock.js"
export type { ClockStatus, ExplainClockOptions, IncidentClock, IncidentClockOptions } from "./IncidentClock.js"

export { IncidentEventRecordSchema, IncidentRecordSchema, parseIncidents, toIncidentRecord } from "./IncidentRecords.js"
export type { IncidentEventRecord, IncidentRecord, ParseIncidentsOptions, ParsedIncidents } from "./IncidentRecords.js"

export { moderationMetrics } from "./ModerationMetrics.js"
export type {
  ModerationCategoryMetrics,
  ModerationCounts,
  ModerationMetrics,
  ModerationMetricsOptions,
  ModerationUnitMetrics,
} from "./ModerationMetrics.js"
