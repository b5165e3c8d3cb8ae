import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { createModerator, normalizeForMatching } from "../src/index.js"
import { TEST_LEXICON, TEST_POLICY } from "./matchingFixtures.js"

const moderator = createModerator(TEST_POLICY)

// ── generators ──────────────────────────────────────────────────────────────

const VIETNAMESE = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"]
const NOISE = [..."  .,-_*!?@$0123456789\u200B\u00AD\u0301\u0323\u031BĐÂÊÔƯАЕОРСХｔｉｎ😀"]

/** Text made of Vietnamese letters, separators, digits, marks, look-alikes, zero-width characters. */
const messyText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VIETNAMESE) }, { weight: 1, arbitrary: fc.constantFrom(...NOISE) }), { maxLength: 60 })
  .map((chars) => chars.join(""))

/** A word, upper-cased or not, composed or decomposed. */
const word = (words: ReadonlyArray<string>) =>
  fc.tuple(fc.constantFrom(...words), fc.boolean(), fc.boolean()).map(([w, upper, nfd]) => {
    const cased = upper ? w.toUpperCase() : w
    return nfd ? cased.normalize("NFD") : cased
  })

const CYRILLIC: Readonly<Record<string, string>> = { a: "а", e: "е", o: "о", c: "с", p: "р", x: "х", y: "у", i: "і" }
const LEET: Readonly<Record<string, string>> = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" }
const strip = (text: string): string => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
const eachWord = (term: string, f: (word: string) => string): string => term.split(" ").map(f).join(" ")
const inside = (w: string, f: (char: string) => string): string => {
  const chars = [...w]
  return chars.map((char, i) => (i === 0 || i === chars.length - 1 ? char : f(char))).join("")
}

/** Ways of writing a term, as evaders write them (written for these tests). */
const VARIANTS: Readonly<Record<string, (term: string, pick: number) => string>> = {
  plain: (term) => term,
  upper: (term) => term.toUpperCase(),
  nfd: (term) => term.normalize("NFD"),
  // tone before vowel mark: a different, canonically non-equivalent order that still reads as one letter
  "marks-reordered": (term) => term.normalize("NFD").replace(/([\u0302\u0306\u031B])([\u0300\u0301\u0303\u0309\u0323])/g, "$2$1"),
  "no-diacritics": (term) => strip(term),
  dotted: (term) => eachWord(term, (w) => [...w].join(".")),
  spaced: (term) => [...term.replace(/ /g, "")].join(" "),
  mixed: (term, pick) => eachWord(term, (w) => [...w].map((char, i) => (i === 0 ? char : ["", ".", "-", "_"][(pick + i) % 4] + char)).join("")),
  "zero-width": (term) => eachWord(term, (w) => [...w].join("\u200B")),
  leet: (term) => eachWord(term, (w) => inside(w, (char) => LEET[char] ?? char)),
  cyrillic: (term) => [...term].map((char) => CYRILLIC[char] ?? char).join(""),
  "full-width": (term) => [...term].map((char) => (/[a-z]/.test(char) ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char)).join(""),
  repeated: (term, pick) => {
    const chars = [...term]
    const at = chars.findIndex((char, i) => i >= pick % chars.length && char !== " ")
    return chars.map((char, i) => (i === at ? char.repeat(3 + (pick % 3)) : char)).join("")
  },
  teencode: (term) =>
    eachWord(term, (w) => w.replace(/^ph/, "f").replace(/^qu/, "w").replace(/^gi(?=[aăâeêoôơuư])/u, "j").replace(/c(?!h)/g, "k")),
}

// Carriers: everyday comments, the slot between words of two letters or more.
const CARRIERS = [
  "Mọi người ơi, {x} kìa, nhà trường xem lại giúp với.",
  "Em thấy trên nhóm phụ huynh có người viết {x} nên hỏi lại.",
  "Sao lại có chuyện {x} trong trường mình vậy?",
  "{x} — thật không thể tin nổi.",
  "Phụ huynh lớp con bảo {x}, mong thầy cô trả lời.",
]

// Terms the skeleton can always find: two syllables or more, five letters or more.
const PHRASES = TEST_LEXICON.filter((entry) => entry.term.includes(" ") && entry.term.replace(/ /g, "").length >= 5).map((entry) => entry.term)

/** Letters of the skeleton with runs of one letter read once: what a match must spell. */
const spelling = (text: string): string => normalizeForMatching(text).skeleton.text.replace(/(.)\1+/gu, "$1")

// ── properties ──────────────────────────────────────────────────────────────

describe("normalisation is idempotent", () => {
  it("normalising the accented view gives the accented view; the folded view gives the folded view", () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const n = normalizeForMatching(text)
        expect(normalizeForMatching(n.accented.text).accented.text).toBe(n.accented.text)
        expect(normalizeForMatching(n.folded.text).folded.text).toBe(n.folded.text)
        expect(normalizeForMatching(n.accented.text).skeleton.text).toBe(n.skeleton.text)
      }),
      { numRuns: 2000 },
    )
  })

  it("so does a comment made of Vietnamese words in any case and form", () => {
    const words = ["Các", "bạn", "ơi", "ko", "đc", "tin", "giả", "nguuuu", "h0c", "fải", "t.i.n", "xoong", "cứuuu", "100k", "ok", "kon", "wá"]
    fc.assert(
      fc.property(fc.array(word(words), { maxLength: 12 }), (list) => {
        const n = normalizeForMatching(list.join(" "))
        expect(normalizeForMatching(n.accented.text).accented.text).toBe(n.accented.text)
        expect(normalizeForMatching(n.folded.text).folded.text).toBe(n.folded.text)
      }),
    )
  })
})

describe("offset maps", () => {
  it("every view code unit maps to a non-empty range of the original, in order", () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const n = normalizeForMatching(text)
        for (const view of [n.accented, n.folded, n.skeleton]) {
          expect(view.start.length).toBe(view.text.length)
          const bad = [...view.text].findIndex((_, i) => {
            const start = view.start[i] as number
            const end = view.end[i] as number
            return !(0 <= start && start < end && end <= text.length) || (i > 0 && start < (view.start[i - 1] as number))
          })
          expect(bad).toBe(-1)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe("matches point into the original text", () => {
  const planted = fc.record({
    term: fc.constantFrom(...PHRASES),
    variant: fc.constantFrom(...Object.keys(VARIANTS)),
    carrier: fc.constantFrom(...CARRIERS),
    pick: fc.nat(30),
  })

  it("a phrase planted in any evasion is found, and every match slices the original to its term", () => {
    fc.assert(
      fc.property(planted, ({ term, variant, carrier, pick }) => {
        const written = (VARIANTS[variant] as (term: string, pick: number) => string)(term, pick)
        const text = carrier.replace("{x}", written)
        const result = moderator.check(text)
        expect(result.matches.map((match) => match.term)).toContain(term)
        for (const match of result.matches) {
          expect(match.text).toBe(text.slice(match.start, match.end))
          expect(spelling(match.text)).toBe(spelling(match.term))
        }
      }),
      { numRuns: 1500 },
    )
  })

  it("the planted phrase's match covers exactly what was written", () => {
    fc.assert(
      fc.property(planted, ({ term, variant, carrier, pick }) => {
        const written = (VARIANTS[variant] as (term: string, pick: number) => string)(term, pick)
        const text = carrier.replace("{x}", written)
        const found = moderator.check(text).matches.filter((match) => match.term === term)
        expect(found.map((match) => match.text)).toContain(written)
      }),
      { numRuns: 1000 },
    )
  })
})

describe("everyday words that collide when folded", () => {
  const CLEAN = [
    "các", "bạn", "buổi", "học", "điểm", "cao", "thi", "đi", "lớn", "lên", "ngủ", "trưa", "đủ", "phó", "hiệu", "trưởng",
    "du", "lịch", "lon", "nước", "phòng", "nguồn", "tin", "chính", "thức", "em", "thầy", "cô", "giáo", "trường", "lớp",
    "năm", "mới", "vui", "quá", "cảm", "ơn", "đó", "lo", "con", "đem",
  ]

  it("never match in a comment typed with diacritics, and are never hidden automatically", () => {
    fc.assert(
      fc.property(fc.array(word(CLEAN), { minLength: 1, maxLength: 15 }), (list) => {
        const text = list.join(" ")
        const result = moderator.check(text)
        if (!result.typedWithoutDiacritics) expect(result.matches).toEqual([])
        expect(result.actions.map((action) => action.action)).not.toContain("hide")
      }),
      { numRuns: 1500 },
    )
  })
})
