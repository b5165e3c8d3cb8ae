/**
 * OAuth v4 token rotation for one OA.
 *
 * - An access token lives 25 h; it is refreshed `marginMs` before it
 *   expires (default 5 h, so at about 20 h), or when Zalo refuses it.
 * - A refresh token is single use: every refresh returns a new pair and the
 *   old refresh token dies. So refreshes run under a lock (one at a time),
 *   each re-reads the store inside the lock (a caller that waited finds the
 *   pair another one just stored, and does not refresh again), and the new
 *   pair is saved before anyone uses it.
 * - The refresh request is never retried automatically: if its answer was
 *   lost, the old refresh token may already be spent. The next call tries
 *   again from the stored pair.
 *
 * @internal
 */
import { formatInstant } from "@lantoa/core"
import { Effect, Option, Redacted, Ref } from "effect"
import type { TokenPair, TokenStore } from "../TokenStore.js"
import { ZaloAuthorizationError, ZaloStoreError, type ZaloError, type ZaloOperation } from "../ZaloError.js"
import { operationPrefix } from "./codes.js"
import { numberOf, stringOf } from "./json.js"
import { call, type Transport } from "./transport.js"

export interface TokenManagerOptions {
  readonly appId: string
  readonly appSecret: Redacted.Redacted<string>
  readonly store: TokenStore
  readonly now: Effect.Effect<number>
  readonly marginMs: number
  readonly refreshLifetimeMs: number
  /** `https://oauth.zaloapp.com` or a test server. */
  readonly oauthBaseUrl: string
  readonly transport: Transport
}

/** When the pair expires, without the tokens. */
export interface TokenExpiry {
  readonly accessExpiresAt: number
  readonly refreshExpiresAt: number
  readonly obtainedAt: number
}

export interface TokenManager {
  /** A valid access token, refreshed first if it expires within the margin. */
  readonly accessToken: Effect.Effect<string, ZaloError>
  /**
   * Zalo refused `token`: the token to use now — the one another caller
   * already stored in its place, or a freshly refreshed one.
   */
  readonly rejected: (token: string) => Effect.Effect<string, ZaloError>
  /** Refreshes now, whatever the expiry. */
  readonly refreshNow: Effect.Effect<TokenExpiry, ZaloError>
  /** Exchanges an authorization code (OAuth v4 with PKCE) for a first pair, and stores it. */
  readonly exchangeCode: (code: string, codeVerifier: string) => Effect.Effect<TokenExpiry, ZaloError>
  /** The stored pair's expiry, if there is a pair. */
  readonly expiry: Effect.Effect<TokenExpiry | undefined, ZaloError>
}

const expiryOf = (pair: TokenPair): TokenExpiry => ({
  accessExpiresAt: pair.accessExpiresAt,
  refreshExpiresAt: pair.refreshExpiresAt,
  obtainedAt: pair.obtainedAt,
})

const storeError = (operation: ZaloOperation, vi: string, en: string) => (): ZaloStoreError => {
  const [prefixVi, prefixEn] = operationPrefix(operation)
  return new ZaloStoreError({ message: `${prefixVi}${vi}`, messageEn: `${prefixEn}${en}`, operation })
}

const authorizationError = (operation: ZaloOperation, vi: string, en: string): ZaloAuthorizationError => {
  const [prefixVi, prefixEn] = operationPrefix(operation)
  return new ZaloAuthorizationError({
    message: `${prefixVi}${vi} Quản trị viên Official Account cần cấp quyền lại cho ứng dụng (OAuth v4).`,
    messageEn: `${prefixEn}${en} An OA admin must authorise the app again (OAuth v4).`,
    operation,
  })
}

export const makeTokenManager = (options: TokenManagerOptions): Effect.Effect<TokenManager> =>
  Effect.gen(function* () {
    const lock = yield* Effect.makeSemaphore(1)
    const cache = yield* Ref.make(Option.none<TokenPair>())

    const load = Effect.tryPromise({
      try: () => options.store.load(),
      catch: storeError("token-store", "không đọc được cặp mã truy cập đã lưu.", "could not read the stored token pair."),
    }).pipe(Effect.tap((pair) => Ref.set(cache, Option.fromNullable(pair))))

    const save = (pair: TokenPair) =>
      Effect.tryPromise({
        try: () => options.store.save(pair),
        catch: storeError(
          "token-store",
          "Zalo đã cấp cặp mã mới nhưng không lưu được; mã mới không được dùng.",
          "Zalo issued a new pair but it could not be stored; it is not used.",
        ),
      }).pipe(Effect.zipRight(Ref.set(cache, Option.some(pair))))

    const current = Effect.flatMap(Ref.get(cache), (cached) => (Option.isSome(cached) ? Effect.succeed(cached.value) : load))

    const requirePair = (pair: TokenPair | undefined, operation: ZaloOperation): Effect.Effect<TokenPair, ZaloError> =>
      pair === undefined
        ? Effect.fail(authorizationError(operation, "chưa có cặp mã truy cập nào được lưu.", "no token pair is stored."))
        : Effect.succeed(pair)

    /** Posts to the token endpoint and reads the new pair. */
    const requestPair = (operation: ZaloOperation, form: Readonly<Record<string, string>>) =>
      Effect.gen(function* () {
        const body = yield* call(options.transport, {
          operation,
          method: "POST",
          url: `${options.oauthBaseUrl}/v4/oa/access_token`,
          headers: { secret_key: Redacted.value(options.appSecret) },
          form: { app_id: options.appId, ...form },
          repeatable: false,
          envelope: "oauth",
        }).pipe(
          // Any refusal of the token endpoint but a configuration error
          // means the grant is gone: a person must authorise again.
          Effect.mapError((error) =>
            error._tag === "ZaloConfigurationError" || error._tag === "ZaloTransportError"
              ? error
              : authorizationError(
                  operation,
                  `Zalo từ chối${error.code === undefined ? "" : ` (mã lỗi ${error.code})`}.`,
                  `Zalo refused${error.code === undefined ? "" : ` (error ${error.code})`}.`,
                ),
          ),
        )
        const accessToken = stringOf(body["access_token"])
        const refreshToken = stringOf(body["refresh_token"])
        const expiresIn = numberOf(body["expires_in"])
        if (accessToken === undefined || refreshToken === undefined || expiresIn === undefined) {
          return yield* Effect.fail(
            authorizationError(operation, "phản hồi không có cặp mã truy cập.", "the answer holds no token pair."),
          )
        }
        const now = yield* options.now
        const pair: TokenPair = {
          accessToken,
          refreshToken,
          accessExpiresAt: now + expiresIn * 1000,
          refreshExpiresAt: now + options.refreshLifetimeMs,
          obtainedAt: now,
        }
        // Stored before anyone uses it: a single-use refresh token that is
        // not saved is an OA locked out.
        yield* save(pair)
        yield* Effect.logInfo(
          `Zalo: đã nhận và lưu cặp mã truy cập mới; mã truy cập hết hạn lúc ${formatInstant(pair.accessExpiresAt)}.`,
        )
        return pair
      })

    const refresh = (pair: TokenPair) =>
      Effect.gen(function* () {
        const now = yield* options.now
        if (pair.refreshExpiresAt <= now) {
          return yield* Effect.fail(
            authorizationError(
              "refresh-token",
              "mã làm mới (refresh token) đã hết hạn 3 tháng.",
              "the refresh token has expired (3 months).",
            ),
          )
        }
        return yield* requestPair("refresh-token", { grant_type: "refresh_token", refresh_token: pair.refreshToken })
      })

    /** Under the lock: re-read the store, and refresh only if `stale` still holds. */
    const refreshIf = (stale: (pair: TokenPair, now: number) => boolean) =>
      lock.withPermits(1)(
        Effect.gen(function* () {
          const pair = yield* requirePair(yield* load, "refresh-token")
          const now = yield* options.now
          return stale(pair, now) ? yield* refresh(pair) : pair
        }),
      )

    const expiring = (pair: TokenPair, now: number): boolean => pair.accessExpiresAt - options.marginMs <= now

    const accessToken = Effect.gen(function* () {
      const pair = yield* requirePair(yield* current, "refresh-token")
      const now = yield* options.now
      if (!expiring(pair, now)) return pair.accessToken
      return (yield* refreshIf(expiring)).accessToken
    })

    return {
      accessToken,
      rejected: (token) => Effect.map(refreshIf((pair) => pair.accessToken === token), (pair) => pair.accessToken),
      refreshNow: Effect.map(refreshIf(() => true), expiryOf),
      exchangeCode: (code, codeVerifier) =>
        lock.withPermits(1)(
          Effect.map(
            requestPair("exchange-code", { grant_type: "authorization_code", code, code_verifier: codeVerifier }),
            expiryOf,
          ),
        ),
      expiry: Effect.map(current, (pair) => (pair === undefined ? undefined : expiryOf(pair))),
    }
  })
