import { createHmac } from "node:crypto"
import { Chunk, Effect, Fiber, Stream, TestClock, TestContext } from "effect"
import { describe, expect, it } from "vitest"
import { makeGraphClient, type GraphPage, type FacebookPost } from "../src/index.js"
import { fakeGraph, type FakePost } from "./support/FakeGraph.js"
import { clientOptions, failureOf, inMemory, runOverHttp, TOKEN, untilSleepingUntil, valueOf, W46, withServer } from "./support/run.js"

const PAGE = "108000000000001"
const HOUR = 3_600_000

/** `count` posts spread over the week, one every `step` ms from Monday 00:00 (+07:00). */
const weekPosts = (count: number, step = HOUR): Array<FakePost> =>
  Array.from({ length: count }, (_, i) => ({ id: `${PAGE}_1221000000${String(i).padStart(5, "0")}`, at: W46.start + i * step }))

const collect = <A, E>(stream: Stream.Stream<A, E>) => Effect.map(Stream.runCollect(stream), Chunk.toReadonlyArray)

describe("published posts", () => {
  it("reads a Page's posts with their reaction, comment and share counts; a missing `shares` reads 0", async () => {
    const fake = fakeGraph({
      pages: [
        {
          id: PAGE,
          token: TOKEN,
          posts: [
            { id: `${PAGE}_122100000000000001`, at: W46.start + 10 * HOUR, message: "Trường THCS Lạc Sơn tổ chức Ngày hội đọc sách", reactions: 42, comments: 5, shares: 3 },
            { id: `${PAGE}_122100000000000002`, at: W46.start + 2 * HOUR, message: "Thông báo lịch thi học kỳ I", reactions: 7 },
          ],
        },
      ],
    })
    const posts = valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => collect(graph.publishedPosts(PAGE, { period: "2024-W46" })))))
    expect(posts).toEqual([
      {
        id: `${PAGE}_122100000000000001`,
        pageId: PAGE,
        createdAt: W46.start + 10 * HOUR,
        message: "Trường THCS Lạc Sơn tổ chức Ngày hội đọc sách",
        url: `https://www.facebook.com/${PAGE}/posts/122100000000000001`,
        reactions: 42,
        comments: 5,
        shares: 3,
      },
      {
        id: `${PAGE}_122100000000000002`,
        pageId: PAGE,
        createdAt: W46.start + 2 * HOUR,
        message: "Thông báo lịch thi học kỳ I",
        url: `https://www.facebook.com/${PAGE}/posts/122100000000000002`,
        reactions: 7,
        comments: 0,
        shares: 0,
      },
    ])
  })

  it("follows paging.next until it is absent, through short and empty pages", async () => {
    const fake = fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts: weekPosts(23), split: [3, 0, 1, 0, 0, 7] }] })
    const pages = valueOf(
      await withServer(fake, (url) => runOverHttp(url, (graph) => collect(graph.publishedPostPages(PAGE, { period: "2024-W46" })), { pageSize: 5 })),
    )
    // 3 + 0 + 1 + 0 + 0 + 7 = 11, then pages of 5: 5, 5, 2 (a short last page without next).
    expect(pages.map((page: GraphPage<FacebookPost>) => page.items.length)).toEqual([3, 0, 1, 0, 0, 7, 5, 5, 2])
    expect(new Set(pages.flatMap((page) => page.items.map((post) => post.id))).size).toBe(23)
    expect(fake.calls).toHaveLength(9)
  })

  it("sends the token in the Authorization header only: the token Graph puts in next links is stripped", async () => {
    const fake = fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts: weekPosts(12) }] })
    valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => collect(graph.publishedPosts(PAGE, { period: "2024-W46" })), { pageSize: 5 })))
    expect(fake.calls).toHaveLength(3)
    for (const call of fake.calls) {
      expect(call.authorization).toBe(`Bearer ${TOKEN}`)
      expect(call.url).not.toContain(TOKEN)
      expect(call.url).not.toContain("access_token")
    }
    // The rest of Graph's next link is followed as it was given (the cursor, the fields).
    expect(fake.calls[1]?.url).toContain("after=")
    expect(fake.calls[1]?.url).toContain("summary")
  })

  it("asks for the period as Unix seconds and keeps exactly [start, end): a post at next Monday 00:00 is next week's", async () => {
    const fake = fakeGraph({
      pages: [
        {
          id: PAGE,
          token: TOKEN,
          posts: [
            { id: `${PAGE}_1`, at: W46.start },
            { id: `${PAGE}_2`, at: W46.end - 1000 },
            { id: `${PAGE}_3`, at: W46.end },
            { id: `${PAGE}_4`, at: W46.start - 1000 },
          ],
        },
      ],
    })
    const posts = valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => collect(graph.publishedPosts(PAGE, { period: "2024-W46" })))))
    expect(posts.map((post) => post.id).sort()).toEqual([`${PAGE}_1`, `${PAGE}_2`])
    const first = new URL(fake.calls[0]?.url ?? "")
    expect(first.pathname).toBe(`/v25.0/${PAGE}/published_posts`)
    expect(first.searchParams.get("since")).toBe(String(W46.start / 1000))
    expect(first.searchParams.get("until")).toBe(String(W46.end / 1000))
    expect(first.searchParams.get("fields")).toContain("reactions.limit(0).summary(total_count)")
  })

  it("computes a period in the zone given, never the machine's: Sunday 20:00 UTC is Monday in Vietnam", async () => {
    const sundayEveningUtc = Date.parse("2024-11-17T20:00:00Z")
    const fake = fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts: [{ id: `${PAGE}_9`, at: sundayEveningUtc }] }] })
    const [vietnam, utc] = await withServer(fake, async (url) => [
      valueOf(await runOverHttp(url, (graph) => collect(graph.publishedPosts(PAGE, { period: "2024-W46" })))),
      valueOf(await runOverHttp(url, (graph) => collect(graph.publishedPosts(PAGE, { period: "2024-W46", timeZone: "UTC" })))),
    ])
    expect(vietnam).toHaveLength(0)
    expect(utc).toHaveLength(1)
  })

  it("never follows a next link to another host (the token would go with it)", async () => {
    const fake = fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts: weekPosts(8) }], nextOrigin: "https://graph.example" })
    const error = failureOf(await withServer(fake, (url) => runOverHttp(url, (graph) => collect(graph.publishedPosts(PAGE, { period: "2024-W46" })), { pageSize: 5 })))
    expect(error._tag).toBe("GraphResponseError")
    expect(error.message).toContain("paging.next")
    expect(fake.calls).toHaveLength(1)
  })

  it("a next link that leads back to the same page ends the listing instead of looping", async () => {
    const fake = fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts: weekPosts(7) }], loopNext: true })
    const posts = valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => collect(graph.publishedPosts(PAGE, { period: "2024-W46" })), { pageSize: 5 })))
    expect(new Set(posts.map((post) => post.id)).size).toBe(7)
    expect(fake.calls.length).toBeLessThanOrEqual(3)
  })

  it("an item without an id is skipped and counted as unreadable", async () => {
    const fake = fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts: [...weekPosts(3), { id: "x", at: W46.start + 5 * HOUR, broken: true }] }] })
    const pages = valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => collect(graph.publishedPostPages(PAGE, { period: "2024-W46" })))))
    expect(pages.flatMap((page) => page.items)).toHaveLength(3)
    expect(pages.reduce((sum, page) => sum + page.unreadable, 0)).toBe(1)
  })

  it("uses the configured Graph version", async () => {
    const fake = fakeGraph({ version: "v24.0", pages: [{ id: PAGE, token: TOKEN, posts: weekPosts(2) }] })
    const posts = valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => collect(graph.publishedPosts(PAGE, { period: "2024-W46" })), { version: "v24.0" })))
    expect(posts).toHaveLength(2)
    expect(fake.calls[0]?.url).toContain("/v24.0/")
  })

  it("with the app secret, every request carries appsecret_proof = HMAC-SHA256(token)", async () => {
    const fake = fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts: weekPosts(6) }] })
    valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => collect(graph.publishedPosts(PAGE, { period: "2024-W46" })), { pageSize: 5, appSecret: "test_app_secret" })))
    const proof = createHmac("sha256", "test_app_secret").update(TOKEN).digest("hex")
    expect(fake.calls).toHaveLength(2)
    for (const call of fake.calls) expect(new URL(call.url).searchParams.getAll("appsecret_proof")).toEqual([proof])
  })

  it("refuses invalid options at once: a version without its v, a page size above 100", () => {
    expect(() => makeGraphClient({ accessToken: TOKEN, version: "25.0" })).toThrow(RangeError)
    expect(() => makeGraphClient({ accessToken: TOKEN, pageSize: 101 })).toThrow(RangeError)
    expect(() => makeGraphClient({ accessToken: TOKEN, baseUrl: "graph.facebook.com" })).toThrow(RangeError)
  })
})

describe("usage headers", () => {
  it("at 90 % or more of any field, the client pauses before its next request (Effect TestClock)", async () => {
    const fake = fakeGraph({
      pages: [{ id: PAGE, token: TOKEN, posts: weekPosts(8) }],
      usage: { app: { call_count: 28, total_time: 25, total_cputime: 25 }, business: { [PAGE]: [{ type: "pages", call_count: 97, total_cputime: 23, total_time: 23, estimated_time_to_regain_access: 0 }] } },
    })
    const program = Effect.gen(function* () {
      const graph = yield* makeGraphClient(clientOptions("http://127.0.0.1:1", { pageSize: 5, usagePause: "1 minute", timeout: "1 hour" }))
      const fiber = yield* Effect.fork(collect(graph.publishedPosts(PAGE, { period: "2024-W46" })))
      yield* untilSleepingUntil(60_000)
      yield* TestClock.adjust("59 seconds")
      yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 20)))
      const early = fake.calls.length
      yield* TestClock.adjust("1 second")
      const posts = yield* Fiber.join(fiber)
      const usage = yield* graph.usage
      return { early, posts, usage }
    })
    const result = await Effect.runPromise(program.pipe(Effect.provide(inMemory(fake)), Effect.provide(TestContext.TestContext)))
    expect(result.early).toBe(1)
    expect(result.posts).toHaveLength(8)
    expect(result.usage?.maxPercent).toBe(97)
    expect(result.usage?.app?.callCount).toBe(28)
  })
})
