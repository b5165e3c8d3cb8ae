import { describe, expect, it } from "vitest"
import { DEFAULT_MODERATION_CATEGORIES, createModerator, type Classifier, type ModerationResult } from "../src/index.js"
import { DETECTED, TEST_POLICY } from "./matchingFixtures.js"

const moderator = createModerator(TEST_POLICY)

const terms = (result: ModerationResult): Array<string> => result.matches.map((match) => match.term)
const actionsOf = (result: ModerationResult): Array<string> => result.actions.map((planned) => `${planned.action}:${planned.category}`)

describe("finding terms", () => {
  it("finds a term as written and points at it in the original text", () => {
    const text = "Các bạn ơi, đây là tin giả!"
    const [match] = moderator.check(text).matches
    expect(match).toMatchObject({ term: "tin giả", category: "fake", view: "accented", diacritics: "as-written", text: "tin giả" })
    expect(text.slice(match?.start, match?.end)).toBe("tin giả")
  })

  it("a disguised term points at the whole disguise", () => {
    const text = "Đây là T.I.N  G.I.Ả, đừng tin"
    const match = moderator.check(text).matches[0]
    expect(match?.text).toBe("T.I.N  G.I.Ả")
    expect(text.slice(match?.start, match?.end)).toBe("T.I.N  G.I.Ả")
  })

  it.each([
    ["upper case", "TIN GIẢ"],
    ["decomposed", "tin gia\u0309"],
    ["zero-width", "t\u200Bi\u200Bn g\u200Bi\u200Bả"],
    ["dotted", "t.i.n g.i.ả"],
    ["spaced", "t i n g i ả"],
    ["Cyrillic", "tіn gіả"],
    ["full-width", "ｔｉｎ ｇｉả"],
    ["leetspeak", "t1n g1ả"],
    ["stretched", "tinnnn giảaaa"],
    ["teencode", "tin jả"],
  ])("finds tin giả written %s", (_, written) => {
    const text = `Mọi người ơi, ${written} kìa, nhà trường xem lại giúp`
    const result = moderator.check(text)
    expect(terms(result)).toContain("tin giả")
    const match = result.matches.find((m) => m.term === "tin giả")
    expect(text.slice(match?.start, match?.end)).toBe(written)
  })

  it("mixed separators: s.ai s-ự t h ậ t is sai sự thật", () => {
    const text = "Bài đó s.ai s-ự t h ậ t hoàn toàn"
    const match = moderator.check(text).matches[0]
    expect(match?.term).toBe("sai sự thật")
    expect(match?.text).toBe("s.ai s-ự t h ậ t")
  })

  it("spelt out with spaces, a phrase is found in the skeleton view", () => {
    const match = moderator.check("viết t i n g i ả nên hỏi lại").matches[0]
    expect(match?.view).toBe("skeleton")
    expect(match?.text).toBe("t i n g i ả")
  })

  it("the skeleton only matches at the edges of runs of letters", () => {
    // "thông tin giả" run together is still found; letters inside a longer run are not
    expect(terms(moderator.check("xyztingiả"))).toEqual([])
    expect(terms(moderator.check("tingiả"))).toEqual(["tin giả"])
  })

  it("a tone on another vowel is the same word: hoà bình giả tạo", () => {
    const match = moderator.check("Cái gọi là hoà bình giả tạo").matches[0]
    expect(match).toMatchObject({ term: "hòa bình giả tạo", view: "folded", diacritics: "tone-placement" })
  })
})

describe("word boundaries", () => {
  it("phòng học never matches phò", () => {
    expect(moderator.check("Phòng học mới của trường").matches).toEqual([])
  })

  it("nguồn tin never matches ngu, nor nguội, nguy", () => {
    expect(moderator.check("Theo nguồn tin chính thức, cơm nguội không nguy hiểm").matches).toEqual([])
  })

  it("a term inside another word is not found, in any view", () => {
    expect(moderator.check("ngung học, ngụ ý, Nguyễn Văn A").matches).toEqual([])
  })

  it("a term between punctuation is found", () => {
    expect(terms(moderator.check("(ngu)."))).toEqual(["ngu"])
  })
})

describe("collision words are never matched in text typed with diacritics", () => {
  it.each([
    ["các/cặc", "Chúc các em học sinh có một năm học thật vui"],
    ["buổi/buồi", "Buổi học hôm nay rất bổ ích"],
    ["điểm/điếm", "Con được điểm cao môn toán, điểm thi cũng tốt"],
    ["đi/đĩ", "Sáng mai các con đi học sớm nhé"],
    ["lớn/lồn", "Các con lớn lên sẽ hiểu công lao thầy cô"],
    ["ngủ/ngu", "Giờ ngủ trưa của các bé mầm non"],
    ["đủ/đụ", "Em đã nộp đủ hồ sơ chưa ạ"],
    ["phó/phò", "Thầy phó hiệu trưởng phát biểu"],
    ["du lịch", "Chuyến du lịch hè của giáo viên"],
    ["lon nước", "Mỗi em một lon nước ngọt"],
    ["phòng học", "Phòng học được sửa lại"],
    ["nguồn tin", "Nguồn tin từ Sở GD&ĐT"],
  ])("%s", (_, text) => {
    const result = moderator.check(text)
    expect(result.matches).toEqual([])
    expect(result.actions).toEqual([])
  })

  it("a span typed with other diacritics is another word: các is not cặc even folded", () => {
    expect(moderator.check("Các bạn").matches).toEqual([])
    expect(moderator.check("đi đâu đó").matches).toEqual([])
  })
})

describe("fold policies", () => {
  it("accented-only: cặc matches only as written, never folded", () => {
    expect(terms(moderator.check("cặc"))).toEqual(["cặc"])
    expect(moderator.check("cac").matches).toEqual([])
    expect(moderator.check("cac gi vay").matches).toEqual([])
  })

  it("unaccented-writer: lon in text typed without diacritics is found, for review, never hidden", () => {
    const result = moderator.check("may la do lon")
    expect(result.matches[0]).toMatchObject({ term: "lồn", view: "folded", diacritics: "none", review: true, reviewReason: "unaccented-writer" })
    expect(result.review).toBe(true)
    expect(result.actions.map((a) => a.action)).not.toContain("hide")
    expect(result.heldForReview).toMatchObject([{ action: "hide", category: "offensive", reasons: ["unaccented-writer"] }])
  })

  it("unaccented-writer: a single syllable typed without diacritics inside accented text is not found", () => {
    expect(moderator.check("Mỗi em một lon nhỏ").matches).toEqual([])
  })

  it("unaccented-writer: as written it is a plain match, hidden", () => {
    const result = moderator.check("đồ lồn")
    expect(result.matches[0]).toMatchObject({ term: "lồn", review: false })
    expect(actionsOf(result)).toContain("hide:offensive")
  })

  it("any: a phrase typed without diacritics in text typed so goes to review", () => {
    const result = moderator.check("day la tin gia")
    expect(result.matches[0]).toMatchObject({ term: "tin giả", diacritics: "none", writerDiacritics: false, reviewReason: "unaccented-text" })
    expect(result.heldForReview.map((held) => held.category)).toEqual(["fake"])
    expect(actionsOf(result)).toEqual(["rebut:fake"])
  })

  it("any: inside accented text, a phrase whose syllables cannot be toneless Vietnamese was stripped on purpose", () => {
    const result = moderator.check("Bài này sai su that, mọi người đừng tin")
    expect(result.matches[0]).toMatchObject({ term: "sai sự thật", diacritics: "none", review: false })
    expect(actionsOf(result)).toContain("hide:fake")
  })

  it("any: inside accented text, a toneless phrase that may be other words goes to review (thông tin gia đình)", () => {
    const result = moderator.check("Thông tin gia đình học sinh")
    expect(result.matches[0]).toMatchObject({ term: "tin giả", reviewReason: "unaccented-span" })
    expect(actionsOf(result)).not.toContain("hide:fake")
  })

  it("a one-syllable term without diacritics of its own is ambiguous in text typed without any (ngu may be ngủ)", () => {
    const result = moderator.check("di ngu thoi")
    expect(result.matches[0]).toMatchObject({ term: "ngu", reviewReason: "ambiguous-unaccented" })
    expect(actionsOf(result)).not.toContain("hide:insult")
    expect(moderator.check("Mày ngu thế").matches[0]).toMatchObject({ term: "ngu", review: false })
  })
})

describe("the allow-list", () => {
  it("a match inside an allowed phrase is dropped, typed with or without diacritics", () => {
    expect(moderator.check("cac ban oi").matches).toEqual([])
    expect(moderator.check("Nghe nói chuyện hay lắm").matches).toEqual([])
  })

  it("a match that only overlaps an allowed phrase is kept: nguồn tin giả", () => {
    expect(terms(moderator.check("Đây là nguồn tin giả mạo"))).toEqual(["tin giả"])
  })
})

describe("categories", () => {
  it.each([
    ["fake", "Bài viết bịa đặt về nhà trường"],
    ["unverified", "Nghe đồn trường sắp sáp nhập"],
    ["insult", "Thằng đó mất dạy"],
    ["teacher-ethics", "Cô giáo lớp 5A ép học thêm"],
    ["offensive", "Xem clip nóng tại đây"],
    ["hostile", "Bọn phản động lại xuyên tạc"],
    ["spam", "Vay tiền nhanh lãi thấp"],
    ["school-violence", "Học sinh bị đánh hội đồng trước cổng trường"],
  ])("%s", (category, text) => {
    expect(moderator.check(text).categories).toEqual([category])
  })

  it("categories come in the policy's order, each once", () => {
    const result = moderator.check("Vay tiền nhanh, đây là tin giả, đồ ngu")
    expect(result.categories).toEqual(["fake", "insult", "spam"])
    expect(result.severity).toBe(2)
  })

  it("a clean text has nothing", () => {
    expect(moderator.check("Chúc mừng thầy cô nhân ngày Nhà giáo Việt Nam 20/11")).toMatchObject({
      categories: [],
      matches: [],
      actions: [],
      review: false,
      heldForReview: [],
      severity: 0,
      typedWithoutDiacritics: false,
    })
  })
})

describe("actions and their deadlines", () => {
  it("the policy's actions, in order, each with the SLAs that apply to it", () => {
    const result = moderator.check("Đồ ngu", { at: DETECTED })
    expect(result.actions).toEqual([
      { action: "hide", category: "insult", slas: [{ id: "hide-within-1h", hours: 1, from: "detected", deadline: "2024-11-12T21:15:00.000+07:00" }, { id: "complaint", hours: 48, from: "complaint" }] },
      { action: "report-account", category: "insult", slas: [{ id: "complaint", hours: 48, from: "complaint" }] },
    ])
  })

  it("deadlines are written in the policy's zone whatever the machine's (+07:00)", () => {
    const result = moderator.check("Đồ ngu", { now: Date.parse("2024-11-12T23:30:00Z") })
    expect(result.actions[0]?.slas[0]?.deadline).toBe("2024-11-13T07:30:00.000+07:00")
  })

  it("without an instant there are no deadlines, only hours", () => {
    expect(moderator.check("Đồ ngu").actions[0]?.slas[0]).toEqual({ id: "hide-within-1h", hours: 1, from: "detected" })
  })

  it("the complaint and authority-request clocks start at their events", () => {
    const result = moderator.check("Xem clip nóng", {
      at: DETECTED,
      events: { complaint: "2024-11-13T08:00:00+07:00", "authority-request": "2024-11-13T10:00:00+07:00" },
    })
    expect(result.actions[0]?.slas).toEqual([
      { id: "hide-within-1h", hours: 1, from: "detected", deadline: "2024-11-12T21:15:00.000+07:00" },
      { id: "authority-request", hours: 24, from: "authority-request", deadline: "2024-11-14T10:00:00.000+07:00" },
    ])
  })

  it("teacher ethics is always reviewed and never hidden: it may be a legitimate grievance", () => {
    const result = moderator.check("Thầy chủ nhiệm nhận phong bì của phụ huynh")
    expect(result.review).toBe(true)
    expect(result.reviews).toEqual([{ category: "teacher-ethics", reasons: ["category"] }])
    expect(actionsOf(result)).toEqual(["escalate-internal:teacher-ethics"])
  })

  it("hostile content is escalated, and its hide waits for a human", () => {
    const result = moderator.check("Kêu gọi chống phá nhà nước", { at: DETECTED })
    expect(actionsOf(result)).toEqual(["escalate-authorities:hostile"])
    expect(result.heldForReview).toEqual([
      { action: "hide", category: "hostile", reasons: ["category"], slas: [{ id: "authority-request", hours: 24, from: "authority-request" }] },
    ])
  })

  it("a confident match of a category lets its hide through even beside a review match", () => {
    const result = moderator.check("do ngu, thang ngu")
    expect(result.matches.every((match) => match.review)).toBe(true)
    const confident = moderator.check("Đồ ngu, thằng ngu")
    expect(actionsOf(confident)).toContain("hide:insult")
  })

  it("a policy without categories uses the defaults", () => {
    const bare = createModerator({ lexicon: [{ term: "tin giả", category: "fake" }] })
    expect(actionsOf(bare.check("tin giả"))).toEqual(["hide:fake", "rebut:fake", "escalate-authorities:fake"])
    expect(bare.categories.map((rule) => rule.id)).toEqual(DEFAULT_MODERATION_CATEGORIES.map((rule) => rule.id))
  })
})

describe("spam signals", () => {
  it("a link to an untrusted host and a new account make spam", () => {
    const result = moderator.check("Xem thêm tại bit.ly/abc123", { author: { accountAgeDays: 2 } })
    expect(result.signals).toEqual([
      { signal: "link", detail: "bit.ly" },
      { signal: "new-account", detail: "2" },
    ])
    expect(result.categories).toEqual(["spam"])
    expect(actionsOf(result)).toEqual(["hide:spam", "report-account:spam"])
  })

  it("links attached in the context count, trusted hosts and their subdomains do not", () => {
    const trusted = moderator.check("Thông báo", { links: ["https://csdl.hoabinh.edu.vn/tin-tuc"], author: { accountAgeDays: 1 } })
    expect(trusted.signals).toEqual([{ signal: "new-account", detail: "1" }])
    expect(trusted.categories).toEqual([])
    const attached = moderator.check("Thông báo", { links: ["https://vay-nhanh.example.com/x"], author: { priorViolations: 3 } })
    expect(attached.categories).toEqual(["spam"])
  })

  it("one signal alone is reported but is not spam", () => {
    const result = moderator.check("Chi tiết ở https://example.org/bai-viet")
    expect(result.signals).toEqual([{ signal: "link", detail: "example.org" }])
    expect(result.categories).toEqual([])
  })

  it("a repeat offender is a signal", () => {
    expect(moderator.check("ok", { author: { priorViolations: 5, accountAgeDays: 3 } }).signals.map((s) => s.signal)).toEqual([
      "new-account",
      "repeat-offender",
    ])
  })
})

describe("classifiers", () => {
  const model: Classifier = {
    id: "test-model",
    classify: (text) => (text.includes("bắt nạt") ? [{ category: "insult", score: 0.93 }, { category: "spam", score: 0.2 }] : []),
  }
  const withModel = createModerator(TEST_POLICY, { classifiers: [model], threshold: 0.85 })

  it("scores are returned; one at the threshold or above adds its category, for review", () => {
    const result = withModel.check("Nó bắt nạt bạn cùng lớp suốt")
    expect(result.scores).toEqual([
      { classifier: "test-model", category: "insult", score: 0.93 },
      { classifier: "test-model", category: "spam", score: 0.2 },
    ])
    expect(result.categories).toEqual(["insult"])
    expect(result.review).toBe(true)
    expect(result.reviews).toEqual([{ category: "insult", reasons: ["classifier"] }])
    expect(actionsOf(result)).toEqual(["report-account:insult"])
    expect(result.heldForReview.map((held) => held.action)).toEqual(["hide"])
  })

  it("the model sees the context", () => {
    const seen: Array<unknown> = []
    const spy = createModerator(TEST_POLICY, { classifiers: [{ id: "spy", classify: (_, context) => (seen.push(context.kind), []) }] })
    spy.check("xin chào", { kind: "comment" })
    expect(seen).toEqual(["comment"])
  })

  /** A model behind HTTP: answers after a delay. */
  const hosted = (delayMs: number): Classifier => ({
    id: "hosted",
    classify: (text) =>
      new Promise((resolve) => setTimeout(() => resolve(text.includes("bắt nạt") ? [{ category: "insult", score: 0.9 }] : []), delayMs)),
  })

  it("checkAsync waits for a model that answers later, with the same verdict as a model that answers at once", async () => {
    const text = "Nó bắt nạt bạn cùng lớp suốt"
    const later = await createModerator(TEST_POLICY, { classifiers: [hosted(5)], threshold: 0.85 }).checkAsync(text)
    const atOnce = createModerator(TEST_POLICY, {
      classifiers: [{ id: "hosted", classify: () => [{ category: "insult", score: 0.9 }] }],
      threshold: 0.85,
    }).check(text)
    expect(later).toEqual(atOnce)
    expect(later.review).toBe(true)
    expect(await withModel.checkAsync(text)).toEqual(withModel.check(text))
  })

  it("overlapping checkAsync calls keep each text's own matches and diacritics state", async () => {
    const moderator = createModerator(TEST_POLICY, { classifiers: [hosted(10)] })
    const [first, second] = await Promise.all([moderator.checkAsync("Đây là tin giả, bắt nạt"), moderator.checkAsync("day la tin gia")])
    expect(first.matches.map((match) => match.term)).toEqual(["tin giả"])
    expect(first.typedWithoutDiacritics).toBe(false)
    expect(second.typedWithoutDiacritics).toBe(true)
    expect(second.categories).toEqual(createModerator(TEST_POLICY).check("day la tin gia").categories)
  })

  it("check refuses a model that answers with a promise instead of dropping its scores", () => {
    const moderator = createModerator(TEST_POLICY, { classifiers: [hosted(1)] })
    expect(() => moderator.check("xin chào")).toThrow(/checkAsync/)
  })

  it("a model that fails rejects checkAsync with its id; a model that answers something other than an array is named too", async () => {
    const failing = createModerator(TEST_POLICY, {
      classifiers: [{ id: "down", classify: () => Promise.reject(new Error("503")) }],
    })
    await expect(failing.checkAsync("xin chào")).rejects.toThrow(/"down"/)
    const odd = createModerator(TEST_POLICY, {
      classifiers: [{ id: "odd", classify: () => ({ insult: 0.9 }) as unknown as ReadonlyArray<never> }],
    })
    expect(() => odd.check("xin chào")).toThrow(/"odd"/)
  })
})

describe("createModerator", () => {
  it("accepts a whole policy document and takes its time zone", () => {
    const fromDocument = createModerator({ id: "test", version: "1.0.0", timeZone: "Asia/Ho_Chi_Minh", moderation: TEST_POLICY })
    expect(fromDocument.timeZone).toBe("Asia/Ho_Chi_Minh")
    expect(fromDocument.check("tin giả").categories).toEqual(["fake"])
  })

  it("a document without a moderation section gets the defaults", () => {
    expect(createModerator({ id: "x", version: "1" }).check("tin giả").categories).toEqual([])
  })

  /** The issues of the RangeError `build` throws. */
  const issuesOf = (build: () => unknown): Array<string> => {
    try {
      build()
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError)
      return (error as { issues: Array<{ path: string }> }).issues.map((issue) => issue.path)
    }
    throw new Error("expected a RangeError")
  }

  it("rejects an invalid policy with a RangeError listing every schema problem with its path", () => {
    const invalid = { lexicon: [{ term: "   ", category: "fake" }, { term: "tin giả", category: "Fake News" }], spam: { threshold: 0 } }
    expect(issuesOf(() => createModerator(invalid))).toEqual(["lexicon[0].term", "lexicon[1].category", "spam.threshold"])
    expect(() => createModerator(invalid)).toThrow(/lexicon\[0\]\.term/)
  })

  it("then cross-checks: unknown SLAs and categories, terms with nothing to match", () => {
    const invalid = {
      lexicon: [
        { term: "tin giả", category: "rumour" },
        { term: "...", category: "fake" },
      ],
      allow: ["!!!"],
      categories: [{ id: "fake", title: { vi: "Tin giả" }, actions: ["hide" as const], slas: ["nowhere"] }],
    }
    expect(issuesOf(() => createModerator(invalid))).toEqual(["categories[0].slas[0]", "lexicon[0].category", "lexicon[1].term", "allow[0]"])
  })

  it("paths of a document's problems start at moderation", () => {
    expect(() => createModerator({ moderation: { lexicon: [{ term: "x", category: "nope" }] } })).toThrow(/moderation\.lexicon\[0\]\.category/)
  })

  it("rejects a bad threshold or time zone", () => {
    expect(() => createModerator(TEST_POLICY, { threshold: 2 })).toThrow(/threshold/)
    expect(() => createModerator(TEST_POLICY, { timeZone: "Mars/Olympus" })).toThrow(/time zone/)
  })

  it("check needs a string and a valid instant", () => {
    expect(() => moderator.check(42 as unknown as string)).toThrow(TypeError)
    expect(() => moderator.check("ok", { at: "not a date" })).toThrow(RangeError)
  })
})
