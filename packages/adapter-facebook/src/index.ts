/**
 * @lantoa/adapter-facebook — the units' Fanpages for the plan "Chủ động
 * lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc": a Graph API
 * client built on Effect (published posts with complete pagination and
 * counts, comments, hide/unhide/delete, batches; typed errors, retries
 * with backoff, throttling from usage headers), framework-free webhooks
 * (handshake, `X-Hub-Signature-256` over the raw bytes, `feed` changes to
 * Activities and comment events, redeliveries deduplicated), the mapping
 * of Pages to channels and posts to Activities, and comments through the
 * moderation verdict to hides recorded in the incident trail. Promise
 * functions for callers who do not use Effect.
 *
 * @packageDocumentation
 */

export {
  CommentNotHideableError,
  GraphNetworkError,
  GraphPermissionError,
  GraphRateLimitError,
  GraphRequestError,
  GraphResponseError,
  GraphTimeoutError,
  GraphTokenError,
  GraphTransientError,
  isRetryable,
} from "./GraphError.js"
export type { GraphError, GraphErrorFields, GraphOperation } from "./GraphError.js"

export { parseUsageHeaders } from "./GraphUsage.js"
export type { AppUsage, BusinessUseCaseUsage, GraphUsage } from "./GraphUsage.js"

export { redactUrl } from "./Redact.js"

export { DEFAULT_RETRY, graphRetrySchedule } from "./RetrySchedule.js"
export type { RetryOptions } from "./RetrySchedule.js"

export type { FacebookPost } from "./Post.js"
export type { FacebookComment } from "./Comment.js"
export type { BatchItemResult, BatchRequest } from "./Batch.js"

export { DEFAULT_GRAPH_VERSION, makeGraphClient } from "./GraphClient.js"
export type {
  CommentTarget,
  DeleteResult,
  GraphClient,
  GraphClientOptions,
  GraphPage,
  HideResult,
  PostsRange,
} from "./GraphClient.js"

export { facebookActivityId, pagesFromChannels, postActivity } from "./Page.js"
export type { FacebookPage, PagesFromChannels, PagesFromChannelsOptions } from "./Page.js"

export { syncPagePosts, syncPages } from "./Sync.js"
export type { PagePosts, PageSource, PageSyncFailure, SyncResult } from "./Sync.js"

export {
  answerChallenge,
  changeKey,
  createChangeDeduper,
  handleWebhook,
  parseWebhook,
  verifySignature,
} from "./Webhook.js"
export type {
  ChallengeAnswer,
  ChangeDeduper,
  CommentVerb,
  FacebookCommentEvent,
  ParsedWebhook,
  ParseWebhookOptions,
  RawBody,
  WebhookOptions,
  WebhookRequest,
  WebhookResponse,
} from "./Webhook.js"

export { ModerationCheckError, commentIncidentId, moderateComment, moderatePostComments } from "./Moderation.js"
export type { CommentOutcome, ModeratedComment, ModerateCommentOptions } from "./Moderation.js"

export { createFacebookClient, runToPromise, syncFacebookPages } from "./FacebookClient.js"
export type { FacebookClient, FacebookClientOptions } from "./FacebookClient.js"
