import { FetchHttpClient } from "@effect/platform"
import { createEngine } from "@lantoa/engine"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince } from "@lantoa/sample-province"
import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  createFacebookClient,
  makeGraphClient,
  pagesFromChannels,
  postActivity,
  syncFacebookPages,
  syncPagePosts,
  syncPages,
  type FacebookPage,
  type PageSource,
} from "../src/index.js"
import { fakeGraph, type Fault, type FakePage, type FakePost } from "./support/FakeGraph.js"
import { clientOptions, inMemory, TOKEN, W46, withServer } from "./support/run.js"

const PAGE: FacebookPage = { pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" }

/** A deterministic spread of `count` posts over the week (and a few either side), newest ids last. */
const postsOf = (pageId: string, count: number, salt: number): Array<FakePost> =>
  Array.from({ length: count }, (_, i) => ({
    id: `${pageId}_${1_000_000 + i}`,
    at: W46.start + Math.floor(((i * 7919 + salt * 104_729) % 1_000_003) / 1_000_003 * (W46.end - W46.start)),
  }))

describe("mapping", () => {
  it("a post becomes a post Activity of the Page's unit and channel, with a stable id", () => {
    expect(
      postActivity({ id: "108000000000001_1221", pageId: "108000000000001", createdAt: Date.parse("2024-11-12T02:00:00Z"), url: "https://www.facebook.com/108000000000001/posts/1221", reactions: 1, comments: 0, shares: 0 }, PAGE),
    ).toEqual({
      id: "facebook:108000000000001_1221",
      kind: "post",
      unit: "thcs-lac-son",
      channel: "fb-thcs-lac-son",
      at: "2024-11-12T09:00:00.000+07:00",
      url: "https://www.facebook.com/108000000000001/posts/1221",
    })
  })

  it("finds each Fanpage's Page id: given by channel id, a pageId field, or a numeric id in the link", () => {
    const { pages, issues } = pagesFromChannels(
      [
        { id: "fb-a", unit: "a", platform: "facebook-page", name: "Trường A", url: "https://www.facebook.com/108000000000001" },
        { id: "fb-b", unit: "b", platform: "facebook-page", name: "Trường B", url: "https://www.facebook.com/profile.php?id=108000000000002" },
        { id: "fb-c", unit: "c", platform: "facebook-page", name: "Trường C", pageId: "108000000000003" } as never,
        { id: "fb-d", unit: "d", platform: "facebook-page", name: "Trường D", url: "https://facebook.example/truong-d" },
        { id: "fb-e", unit: "e", platform: "facebook-page", name: "Trường E" },
        { id: "zl-a", unit: "a", platform: "zalo-group", name: "Truyền thông Trường A" },
      ],
      { pageIds: { "fb-d": "108000000000004" } },
    )
    expect(pages.map((page) => [page.channel, page.pageId, page.unit])).toEqual([
      ["fb-a", "108000000000001", "a"],
      ["fb-b", "108000000000002", "b"],
      ["fb-c", "108000000000003", "c"],
      ["fb-d", "108000000000004", "d"],
    ])
    expect(issues.map((issue) => [issue.code, issue.path, issue.record])).toEqual([["missing-page-id", "channels[4]", "fb-e"]])
    expect(issues[0]?.message).toBe('channels[4]: Fanpage "Trường E" chưa có mã Trang (Page ID); không đồng bộ được bài đăng của Trang này.')
  })
})

describe("syncing a Page's posts", () => {
  it("any split of N posts into pages — empty and short pages, repeated items, retried faults — yields exactly N unique activities (property)", async () => {
    const retryable: ReadonlyArray<Fault> = [
      { kind: "rate-limit", code: 80001, regainMinutes: 0 },
      { kind: "rate-limit", code: 4 },
      { kind: "graph-error", status: 500, code: 1 },
      { kind: "graph-error", status: 503, code: 2 },
      { kind: "status", status: 502 },
      { kind: "reset" },
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 150 }),
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 25 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 2 }),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: retryable.length - 1 })), { maxLength: 3, selector: ([n]) => n }),
        async (count, split, pageSize, overlap, faults) => {
          const posts = postsOf(PAGE.pageId, count, count + split.length)
          const byCall = new Map(faults.map(([n, kind]) => [n, retryable[kind] as Fault]))
          const fake = fakeGraph({ pages: [{ id: PAGE.pageId, token: TOKEN, posts, split, overlap }], faults: ({ n }) => byCall.get(n) })
          const result = await Effect.runPromise(
            Effect.flatMap(makeGraphClient(clientOptions("http://127.0.0.1:9", { pageSize })), (graph) => syncPagePosts(graph, PAGE, { period: "2024-W46" })).pipe(
              Effect.provide(inMemory(fake)),
            ),
          )
          const ids = result.activities.map((activity) => activity.id)
          expect(ids).toHaveLength(count)
          expect(new Set(ids).size).toBe(count)
          expect(new Set(ids)).toEqual(new Set(posts.map((post) => `facebook:${post.id}`)))
          const times = result.posts.map((post) => post.createdAt)
          expect(times).toEqual([...times].sort((a, b) => a - b))
        },
      ),
      { numRuns: 60 },
    )
  })

  it("the Promise client syncs the same way and rejects with the typed error itself", async () => {
    const fake = fakeGraph({ pages: [{ id: PAGE.pageId, token: TOKEN, posts: postsOf(PAGE.pageId, 30, 1) }] })
    const facebook = createFacebookClient({ ...clientOptions("http://127.0.0.1:9", { pageSize: 7 }), fetch: fake.fetch })
    const result = await facebook.syncPagePosts(PAGE, { period: "2024-W46" })
    expect(result.activities).toHaveLength(30)
    expect(result.fetchedPages).toBe(5)
    const expired = createFacebookClient({ ...clientOptions("http://127.0.0.1:9"), accessToken: "EAAGexpired000000000000", fetch: fake.fetch })
    const error = await expired.publishedPosts(PAGE.pageId, { period: "2024-W46" }).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).toMatchObject({ _tag: "GraphTokenError", code: 190, subcode: 463 })
    expect(error).toBeInstanceOf(Error)
    expect(String(error)).not.toContain("EAAGexpired")
  })

  it("one Page that fails (an expired token) is an issue; the other Pages' posts are all kept", async () => {
    const other: FacebookPage = { pageId: "108000000000002", channel: "fb-thcs-b", unit: "thcs-b" }
    const fake = fakeGraph({
      pages: [
        { id: PAGE.pageId, token: TOKEN, posts: postsOf(PAGE.pageId, 12, 1) },
        { id: other.pageId, token: "EAAGother0000000000000000", posts: postsOf(other.pageId, 9, 2) },
      ],
    })
    const result = await syncFacebookPages(
      [
        { page: PAGE, client: createFacebookClient({ ...clientOptions("http://127.0.0.1:9"), fetch: fake.fetch }) },
        { page: other, client: createFacebookClient({ ...clientOptions("http://127.0.0.1:9"), accessToken: "EAAGexpired000000000000", fetch: fake.fetch }) },
      ],
      { period: "2024-W46" },
    )
    expect(result.activities).toHaveLength(12)
    expect(result.failures.map((failure) => [failure.page.pageId, failure.error._tag])).toEqual([[other.pageId, "GraphTokenError"]])
    expect(result.issues.map((issue) => [issue.severity, issue.code, issue.record])).toEqual([["error", "page-sync-failed", "fb-thcs-b"]])
    expect(result.issues[0]?.message).toContain("chưa đầy đủ")
    expect(JSON.stringify(result.issues)).not.toContain("EAAGexpired")
  })
})

describe("done when: a week of thousands of posts over many pages reaches the engine, none lost or double-counted, under injected faults", () => {
  it("syncs 6 Pages (≈4,000 posts, pages of 25, empty and overlapping pages) over HTTP with rate limits, 5xx, timeouts and cuts mid-pagination, then evaluates the week", async () => {
    const roster = generateProvince({ activities: false })
    const units = new Map(roster.units.map((unit) => [unit.id, unit]))
    const facebookChannels = roster.channels.filter((channel) => channel.platform === "facebook-page")
    const pick = (kind: string, count: number) => facebookChannels.filter((channel) => units.get(channel.unit)?.kind === kind).slice(0, count)
    const chosen = [...pick("department", 1), ...pick("district-office", 1), ...pick("primary", 2), ...pick("lower-secondary", 1), ...pick("upper-secondary", 1)]
    expect(chosen).toHaveLength(6)
    const { pages, issues: pageIssues } = pagesFromChannels(chosen, {
      pageIds: Object.fromEntries(chosen.map((channel, i) => [channel.id, `10800000000${String(i + 1).padStart(4, "0")}`])),
    })
    expect(pageIssues).toEqual([])

    // Per Page: 500–900 posts in W46, plus posts in W45 and W47 that must not count (one exactly at next Monday 00:00).
    const counts = [900, 700, 650, 500, 620, 640]
    const fakePages: Array<FakePage> = pages.map((page, i) => ({
      id: page.pageId,
      token: `EAAGtoken${i}abcdefghijklmnop`,
      posts: [
        ...postsOf(page.pageId, counts[i] as number, i),
        { id: `${page.pageId}_1`, at: W46.start - 1 },
        { id: `${page.pageId}_2`, at: W46.end },
        { id: `${page.pageId}_3`, at: W46.start - 86_400_000 },
      ],
      split: [25, 0, 3, 0, 0, 25, 1],
      ...(i % 2 === 0 ? { overlap: 2 } : {}),
    }))
    const faultKinds: ReadonlyArray<Fault> = [
      { kind: "rate-limit", code: 80001, regainMinutes: 0, callCount: 100 },
      { kind: "status", status: 503 },
      { kind: "hang", ms: 3_000 },
      { kind: "graph-error", status: 500, code: 1 },
      { kind: "rate-limit", code: 17 },
      { kind: "reset" },
      { kind: "graph-error", status: 503, code: 2 },
      { kind: "rate-limit", code: 613 },
      { kind: "status", status: 500 },
      { kind: "rate-limit", code: 32 },
      { kind: "rate-limit", code: 4 },
    ]
    const injected: Array<string> = []
    const fake = fakeGraph({
      pages: fakePages,
      faults: ({ n }) => {
        if (n % 6 !== 0) return undefined
        const fault = faultKinds[(n / 6) % faultKinds.length] as Fault
        injected.push(fault.kind === "rate-limit" || fault.kind === "graph-error" ? `${fault.kind}:${fault.code}` : fault.kind)
        return fault
      },
    })

    const result = await withServer(fake, (url) =>
      Effect.runPromise(
        Effect.gen(function* () {
          const sources: Array<PageSource> = []
          for (const [i, page] of pages.entries()) {
            const client = yield* makeGraphClient(clientOptions(url, { accessToken: (fakePages[i] as FakePage).token, pageSize: 25, timeout: "100 millis" }))
            sources.push({ page, client })
          }
          return yield* syncPages(sources, { period: "2024-W46", concurrency: 3 })
        }).pipe(Effect.provide(FetchHttpClient.layer)),
      ),
    )

    // Faults were injected throughout, mid-pagination, of every kind.
    expect(injected.length).toBeGreaterThan(25)
    expect(new Set(injected)).toEqual(new Set(["rate-limit:80001", "status", "hang", "graph-error:1", "rate-limit:17", "reset", "graph-error:2", "rate-limit:613", "rate-limit:32", "rate-limit:4"]))
    expect(result.failures).toEqual([])
    expect(result.issues).toEqual([])
    expect(result.pages.reduce((sum, page) => sum + page.fetchedPages, 0)).toBeGreaterThan(150)
    expect(result.pages.some((page) => page.repeated > 0)).toBe(true) // overlapping pages were seen, and counted once

    // Nothing lost, nothing twice.
    const expected = pages.flatMap((page, i) => postsOf(page.pageId, counts[i] as number, i).map((post) => `facebook:${post.id}`))
    const ids = result.activities.map((activity) => activity.id)
    expect(ids).toHaveLength(expected.length)
    expect(new Set(ids)).toEqual(new Set(expected))

    // The engine counts each unit's posts of the week exactly.
    const report = createEngine(hoaBinh2024).evaluate({ ...roster, activities: [...result.activities] }, { period: "2024-W46", now: "2024-11-18T08:00:00+07:00" })
    expect(report.issues).toEqual([])
    const ruleOf: Record<string, string> = { department: "department-weekly-posts", "district-office": "district-office-weekly-posts" }
    pages.forEach((page, i) => {
      const rule = ruleOf[units.get(page.unit)?.kind ?? ""] ?? "unit-weekly-posts"
      const verdict = report.quotas.find((quota) => quota.rule === rule && quota.period === "2024-W46" && "unit" in quota.subject && quota.subject.unit === page.unit)
      expect(verdict?.counted).toBe(counts[i])
      expect(verdict?.status).toBe("met")
      expect(new Set(verdict?.evidence).size).toBe(counts[i])
    })
  }, 60_000)
})
