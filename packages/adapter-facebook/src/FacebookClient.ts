/**
 * The same client for callers who do not use Effect: every method returns
 * a `Promise`, which rejects with the tagged error object itself
 * (`error._tag === "GraphTokenError"`, `error.message` in Vietnamese) —
 * never a wrapper around it.
 *
 * Requests go through Node's `fetch` (Node ≥ 20), or the `fetch` given in
 * the options.
 *
 * @since 0.1.0
 * @module
 */
import { FetchHttpClient, HttpClient } from "@effect/platform"
import { Cause, Effect, Exit, Option, Stream } from "effect"
import type { BatchItemResult, BatchRequest } from "./Batch.js"
import type { FacebookComment } from "./Comment.js"
import {
  makeGraphClient,
  type CommentTarget,
  type DeleteResult,
  type GraphClient,
  type GraphClientOptions,
  type HideResult,
  type PostsRange,
} from "./GraphClient.js"
import type { GraphUsage } from "./GraphUsage.js"
import { moderateComment, type ModeratedComment, type ModerateCommentOptions } from "./Moderation.js"
import type { FacebookPage } from "./Page.js"
import type { FacebookPost } from "./Post.js"
import { syncPagePosts, syncPages, type PagePosts, type SyncResult } from "./Sync.js"

/**
 * Options of {@link createFacebookClient}: those of the Effect client, and
 * optionally the `fetch` to use.
 *
 * @example
 * ```ts
 * const options: FacebookClientOptions = { accessToken: process.env.FB_PAGE_TOKEN ?? "", version: "v25.0" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FacebookClientOptions extends GraphClientOptions {
  readonly fetch?: typeof globalThis.fetch
}

/**
 * The Promise client. `graph` is the underlying Effect client, for
 * callers who mix both styles.
 *
 * @example
 * ```ts
 * const facebook: FacebookClient = createFacebookClient({ accessToken: pageToken })
 * const posts = await facebook.publishedPosts("108000000000001", { period: "2024-W46" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FacebookClient {
  readonly graph: GraphClient
  readonly publishedPosts: (pageId: string, range: PostsRange) => Promise<ReadonlyArray<FacebookPost>>
  readonly comments: (objectId: string, options?: { readonly pageId?: string }) => Promise<ReadonlyArray<FacebookComment>>
  readonly hideComment: (target: CommentTarget) => Promise<HideResult>
  readonly unhideComment: (target: CommentTarget) => Promise<HideResult>
  readonly deleteComment: (commentId: string) => Promise<DeleteResult>
  readonly batch: (requests: ReadonlyArray<BatchRequest>) => Promise<ReadonlyArray<BatchItemResult>>
  readonly syncPagePosts: (page: FacebookPage, range: PostsRange) => Promise<PagePosts>
  readonly moderateComment: (comment: FacebookComment, options: Omit<ModerateCommentOptions, "client">) => Promise<ModeratedComment>
  readonly usage: () => Promise<GraphUsage | undefined>
  /** Runs an Effect of this client as a Promise rejecting with the typed error ({@link runToPromise}). */
  readonly run: <A, E>(effect: Effect.Effect<A, E>) => Promise<A>
}

/**
 * Runs an Effect and settles like a Promise API should: resolves with the
 * value, or rejects with the typed error itself (an interruption or a
 * defect rejects with its squashed cause).
 *
 * @example
 * ```ts
 * try {
 *   await runToPromise(graph.hideComment("1221_55"))
 * } catch (error) {
 *   if ((error as GraphError)._tag === "GraphTokenError") renewToken()
 * }
 * ```
 * @since 0.1.0
 * @category promises
 */
export const runToPromise = async <A, E>(effect: Effect.Effect<A, E>): Promise<A> => {
  const exit = await Effect.runPromiseExit(effect)
  if (Exit.isSuccess(exit)) return exit.value
  const failure = Cause.failureOption(exit.cause)
  throw Option.isSome(failure) ? failure.value : Cause.squash(exit.cause)
}

/**
 * A Promise client for one Page token (see {@link GraphClientOptions});
 * throws a `RangeError` at once for invalid options.
 *
 * @example
 * ```ts
 * const facebook = createFacebookClient({ accessToken: pageToken, retry: { maxRetries: 5 } })
 * const page = { pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" }
 * const { activities } = await facebook.syncPagePosts(page, { period: "2024-W46" })
 * try {
 *   await facebook.hideComment("122100000000000001_1200000000000002")
 * } catch (error) {
 *   console.log((error as GraphError).message) // Vietnamese, never the token
 * }
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const createFacebookClient = (options: FacebookClientOptions): FacebookClient => {
  const graph = Effect.runSync(
    Effect.gen(function* () {
      const base = yield* HttpClient.HttpClient
      // FetchHttpClient reads `Fetch` from the running fiber: bind the given one to this client.
      const fetch = options.fetch
      const http =
        fetch === undefined ? base : HttpClient.transformResponse(base, (response) => Effect.provideService(response, FetchHttpClient.Fetch, fetch))
      return yield* makeGraphClient(options).pipe(Effect.provideService(HttpClient.HttpClient, http))
    }).pipe(Effect.provide(FetchHttpClient.layer)),
  )
  const run = runToPromise
  return {
    graph,
    publishedPosts: (pageId, range) => run(Stream.runCollect(graph.publishedPosts(pageId, range)).pipe(Effect.map((chunk) => [...chunk]))),
    comments: (objectId, commentOptions) => run(Stream.runCollect(graph.comments(objectId, commentOptions)).pipe(Effect.map((chunk) => [...chunk]))),
    hideComment: (target) => run(graph.hideComment(target)),
    unhideComment: (target) => run(graph.unhideComment(target)),
    deleteComment: (commentId) => run(graph.deleteComment(commentId)),
    batch: (requests) => run(graph.batch(requests)),
    syncPagePosts: (page, range) => run(syncPagePosts(graph, page, range)),
    moderateComment: (comment, moderation) => run(moderateComment(comment, { ...moderation, client: graph })),
    usage: () => run(graph.usage),
    run,
  }
}

/**
 * Syncs several Pages, each with its own Promise client (its Page token),
 * into one result: every post once, the Pages that failed as issues.
 *
 * @example
 * ```ts
 * const result = await syncFacebookPages(
 *   pages.map((page) => ({ page, client: createFacebookClient({ accessToken: tokens[page.pageId] }) })),
 *   { period: "2024-W46" },
 * )
 * result.activities.length //=> every post of the week, each once
 * ```
 * @since 0.1.0
 * @category promises
 */
export const syncFacebookPages = (
  sources: ReadonlyArray<{ readonly page: FacebookPage; readonly client: FacebookClient }>,
  range: PostsRange & { readonly concurrency?: number },
): Promise<SyncResult> =>
  runToPromise(
    syncPages(
      sources.map((source) => ({ page: source.page, client: source.client.graph })),
      range,
    ),
  )
