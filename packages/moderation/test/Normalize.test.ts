import { describe, expect, it } from "vitest"
import { TEENCODE_WORDS, normalizeForMatching, typedWithDiacritics } from "../src/index.js"

const accented = (text: string): string => normalizeForMatching(text).accented.text
const folded = (text: string): string => normalizeForMatching(text).folded.text
const skeleton = (text: string): string => normalizeForMatching(text).skeleton.text

/** What each code unit of the accented view stands for in the original. */
const pieces = (text: string): Array<string> => {
  const { accented: view } = normalizeForMatching(text)
  return [...view.text].map((_, i) => text.slice(view.start[i], view.end[i]))
}

describe("invisible characters", () => {
  it("zero-width spaces, joiners and the byte-order mark are dropped, even inside words", () => {
    expect(accented("t\u200Bi\u200Cn g\u2060i\u200Dả\uFEFF")).toBe("tin giả")
  })

  it("a soft hyphen (pasted from Word) is dropped", () => {
    expect(accented("ng\u00ADu")).toBe("ngu")
  })

  it("bidi controls (embeddings, overrides, isolates, marks) are dropped", () => {
    expect(accented("\u202Ephản\u202C \u2067động\u2069\u200E")).toBe("phản động")
  })

  it("an invisible character between a letter and its mark does not keep them apart", () => {
    expect(accented("la\u200B\u0300m")).toBe("làm")
  })
})

describe("Unicode forms and case", () => {
  it("NFD is composed: Nguye\\u0302\\u0303n is nguyễn", () => {
    expect(accented("Nguye\u0302\u0303n")).toBe("nguyễn")
  })

  it("marks in any order make the same letter (canonical reordering and more)", () => {
    expect(accented("a\u0301\u0302")).toBe("ấ")
    expect(accented("a\u0302\u0301")).toBe("ấ")
    expect(accented("o\u0300\u031B")).toBe(accented("o\u031B\u0300"))
    expect(accented("u\u0323\u031B")).toBe("ự")
    expect(accented("\u1ECD\u0302")).toBe("ộ") // ọ + circumflex
  })

  it("the deprecated tone marks U+0340/U+0341 read as grave and acute", () => {
    expect(accented("a\u0341")).toBe("á")
  })

  it("Vietnamese capitals, Đ included, are lower-cased", () => {
    expect(accented("ĐƯỢC PHÉP Ở ĐÂY")).toBe("được phép ở đây")
    expect(folded("ĐỨC")).toBe("duc")
  })

  it("ð/Ð (đ/Đ of a Windows-1258 file read as Latin-1) read as đ", () => {
    expect(accented("ðồ")).toBe("đồ")
  })
})

describe("look-alike letters", () => {
  it("Cyrillic look-alikes are read as Latin, marks kept", () => {
    expect(accented("tіn gіả")).toBe("tin giả") // Cyrillic і
    expect(accented("рhản độпg".replace("п", "n"))).toBe("phản động") // Cyrillic р
    expect(accented("ТІN")).toBe("tin")
  })

  it("Greek look-alikes too, accented ones with their tone", () => {
    expect(accented("ngο")).toBe("ngo") // Greek omicron
    expect(accented("ά")).toBe("á")
  })

  it("full-width and mathematical letters read as ASCII", () => {
    expect(accented("ｔｉｎ ｇｉả")).toBe("tin giả")
    expect(accented("𝐧𝐠𝐮")).toBe("ngu")
    expect(accented("Ｈ０ｃ")).toBe("hoc")
  })
})

describe("leetspeak inside words", () => {
  it("digits and symbols between letters are letters", () => {
    expect(accented("h0c s1nh")).toBe("hoc sinh")
    expect(accented("c4c b@n")).toBe("cac ban")
    expect(accented("s3p n0i 7ao")).toBe("sep noi 7ao")
    expect(accented("l$a")).toBe("lsa")
  })

  it("numbers stay numbers: standalone, or a digit at a word's edge", () => {
    expect(accented("Lớp 10A1 năm 2024 được 100k")).toBe("lớp 10a1 năm 2024 được 100k")
    expect(accented("ngu1")).toBe("ngu1")
  })

  it("an exclamation mark stays punctuation, at the end or inside", () => {
    expect(accented("ngu!")).toBe("ngu!")
    expect(accented("hay!quá")).toBe("hay!quá")
  })
})

describe("separators between letters", () => {
  it("dots between single letters are removed: t.i.n g.i.ả is tin giả", () => {
    expect(accented("t.i.n g.i.ả")).toBe("tin giả")
    expect(accented("T.I.N  G.I.Ả")).toBe("tin giả")
  })

  it("a dash or underscore next to a one-letter piece joins it", () => {
    expect(accented("s-ự c_ặ_c")).toBe("sự cặc")
  })

  it("a separator between two longer pieces is a word break: lừa.đảo is lừa đảo", () => {
    expect(accented("lừa.đảo")).toBe("lừa đảo")
    expect(accented("sai_sự_thật")).toBe("sai sự thật")
    expect(accented("GD-ĐT")).toBe("gd đt")
  })

  it("three or more one-letter words in a row are one word: t h ậ t", () => {
    expect(accented("t h ậ t")).toBe("thật")
    expect(accented("t i n g i ả")).toBe("tingiả")
    expect(skeleton("t i n g i ả")).toBe("tingia")
  })

  it("pieces joined by separators count as letters of a spelt-out word: s.ai s-ự t h ậ t", () => {
    expect(skeleton("s.ai s-ự t h ậ t")).toBe("saisuthat")
    expect(accented("k h ô-n g")).toBe("không")
  })

  it("two one-letter words are left alone: e k biết is em không biết's teencode", () => {
    expect(accented("e k biết")).toBe("e không biết")
  })
})

describe("stretched letters", () => {
  it("a letter repeated three times or more is one", () => {
    expect(accented("nguuuuu")).toBe("ngu")
    expect(accented("hayyyy quáaaa")).toBe("hay quá")
  })

  it("a stretched word loses its doubles too: ngguuuu is ngu", () => {
    expect(accented("ngguuuu")).toBe("ngu")
  })

  it("ư followed by u keeps its u: cứuuuu is cứu, not cứ", () => {
    expect(accented("cứuuuu")).toBe("cứu")
    expect(accented("hưuuu")).toBe("hưu")
  })

  it("a double in a word that is not stretched stays (xoong, loanwords)", () => {
    expect(accented("nồi xoong")).toBe("nồi xoong")
  })
})

describe("teencode", () => {
  it("whole words from the table", () => {
    expect(accented("ko bt j đc vs")).toBe("không biết gì được với")
    expect(accented("k")).toBe("không")
    expect(accented("Dc ko")).toBe("được không")
    expect(TEENCODE_WORDS.dc).toBe("được")
  })

  it("letter rules: f → ph, w → qu, j → gi, z → gi/g/d, k → c before a/o/u and at the end", () => {
    expect(accented("fải wá jả zì kon cák")).toBe("phải quá giả gì con các")
    expect(accented("zả")).toBe("giả")
    expect(accented("jờ")).toBe("giờ")
  })

  it("English words and money are left alone where the rules would harm: ok, 100k, kh", () => {
    expect(accented("ok")).toBe("ok")
    expect(accented("giá 100k")).toBe("giá 100k")
    expect(accented("khá")).toBe("khá")
    expect(accented("kỹ")).toBe("kỹ")
  })

  it("a word typed with diacritics is never read as teencode", () => {
    expect(accented("kó")).toBe("có") // the k rule only
    expect(accented("rể")).toBe("rể")
  })
})

describe("the three views", () => {
  it("accented: lower case, NFC, diacritics kept; folded: không dấu, đ → d", () => {
    const n = normalizeForMatching("Đường đến trường")
    expect(n.accented.text).toBe("đường đến trường")
    expect(n.folded.text).toBe("duong den truong")
  })

  it("skeleton: the folded letters and digits without spaces or punctuation", () => {
    expect(skeleton("Tin giả, lớp 10A!")).toBe("tingialop10a")
  })

  it("whitespace runs are one space and the views are trimmed", () => {
    expect(accented("  tin \t\n giả  ")).toBe("tin giả")
  })

  it("every code unit maps back to what the writer typed", () => {
    expect(pieces("Đây là T.I.N")).toEqual(["Đ", "â", "y", " ", "l", "à", " ", "T", "I", "N"])
    expect(pieces("ko")).toEqual(["ko", "ko", "ko", "ko", "ko"])
    expect(pieces("nguuuu")).toEqual(["n", "g", "uuuu"])
    expect(pieces("Nguye\u0302\u0303n")).toEqual(["N", "g", "u", "y", "e\u0302\u0303", "n"])
    expect(pieces("fa")).toEqual(["f", "f", "a"])
  })

  it("the skeleton maps back too", () => {
    const n = normalizeForMatching("t i n")
    expect([...n.skeleton.text].map((_, i) => n.original.slice(n.skeleton.start[i], n.skeleton.end[i]))).toEqual(["t", "i", "n"])
  })

  it("the empty text has empty views", () => {
    const n = normalizeForMatching("")
    expect([n.accented.text, n.folded.text, n.skeleton.text]).toEqual(["", "", ""])
    expect(n.typedWithoutDiacritics).toBe(true)
  })

  it("emoji and other scripts are kept", () => {
    expect(accented("Chúc mừng 🎉 学校")).toBe("chúc mừng 🎉 学校")
  })
})

describe("typed with or without diacritics", () => {
  it("a text is typed without diacritics when no letter carries one, đ included", () => {
    expect(normalizeForMatching("cac ban oi, di hoc thoi").typedWithoutDiacritics).toBe(true)
    expect(normalizeForMatching("các bạn ơi").typedWithoutDiacritics).toBe(false)
    expect(normalizeForMatching("Di dau do").typedWithoutDiacritics).toBe(true)
    expect(normalizeForMatching("Đi").typedWithoutDiacritics).toBe(false)
  })

  it("teencode expansions do not count as the writer's diacritics", () => {
    expect(normalizeForMatching("ko bt").typedWithoutDiacritics).toBe(true)
  })

  it("typedWithDiacritics looks at a span of the original, composed or decomposed", () => {
    expect(typedWithDiacritics("các bạn")).toBe(true)
    expect(typedWithDiacritics("cac ban")).toBe(false)
    expect(typedWithDiacritics("du lịch", 0, 2)).toBe(false)
    expect(typedWithDiacritics("du lịch", 3, 7)).toBe(true)
    expect(typedWithDiacritics("ca\u0301c")).toBe(true)
    expect(typedWithDiacritics("Đi", 0, 1)).toBe(true)
  })
})
