/**
 * The same client for callers who do not use Effect: every method returns a
 * `Promise` that rejects with the tagged error object itself
 * (`error._tag === "ZaloBackoffError"`, `error.message` in Vietnamese).
 *
 * Requests go through Node's `fetch` (Node ≥ 20), or the `fetch` given.
 * Log lines go to `log` when given (else to the console), already stripped
 * of phone numbers; no token ever reaches them.
 *
 * @since 0.1.0
 * @module
 */
import { FetchHttpClient } from "@effect/platform"
import { Cause, Effect, Exit, Layer, Logger, LogLevel } from "effect"
import type { ArticleInput, ArticleSlice, ZaloArticle } from "./Article.js"
import type { FollowerPage, MessageQuota, ZaloUser } from "./Follower.js"
import { redactPhones } from "./Privacy.js"
import type { ReminderMessage } from "./Reminders.js"
import { sendReminders, type ReminderRunResult, type SendRemindersOptions } from "./ReminderRun.js"
import {
  makeZaloClient,
  type OaInfo,
  type SentMessage,
  type TemplateMessage,
  type TemplateQuota,
  type TemplateSent,
  type TokenExpiryInfo,
  type ZaloClient,
  type ZaloClientOptions,
} from "./ZaloClient.js"

/**
 * One log line: its level, the text (Vietnamese) and the instant.
 *
 * @example
 * ```ts
 * const entry: ZaloLogEntry = { level: "info", message: "Zalo: đã gửi nhắc việc … tới cb-00042 (84******678) qua ZNS.", at: 1731459600000 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloLogEntry {
  readonly level: "debug" | "info" | "warning" | "error"
  readonly message: string
  readonly at: number
}

/**
 * Options of {@link createZaloClient}: those of the Effect client, the
 * `fetch` to use, where log lines go and from which level (default `info`).
 *
 * @example
 * ```ts
 * const options: ZaloPromiseClientOptions = {
 *   appId: "3608465248940903967", appSecret: process.env.ZALO_APP_SECRET ?? "",
 *   tokens: fileTokenStore("zalo-oa-tokens.json"), log: (entry) => console.log(entry.message),
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloPromiseClientOptions extends ZaloClientOptions {
  readonly fetch?: typeof globalThis.fetch
  readonly log?: (entry: ZaloLogEntry) => void
  readonly logLevel?: ZaloLogEntry["level"]
}

/**
 * The Promise client. `effect` is the underlying Effect client's promise,
 * for callers who mix both styles.
 *
 * @example
 * ```ts
 * const zalo: ZaloPromiseClient = createZaloClient(options)
 * const ids = await zalo.allFollowers()
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloPromiseClient {
  readonly effect: Promise<ZaloClient>
  readonly exchangeCode: (input: { readonly code: string; readonly codeVerifier: string }) => Promise<TokenExpiryInfo>
  readonly refreshToken: () => Promise<TokenExpiryInfo>
  readonly tokenExpiry: () => Promise<TokenExpiryInfo | undefined>
  readonly oaInfo: () => Promise<OaInfo>
  readonly createArticle: (input: ArticleInput) => Promise<{ readonly token: string }>
  readonly verifyArticle: (token: string) => Promise<{ readonly id: string }>
  readonly publishArticle: (input: ArticleInput) => Promise<{ readonly id: string }>
  readonly articles: (page: { readonly offset: number; readonly limit?: number; readonly type?: "normal" | "video" }) => Promise<ArticleSlice>
  readonly allArticles: (options?: { readonly type?: "normal" | "video"; readonly maxPages?: number }) => Promise<ReadonlyArray<ZaloArticle>>
  readonly followers: (page: { readonly offset: number; readonly count?: number }) => Promise<FollowerPage>
  readonly allFollowers: () => Promise<ReadonlyArray<string>>
  readonly userDetail: (userId: string) => Promise<ZaloUser>
  readonly messageQuota: (userId: string) => Promise<MessageQuota>
  readonly sendConsultation: (message: { readonly userId: string; readonly text: string }) => Promise<SentMessage>
  readonly sendTemplate: (message: TemplateMessage) => Promise<TemplateSent>
  readonly templateQuota: () => Promise<TemplateQuota>
  readonly sendGroupMessage: (message: { readonly groupId: string; readonly text: string; readonly mentionAll?: boolean }) => Promise<SentMessage>
  /** {@link sendReminders} through this client. */
  readonly sendReminders: (messages: ReadonlyArray<ReminderMessage>, options: SendRemindersOptions) => Promise<ReminderRunResult>
}

const LEVELS: Readonly<Record<ZaloLogEntry["level"], LogLevel.LogLevel>> = {
  debug: LogLevel.Debug,
  info: LogLevel.Info,
  warning: LogLevel.Warning,
  error: LogLevel.Error,
}

const levelOf = (level: LogLevel.LogLevel): ZaloLogEntry["level"] =>
  level._tag === "Debug" || level._tag === "Trace" ? "debug" : level._tag === "Info" ? "info" : level._tag === "Warning" ? "warning" : "error"

const textOf = (message: unknown): string =>
  (Array.isArray(message) ? message : [message]).map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" ")

/**
 * Runs an Effect and settles like a Promise API should: resolves with the
 * value, or rejects with the typed error itself (a defect or an
 * interruption rejects with its squashed cause).
 *
 * @example
 * ```ts
 * try {
 *   await runZaloPromise(zalo.sendConsultation({ userId, text }))
 * } catch (error) {
 *   if ((error as ZaloError)._tag === "ZaloPayloadError") console.log((error as ZaloError).message)
 * }
 * ```
 * @since 0.1.0
 * @category running
 */
export const runZaloPromise = async <A, E>(effect: Effect.Effect<A, E>): Promise<A> => {
  const exit = await Effect.runPromiseExit(effect)
  if (Exit.isSuccess(exit)) return exit.value
  const failure = Cause.failureOption(exit.cause)
  throw failure._tag === "Some" ? failure.value : Cause.squash(exit.cause)
}

/**
 * Builds the Promise client.
 *
 * @example
 * ```ts
 * const zalo = createZaloClient({ appId, appSecret, tokens: fileTokenStore("zalo-oa-tokens.json") })
 * const { id } = await zalo.publishArticle({ title: "Ngày hội đọc sách 2024", description: "…", coverPhotoUrl, body })
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const createZaloClient = (options: ZaloPromiseClientOptions): ZaloPromiseClient => {
  const http =
    options.fetch === undefined
      ? FetchHttpClient.layer
      : Layer.provide(FetchHttpClient.layer, Layer.succeed(FetchHttpClient.Fetch, options.fetch))
  const sink = options.log
  const logger =
    sink === undefined
      ? Layer.empty
      : Logger.replace(
          Logger.defaultLogger,
          Logger.make(({ logLevel, message, date }) =>
            sink({ level: levelOf(logLevel), message: redactPhones(textOf(message)), at: date.getTime() }),
          ),
        )
  const layer = Layer.mergeAll(http, logger)
  const run = <A, E>(effect: Effect.Effect<A, E, never>): Promise<A> =>
    runZaloPromise(effect.pipe(Effect.provide(logger), Logger.withMinimumLogLevel(LEVELS[options.logLevel ?? "info"])))
  const client = runZaloPromise(makeZaloClient(options).pipe(Effect.provide(layer)))
  const use = <A>(f: (zalo: ZaloClient) => Effect.Effect<A, unknown>): Promise<A> => client.then((zalo) => run(f(zalo)))
  return {
    effect: client,
    exchangeCode: (input) => use((zalo) => zalo.exchangeCode(input)),
    refreshToken: () => use((zalo) => zalo.refreshToken),
    tokenExpiry: () => use((zalo) => zalo.tokenExpiry),
    oaInfo: () => use((zalo) => zalo.oaInfo),
    createArticle: (input) => use((zalo) => zalo.createArticle(input)),
    verifyArticle: (token) => use((zalo) => zalo.verifyArticle(token)),
    publishArticle: (input) => use((zalo) => zalo.publishArticle(input)),
    articles: (page) => use((zalo) => zalo.articles(page)),
    allArticles: (opts) => use((zalo) => zalo.allArticles(opts)),
    followers: (page) => use((zalo) => zalo.followers(page)),
    allFollowers: () => use((zalo) => zalo.allFollowers),
    userDetail: (userId) => use((zalo) => zalo.userDetail(userId)),
    messageQuota: (userId) => use((zalo) => zalo.messageQuota(userId)),
    sendConsultation: (message) => use((zalo) => zalo.sendConsultation(message)),
    sendTemplate: (message) => use((zalo) => zalo.sendTemplate(message)),
    templateQuota: () => use((zalo) => zalo.templateQuota),
    sendGroupMessage: (message) => use((zalo) => zalo.sendGroupMessage(message)),
    sendReminders: (messages, opts) => use((zalo) => sendReminders(zalo, messages, opts)),
  }
}
