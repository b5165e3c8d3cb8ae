import { FetchHttpClient } from "@effect/platform"
import { createModerator } from "@lantoa/moderation"
import { hoaBinh2024 } from "@lantoa/policy"
import { Chunk, Effect, Stream, TestClock, TestContext } from "effect"
import { describe, expect, it } from "vitest"
import {
  makeGraphClient,
  moderateComment,
  moderatePostComments,
  type FacebookComment,
  type FacebookPage,
  type GraphClient,
  type ModeratedComment,
} from "../src/index.js"
import { fakeGraph, type FakeComment, type FakeGraph } from "./support/FakeGraph.js"
import { clientOptions, TOKEN, withServer } from "./support/run.js"

const PAGE_ID = "108000000000001"
const POST = `${PAGE_ID}_122100000000000001`
const PAGE: FacebookPage = { pageId: PAGE_ID, channel: "fb-thcs-lac-son", unit: "thcs-lac-son" }
const NOW = Date.parse("2024-11-12T09:00:00+07:00")
const moderator = createModerator(hoaBinh2024)

const comment = (id: string, message: string, extra: Partial<FacebookComment> = {}): FacebookComment => ({
  id: `122100000000000001_${id}`,
  postId: POST,
  pageId: PAGE_ID,
  authorId: "25000000000000001",
  byPage: false,
  message,
  createdAt: NOW - 60_000,
  ...extra,
})

const fakeOf = (comments: ReadonlyArray<FacebookComment>, tokens = TOKEN): FakeGraph =>
  fakeGraph({
    pages: [{ id: PAGE_ID, token: tokens, posts: [] }],
    comments: {
      [POST]: comments.map((c): FakeComment => ({
        id: c.id,
        from: c.authorId ?? "0",
        message: c.message,
        at: c.createdAt,
        ...(c.canHide === undefined ? {} : { canHide: c.canHide }),
        ...(c.isHidden === undefined ? {} : { hidden: c.isHidden }),
      })),
    },
  })

/** Runs with a Graph client on the fake's port and the TestClock set to NOW (Vietnam 09:00, 12/11/2024). */
const withClient = <A>(fake: FakeGraph, use: (client: GraphClient) => Effect.Effect<A>, token = TOKEN): Promise<A> =>
  withServer(fake, (url) =>
    Effect.runPromise(
      Effect.gen(function* () {
        yield* TestClock.setTime(NOW)
        const client = yield* makeGraphClient(clientOptions(url, { accessToken: token }))
        return yield* use(client)
      }).pipe(Effect.provide(FetchHttpClient.layer), Effect.provide(TestContext.TestContext)),
    ),
  )

const moderate = (fake: FakeGraph, target: FacebookComment, options: { hide?: boolean; token?: string } = {}): Promise<ModeratedComment> =>
  withClient(fake, (client) => moderateComment(target, { moderator, page: PAGE, client, ...(options.hide === undefined ? {} : { hide: options.hide }) }), options.token)

describe("comments through the moderation verdict to Facebook and the incident trail", () => {
  it("an insult is hidden through the Graph client, and the hide is recorded on the case by the system", async () => {
    const insult = comment("1200000000000001", "Đồ ngu như bò")
    const fake = fakeOf([insult])
    const result = await moderate(fake, insult)
    expect(result.outcome).toBe("hidden")
    expect(fake.hidden.get(insult.id)).toBe(true)
    expect(result.incident).toMatchObject({
      id: `fb-${insult.id}`,
      unit: "thcs-lac-son",
      channel: "fb-thcs-lac-son",
      category: "insult",
      source: { kind: "comment", ref: insult.id },
      detectedAt: NOW,
      state: "actioned",
    })
    expect(result.incident?.events.map((event) => [event.type, event.at, event.by ?? "system"])).toEqual([
      ["detected", NOW, "system"],
      ["hidden", NOW, "system"],
    ])
    expect(result.incident?.events[1]?.note).toContain("Ẩn tự động qua Graph API")
    expect(result.pending.map((action) => action.action)).toEqual(["report-account"]) // reporting the account is a person's job
  })

  it("a hit that needs review is never hidden automatically: text typed without diacritics", async () => {
    const unaccented = comment("1200000000000002", "do ngu")
    const fake = fakeOf([unaccented])
    const result = await moderate(fake, unaccented)
    expect(result.outcome).toBe("held-for-review")
    expect(result.result?.heldForReview.map((action) => action.action)).toEqual(["hide"])
    expect(fake.calls).toHaveLength(0)
    expect(result.incident?.state).toBe("detected")
    expect(result.pending.map((action) => action.action)).toContain("hide")
  })

  it("fake news is held for a person to verify, never hidden automatically", async () => {
    const fakeNews = comment("1200000000000003", "Đây là tin giả")
    const fake = fakeOf([fakeNews])
    const result = await moderate(fake, fakeNews)
    expect(result.outcome).toBe("held-for-review")
    expect(result.incident?.category).toBe("fake")
    expect(fake.calls).toHaveLength(0)
  })

  it("unverified information calls for a rebuttal by a person: flagged, nothing sent", async () => {
    const rumour = comment("1200000000000004", "Nghe nói năm nay lộ đề thi")
    const fake = fakeOf([rumour])
    const result = await moderate(fake, rumour)
    expect(result.outcome).toBe("flagged")
    expect(result.pending.map((action) => action.action)).toEqual(["rebut"])
    expect(fake.calls).toHaveLength(0)
  })

  it("a clean comment opens no case; the Page's own comment is not even checked", async () => {
    const kind = comment("1200000000000005", "Bài viết rất hay!")
    const own = comment("1200000000000006", "Đồ ngu như bò", { authorId: PAGE_ID, byPage: true })
    const fake = fakeOf([kind, own])
    expect(await moderate(fake, kind)).toMatchObject({ outcome: "clean", pending: [] })
    const mine = await moderate(fake, own)
    expect(mine).toEqual({ comment: own.id, outcome: "own-comment", pending: [] })
    expect(fake.calls).toHaveLength(0)
  })

  it("when Facebook says can_hide is false, nothing is sent and the hide stays pending on an open case", async () => {
    const unreachable = comment("1200000000000007", "Đồ ngu như bò", { canHide: false })
    const fake = fakeOf([unreachable])
    const result = await moderate(fake, unreachable)
    expect(result.outcome).toBe("not-hideable")
    expect(result.error?._tag).toBe("CommentNotHideableError")
    expect(result.incident?.state).toBe("detected")
    expect(result.pending.map((action) => action.action)).toContain("hide")
    expect(fake.calls.filter((call) => call.method === "POST")).toHaveLength(0)
  })

  it("an expired token makes the hide fail as a value: the case stays open, the error says to renew the token", async () => {
    const insult = comment("1200000000000008", "Đồ ngu như bò")
    const fake = fakeOf([insult])
    const result = await moderate(fake, insult, { token: "EAAGexpiredToken000000000000000" })
    expect(result.outcome).toBe("hide-failed")
    expect(result.error?._tag).toBe("GraphTokenError")
    expect(result.incident?.state).toBe("detected")
    expect(JSON.stringify(result)).not.toContain("EAAGexpiredToken")
  })

  it("a comment already hidden is not hidden again", async () => {
    const hidden = comment("1200000000000009", "Đồ ngu như bò", { isHidden: true, canHide: true })
    const fake = fakeOf([hidden])
    const result = await moderate(fake, hidden)
    expect(result.outcome).toBe("already-hidden")
    expect(fake.calls).toHaveLength(0)
  })

  it("a dry run (hide: false) gives the verdict and the case, and sends nothing", async () => {
    const insult = comment("1200000000000010", "Đồ ngu như bò")
    const fake = fakeOf([insult])
    const result = await moderate(fake, insult, { hide: false })
    expect(result.outcome).toBe("flagged")
    expect(result.pending.map((action) => action.action)).toEqual(["hide", "report-account"])
    expect(fake.calls).toHaveLength(0)
  })

  it("moderating the same comment twice (a redelivery) names the same case and does not hide twice", async () => {
    const insult = comment("1200000000000011", "Đồ ngu như bò")
    const fake = fakeOf([insult])
    const [first, second] = await withClient(fake, (client) =>
      Effect.all([moderateComment(insult, { moderator, page: PAGE, client }), moderateComment(insult, { moderator, page: PAGE, client })]),
    )
    expect(first.outcome).toBe("hidden")
    expect(second.outcome).toBe("already-hidden")
    expect(second.incident?.id).toBe(first.incident?.id)
    expect(fake.calls.filter((call) => call.method === "POST")).toHaveLength(1)
  })

  it("moderates every comment of a post, oldest first, using what Graph says of each (no extra can_hide request)", async () => {
    const comments = [
      comment("1200000000000021", "Bài viết rất hay!", { createdAt: NOW - 300_000 }),
      comment("1200000000000022", "Đồ ngu như bò", { createdAt: NOW - 200_000 }),
      comment("1200000000000023", "Cảm ơn quý phụ huynh.", { createdAt: NOW - 100_000, authorId: PAGE_ID, canHide: false }),
    ]
    const fake = fakeOf(comments)
    const results = await withClient(fake, (client) =>
      Effect.orDie(Stream.runCollect(moderatePostComments(POST, { moderator, page: PAGE, client }))).pipe(Effect.map(Chunk.toReadonlyArray)),
    )
    expect(results.map((result) => result.outcome)).toEqual(["clean", "hidden", "own-comment"])
    expect(fake.calls.map((call) => call.method)).toEqual(["GET", "POST"])
  })
})
