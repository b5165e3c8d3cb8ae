/**
 * One Zalo request with everything around it: a timeout per attempt, the
 * answer read as JSON that keeps big ids whole, Zalo's envelope checked
 * (`error != 0` arrives with HTTP 200), errors classified, and retries on
 * the client's schedule for what may be retried. Logs name the operation
 * only: never a URL with a token, a body or a phone number.
 *
 * @internal
 */
import { HttpClientRequest, type HttpClient } from "@effect/platform"
import { Duration, Effect, Schedule } from "effect"
import { isRetryable, ZaloTransportError, type ZaloError, type ZaloOperation } from "../ZaloError.js"
import { operationPrefix } from "./codes.js"
import { errorFromCode } from "./errors.js"
import { numberOf, objectOf, parseJson, stringOf } from "./json.js"

/**
 * Retry options: attempts after the first, and the exponential backoff's
 * first and longest delay.
 */
export interface ResolvedRetry {
  readonly times: number
  readonly baseMs: number
  readonly maxMs: number
  readonly jitter: boolean
}

export interface Transport {
  readonly http: HttpClient.HttpClient
  readonly timeoutMs: number
  readonly retry: ResolvedRetry
}

export interface CallSpec {
  readonly operation: ZaloOperation
  readonly method: "GET" | "POST"
  /** Absolute, with its query. */
  readonly url: string
  readonly headers?: Readonly<Record<string, string>>
  readonly json?: unknown
  readonly form?: Readonly<Record<string, string>>
  /**
   * Whether a transport failure may be retried: false for the single-use
   * refresh, whose lost answer cannot be asked for twice.
   */
  readonly repeatable: boolean
  /** Whether an answer without an `error` field is an error (Zalo's API envelope) or not (the OAuth endpoint). */
  readonly envelope: "api" | "oauth"
}

/** `?a=1&b=2`, values encoded; an empty string for no parameters. */
export const queryOf = (params: Readonly<Record<string, string | number | undefined>>): string => {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  return parts.length === 0 ? "" : `?${parts.join("&")}`
}

const transportError = (
  operation: ZaloOperation,
  retryable: boolean,
  what: { readonly vi: string; readonly en: string },
  status?: number,
): ZaloTransportError => {
  const [vi, en] = operationPrefix(operation)
  return new ZaloTransportError({
    message: `${vi}${what.vi}`,
    messageEn: `${en}${what.en}`,
    operation,
    retryable,
    ...(status === undefined ? {} : { status }),
  })
}

const codeOf = (body: Readonly<Record<string, unknown>>): number | undefined => numberOf(body["error"])

/** The body of a successful answer, or the typed error it stands for. */
export const checkAnswer = (spec: CallSpec, status: number, text: string): Effect.Effect<Readonly<Record<string, unknown>>, ZaloError> => {
  const body = objectOf(parseJson(text))
  const code = body === undefined ? undefined : codeOf(body)
  if (body !== undefined && code !== undefined && code !== 0) {
    const zaloMessage = stringOf(body["message"]) ?? stringOf(body["error_name"]) ?? stringOf(body["error_description"])
    return Effect.fail(errorFromCode(spec.operation, code, zaloMessage, status))
  }
  if (status === 429 || status >= 500) {
    return Effect.fail(
      transportError(spec.operation, true, { vi: `Zalo trả về HTTP ${status}.`, en: `Zalo answered HTTP ${status}.` }, status),
    )
  }
  if (status < 200 || status >= 300) {
    return Effect.fail(
      transportError(spec.operation, false, { vi: `Zalo trả về HTTP ${status}.`, en: `Zalo answered HTTP ${status}.` }, status),
    )
  }
  if (body === undefined || (spec.envelope === "api" && code === undefined)) {
    return Effect.fail(
      transportError(
        spec.operation,
        false,
        { vi: "phản hồi không đúng dạng JSON của Zalo.", en: "the answer is not Zalo's JSON." },
        status,
      ),
    )
  }
  return Effect.succeed(body)
}

const once = (t: Transport, spec: CallSpec): Effect.Effect<Readonly<Record<string, unknown>>, ZaloError> =>
  Effect.gen(function* () {
    let request = HttpClientRequest.make(spec.method)(spec.url).pipe(
      HttpClientRequest.acceptJson,
      HttpClientRequest.setHeaders(spec.headers ?? {}),
    )
    if (spec.json !== undefined) request = HttpClientRequest.bodyUnsafeJson(request, spec.json)
    if (spec.form !== undefined) request = HttpClientRequest.bodyUrlParams(request, spec.form)
    // The platform's errors carry the request, headers and all: only our
    // own error, which has none, leaves this function.
    const response = yield* t.http
      .execute(request)
      .pipe(
        Effect.mapError(() =>
          transportError(spec.operation, true, { vi: "không kết nối được tới Zalo.", en: "could not reach Zalo." }),
        ),
      )
    const text = yield* response.text.pipe(
      Effect.mapError(() =>
        transportError(spec.operation, true, { vi: "kết nối bị ngắt khi đọc phản hồi.", en: "the connection broke while reading the answer." }, response.status),
      ),
    )
    return yield* checkAnswer(spec, response.status, text)
  }).pipe(
    Effect.timeoutFail({
      duration: Duration.millis(t.timeoutMs),
      onTimeout: () =>
        transportError(spec.operation, true, {
          vi: `Zalo không trả lời trong ${t.timeoutMs} ms.`,
          en: `Zalo did not answer within ${t.timeoutMs} ms.`,
        }),
    }),
  )

/** Exponential backoff from `baseMs`, each delay at most `maxMs`, at most `times` retries. */
export const retrySchedule = (retry: ResolvedRetry): Schedule.Schedule<unknown, unknown> => {
  const capped = Schedule.exponential(Duration.millis(retry.baseMs)).pipe(
    Schedule.modifyDelay((delay) => Duration.min(delay, Duration.millis(retry.maxMs))),
    Schedule.intersect(Schedule.recurs(retry.times)),
  )
  return retry.jitter ? Schedule.jittered(capped) : capped
}

/** Sends one request, retrying what may be retried on the schedule. */
export const call = (t: Transport, spec: CallSpec): Effect.Effect<Readonly<Record<string, unknown>>, ZaloError> =>
  once(t, spec).pipe(
    Effect.tapError((error) =>
      Effect.logDebug(`Zalo: ${error._tag}${error.code === undefined ? "" : ` (${error.code})`} — ${spec.operation}`),
    ),
    Effect.retry({
      schedule: retrySchedule(t.retry),
      // A back-off means Zalo refused the request: repeating it is safe. A
      // transport failure may hide an answer that was lost on the way.
      while: (error) => isRetryable(error) && (error._tag !== "ZaloTransportError" || spec.repeatable),
    }),
  )
