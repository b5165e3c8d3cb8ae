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
