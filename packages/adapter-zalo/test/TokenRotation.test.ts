import { mkdtempSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { fileTokenStore, memoryTokenStore, type TokenPair } from "../src/index.js"
import { startFakeZalo, type FakeZalo } from "./support/FakeZaloServer.js"
import { DAY, HOUR, NOW, clientOptions, clockAt, failureOf, runWith, seededPair, tracingStore, valueOf } from "./support/run.js"

let fake: FakeZalo
beforeEach(async () => {
  fake = await startFakeZalo()
})
afterEach(async () => {
  await fake.close()
})

describe("OAuth v4 token rotation", () => {
  it("uses the stored access token while it is more than the margin from expiry", async () => {
    const clock = clockAt(NOW + 19 * HOUR) // 6 h left, margin 5 h
    const exit = await runWith(clientOptions(fake, clock, memoryTokenStore(seededPair(fake, NOW))), (zalo) => zalo.oaInfo)
    expect(valueOf(exit).oaId).toBe("388613280878808645")
    expect(fake.refreshes()).toBe(0)
  })

  it("refreshes under the lock once the access token is within the margin (about 20 h of its 25)", async () => {
    const clock = clockAt()
    const store = memoryTokenStore(seededPair(fake))
    clock.now = NOW + 20 * HOUR + 1
    valueOf(await runWith(clientOptions(fake, clock, store), (zalo) => zalo.oaInfo))
    expect(fake.refreshes()).toBe(1)
    const stored = (await store.load()) as TokenPair
    expect(stored.accessToken).not.toBe(fake.initialPair.accessToken)
    expect(stored.accessExpiresAt).toBe(clock.now + 90_000 * 1000) // expires_in "90000" is a string of seconds
    expect(stored.refreshExpiresAt).toBe(clock.now + 90 * DAY)
    // The call itself carried the new token.
    expect(fake.requests().at(-1)?.token).toBe(stored.accessToken)
  })

  it("many concurrent calls at expiry make exactly one refresh request", async () => {
    const clock = clockAt(NOW + 24 * HOUR)
    const exit = await runWith(clientOptions(fake, clock, memoryTokenStore(seededPair(fake, NOW))), (zalo) =>
      Effect.forEach(Array.from({ length: 40 }, (_, i) => i), () => zalo.oaInfo, { concurrency: "unbounded" }),
    )
    expect(valueOf(exit)).toHaveLength(40)
    expect(fake.refreshes()).toBe(1)
    expect(fake.requests().filter((request) => request.route === "POST /v4/oa/access_token")).toHaveLength(1)
  })

  it("many concurrent calls refused with -216 mid-run make exactly one refresh, then all succeed", async () => {
    const slow = await startFakeZalo({ delayMs: 5 })
    try {
      slow.expireAccessAfter(3)
      const exit = await runWith(clientOptions(slow, clockAt()), (zalo) =>
        Effect.forEach(Array.from({ length: 30 }, (_, i) => i), () => zalo.oaInfo, { concurrency: 10 }),
      )
      expect(valueOf(exit)).toHaveLength(30)
      expect(slow.refreshes()).toBe(1)
    } finally {
      await slow.close()
    }
  })

  it("stores the new pair before it is used", async () => {
    const clock = clockAt()
    fake.expireAccessAfter(0)
    const store = tracingStore(fake, memoryTokenStore(seededPair(fake)))
    valueOf(await runWith(clientOptions(fake, clock, store), (zalo) => zalo.oaInfo))
    const saved = fake.trace.findIndex((entry) => entry.startsWith("store:save:"))
    const token = fake.trace[saved]?.slice("store:save:".length)
    const firstUse = fake.trace.indexOf(`api:${token}`)
    expect(fake.trace.indexOf("oauth:refresh")).toBeLessThan(saved)
    expect(saved).toBeGreaterThanOrEqual(0)
    expect(firstUse).toBeGreaterThan(saved)
  })

  it("a pair that cannot be stored is never used: the call fails with ZaloStoreError", async () => {
    fake.expireAccessAfter(0)
    const store = tracingStore(fake, memoryTokenStore(seededPair(fake)), { failSave: true })
    const error = failureOf(await runWith(clientOptions(fake, clockAt(), store), (zalo) => zalo.oaInfo))
    expect(error._tag).toBe("ZaloStoreError")
    const issued = fake.issuedTokens().at(-2) as string // the access token of the refreshed pair
    expect(fake.trace).not.toContain(`api:${issued}`)
    expect(error.message).not.toContain(issued)
  })

  it("refreshes only once per refused token: a token refused again is a ZaloTokenError", async () => {
    fake.failNext("/v2.0/oa/getoa", -216, 2)
    const error = failureOf(await runWith(clientOptions(fake, clockAt()), (zalo) => zalo.oaInfo))
    expect(error._tag).toBe("ZaloTokenError")
    expect(error.code).toBe(-216)
    expect(fake.refreshes()).toBe(1)
  })

  it("a refresh token that was already used is refused: ZaloAuthorizationError asks for a new grant", async () => {
    const clock = clockAt()
    const stale = seededPair(fake)
    valueOf(await runWith(clientOptions(fake, clock), (zalo) => zalo.refreshToken)) // rotates the pair
    const error = failureOf(await runWith(clientOptions(fake, clock, memoryTokenStore(stale)), (zalo) => zalo.refreshToken))
    expect(error._tag).toBe("ZaloAuthorizationError")
    expect(error.message).toContain("cấp quyền lại")
    expect(error.message).not.toContain(stale.refreshToken)
  })

  it("an expired refresh token (3 months) fails without a request", async () => {
    const clock = clockAt(NOW + 91 * DAY)
    const error = failureOf(await runWith(clientOptions(fake, clock, memoryTokenStore(seededPair(fake, NOW))), (zalo) => zalo.oaInfo))
    expect(error._tag).toBe("ZaloAuthorizationError")
    expect(fake.refreshes()).toBe(0)
  })

  it("an empty store fails with ZaloAuthorizationError", async () => {
    const error = failureOf(await runWith(clientOptions(fake, clockAt(), memoryTokenStore()), (zalo) => zalo.oaInfo))
    expect(error._tag).toBe("ZaloAuthorizationError")
  })

  it("exchanges an authorization code for the first pair and stores it", async () => {
    const store = memoryTokenStore()
    const expiry = valueOf(
      await runWith(clientOptions(fake, clockAt(), store), (zalo) => zalo.exchangeCode({ code: "fake-code", codeVerifier: "v" })),
    )
    expect(expiry.accessExpiresAt).toBe(NOW + 25 * HOUR)
    expect((await store.load())?.accessToken).toBe(fake.issuedTokens().at(-2))
  })
})

describe("fileTokenStore", () => {
  const pair: TokenPair = { accessToken: "a", refreshToken: "r", accessExpiresAt: 2, refreshExpiresAt: 3, obtainedAt: 1 }

  it("loads nothing from a missing file, and what it saved after a save", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lantoa-zalo-"))
    const store = fileTokenStore(join(dir, "nested", "tokens.json"))
    expect(await store.load()).toBeUndefined()
    await store.save(pair)
    expect(await store.load()).toEqual(pair)
  })

  it("writes the file with mode 0600, through a temporary file that does not remain", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lantoa-zalo-"))
    const path = join(dir, "tokens.json")
    const store = fileTokenStore(path)
    await store.save(pair)
    await store.save({ ...pair, accessToken: "b" })
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir)).toEqual(["tokens.json"])
    expect(JSON.parse(readFileSync(path, "utf8")).accessToken).toBe("b")
  })

  it("refuses a file that is not a token pair rather than replacing it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lantoa-zalo-"))
    const path = join(dir, "tokens.json")
    writeFileSync(path, JSON.stringify({ accessToken: 1 }))
    await expect(fileTokenStore(path).load()).rejects.toThrow(/not a Zalo token pair/)
  })

  it("rotates through a file store across client instances (a restarted process)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lantoa-zalo-"))
    const store = fileTokenStore(join(dir, "tokens.json"))
    await store.save(seededPair(fake))
    const clock = clockAt(NOW + 21 * HOUR)
    valueOf(await runWith(clientOptions(fake, clock, store), (zalo) => zalo.oaInfo))
    clock.now += 21 * HOUR
    valueOf(await runWith(clientOptions(fake, clock, fileTokenStore(join(dir, "tokens.json"))), (zalo) => zalo.oaInfo))
    expect(fake.refreshes()).toBe(2)
  })
})
