import { readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  checkReplayWindow,
  createWebhookDeduper,
  handleWebhook,
  matchSignature,
  parseWebhook,
  verifySignature,
  webhookEventKey,
} from "../src/index.js"

// The reference's signed fixture (platform-apis.md §5.2) and a copy with one character changed.
const fixture = readFileSync(new URL("./fixtures/zalo_user_send_text.raw", import.meta.url))
const tampered = readFileSync(new URL("./fixtures/zalo_user_send_text.tampered.raw", import.meta.url))
const APP_ID = "3608465248940903967"
const OA_ID = "388613280878808645"
const SECRET = "test_oa_secret_key"
const BY_APP = "mac=8509f5896dbe5f83ef784418c48556d1bff48115c443317af473c98c130091de"
const BY_OA = "mac=800edd3f14c009ce8c45a03f0ee10ee05eababd2b9c4f42967f31ff4d621d436"
const SENT_AT = 1767225600000

describe("verifySignature: X-ZEvent-Signature = mac= + sha256(appId + raw body + timestamp + OA secret key)", () => {
  it("accepts the reference fixture signed with the app id", () => {
    expect(fixture.length).toBe(275)
    expect(verifySignature({ rawBody: fixture, signature: BY_APP, appId: APP_ID, secretKey: SECRET })).toBe(true)
    expect(matchSignature({ rawBody: fixture, signature: BY_APP, appId: APP_ID, oaId: OA_ID, secretKey: SECRET })).toBe("app-id")
  })

  it("accepts the variant that starts with the OA id, when the OA id is given", () => {
    expect(verifySignature({ rawBody: fixture, signature: BY_OA, appId: APP_ID, oaId: OA_ID, secretKey: SECRET })).toBe(true)
    expect(matchSignature({ rawBody: fixture, signature: BY_OA, appId: APP_ID, oaId: OA_ID, secretKey: SECRET })).toBe("oa-id")
    expect(verifySignature({ rawBody: fixture, signature: BY_OA, appId: APP_ID, secretKey: SECRET })).toBe(false)
  })

  it("refuses the tampered copy", () => {
    expect(verifySignature({ rawBody: tampered, signature: BY_APP, appId: APP_ID, oaId: OA_ID, secretKey: SECRET })).toBe(false)
    expect(verifySignature({ rawBody: tampered, signature: BY_OA, appId: APP_ID, oaId: OA_ID, secretKey: SECRET })).toBe(false)
  })

  it("refuses another key, another app, a missing or malformed header", () => {
    const base = { rawBody: fixture, appId: APP_ID, secretKey: SECRET }
    expect(verifySignature({ ...base, signature: BY_APP, secretKey: "test_app_secret" })).toBe(false)
    expect(verifySignature({ ...base, signature: BY_APP, appId: "1" })).toBe(false)
    expect(verifySignature({ ...base, signature: undefined })).toBe(false)
    expect(verifySignature({ ...base, signature: "mac=" })).toBe(false)
    expect(verifySignature({ ...base, signature: "mac=zz" })).toBe(false)
    expect(verifySignature({ ...base, signature: BY_APP, secretKey: "" })).toBe(false)
  })

  it("reads the body as bytes or as its UTF-8 text, and the hex in any case", () => {
    expect(verifySignature({ rawBody: fixture.toString("utf8"), signature: BY_APP, appId: APP_ID, secretKey: SECRET })).toBe(true)
    expect(verifySignature({ rawBody: new Uint8Array(fixture), signature: BY_APP.toUpperCase().replace("MAC=", "mac="), appId: APP_ID, secretKey: SECRET })).toBe(true)
  })

  it("any change of one byte of the body breaks the signature", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: fixture.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, delta) => {
        const copy = Buffer.from(fixture)
        copy[at] = ((copy[at] as number) + delta) % 256
        expect(verifySignature({ rawBody: copy, signature: BY_APP, appId: APP_ID, oaId: OA_ID, secretKey: SECRET })).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})

describe("checkReplayWindow: the body's timestamp against a given now", () => {
  it("accepts a recent event and says how old it is", () => {
    expect(checkReplayWindow(fixture, { now: SENT_AT + 60_000 })).toEqual({ ok: true, ageMs: 60_000 })
  })

  it("refuses an event older than the window (default 1 hour) and one too far in the future", () => {
    expect(checkReplayWindow(fixture, { now: SENT_AT + 60 * 60_000 + 1 })).toEqual({ ok: false, reason: "stale", ageMs: 3_600_001 })
    expect(checkReplayWindow(fixture, { now: SENT_AT + 60_000, maxAgeMs: 30_000 })).toMatchObject({ ok: false, reason: "stale" })
    expect(checkReplayWindow(fixture, { now: SENT_AT - 6 * 60_000 })).toMatchObject({ ok: false, reason: "future" })
  })

  it("refuses a body without a timestamp", () => {
    expect(checkReplayWindow('{"event_name":"follow"}', { now: SENT_AT })).toEqual({ ok: false, reason: "no-timestamp" })
  })
})

describe("parseWebhook: typed events, ids as strings", () => {
  it("parses the fixture into a user message", () => {
    expect(parseWebhook(fixture)).toEqual({
      events: [
        {
          type: "user-message",
          eventName: "user_send_text",
          appId: APP_ID,
          timestamp: "1767225600000",
          at: SENT_AT,
          userId: "2468458835296197922",
          userIdByApp: "552177279717587730",
          oaId: OA_ID,
          msgId: "96d3cdf3af150460909",
          text: "Xin chao thay co",
          attachments: [],
        },
      ],
      issues: [],
    })
  })

  it("parses the reference's other events", () => {
    const bodies = [
      '{ "oa_id": "388613280878808645", "follower": { "id": "2468458835296197922" }, "user_id_by_app": "552177279717587730", "event_name": "follow", "source": "oa_profile", "app_id": "3608465248940903967", "timestamp": "1767225600000" }',
      '{ "app_id": "3608465248940903967", "event_name": "oa_send_text", "timestamp": "1767225700000", "sender": { "id": "388613280878808645", "admin_id": "1234567890" }, "recipient": { "id": "2468458835296197922" }, "message": { "msg_id": "a4d0243feee163bd3af2", "text": "Đã nhận" } }',
      '{ "app_id": "3608465248940903967", "event_name": "user_seen_message", "timestamp": "1767225800000", "sender": { "id": "388613280878808645" }, "recipient": { "id": "2468458835296197922" }, "message": { "msg_ids": ["a4d0243feee163bd3af2"] } }',
      '{ "sender": { "id": "388613280878808645" }, "recipient": { "id": "84301234567" }, "event_name": "user_received_message", "message": { "delivery_time": "1767225605000", "msg_id": "15a0cc0bbb13bd4ce403", "tracking_id": "reminder-2026-11-28-gv-123" }, "app_id": "3608465248940903967", "timestamp": "1767225606000" }',
    ]
    const events = bodies.flatMap((body) => parseWebhook(body).events)
    expect(events.map((event) => event.type)).toEqual(["follow", "oa-message", "message-seen", "message-received"])
    expect(events[0]).toMatchObject({ userId: "2468458835296197922", oaId: OA_ID, source: "oa_profile" })
    expect(events[1]).toMatchObject({ oaId: OA_ID, adminId: "1234567890", userId: "2468458835296197922", text: "Đã nhận" })
    expect(events[2]).toMatchObject({ userId: "2468458835296197922", msgIds: ["a4d0243feee163bd3af2"] })
    expect(events[3]).toMatchObject({ recipient: "84301234567", trackingId: "reminder-2026-11-28-gv-123", deliveredAt: 1767225605000 })
  })

  it("keeps an event it does not model as unknown, with its body", () => {
    const { events, issues } = parseWebhook('{"event_name":"change_oa_daily_quota","timestamp":"1767225600000","quota":500}')
    expect(issues).toEqual([])
    expect(events).toEqual([
      { type: "unknown", eventName: "change_oa_daily_quota", timestamp: "1767225600000", at: SENT_AT, raw: { event_name: "change_oa_daily_quota", timestamp: "1767225600000", quota: 500 } },
    ])
  })

  it("reads group events with the group id", () => {
    const { events } = parseWebhook('{"event_name":"user_send_group_text","sender":{"id":"2468458835296197922"},"recipient":{"id":"7967320986128691935"},"message":{"msg_id":"m1","text":"Chào"}}')
    expect(events[0]).toMatchObject({ type: "group", groupId: "7967320986128691935", userId: "2468458835296197922", msgId: "m1" })
  })

  it("never throws: a body that is not JSON, no event_name or no msg_id are issues", () => {
    expect(parseWebhook("<html>").issues.map((issue) => issue.code)).toEqual(["invalid-webhook-body"])
    expect(parseWebhook("{}").issues.map((issue) => issue.code)).toEqual(["missing-event-name"])
    const missing = parseWebhook('{"event_name":"user_send_text","sender":{"id":"1"},"message":{"text":"x"}}')
    expect(missing.events).toEqual([])
    expect(missing.issues[0]).toMatchObject({ code: "incomplete-webhook-event", path: "body.message.msg_id" })
  })

  it("keeps a 19-digit id sent as a bare number digit for digit", () => {
    const { events } = parseWebhook('{"event_name":"follow","follower":{"id":2468458835296197922},"timestamp":1767225600000}')
    expect(events[0]).toMatchObject({ userId: "2468458835296197922", timestamp: "1767225600000" })
  })

  it("never throws on any input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
        const parsed = parseWebhook(text)
        expect(parsed.events.length + parsed.issues.length).toBeGreaterThan(0)
      }),
    )
  })
})

describe("idempotent on msg_id", () => {
  it("a redelivered event has the same key and is dropped the second time", () => {
    const deduper = createWebhookDeduper()
    const keys = parseWebhook(fixture).events.map(webhookEventKey)
    expect(keys).toEqual(["user_send_text:96d3cdf3af150460909"])
    expect(deduper.firstTime("user_send_text:96d3cdf3af150460909")).toBe(true)
    expect(deduper.firstTime("user_send_text:96d3cdf3af150460909")).toBe(false)
  })

  it("forgets the oldest keys beyond its capacity", () => {
    const deduper = createWebhookDeduper({ capacity: 2 })
    expect(["a", "b", "c", "a"].map((key) => deduper.firstTime(key))).toEqual([true, true, true, true])
  })
})

describe("handleWebhook: signature, then replay window, then events once", () => {
  const options = () => ({ appId: APP_ID, oaId: OA_ID, secretKey: SECRET, deduper: createWebhookDeduper() })

  it("answers 200 with the event the first time and drops the redelivery", () => {
    const opts = options()
    const first = handleWebhook({ rawBody: fixture, signature: BY_APP, now: SENT_AT + 1000 }, opts)
    const again = handleWebhook({ rawBody: fixture, signature: BY_OA, now: SENT_AT + 31_000 }, opts)
    expect([first.status, first.events.length, first.variant]).toEqual([200, 1, "app-id"])
    expect([again.status, again.events.length, again.duplicates, again.variant]).toEqual([200, 0, 1, "oa-id"])
  })

  it("answers 401 to a tampered body and hands out nothing", () => {
    const outcome = handleWebhook({ rawBody: tampered, signature: BY_APP, now: SENT_AT }, options())
    expect(outcome).toMatchObject({ status: 401, events: [], refused: "signature" })
  })

  it("refuses a signed event replayed later, answering 200 so that retries stop", () => {
    const outcome = handleWebhook({ rawBody: fixture, signature: BY_APP, now: SENT_AT + 2 * 60 * 60_000 }, options())
    expect(outcome).toMatchObject({ status: 200, events: [], refused: "stale" })
  })
})
