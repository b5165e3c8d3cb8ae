/**
 * Sending planned reminder messages: each at most once, whatever happens.
 *
 * For every message, in order: skip it if the run has stopped or its route
 * is closed for the day; choose the route — a consultation message when the
 * person is linked to an OA follower who interacted in the last 7 days, else
 * a ZNS/ZBS template message by phone —; claim it in the sent log (a
 * message already sent is skipped, one left pending by a run that died is
 * "in doubt" and not resent); send; record it as sent. The tracking id is
 * derived from the message key, so Zalo sees the same id on every run.
 *
 * Faults: an expired token is refreshed once by the client and the send
 * repeated; `-230` (outside the 7-day window) falls back to a template;
 * `-144` (daily ZNS quota) closes the template route until the next run,
 * which sends the rest; other back-offs, configuration and authorization
 * errors stop the run (the next run resumes). A transport failure after
 * the retries leaves the message pending — it may have been delivered — so
 * it is never sent twice.
 *
 * Logs carry reminder and person ids and a masked phone number (`84******678`),
 * never a number, a name, a message text or a token.
 *
 * @since 0.1.0
 * @module
 */
import { Clock, Effect, Ref } from "effect"
import { withinInteractionWindow } from "./Follower.js"
import { maskZaloPhone, redactPhones } from "./Privacy.js"
import type { ReminderMessage } from "./Reminders.js"
import type { SendRoute, SentLog } from "./SentLog.js"
import type { TemplateQuota, ZaloClient } from "./ZaloClient.js"
import { operationPrefix } from "./internal/codes.js"
import { ZaloStoreError, type ZaloError } from "./ZaloError.js"

/**
 * Options of {@link sendReminders}.
 *
 * - `sentLog`: the sent log shared by every run ({@link openFileSentLog});
 * - `templateId`: the approved ZNS/ZBS template for reminders (without it,
 *   only consultation messages go out);
 * - `mode: "development"`: templates reach the OA's admins only;
 * - `now`: the clock for the 7-day window and the log (default Effect's);
 * - `concurrency`: messages in flight at once (default 4);
 * - `route`: `auto` (default), or only `template` / `consultation`.
 *
 * @example
 * ```ts
 * const options: SendRemindersOptions = { sentLog: await openFileSentLog("zalo-sent.jsonl"), templateId: "7895417a7d3f9461cd2e" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SendRemindersOptions {
  readonly sentLog: SentLog
  readonly templateId?: string
  readonly mode?: "development"
  readonly now?: () => number
  readonly concurrency?: number
  readonly route?: "auto" | "template" | "consultation"
}

/**
 * A message that went out.
 *
 * @example
 * ```ts
 * const sent: ReminderSent = { key: "…|cb-00042", person: "cb-00042", reminder: "…", via: "template", messageId: "15a0cc0bbb13bd4ce403" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReminderSent {
  readonly key: string
  readonly person: string
  readonly reminder: string
  readonly via: SendRoute
  readonly messageId: string
}

/**
 * A message Zalo refused (fatal for that message; a later run tries again).
 *
 * @example
 * ```ts
 * const failed: ReminderFailure = { key: "…|cb-00042", person: "cb-00042", reminder: "…", error: "ZaloPayloadError", code: -108, message: "Zalo (…): số điện thoại không hợp lệ (mã lỗi -108). …" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReminderFailure {
  readonly key: string
  readonly person: string
  readonly reminder: string
  readonly error: ZaloError["_tag"]
  readonly code?: number
  readonly message: string
}

/**
 * What a run did. `deferred` messages were not sent and not claimed (the
 * template quota ran out, or the run stopped): the next run sends them.
 * `inDoubt` ones are pending from a run that died while sending, or sent
 * without an answer: check them, they are never resent automatically.
 *
 * @example
 * ```ts
 * const result: ReminderRunResult = {
 *   sent: [], alreadySent: 812, inDoubt: [], deferred: [], failed: [], unreachable: [], quota: { dailyQuota: 500, remainingQuota: 500 },
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReminderRunResult {
  readonly sent: ReadonlyArray<ReminderSent>
  readonly alreadySent: number
  readonly inDoubt: ReadonlyArray<string>
  readonly deferred: ReadonlyArray<string>
  readonly failed: ReadonlyArray<ReminderFailure>
  /** Keys with no route: no template configured and no Zalo user inside the window. */
  readonly unreachable: ReadonlyArray<string>
  /** The ZNS quota last read or reported. */
  readonly quota?: TemplateQuota
  /** The error that stopped the run early, if one did. */
  readonly stopped?: ZaloError
}

type Outcome =
  | { readonly kind: "sent"; readonly sent: ReminderSent }
  | { readonly kind: "already-sent" }
  | { readonly kind: "in-doubt"; readonly key: string }
  | { readonly kind: "deferred"; readonly key: string }
  | { readonly kind: "failed"; readonly failure: ReminderFailure }
  | { readonly kind: "unreachable"; readonly key: string }

const deferred = (key: string): Outcome => ({ kind: "deferred", key })
const inDoubt = (key: string): Outcome => ({ kind: "in-doubt", key })

const ROUTE_VI: Readonly<Record<SendRoute, string>> = {
  consultation: "tin nhắn tư vấn",
  template: "ZNS",
  group: "nhóm OA",
}

const describe = (message: ReminderMessage): string =>
  `nhắc việc ${message.reminder} tới ${message.person}${message.phone === undefined ? "" : ` (${maskZaloPhone(message.phone)})`}`

const log = (level: "info" | "warning", text: string) =>
  level === "info" ? Effect.logInfo(redactPhones(text)) : Effect.logWarning(redactPhones(text))

const storeError = (what: string) => (): ZaloStoreError => {
  const [vi, en] = operationPrefix("sent-log")
  return new ZaloStoreError({ message: `${vi}${what}`, messageEn: `${en}the sent log failed.`, operation: "sent-log" })
}

/**
 * Sends planned reminder messages (from {@link planReminderMessages})
 * through a client, at most once each across runs, and reports what
 * happened. Never fails: an error that stops the run is in `stopped`, and
 * every message it did not reach is `deferred`.
 *
 * @example
 * ```ts
 * const result = yield* sendReminders(zalo, plan.messages, { sentLog, templateId: "7895417a7d3f9461cd2e" })
 * result.sent.length  //=> 812 (first run)
 * // the same plan again, the same sent log:
 * (yield* sendReminders(zalo, plan.messages, { sentLog, templateId })).sent.length //=> 0
 * ```
 * @since 0.1.0
 * @category reminders
 */
export const sendReminders = (
  client: ZaloClient,
  messages: ReadonlyArray<ReminderMessage>,
  options: SendRemindersOptions,
): Effect.Effect<ReminderRunResult> =>
  Effect.gen(function* () {
    const now = options.now === undefined ? Clock.currentTimeMillis : Effect.sync(options.now)
    const route = options.route ?? "auto"
    const templates = options.templateId !== undefined && route !== "consultation"
    const stopped = yield* Ref.make<ZaloError | undefined>(undefined)
    const quota = yield* Ref.make<TemplateQuota | undefined>(undefined)
    // The template route closes when the daily quota is used up (-144 or remainingQuota 0).
    const templatesOpen = yield* Ref.make(templates)

    if (templates && messages.some((message) => message.phone !== undefined)) {
      // The daily quota moves with the OA's quality: read it at run time.
      const read = yield* Effect.either(client.templateQuota)
      if (read._tag === "Right") {
        yield* Ref.set(quota, read.right)
        if (read.right.remainingQuota <= 0) yield* Ref.set(templatesOpen, false)
        yield* log("info", `Zalo: hạn mức ZNS hôm nay còn ${read.right.remainingQuota}/${read.right.dailyQuota} tin.`)
      } else {
        yield* log("warning", `Zalo: không đọc được hạn mức ZNS (${read.left._tag}); tiếp tục gửi và theo dõi hạn mức qua từng tin.`)
      }
    }

    const stop = (error: ZaloError) =>
      Effect.gen(function* () {
        const first = (yield* Ref.getAndUpdate(stopped, (current) => current ?? error)) === undefined
        if (first) yield* log("warning", `Zalo: dừng lượt gửi — ${error.message}`)
      })

    const chooseRoute = (message: ReminderMessage, at: number, open: boolean): "consultation" | "template" | undefined => {
      const consult =
        route !== "template" && message.zaloUserId !== undefined && withinInteractionWindow(message.lastInteraction, at)
      if (consult) return "consultation"
      if (templates && message.phone !== undefined) return open ? "template" : undefined
      return undefined
    }

    const sendTemplate = (message: ReminderMessage) =>
      Effect.map(
        client.sendTemplate({
          phone: message.phone ?? "",
          templateId: options.templateId ?? "",
          templateData: message.templateData,
          trackingId: message.trackingId,
          ...(options.mode === undefined ? {} : { mode: options.mode }),
        }),
        (sent) => ({ via: "template" as const, messageId: sent.messageId, quota: sent.quota }),
      )

    const sendOne = (message: ReminderMessage, via: "consultation" | "template") =>
      via === "template"
        ? sendTemplate(message)
        : Effect.map(client.sendConsultation({ userId: message.zaloUserId ?? "", text: message.text }), (sent) => ({
            via: "consultation" as const,
            messageId: sent.messageId,
            quota: undefined,
          })).pipe(
            // Outside the 7-day window after all: a template by phone, under the same claim.
            Effect.catchIf(
              (error) => error._tag === "ZaloPayloadError" && error.code === -230 && templates && message.phone !== undefined,
              () => sendTemplate(message),
            ),
          )

    const handle = (message: ReminderMessage): Effect.Effect<Outcome> =>
      Effect.gen(function* () {
        if ((yield* Ref.get(stopped)) !== undefined) return deferred(message.key)
        const at = yield* now
        const via = chooseRoute(message, at, yield* Ref.get(templatesOpen))
        if (via === undefined) {
          return templates && message.phone !== undefined ? deferred(message.key) : ({ kind: "unreachable", key: message.key } satisfies Outcome)
        }
        const claim = yield* Effect.tryPromise({
          try: () => options.sentLog.claim(message.key, message.trackingId, at),
          catch: storeError("không ghi được sổ tin đã gửi."),
        })
        if (claim === "already-sent") return { kind: "already-sent" } satisfies Outcome
        if (claim === "in-doubt") {
          yield* log("warning", `Zalo: ${describe(message)} đang chờ xác nhận từ lượt trước (có thể đã gửi); không gửi lại.`)
          return inDoubt(message.key)
        }
        const result = yield* Effect.either(sendOne(message, via))
        if (result._tag === "Right") {
          const sent = result.right
          const sentAt = yield* now
          yield* Effect.tryPromise({
            try: () => options.sentLog.markSent(message.key, { at: sentAt, via: sent.via, messageId: sent.messageId }),
            catch: storeError("không ghi được tin đã gửi vào sổ."),
          })
          if (sent.quota !== undefined) {
            yield* Ref.set(quota, sent.quota)
            if (sent.quota.remainingQuota <= 0) yield* Ref.set(templatesOpen, false)
          }
          yield* log("info", `Zalo: đã gửi ${describe(message)} qua ${ROUTE_VI[sent.via]}.`)
          return {
            kind: "sent",
            sent: { key: message.key, person: message.person, reminder: message.reminder, via: sent.via, messageId: sent.messageId },
          } satisfies Outcome
        }
        const error = result.left
        if (error._tag === "ZaloTransportError") {
          // No answer: Zalo may have delivered it. Keep the claim (at most once).
          yield* log("warning", `Zalo: không rõ kết quả gửi ${describe(message)}; giữ ở trạng thái chờ, không gửi lại tự động.`)
          yield* stop(error)
          return inDoubt(message.key)
        }
        yield* Effect.tryPromise({
          try: () => options.sentLog.release(message.key, at),
          catch: storeError("không ghi được sổ tin đã gửi."),
        })
        if (error._tag === "ZaloBackoffError" && error.retry === "tomorrow") {
          yield* Ref.set(templatesOpen, false)
          yield* log("warning", `Zalo: hết hạn mức ZNS trong ngày; các tin còn lại sẽ gửi ở lượt sau.`)
          return deferred(message.key)
        }
        if (error._tag === "ZaloPayloadError") {
          yield* log("warning", `Zalo: không gửi được ${describe(message)} — ${error.message}`)
          return {
            kind: "failed",
            failure: {
              key: message.key,
              person: message.person,
              reminder: message.reminder,
              error: error._tag,
              ...(error.code === undefined ? {} : { code: error.code }),
              message: error.message,
            },
          } satisfies Outcome
        }
        yield* stop(error)
        return deferred(message.key)
      }).pipe(
        // A sent log that cannot be written stops the run: without it, "at most once" cannot hold.
        Effect.catchTag("ZaloStoreError", (error) =>
          Effect.as(stop(error), deferred(message.key)),
        ),
      )

    const outcomes = yield* Effect.forEach(messages, handle, { concurrency: options.concurrency ?? 4 })
    const sent: Array<ReminderSent> = []
    const doubtful: Array<string> = []
    const later: Array<string> = []
    const failed: Array<ReminderFailure> = []
    const unreachable: Array<string> = []
    let alreadySent = 0
    for (const outcome of outcomes) {
      if (outcome.kind === "sent") sent.push(outcome.sent)
      else if (outcome.kind === "already-sent") alreadySent++
      else if (outcome.kind === "in-doubt") doubtful.push(outcome.key)
      else if (outcome.kind === "deferred") later.push(outcome.key)
      else if (outcome.kind === "failed") failed.push(outcome.failure)
      else unreachable.push(outcome.key)
    }
    const lastQuota = yield* Ref.get(quota)
    const stoppedBy = yield* Ref.get(stopped)
    const result: ReminderRunResult = {
      sent,
      alreadySent,
      inDoubt: doubtful,
      deferred: later,
      failed,
      unreachable,
      ...(lastQuota === undefined ? {} : { quota: lastQuota }),
      ...(stoppedBy === undefined ? {} : { stopped: stoppedBy }),
    }
    yield* log(
      "info",
      `Zalo: lượt gửi nhắc việc xong — đã gửi ${sent.length}, đã gửi từ trước ${result.alreadySent}, để lượt sau ${later.length}, lỗi ${failed.length}, chờ xác nhận ${doubtful.length}, không có cách liên lạc ${unreachable.length}.`,
    )
    return result
  })
