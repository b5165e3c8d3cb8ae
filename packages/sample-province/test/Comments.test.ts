import { foldDiacritics } from "@lantoa/core"
import {
  COLLISION_WORDS,
  DEFAULT_COMMENT_TERMS,
  EVASION_KINDS,
  type EvasionKind,
  evasionVariant,
  generateComments,
} from "@lantoa/sample-province"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { RESERVED_KEYS } from "../src/internal/commentWords.js"
import { isExcludedName } from "../src/internal/names.js"

const comments = generateComments({ seed: "test", count: 6_000 })
const clean = comments.filter((c) => c.injected === undefined)

const TERMS = [
  { term: "sai sự thật", category: "fake" },
  { term: "phản động", category: "hostile" },
  { term: "quấy rối học sinh", category: "teacher-ethics" },
  { term: "clip nóng", category: "offensive" },
  { term: "ngu", category: "insult" },
  { term: "không biết điều", category: "insult" },
]

/** The folded, lower-case words of a text. */
const foldedWords = (text: string): Array<string> => foldDiacritics(text.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
const isNfc = (text: string): boolean => text.normalize("NFC") === text
const stripSeparators = (text: string): string => text.replace(/[\s.\-_\u200B]+/g, "")

describe("the comment stream is deterministic", () => {
  it("the same seed gives the same comments; another seed, other comments", () => {
    expect(generateComments({ seed: "test", count: 500 })).toEqual(comments.slice(0, 500))
    expect(generateComments({ seed: "other", count: 500 })).not.toEqual(comments.slice(0, 500))
  })

  it("comment i depends on the seed and i only, not on the count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (count) => {
        expect(generateComments({ seed: "test", count })).toEqual(comments.slice(0, count))
      }),
      { numRuns: 5 },
    )
  })

  it("the default seed is lantoa, and a numeric seed equals its decimal text", () => {
    expect(generateComments({ count: 50 })).toEqual(generateComments({ seed: "lantoa", count: 50 }))
    expect(generateComments({ seed: 7, count: 50 })).toEqual(generateComments({ seed: "7", count: 50 }))
  })

  it("ids are unique and numbered from 1", () => {
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length)
    expect(comments[0]?.id).toBe("comment-1")
  })
})

describe("shares", () => {
  it("about 30% of comments contain a collision word by default, and the share follows the option", () => {
    expect(comments.filter((c) => c.collision !== undefined).length / comments.length).toBeCloseTo(0.3, 1)
    const half = generateComments({ seed: "test", count: 4_000, collisionShare: 0.5 })
    expect(half.filter((c) => c.collision !== undefined).length / half.length).toBeCloseTo(0.5, 1)
    expect(generateComments({ seed: "test", count: 500, collisionShare: 0 }).some((c) => c.collision !== undefined)).toBe(false)
  })

  it("about 8% carry a planted term by default, and the share follows the option", () => {
    expect(comments.filter((c) => c.injected !== undefined).length / comments.length).toBeCloseTo(0.08, 1)
    const many = generateComments({ seed: "test", count: 4_000, injectShare: 0.25, terms: TERMS })
    expect(many.filter((c) => c.injected !== undefined).length / many.length).toBeCloseTo(0.25, 1)
    expect(generateComments({ seed: "test", count: 500, terms: [] }).some((c) => c.injected !== undefined)).toBe(false)
  })

  it("planted terms use every requested variant, and only those", () => {
    const many = generateComments({ seed: "test", count: 4_000, injectShare: 0.5, terms: TERMS })
    expect(new Set(many.flatMap((c) => (c.injected ? [c.injected.variant] : []))).size).toBe(EVASION_KINDS.length)
    const two = generateComments({ seed: "test", count: 1_000, injectShare: 0.5, terms: TERMS, variants: ["dotted", "upper"] })
    expect(new Set(two.flatMap((c) => (c.injected ? [c.injected.variant] : [])))).toEqual(new Set(["dotted", "upper"]))
  })

  it("a share outside [0, 1] or a negative count is a programming error", () => {
    expect(() => generateComments({ count: -1 })).toThrow(RangeError)
    expect(() => generateComments({ count: 10, collisionShare: 1.5 })).toThrow(RangeError)
    expect(() => generateComments({ count: 10, injectShare: -0.1 })).toThrow(RangeError)
  })
})

describe("what a comment contains", () => {
  it("the planted text sits at start–end and is the term in its variant", () => {
    const many = generateComments({ seed: "test", count: 3_000, injectShare: 0.5, terms: TERMS })
    for (const c of many) {
      if (c.injected === undefined) continue
      const { term, variant, start, end } = c.injected
      const planted = c.text.slice(start, end)
      if (variant === "plain") expect(planted).toBe(term)
      if (variant === "nfd") expect(planted.normalize("NFC")).toBe(term)
      if (variant === "upper") expect(planted).toBe(term.toUpperCase())
      if (variant === "no-diacritics") expect(planted).toBe(foldDiacritics(term))
      if (variant === "zero-width" || variant === "dotted") expect(stripSeparators(planted)).toBe(stripSeparators(term))
      expect(c.text[end]).toBe(" ")
    }
  })

  it("a comment without a collision has no word that folds to a collision key; with one, exactly its word's", () => {
    const keys = new Map(COLLISION_WORDS.map((c) => [c.word, c.folded]))
    for (const c of clean) {
      const hits = foldedWords(c.text).filter((word) => RESERVED_KEYS.has(word))
      if (c.collision === undefined) expect(hits, c.text).toEqual([])
      else expect(hits, c.text).toEqual([keys.get(c.collision)])
    }
  })

  it("every collision word of the plan's list occurs", () => {
    const seen = new Set(comments.map((c) => c.collision))
    for (const word of ["các", "buổi", "điểm", "đi", "lớn", "ngủ", "đủ", "phó", "du lịch", "lon nước"]) expect(seen).toContain(word)
    for (const { word, folded } of COLLISION_WORDS) expect(foldDiacritics(word.toLowerCase()).split(" ")).toContain(folded)
  })

  it("comments are NFC, except a planted nfd variant", () => {
    for (const c of comments) {
      const rest = c.injected === undefined ? c.text : c.text.slice(0, c.injected.start) + c.text.slice(c.injected.end)
      expect(isNfc(rest)).toBe(true)
      if (c.injected !== undefined && c.injected.variant !== "nfd") expect(isNfc(c.text)).toBe(true)
    }
  })

  it("comments average about 90 characters", () => {
    const mean = comments.reduce((sum, c) => sum + c.text.length, 0) / comments.length
    expect(mean).toBeGreaterThan(80)
    expect(mean).toBeLessThan(100)
  })

  it("no comment names a real person the sample excludes, has a phone number, or links outside the example hosts", () => {
    for (const c of comments.slice(0, 2_000)) {
      const words = c.text.split(/[\s,.!]+/).filter(Boolean)
      for (let n = 2; n <= 4; n++) {
        for (let i = 0; i + n <= words.length; i++) expect(isExcludedName(words.slice(i, i + n).join(" ")), c.text).toBe(false)
      }
      expect(c.text).not.toMatch(/\d{8,}/)
      for (const url of c.text.match(/https?:\/\/[^\s/]+/g) ?? []) expect(["https://facebook.example", "https://example.invalid"]).toContain(url)
    }
    expect(comments.some((c) => c.text.includes("https://"))).toBe(true)
  })

  it("the default terms are cue phrases, none of them vulgar, and all NFC", () => {
    expect(new Set(DEFAULT_COMMENT_TERMS.map((t) => t.category))).toEqual(new Set(["fake", "unverified", "teacher-ethics", "spam"]))
    for (const { term } of DEFAULT_COMMENT_TERMS) expect(isNfc(term)).toBe(true)
  })
})

describe("evasion variants", () => {
  it("there are 14, plain first", () => {
    expect(EVASION_KINDS).toHaveLength(14)
    expect(EVASION_KINDS[0]).toBe("plain")
  })

  it("every variant differs from the term when the evasion can change it", () => {
    // A term every evasion can change: diacritics, ph/gi/qu/c, leet and Cyrillic letters, two words.
    const term = "phát giá quá cao"
    for (const kind of EVASION_KINDS.filter((k) => k !== "plain")) expect(evasionVariant(term, kind), kind).not.toBe(term)
    // Which evasions cannot change a term: the ones with nothing to act on.
    const unchanged = (t: string): Array<EvasionKind> => EVASION_KINDS.filter((kind) => kind !== "plain" && evasionVariant(t, kind) === t)
    expect(unchanged("ngu")).toEqual(["nfd", "no-diacritics", "teencode", "leetspeak", "cyrillic"])
    expect(unchanged("sai sự thật")).toEqual(["teencode"])
    expect(unchanged("clip nóng")).toEqual(["teencode"]) // c → k only before a vowel or at the end: "cl" stays
    expect(unchanged("cao tốc")).toEqual([])
  })

  it("examples: each evasion as the reference describes it", () => {
    expect(evasionVariant("sai sự thật", "plain")).toBe("sai sự thật")
    expect(evasionVariant("sai sự thật", "upper")).toBe("SAI SỰ THẬT")
    expect(evasionVariant("sai sự thật", "no-diacritics")).toBe("sai su that")
    expect(evasionVariant("sai sự thật", "spaced")).toBe("s a i s ự t h ậ t")
    expect(evasionVariant("sai sự thật", "dotted")).toBe("s.a.i s.ự t.h.ậ.t")
    expect(evasionVariant("sai sự thật", "zero-width")).toBe("s\u200Ba\u200Bi s\u200Bự t\u200Bh\u200Bậ\u200Bt")
    expect(evasionVariant("sai sự thật", "leetspeak")).toBe("s4i sự thật")
    expect(evasionVariant("tin giả", "leetspeak")).toBe("t1n g1ả")
    expect(evasionVariant("video cắt ghép", "leetspeak")).toBe("v1d3o cắt ghép")
    expect(evasionVariant("phản động", "teencode")).toBe("fản động")
    expect(evasionVariant("quấy rối học sinh", "teencode")).toBe("wấy rối họk sinh")
    expect(evasionVariant("tin giả", "teencode")).toBe("tin jả")
    expect(evasionVariant("không biết", "teencode")).toBe("ko bít")
    expect(evasionVariant("các bạn", "teencode")).toBe("kák bạn")
    expect(evasionVariant("hack facebook", "teencode")).toBe("hack fakebook")
    expect(evasionVariant("tin", "full-width")).toBe("ｔｉｎ")
    expect(foldDiacritics(evasionVariant("sai sự thật", "combo").toLowerCase().replaceAll(".", ""))).toBe("sai su that")
    expect(evasionVariant("sai sự thật", "mixed-separators")).toMatch(/^s[.\-_ ]?a[.\-_ ]?i s[.\-_ ]?ự t[.\-_ ]?h[.\-_ ]?ậ[.\-_ ]?t$/)
    expect(evasionVariant("sai sự thật", "cyrillic")).toMatch(/[\u0400-\u052F]/)
    expect(evasionVariant("sai", "repeated")).toMatch(/^s+a+i+$/)
  })

  it("the nfd variant is canonically equal to the term, and shuffles mark order where Unicode allows", () => {
    const term = "sự thật ở trường học"
    const variants = new Set(Array.from({ length: 40 }, (_, i) => evasionVariant(term, "nfd", `seed-${i}`)))
    for (const variant of variants) {
      expect(variant.normalize("NFC")).toBe(term)
      expect(variant).not.toBe(term)
    }
    expect(variants.size).toBeGreaterThan(1) // ự, ậ and ọ have a dot below or a horn that may move
    expect(variants).toContain(term.normalize("NFD"))
  })

  it("variants are deterministic for a seed, and NFC except nfd", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TERMS.map((t) => t.term)), fc.constantFrom(...EVASION_KINDS), fc.string(), (term, kind, seed) => {
        const variant = evasionVariant(term, kind, seed)
        expect(evasionVariant(term, kind, seed)).toBe(variant)
        if (kind !== "nfd") expect(isNfc(variant)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it("separator evasions keep the letters: removing separators gives back the term's letters", () => {
    const syllable = fc.constantFrom("sai", "sự", "thật", "phản", "động", "giả", "quấy", "rối", "học", "sinh", "nghe", "nói", "ép")
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 3 }), fc.string(), (syllables, seed) => {
        const term = syllables.join(" ")
        for (const kind of ["spaced", "dotted", "mixed-separators", "zero-width"] as const) {
          expect(stripSeparators(evasionVariant(term, kind, seed))).toBe(stripSeparators(term))
        }
        expect(foldDiacritics(stripSeparators(evasionVariant(term, "combo", seed)).toLowerCase())).toBe(foldDiacritics(stripSeparators(term)))
      }),
      { numRuns: 100 },
    )
  })

  it("a function of floats may stand for the seed", () => {
    let state = 0
    const next = () => (state = (state + 0.37) % 1)
    expect(evasionVariant("sai sự thật", "cyrillic", next)).toMatch(/[\u0400-\u052F]/)
  })
})
