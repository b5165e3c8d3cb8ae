/** Running the Effect client against the fake Zalo on 127.0.0.1, with an injected clock and captured logs. */
import { FetchHttpClient } from "@effect/platform"
import { Cause, Effect, Exit, Logger, LogLevel } from "effect"
import { makeZaloClient, memoryTokenStore, type TokenPair, type TokenStore, type ZaloClient, type ZaloClientOptions } from "../../src/index.js"
import { FAKE_APP_ID, FAKE_APP_SECRET, type FakeZalo } from "./FakeZaloServer.js"

/** Wednesday 13/11/2024 08:00 in Vietnam (tuần 46), as epoch ms. */
export const NOW = Date.parse("2024-11-13T08:00:00+07:00")
export const HOUR = 60 * 60 * 1000
export const DAY = 24 * HOUR

/** A clock the test moves by hand. */
export interface TestClock {
  now: number
}

export const clockAt = (now = NOW): TestClock => ({ now })

/** The pair the fake issued first, as if exchanged from a code at `obtainedAt`. */
export const seededPair = (fake: FakeZalo, obtainedAt = NOW): TokenPair => ({
  accessToken: fake.initialPair.accessToken,
  refreshToken: fake.initialPair.refreshToken,
  accessExpiresAt: obtainedAt + 25 * HOUR,
  refreshExpiresAt: obtainedAt + 90 * DAY,
  obtainedAt,
})

/** Retries in milliseconds, without jitter: fast and the same each time. */
export const FAST_RETRY = { times: 3, baseDelay: "1 millis", maxDelay: "4 millis", jitter: false } as const

export const clientOptions = (
  fake: FakeZalo,
  clock: TestClock,
  store: TokenStore = memoryTokenStore(seededPair(fake, clock.now)),
  options: Partial<ZaloClientOptions> = {},
): ZaloClientOptions => ({
  appId: FAKE_APP_ID,
  appSecret: FAKE_APP_SECRET,
  tokens: store,
  now: () => clock.now,
  baseUrls: { oauth: fake.baseUrl, openApi: fake.baseUrl, business: fake.baseUrl },
  retry: FAST_RETRY,
  timeout: "2 seconds",
  ...options,
})

/** Collects every log line at every level, as the text a sink would get. */
export const withLogs = <A, E>(effect: Effect.Effect<A, E>, lines: Array<string>): Effect.Effect<A, E> =>
  effect.pipe(
    Effect.provide(
      Logger.replace(
        Logger.defaultLogger,
        Logger.make(({ message, annotations }) => {
          const parts = Array.isArray(message) ? message : [message]
          lines.push(`${parts.map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" ")} ${JSON.stringify([...annotations])}`)
        }),
      ),
    ),
    Logger.withMinimumLogLevel(LogLevel.All),
  )

/** Builds a client over real HTTP and runs a program with it; logs go to `lines` (or nowhere). */
export const runWith = <A, E>(
  options: ZaloClientOptions,
  program: (zalo: ZaloClient) => Effect.Effect<A, E>,
  lines: Array<string> = [],
): Promise<Exit.Exit<A, E>> =>
  Effect.runPromiseExit(
    withLogs(Effect.flatMap(makeZaloClient(options), program).pipe(Effect.provide(FetchHttpClient.layer)), lines),
  )

export const valueOf = <A, E>(exit: Exit.Exit<A, E>): A => {
  if (Exit.isFailure(exit)) throw new Error(`expected a success, got ${Cause.pretty(exit.cause)}`)
  return exit.value
}

export const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  if (Exit.isSuccess(exit)) throw new Error(`expected a failure, got ${JSON.stringify(exit.value)}`)
  const failure = Cause.failureOption(exit.cause)
  if (failure._tag === "None") throw new Error(`expected a typed failure, got ${Cause.pretty(exit.cause)}`)
  return failure.value
}

/** A store that records its saves in the fake's trace, to check ordering. */
export const tracingStore = (fake: FakeZalo, inner: TokenStore, options: { readonly failSave?: boolean } = {}): TokenStore => ({
  load: () => inner.load(),
  save: async (pair) => {
    fake.trace.push(`store:save:${pair.accessToken}`)
    if (options.failSave === true) throw new Error("disk full")
    await inner.save(pair)
  },
})
