/**
 * A thin Graph API client for Pages, built on Effect: `@effect/platform`'s
 * `HttpClient` (with `FetchHttpClient` on Node ≥ 20), `Schedule` retries,
 * typed errors and streams of pages.
 *
 * - **Posts**: `/{page-id}/published_posts` in a period, following
 *   `paging.next` until it is absent — short and even empty pages are
 *   normal (privacy filtering) — with reaction, comment and share counts.
 * - **Comments**: `/{object-id}/comments?filter=stream&order=chronological`,
 *   as a stream, oldest first; `from{id}` only, never names.
 * - **Moderation**: hide and unhide (`POST /{comment-id}?is_hidden=…`,
 *   checking `can_hide` first) and delete (`DELETE /{comment-id}`).
 * - **Batches** of at most 50 requests (`POST /{version}/`).
 *
 * The Page token travels in the `Authorization` header — never in a URL
 * (Graph's `paging.next` links carry the token; the client strips it before
 * following them, and follows no link to another host). Errors and logs
 * name requests by a redacted path.
 *
 * @since 0.1.0
 * @module
 */
import { createHmac } from "node:crypto"
import { HttpClient } from "@effect/platform"
import { toInstant, periodBounds, type Instant, type InstantInput } from "@lantoa/core"
import { Chunk, Duration, Effect, Option, Ref, Redacted, Stream } from "effect"
import { COMMENT_FIELDS, decodeComment, pageOfPost, type FacebookComment } from "./Comment.js"
import { CommentNotHideableError, type GraphError } from "./GraphError.js"
import type { GraphUsage } from "./GraphUsage.js"
import { booleanOf, isRecord, stringOf } from "./internal/decode.js"
import { responseError } from "./internal/classify.js"
import { call, displayPath, followable, graphUrl, queryOf, redactedToken, type Transport } from "./internal/transport.js"
import { decodeBatchItem, type BatchItemResult, type BatchRequest } from "./Batch.js"
import { decodePost, POST_FIELDS, type FacebookPost } from "./Post.js"
import { graphRetrySchedule, resolveRetry, type RetryOptions } from "./RetrySchedule.js"

/**
 * The Graph API version used when none is given.
 *
 * @example
 * ```ts
 * DEFAULT_GRAPH_VERSION //=> "v25.0" (available until 2028-07-29)
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_GRAPH_VERSION = "v25.0"

/**
 * Options of {@link makeGraphClient}. Only the token is required.
 *
 * @example
 * ```ts
 * const options: GraphClientOptions = {
 *   accessToken: process.env.FB_PAGE_TOKEN ?? "",
 *   version: "v25.0",
 *   timeout: "30 seconds",
 *   retry: { maxRetries: 5, baseDelay: "500 millis" },
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface GraphClientOptions {
  /** A Page (or system-user) access token. Kept as `Redacted`; never logged. */
  readonly accessToken: string | Redacted.Redacted<string>
  /** Graph API version, `vNN.N`. Default `v25.0`. */
  readonly version?: string
  /** Default `https://graph.facebook.com`; tests point it at `http://127.0.0.1:<port>`. */
  readonly baseUrl?: string
  /** With the app secret, every request carries `appsecret_proof`. */
  readonly appSecret?: string | Redacted.Redacted<string>
  /** Per attempt. Default 30 s. */
  readonly timeout?: Duration.DurationInput
  readonly retry?: RetryOptions
  /** Items per page asked of Graph (`limit`), 1–100. Default 100. */
  readonly pageSize?: number
  /** Pause when any usage header field reaches this percentage. Default 90. */
  readonly usageThreshold?: number
  /** How long to pause then (or longer, if Graph announces a longer wait). Default 30 s. */
  readonly usagePause?: Duration.DurationInput
  /** Pagination guard: fail after this many pages of one listing. Default 10,000. */
  readonly maxPages?: number
}

/**
 * Which posts to read: a period of core (`2024-W46`, `2024-11`…, in
 * `timeZone`, default `Asia/Ho_Chi_Minh`) or instants `from` (inclusive)
 * and `to` (exclusive).
 *
 * @example
 * ```ts
 * const week: PostsRange = { period: "2024-W46" }
 * const span: PostsRange = { from: "2024-11-11T00:00:00+07:00", to: "2024-11-18T00:00:00+07:00" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type PostsRange =
  | { readonly period: string; readonly timeZone?: string }
  | { readonly from: InstantInput; readonly to: InstantInput; readonly timeZone?: string }

/**
 * One page of a listing: its items, how many items could not be read
 * (no id or time) and the redacted path it came from.
 *
 * @example
 * ```ts
 * const page: GraphPage<FacebookPost> = { items: [post], unreadable: 0, path: "/v25.0/108/published_posts?…" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface GraphPage<A> {
  readonly items: ReadonlyArray<A>
  readonly unreadable: number
  readonly path: string
}

/**
 * What hiding or unhiding a comment did: `changed` is false when it was
 * already in that state (nothing was sent).
 *
 * @example
 * ```ts
 * const result: HideResult = { comment: "122100000000000001_1200000000000001", hidden: true, changed: true }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface HideResult {
  readonly comment: string
  readonly hidden: boolean
  readonly changed: boolean
}

/**
 * What deleting a comment did: `existed` is false when Graph said the
 * comment was already gone (code 100, subcode 33) — after a retried
 * timeout, the first attempt may have deleted it.
 *
 * @example
 * ```ts
 * const result: DeleteResult = { comment: "122100000000000001_1200000000000001", deleted: true, existed: true }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface DeleteResult {
  readonly comment: string
  readonly deleted: true
  readonly existed: boolean
}

/**
 * A comment to hide or unhide: its id, or a comment read from Graph (its
 * `canHide` and `isHidden` then spare a request).
 *
 * @example
 * ```ts
 * const target: CommentTarget = "122100000000000001_1200000000000001"
 * const known: CommentTarget = { id: "122100000000000001_1200000000000001", canHide: true, isHidden: false }
 * ```
 * @since 0.1.0
 * @category models
 */
export type CommentTarget = string | { readonly id: string; readonly canHide?: boolean; readonly isHidden?: boolean }

/**
 * The client: every method returns an `Effect` (or a `Stream`) that fails
 * only with the typed errors of `GraphError` (and
 * `CommentNotHideableError` for hiding).
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const graph = yield* makeGraphClient({ accessToken })
 *   const posts = yield* Stream.runCollect(graph.publishedPosts("108000000000001", { period: "2024-W46" }))
 *   return posts.length
 * }).pipe(Effect.provide(FetchHttpClient.layer))
 * ```
 * @since 0.1.0
 * @category models
 */
export interface GraphClient {
  readonly version: string
  /** The Page's published posts created in the range, newest first as Graph sends them. */
  readonly publishedPosts: (pageId: string, range: PostsRange) => Stream.Stream<FacebookPost, GraphError>
  /** The same listing, one Graph page at a time (for counting pages and unreadable items). */
  readonly publishedPostPages: (pageId: string, range: PostsRange) => Stream.Stream<GraphPage<FacebookPost>, GraphError>
  /** Every comment on a post or comment (replies included: `filter=stream`), oldest first. */
  readonly comments: (objectId: string, options?: { readonly pageId?: string }) => Stream.Stream<FacebookComment, GraphError>
  /** One comment, with `can_hide` and `is_hidden`. */
  readonly comment: (commentId: string, options: { readonly postId: string; readonly pageId?: string }) => Effect.Effect<FacebookComment, GraphError>
  readonly hideComment: (target: CommentTarget) => Effect.Effect<HideResult, GraphError | CommentNotHideableError>
  readonly unhideComment: (target: CommentTarget) => Effect.Effect<HideResult, GraphError | CommentNotHideableError>
  readonly deleteComment: (commentId: string) => Effect.Effect<DeleteResult, GraphError>
  /** Sends requests in batches of at most 50; each item's failure is a value. */
  readonly batch: (requests: ReadonlyArray<BatchRequest>) => Effect.Effect<ReadonlyArray<BatchItemResult>, GraphError>
  /** A GET of any Graph path, for what this client does not cover. */
  readonly get: (path: string, params?: Readonly<Record<string, string | number>>) => Effect.Effect<unknown, GraphError>
  /** The usage headers of the last answer. */
  readonly usage: Effect.Effect<GraphUsage | undefined>
}

const VERSION = /^v\d+\.\d+$/

/** The instants of a range; throws `RangeError` for an invalid one (a caller's bug). @internal */
export const rangeBounds = (range: PostsRange): { readonly start: Instant; readonly end: Instant } => {
  const timeZone = range.timeZone
  if ("period" in range) return periodBounds(range.period, timeZone === undefined ? {} : { timeZone })
  const zone = timeZone === undefined ? {} : { timeZone }
  const start = toInstant(range.from, zone)
  const end = toInstant(range.to, zone)
  if (start === undefined || end === undefined) throw new RangeError("PostsRange: from and to must be instants (ISO 8601 with an offset, epoch ms or Date).")
  if (end < start) throw new RangeError("PostsRange: to must not be before from.")
  return { start, end }
}

const resolveOptions = (options: GraphClientOptions) => {
  const version = options.version ?? DEFAULT_GRAPH_VERSION
  if (!VERSION.test(version)) throw new RangeError(`GraphClientOptions.version must look like "v25.0", not ${JSON.stringify(version)}.`)
  const baseUrl = (options.baseUrl ?? "https://graph.facebook.com").replace(/\/+$/, "")
  let origin: string
  try {
    origin = new URL(baseUrl).origin
  } catch {
    throw new RangeError("GraphClientOptions.baseUrl must be an absolute URL.")
  }
  const pageSize = options.pageSize ?? 100
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) throw new RangeError("GraphClientOptions.pageSize must be a whole number from 1 to 100.")
  const timeoutMs = Duration.toMillis(Duration.decode(options.timeout ?? "30 seconds"))
  const usagePauseMs = Duration.toMillis(Duration.decode(options.usagePause ?? "30 seconds"))
  const maxPages = options.maxPages ?? 10_000
  return { version, baseUrl, origin, pageSize, timeoutMs, usagePauseMs, maxPages, usageThreshold: options.usageThreshold ?? 90 }
}

/**
 * Builds a client for one token. Needs an `HttpClient` (provide
 * `FetchHttpClient.layer` from `@effect/platform`); throws a `RangeError`
 * at once for invalid options (a bad version, base URL or page size).
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect, Stream } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const graph = yield* makeGraphClient({ accessToken: pageToken, baseUrl: "http://127.0.0.1:8787" })
 *   return yield* Stream.runCollect(graph.publishedPosts("108000000000001", { period: "2024-W46" }))
 * })
 * await Effect.runPromise(program.pipe(Effect.provide(FetchHttpClient.layer)))
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const makeGraphClient = (options: GraphClientOptions): Effect.Effect<GraphClient, never, HttpClient.HttpClient> => {
  const resolved = resolveOptions(options)
  const retry = resolveRetry(options.retry)
  const token = redactedToken(options.accessToken)
  const appSecret = options.appSecret === undefined ? undefined : redactedToken(options.appSecret)
  return Effect.gen(function* () {
    const http = yield* HttpClient.HttpClient
    const transport: Transport = {
      http,
      token,
      baseUrl: resolved.baseUrl,
      origin: resolved.origin,
      version: resolved.version,
      timeoutMs: resolved.timeoutMs,
      retry,
      schedule: graphRetrySchedule<GraphError>(options.retry),
      usageThreshold: resolved.usageThreshold,
      usagePauseMs: resolved.usagePauseMs,
      pauseUntil: yield* Ref.make(0),
      lastUsage: yield* Ref.make<GraphUsage | undefined>(undefined),
      proof:
        appSecret === undefined
          ? undefined
          : createHmac("sha256", Redacted.value(appSecret)).update(Redacted.value(token)).digest("hex"),
      secrets: [Redacted.value(token), ...(appSecret === undefined ? [] : [Redacted.value(appSecret)])],
    }
    return buildClient(transport, resolved.pageSize, resolved.maxPages)
  })
}

/** Follows `paging.next` from a first URL; decodes each item. */
const listing = <A>(
  t: Transport,
  operation: "published-posts" | "comments",
  first: string,
  maxPages: number,
  decode: (item: unknown) => A | undefined,
): Stream.Stream<GraphPage<A>, GraphError> =>
  Stream.suspend(() => {
    // Per run: the links already followed, so a Graph that hands back the
    // same `next` twice cannot loop us forever.
    const followed = new Set<string>()
    return Stream.paginateChunkEffect(first, (url) =>
      Effect.gen(function* () {
        followed.add(url)
        if (followed.size > maxPages) {
          return yield* Effect.fail(
            responseError(
              { operation, method: "GET", path: displayPath(url), secrets: t.secrets },
              { vi: `danh sách dài quá ${maxPages} trang; đã dừng.`, en: `the listing runs past ${maxPages} pages; stopped.` },
            ),
          )
        }
        const answer = yield* call(t, { operation, method: "GET", url })
        const body = answer.body
        const data = isRecord(body) ? body["data"] : undefined
        if (!Array.isArray(data)) {
          return yield* Effect.fail(
            responseError(
              { operation, method: "GET", path: displayPath(url), secrets: t.secrets },
              { vi: "phản hồi không có danh sách \"data\".", en: "the answer has no \"data\" list." },
              answer.status,
            ),
          )
        }
        const items: Array<A> = []
        for (const item of data) {
          const decoded = decode(item)
          if (decoded !== undefined) items.push(decoded)
        }
        const page: GraphPage<A> = { items, unreadable: data.length - items.length, path: displayPath(url) }
        const paging = isRecord(body) && isRecord(body["paging"]) ? body["paging"] : undefined
        const nextLink = paging === undefined ? undefined : stringOf(paging["next"])
        if (nextLink === undefined) return [Chunk.of(page), Option.none<string>()] as const
        const next = followable(t, nextLink)
        if (next === undefined) {
          return yield* Effect.fail(
            responseError(
              { operation, method: "GET", path: displayPath(url), secrets: t.secrets },
              {
                vi: "liên kết trang tiếp theo (paging.next) trỏ tới máy chủ khác; không đi theo để không lộ mã truy cập.",
                en: "the paging.next link points to another host; not followed, so the token stays private.",
              },
            ),
          )
        }
        if (followed.has(next)) return [Chunk.of(page), Option.none<string>()] as const
        return [Chunk.of(page), Option.some(next)] as const
      }),
    )
  })

const buildClient = (t: Transport, pageSize: number, maxPages: number): GraphClient => {
  const publishedPostPages = (pageId: string, range: PostsRange): Stream.Stream<GraphPage<FacebookPost>, GraphError> => {
    const { start, end } = rangeBounds(range)
    // Graph's since/until are whole seconds and loosely inclusive: ask a
    // little wide, then keep [start, end) exactly.
    const first = graphUrl(t, `${pageId}/published_posts`, {
      fields: POST_FIELDS,
      since: Math.floor(start / 1000),
      until: Math.ceil(end / 1000),
      limit: pageSize,
    })
    return listing(t, "published-posts", first, maxPages, (item) => {
      const post = decodePost(item, pageId)
      return post
    }).pipe(
      Stream.map((page) => {
        const inside = page.items.filter((post) => post.createdAt >= start && post.createdAt < end)
        return inside.length === page.items.length ? page : { ...page, items: inside }
      }),
    )
  }

  const comments = (objectId: string, options: { readonly pageId?: string } = {}): Stream.Stream<FacebookComment, GraphError> => {
    const pageId = pageOfPost(objectId, options.pageId)
    const first = graphUrl(t, `${objectId}/comments`, { filter: "stream", order: "chronological", fields: COMMENT_FIELDS, limit: pageSize })
    return listing(t, "comments", first, maxPages, (item) => decodeComment(item, objectId, pageId)).pipe(
      Stream.mapConcat((page) => page.items),
    )
  }

  const comment = (commentId: string, options: { readonly postId: string; readonly pageId?: string }) =>
    call(t, { operation: "comment", method: "GET", url: graphUrl(t, commentId, { fields: COMMENT_FIELDS }) }).pipe(
      Effect.flatMap((answer) => {
        const decoded = decodeComment(answer.body, options.postId, pageOfPost(options.postId, options.pageId))
        return decoded === undefined
          ? Effect.fail(
              responseError(
                { operation: "comment", method: "GET", path: displayPath(graphUrl(t, commentId)), secrets: t.secrets },
                { vi: "không đọc được bình luận trong phản hồi.", en: "cannot read the comment in the answer." },
                answer.status,
              ),
            )
          : Effect.succeed(decoded)
      }),
    )

  const setHidden = (target: CommentTarget, hidden: boolean): Effect.Effect<HideResult, GraphError | CommentNotHideableError> =>
    Effect.gen(function* () {
      const id = typeof target === "string" ? target : target.id
      const operation = hidden ? "hide-comment" : "unhide-comment"
      let canHide = typeof target === "string" ? undefined : target.canHide
      let isHidden = typeof target === "string" ? undefined : target.isHidden
      if (canHide === undefined) {
        const answer = yield* call(t, { operation, method: "GET", url: graphUrl(t, id, { fields: "can_hide,is_hidden" }) })
        const body = isRecord(answer.body) ? answer.body : {}
        canHide = booleanOf(body["can_hide"]) ?? false
        isHidden = booleanOf(body["is_hidden"])
      }
      if (!canHide) {
        return yield* Effect.fail(
          new CommentNotHideableError({
            comment: id,
            message: `Không thể ${hidden ? "ẩn" : "bỏ ẩn"} bình luận ${id}: Facebook báo can_hide = false (ví dụ bình luận của chính Trang, hoặc nằm ngoài quyền của Trang). Không gửi yêu cầu nào.`,
            messageEn: `Cannot ${hidden ? "hide" : "unhide"} comment ${id}: Facebook says can_hide = false (e.g. the Page's own comment, or out of the Page's reach). Nothing was sent.`,
          }),
        )
      }
      if (isHidden === hidden) return { comment: id, hidden, changed: false }
      const answer = yield* call(t, { operation, method: "POST", url: graphUrl(t, id, { is_hidden: String(hidden) }) })
      if (!isRecord(answer.body) || answer.body["success"] !== true) {
        return yield* Effect.fail(
          responseError(
            { operation, method: "POST", path: displayPath(graphUrl(t, id, { is_hidden: String(hidden) })), secrets: t.secrets },
            { vi: "Facebook không xác nhận (thiếu \"success\": true).", en: "Facebook did not confirm (no \"success\": true)." },
            answer.status,
          ),
        )
      }
      return { comment: id, hidden, changed: true }
    })

  const deleteComment = (commentId: string): Effect.Effect<DeleteResult, GraphError> =>
    call(t, { operation: "delete-comment", method: "DELETE", url: graphUrl(t, commentId) }).pipe(
      Effect.map((): DeleteResult => ({ comment: commentId, deleted: true, existed: true })),
      Effect.catchIf(
        (error) => error._tag === "GraphRequestError" && error.code === 100 && error.subcode === 33,
        () => Effect.succeed<DeleteResult>({ comment: commentId, deleted: true, existed: false }),
      ),
    )

  const batch = (requests: ReadonlyArray<BatchRequest>): Effect.Effect<ReadonlyArray<BatchItemResult>, GraphError> =>
    Effect.gen(function* () {
      const results: Array<BatchItemResult> = []
      for (let offset = 0; offset < requests.length; offset += 50) {
        const chunk = requests.slice(offset, offset + 50)
        const payload = chunk.map((request) => {
          const entry: Record<string, string> = { method: request.method, relative_url: request.relativeUrl.replace(/^\/+/, "") }
          if (request.body !== undefined) entry["body"] = typeof request.body === "string" ? request.body : queryOf(request.body)
          return entry
        })
        const answer = yield* call(t, {
          operation: "batch",
          method: "POST",
          url: `${t.baseUrl}/${t.version}/`,
          form: { batch: JSON.stringify(payload), include_headers: "false" },
        })
        if (!Array.isArray(answer.body) || answer.body.length !== chunk.length) {
          return yield* Effect.fail(
            responseError(
              { operation: "batch", method: "POST", path: `/${t.version}/`, secrets: t.secrets },
              { vi: "phản hồi của lô không khớp số yêu cầu đã gửi.", en: "the batch answer does not match the requests sent." },
              answer.status,
            ),
          )
        }
        answer.body.forEach((item: unknown, i) => {
          const request = chunk[i] as BatchRequest
          results.push(decodeBatchItem(item, offset + i, request, t))
        })
      }
      return results
    })

  return {
    version: t.version,
    publishedPosts: (pageId, range) => publishedPostPages(pageId, range).pipe(Stream.mapConcat((page) => page.items)),
    publishedPostPages,
    comments,
    comment,
    hideComment: (target) => setHidden(target, true),
    unhideComment: (target) => setHidden(target, false),
    deleteComment,
    batch,
    get: (path, params = {}) => call(t, { operation: "request", method: "GET", url: graphUrl(t, path, params) }).pipe(Effect.map((answer) => answer.body)),
    usage: Ref.get(t.lastUsage),
  }
}
