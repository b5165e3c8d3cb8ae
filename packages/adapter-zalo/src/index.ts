/**
 * @lantoa/adapter-zalo — Zalo for the plan "Chủ động lan tỏa thông tin
 * tích cực, đẩy lùi thông tin xấu, độc": an OA API client built on Effect
 * (OAuth v4 token rotation with a lock and a durable store; articles as
 * Activities of the Sở's OA; followers; consultation messages inside the
 * 7-day window; ZNS/ZBS template messages by phone; messages to OA-owned
 * groups; typed, classified errors and retries), reminders from the
 * calendar's plans and from quota verdicts sent once per person per
 * reminder across reruns, framework-free webhooks (`X-ZEvent-Signature`,
 * replay window, typed events, deduplication on `msg_id`), and the audit of
 * the units' exported "Truyền thông …" Zalo groups. Promise functions for
 * callers who do not use Effect.
 *
 * @packageDocumentation
 */

export {
  ZALO_ERROR_CLASSES,
  ZaloAuthorizationError,
  ZaloBackoffError,
  ZaloConfigurationError,
  ZaloPayloadError,
  ZaloStoreError,
  ZaloTokenError,
  ZaloTransportError,
  classifyZaloCode,
  isRetryable,
} from "./ZaloError.js"
export type { BackoffRetry, ZaloError, ZaloErrorClass, ZaloErrorFields, ZaloOperation } from "./ZaloError.js"

export { fileTokenStore, memoryTokenStore } from "./TokenStore.js"
export type { TokenPair, TokenStore } from "./TokenStore.js"

export { authorizationUrl, codeChallenge, createPkce } from "./OAuth.js"
export type { AuthorizationUrlInput, Pkce } from "./OAuth.js"

export { ZALO_BASE_URLS, makeZaloClient } from "./ZaloClient.js"
export type {
  OaInfo,
  SentMessage,
  TemplateMessage,
  TemplateQuota,
  TemplateSent,
  TokenExpiryInfo,
  ZaloBaseUrls,
  ZaloClient,
  ZaloClientOptions,
  ZaloRetryOptions,
} from "./ZaloClient.js"

export { articleActivities } from "./Article.js"
export type { ArticleActivitiesOptions, ArticleBlock, ArticleInput, ArticleSlice, ZaloArticle } from "./Article.js"

export { INTERACTION_WINDOW_MS, linkFollowers, withinInteractionWindow } from "./Follower.js"
export type { FollowerPage, LinkFollowersOptions, LinkedFollowers, MessageQuota, ZaloContact, ZaloUser } from "./Follower.js"

export {
  checkReplayWindow,
  createWebhookDeduper,
  handleWebhook,
  matchSignature,
  parseWebhook,
  verifySignature,
  webhookEventKey,
} from "./Webhook.js"
export type {
  HandleWebhookOptions,
  ParsedZaloWebhook,
  RawBody,
  ReplayVerdict,
  ReplayWindowOptions,
  SignatureVariant,
  VerifySignatureInput,
  WebhookDeduper,
  WebhookOutcome,
  ZaloEventBase,
  ZaloFollowEvent,
  ZaloGroupEvent,
  ZaloMessageReceivedEvent,
  ZaloMessageSeenEvent,
  ZaloOaMessageEvent,
  ZaloUnknownEvent,
  ZaloUserMessageEvent,
  ZaloWebhookEvent,
  ZaloWebhookRequest,
} from "./Webhook.js"

export { auditZaloGroups, parseZaloGroupExport } from "./GroupAudit.js"
export type {
  AuditZaloGroupsInput,
  ParsedZaloGroupExport,
  ZaloGroupAudit,
  ZaloGroupAuditEntry,
  ZaloGroupExport,
} from "./GroupAudit.js"

export { DEFAULT_CONTACT_ROLES, defaultTemplateData, planReminderMessages, reminderTrackingId } from "./Reminders.js"
export type {
  PlanRemindersInput,
  PlannedReminders,
  QuotaVerdictInput,
  ReminderMessage,
  SkippedReminder,
  TemplateContext,
} from "./Reminders.js"

export { memorySentLog, openFileSentLog } from "./SentLog.js"
export type { ClaimResult, SendRoute, SentLog, SentRecord, SentStatus } from "./SentLog.js"

export { sendReminders } from "./ReminderRun.js"
export type { ReminderFailure, ReminderRunResult, ReminderSent, SendRemindersOptions } from "./ReminderRun.js"

export { maskZaloPhone, redactPhones } from "./Privacy.js"

export { createZaloClient, runZaloPromise } from "./PromiseClient.js"
export type { ZaloLogEntry, ZaloPromiseClient, ZaloPromiseClientOptions } from "./PromiseClient.js"
