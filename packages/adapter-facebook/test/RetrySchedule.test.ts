import { Chunk, Duration, Effect, Schedule } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { DEFAULT_RETRY, graphRetrySchedule, parseUsageHeaders, redactUrl, type RetryOptions } from "../src/index.js"

type Input = { readonly _tag: string; readonly retryAfterMs?: number }

const transient: Input = { _tag: "GraphTransientError" }

/**
 * The waits the schedule would take for a sequence of failures (no time
 * passes: Schedule.run). `run` also returns the output of the step at which
 * the schedule stops (a delay of 0), which is no wait: it is dropped.
 */
const delays = (options: RetryOptions, inputs: ReadonlyArray<Input>): ReadonlyArray<number> =>
  Effect.runSync(Schedule.run(Schedule.delays(graphRetrySchedule<Input>(options)), 0, [...inputs, transient]))
    .pipe(Chunk.toReadonlyArray)
    .map(Duration.toMillis)
    .slice(0, -1)

describe("the retry schedule", () => {
  it("backs off exponentially from baseDelay, each wait capped at maxDelay, at most maxRetries times", () => {
    expect(delays({ baseDelay: "100 millis", maxDelay: "500 millis", maxRetries: 6, jitter: false }, Array(10).fill(transient))).toEqual([
      100, 200, 400, 500, 500, 500,
    ])
  })

  it("jitter keeps each wait within ±20 % of the backoff, never above maxDelay", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 8 }), (base, retries) => {
        const max = base * 8
        const waits = delays({ baseDelay: Duration.millis(base), maxDelay: Duration.millis(max), maxRetries: retries, jitter: true }, Array(retries + 3).fill(transient))
        expect(waits).toHaveLength(retries)
        waits.forEach((wait, i) => {
          const nominal = base * 2 ** i
          expect(wait).toBeGreaterThanOrEqual(Math.min(nominal * 0.8, max) - 1)
          expect(wait).toBeLessThanOrEqual(Math.min(nominal * 1.2, max) + 1)
        })
      }),
      { numRuns: 50 },
    )
  })

  it("a rate limit waits what Graph announced, not the backoff", () => {
    const waits = delays({ baseDelay: "100 millis", jitter: false }, [
      { _tag: "GraphRateLimitError", retryAfterMs: 120_000 },
      transient,
      { _tag: "GraphRateLimitError", retryAfterMs: 5_000 },
    ])
    expect(waits).toEqual([120_000, 200, 5_000])
  })

  it("a rate limit announcing more than maxThrottleWait stops the retries", () => {
    expect(delays({ maxThrottleWait: "10 minutes" }, [{ _tag: "GraphRateLimitError", retryAfterMs: 11 * 60_000 }])).toEqual([])
  })

  it("never retries an expired token, a missing permission or a refused request", () => {
    for (const _tag of ["GraphTokenError", "GraphPermissionError", "GraphRequestError", "GraphResponseError"]) {
      expect(delays({}, [{ _tag }, transient])).toEqual([])
    }
    expect(delays({ jitter: false }, [transient, { _tag: "GraphTokenError" }, transient])).toEqual([DEFAULT_RETRY.baseDelayMs])
  })

  it("rejects negative settings as the caller's bug", () => {
    expect(() => graphRetrySchedule({ maxRetries: -1 })).toThrow(RangeError)
    expect(() => graphRetrySchedule({ maxRetries: 1.5 })).toThrow(RangeError)
  })
})

describe("usage headers", () => {
  it("reads X-App-Usage and X-Business-Use-Case-Usage as Graph sends them (platform-apis.md §5.1)", () => {
    const usage = parseUsageHeaders({
      "X-App-Usage": '{"call_count":28,"total_time":25,"total_cputime":25}',
      "x-business-use-case-usage":
        '{"108000000000001":[{"type":"pages","call_count":97,"total_cputime":23,"total_time":23,"estimated_time_to_regain_access":0}]}',
    })
    expect(usage).toEqual({
      app: { callCount: 28, totalTime: 25, totalCputime: 25 },
      business: [{ id: "108000000000001", type: "pages", callCount: 97, totalCputime: 23, totalTime: 23, estimatedTimeToRegainAccess: 0 }],
      maxPercent: 97,
      regainAccessMs: 0,
    })
  })

  it("takes the longest announced wait, in minutes, as milliseconds; reads a Headers object too", () => {
    const headers = new Headers({
      "x-business-use-case-usage": JSON.stringify({
        "1": [{ type: "pages", call_count: 100, total_cputime: 10, total_time: 10, estimated_time_to_regain_access: 4 }],
        "2": [{ type: "pages", call_count: 20, total_cputime: 10, total_time: 10, estimated_time_to_regain_access: 12 }],
      }),
      "x-page-usage": '{"call_count":91,"total_time":5,"total_cputime":5}',
    })
    const usage = parseUsageHeaders(headers)
    expect(usage.regainAccessMs).toBe(12 * 60_000)
    expect(usage.maxPercent).toBe(100)
    expect(usage.page?.callCount).toBe(91)
  })

  it("missing or malformed headers read as no usage, never a throw", () => {
    expect(parseUsageHeaders({})).toEqual({ business: [], maxPercent: 0, regainAccessMs: 0 })
    expect(parseUsageHeaders({ "x-app-usage": "{not json", "x-business-use-case-usage": "[1,2]" })).toEqual({ business: [], maxPercent: 0, regainAccessMs: 0 })
  })
})

describe("redaction", () => {
  it("replaces the values of access_token and appsecret_proof, and keeps the rest", () => {
    expect(redactUrl("https://graph.facebook.com/v25.0/108/published_posts?limit=100&access_token=EAAB123&after=QVFI&appsecret_proof=abc")).toBe(
      "https://graph.facebook.com/v25.0/108/published_posts?limit=100&access_token=<redacted>&after=QVFI&appsecret_proof=<redacted>",
    )
    expect(redactUrl("/v25.0/me?ACCESS_TOKEN=x")).toBe("/v25.0/me?ACCESS_TOKEN=<redacted>")
    expect(redactUrl("/v25.0/me?fields=id")).toBe("/v25.0/me?fields=id")
  })

  it("no token survives, wherever it sits in a query", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9]{12,40}$/),
        fc.array(fc.tuple(fc.stringMatching(/^[a-z_]{1,8}$/), fc.stringMatching(/^[a-z0-9]{0,6}$/)), { maxLength: 4 }),
        fc.nat(4),
        (token, params, position) => {
          const list = params.map(([name, value]) => `${name}=${value}`)
          list.splice(Math.min(position, list.length), 0, `access_token=${token}`)
          expect(redactUrl(`https://graph.facebook.com/v25.0/x?${list.join("&")}`)).not.toContain(token)
        },
      ),
      { numRuns: 200 },
    )
  })
})
