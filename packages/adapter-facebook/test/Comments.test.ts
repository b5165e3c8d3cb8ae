import { Chunk, Effect, Stream } from "effect"
import { describe, expect, it } from "vitest"
import type { BatchRequest } from "../src/index.js"
import { fakeGraph, type FakeComment } from "./support/FakeGraph.js"
import { failureOf, runOverHttp, TOKEN, valueOf, W46, withServer } from "./support/run.js"

const PAGE = "108000000000001"
const POST = `${PAGE}_122100000000000001`
const at = (minutes: number) => W46.start + minutes * 60_000

const COMMENTS: ReadonlyArray<FakeComment> = [
  { id: "122100000000000001_1200000000000002", from: "25000000000000002", message: "Đồng ý!", at: at(5), parent: "122100000000000001_1200000000000001", hidden: true },
  { id: "122100000000000001_1200000000000001", from: "25000000000000001", message: "Bài viết rất hay!", at: at(0) },
  { id: "122100000000000001_1200000000000003", from: PAGE, message: "Cảm ơn quý phụ huynh.", at: at(9), canHide: false },
]

const graphWith = (comments = COMMENTS, options: Parameters<typeof fakeGraph>[0] = {}) =>
  fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts: [] }], comments: { [POST]: comments }, ...options })

describe("comments", () => {
  it("streams a post's comments oldest first, replies included, asking Graph for ids but never names", async () => {
    const fake = graphWith()
    const comments = valueOf(
      await withServer(fake, (url) => runOverHttp(url, (graph) => Effect.map(Stream.runCollect(graph.comments(POST)), Chunk.toReadonlyArray), { pageSize: 2 })),
    )
    expect(comments.map((comment) => comment.message)).toEqual(["Bài viết rất hay!", "Đồng ý!", "Cảm ơn quý phụ huynh."])
    expect(comments[0]).toEqual({
      id: "122100000000000001_1200000000000001",
      postId: POST,
      pageId: PAGE,
      authorId: "25000000000000001",
      byPage: false,
      message: "Bài viết rất hay!",
      createdAt: at(0),
      isHidden: false,
      canHide: true,
      canRemove: true,
    })
    expect(comments[1]?.parentId).toBe("122100000000000001_1200000000000001")
    expect(comments[2]?.byPage).toBe(true) // the Page's own comment: from.id is the Page id
    const first = new URL(fake.calls[0]?.url ?? "")
    expect(first.searchParams.get("filter")).toBe("stream")
    expect(first.searchParams.get("order")).toBe("chronological")
    expect(first.searchParams.get("fields")).toContain("from{id}")
    expect(first.searchParams.get("fields")).not.toContain("name")
    expect(fake.calls).toHaveLength(2)
  })
})

describe("hiding, unhiding, deleting", () => {
  const ID = "122100000000000001_1200000000000001"

  it("hide checks can_hide first, then sends is_hidden=true", async () => {
    const fake = graphWith()
    const result = valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => graph.hideComment(ID))))
    expect(result).toEqual({ comment: ID, hidden: true, changed: true })
    expect(fake.calls.map((call) => `${call.method} ${new URL(call.url).pathname}${new URL(call.url).search}`)).toEqual([
      `GET /v25.0/${ID}?fields=can_hide%2Cis_hidden`,
      `POST /v25.0/${ID}?is_hidden=true`,
    ])
    expect(fake.hidden.get(ID)).toBe(true)
  })

  it("a comment read from Graph spares the can_hide request", async () => {
    const fake = graphWith()
    valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => graph.hideComment({ id: ID, canHide: true, isHidden: false }))))
    expect(fake.calls.map((call) => call.method)).toEqual(["POST"])
  })

  it("hiding a comment already hidden sends nothing more", async () => {
    const fake = graphWith()
    const result = valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => graph.hideComment("122100000000000001_1200000000000002"))))
    expect(result.changed).toBe(false)
    expect(fake.calls.map((call) => call.method)).toEqual(["GET"])
  })

  it("a comment Facebook cannot hide (the Page's own) fails with CommentNotHideableError, and nothing is sent", async () => {
    const fake = graphWith()
    const error = failureOf(await withServer(fake, (url) => runOverHttp(url, (graph) => graph.hideComment("122100000000000001_1200000000000003"))))
    expect(error._tag).toBe("CommentNotHideableError")
    expect(error.message).toContain("can_hide = false")
    expect(fake.calls.map((call) => call.method)).toEqual(["GET"])
  })

  it("unhide sends is_hidden=false", async () => {
    const fake = graphWith()
    const result = valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => graph.unhideComment("122100000000000001_1200000000000002"))))
    expect(result).toEqual({ comment: "122100000000000001_1200000000000002", hidden: false, changed: true })
    expect(fake.hidden.get("122100000000000001_1200000000000002")).toBe(false)
  })

  it("hiding without pages_manage_engagement is a GraphPermissionError naming it", async () => {
    const fake = graphWith(COMMENTS, { faults: ({ method }) => (method === "POST" ? { kind: "graph-error", status: 403, code: 200, message: "(#200) Requires pages_manage_engagement permission to manage the object" } : undefined) })
    const error = failureOf(await withServer(fake, (url) => runOverHttp(url, (graph) => graph.hideComment(ID))))
    expect(error).toMatchObject({ _tag: "GraphPermissionError", permission: "pages_manage_engagement", operation: "hide-comment" })
  })

  it("delete removes the comment; deleting it again is not an error (existed: false)", async () => {
    const fake = graphWith()
    const [first, second] = await withServer(fake, async (url) => [
      valueOf(await runOverHttp(url, (graph) => graph.deleteComment(ID))),
      valueOf(await runOverHttp(url, (graph) => graph.deleteComment(ID))),
    ])
    expect(first).toEqual({ comment: ID, deleted: true, existed: true })
    expect(second).toEqual({ comment: ID, deleted: true, existed: false })
    expect(fake.calls.map((call) => call.method)).toEqual(["DELETE", "DELETE"])
  })
})

describe("batches", () => {
  it("sends more than 50 requests in batches of at most 50; each item's outcome is a value, in order", async () => {
    const requests: Array<BatchRequest> = Array.from({ length: 120 }, (_, i) => ({
      method: "GET",
      relativeUrl: i === 7 ? "122100000000000001_1299?fields=id" : `${COMMENTS[i % 3]?.id ?? ""}?fields=id,is_hidden`,
    }))
    requests[60] = { method: "POST", relativeUrl: "122100000000000001_1200000000000001", body: { is_hidden: "true" } }
    const fake = graphWith(COMMENTS, { batchNull: (relativeUrl) => relativeUrl.startsWith("122100000000000001_1200000000000003") && relativeUrl.includes("is_hidden") })
    const results = valueOf(await withServer(fake, (url) => runOverHttp(url, (graph) => graph.batch(requests))))
    expect(fake.calls.filter((call) => call.method === "POST")).toHaveLength(3)
    expect(fake.calls.map((call) => JSON.parse(new URLSearchParams(call.body).get("batch") ?? "[]").length)).toEqual([50, 50, 20])
    expect(results.map((result) => result.index)).toEqual(requests.map((_, i) => i))
    expect(results[0]).toMatchObject({ ok: true, status: 200, body: { id: COMMENTS[0]?.id } })
    const missing = results[7]
    expect(missing?.ok === false && missing.error._tag === "GraphRequestError" && missing.error.subcode === 33).toBe(true)
    const timedOut = results[2]
    expect(timedOut?.ok === false && timedOut.error._tag).toBe("GraphTimeoutError")
    expect(results[60]).toMatchObject({ ok: true, body: { success: true } })
    expect(fake.hidden.get("122100000000000001_1200000000000001")).toBe(true)
    for (const call of fake.calls) expect(call.body).not.toContain(TOKEN)
  })
})
