/**
 * One lookup per UTF-16 code unit: what a character is for matching.
 *
 * Vietnamese letters are modelled as a base letter (a–z or đ) plus at most
 * one vowel mark (circumflex, breve, horn) and one tone mark (grave, acute,
 * tilde, hook above, dot below). Reading a character as that triple, and
 * combining marks as additions to the letter before them, gives NFD, NFC,
 * canonical reordering ("a" + acute + circumflex is "ấ" however it was
 * typed), NFKD (full-width forms, circled letters) and case folding in a
 * single table lookup, with no string built per character.
 *
 * The table is a cache of a pure function of the code unit ({@link
 * computeEntry}), filled on first sight of each character: a whole-BMP
 * precomputation costs ~11 ms, which most callers never need.
 *
 * @internal
 */

/** Not yet computed. */
export const UNKNOWN = 0
/** A Latin letter, after confusables and compatibility forms (base a–z or đ). */
export const LETTER = 1
/** An ASCII digit (also full-width and other compatibility digits). */
export const DIGIT = 2
/** `@` or `$`: leetspeak inside a word, punctuation elsewhere. */
export const LEET_SYMBOL = 3
/** Unicode White_Space. */
export const SPACE = 4
/** Punctuation that evaders put between letters: `.` `-` `_` `*` `·`… */
export const JOINER = 5
/** A combining mark; its vowel mark or tone, if Vietnamese, is in the entry. */
export const MARK = 6
/** Zero-width, format and bidi characters: dropped. */
export const INVISIBLE = 7
/** A letter or digit of another script: a word character, kept as is (lower-cased). */
export const OTHER_WORD = 8
/** Anything else: punctuation, symbols. */
export const OTHER = 9
/** A high surrogate: the pair is read as one code point. */
export const HIGH_SURROGATE = 10
/** An astral character that is not a letter we map: kept, not a word character. */
export const ASTRAL = 11

/** Vowel marks, as stored in an entry. */
export const CIRCUMFLEX = 1
export const BREVE = 2
export const HORN = 3

/** Tones, as stored in an entry. */
export const GRAVE = 1
export const ACUTE = 2
export const TILDE = 3
export const HOOK = 4
export const DOT = 5

/** `đ` */
export const D_STROKE = 0x111

// Entry layout (Int32): bits 0–3 kind, 4–5 vowel mark, 6–8 tone,
// 16–31 base (the Latin letter, digit, or the lower-cased character).
export const kindOf = (entry: number): number => entry & 15
export const vowelMarkOf = (entry: number): number => (entry >> 4) & 3
export const toneOf = (entry: number): number => (entry >> 6) & 7
export const baseOf = (entry: number): number => entry >>> 16

const pack = (kind: number, base: number, vowelMark = 0, tone = 0): number =>
  (kind | (vowelMark << 4) | (tone << 6) | (base << 16)) | 0

const VOWEL_MARKS: Readonly<Record<number, number>> = { 0x302: CIRCUMFLEX, 0x306: BREVE, 0x31b: HORN }
// U+0340/U+0341 are the deprecated tone marks that NFC maps to grave/acute.
const TONES: Readonly<Record<number, number>> = {
  0x300: GRAVE,
  0x340: GRAVE,
  0x301: ACUTE,
  0x341: ACUTE,
  0x303: TILDE,
  0x309: HOOK,
  0x323: DOT,
}

// Letters of other scripts that look like Latin ones, as evaders use them:
// Cyrillic and Greek (upper and lower case), and a few Latin variants that
// have no compatibility decomposition. Accented forms (ά, ё) decompose to
// one of these plus a mark first.
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: "a", в: "b", е: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  і: "i", ј: "j", ѕ: "s", һ: "h", ԁ: "d", ԛ: "q", ԝ: "w", ү: "y", ɡ: "g", ӏ: "l",
  А: "a", В: "b", Е: "e", К: "k", М: "m", Н: "h", О: "o", Р: "p", С: "c", Т: "t", У: "y", Х: "x",
  І: "i", Ј: "j", Ѕ: "s", Һ: "h", Ԁ: "d", Ԛ: "q", Ԝ: "w", Ү: "y", Ӏ: "l",
  // Greek
  α: "a", β: "b", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", γ: "y",
  Α: "a", Β: "b", Ε: "e", Ζ: "z", Η: "h", Ι: "i", Κ: "k", Μ: "m", Ν: "n", Ο: "o", Ρ: "p", Τ: "t", Υ: "y", Χ: "x",
  // Latin look-alikes without a decomposition; ð/Ð are đ/Đ of a
  // Windows-1258 file misread as Latin-1 (as in @lantoa/core's folding).
  ı: "i", ȷ: "j", ɑ: "a", ɩ: "i", ʋ: "u", ð: "đ", Ð: "đ", Đ: "đ", đ: "đ", ø: "o", Ø: "o",
}

const JOINERS = new Set([..."._-*·•~+'`^/\\|‐‑‒–—"].map((char) => char.charCodeAt(0)))

const EXTRA_INVISIBLE = new Set([0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180f, 0x3164, 0xffa0])
const isInvisible = (code: number): boolean =>
  EXTRA_INVISIBLE.has(code) || (code >= 0xfe00 && code <= 0xfe0f) || /\p{Cf}/u.test(String.fromCharCode(code))

const isWhiteSpace = (code: number): boolean =>
  (code >= 0x09 && code <= 0x0d) ||
  code === 0x20 ||
  code === 0x85 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000

/** The Latin base (lower case, or đ) of one character, if it is a Latin letter or a confusable. */
const latinBase = (char: string): number | undefined => {
  const code = char.charCodeAt(0)
  if (char.length === 1 && code >= 0x41 && code <= 0x5a) return code + 32
  if (char.length === 1 && code >= 0x61 && code <= 0x7a) return code
  const mapped = CONFUSABLES[char]
  return mapped === undefined ? undefined : mapped.charCodeAt(0)
}

/** Reads the marks after a base: the Vietnamese vowel mark and tone, if any; undefined when something else follows. */
const readMarks = (marks: string): { vowelMark: number; tone: number } | undefined => {
  let vowelMark = 0
  let tone = 0
  for (let i = 0; i < marks.length; i++) {
    const code = marks.charCodeAt(i)
    if (!/\p{M}/u.test(marks[i] as string)) return undefined
    vowelMark ||= VOWEL_MARKS[code] ?? 0
    tone ||= TONES[code] ?? 0
  }
  return { vowelMark, tone }
}

/** The entry of one BMP code unit, by definition (slow: strings and regexes). */
export const computeEntry = (code: number): number => {
  if (code >= 0xd800 && code <= 0xdbff) return pack(HIGH_SURROGATE, code)
  if (code >= 0xdc00 && code <= 0xdfff) return pack(OTHER, code)
  const char = String.fromCharCode(code)
  if (isInvisible(code)) return pack(INVISIBLE, code)
  if (isWhiteSpace(code)) return pack(SPACE, 0x20)
  if (/\p{M}/u.test(char)) return pack(MARK, code, VOWEL_MARKS[code] ?? 0, TONES[code] ?? 0)
  if (code === 0x40 || code === 0x24) return pack(LEET_SYMBOL, code)
  if (JOINERS.has(code)) return pack(JOINER, code)
  const direct = latinBase(char)
  if (direct !== undefined) return pack(LETTER, direct)
  const decomposed = char.normalize("NFKD")
  const head = decomposed[0]
  if (head !== undefined) {
    const marks = readMarks(decomposed.slice(1))
    const base = latinBase(head)
    if (marks !== undefined && base !== undefined) return pack(LETTER, base, marks.vowelMark, marks.tone)
    const headCode = head.charCodeAt(0)
    if (marks !== undefined && headCode >= 0x30 && headCode <= 0x39) return pack(DIGIT, headCode)
    if (marks !== undefined && decomposed.length === 1 && (headCode === 0x40 || headCode === 0x24)) {
      return pack(LEET_SYMBOL, headCode)
    }
  }
  if (/[\p{L}\p{N}]/u.test(char)) {
    const lower = char.toLowerCase()
    return pack(OTHER_WORD, lower.length === 1 ? lower.charCodeAt(0) : code)
  }
  return pack(OTHER, code)
}

const TABLE = new Int32Array(0x10000)

/** The entry of a BMP code unit (computed once, then read from the table). */
export const entryOf = (code: number): number => {
  const entry = TABLE[code] as number
  if (entry !== UNKNOWN) return entry
  const computed = computeEntry(code)
  TABLE[code] = computed
  return computed
}

/** The table itself, for hot loops that inline the lookup (`TABLE[c] || entryOf(c)`). */
export const ENTRY_TABLE: Int32Array = TABLE

// Mathematical alphanumerics (𝐧𝐠𝐮, 𝕟𝕘𝕦…) are astral; NFKD maps them to
// ASCII. Everything else astral (emoji) stays a non-word character.
const astralCache = new Map<number, number>()

/** The entry of an astral code point. */
export const astralEntry = (codePoint: number): number => {
  if (codePoint < 0x1d400 || codePoint > 0x1d7ff) return pack(ASTRAL, 0)
  const cached = astralCache.get(codePoint)
  if (cached !== undefined) return cached
  const decomposed = String.fromCodePoint(codePoint).normalize("NFKD")
  const code = decomposed.charCodeAt(0)
  let entry = pack(ASTRAL, 0)
  if (decomposed.length === 1) {
    const base = latinBase(decomposed)
    if (base !== undefined) entry = pack(LETTER, base)
    else if (code >= 0x30 && code <= 0x39) entry = pack(DIGIT, code)
  }
  astralCache.set(codePoint, entry)
  return entry
}

// Vowels a e i o u y → 0…5; the composed letter for (vowel, vowel mark,
// tone), an invalid vowel mark (ĕ, ŭ) dropped.
const VOWELS = "aeiouy"
const VOWEL_INDEX = new Int8Array(128).fill(-1)
for (let i = 0; i < VOWELS.length; i++) VOWEL_INDEX[VOWELS.charCodeAt(i)] = i

const MARK_CHARS = ["", "\u0302", "\u0306", "\u031B"]
const TONE_CHARS = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]

const COMPOSED = new Uint16Array(6 * 4 * 6)
for (let v = 0; v < 6; v++) {
  for (let m = 0; m < 4; m++) {
    for (let t = 0; t < 6; t++) {
      const withMark = `${VOWELS[v]}${MARK_CHARS[m]}${TONE_CHARS[t]}`.normalize("NFC")
      const composed = withMark.length === 1 ? withMark : `${VOWELS[v]}${TONE_CHARS[t]}`.normalize("NFC")
      COMPOSED[(v * 4 + m) * 6 + t] = composed.charCodeAt(0)
    }
  }
}

/** The lower-case NFC letter for a base, a vowel mark and a tone (marks on consonants are dropped). */
export const compose = (base: number, vowelMark: number, tone: number): number => {
  const v = base < 128 ? (VOWEL_INDEX[base] as number) : -1
  if (v < 0) return base
  return COMPOSED[(v * 4 + vowelMark) * 6 + tone] as number
}

/** Whether a base letter is a vowel (a e i o u y). */
export const isVowelBase = (base: number): boolean => base < 128 && (VOWEL_INDEX[base] as number) >= 0

// Folding of the composed letters the normaliser writes (U+0000–U+1EFF):
// the base, with đ → d. Everything else folds to itself.
const FOLD_LIMIT = 0x1f00
const FOLD = new Uint16Array(FOLD_LIMIT)
for (let code = 0; code < FOLD_LIMIT; code++) FOLD[code] = code
for (let v = 0; v < 6; v++) {
  for (let i = 0; i < 24; i++) FOLD[COMPOSED[v * 24 + i] as number] = VOWELS.charCodeAt(v)
}
FOLD[D_STROKE] = 0x64

/** The folded (không dấu) form of a letter the normaliser wrote. */
export const foldCode = (code: number): number => (code < FOLD_LIMIT ? (FOLD[code] as number) : code)

/** The fold table, for hot loops. */
export const FOLD_TABLE: Uint16Array = FOLD
export const FOLD_TABLE_LIMIT = FOLD_LIMIT

// Leetspeak digits and symbols inside words.
const LEET = new Uint16Array(128)
LEET[0x30] = 0x6f // 0 → o
LEET[0x31] = 0x69 // 1 → i
LEET[0x33] = 0x65 // 3 → e
LEET[0x34] = 0x61 // 4 → a
LEET[0x35] = 0x73 // 5 → s
LEET[0x37] = 0x74 // 7 → t
LEET[0x40] = 0x61 // @ → a
LEET[0x24] = 0x73 // $ → s
// "!" is not read as "i": "hay!quá" is punctuation without its space, and
// a final "!" is always punctuation.

/** The letter a leetspeak character stands for inside a word, or 0. */
export const leetLetter = (code: number): number => (code < 128 ? (LEET[code] as number) : 0)
