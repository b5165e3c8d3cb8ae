/**
 * One Graph request with everything around it: the token in the
 * Authorization header (never in the URL), a timeout per attempt, usage
 * headers read and obeyed, errors classified, retries on the client's
 * schedule, and logs that carry only redacted paths.
 */
import { HttpClientRequest, type HttpClient } from "@effect/platform"
import { Clock, Duration, Effect, Redacted, Ref, type Schedule } from "effect"
import { isRetryable, type GraphError, type GraphOperation } from "../GraphError.js"
import { parseUsageHeaders, type GraphUsage } from "../GraphUsage.js"
import { redactUrl } from "../Redact.js"
import type { ResolvedRetry } from "../RetrySchedule.js"
import { classifyAnswer, networkError, responseError, timeoutError, type RequestInfo } from "./classify.js"

export interface Transport {
  readonly http: HttpClient.HttpClient
  readonly token: Redacted.Redacted<string>
  /** `https://graph.facebook.com` (no trailing slash), or a test server. */
  readonly baseUrl: string
  readonly origin: string
  readonly version: string
  readonly timeoutMs: number
  readonly retry: ResolvedRetry
  readonly schedule: Schedule.Schedule<GraphError, GraphError>
  readonly usageThreshold: number
  readonly usagePauseMs: number
  /** No request leaves before this instant (epoch ms): set by usage headers and rate limits. */
  readonly pauseUntil: Ref.Ref<number>
  readonly lastUsage: Ref.Ref<GraphUsage | undefined>
  /** `appsecret_proof`, when the client was given the app secret. */
  readonly proof: string | undefined
  readonly secrets: ReadonlyArray<string>
}

export interface CallSpec {
  readonly operation: GraphOperation
  readonly method: "GET" | "POST" | "DELETE"
  /** An absolute URL with its query, as sent. */
  readonly url: string
  readonly form?: Readonly<Record<string, string>>
}

export interface Answer {
  readonly status: number
  readonly body: unknown
  readonly usage: GraphUsage
}

/** `a=1&b=2` with each value encoded; undefined values left out. */
export const queryOf = (params: Readonly<Record<string, string | number | undefined>>): string =>
  Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join("&")

/** The URL of a Graph path under the client's version: `{base}/{version}/{path}?{query}`. */
export const graphUrl = (t: Transport, path: string, params: Readonly<Record<string, string | number | undefined>> = {}): string => {
  const query = queryOf(params)
  const clean = path.replace(/^\/+/, "")
  return `${t.baseUrl}/${t.version}/${clean.split("/").map(encodeURIComponent).join("/")}${query === "" ? "" : `?${query}`}`
}

/**
 * A `paging.next` link ready to follow: the same text, less the
 * `access_token` Graph copies into it (the token goes in the header), or
 * undefined when it points to another host — the token is never sent
 * anywhere but the configured Graph server.
 */
export const followable = (t: Transport, next: string): string | undefined => {
  let url: URL
  try {
    url = new URL(next)
  } catch {
    return undefined
  }
  if (url.origin !== t.origin) return undefined
  const cut = next.indexOf("?")
  if (cut < 0) return next
  const hash = next.indexOf("#", cut)
  const query = next.slice(cut + 1, hash < 0 ? undefined : hash)
  const kept = query.split("&").filter((part) => {
    const name = decodeURIComponent(part.split("=")[0] ?? "").toLowerCase()
    return name !== "access_token" && name !== "appsecret_proof" && part !== ""
  })
  return `${next.slice(0, cut)}${kept.length === 0 ? "" : `?${kept.join("&")}`}`
}

/** Path and query of a URL, secrets redacted: what errors and logs show. */
export const displayPath = (url: string): string => {
  try {
    const parsed = new URL(url)
    return redactUrl(`${parsed.pathname}${parsed.search}`)
  } catch {
    return redactUrl(url)
  }
}

const withProof = (t: Transport, url: string): string =>
  t.proof === undefined ? url : `${url}${url.includes("?") ? "&" : "?"}appsecret_proof=${t.proof}`

const PARSE_FAILED = Symbol("parse-failed")

const parseBody = (text: string): unknown => {
  if (text.trim() === "") return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return PARSE_FAILED
  }
}

const waitForPause = (t: Transport) =>
  Effect.gen(function* () {
    const now = yield* Clock.currentTimeMillis
    const until = yield* Ref.get(t.pauseUntil)
    if (until > now) yield* Effect.sleep(Duration.millis(until - now))
  })

const pauseFor = (t: Transport, ms: number) =>
  Effect.gen(function* () {
    if (ms <= 0) return
    const now = yield* Clock.currentTimeMillis
    yield* Ref.update(t.pauseUntil, (until) => Math.max(until, now + ms))
  })

const once = (t: Transport, spec: CallSpec, info: RequestInfo): Effect.Effect<Answer, GraphError> =>
  Effect.gen(function* () {
    let request = HttpClientRequest.make(spec.method)(withProof(t, spec.url)).pipe(
      HttpClientRequest.bearerToken(t.token),
      HttpClientRequest.acceptJson,
    )
    if (spec.form !== undefined) request = HttpClientRequest.bodyUrlParams(request, spec.form)
    // Transport failures carry the request (and so the header); only our
    // own error, with a redacted path, leaves this function.
    const response = yield* t.http.execute(request).pipe(Effect.mapError(() => networkError(info)))
    const text = yield* response.text.pipe(Effect.mapError(() => networkError(info, response.status)))
    const usage = parseUsageHeaders(response.headers)
    yield* Ref.set(t.lastUsage, usage)
    if (usage.regainAccessMs > 0 || usage.maxPercent >= t.usageThreshold) {
      // Meta: slow down from 90 % on any field, and wait out an announced block.
      yield* pauseFor(t, Math.max(usage.regainAccessMs, t.usagePauseMs))
    }
    const body = parseBody(text)
    if (body === PARSE_FAILED) {
      const error = classifyAnswer(info, response.status, undefined, usage, t.retry.throttleWaitMs)
      return yield* Effect.fail(
        error ?? responseError(info, { vi: "phản hồi không phải JSON hợp lệ.", en: "the answer is not valid JSON." }, response.status),
      )
    }
    const error = classifyAnswer(info, response.status, body, usage, t.retry.throttleWaitMs)
    if (error !== undefined) {
      if (error._tag === "GraphRateLimitError") yield* pauseFor(t, error.retryAfterMs)
      return yield* Effect.fail(error)
    }
    return { status: response.status, body, usage }
  }).pipe(
    Effect.timeoutFail({ duration: Duration.millis(t.timeoutMs), onTimeout: () => timeoutError(info, t.timeoutMs) }),
  )

/** Sends one request, retrying on the client's schedule. */
export const call = (t: Transport, spec: CallSpec): Effect.Effect<Answer, GraphError> => {
  const info: RequestInfo = { operation: spec.operation, method: spec.method, path: displayPath(spec.url), secrets: t.secrets }
  return waitForPause(t).pipe(
    Effect.zipRight(once(t, spec, info)),
    // Debug level: the error itself goes back to the caller; logs only trace
    // the retries (Effect's default logger hides Debug).
    Effect.tapError((error) =>
      isRetryable(error, t.retry.maxThrottleWaitMs)
        ? Effect.logDebug(`Graph API: ${error._tag} — ${info.method} ${info.path}; sẽ thử lại theo lịch.`)
        : Effect.logDebug(`Graph API: ${error._tag} — ${info.method} ${info.path}; không thử lại.`),
    ),
    Effect.retry(t.schedule),
    Effect.annotateLogs({ operation: spec.operation }),
  )
}

/** A Redacted token from what the caller gave. */
export const redactedToken = (token: string | Redacted.Redacted<string>): Redacted.Redacted<string> =>
  Redacted.isRedacted(token) ? (token as Redacted.Redacted<string>) : Redacted.make(token as string)
