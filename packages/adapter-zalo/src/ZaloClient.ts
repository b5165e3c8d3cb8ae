/**
 * The Zalo OA API client, built on Effect: OAuth v4 token rotation, the
 * OA's articles, followers, consultation messages, ZNS/ZBS template
 * messages by phone and messages to OA-owned groups.
 *
 * Thin by design (the reference's verdict: the Node SDKs are stale or
 * unofficial): each method is one documented request, with the token in a
 * bare `access_token` header, Zalo's envelope checked on every answer
 * (`error != 0` comes with HTTP 200), ids kept as strings, errors typed
 * and classified, and `soon` back-offs (-32, -214) and network failures
 * retried on an exponential schedule. Base URLs are options, so tests and
 * examples point the client at a server on 127.0.0.1.
 *
 * @since 0.1.0
 * @module
 */
import { HttpClient } from "@effect/platform"
import { Clock, Duration, Effect, Redacted } from "effect"
import { toInternationalPhone } from "@lantoa/core"
import type { ArticleBlock, ArticleInput, ArticleSlice, ZaloArticle } from "./Article.js"
import type { FollowerPage, MessageQuota, ZaloUser } from "./Follower.js"
import { idOf, numberOf, objectOf, stringOf } from "./internal/json.js"
import { makeTokenManager, type TokenExpiry } from "./internal/tokens.js"
import { call, queryOf, type CallSpec, type Transport } from "./internal/transport.js"
import type { TokenStore } from "./TokenStore.js"
import { operationPrefix } from "./internal/codes.js"
import { ZaloPayloadError, ZaloTokenError, ZaloTransportError, type ZaloError, type ZaloOperation } from "./ZaloError.js"

/**
 * The three hosts the client talks to, without a trailing slash.
 *
 * @example
 * ```ts
 * const local: ZaloBaseUrls = { oauth: "http://127.0.0.1:8080", openApi: "http://127.0.0.1:8080", business: "http://127.0.0.1:8080" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloBaseUrls {
  /** OAuth v4: `https://oauth.zaloapp.com`. */
  readonly oauth: string
  /** OA API (`/v2.0`, `/v3.0`): `https://openapi.zalo.me`. */
  readonly openApi: string
  /** ZNS/ZBS by phone: `https://business.openapi.zalo.me`. */
  readonly business: string
}

/**
 * Zalo's production hosts.
 *
 * @example
 * ```ts
 * ZALO_BASE_URLS.openApi //=> "https://openapi.zalo.me"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const ZALO_BASE_URLS: ZaloBaseUrls = {
  oauth: "https://oauth.zaloapp.com",
  openApi: "https://openapi.zalo.me",
  business: "https://business.openapi.zalo.me",
}

/**
 * How the client retries `soon` back-offs and network failures: up to
 * `times` retries (default 4), exponential from `baseDelay` (default 500
 * ms), each wait at most `maxDelay` (default 30 s), with jitter unless
 * `jitter: false`.
 *
 * @example
 * ```ts
 * const fast: ZaloRetryOptions = { times: 3, baseDelay: "1 millis", maxDelay: "5 millis", jitter: false }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloRetryOptions {
  readonly times?: number
  readonly baseDelay?: Duration.DurationInput
  readonly maxDelay?: Duration.DurationInput
  readonly jitter?: boolean
}

/**
 * Options of {@link makeZaloClient}.
 *
 * - `appId`, `appSecret`: the Zalo app's id and secret key (sent as the
 *   `secret_key` header to the token endpoint only);
 * - `tokens`: where the token pair lives ({@link fileTokenStore});
 * - `now`: the clock for token expiry (epoch ms); default Effect's `Clock`;
 * - `refreshMargin`: refresh this long before the access token expires
 *   (default 5 hours: at about 20 h of its 25);
 * - `refreshTokenLifetime`: default 90 days (Zalo: 3 months);
 * - `baseUrls`, `retry`, `timeout` (per attempt, default 20 s), `tracing`
 *   (default false).
 *
 * @example
 * ```ts
 * const options: ZaloClientOptions = {
 *   appId: "3608465248940903967", appSecret: process.env.ZALO_APP_SECRET ?? "",
 *   tokens: fileTokenStore("/var/lib/lantoa/zalo-oa-tokens.json"),
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloClientOptions {
  readonly appId: string
  readonly appSecret: string | Redacted.Redacted<string>
  readonly tokens: TokenStore
  readonly now?: () => number
  readonly refreshMargin?: Duration.DurationInput
  readonly refreshTokenLifetime?: Duration.DurationInput
  readonly baseUrls?: Partial<ZaloBaseUrls>
  readonly retry?: ZaloRetryOptions
  readonly timeout?: Duration.DurationInput
  /**
   * Trace each request with Effect's tracer and send a `traceparent`
   * header to Zalo. Default false: no span per request (they cost more than
   * the request to a nearby server) and no trace ids sent to a third party.
   */
  readonly tracing?: boolean
}

/**
 * A message Zalo accepted: its id, and the user or group it went to.
 *
 * @example
 * ```ts
 * const sent: SentMessage = { messageId: "a4d0243feee163bd3af2", userId: "2468458835296197922" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SentMessage {
  readonly messageId: string
  readonly userId?: string
  readonly groupId?: string
}

/**
 * A ZNS/ZBS template message to send by phone. `trackingId` (at most 48
 * characters) is the caller's idempotency key, echoed in delivery
 * webhooks; `mode: "development"` sends to the OA's admins only.
 *
 * @example
 * ```ts
 * const message: TemplateMessage = {
 *   phone: "0912 345 678", templateId: "7895417a7d3f9461cd2e",
 *   templateData: { ten_can_bo: "Lê Văn C", han_nop: "17:00 28/11/2026" }, trackingId: "reminder-2026-11-28-gv-123",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface TemplateMessage {
  /** Any Vietnamese spelling; sent as `84…`. */
  readonly phone: string
  readonly templateId: string
  readonly templateData: Readonly<Record<string, string | number>>
  readonly trackingId: string
  readonly mode?: "development"
}

/**
 * The daily ZNS quota, read at run time (it moves with the OA's quality).
 *
 * @example
 * ```ts
 * const quota: TemplateQuota = { dailyQuota: 500, remainingQuota: 499 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface TemplateQuota {
  readonly dailyQuota: number
  readonly remainingQuota: number
}

/**
 * A template message Zalo accepted, with the quota it reported.
 *
 * @example
 * ```ts
 * const sent: TemplateSent = { messageId: "15a0cc0bbb13bd4ce403", sentTime: 1767225600000, quota: { dailyQuota: 500, remainingQuota: 499 } }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface TemplateSent {
  readonly messageId: string
  readonly sentTime?: number
  readonly quota?: TemplateQuota
}

/**
 * The OA's details (`/v2.0/oa/getoa`).
 *
 * @example
 * ```ts
 * const oa: OaInfo = { oaId: "388613280878808645", name: "Sở GD&ĐT Hòa Bình" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface OaInfo {
  readonly oaId: string
  readonly name: string
  readonly description?: string
  readonly isVerified?: boolean
}

/**
 * The token pair's expiry instants (epoch ms) — never the tokens.
 *
 * @example
 * ```ts
 * const expiry: TokenExpiryInfo = { accessExpiresAt: 1731632400000, refreshExpiresAt: 1739318400000, obtainedAt: 1731542400000 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface TokenExpiryInfo extends TokenExpiry {}

/**
 * The Effect client. Every method fails only with a {@link ZaloError};
 * none needs anything from the environment (the `HttpClient` was taken at
 * construction).
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const zalo = yield* makeZaloClient(options)
 *   const slice = yield* zalo.articles({ offset: 0, limit: 10 })
 *   return articleActivities(slice.articles, { unit: "so-gddt", channel: "zalo-oa-so-gddt" })
 * }).pipe(Effect.provide(FetchHttpClient.layer))
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloClient {
  /** Exchanges an OAuth v4 authorization code (with its PKCE verifier) for the first token pair, and stores it. */
  readonly exchangeCode: (input: { readonly code: string; readonly codeVerifier: string }) => Effect.Effect<TokenExpiryInfo, ZaloError>
  /** Refreshes the token pair now (under the lock), and stores it. */
  readonly refreshToken: Effect.Effect<TokenExpiryInfo, ZaloError>
  /** When the stored pair expires, or `undefined` when there is none. */
  readonly tokenExpiry: Effect.Effect<TokenExpiryInfo | undefined, ZaloError>
  readonly oaInfo: Effect.Effect<OaInfo, ZaloError>
  /** `POST /v2.0/article/create`: the article's processing token. */
  readonly createArticle: (input: ArticleInput) => Effect.Effect<{ readonly token: string }, ZaloError>
  /** `POST /v2.0/article/verify`: the article's id, retried while Zalo is still processing it (-214). */
  readonly verifyArticle: (token: string) => Effect.Effect<{ readonly id: string }, ZaloError>
  /** Creates and verifies an article. */
  readonly publishArticle: (input: ArticleInput) => Effect.Effect<{ readonly id: string }, ZaloError>
  /** `GET /v2.0/article/getslice`: one page (limit ≤ 10). */
  readonly articles: (page: {
    readonly offset: number
    readonly limit?: number
    readonly type?: "normal" | "video"
  }) => Effect.Effect<ArticleSlice, ZaloError>
  /** Every article, page by page until `total` (at most `maxPages` pages, default 100). */
  readonly allArticles: (options?: {
    readonly type?: "normal" | "video"
    readonly maxPages?: number
  }) => Effect.Effect<ReadonlyArray<ZaloArticle>, ZaloError>
  /** `GET /v3.0/oa/user/getlist`: one page of followers (count ≤ 50). */
  readonly followers: (page: { readonly offset: number; readonly count?: number }) => Effect.Effect<FollowerPage, ZaloError>
  /** Every follower's user id (up to `getlist`'s paging limit, offset 9951, with a warning beyond). */
  readonly allFollowers: Effect.Effect<ReadonlyArray<string>, ZaloError>
  /** `GET /v3.0/oa/user/detail`. */
  readonly userDetail: (userId: string) => Effect.Effect<ZaloUser, ZaloError>
  /** `POST /v3.0/oa/quota/message`: last interaction and consultation replies left. */
  readonly messageQuota: (userId: string) => Effect.Effect<MessageQuota, ZaloError>
  /** `POST /v3.0/oa/message/cs`: a consultation message (≤ 2000 characters) inside the 7-day window. */
  readonly sendConsultation: (message: { readonly userId: string; readonly text: string }) => Effect.Effect<SentMessage, ZaloError>
  /** `POST business…/message/template`: a ZNS/ZBS template message by phone. */
  readonly sendTemplate: (message: TemplateMessage) => Effect.Effect<TemplateSent, ZaloError>
  /** `GET business…/message/quota`: the daily ZNS quota now. */
  readonly templateQuota: Effect.Effect<TemplateQuota, ZaloError>
  /**
   * `POST /v3.0/oa/group/message` to an OA-owned (GMF) group. Mention
   * patterns (`[@…]`) are stripped from the text; `mentionAll` mentions
   * the whole group.
   */
  readonly sendGroupMessage: (message: {
    readonly groupId: string
    readonly text: string
    readonly mentionAll?: boolean
  }) => Effect.Effect<SentMessage, ZaloError>
}

const TEXT_LIMIT = 2000
const MAX_FOLLOWER_OFFSET = 9951
const TRACKING_ID_LIMIT = 48

const refused = (operation: ZaloOperation, vi: string, en: string): ZaloPayloadError => {
  const [prefixVi, prefixEn] = operationPrefix(operation)
  return new ZaloPayloadError({ message: `${prefixVi}${vi}`, messageEn: `${prefixEn}${en}`, operation })
}

const unexpected = (operation: ZaloOperation, what: string): ZaloTransportError => {
  const [prefixVi, prefixEn] = operationPrefix(operation)
  return new ZaloTransportError({
    message: `${prefixVi}phản hồi thiếu trường ${what}.`,
    messageEn: `${prefixEn}the answer lacks ${what}.`,
    operation,
    retryable: false,
  })
}

const dataOf = (body: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> => objectOf(body["data"]) ?? {}

const required = <A>(operation: ZaloOperation, what: string, value: A | undefined): Effect.Effect<A, ZaloError> =>
  value === undefined ? Effect.fail(unexpected(operation, what)) : Effect.succeed(value)

/** Strips Zalo's inline mentions (`[@123…]`) so that relayed text cannot ping a group. */
const stripMentions = (text: string): string => text.replace(/\[@[^\]]*\]/g, "")

const localDateOfZalo = (text: string | undefined): string | undefined => {
  const match = text === undefined ? null : /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim())
  return match === null ? undefined : `${match[3]}-${match[2]}-${match[1]}`
}

const articleOf = (value: unknown): ZaloArticle | undefined => {
  const item = objectOf(value)
  const id = item === undefined ? undefined : idOf(item["id"])
  if (item === undefined || id === undefined) return undefined
  const article: { -readonly [K in keyof ZaloArticle]: ZaloArticle[K] } = {
    id,
    type: stringOf(item["type"]) ?? "normal",
    title: stringOf(item["title"]) ?? "",
    status: stringOf(item["status"]) ?? "show",
    totalView: numberOf(item["total_view"]) ?? 0,
    totalShare: numberOf(item["total_share"]) ?? 0,
    createdAt: numberOf(item["create_date"]) ?? 0,
    updatedAt: numberOf(item["update_date"]) ?? numberOf(item["create_date"]) ?? 0,
  }
  const thumb = stringOf(item["thumb"])
  const link = stringOf(item["link_view"])
  if (thumb !== undefined) article.thumb = thumb
  if (link !== undefined) article.link = link
  return article
}

const blockOf = (block: ArticleBlock): Record<string, string> =>
  block.type === "text"
    ? { type: "text", content: block.content }
    : { type: "image", url: block.url, ...(block.caption === undefined ? {} : { caption: block.caption }) }

const checkArticle = (input: ArticleInput): ZaloPayloadError | undefined => {
  const limits: ReadonlyArray<readonly [string, string | undefined, number]> = [
    ["title", input.title, 150],
    ["author", input.author, 50],
    ["description", input.description, 300],
  ]
  for (const [field, value, limit] of limits) {
    if (value !== undefined && [...value].length > limit) {
      return refused("create-article", `${field} dài quá ${limit} ký tự.`, `${field} is longer than ${limit} characters.`)
    }
  }
  return undefined
}

const quotaOf = (value: unknown): TemplateQuota | undefined => {
  const quota = objectOf(value)
  const daily = quota === undefined ? undefined : numberOf(quota["dailyQuota"])
  const remaining = quota === undefined ? undefined : numberOf(quota["remainingQuota"])
  return daily === undefined || remaining === undefined ? undefined : { dailyQuota: daily, remainingQuota: remaining }
}

/**
 * Builds the Effect client. Needs an `HttpClient` (Node's `fetch` through
 * `FetchHttpClient.layer`, or any other) once, at construction.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect } from "effect"
 *
 * const followers = await Effect.runPromise(
 *   Effect.flatMap(makeZaloClient({ appId, appSecret, tokens: fileTokenStore(path) }), (zalo) => zalo.allFollowers)
 *     .pipe(Effect.provide(FetchHttpClient.layer)),
 * )
 * //=> ["4572947693969771653", "2468458835296197922"]
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const makeZaloClient = (options: ZaloClientOptions): Effect.Effect<ZaloClient, never, HttpClient.HttpClient> =>
  Effect.gen(function* () {
    const platform = yield* HttpClient.HttpClient
    const http =
      options.tracing === true
        ? platform
        : platform.pipe(HttpClient.withTracerDisabledWhen(() => true), HttpClient.withTracerPropagation(false))
    const bases: ZaloBaseUrls = { ...ZALO_BASE_URLS, ...options.baseUrls }
    const transport: Transport = {
      http,
      timeoutMs: Duration.toMillis(options.timeout ?? "20 seconds"),
      retry: {
        times: options.retry?.times ?? 4,
        baseMs: Duration.toMillis(options.retry?.baseDelay ?? "500 millis"),
        maxMs: Duration.toMillis(options.retry?.maxDelay ?? "30 seconds"),
        jitter: options.retry?.jitter ?? true,
      },
    }
    const now = options.now === undefined ? Clock.currentTimeMillis : Effect.sync(options.now)
    const tokens = yield* makeTokenManager({
      appId: options.appId,
      appSecret: Redacted.isRedacted(options.appSecret) ? options.appSecret : Redacted.make(options.appSecret),
      store: options.tokens,
      now,
      marginMs: Duration.toMillis(options.refreshMargin ?? "5 hours"),
      refreshLifetimeMs: Duration.toMillis(options.refreshTokenLifetime ?? "90 days"),
      oauthBaseUrl: bases.oauth,
      transport,
    })

    /** A call with the OA's access token; refused tokens are refreshed once and the call repeated. */
    const authorized = (spec: Omit<CallSpec, "headers" | "envelope">) => {
      const attempt = (token: string) =>
        call(transport, { ...spec, headers: { access_token: token }, envelope: "api" })
      return Effect.gen(function* () {
        const token = yield* tokens.accessToken
        return yield* attempt(token).pipe(
          Effect.catchTag("ZaloTokenError", (error: ZaloTokenError) =>
            Effect.gen(function* () {
              yield* Effect.logInfo(`Zalo: mã truy cập bị từ chối (mã lỗi ${error.code ?? "?"}); làm mới một lần rồi gửi lại.`)
              return yield* attempt(yield* tokens.rejected(token))
            }),
          ),
        )
      })
    }

    const openApi = (path: string, params: Readonly<Record<string, string | number | undefined>> = {}) =>
      `${bases.openApi}${path}${queryOf(params)}`

    const createArticle = (input: ArticleInput) =>
      Effect.gen(function* () {
        const problem = checkArticle(input)
        if (problem !== undefined) return yield* Effect.fail(problem)
        const body = yield* authorized({
          operation: "create-article",
          method: "POST",
          url: openApi("/v2.0/article/create"),
          json: {
            type: "normal",
            title: input.title,
            ...(input.author === undefined ? {} : { author: input.author }),
            description: input.description,
            cover: { cover_type: "photo", photo_url: input.coverPhotoUrl, status: "show" },
            body: input.body.map(blockOf),
            // Zalo's default is "hide": an article nobody can see.
            status: input.status ?? "show",
            comment: input.comment ?? "show",
          },
          repeatable: false,
        })
        return { token: yield* required("create-article", "data.token", idOf(dataOf(body)["token"])) }
      })

    const verifyArticle = (token: string) =>
      Effect.gen(function* () {
        const body = yield* authorized({
          operation: "verify-article",
          method: "POST",
          url: openApi("/v2.0/article/verify"),
          json: { token },
          repeatable: true,
        })
        const data = dataOf(body)
        // Sources disagree on the key (reference §2.3): `id`, or `article_id`.
        return { id: yield* required("verify-article", "data.id", idOf(data["id"]) ?? idOf(data["article_id"])) }
      })

    const articles = (page: { readonly offset: number; readonly limit?: number; readonly type?: "normal" | "video" }) =>
      Effect.gen(function* () {
        const body = yield* authorized({
          operation: "list-articles",
          method: "GET",
          url: openApi("/v2.0/article/getslice", { offset: page.offset, limit: page.limit ?? 10, type: page.type ?? "normal" }),
          repeatable: true,
        })
        const data = dataOf(body)
        const medias = Array.isArray(data["medias"]) ? (data["medias"] as ReadonlyArray<unknown>) : []
        const list = medias.flatMap((item) => {
          const article = articleOf(item)
          return article === undefined ? [] : [article]
        })
        return { total: numberOf(data["total"]) ?? list.length, articles: list }
      })

    const followers = (page: { readonly offset: number; readonly count?: number }) =>
      Effect.gen(function* () {
        const query = { offset: page.offset, count: Math.min(page.count ?? 50, 50), is_follower: true }
        const body = yield* authorized({
          operation: "followers",
          method: "GET",
          url: openApi("/v3.0/oa/user/getlist", { data: JSON.stringify(query) }),
          repeatable: true,
        })
        const data = dataOf(body)
        const users = Array.isArray(data["users"]) ? (data["users"] as ReadonlyArray<unknown>) : []
        const userIds = users.flatMap((user) => {
          const id = idOf(objectOf(user)?.["user_id"])
          return id === undefined ? [] : [id]
        })
        return {
          total: numberOf(data["total"]) ?? userIds.length,
          offset: numberOf(data["offset"]) ?? page.offset,
          count: numberOf(data["count"]) ?? userIds.length,
          userIds,
        }
      })

    const client: ZaloClient = {
      exchangeCode: ({ code, codeVerifier }) => tokens.exchangeCode(code, codeVerifier),
      refreshToken: tokens.refreshNow,
      tokenExpiry: tokens.expiry,
      oaInfo: Effect.gen(function* () {
        const body = yield* authorized({ operation: "oa-info", method: "GET", url: openApi("/v2.0/oa/getoa"), repeatable: true })
        const data = dataOf(body)
        const info: { -readonly [K in keyof OaInfo]: OaInfo[K] } = {
          oaId: yield* required("oa-info", "data.oa_id", idOf(data["oa_id"])),
          name: stringOf(data["name"]) ?? "",
        }
        const description = stringOf(data["description"])
        if (description !== undefined) info.description = description
        if (typeof data["is_verified"] === "boolean") info.isVerified = data["is_verified"]
        return info
      }),
      createArticle,
      verifyArticle,
      publishArticle: (input) => Effect.flatMap(createArticle(input), ({ token }) => verifyArticle(token)),
      articles,
      allArticles: (options = {}) =>
        Effect.gen(function* () {
          const all: Array<ZaloArticle> = []
          const maxPages = options.maxPages ?? 100
          for (let page = 0, offset = 0; page < maxPages; page++) {
            const slice = yield* articles({ offset, limit: 10, ...(options.type === undefined ? {} : { type: options.type }) })
            all.push(...slice.articles)
            offset += slice.articles.length
            if (slice.articles.length === 0 || offset >= slice.total) break
          }
          return all
        }),
      followers,
      allFollowers: Effect.gen(function* () {
        const ids: Array<string> = []
        for (let offset = 0; ; ) {
          const page = yield* followers({ offset, count: 50 })
          ids.push(...page.userIds)
          offset += page.userIds.length
          if (page.userIds.length === 0 || offset >= page.total) break
          if (offset > MAX_FOLLOWER_OFFSET) {
            // `getlist` is said not to page beyond offset 9951 (unconfirmed): say so rather than loop.
            yield* Effect.logWarning(`Zalo: chỉ đọc được ${offset}/${page.total} người quan tâm (giới hạn phân trang của getlist).`)
            break
          }
        }
        return [...new Set(ids)]
      }),
      userDetail: (userId) =>
        Effect.gen(function* () {
          const body = yield* authorized({
            operation: "user-detail",
            method: "GET",
            url: openApi("/v3.0/oa/user/detail", { data: JSON.stringify({ user_id: userId }) }),
            repeatable: true,
          })
          const data = dataOf(body)
          const user: { -readonly [K in keyof ZaloUser]: ZaloUser[K] } = {
            userId: yield* required("user-detail", "data.user_id", idOf(data["user_id"])),
            displayName: stringOf(data["display_name"]) ?? "",
            isFollower: data["user_is_follower"] === true,
            tags: (() => {
              const names = objectOf(data["tags_and_notes_info"])?.["tag_names"]
              return Array.isArray(names) ? names.filter((name): name is string => typeof name === "string") : []
            })(),
          }
          const byApp = idOf(data["user_id_by_app"])
          const alias = stringOf(data["user_alias"])
          const last = localDateOfZalo(stringOf(data["user_last_interaction_date"]))
          const phone = stringOf(objectOf(data["shared_info"])?.["phone"])
          if (byApp !== undefined) user.userIdByApp = byApp
          if (alias !== undefined) user.alias = alias
          if (last !== undefined) user.lastInteractionDate = last
          if (phone !== undefined) user.phone = phone
          return user
        }),
      messageQuota: (userId) =>
        Effect.gen(function* () {
          const body = yield* authorized({
            operation: "message-quota",
            method: "POST",
            url: openApi("/v3.0/oa/quota/message"),
            json: { user_id: userId },
            repeatable: true,
          })
          const data = dataOf(body)
          const reply = objectOf(data["cs_reply"])
          const quota: { -readonly [K in keyof MessageQuota]: MessageQuota[K] } = {}
          const last = numberOf(data["last_interaction"])
          const remaining = reply === undefined ? undefined : numberOf(reply["remain"])
          const total = reply === undefined ? undefined : numberOf(reply["total"])
          if (last !== undefined) quota.lastInteraction = last
          if (remaining !== undefined) quota.remaining = remaining
          if (total !== undefined) quota.total = total
          return quota
        }),
      sendConsultation: ({ userId, text }) =>
        Effect.gen(function* () {
          if ([...text].length > TEXT_LIMIT) {
            return yield* Effect.fail(
              refused("send-consultation", `tin nhắn dài quá ${TEXT_LIMIT} ký tự.`, `the text is longer than ${TEXT_LIMIT} characters.`),
            )
          }
          const body = yield* authorized({
            operation: "send-consultation",
            method: "POST",
            url: openApi("/v3.0/oa/message/cs"),
            json: { recipient: { user_id: userId }, message: { text } },
            repeatable: false,
          })
          const data = dataOf(body)
          return {
            messageId: yield* required("send-consultation", "data.message_id", idOf(data["message_id"])),
            userId: idOf(data["user_id"]) ?? userId,
          }
        }),
      sendTemplate: (message) =>
        Effect.gen(function* () {
          const phone = toInternationalPhone(message.phone)
          if (phone === undefined) {
            return yield* Effect.fail(
              refused("send-template", "số điện thoại không phải số Việt Nam hợp lệ.", "the phone number is not a valid Vietnamese number."),
            )
          }
          if (message.trackingId === "" || message.trackingId.length > TRACKING_ID_LIMIT) {
            return yield* Effect.fail(
              refused("send-template", `tracking_id phải có từ 1 đến ${TRACKING_ID_LIMIT} ký tự.`, `tracking_id must have 1 to ${TRACKING_ID_LIMIT} characters.`),
            )
          }
          const body = yield* authorized({
            operation: "send-template",
            method: "POST",
            url: `${bases.business}/message/template`,
            json: {
              phone,
              template_id: message.templateId,
              template_data: message.templateData,
              tracking_id: message.trackingId,
              ...(message.mode === undefined ? {} : { mode: message.mode }),
            },
            // The tracking id makes a repeat recognisable as the same message.
            repeatable: true,
          })
          const data = dataOf(body)
          const sent: { -readonly [K in keyof TemplateSent]: TemplateSent[K] } = {
            messageId: yield* required("send-template", "data.msg_id", idOf(data["msg_id"])),
          }
          const sentTime = numberOf(data["sent_time"])
          const quota = quotaOf(data["quota"])
          if (sentTime !== undefined) sent.sentTime = sentTime
          if (quota !== undefined) sent.quota = quota
          return sent
        }),
      templateQuota: Effect.gen(function* () {
        const body = yield* authorized({
          operation: "template-quota",
          method: "GET",
          url: `${bases.business}/message/quota`,
          repeatable: true,
        })
        return yield* required("template-quota", "data.dailyQuota", quotaOf(dataOf(body)))
      }),
      sendGroupMessage: ({ groupId, text, mentionAll }) =>
        Effect.gen(function* () {
          const clean = `${mentionAll === true ? `[@${groupId}] ` : ""}${stripMentions(text)}`
          if ([...clean].length > TEXT_LIMIT) {
            return yield* Effect.fail(
              refused("send-group-message", `tin nhắn dài quá ${TEXT_LIMIT} ký tự.`, `the text is longer than ${TEXT_LIMIT} characters.`),
            )
          }
          const body = yield* authorized({
            operation: "send-group-message",
            method: "POST",
            url: openApi("/v3.0/oa/group/message"),
            json: { recipient: { group_id: groupId }, message: { text: clean } },
            repeatable: false,
          })
          const data = dataOf(body)
          return {
            messageId: yield* required("send-group-message", "data.message_id", idOf(data["message_id"])),
            groupId: idOf(data["group_id"]) ?? groupId,
          }
        }),
    }
    return client
  })
