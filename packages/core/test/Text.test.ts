import { abbreviateUnitName, foldDiacritics, nameKey, normalizeText } from "@lantoa/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { normalizeWhitespace } from "../src/Text.js"

const nfd = (text: string): string => text.normalize("NFD")

// Every Vietnamese vowel letter with each of the six tones (level, grave,
// acute, hook above, tilde, dot below), lower case, in NFC.
const VOWELS_BY_BASE: ReadonlyArray<readonly [string, string]> = [
  ["a", "aàáảãạ"],
  ["a", "ăằắẳẵặ"],
  ["a", "âầấẩẫậ"],
  ["e", "eèéẻẽẹ"],
  ["e", "êềếểễệ"],
  ["i", "iìíỉĩị"],
  ["o", "oòóỏõọ"],
  ["o", "ôồốổỗộ"],
  ["o", "ơờớởỡợ"],
  ["u", "uùúủũụ"],
  ["u", "ưừứửữự"],
  ["y", "yỳýỷỹỵ"],
]

const VIETNAMESE_LETTERS = [
  ...VOWELS_BY_BASE.flatMap(([, letters]) => [...letters, ...letters.toUpperCase()]),
  ..."bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX",
]

// Characters that make normalization interesting: spaces of every kind,
// invisible format characters, bare combining marks, ZWJ.
const TRICKY = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u00A0",
  "\u2003",
  "\u202F",
  "\u3000",
  "\u0085",
  "\u200B",
  "\u2060",
  "\uFEFF",
  "\u00AD",
  "\u200D",
  "\u0300",
  "\u0301",
  "\u0302",
  "\u0303",
  "\u0309",
  "\u0323",
  "\u031B",
  "\u0306",
  "İ",
  "ß",
  "Σ",
  "한",
]

/** Strings of Vietnamese letters, spaces and tricky characters, in NFC or NFD. */
const vietnameseText = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...VIETNAMESE_LETTERS, ...TRICKY, "a", "o", "y"), maxLength: 30 }),
    fc.boolean(),
  )
  .map(([text, decompose]) => (decompose ? nfd(text) : text))

/** Strings of Vietnamese letters, spaces and Vietnamese marks only, in NFC or NFD. */
const vietnameseOnly = fc
  .tuple(
    fc.string({
      unit: fc.constantFrom(...VIETNAMESE_LETTERS, " ", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"),
      maxLength: 30,
    }),
    fc.boolean(),
  )
  .map(([text, decompose]) => (decompose ? nfd(text) : text))

/** Anything at all: Vietnamese-like text, any code points, lone surrogates. */
const anyText = fc.oneof(vietnameseText, fc.string({ unit: "binary" }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }))

const WHITESPACE = /[\t-\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

describe("normalizeText", () => {
  it("trims and collapses a run of spaces to one space", () => {
    expect(normalizeText("  Nguyễn   Thị  Hoa  ")).toBe("Nguyễn Thị Hoa")
  })

  it.each([
    ["tab", "\t"],
    ["line feed", "\n"],
    ["CR LF", "\r\n"],
    ["no-break space", "\u00A0"],
    ["narrow no-break space", "\u202F"],
    ["em space", "\u2003"],
    ["ideographic space", "\u3000"],
    ["next line", "\u0085"],
    ["line separator", "\u2028"],
  ])("turns a %s between words into one space", (_, space) => {
    expect(normalizeText(`Thị${space}Hoa`)).toBe("Thị Hoa")
    expect(normalizeText(`Thị ${space} Hoa`)).toBe("Thị Hoa")
  })

  it.each([
    ["zero-width space", "\u200B"],
    ["word joiner", "\u2060"],
    ["byte-order mark", "\uFEFF"],
    ["soft hyphen", "\u00AD"],
  ])("removes a %s", (_, invisible) => {
    expect(normalizeText(`${invisible}Ng${invisible}uyễn${invisible}`)).toBe("Nguyễn")
  })

  it("keeps the zero-width joiner that emoji sequences need", () => {
    const family = "👨\u200D👩\u200D👧"
    expect(normalizeText(` ${family} `)).toBe(family)
  })

  it("composes decomposed (NFD) letters to NFC", () => {
    expect(normalizeText(nfd("Nguyễn Thị Hoa"))).toBe("Nguyễn Thị Hoa")
    expect(normalizeText("Nguye\u0302\u0303n")).toBe("Nguyễn")
  })

  it("composes a letter with its mark when a zero-width space stood between them", () => {
    expect(normalizeText("Hoa\u200B\u0300")).toBe("Hoà")
  })

  it("keeps case, diacritics and the writer's tone placement", () => {
    expect(normalizeText("Hòa Bình")).toBe("Hòa Bình")
    expect(normalizeText("Hoà Bình")).toBe("Hoà Bình")
    expect(normalizeText("TRƯỜNG THCS")).toBe("TRƯỜNG THCS")
  })

  it("returns the empty string for blank text", () => {
    expect(normalizeText(" \u00A0\u200B\n")).toBe("")
  })

  it("is idempotent", () => {
    fc.assert(fc.property(anyText, (text) => normalizeText(normalizeText(text)) === normalizeText(text)))
  })

  it("gives the same result for NFC and NFD input", () => {
    fc.assert(fc.property(anyText, (text) => normalizeText(nfd(text)) === normalizeText(text.normalize("NFC"))))
  })

  it("returns NFC text with single ASCII spaces only between words", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = normalizeText(text)
        expect(result.normalize("NFC")).toBe(result)
        expect(result).not.toMatch(WHITESPACE)
        expect(result).not.toMatch(/^ | $| {2}/)
        expect(result).not.toMatch(/[\u200B\u2060\uFEFF\u00AD]/)
      }),
    )
  })
})

describe("normalizeWhitespace", () => {
  it("collapses whitespace and removes zero-width characters", () => {
    expect(normalizeWhitespace("  Nguyễn\u00A0Thị\t\tHoa\u200B ")).toBe("Nguyễn Thị Hoa")
  })

  it("leaves the normalization form of letters alone", () => {
    expect(normalizeWhitespace(nfd(" Nguyễn  Hoa "))).toBe(nfd("Nguyễn Hoa"))
  })

  it("is idempotent", () => {
    fc.assert(fc.property(anyText, (text) => normalizeWhitespace(normalizeWhitespace(text)) === normalizeWhitespace(text)))
  })
})

describe("foldDiacritics", () => {
  it.each(VOWELS_BY_BASE)("folds every tone of %s-family vowels %s to the base letter, in both cases", (base, letters) => {
    expect(foldDiacritics(letters)).toBe(base.repeat(6))
    expect(foldDiacritics(letters.toUpperCase())).toBe(base.toUpperCase().repeat(6))
    expect(foldDiacritics(nfd(letters))).toBe(base.repeat(6))
  })

  it("folds đ to d and Đ to D", () => {
    expect(foldDiacritics("Đỗ Văn Đức, đường")).toBe("Do Van Duc, duong")
  })

  it("folds ð and Ð, what đ and Đ become when Windows-1258 text is read as Latin-1", () => {
    expect(foldDiacritics("ÐÕ VÃN ðÚC")).toBe("DO VAN dUC")
  })

  it("keeps case and everything that is not a diacritic", () => {
    expect(foldDiacritics("Trường THCS Kỳ Sơn, lớp 6A1!")).toBe("Truong THCS Ky Son, lop 6A1!")
  })

  it("folds both tone placements alike: Hòa and Hoà, thủy and thuỷ", () => {
    expect(foldDiacritics("Hòa")).toBe(foldDiacritics("Hoà"))
    expect(foldDiacritics("thủy")).toBe(foldDiacritics("thuỷ"))
    expect(foldDiacritics("hòe")).toBe(foldDiacritics("hoè"))
  })

  it("returns ASCII text unchanged", () => {
    expect(foldDiacritics("Nguyen Thi Hoa")).toBe("Nguyen Thi Hoa")
  })

  it("leaves other scripts composed (Hangul stays NFC)", () => {
    expect(foldDiacritics("한국")).toBe("한국")
  })

  it("is idempotent", () => {
    fc.assert(fc.property(anyText, (text) => foldDiacritics(foldDiacritics(text)) === foldDiacritics(text)))
  })

  it("equals its definition: NFD, drop combining marks, fold the d's, NFC", () => {
    const definition = (text: string): string =>
      nfd(text)
        .replace(/[\u0300-\u036F]/g, "")
        .replace(/[đð]/g, "d")
        .replace(/[ĐÐ]/g, "D")
        .normalize("NFC")
    const latinAndPunctuation = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0, max: 0x24f }),
        fc.integer({ min: 0x250, max: 0x36f }),
        fc.integer({ min: 0x1e00, max: 0x1eff }),
        fc.integer({ min: 0x2000, max: 0x206f }),
      ).map((code) => String.fromCharCode(code)),
    })
    fc.assert(fc.property(fc.oneof(latinAndPunctuation, anyText), (text) => foldDiacritics(text) === definition(text)))
  })

  it("leaves no Vietnamese letter with a mark, and gives the same result for NFC and NFD", () => {
    fc.assert(
      fc.property(vietnameseOnly, (text) => {
        const folded = foldDiacritics(text)
        expect(folded).not.toMatch(/[\u0300-\u036F\u00C0-\u024F\u1E00-\u1EFF]/)
        expect(foldDiacritics(nfd(text))).toBe(folded)
      }),
    )
  })
})

describe("nameKey", () => {
  it.each([
    ["spacing", "Nguyễn Thị  Hoa"],
    ["upper case", "NGUYỄN THỊ HOA"],
    ["no diacritics", "nguyen thi hoa"],
    ["NFD", nfd("Nguyễn Thị Hoa")],
    ["stray whitespace", "\u00A0Nguyễn\tThị\u200B Hoa\n"],
  ])("gives one key for every spelling of a name (%s)", (_, spelling) => {
    expect(nameKey(spelling)).toBe("nguyen thi hoa")
  })

  it("treats the old and new tone placements as the same name: Hòa Bình and Hoà Bình", () => {
    expect(nameKey("Hòa Bình")).toBe("hoa binh")
    expect(nameKey("Hoà Bình")).toBe("hoa binh")
    expect(nameKey("HOÀ BÌNH")).toBe("hoa binh")
    expect(nameKey("Thủy")).toBe(nameKey("Thuỷ"))
  })

  it("folds đ in either case", () => {
    expect(nameKey("ĐỖ VĂN ĐỨC")).toBe("do van duc")
  })

  it("is idempotent", () => {
    fc.assert(fc.property(anyText, (text) => nameKey(nameKey(text)) === nameKey(text)))
  })

  it("does not depend on normalization form, case, whitespace or diacritics of Vietnamese text", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const key = nameKey(text)
        expect(nameKey(nfd(text))).toBe(key)
        expect(nameKey(normalizeText(text))).toBe(key)
        expect(nameKey(foldDiacritics(text))).toBe(key)
      }),
    )
    const letters = fc.string({ unit: fc.constantFrom(...VIETNAMESE_LETTERS, " ", "\u00A0"), maxLength: 30 })
    fc.assert(fc.property(letters, (text) => nameKey(text.toUpperCase()) === nameKey(text)))
  })

  it("returns lower case, NFC, whitespace-normalized text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = nameKey(text)
        expect(key.toLowerCase()).toBe(key)
        expect(key.normalize("NFC")).toBe(key)
        expect(key).not.toMatch(/^ | $| {2}/)
        expect(key).not.toMatch(WHITESPACE)
      }),
    )
  })
})

describe("abbreviateUnitName", () => {
  it("writes the Phòng and the TTGDNN-GDTX as offices abbreviate them, even from decomposed text", () => {
    expect(abbreviateUnitName("Phòng Giáo dục và Đào tạo huyện Lạc Sơn")).toBe("Phòng GD&ĐT huyện Lạc Sơn")
    expect(abbreviateUnitName("Phòng Giáo dục và Đào tạo huyện Lạc Sơn".normalize("NFD"))).toBe("Phòng GD&ĐT huyện Lạc Sơn")
    expect(abbreviateUnitName("Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Lạc Sơn")).toBe("TTGDNN-GDTX Lạc Sơn")
    expect(abbreviateUnitName("Trường THCS Lạc Sơn")).toBe("Trường THCS Lạc Sơn")
  })
})
