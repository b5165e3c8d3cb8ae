import { FetchHttpClient } from "@effect/platform"
import { Cause, Chunk, Effect, Exit, Stream } from "effect"
import { describe, expect, it } from "vitest"
import { isRetryable, makeGraphClient, type GraphError } from "../src/index.js"
import { fakeGraph, type Fault } from "./support/FakeGraph.js"
import { captureLogs, clientOptions, failureOf, runOverHttp, TOKEN, valueOf, W46, withServer } from "./support/run.js"

const PAGE = "108000000000001"
const posts = Array.from({ length: 6 }, (_, i) => ({ id: `${PAGE}_90${i}`, at: W46.start + i * 3_600_000 }))
const week = { period: "2024-W46" } as const

/** A fake that injects `fault` on the calls for which `when(n)` holds. */
const faulty = (fault: Fault, when: (n: number) => boolean = (n) => n === 1) =>
  fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts }], faults: ({ n }) => (when(n) ? fault : undefined) })

const listPosts = (url: string, options = {}) =>
  runOverHttp(url, (graph) => Effect.map(Stream.runCollect(graph.publishedPosts(PAGE, week)), Chunk.size), options)

/** Everything an error shows a log, a JSON API or a console. */
const renderings = (error: GraphError): ReadonlyArray<string> => [
  String(error),
  JSON.stringify(error),
  error.message,
  error.messageEn,
  error.stack ?? "",
  Cause.pretty(Cause.fail(error)),
]

describe("errors that are never retried", () => {
  it("an expired token (190/463) fails at once with GraphTokenError: renew the token", async () => {
    const fake = faulty({ kind: "graph-error", status: 400, code: 190, subcode: 463, message: "Error validating access token: Session has expired on Monday, 02-Mar-26 10:00:00 PST." }, () => true)
    const error = failureOf(await withServer(fake, (url) => listPosts(url)))
    expect(error._tag).toBe("GraphTokenError")
    expect(error).toMatchObject({ code: 190, subcode: 463, status: 400, fbtraceId: "Fake190", operation: "published-posts", method: "GET" })
    expect(error.message).toBe(
      "Graph API (đọc bài đăng của Trang): mã truy cập (access token) của Trang không còn hiệu lực — đã hết hạn (mã lỗi 190/463); quản trị viên Trang cần cấp mã mới. Yêu cầu không được thử lại.",
    )
    expect(error.message).toBe(error.message.normalize("NFC"))
    expect(fake.calls).toHaveLength(1)
  })

  it("a token Graph does not know is a GraphTokenError too, never retried", async () => {
    const fake = fakeGraph({ pages: [{ id: PAGE, token: "another-token", posts }] })
    const error = failureOf(await withServer(fake, (url) => listPosts(url)))
    expect(error._tag).toBe("GraphTokenError")
    expect(fake.calls).toHaveLength(1)
  })

  it.each([10, 200, 299])("a missing permission (code %i) fails at once with GraphPermissionError naming what is needed", async (code) => {
    const fake = faulty({ kind: "graph-error", status: 403, code, message: `(#${code}) Requires pages_read_engagement permission` }, () => true)
    const error = failureOf(await withServer(fake, (url) => listPosts(url)))
    expect(error._tag).toBe("GraphPermissionError")
    expect(error).toMatchObject({ code, permission: "pages_read_engagement" })
    expect(error.message).toContain("cần quyền pages_read_engagement")
    expect(fake.calls).toHaveLength(1)
  })

  it("an invalid parameter (100) and a policy block (368) are GraphRequestErrors, not retried", async () => {
    for (const code of [100, 368]) {
      const fake = faulty({ kind: "graph-error", status: 400, code }, () => true)
      const error = failureOf(await withServer(fake, (url) => listPosts(url)))
      expect(error._tag).toBe("GraphRequestError")
      expect(error.code).toBe(code)
      expect(fake.calls).toHaveLength(1)
    }
  })

  it("an answer that is not JSON is a GraphResponseError, not retried", async () => {
    const fake = faulty({ kind: "garbage" }, () => true)
    const error = failureOf(await withServer(fake, (url) => listPosts(url)))
    expect(error._tag).toBe("GraphResponseError")
    expect(fake.calls).toHaveLength(1)
  })
})

describe("errors that are retried", () => {
  it("codes 1 and 2 and HTTP 5xx are retried with backoff until Graph answers", async () => {
    const faults: Record<number, Fault> = {
      1: { kind: "graph-error", status: 500, code: 1, message: "An unknown error occurred" },
      2: { kind: "graph-error", status: 503, code: 2, message: "Service temporarily unavailable" },
      3: { kind: "status", status: 502 },
    }
    const fake = fakeGraph({ pages: [{ id: PAGE, token: TOKEN, posts }], faults: ({ n }) => faults[n] })
    expect(valueOf(await withServer(fake, (url) => listPosts(url)))).toBe(6)
    expect(fake.calls).toHaveLength(4)
  })

  it("a 5xx that persists gives GraphTransientError after maxRetries retries", async () => {
    const fake = faulty({ kind: "status", status: 503 }, () => true)
    const error = failureOf(await withServer(fake, (url) => listPosts(url, { retry: { maxRetries: 3, baseDelay: "1 millis", jitter: false } })))
    expect(error._tag).toBe("GraphTransientError")
    expect(error.status).toBe(503)
    expect(fake.calls).toHaveLength(4)
  })

  it.each([4, 17, 32, 613, 80001])("rate limit %i is waited out, then retried", async (code) => {
    const fake = faulty({ kind: "rate-limit", code })
    expect(valueOf(await withServer(fake, (url) => listPosts(url)))).toBe(6)
    expect(fake.calls).toHaveLength(2)
  })

  it("a rate limit waits estimated_time_to_regain_access from X-Business-Use-Case-Usage; longer than maxThrottleWait, it is returned", async () => {
    const fake = faulty({ kind: "rate-limit", code: 80001, regainMinutes: 3, callCount: 100 }, () => true)
    const error = failureOf(await withServer(fake, (url) => listPosts(url, { retry: { maxThrottleWait: "1 minute" } })))
    expect(error._tag).toBe("GraphRateLimitError")
    if (error._tag !== "GraphRateLimitError") return
    expect(error.retryAfterMs).toBe(180_000)
    expect(error.usage?.business[0]).toMatchObject({ id: PAGE, type: "pages", callCount: 100, estimatedTimeToRegainAccess: 3 })
    expect(error.message).toContain("chờ khoảng 3 phút")
    expect(fake.calls).toHaveLength(1)
  })

  it("a request without an answer in time is aborted and retried", async () => {
    const fake = faulty({ kind: "hang", ms: 5_000 })
    expect(valueOf(await withServer(fake, (url) => listPosts(url, { timeout: "150 millis" })))).toBe(6)
    expect(fake.calls).toHaveLength(2)
  })

  it("timeouts that persist give GraphTimeoutError", async () => {
    const fake = faulty({ kind: "hang", ms: 5_000 }, () => true)
    const error = failureOf(await withServer(fake, (url) => listPosts(url, { timeout: "100 millis", retry: { maxRetries: 1, baseDelay: "1 millis" } })))
    expect(error._tag).toBe("GraphTimeoutError")
    expect(error).toMatchObject({ timeoutMs: 100 })
    expect(fake.calls).toHaveLength(2)
  })

  it("a connection cut mid-request is a GraphNetworkError, retried", async () => {
    const fake = faulty({ kind: "reset" })
    expect(valueOf(await withServer(fake, (url) => listPosts(url)))).toBe(6)
    expect(fake.calls).toHaveLength(2)
  })

  it("a server that is not there gives GraphNetworkError after the retries", async () => {
    const fake = fakeGraph()
    const { baseUrl, close } = await fake.listen()
    await close() // the port is free again: connections are refused
    const error = failureOf(await listPosts(baseUrl, { retry: { maxRetries: 1, baseDelay: "1 millis" } }))
    expect(error._tag).toBe("GraphNetworkError")
  })

  it("isRetryable: transient, timeout, network and short rate limits only", () => {
    expect(isRetryable({ _tag: "GraphTransientError" })).toBe(true)
    expect(isRetryable({ _tag: "GraphTimeoutError" })).toBe(true)
    expect(isRetryable({ _tag: "GraphNetworkError" })).toBe(true)
    expect(isRetryable({ _tag: "GraphRateLimitError", retryAfterMs: 60_000 })).toBe(true)
    expect(isRetryable({ _tag: "GraphRateLimitError", retryAfterMs: 3_600_000 })).toBe(false)
    expect(isRetryable({ _tag: "GraphTokenError" })).toBe(false)
    expect(isRetryable({ _tag: "GraphPermissionError" })).toBe(false)
    expect(isRetryable({ _tag: "GraphRequestError" })).toBe(false)
  })
})

describe("the token never leaks", () => {
  const faults: ReadonlyArray<Fault> = [
    { kind: "graph-error", status: 400, code: 190, subcode: 463, message: `Error validating access token ${TOKEN}` },
    { kind: "graph-error", status: 403, code: 200 },
    { kind: "rate-limit", code: 80001, regainMinutes: 30 },
    { kind: "status", status: 500 },
    { kind: "hang", ms: 5_000 },
    { kind: "reset" },
    { kind: "garbage" },
  ]

  it.each(faults.map((fault) => [fault.kind, fault] as const))("not in errors or logs (%s), even when Graph echoes it", async (_, fault) => {
    const fake = faulty(fault, (n) => n > 1) // the first page succeeds: its next link carries the token
    const lines: Array<string> = []
    const exit = await withServer(fake, (url) =>
      Effect.runPromiseExit(
        captureLogs(
          Effect.flatMap(
            makeGraphClient(clientOptions(url, { pageSize: 2, timeout: "100 millis", retry: { maxRetries: 1, baseDelay: "1 millis", maxThrottleWait: "1 second" }, appSecret: "test_app_secret" })),
            (graph) => Stream.runCollect(graph.publishedPosts(PAGE, week)),
          ),
          lines,
        ).pipe(Effect.provide(FetchHttpClient.layer)),
      ),
    )
    expect(Exit.isFailure(exit)).toBe(true)
    const error = failureOf(exit)
    for (const text of [...renderings(error), ...lines]) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain("test_app_secret")
    }
    expect(error.path).toMatch(/^\/v25\.0\/108000000000001\/published_posts\?/)
    expect(lines.length).toBeGreaterThan(0)
  })
})
