/**
 * Zalo OA webhooks, framework-free: the `X-ZEvent-Signature` check over
 * the raw body, a replay window on the body's timestamp, events parsed into
 * typed values, and deduplication on `msg_id` (Zalo redelivers).
 *
 * The signature is `mac=` + hex SHA-256 of appId + raw body + timestamp +
 * OA secret key — plain SHA-256, not an HMAC — where `timestamp` is the
 * body's `timestamp` string and the raw body the exact bytes received (a
 * re-serialised body will not match). Some production code puts the OA id
 * in place of the app id: both are accepted. Which key Zalo uses (the OA
 * secret key of the webhook settings page, or the app secret) is disputed;
 * keep the OA secret key as its own setting.
 *
 * @since 0.1.0
 * @module
 */
import { createHash, timingSafeEqual } from "node:crypto"
import { dataIssue, type DataIssue } from "@lantoa/core"
import { idOf, objectOf, parseJson, stringOf } from "./internal/json.js"

/**
 * A request body as received: the exact bytes, or their UTF-8 text.
 *
 * @example
 * ```ts
 * const body: RawBody = await request.arrayBuffer().then((buffer) => new Uint8Array(buffer))
 * ```
 * @since 0.1.0
 * @category models
 */
export type RawBody = string | Uint8Array

/**
 * Input of {@link verifySignature}: the raw body, the `X-ZEvent-Signature`
 * header, the app id, optionally the OA id (for the variant that starts
 * with it) and the OA secret key.
 *
 * @example
 * ```ts
 * const input: VerifySignatureInput = {
 *   rawBody, signature: request.headers.get("x-zevent-signature") ?? "",
 *   appId: "3608465248940903967", oaId: "388613280878808645", secretKey: process.env.ZALO_OA_SECRET_KEY ?? "",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface VerifySignatureInput {
  readonly rawBody: RawBody
  readonly signature: string | null | undefined
  readonly appId: string
  readonly oaId?: string
  readonly secretKey: string
}

/**
 * Which prefix a valid signature was computed with.
 *
 * @example
 * ```ts
 * const variant: SignatureVariant = "oa-id"
 * ```
 * @since 0.1.0
 * @category models
 */
export type SignatureVariant = "app-id" | "oa-id"

const bytesOf = (body: RawBody): Uint8Array => (typeof body === "string" ? Buffer.from(body, "utf8") : body)

const textOf = (body: RawBody): string => (typeof body === "string" ? body : Buffer.from(body).toString("utf8"))

/** The body's `timestamp` as Zalo wrote it (digits), or undefined. */
const timestampOf = (body: Readonly<Record<string, unknown>> | undefined): string | undefined =>
  body === undefined ? undefined : idOf(body["timestamp"])

const macOf = (prefix: string, body: Uint8Array, timestamp: string, secretKey: string): Buffer =>
  createHash("sha256").update(prefix, "utf8").update(body).update(timestamp, "utf8").update(secretKey, "utf8").digest()

const signatureBytes = (signature: string): Buffer | undefined => {
  const hex = signature.trim().replace(/^mac=/i, "")
  return /^[0-9a-fA-F]{64}$/.test(hex) ? Buffer.from(hex, "hex") : undefined
}

/**
 * Which variant of the signature matches — the app id first, or the OA id
 * first — or `undefined` when none does (or the body has no timestamp).
 * Both MACs are computed and compared in constant time, whichever matches.
 * Log the variant to learn which one Zalo uses for your app.
 *
 * @example
 * ```ts
 * matchSignature({ rawBody, signature: "mac=800edd3f…", appId: "3608465248940903967", oaId: "388613280878808645", secretKey: "test_oa_secret_key" })
 * //=> "oa-id"
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const matchSignature = (input: VerifySignatureInput): SignatureVariant | undefined => {
  if (input.signature === null || input.signature === undefined || input.secretKey === "") return undefined
  const given = signatureBytes(input.signature)
  const body = bytesOf(input.rawBody)
  const timestamp = timestampOf(objectOf(parseJson(textOf(input.rawBody))))
  if (given === undefined || timestamp === undefined) return undefined
  const byApp = timingSafeEqual(given, macOf(input.appId, body, timestamp, input.secretKey))
  const byOa = input.oaId !== undefined && input.oaId !== "" && timingSafeEqual(given, macOf(input.oaId, body, timestamp, input.secretKey))
  return byApp ? "app-id" : byOa ? "oa-id" : undefined
}

/**
 * Whether `X-ZEvent-Signature` is valid for the raw body: `mac=` + hex
 * SHA-256 of appId + raw body + the body's timestamp + the OA secret key,
 * or the same with the OA id first. Checks the MAC only, in constant time;
 * the timestamp's age is {@link checkReplayWindow}'s job.
 *
 * @example
 * ```ts
 * verifySignature({
 *   rawBody: readFileSync("zalo_user_send_text.raw"),
 *   signature: "mac=8509f5896dbe5f83ef784418c48556d1bff48115c443317af473c98c130091de",
 *   appId: "3608465248940903967", secretKey: "test_oa_secret_key",
 * }) //=> true
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const verifySignature = (input: VerifySignatureInput): boolean => matchSignature(input) !== undefined

/**
 * Options of {@link checkReplayWindow}: the instant to judge at (epoch ms),
 * how old an event may be (default 1 hour: Zalo's retry schedule is
 * disputed, from 30 s up to hours) and how far in the future its timestamp
 * may be (clock skew, default 5 minutes).
 *
 * @example
 * ```ts
 * const options: ReplayWindowOptions = { now: Date.now(), maxAgeMs: 15 * 60_000 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReplayWindowOptions {
  readonly now: number
  readonly maxAgeMs?: number
  readonly maxSkewMs?: number
}

/**
 * The verdict of {@link checkReplayWindow}.
 *
 * @example
 * ```ts
 * const verdict: ReplayVerdict = { ok: false, reason: "stale", ageMs: 7_200_000 }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ReplayVerdict =
  | { readonly ok: true; readonly ageMs: number }
  | { readonly ok: false; readonly reason: "stale" | "future"; readonly ageMs: number }
  | { readonly ok: false; readonly reason: "no-timestamp" }

/**
 * Whether the body's `timestamp` (epoch ms, as Zalo sends it) is recent
 * enough at `now`: a signed body captured and replayed later is refused.
 * Separate from {@link verifySignature}, and run after it.
 *
 * @example
 * ```ts
 * checkReplayWindow(rawBody, { now: 1767225660000 })   //=> { ok: true, ageMs: 60000 }
 * checkReplayWindow(rawBody, { now: 1767240000000 })   //=> { ok: false, reason: "stale", ageMs: 14400000 }
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const checkReplayWindow = (rawBody: RawBody, options: ReplayWindowOptions): ReplayVerdict => {
  const timestamp = timestampOf(objectOf(parseJson(textOf(rawBody))))
  const at = timestamp === undefined ? Number.NaN : Number(timestamp)
  if (!Number.isSafeInteger(at)) return { ok: false, reason: "no-timestamp" }
  const ageMs = options.now - at
  if (ageMs > (options.maxAgeMs ?? 60 * 60_000)) return { ok: false, reason: "stale", ageMs }
  if (-ageMs > (options.maxSkewMs ?? 5 * 60_000)) return { ok: false, reason: "future", ageMs }
  return { ok: true, ageMs }
}

/**
 * What every event carries: Zalo's `event_name`, the app id, the timestamp
 * as sent (a string of epoch ms) and as a number.
 *
 * @example
 * ```ts
 * const base: ZaloEventBase = { eventName: "user_send_text", appId: "3608465248940903967", timestamp: "1767225600000", at: 1767225600000 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloEventBase {
  readonly eventName: string
  readonly appId?: string
  readonly timestamp?: string
  readonly at?: number
}

/**
 * A user wrote to the OA (`user_send_text`, `user_send_image`, …).
 *
 * @example
 * ```ts
 * const event: ZaloUserMessageEvent = {
 *   type: "user-message", eventName: "user_send_text", appId: "3608465248940903967", timestamp: "1767225600000",
 *   at: 1767225600000, userId: "2468458835296197922", userIdByApp: "552177279717587730", oaId: "388613280878808645",
 *   msgId: "96d3cdf3af150460909", text: "Xin chao thay co", attachments: [],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloUserMessageEvent extends ZaloEventBase {
  readonly type: "user-message"
  readonly userId: string
  readonly userIdByApp?: string
  readonly oaId?: string
  readonly msgId: string
  readonly text?: string
  readonly attachments: ReadonlyArray<unknown>
}

/**
 * The OA wrote to a user (`oa_send_text`, …), from the API or an admin.
 *
 * @example
 * ```ts
 * const event: ZaloOaMessageEvent = {
 *   type: "oa-message", eventName: "oa_send_text", oaId: "388613280878808645", adminId: "1234567890",
 *   userId: "2468458835296197922", msgId: "a4d0243feee163bd3af2", text: "Đã nhận",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloOaMessageEvent extends ZaloEventBase {
  readonly type: "oa-message"
  readonly oaId?: string
  readonly adminId?: string
  readonly userId?: string
  readonly msgId: string
  readonly text?: string
}

/**
 * A user followed or unfollowed the OA.
 *
 * @example
 * ```ts
 * const event: ZaloFollowEvent = {
 *   type: "follow", eventName: "follow", oaId: "388613280878808645", userId: "2468458835296197922", source: "oa_profile",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloFollowEvent extends ZaloEventBase {
  readonly type: "follow" | "unfollow"
  readonly oaId?: string
  readonly userId: string
  readonly userIdByApp?: string
  readonly source?: string
}

/**
 * A message reached its recipient (`user_received_message`). For a ZNS
 * message `recipient` is the phone number (`84…`) — personal data — and
 * `trackingId` the sender's idempotency key.
 *
 * @example
 * ```ts
 * const event: ZaloMessageReceivedEvent = {
 *   type: "message-received", eventName: "user_received_message", recipient: "84912345678",
 *   msgId: "15a0cc0bbb13bd4ce403", trackingId: "reminder-2026-11-28-gv-123", deliveredAt: 1767225605000,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloMessageReceivedEvent extends ZaloEventBase {
  readonly type: "message-received"
  readonly recipient?: string
  readonly msgId: string
  readonly trackingId?: string
  readonly deliveredAt?: number
}

/**
 * A user saw messages (`user_seen_message`; the `msg_ids` shape is
 * unconfirmed).
 *
 * @example
 * ```ts
 * const event: ZaloMessageSeenEvent = { type: "message-seen", eventName: "user_seen_message", userId: "2468458835296197922", msgIds: ["a4d0243feee163bd3af2"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloMessageSeenEvent extends ZaloEventBase {
  readonly type: "message-seen"
  readonly userId?: string
  readonly msgIds: ReadonlyArray<string>
}

/**
 * An event of an OA-owned group (`user_send_group_*`, `oa_send_group_*`,
 * `create_group`, `user_join_group`, `user_leave_group`, `delete_group`).
 * Their payloads are not documented in the sources seen: the group id is
 * read from `recipient.id` or `group_id`, and the body is kept in `raw`.
 *
 * @example
 * ```ts
 * const event: ZaloGroupEvent = { type: "group", eventName: "user_send_group_text", groupId: "7967320986128691935", raw: {} }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloGroupEvent extends ZaloEventBase {
  readonly type: "group"
  readonly groupId?: string
  readonly userId?: string
  readonly msgId?: string
  readonly text?: string
  readonly raw: Readonly<Record<string, unknown>>
}

/**
 * Any other event (`user_submit_info`, `change_template_status`,
 * `change_oa_daily_quota`, names Zalo adds later…): kept, with its body,
 * never thrown away or thrown.
 *
 * @example
 * ```ts
 * const event: ZaloUnknownEvent = { type: "unknown", eventName: "change_oa_daily_quota", raw: { event_name: "change_oa_daily_quota" } }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloUnknownEvent extends ZaloEventBase {
  readonly type: "unknown"
  readonly raw: Readonly<Record<string, unknown>>
}

/**
 * A parsed webhook event.
 *
 * @example
 * ```ts
 * const texts = events.flatMap((event: ZaloWebhookEvent) => (event.type === "user-message" && event.text !== undefined ? [event.text] : []))
 * ```
 * @since 0.1.0
 * @category models
 */
export type ZaloWebhookEvent =
  | ZaloUserMessageEvent
  | ZaloOaMessageEvent
  | ZaloFollowEvent
  | ZaloMessageReceivedEvent
  | ZaloMessageSeenEvent
  | ZaloGroupEvent
  | ZaloUnknownEvent

/**
 * The result of {@link parseWebhook}: the events, and what could not be
 * read (a body that is not JSON, an event without `event_name`, a message
 * event without `msg_id`).
 *
 * @example
 * ```ts
 * const { events, issues }: ParsedZaloWebhook = parseWebhook(rawBody)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedZaloWebhook {
  readonly events: ReadonlyArray<ZaloWebhookEvent>
  readonly issues: ReadonlyArray<DataIssue>
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
type Body = Readonly<Record<string, unknown>>

const idAt = (body: Body, key: string, field = "id"): string | undefined => idOf(objectOf(body[key])?.[field])

const baseOf = (body: Body, eventName: string): Mutable<ZaloEventBase> => {
  const base: Mutable<ZaloEventBase> = { eventName }
  const appId = idOf(body["app_id"])
  const timestamp = idOf(body["timestamp"])
  if (appId !== undefined) base.appId = appId
  if (timestamp !== undefined) {
    base.timestamp = timestamp
    const at = Number(timestamp)
    if (Number.isSafeInteger(at)) base.at = at
  }
  return base
}

const set = <T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void => {
  if (value !== undefined) target[key] = value
}

const GROUP_EVENTS = /^(user_send_group_|oa_send_group_)|^(create_group|user_join_group|user_leave_group|delete_group)$/

type Parsed = { readonly event: ZaloWebhookEvent } | { readonly missing: string }

const parseEvent = (body: Body, eventName: string): Parsed => {
  const base = baseOf(body, eventName)
  const message = objectOf(body["message"]) ?? {}
  const msgId = idOf(message["msg_id"])
  if (GROUP_EVENTS.test(eventName)) {
    const event: Mutable<ZaloGroupEvent> = { ...base, type: "group", raw: body }
    set(event, "groupId", idOf(body["group_id"]) ?? idAt(body, "recipient"))
    set(event, "userId", idAt(body, "sender"))
    set(event, "msgId", msgId)
    set(event, "text", stringOf(message["text"]))
    return { event }
  }
  if (eventName.startsWith("user_send_")) {
    const userId = idAt(body, "sender")
    if (msgId === undefined) return { missing: "message.msg_id" }
    if (userId === undefined) return { missing: "sender.id" }
    const event: Mutable<ZaloUserMessageEvent> = { ...base, type: "user-message", userId, msgId, attachments: [] }
    set(event, "userIdByApp", idOf(body["user_id_by_app"]))
    set(event, "oaId", idAt(body, "recipient"))
    set(event, "text", stringOf(message["text"]))
    if (Array.isArray(message["attachments"])) event.attachments = message["attachments"] as ReadonlyArray<unknown>
    return { event }
  }
  if (eventName.startsWith("oa_send_")) {
    if (msgId === undefined) return { missing: "message.msg_id" }
    const event: Mutable<ZaloOaMessageEvent> = { ...base, type: "oa-message", msgId }
    set(event, "oaId", idAt(body, "sender"))
    set(event, "adminId", idAt(body, "sender", "admin_id"))
    set(event, "userId", idAt(body, "recipient"))
    set(event, "text", stringOf(message["text"]))
    return { event }
  }
  if (eventName === "follow" || eventName === "unfollow") {
    const userId = idAt(body, "follower")
    if (userId === undefined) return { missing: "follower.id" }
    const event: Mutable<ZaloFollowEvent> = { ...base, type: eventName, userId }
    set(event, "oaId", idOf(body["oa_id"]))
    set(event, "userIdByApp", idOf(body["user_id_by_app"]))
    set(event, "source", stringOf(body["source"]))
    return { event }
  }
  if (eventName === "user_received_message") {
    if (msgId === undefined) return { missing: "message.msg_id" }
    const event: Mutable<ZaloMessageReceivedEvent> = { ...base, type: "message-received", msgId }
    set(event, "recipient", idAt(body, "recipient"))
    set(event, "trackingId", stringOf(message["tracking_id"]))
    const delivered = Number(idOf(message["delivery_time"]))
    if (Number.isSafeInteger(delivered)) event.deliveredAt = delivered
    return { event }
  }
  if (eventName === "user_seen_message") {
    const ids = Array.isArray(message["msg_ids"]) ? (message["msg_ids"] as ReadonlyArray<unknown>) : msgId === undefined ? [] : [msgId]
    const event: Mutable<ZaloMessageSeenEvent> = {
      ...base,
      type: "message-seen",
      msgIds: ids.flatMap((id) => {
        const text = idOf(id)
        return text === undefined ? [] : [text]
      }),
    }
    set(event, "userId", idAt(body, "recipient"))
    return { event }
  }
  return { event: { ...base, type: "unknown", raw: body } }
}

/**
 * Parses a webhook body into typed events. Never throws: a body that is not
 * JSON, an event without `event_name`, or a message event without its
 * `msg_id` is an issue; an event this package does not model is kept as
 * `unknown`. Ids stay strings, digit for digit (a bare 19-digit number is
 * read as its digits, not rounded). Zalo sends one event per request; an
 * array of events is read too.
 *
 * @example
 * ```ts
 * parseWebhook(readFileSync("zalo_user_send_text.raw")).events
 * //=> [{ type: "user-message", eventName: "user_send_text", appId: "3608465248940903967", timestamp: "1767225600000",
 * //      at: 1767225600000, userId: "2468458835296197922", msgId: "96d3cdf3af150460909", text: "Xin chao thay co", … }]
 * parseWebhook("not json").issues[0]?.code //=> "invalid-webhook-body"
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const parseWebhook = (rawBody: RawBody): ParsedZaloWebhook => {
  const value = parseJson(textOf(rawBody))
  const bodies = Array.isArray(value) ? value : [value]
  const events: Array<ZaloWebhookEvent> = []
  const issues: Array<DataIssue> = []
  if (value === undefined || bodies.length === 0) {
    issues.push(
      dataIssue("error", "invalid-webhook-body", "body", {
        vi: "nội dung webhook không phải JSON hợp lệ.",
        en: "the webhook body is not valid JSON.",
      }),
    )
    return { events, issues }
  }
  bodies.forEach((item, index) => {
    const path = Array.isArray(value) ? `body[${index}]` : "body"
    const body = objectOf(item)
    const eventName = body === undefined ? undefined : stringOf(body["event_name"])
    if (body === undefined || eventName === undefined) {
      issues.push(
        dataIssue("error", "missing-event-name", `${path}.event_name`, {
          vi: "sự kiện không có event_name.",
          en: "the event has no event_name.",
        }),
      )
      return
    }
    const parsed = parseEvent(body, eventName)
    if ("event" in parsed) events.push(parsed.event)
    else
      issues.push(
        dataIssue(
          "error",
          "incomplete-webhook-event",
          `${path}.${parsed.missing}`,
          { vi: `sự kiện ${eventName} thiếu ${parsed.missing}.`, en: `the ${eventName} event lacks ${parsed.missing}.` },
          eventName,
        ),
      )
  })
  return { events, issues }
}

/**
 * The key an event is deduplicated on: `<event_name>:<msg_id>` for every
 * event with a message id (a redelivery has the same), else the event name,
 * the user or group and the timestamp.
 *
 * @example
 * ```ts
 * webhookEventKey(event) //=> "user_send_text:96d3cdf3af150460909"
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const webhookEventKey = (event: ZaloWebhookEvent): string => {
  switch (event.type) {
    case "user-message":
    case "oa-message":
    case "message-received":
      return `${event.eventName}:${event.msgId}`
    case "group":
      return event.msgId !== undefined
        ? `${event.eventName}:${event.msgId}`
        : `${event.eventName}:${event.groupId ?? ""}:${event.userId ?? ""}:${event.timestamp ?? ""}`
    case "message-seen":
      return `${event.eventName}:${event.msgIds.join(",")}:${event.timestamp ?? ""}`
    case "follow":
    case "unfollow":
      return `${event.eventName}:${event.userId}:${event.timestamp ?? ""}`
    case "unknown":
      return `${event.eventName}:${event.timestamp ?? ""}:${createHash("sha256").update(JSON.stringify(event.raw)).digest("hex").slice(0, 16)}`
  }
}

/**
 * Remembers the keys of events already handled, to drop redeliveries.
 *
 * @example
 * ```ts
 * const deduper: WebhookDeduper = createWebhookDeduper()
 * deduper.firstTime("user_send_text:96d3cdf3af150460909") //=> true
 * deduper.firstTime("user_send_text:96d3cdf3af150460909") //=> false
 * ```
 * @since 0.1.0
 * @category models
 */
export interface WebhookDeduper {
  /** True the first time a key is seen (and remembers it). */
  readonly firstTime: (key: string) => boolean
}

/**
 * An in-memory deduper remembering the last `capacity` keys (default
 * 10,000). A service behind several processes should keep the keys in a
 * shared store instead, with the same interface.
 *
 * @example
 * ```ts
 * const deduper = createWebhookDeduper({ capacity: 50_000 })
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const createWebhookDeduper = (options: { readonly capacity?: number } = {}): WebhookDeduper => {
  const capacity = options.capacity ?? 10_000
  const seen = new Set<string>()
  return {
    firstTime: (key) => {
      if (seen.has(key)) return false
      seen.add(key)
      if (seen.size > capacity) seen.delete(seen.values().next().value as string)
      return true
    },
  }
}

/**
 * A webhook request, as any HTTP framework can give it.
 *
 * @example
 * ```ts
 * const request: ZaloWebhookRequest = { rawBody, signature: headers["x-zevent-signature"], now: Date.now() }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloWebhookRequest {
  readonly rawBody: RawBody
  readonly signature: string | null | undefined
  /** The instant to judge the replay window at (epoch ms). */
  readonly now: number
}

/**
 * Options of {@link handleWebhook}.
 *
 * @example
 * ```ts
 * const options: HandleWebhookOptions = {
 *   appId: "3608465248940903967", oaId: "388613280878808645",
 *   secretKey: process.env.ZALO_OA_SECRET_KEY ?? "", deduper: createWebhookDeduper(),
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface HandleWebhookOptions extends Omit<ReplayWindowOptions, "now"> {
  readonly appId: string
  readonly oaId?: string
  readonly secretKey: string
  readonly deduper: WebhookDeduper
}

/**
 * What {@link handleWebhook} decided: the HTTP status to answer (fast —
 * Zalo waits 2 s), the new events to act on, how many were redeliveries,
 * and why a request was refused.
 *
 * @example
 * ```ts
 * const outcome: WebhookOutcome = { status: 200, events: [event], duplicates: 0, issues: [], variant: "app-id" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface WebhookOutcome {
  readonly status: 200 | 400 | 401
  readonly events: ReadonlyArray<ZaloWebhookEvent>
  readonly duplicates: number
  readonly issues: ReadonlyArray<DataIssue>
  readonly variant?: SignatureVariant
  readonly refused?: "signature" | "stale" | "future" | "no-timestamp"
}

/**
 * Checks a webhook request in the safe order — the signature over the raw
 * body (401 if wrong), the replay window (refused with 200 so that Zalo
 * stops retrying an event that is too old), then parses the events and
 * drops those already handled.
 *
 * @example
 * ```ts
 * const outcome = handleWebhook({ rawBody, signature, now: Date.now() }, options)
 * response.status(outcome.status).end()
 * for (const event of outcome.events) queue.push(event)
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const handleWebhook = (request: ZaloWebhookRequest, options: HandleWebhookOptions): WebhookOutcome => {
  const variant = matchSignature({
    rawBody: request.rawBody,
    signature: request.signature,
    appId: options.appId,
    secretKey: options.secretKey,
    ...(options.oaId === undefined ? {} : { oaId: options.oaId }),
  })
  if (variant === undefined) return { status: 401, events: [], duplicates: 0, issues: [], refused: "signature" }
  const window: Mutable<ReplayWindowOptions> = { now: request.now }
  if (options.maxAgeMs !== undefined) window.maxAgeMs = options.maxAgeMs
  if (options.maxSkewMs !== undefined) window.maxSkewMs = options.maxSkewMs
  const verdict = checkReplayWindow(request.rawBody, window)
  if (!verdict.ok) return { status: 200, events: [], duplicates: 0, issues: [], variant, refused: verdict.reason }
  const parsed = parseWebhook(request.rawBody)
  const events = parsed.events.filter((event) => options.deduper.firstTime(webhookEventKey(event)))
  return {
    status: parsed.events.length === 0 && parsed.issues.length > 0 ? 400 : 200,
    events,
    duplicates: parsed.events.length - events.length,
    issues: parsed.issues,
    variant,
  }
}
