import { createHmac } from "node:crypto"
import { readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { answerChallenge, changeKey, createChangeDeduper, handleWebhook, parseWebhook, verifySignature, type FacebookPage } from "../src/index.js"

// The signed delivery of platform-apis.md §5.1: 674 bytes, ASCII, `\uXXXX` and `\/` escapes, as Meta sends them.
const RAW = readFileSync(new URL("./fixtures/fb_feed_comment_add.raw", import.meta.url))
const SECRET = "test_app_secret"
const SIGNATURE = "sha256=76f1627eb0e91aa9640b66dcea03406348229b05a3854a8180ecec24cf7e47db"
const PAGE_ID = "108000000000001"
const PAGE: FacebookPage = { pageId: PAGE_ID, channel: "fb-thcs-lac-son", unit: "thcs-lac-son", name: "Trường THCS Lạc Sơn" }

const sign = (body: string | Uint8Array, secret = SECRET) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`

/** A delivery of the given feed change values for the Page, as Meta writes it. */
const delivery = (...values: ReadonlyArray<Record<string, unknown>>) =>
  JSON.stringify({ object: "page", entry: [{ id: PAGE_ID, time: 1767226300, changes: values.map((value) => ({ field: "feed", value })) }] })

// The other feed variants of platform-apis.md §5.1.
const REPLY = { from: { id: "25000000000000002", name: "Tran Thi B" }, item: "comment", comment_id: "122100000000000001_1200000000000002", post_id: "108000000000001_122100000000000001", verb: "add", parent_id: "122100000000000001_1200000000000001", created_time: 1767225700, message: "Đồng ý!" }
const REMOVED = { from: { id: "25000000000000002" }, item: "comment", comment_id: "122100000000000001_1200000000000002", post_id: "108000000000001_122100000000000001", verb: "remove", parent_id: "122100000000000001_1200000000000001", created_time: 1767225800 }
const EDITED = { from: { id: "25000000000000001", name: "Nguyen Van A" }, item: "comment", comment_id: "122100000000000001_1200000000000001", post_id: "108000000000001_122100000000000001", verb: "edited", parent_id: "108000000000001_122100000000000001", created_time: 1767225900, message: "Bài viết hay!" }
const STATUS = { from: { id: PAGE_ID, name: "Trường THCS Lạc Sơn" }, item: "status", post_id: "108000000000001_122100000000000003", verb: "add", published: 1, created_time: 1767226000, message: "Chúc mừng năm mới" }
const POST_REMOVED = { recipient_id: PAGE_ID, from: { id: PAGE_ID }, item: "post", post_id: "108000000000001_122100000000000003", verb: "remove", created_time: 1767226100 }
const REACTION = { reaction_type: "love", from: { id: "25000000000000003" }, parent_id: "108000000000001_122100000000000001", post_id: "108000000000001_122100000000000001", verb: "add", item: "reaction", created_time: 1767226200 }

describe("the signature (X-Hub-Signature-256)", () => {
  it("verifies the fixture: HMAC-SHA256 of the raw bytes with the app secret", () => {
    expect(RAW.length).toBe(674)
    expect(verifySignature(RAW, SIGNATURE, SECRET)).toBe(true)
    expect(verifySignature(new Uint8Array(RAW), SIGNATURE, SECRET)).toBe(true)
    expect(verifySignature(RAW.toString("latin1"), SIGNATURE, SECRET)).toBe(true) // ASCII: the same bytes
  })

  it("rejects a tampered copy, one byte changed", () => {
    const tampered = Buffer.from(RAW)
    const at = tampered.indexOf("hay")
    tampered[at] = "n".charCodeAt(0) // "hay" → "nay"
    expect(verifySignature(tampered, SIGNATURE, SECRET)).toBe(false)
  })

  it("rejects the same JSON serialised again: \\u escapes and \\/ are part of what is signed", () => {
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(RAW.toString("utf8"))))
    expect(reserialised.equals(RAW)).toBe(false)
    expect(verifySignature(reserialised, SIGNATURE, SECRET)).toBe(false)
  })

  it("rejects a wrong secret, a missing, malformed, truncated or SHA-1 header — without throwing", () => {
    expect(verifySignature(RAW, SIGNATURE, "another_secret")).toBe(false)
    expect(verifySignature(RAW, undefined, SECRET)).toBe(false)
    expect(verifySignature(RAW, null, SECRET)).toBe(false)
    expect(verifySignature(RAW, "", SECRET)).toBe(false)
    expect(verifySignature(RAW, SIGNATURE.slice(0, -2), SECRET)).toBe(false)
    expect(verifySignature(RAW, `${SIGNATURE}00`, SECRET)).toBe(false)
    expect(verifySignature(RAW, SIGNATURE.replace("sha256=", "sha1="), SECRET)).toBe(false)
    expect(verifySignature(RAW, SIGNATURE.replace("sha256=", ""), SECRET)).toBe(false)
    expect(verifySignature(RAW, "sha256=zz" + SIGNATURE.slice(9), SECRET)).toBe(false)
    expect(verifySignature(RAW, SIGNATURE, "")).toBe(false)
  })

  it("accepts the hex digest in upper case too (it is the same digest)", () => {
    expect(verifySignature(RAW, `sha256=${SIGNATURE.slice(7).toUpperCase()}`, SECRET)).toBe(true)
  })

  it("holds for any body: true for the body signed, false once any byte changes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (body, position, flip) => {
        const header = sign(body)
        expect(verifySignature(body, header, SECRET)).toBe(true)
        const changed = Uint8Array.from(body)
        const index = position % changed.length
        changed[index] = (changed[index] as number) ^ flip
        expect(verifySignature(changed, header, SECRET)).toBe(false)
      }),
      { numRuns: 200 },
    )
  })
})

describe("the hub.challenge handshake", () => {
  it("answers 200 with the challenge when the verify token is ours (platform-apis.md §5.1)", () => {
    expect(answerChallenge("/webhooks/facebook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=hoabinh-verify-token", "hoabinh-verify-token")).toEqual({
      ok: true,
      status: 200,
      body: "1158201444",
    })
  })

  it("answers 403 to a wrong verify token and 400 to anything but a subscription", () => {
    expect(answerChallenge("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess", "hoabinh-verify-token").status).toBe(403)
    expect(answerChallenge({ "hub.mode": "unsubscribe", "hub.challenge": "1", "hub.verify_token": "hoabinh-verify-token" }, "hoabinh-verify-token").status).toBe(400)
    expect(answerChallenge(new URLSearchParams({ "hub.mode": "subscribe", "hub.verify_token": "hoabinh-verify-token" }), "hoabinh-verify-token").status).toBe(400)
  })

  it("never echoes markup as the challenge", () => {
    const answer = answerChallenge("?hub.mode=subscribe&hub.verify_token=t&hub.challenge=%3Cscript%3E", "t")
    expect(answer.status).toBe(400)
    expect(answer.body).not.toContain("<script>")
  })
})

describe("parsing feed changes", () => {
  it("reads the fixture's comment: text decoded from \\u escapes to NFC, the post, the time, the commenter's id, not the Page's", () => {
    const { activities, comments, retracted, issues } = parseWebhook(RAW, { pages: [PAGE] })
    expect(issues).toEqual([])
    expect(activities).toEqual([]) // a visitor's comment is moderated, not counted
    expect(retracted).toEqual([])
    expect(comments).toHaveLength(1)
    const [event] = comments
    expect(event?.verb).toBe("add")
    expect(event?.at).toBe(1767225590_000)
    expect(event?.page).toEqual(PAGE)
    expect(event?.key).toMatch(/^facebook:feed:[0-9a-f]{32}$/)
    expect(event?.comment).toEqual({
      id: "122100000000000001_1200000000000001",
      postId: "108000000000001_122100000000000001",
      pageId: PAGE_ID,
      authorId: "25000000000000001",
      byPage: false,
      message: "Bài viết rất hay!",
      createdAt: 1767225590_000,
    })
    expect(event?.comment.message).toBe(event?.comment.message.normalize("NFC"))
    expect(JSON.stringify(comments)).not.toContain("Nguyen Van A") // names are never kept
  })

  it("reads replies, edits and removals of comments", () => {
    const { comments } = parseWebhook(delivery(REPLY, EDITED, REMOVED), { pages: [PAGE] })
    expect(comments.map((event) => [event.verb, event.comment.id, event.comment.parentId ?? null, event.comment.message])).toEqual([
      ["add", "122100000000000001_1200000000000002", "122100000000000001_1200000000000001", "Đồng ý!"],
      ["edited", "122100000000000001_1200000000000001", null, "Bài viết hay!"],
      ["remove", "122100000000000001_1200000000000002", "122100000000000001_1200000000000001", ""],
    ])
  })

  it("the Page's own published status is a post Activity of its unit and channel, in Vietnam's time", () => {
    const { activities, issues } = parseWebhook(delivery(STATUS), { pages: [PAGE] })
    expect(issues).toEqual([])
    expect(activities).toEqual([
      { id: "facebook:108000000000001_122100000000000003", kind: "post", unit: "thcs-lac-son", channel: "fb-thcs-lac-son", at: "2026-01-01T07:06:40.000+07:00" },
    ])
  })

  it("a visitor's post, an unpublished post and an edit are not counted; a removed post is retracted", () => {
    const visitor = { ...STATUS, from: { id: "25000000000000009" }, post_id: "108000000000001_9" }
    const draft = { ...STATUS, published: 0, post_id: "108000000000001_8" }
    const edit = { ...STATUS, verb: "edited" }
    const { activities, retracted } = parseWebhook(delivery(visitor, draft, edit, POST_REMOVED), { pages: [PAGE] })
    expect(activities).toEqual([])
    expect(retracted).toEqual(["facebook:108000000000001_122100000000000003"])
  })

  it("recognises the Page's own comments (from.id is the Page): byPage, and a comment Activity of the unit", () => {
    const own = { ...REPLY, from: { id: PAGE_ID, name: "Trường THCS Lạc Sơn" }, comment_id: "122100000000000001_1200000000000009", message: "Cảm ơn quý phụ huynh." }
    const { comments, activities } = parseWebhook(delivery(own), { pages: [PAGE] })
    expect(comments[0]?.comment.byPage).toBe(true)
    expect(activities).toEqual([
      { id: "facebook:122100000000000001_1200000000000009", kind: "comment", unit: "thcs-lac-son", channel: "fb-thcs-lac-son", at: "2026-01-01T07:01:40.000+07:00" },
    ])
  })

  it("a reaction counts only for a known person, once however often it changes; removing it retracts it", () => {
    const people = { "25000000000000003": "gv-0001" }
    const changed = { ...REACTION, verb: "edit", reaction_type: "like", created_time: 1767226250 }
    const { activities } = parseWebhook(delivery(REACTION, changed), { pages: [PAGE], people })
    expect(activities).toEqual([
      { id: "facebook:108000000000001_122100000000000001:reaction:gv-0001", kind: "reaction", person: "gv-0001", channel: "fb-thcs-lac-son", at: "2026-01-01T07:10:00.000+07:00" },
    ])
    expect(parseWebhook(delivery(REACTION), { pages: [PAGE] }).activities).toEqual([]) // an anonymous reaction
    expect(parseWebhook(delivery({ ...REACTION, verb: "remove" }), { pages: [PAGE], people }).retracted).toEqual([
      "facebook:108000000000001_122100000000000001:reaction:gv-0001",
    ])
  })

  it("a post of a Page not mapped to a channel is a warning, once per Page; its comments are still events", () => {
    const { activities, comments, issues } = parseWebhook(delivery(STATUS, { ...STATUS, post_id: "108000000000001_7" }, REPLY))
    expect(activities).toEqual([])
    expect(comments).toHaveLength(1)
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([["warning", "unknown-page", "entry[0].id"]])
    expect(issues[0]?.message).toContain("Trang 108000000000001")
  })

  it("writes Activities' times in the zone given", () => {
    expect(parseWebhook(delivery(STATUS), { pages: [PAGE], timeZone: "UTC" }).activities[0]?.at).toBe("2026-01-01T00:06:40.000Z")
  })

  it("never throws: bad bytes, bad JSON, other objects and broken changes are issues with their paths", () => {
    expect(parseWebhook(new Uint8Array([0xff, 0xfe, 0x00])).issues.map((issue) => issue.code)).toEqual(["invalid-encoding"])
    expect(parseWebhook("{").issues.map((issue) => issue.code)).toEqual(["invalid-json"])
    expect(parseWebhook("[]").issues.map((issue) => issue.code)).toEqual(["invalid-payload"])
    expect(parseWebhook('{"object":"instagram","entry":[]}').issues.map((issue) => issue.code)).toEqual(["not-a-page-event"])
    const broken = JSON.stringify({
      object: "page",
      entry: [
        { id: PAGE_ID, time: 1767226300, changes: [{ field: "feed", value: { item: "comment", verb: "add", created_time: 1767225700 } }, { field: "mention", value: {} }, { field: "feed", value: { ...REPLY, created_time: undefined } }] },
        { time: 1 },
        { id: PAGE_ID, messaging: [{}] },
      ],
    })
    const { comments, issues } = parseWebhook(broken, { pages: [PAGE] })
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["error", "missing-field", "entry[0].changes[0].value.comment_id"],
      ["info", "unsupported-field", "entry[0].changes[1].field"],
      ["warning", "missing-time", "entry[0].changes[2].value.created_time"],
      ["error", "missing-field", "entry[1].id"],
      ["info", "unsupported-field", "entry[2].messaging"],
    ])
    expect(comments.map((event) => event.at)).toEqual([1767226300_000]) // the entry's time stands in
  })

  it("never throws on arbitrary JSON (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const wrapped = JSON.stringify({ object: "page", entry: [{ id: PAGE_ID, changes: [{ field: "feed", value }] }] })
        const parsed = parseWebhook(wrapped, { pages: [PAGE] })
        expect(Array.isArray(parsed.issues)).toBe(true)
        parseWebhook(JSON.stringify(value))
      }),
      { numRuns: 300 },
    )
  })
})

describe("redeliveries", () => {
  it("a change has the same key when redelivered, whatever the order of its fields, and another key otherwise", () => {
    const again = parseWebhook(RAW).comments[0]?.key
    expect(parseWebhook(Buffer.from(RAW)).comments[0]?.key).toBe(again)
    const reordered = Object.fromEntries(Object.entries(REPLY).reverse())
    expect(changeKey(PAGE_ID, reordered)).toBe(changeKey(PAGE_ID, REPLY))
    expect(changeKey(PAGE_ID, EDITED)).not.toBe(changeKey(PAGE_ID, { ...EDITED, message: "Bài viết dở!" }))
    expect(changeKey(PAGE_ID, REPLY)).not.toBe(changeKey("108000000000002", REPLY))
    expect(changeKey(PAGE_ID, REACTION)).not.toContain("25000000000000003") // no personal data in the key
  })

  it("handling the same delivery twice adds nothing: keys are seen, Activity ids are stable", () => {
    const deduper = createChangeDeduper()
    const body = delivery(STATUS, REPLY, REACTION)
    const now = Date.parse("2026-01-01T08:00:00+07:00")
    const first = parseWebhook(body, { pages: [PAGE], people: { "25000000000000003": "gv-0001" } })
    const second = parseWebhook(body, { pages: [PAGE], people: { "25000000000000003": "gv-0001" } })
    expect(first.comments.map((event) => deduper.firstSeen(event.key, now))).toEqual([true])
    expect(second.comments.map((event) => deduper.firstSeen(event.key, now + 60_000))).toEqual([false])
    expect(second.activities).toEqual(first.activities)
  })

  it("the deduper forgets a key after its window (48 h by default, longer than Meta's 36 h of retries) and keeps at most maxKeys", () => {
    const deduper = createChangeDeduper()
    expect(deduper.firstSeen("k", 0)).toBe(true)
    expect(deduper.firstSeen("k", 36 * 3_600_000)).toBe(false)
    expect(deduper.firstSeen("k", 48 * 3_600_000)).toBe(true)
    const small = createChangeDeduper({ maxKeys: 3 })
    for (const key of ["a", "b", "c", "d"]) small.firstSeen(key, 1)
    expect(small.size()).toBe(3)
    expect(small.firstSeen("a", 2)).toBe(true) // the oldest went first
  })
})

describe("handleWebhook, framework-free", () => {
  const options = { appSecret: SECRET, verifyToken: "hoabinh-verify-token", pages: [PAGE] }

  it("answers the GET handshake", () => {
    const response = handleWebhook({ method: "GET", url: "/webhooks/facebook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=hoabinh-verify-token", headers: {} }, options)
    expect([response.status, response.body]).toEqual([200, "1158201444"])
  })

  it("accepts the signed fixture with 200 and its delivery; headers in any case, Headers or Node's record", () => {
    const fromNode = handleWebhook({ method: "POST", url: "/webhooks/facebook", headers: { "x-hub-signature-256": SIGNATURE }, body: RAW }, options)
    expect(fromNode.status).toBe(200)
    expect(fromNode.delivery?.comments[0]?.comment.message).toBe("Bài viết rất hay!")
    const fromWeb = handleWebhook({ method: "post", url: "/", headers: new Headers({ "X-Hub-Signature-256": SIGNATURE }), body: RAW }, options)
    expect(fromWeb.status).toBe(200)
  })

  it("rejects the tampered copy with 403 and parses nothing", () => {
    const tampered = Buffer.from(RAW.toString("latin1").replace("1200000000000001", "1200000000000666"), "latin1")
    const response = handleWebhook({ method: "POST", url: "/", headers: { "x-hub-signature-256": SIGNATURE }, body: tampered }, options)
    expect(response.status).toBe(403)
    expect(response.delivery).toBeUndefined()
    expect(handleWebhook({ method: "POST", url: "/", headers: {}, body: RAW }, options).status).toBe(403)
  })

  it("answers 200 to a signed body it cannot read (so Meta does not resend it for 36 hours), with the issue", () => {
    const body = "not json"
    const response = handleWebhook({ method: "POST", url: "/", headers: { "x-hub-signature-256": sign(body) }, body }, options)
    expect(response.status).toBe(200)
    expect(response.delivery?.issues[0]?.code).toBe("invalid-json")
  })

  it("answers 405 to other methods", () => {
    expect(handleWebhook({ method: "PUT", url: "/", headers: {} }, options).status).toBe(405)
  })
})
