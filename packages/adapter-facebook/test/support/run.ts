/** Running the Effect client against a fake Graph, on 127.0.0.1 or in memory. */
import { FetchHttpClient } from "@effect/platform"
import { Chunk, Effect, Exit, Layer, Logger, LogLevel, TestClock, type Cause } from "effect"
import { makeGraphClient, type GraphClient, type GraphClientOptions, type RetryOptions } from "../../src/index.js"
import type { FakeGraph } from "./FakeGraph.js"

/** Retries in milliseconds, without jitter: tests run fast and the same each time. */
export const FAST: RetryOptions = { maxRetries: 4, baseDelay: "1 millis", maxDelay: "4 millis", throttleWait: "2 millis", jitter: false }

export const TOKEN = "EAAGfakePageToken0123456789abcdef"

export const clientOptions = (baseUrl: string, options: Partial<GraphClientOptions> = {}): GraphClientOptions => ({
  accessToken: TOKEN,
  baseUrl,
  retry: FAST,
  timeout: "300 millis",
  usagePause: "1 millis",
  ...options,
})

/** Serves the fake on an ephemeral port of 127.0.0.1 for the duration of `use`. */
export const withServer = async <A>(fake: FakeGraph, use: (baseUrl: string) => Promise<A>): Promise<A> => {
  const server = await fake.listen()
  try {
    return await use(server.baseUrl)
  } finally {
    await server.close()
  }
}

/** Runs a program with a client over real HTTP (Node's fetch). */
export const runOverHttp = <A, E>(
  baseUrl: string,
  program: (graph: GraphClient) => Effect.Effect<A, E>,
  options: Partial<GraphClientOptions> = {},
): Promise<Exit.Exit<A, E>> =>
  Effect.runPromiseExit(
    Effect.flatMap(makeGraphClient(clientOptions(baseUrl, options)), program).pipe(Effect.provide(FetchHttpClient.layer)),
  )

/** A layer answering every request in memory from the fake (no sockets). */
export const inMemory = (fake: FakeGraph) =>
  Layer.provide(FetchHttpClient.layer, Layer.succeed(FetchHttpClient.Fetch, fake.fetch))

/** The failure of an exit, or throws. */
export const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  if (Exit.isSuccess(exit)) throw new Error(`expected a failure, got ${JSON.stringify(exit.value)}`)
  const failure = exit.cause as Cause.Cause<E>
  if (failure._tag !== "Fail") throw new Error(`expected a typed failure, got ${failure._tag}`)
  return failure.error
}

export const valueOf = <A, E>(exit: Exit.Exit<A, E>): A => {
  if (Exit.isFailure(exit)) throw new Error(`expected a success, got ${JSON.stringify(exit.cause)}`)
  return exit.value
}

/** Collects every log line a program writes, at every level. */
export const captureLogs = <A, E, R>(effect: Effect.Effect<A, E, R>, lines: Array<string>): Effect.Effect<A, E, R> =>
  effect.pipe(
    Effect.provide(Logger.replace(Logger.defaultLogger, Logger.make(({ message, annotations }) => lines.push(`${JSON.stringify(message)} ${JSON.stringify([...annotations])}`)))),
    Logger.withMinimumLogLevel(LogLevel.All),
  )

/** The instants of ISO week 2024-W46 in Vietnam: Monday 11/11 00:00 to Monday 18/11 00:00 (+07:00). */
export const W46 = { start: Date.parse("2024-11-11T00:00:00+07:00"), end: Date.parse("2024-11-18T00:00:00+07:00") } as const

/**
 * Waits (in real time) until a fiber sleeps on the TestClock until the
 * given instant, so that adjusting the clock has that sleep to wake (and
 * the real I/O before it is done).
 */
export const untilSleepingUntil = (wakeAt: number): Effect.Effect<void> => Effect.gen(function* () {
  for (let i = 0; i < 1000; i++) {
    if (Chunk.some(yield* TestClock.sleeps(), (at) => at === wakeAt)) return
    yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 2)))
  }
  return yield* Effect.die(new Error(`no fiber went to sleep until ${wakeAt} on the TestClock`))
})
