/**
 * Vietnamese text: one spelling of a name for display, one key for
 * comparing names.
 *
 * Rosters, Zalo exports and spreadsheets disagree about how the same name is
 * written: composed (NFC) or decomposed (NFD) letters, non-breaking and
 * zero-width spaces pasted from Word or a web page, upper case in one file
 * and lower case in the next, "Hòa" in one and "Hoà" in the other.
 * {@link normalizeText} repairs only what is invisible, so its result can be
 * shown and stored; {@link nameKey} is lossy and only for comparing.
 *
 * On tone placement ("hòa" vs "hoà", "thủy" vs "thuỷ"): `normalizeText`
 * keeps the writer's choice. Both placements are in use, in official
 * documents as in everyday text, and a person's name is spelled the way its
 * owner spells it; rewriting it would also make stored text differ from
 * what the user typed. `nameKey` removes every tone mark, so
 * both placements give the same key.
 *
 * @since 0.1.0
 * @module
 */
import { foldText } from "./internal/textFold.js"

// Format characters that render as nothing but break equality. ZWJ and ZWNJ
// (U+200C, U+200D) stay: emoji sequences and some scripts need them.
// U+00AD soft hyphen (Word), U+180E Mongolian vowel separator (was a space
// before Unicode 6.3), U+200B zero-width space, U+2060 word joiner,
// U+FEFF byte-order mark / zero-width no-break space.
const INVISIBLE = /[\u00AD\u180E\u200B\u2060\uFEFF]/g

// Unicode White_Space, spelled out rather than `\s`: `\s` includes U+FEFF
// (removed above, not a space) and misses U+0085 (NEL).
// The pattern only matches what must change — a run of two or more, or one
// character that is not U+0020 — so text that is already clean, the common
// case, has no match and is not rebuilt. No backtracking: each branch is one
// character class.
const WHITESPACE_TO_FIX =
  /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]{2,}|[\t-\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g

// After the replacement every whitespace character left is U+0020, which
// `trim` knows.
const collapseWhitespace = (text: string): string => text.replace(WHITESPACE_TO_FIX, " ").trim()

/**
 * Collapses every run of Unicode whitespace (spaces, tabs, line breaks,
 * non-breaking and other typographic spaces) to one ASCII space, removes
 * zero-width characters, and trims. Does not change letters or their
 * normalization form.
 *
 * Meant for one-line fields (names, titles, unit names): line breaks become
 * spaces.
 *
 * @example
 * ```ts
 * normalizeWhitespace("  Nguyễn\u00A0Thị\t\tHoa\u200B ") //=> "Nguyễn Thị Hoa"
 * ```
 * @since 0.1.0
 * @category normalization
 */
export const normalizeWhitespace = (text: string): string => collapseWhitespace(text.replace(INVISIBLE, ""))

/**
 * Brings text to the one form lantoa stores and shows: NFC, zero-width
 * characters removed, whitespace runs collapsed to one space, trimmed.
 * Keeps case, diacritics and tone placement (see the module notes).
 *
 * @example
 * ```ts
 * normalizeText("  Nguyễn Thị\u00A0 Hoa ") //=> "Nguyễn Thị Hoa"
 * normalizeText("Nguye\u0302\u0303n")      //=> "Nguyễn" (composed)
 * normalizeText("Hoà Bình")                //=> "Hoà Bình"
 * ```
 * @since 0.1.0
 * @category normalization
 */
export const normalizeText = (text: string): string =>
  // Invisible characters go before NFC: one between a letter and a
  // combining mark would otherwise keep the pair from composing.
  collapseWhitespace(text.replace(INVISIBLE, "").normalize("NFC"))

/**
 * Removes diacritics: every tone and vowel mark (any character of the
 * Combining Diacritical Marks block, after NFD), and `đ` → `d`, `Đ` → `D`
 * (also `ð`, `Ð`: đ and Đ of Windows-1258 text misread as Latin-1).
 * Keeps case and everything else; the result is NFC.
 *
 * @example
 * ```ts
 * foldDiacritics("Đặng Thị Hoà")       //=> "Dang Thi Hoa"
 * foldDiacritics("Trường THCS Kỳ Sơn") //=> "Truong THCS Ky Son"
 * ```
 * @since 0.1.0
 * @category normalization
 */
export const foldDiacritics = (text: string): string => foldText(text)

/**
 * The key for comparing personal and unit names: lower case, no diacritics,
 * whitespace normalized. "Nguyễn Thị  Hoa", "NGUYỄN THỊ HOA" and
 * "nguyen thi hoa" share a key, and so do "Hòa Bình" and "Hoà Bình".
 *
 * Lossy: "Hòa" and "Hóa" also share one. Use it to find candidates, not to
 * decide that two people are the same person.
 *
 * @example
 * ```ts
 * nameKey("  NGUYỄN Thị  Hòa ") //=> "nguyen thi hoa"
 * nameKey("Nguyễn Thị Hoà")     //=> "nguyen thi hoa"
 * nameKey("Đỗ Văn Đức")         //=> "do van duc"
 * ```
 * @since 0.1.0
 * @category normalization
 */
export const nameKey = (text: string): string =>
  // Order matters for idempotence. Invisible characters go first, before
  // folding composes the result. Lower-casing can add a combining mark
  // ("İ" → "i̇"), so it comes before folding. Folding can leave spaces side
  // by side or at an end (a stray mark between two spaces), so whitespace
  // comes last. Folding decomposes anyway, so no NFC step is needed first.
  // `toLowerCase` rather than `toLocaleLowerCase("vi")`: Vietnamese has no
  // special casing rules, and the plain form cannot depend on the runtime's
  // locale data.
  collapseWhitespace(foldDiacritics(text.replace(INVISIBLE, "").toLowerCase()))

/**
 * A unit's name in the abbreviations offices write, for a narrow column or a
 * table: "Giáo dục và Đào tạo" → "GD&ĐT", "Trung tâm Giáo dục nghề nghiệp –
 * Giáo dục thường xuyên" → "TTGDNN-GDTX". The name is NFC first; anything
 * else is left as written.
 *
 * @example
 * ```ts
 * abbreviateUnitName("Phòng Giáo dục và Đào tạo huyện Lạc Sơn") //=> "Phòng GD&ĐT huyện Lạc Sơn"
 * abbreviateUnitName("Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Lạc Sơn") //=> "TTGDNN-GDTX Lạc Sơn"
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const abbreviateUnitName = (name: string): string =>
  name
    .normalize("NFC")
    .replace("Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên", "TTGDNN-GDTX")
    .replace("Giáo dục và Đào tạo", "GD&ĐT")
