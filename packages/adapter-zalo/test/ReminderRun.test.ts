import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import fc from "fast-check"
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import {
  createZaloClient,
  memorySentLog,
  memoryTokenStore,
  openFileSentLog,
  sendReminders,
  type ReminderMessage,
  type SentLog,
  type TokenStore,
} from "../src/index.js"
import { startFakeZalo, type FakeZalo } from "./support/FakeZaloServer.js"
import { DAY, NOW, clientOptions, clockAt, runWith, seededPair, valueOf, type TestClock } from "./support/run.js"
import { weekOf } from "./support/week.js"

const TEMPLATE = "7895417a7d3f9461cd2e"

let fake: FakeZalo
beforeEach(async () => {
  fake = await startFakeZalo()
})
afterEach(async () => {
  await fake.close()
})

/** One reminder run: a fresh client (as a fresh process would build), the shared token store and sent log. */
const runOnce = async (
  messages: ReadonlyArray<ReminderMessage>,
  sentLog: SentLog,
  store: TokenStore,
  clock: TestClock,
  lines: Array<string> = [],
  server: FakeZalo = fake,
) =>
  valueOf(
    await runWith(
      clientOptions(server, clock, store),
      (zalo) => sendReminders(zalo, messages, { sentLog, templateId: TEMPLATE, now: () => clock.now, concurrency: 8 }),
      lines,
    ),
  )

/**
 * The phone numbers (of `phones`, any spelling: 84…, +84…, 0…, with spaces
 * or dots between digits) that appear in a text.
 */
const leakedPhones = (text: string, phones: Iterable<string>): ReadonlyArray<string> => {
  const national = new Set([...phones].map((phone) => (phone.startsWith("84") ? `0${phone.slice(2)}` : phone)))
  return (text.match(/\+?\d[\d .]{7,}\d/g) ?? []).flatMap((run) => {
    const digits = run.replace(/[^\d]/g, "")
    const candidates = [digits, `0${digits.slice(2)}`]
    return candidates.some((candidate) => national.has(candidate)) ? [run] : []
  })
}

beforeAll(() => {
  weekOf() // the engine's evaluation of the week, once for every test
}, 60_000)

describe("leakedPhones (the check the log tests rely on)", () => {
  it("finds a number in any spelling, and not Zalo's long ids", () => {
    const phones = ["84301234567"]
    expect(leakedPhones("a 0301234567 b", phones)).toEqual(["0301234567"])
    expect(leakedPhones("a +84 301 234 567 b", phones)).toEqual(["+84 301 234 567"])
    expect(leakedPhones("a 84******567 b 2468458835296197922", phones)).toEqual([])
  })
})

describe("Done when: a reminder run over the sample province", () => {
  it("sends exactly one message per person per reminder, survives token expiry mid-run, and logs no phone number or token", async () => {
    const { plan, province } = weekOf()
    const messages = plan.messages
    expect(messages.length).toBeGreaterThan(500)
    const store = memoryTokenStore(seededPair(fake))
    const sentLog = memorySentLog()
    const clock = clockAt()
    const lines: Array<string> = []
    // The access token stops working a third of the way through the run.
    fake.expireAccessAfter(Math.floor(messages.length / 3))

    const first = await runOnce(messages, sentLog, store, clock, lines)
    expect(first.stopped).toBeUndefined()
    expect(first.sent).toHaveLength(messages.length)
    expect(fake.refreshes()).toBe(1)
    const tracking = fake.templates().map((template) => template.trackingId)
    expect(new Set(tracking).size).toBe(tracking.length)
    expect(new Set(tracking)).toEqual(new Set(messages.map((message) => message.trackingId)))
    // Before and after the refresh, each with its own token.
    expect(new Set(fake.templates().map((template) => template.token)).size).toBe(2)

    // The rerun (a new process: a new client, the same store and sent log) sends nothing new.
    const second = await runOnce(messages, sentLog, store, clock, lines)
    expect(second.sent).toHaveLength(0)
    expect(second.alreadySent).toBe(messages.length)
    expect(fake.templates()).toHaveLength(messages.length)

    const log = lines.join("\n")
    expect(log).toContain("84******") // numbers appear masked
    expect(log).toContain("làm mới")
    const rosterPhones = province.people.flatMap((person) => (typeof person.phone === "string" ? [person.phone] : []))
    expect(leakedPhones(log, rosterPhones)).toEqual([])
    for (const token of fake.issuedTokens()) expect(log).not.toContain(token)
  }, 60_000)

  it("a message per person per reminder: units reach their contacts, party members themselves, a person once per reminder", () => {
    const { plan } = weekOf()
    const keys = plan.messages.map((message) => message.key)
    expect(new Set(keys).size).toBe(keys.length)
    const party = plan.messages.filter((message) => message.reminder.startsWith("quota/party-member-weekly/"))
    expect(party.length).toBeGreaterThan(0)
    expect(party.every((message) => message.reminder.endsWith(`/${message.person}`))).toBe(true)
    expect(plan.messages.every((message) => message.trackingId.length <= 48 && message.phone?.startsWith("84"))).toBe(true)
  })
})

describe("faults during a run", () => {
  const sample = (count: number) => weekOf().plan.messages.slice(0, count)

  it("-32 rate limits are retried; nothing is sent twice", async () => {
    fake.failNext("/message/template", -32, 5)
    const messages = sample(40)
    const result = await runOnce(messages, memorySentLog(), memoryTokenStore(seededPair(fake)), clockAt())
    expect(result.sent).toHaveLength(40)
    expect(fake.templates()).toHaveLength(40)
  })

  it("-144 closes ZNS for the day: the rest are deferred, and tomorrow's run sends only them", async () => {
    const messages = sample(50)
    const sentLog = memorySentLog()
    const store = memoryTokenStore(seededPair(fake))
    fake.setQuota(20)
    const clock = clockAt()
    const today = await runOnce(messages, sentLog, store, clock)
    expect(today.sent).toHaveLength(20)
    expect(today.deferred).toHaveLength(30)
    expect(today.quota?.remainingQuota).toBe(0)
    fake.setQuota(500)
    clock.now += DAY
    const tomorrow = await runOnce(messages, sentLog, store, clock)
    expect(tomorrow.sent).toHaveLength(30)
    expect(tomorrow.alreadySent).toBe(20)
    expect(new Set(fake.templates().map((template) => template.trackingId)).size).toBe(50)
    expect(fake.templates()).toHaveLength(50)
  })

  it("a quota read as 0 at the start sends no template at all", async () => {
    fake.setQuota(0)
    const result = await runOnce(sample(5), memorySentLog(), memoryTokenStore(seededPair(fake)), clockAt())
    expect(result.deferred).toHaveLength(5)
    expect(fake.requests().filter((request) => request.route === "POST /message/template")).toHaveLength(0)
  })

  it("a refused message (-108) is a failure for that message only, released for a later run", async () => {
    fake.failNext("/message/template", -108)
    const sentLog = memorySentLog()
    const result = await runOnce(sample(3), sentLog, memoryTokenStore(seededPair(fake)), clockAt())
    expect(result.failed).toHaveLength(1)
    expect(result.failed[0]).toMatchObject({ error: "ZaloPayloadError", code: -108 })
    expect(result.sent).toHaveLength(2)
    expect((await sentLog.records()).map((record) => record.status).sort()).toEqual(["released", "sent", "sent"])
  })

  it("a configuration error stops the run; what it did not reach is deferred", async () => {
    fake.failNext("/message/template", -135, 100)
    const result = await runOnce(sample(10), memorySentLog(), memoryTokenStore(seededPair(fake)), clockAt())
    expect(result.stopped?._tag).toBe("ZaloConfigurationError")
    expect(result.sent).toHaveLength(0)
    expect(result.deferred).toHaveLength(10)
  })

  it("a message left pending by a run that died is in doubt and never resent", async () => {
    const [message] = sample(1) as [ReminderMessage]
    const sentLog = memorySentLog([{ key: message.key, trackingId: message.trackingId, status: "pending", at: NOW }])
    const result = await runOnce([message], sentLog, memoryTokenStore(seededPair(fake)), clockAt())
    expect(result.inDoubt).toEqual([message.key])
    expect(fake.templates()).toHaveLength(0)
  })

  it("a send without an answer stays pending (it may have been delivered), and the run stops", async () => {
    const messages = sample(3)
    const sentLog = memorySentLog()
    const { baseUrl } = fake
    await fake.close()
    const clock = clockAt()
    const result = valueOf(
      await runWith(
        { ...clientOptions(fake, clock, memoryTokenStore(seededPair(fake))), baseUrls: { oauth: baseUrl, openApi: baseUrl, business: baseUrl } },
        (zalo) => sendReminders(zalo, messages, { sentLog, templateId: TEMPLATE, now: () => clock.now, concurrency: 1 }),
      ),
    )
    expect(result.stopped?._tag).toBe("ZaloTransportError")
    expect(result.inDoubt).toHaveLength(1)
    expect(result.deferred).toHaveLength(2)
    fake = await startFakeZalo()
  })
})

describe("routes", () => {
  const linked = (message: ReminderMessage, userId: string, lastInteraction: number): ReminderMessage => ({
    ...message,
    zaloUserId: userId,
    lastInteraction,
  })

  it("a follower who interacted in the last 7 days gets a consultation message, others a ZNS template", async () => {
    const [a, b] = weekOf().plan.messages as [ReminderMessage, ReminderMessage]
    fake.setInteracting(["2468458835296197922"])
    const messages = [linked(a, "2468458835296197922", NOW - 2 * DAY), linked(b, "4572947693969771653", NOW - 8 * DAY)]
    const result = await runOnce(messages, memorySentLog(), memoryTokenStore(seededPair(fake)), clockAt())
    expect(result.sent.map((sent) => sent.via)).toEqual(["consultation", "template"])
    expect(fake.consultations()[0]?.text).toBe(a.text)
  })

  it("-230 (outside the window after all) falls back to the template under the same claim", async () => {
    const [a] = weekOf().plan.messages as [ReminderMessage]
    const result = await runOnce([linked(a, "2468458835296197922", NOW - DAY)], memorySentLog(), memoryTokenStore(seededPair(fake)), clockAt())
    expect(result.sent.map((sent) => sent.via)).toEqual(["template"])
    expect(fake.consultations()).toHaveLength(0)
    expect(fake.templates()).toHaveLength(1)
  })

  it("without a template id, people outside the window are unreachable, not failed", async () => {
    const [a] = weekOf().plan.messages as [ReminderMessage]
    const clock = clockAt()
    const result = valueOf(
      await runWith(clientOptions(fake, clock), (zalo) => sendReminders(zalo, [a], { sentLog: memorySentLog(), now: () => clock.now })),
    )
    expect(result.unreachable).toEqual([a.key])
  })
})

describe("idempotency across reruns and interleavings", () => {
  it("a file sent log carries the record across processes", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "lantoa-zalo-")), "sent.jsonl")
    const messages = weekOf().plan.messages.slice(0, 25)
    const store = memoryTokenStore(seededPair(fake))
    await runOnce(messages, await openFileSentLog(path), store, clockAt())
    const again = await runOnce(messages, await openFileSentLog(path), store, clockAt())
    expect(again.alreadySent).toBe(25)
    expect(fake.templates()).toHaveLength(25)
  })

  it("any split of the week into runs, some concurrent, with token expiry and rate limits, sends each (person, reminder) once", async () => {
    const pool = weekOf().plan.messages
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 1, maxLength: 30 }),
        fc.array(
          fc.record({
            take: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
            concurrent: fc.boolean(),
            expireAfter: fc.option(fc.nat({ max: 10 }), { nil: undefined }),
            rateLimited: fc.nat({ max: 2 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (picked, runs) => {
          const server = await startFakeZalo()
          try {
            const messages = picked.map((index) => pool[index] as ReminderMessage)
            const sentLog = memorySentLog()
            const store = memoryTokenStore(seededPair(server))
            const clock = clockAt()
            const batches = runs.map((run) => ({ ...run, messages: run.take.map((n) => messages[n % messages.length] as ReminderMessage) }))
            // Runs marked concurrent start together with the one before them.
            let pending: Array<Promise<unknown>> = []
            for (const batch of batches) {
              if (!batch.concurrent) {
                await Promise.all(pending)
                pending = []
              }
              if (batch.expireAfter !== undefined) server.expireAccessAfter(batch.expireAfter)
              server.failNext("/message/template", -32, batch.rateLimited)
              pending.push(runOnce(batch.messages, sentLog, store, clock, [], server))
            }
            await Promise.all(pending)
            // A last, clean run sends whatever is left.
            await runOnce(messages, sentLog, store, clock, [], server)
            const tracking = server.templates().map((template) => template.trackingId)
            expect(tracking.length).toBe(new Set(tracking).size)
            expect(new Set(tracking)).toEqual(new Set(messages.map((message) => message.trackingId)))
          } finally {
            await server.close()
          }
        },
      ),
      { numRuns: 15 },
    )
  }, 60_000)
})

describe("the Promise client's reminder run", () => {
  it("sends, and its log sink gets lines without phone numbers or tokens", async () => {
    const messages = weekOf().plan.messages.slice(0, 10)
    const entries: Array<string> = []
    fake.expireAccessAfter(4)
    const clock = clockAt()
    const zalo = createZaloClient({ ...clientOptions(fake, clock), log: (entry) => entries.push(`${entry.level} ${entry.message}`), logLevel: "debug" })
    const result = await zalo.sendReminders(messages, { sentLog: memorySentLog(), templateId: TEMPLATE, now: () => clock.now })
    expect(result.sent).toHaveLength(10)
    expect(entries.some((entry) => entry.startsWith("info Zalo: đã gửi nhắc việc"))).toBe(true)
    const log = entries.join("\n")
    expect(leakedPhones(log, messages.flatMap((message) => (message.phone === undefined ? [] : [message.phone])))).toEqual([])
    for (const token of fake.issuedTokens()) expect(log).not.toContain(token)
  })
})
