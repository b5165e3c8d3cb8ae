import { appendFileSync, mkdtempSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { memorySentLog, openFileSentLog, type SentLog } from "../src/index.js"

const tempFile = () => join(mkdtempSync(join(tmpdir(), "lantoa-zalo-")), "sent.jsonl")

describe.each([
  ["memory", async (): Promise<SentLog> => memorySentLog()],
  ["file", async (): Promise<SentLog> => openFileSentLog(tempFile())],
] as const)("the %s sent log", (_, open) => {
  it("claims a message once; a claim left pending is in doubt; a sent one is already sent", async () => {
    const log = await open()
    expect(await log.claim("r|p1", "lt-1", 1)).toBe("claimed")
    expect(await log.claim("r|p1", "lt-1", 2)).toBe("in-doubt")
    await log.markSent("r|p1", { at: 3, via: "template", messageId: "m1" })
    expect(await log.claim("r|p1", "lt-1", 4)).toBe("already-sent")
    expect(await log.records()).toEqual([{ key: "r|p1", trackingId: "lt-1", status: "sent", at: 3, via: "template", messageId: "m1" }])
  })

  it("a released message may be claimed again; a sent one is never released", async () => {
    const log = await open()
    await log.claim("r|p1", "lt-1", 1)
    await log.release("r|p1", 2)
    expect(await log.claim("r|p1", "lt-1", 3)).toBe("claimed")
    await log.markSent("r|p1", { at: 4, via: "consultation", messageId: "m" })
    await log.release("r|p1", 5)
    expect(await log.claim("r|p1", "lt-1", 6)).toBe("already-sent")
  })

  it("of concurrent claims of one key, exactly one wins", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 40 }), async (keys) => {
        const log = await open()
        const results = await Promise.all(keys.map((key) => log.claim(key, `lt-${key}`, 0)))
        for (const key of new Set(keys)) {
          expect(results.filter((result, i) => keys[i] === key && result === "claimed")).toHaveLength(1)
        }
      }),
      { numRuns: 30 },
    )
  })
})

describe("openFileSentLog", () => {
  it("reopens with every message's latest state, file mode 0600, no phone or text inside", async () => {
    const path = tempFile()
    const log = await openFileSentLog(path)
    await log.claim("r|p1", "lt-1", 1)
    await log.markSent("r|p1", { at: 2, via: "template", messageId: "m1" })
    await log.claim("r|p2", "lt-2", 3)
    const reopened = await openFileSentLog(path)
    expect((await reopened.records()).map((record) => [record.key, record.status])).toEqual([
      ["r|p1", "sent"],
      ["r|p2", "pending"],
    ])
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(Object.keys(JSON.parse(readFileSync(path, "utf8").split("\n")[0] as string)).sort()).toEqual(["at", "key", "status", "trackingId"])
  })

  it("survives a line torn by a crash: the state before it stands, and later lines are not glued to it", async () => {
    const path = tempFile()
    const log = await openFileSentLog(path)
    await log.claim("r|p1", "lt-1", 1)
    appendFileSync(path, '{"key":"r|p1","trackingId":"lt-1","sta')
    const reopened = await openFileSentLog(path)
    expect(await reopened.claim("r|p1", "lt-1", 2)).toBe("in-doubt")
    await reopened.claim("r|p2", "lt-2", 3)
    expect((await (await openFileSentLog(path)).records()).map((record) => record.key)).toEqual(["r|p1", "r|p2"])
  })
})
