/**
 * When the Graph client tries a request again, as an Effect `Schedule`.
 *
 * Transient failures (codes 1 and 2, HTTP 5xx, timeouts, cut connections)
 * back off exponentially from `baseDelay`, doubling, with ±20 % jitter, each
 * wait capped at `maxDelay`. Rate limits (4, 17, 32, 341, 613, 80001) wait
 * what Graph announced (`estimated_time_to_regain_access`) or
 * `throttleWait`, and are given up on when that is longer than
 * `maxThrottleWait`. Token (190) and permission (10, 200–299) errors are
 * never retried. At most `maxRetries` retries in all.
 *
 * @since 0.1.0
 * @module
 */
import { Duration, Schedule } from "effect"
import { isRetryable } from "./GraphError.js"

/**
 * How the client retries. Every field is optional.
 *
 * @example
 * ```ts
 * // Fast retries for tests: 1 ms, 2 ms, 4 ms…, no jitter.
 * const retry: RetryOptions = { maxRetries: 6, baseDelay: "1 millis", maxDelay: "20 millis", jitter: false }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface RetryOptions {
  /** Retries after the first attempt, all causes together. Default 5. */
  readonly maxRetries?: number
  /** The first backoff of a transient failure. Default 500 ms. */
  readonly baseDelay?: Duration.DurationInput
  /** The longest backoff of a transient failure. Default 30 s. */
  readonly maxDelay?: Duration.DurationInput
  /** The wait after a rate limit when Graph gave no estimate. Default 60 s. */
  readonly throttleWait?: Duration.DurationInput
  /** A longer announced wait is not waited for: the error is returned. Default 15 min. */
  readonly maxThrottleWait?: Duration.DurationInput
  /** ±20 % random jitter on backoffs. Default true. */
  readonly jitter?: boolean
}

/**
 * The defaults of {@link RetryOptions}, as numbers of milliseconds.
 *
 * @example
 * ```ts
 * DEFAULT_RETRY.maxRetries //=> 5
 * DEFAULT_RETRY.baseDelayMs //=> 500
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_RETRY = {
  maxRetries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  throttleWaitMs: 60_000,
  maxThrottleWaitMs: 15 * 60_000,
  jitter: true,
} as const

/** Retry options resolved to milliseconds. @internal */
export interface ResolvedRetry {
  readonly maxRetries: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  readonly throttleWaitMs: number
  readonly maxThrottleWaitMs: number
  readonly jitter: boolean
}

const millis = (input: Duration.DurationInput | undefined, fallback: number): number =>
  input === undefined ? fallback : Duration.toMillis(Duration.decode(input))

/** Resolves and checks retry options; a negative or non-finite value is the caller's bug. @internal */
export const resolveRetry = (options: RetryOptions = {}): ResolvedRetry => {
  const resolved: ResolvedRetry = {
    maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
    baseDelayMs: millis(options.baseDelay, DEFAULT_RETRY.baseDelayMs),
    maxDelayMs: millis(options.maxDelay, DEFAULT_RETRY.maxDelayMs),
    throttleWaitMs: millis(options.throttleWait, DEFAULT_RETRY.throttleWaitMs),
    maxThrottleWaitMs: millis(options.maxThrottleWait, DEFAULT_RETRY.maxThrottleWaitMs),
    jitter: options.jitter ?? DEFAULT_RETRY.jitter,
  }
  if (!Number.isInteger(resolved.maxRetries) || resolved.maxRetries < 0) throw new RangeError("retry.maxRetries must be a whole number ≥ 0.")
  for (const key of ["baseDelayMs", "maxDelayMs", "throttleWaitMs", "maxThrottleWaitMs"] as const) {
    if (!Number.isFinite(resolved[key]) || resolved[key] < 0) throw new RangeError(`retry: ${key} must be a finite duration ≥ 0.`)
  }
  return resolved
}

/**
 * The client's retry schedule for the given options: its input is the
 * failure (anything with a `_tag`, and `retryAfterMs` for rate limits),
 * its output the failure it retries. Exponential backoff with
 * jitter for transient failures, the announced wait for rate limits, no
 * retry for tokens and permissions, at most `maxRetries` retries.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * const schedule = graphRetrySchedule({ maxRetries: 3, baseDelay: "200 millis" })
 * Effect.retry(request, schedule) // request: Effect<A, GraphError>
 * ```
 * @since 0.1.0
 * @category retries
 */
export const graphRetrySchedule = <E extends { readonly _tag: string; readonly retryAfterMs?: number }>(
  options: RetryOptions = {},
): Schedule.Schedule<E, E> => {
  const retry = resolveRetry(options)
  const backoff = Schedule.exponential(Duration.millis(retry.baseDelayMs), 2)
  return (retry.jitter ? Schedule.jittered(backoff) : backoff).pipe(
    Schedule.passthrough<Duration.Duration, E, never>,
    Schedule.modifyDelay((error: E, delay) =>
      error._tag === "GraphRateLimitError"
        ? Duration.millis(error.retryAfterMs ?? retry.throttleWaitMs)
        : Duration.min(delay, Duration.millis(retry.maxDelayMs)),
    ),
    Schedule.whileInput((error: E) => isRetryable(error, retry.maxThrottleWaitMs)),
    Schedule.intersect(Schedule.recurs(retry.maxRetries)),
    Schedule.map(([error]) => error),
  )
}
