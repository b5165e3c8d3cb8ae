import { Effect } from "effect"
import fc from "fast-check"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { quoteUnsafeIntegers } from "../src/internal/json.js"
import { articleActivities, classifyZaloCode, createZaloClient, isRetryable, memoryTokenStore, type ZaloError } from "../src/index.js"
import { startFakeZalo, type FakeZalo } from "./support/FakeZaloServer.js"
import { clientOptions, clockAt, failureOf, runWith, seededPair, valueOf } from "./support/run.js"

let fake: FakeZalo
beforeEach(async () => {
  fake = await startFakeZalo()
})
afterEach(async () => {
  await fake.close()
})

const run = <A>(program: Parameters<typeof runWith<A, ZaloError>>[1], lines: Array<string> = []) =>
  runWith(clientOptions(fake, clockAt()), program, lines)

describe("error classes (platform-apis.md §2.5, §2.7)", () => {
  it.each([
    [-216, "refresh-token"],
    [-220, "refresh-token"],
    [-124, "refresh-token"],
    [-204, "configuration"],
    [-209, "configuration"],
    [-212, "configuration"],
    [-223, "configuration"],
    [-135, "configuration"],
    [-32, "back-off"],
    [-214, "back-off"],
    [-144, "back-off"],
    [-133, "back-off"],
    [-230, "payload"],
    [-213, "payload"],
    [-108, "payload"],
    [-237, "payload"],
    [-99999, "payload"],
  ] as const)("code %i is %s", (code, kind) => {
    expect(classifyZaloCode(code)).toBe(kind)
  })
})

describe("Zalo's envelope: error != 0 with HTTP 200", () => {
  it("is a typed error with Zalo's code, a Vietnamese message and no token", async () => {
    fake.failNext("/v3.0/oa/message/cs", -230, 1, "User has not interacted with the OA in the past 7 days")
    const error = failureOf(await run((zalo) => zalo.sendConsultation({ userId: "2468458835296197922", text: "Nhắc việc" })))
    expect(error._tag).toBe("ZaloPayloadError")
    expect(error.code).toBe(-230)
    expect(error.message).toBe(
      "Zalo (gửi tin nhắn tư vấn): người dùng không tương tác với Official Account trong 7 ngày qua (mã lỗi -230). Không gửi lại tin này.",
    )
    expect(error.zaloMessage).toBe("User has not interacted with the OA in the past 7 days")
    expect(JSON.stringify(error)).not.toContain(fake.initialPair.accessToken)
  })

  it("a -32 rate limit is retried on the schedule, then the call succeeds", async () => {
    fake.failNext("/v3.0/oa/user/getlist", -32, 2)
    fake.addFollowers([{ user_id: "4572947693969771653" }])
    expect(valueOf(await run((zalo) => zalo.allFollowers))).toEqual(["4572947693969771653"])
    expect(fake.requests().filter((request) => request.route === "GET /v3.0/oa/user/getlist")).toHaveLength(3)
  })

  it("a -32 that outlasts the retries is a ZaloBackoffError to retry soon", async () => {
    fake.failNext("/v2.0/oa/getoa", -32, 10)
    const error = failureOf(await run((zalo) => zalo.oaInfo))
    expect(error._tag).toBe("ZaloBackoffError")
    expect(error._tag === "ZaloBackoffError" && error.retry).toBe("soon")
    expect(isRetryable(error)).toBe(true)
    expect(fake.requests()).toHaveLength(4) // 1 + 3 retries
  })

  it("a configuration error is never retried", async () => {
    fake.failNext("/v2.0/oa/getoa", -212, 5)
    const error = failureOf(await run((zalo) => zalo.oaInfo))
    expect(error._tag).toBe("ZaloConfigurationError")
    expect(fake.requests()).toHaveLength(1)
  })

  it("no server at the address is a retryable ZaloTransportError", async () => {
    const { baseUrl } = fake
    await fake.close()
    const error = failureOf(
      await runWith({ ...clientOptions(fake, clockAt()), baseUrls: { oauth: baseUrl, openApi: baseUrl, business: baseUrl } }, (zalo) => zalo.oaInfo),
    )
    expect(error._tag).toBe("ZaloTransportError")
    expect(error._tag === "ZaloTransportError" && error.retryable).toBe(true)
    fake = await startFakeZalo()
  })
})

describe("ids stay strings", () => {
  it("a 19-digit id sent as a bare number is read digit for digit", async () => {
    const body = '{"error":0,"message":"Success","data":{"total":1,"count":1,"offset":0,"users":[{"user_id":2468458835296197922}]}}'
    const zalo = createZaloClient({
      ...clientOptions(fake, clockAt(), memoryTokenStore(seededPair(fake))),
      fetch: async () => new Response(body, { status: 200, headers: { "content-type": "application/json" } }),
    })
    expect(await zalo.allFollowers()).toEqual(["2468458835296197922"])
    // What JSON.parse alone would give: another user.
    expect(String(JSON.parse(body).data.users[0].user_id)).toBe("2468458835296198000")
  })

  it("quoting turns exactly the unsafe integer literals into strings of their digits, in any JSON", () => {
    // JSON.stringify writes a number as String(number): the digits the quoting keeps.
    const expected = (text: string): unknown =>
      JSON.parse(text, (_key, value: unknown) =>
        typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value) && !/e/i.test(String(value))
          ? String(value)
          : value,
      )
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value)
        expect(JSON.parse(quoteUnsafeIntegers(text))).toEqual(expected(text))
      }),
    )
  })

  it("quotes only integers beyond 2^53 outside strings", () => {
    expect(quoteUnsafeIntegers('{"a":9007199254740993,"b":"9007199254740993","c":-12345678901234567890,"d":1.5e300,"e":42}')).toBe(
      '{"a":"9007199254740993","b":"9007199254740993","c":"-12345678901234567890","d":1.5e300,"e":42}',
    )
  })
})

describe("articles of the Sở's OA", () => {
  it("creates with status show, verifies while Zalo answers -214, and returns the id", async () => {
    fake.articleProcessing(2)
    const { id } = valueOf(
      await run((zalo) =>
        zalo.publishArticle({
          title: "Ngày hội đọc sách 2024",
          author: "Sở GD&ĐT",
          description: "Lan tỏa văn hóa đọc",
          coverPhotoUrl: "https://photo.example/cover.jpg",
          body: [{ type: "text", content: "Nội dung" }],
        }),
      ),
    )
    expect(id).toBe("9f3c5a1b7e2d4c6a8b0e")
    expect(fake.requests().filter((request) => request.route === "POST /v2.0/article/verify")).toHaveLength(3)
  })

  it("refuses a title longer than 150 characters before any request", async () => {
    const error = failureOf(
      await run((zalo) => zalo.createArticle({ title: "x".repeat(151), description: "", coverPhotoUrl: "", body: [] })),
    )
    expect(error._tag).toBe("ZaloPayloadError")
    expect(fake.requests()).toHaveLength(0)
  })

  it("lists every page of getslice and maps published articles to Activities", async () => {
    const at = Date.parse("2024-11-12T09:00:00+07:00")
    fake.addArticles(
      Array.from({ length: 23 }, (_, i) => ({
        id: `a${String(i).padStart(19, "0")}`,
        type: "normal",
        title: `Bài ${i}`,
        status: i === 5 ? "hide" : "show",
        total_view: i,
        total_share: 0,
        create_date: at + i * 60_000,
        update_date: at + i * 60_000,
        link_view: `https://zalo.example/s/${i}/`,
      })),
    )
    const articles = valueOf(await run((zalo) => zalo.allArticles()))
    expect(articles).toHaveLength(23)
    const activities = articleActivities(articles, { unit: "so-gddt", channel: "zalo-oa-so-gddt" })
    expect(activities).toHaveLength(22)
    expect(activities[0]).toEqual({
      id: "zalo:article:a0000000000000000000",
      kind: "article",
      unit: "so-gddt",
      channel: "zalo-oa-so-gddt",
      at: "2024-11-12T09:00:00.000+07:00",
      url: "https://zalo.example/s/0/",
    })
  })
})

describe("followers, consultation, ZNS and groups", () => {
  it("reads followers page by page (50 at most) and their details", async () => {
    fake.addFollowers(
      Array.from({ length: 120 }, (_, i) => ({
        user_id: `45729476939697${String(i).padStart(5, "0")}`,
        display_name: `Người dùng ${i}`,
        user_is_follower: true,
        user_last_interaction_date: "12/11/2024",
        shared_info: { phone: "84301234567" },
      })),
    )
    const ids = valueOf(await run((zalo) => zalo.allFollowers))
    expect(ids).toHaveLength(120)
    expect(fake.requests().filter((request) => request.route === "GET /v3.0/oa/user/getlist")).toHaveLength(3)
    const user = valueOf(await run((zalo) => zalo.userDetail(ids[0] as string)))
    expect(user).toMatchObject({ userId: "4572947693969700000", lastInteractionDate: "2024-11-12", phone: "84301234567" })
  })

  it("sends a consultation message; a text over 2000 characters is refused before sending", async () => {
    fake.setInteracting(["2468458835296197922"])
    const sent = valueOf(await run((zalo) => zalo.sendConsultation({ userId: "2468458835296197922", text: "Nhắc: nộp báo cáo tuần trước 17h" })))
    expect(sent.userId).toBe("2468458835296197922")
    const error = failureOf(await run((zalo) => zalo.sendConsultation({ userId: "2468458835296197922", text: "x".repeat(2001) })))
    expect(error._tag).toBe("ZaloPayloadError")
    expect(fake.consultations()).toHaveLength(1)
  })

  it("sends a template to the 84… form with the tracking id, and reports the quota", async () => {
    const sent = valueOf(
      await run((zalo) =>
        zalo.sendTemplate({ phone: "030 123 4567", templateId: "7895417a7d3f9461cd2e", templateData: { ten_can_bo: "Lê Văn C" }, trackingId: "lt-1" }),
      ),
    )
    expect(fake.templates()[0]).toMatchObject({ phone: "84301234567", trackingId: "lt-1" })
    expect(sent.quota).toEqual({ dailyQuota: 10_000, remainingQuota: 9_999 })
    expect(valueOf(await run((zalo) => zalo.templateQuota))).toEqual({ dailyQuota: 10_000, remainingQuota: 9_999 })
  })

  it("-144 (daily quota) is a back-off until tomorrow, not retried", async () => {
    fake.setQuota(0)
    const error = failureOf(
      await run((zalo) => zalo.sendTemplate({ phone: "0301234567", templateId: "t", templateData: {}, trackingId: "lt-1" })),
    )
    expect(error._tag === "ZaloBackoffError" && error.retry).toBe("tomorrow")
    expect(fake.requests()).toHaveLength(1)
  })

  it("refuses a number that is not Vietnamese, and a tracking id over 48 characters, before sending", async () => {
    const phone = failureOf(await run((zalo) => zalo.sendTemplate({ phone: "+1 202 555 0100", templateId: "t", templateData: {}, trackingId: "x" })))
    const tracking = failureOf(await run((zalo) => zalo.sendTemplate({ phone: "0301234567", templateId: "t", templateData: {}, trackingId: "x".repeat(49) })))
    expect([phone._tag, tracking._tag]).toEqual(["ZaloPayloadError", "ZaloPayloadError"])
    expect(phone.message).not.toContain("202")
    expect(fake.requests()).toHaveLength(0)
  })

  it("strips mentions from group text, and mentions the whole group when asked", async () => {
    valueOf(
      await run((zalo) =>
        Effect.zip(
          zalo.sendGroupMessage({ groupId: "7967320986128691935", text: "Chào [@123456] mọi người" }),
          zalo.sendGroupMessage({ groupId: "7967320986128691935", text: "Nhắc họp giao ban 8h sáng mai", mentionAll: true }),
        ),
      ),
    )
    expect(fake.groupMessages().map((message) => message.text)).toEqual([
      "Chào  mọi người",
      "[@7967320986128691935] Nhắc họp giao ban 8h sáng mai",
    ])
  })

  it("a disabled group (-237) is fatal for that message", async () => {
    fake.failNext("/v3.0/oa/group/message", -237)
    const error = failureOf(await run((zalo) => zalo.sendGroupMessage({ groupId: "1", text: "x" })))
    expect([error._tag, error.code]).toEqual(["ZaloPayloadError", -237])
  })
})

describe("the Promise client", () => {
  it("resolves with values and rejects with the tagged error itself", async () => {
    fake.failNext("/v2.0/oa/getoa", -223)
    const zalo = createZaloClient(clientOptions(fake, clockAt()))
    await expect(zalo.oaInfo()).rejects.toMatchObject({ _tag: "ZaloConfigurationError", code: -223 })
    await expect(zalo.oaInfo()).resolves.toMatchObject({ oaId: "388613280878808645" })
  })
})
