/**
 * Syncing Pages' posts into Activities for the engine.
 *
 * A Page's listing is read to its end (every `paging.next`), each page of
 * it retried on its own, so a rate limit, a 5xx or a timeout in the middle
 * of page 40 costs one retried request, not the whole listing. A post
 * seen twice — Graph's cursors can repeat an item when posts arrive during
 * the sync — is counted once; posts outside the range are dropped. A Page
 * whose listing fails (an expired token, a missing permission, retries run
 * out) is reported as an issue, and the other Pages' activities are kept.
 *
 * @since 0.1.0
 * @module
 */
import { dataIssue, type ActivityRecord, type DataIssue } from "@lantoa/core"
import { Effect, Stream } from "effect"
import type { GraphClient, PostsRange } from "./GraphClient.js"
import type { GraphError } from "./GraphError.js"
import { postActivity, type FacebookPage } from "./Page.js"
import type { FacebookPost } from "./Post.js"

/**
 * One Page's posts in the range, as read and as Activities, with what the
 * sync saw: Graph pages fetched, posts seen again (`repeated`, counted
 * once) and items Graph sent that could not be read (`unreadable`).
 *
 * @example
 * ```ts
 * const result: PagePosts = yield* syncPagePosts(graph, page, { period: "2024-W46" })
 * result.activities.length //=> 9
 * result.fetchedPages      //=> 3
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PagePosts {
  readonly page: FacebookPage
  readonly posts: ReadonlyArray<FacebookPost>
  readonly activities: ReadonlyArray<ActivityRecord>
  readonly fetchedPages: number
  readonly repeated: number
  readonly unreadable: number
}

/**
 * Reads one Page's published posts in the range and maps them to `post`
 * Activities of the Page's unit and channel (`at` in `range.timeZone`,
 * default `Asia/Ho_Chi_Minh`). Fails with the typed error of the listing
 * when it cannot be read to its end — never a partial count.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const graph = yield* makeGraphClient({ accessToken: pageToken })
 *   const { activities } = yield* syncPagePosts(graph, { pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" }, { period: "2024-W46" })
 *   return activities // [{ id: "facebook:108000000000001_1221…", kind: "post", unit: "thcs-lac-son", … }, …]
 * })
 * ```
 * @since 0.1.0
 * @category sync
 */
export const syncPagePosts = (client: GraphClient, page: FacebookPage, range: PostsRange): Effect.Effect<PagePosts, GraphError> =>
  Effect.suspend(() => {
    const byId = new Map<string, FacebookPost>()
    let fetchedPages = 0
    let repeated = 0
    let unreadable = 0
    return client.publishedPostPages(page.pageId, range).pipe(
      Stream.runForEach((graphPage) =>
        Effect.sync(() => {
          fetchedPages++
          unreadable += graphPage.unreadable
          for (const post of graphPage.items) {
            if (byId.has(post.id)) repeated++
            else byId.set(post.id, post)
          }
        }),
      ),
      Effect.map((): PagePosts => {
        // Oldest first, ties by id: the order never depends on how Graph paged.
        const posts = [...byId.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        const zone = range.timeZone === undefined ? {} : { timeZone: range.timeZone }
        return { page, posts, activities: posts.map((post) => postActivity(post, page, zone)), fetchedPages, repeated, unreadable }
      }),
    )
  })

/**
 * A Page to sync and the client holding its Page token.
 *
 * @example
 * ```ts
 * const source: PageSource = { page: { pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" }, client: graph }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PageSource {
  readonly page: FacebookPage
  readonly client: GraphClient
}

/**
 * A Page whose posts could not be synced, and why.
 *
 * @example
 * ```ts
 * const failure: PageSyncFailure = { page, error } // error._tag === "GraphTokenError"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PageSyncFailure {
  readonly page: FacebookPage
  readonly error: GraphError
}

/**
 * The result of {@link syncPages}: every Page's Activities together (each
 * post once), the per-Page results, the Pages that failed, and issues —
 * an error per failed Page (its posts are missing from the count), a
 * warning per Page with unreadable items.
 *
 * @example
 * ```ts
 * const { activities, failures, issues }: SyncResult = yield* syncPages(sources, { period: "2024-W46" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SyncResult {
  readonly activities: ReadonlyArray<ActivityRecord>
  readonly pages: ReadonlyArray<PagePosts>
  readonly failures: ReadonlyArray<PageSyncFailure>
  readonly issues: ReadonlyArray<DataIssue>
}

/**
 * Syncs several Pages' posts in the range, `concurrency` Pages at a time
 * (default 2), and never fails: a Page that cannot be read becomes a
 * failure and an error issue (`page-sync-failed`), and the others are
 * kept. Results are in the order of `sources`.
 *
 * @example
 * ```ts
 * const result = yield* syncPages(sources, { period: "2024-W46", concurrency: 2 })
 * engine.evaluate({ ...roster, activities: [...otherActivities, ...result.activities] }, { period: "2024-W46", now })
 * ```
 * @since 0.1.0
 * @category sync
 */
export const syncPages = (
  sources: ReadonlyArray<PageSource>,
  range: PostsRange & { readonly concurrency?: number },
): Effect.Effect<SyncResult> =>
  Effect.forEach(sources, (source) => Effect.either(syncPagePosts(source.client, source.page, range)), {
    concurrency: range.concurrency ?? 2,
  }).pipe(
    Effect.map((outcomes): SyncResult => {
      const pages: Array<PagePosts> = []
      const failures: Array<PageSyncFailure> = []
      const issues: Array<DataIssue> = []
      const activities: Array<ActivityRecord> = []
      const seen = new Set<string>()
      outcomes.forEach((outcome, index) => {
        const page = (sources[index] as PageSource).page
        if (outcome._tag === "Left") {
          failures.push({ page, error: outcome.left })
          issues.push(
            dataIssue(
              "error",
              "page-sync-failed",
              `pages[${index}]`,
              {
                vi: `không đồng bộ được bài đăng của Trang ${page.pageId} (kênh ${page.channel}): ${outcome.left.message} Số bài của đơn vị ${page.unit} trong kỳ chưa đầy đủ.`,
                en: `could not sync the posts of Page ${page.pageId} (channel ${page.channel}): ${outcome.left.messageEn} Unit ${page.unit}'s count for the period is incomplete.`,
              },
              page.channel,
            ),
          )
          return
        }
        const result = outcome.right
        pages.push(result)
        if (result.unreadable > 0) {
          issues.push(
            dataIssue(
              "warning",
              "unreadable-posts",
              `pages[${index}]`,
              {
                vi: `Graph trả về ${result.unreadable} mục không đọc được (thiếu mã hoặc thời điểm) ở Trang ${page.pageId}; các mục này không được tính.`,
                en: `Graph returned ${result.unreadable} unreadable items (no id or time) for Page ${page.pageId}; they are not counted.`,
              },
              page.channel,
            ),
          )
        }
        for (const activity of result.activities) {
          if (seen.has(activity.id)) continue
          seen.add(activity.id)
          activities.push(activity)
        }
      })
      return { activities, pages, failures, issues }
    }),
  )
