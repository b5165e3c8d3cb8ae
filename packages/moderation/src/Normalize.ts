/**
 * Vietnamese normalisation for matching, with offsets back to the original.
 *
 * Comments on school pages are written every way Vietnamese can be typed:
 * composed or decomposed, capitals, không dấu, teencode ("ko", "đc", "j"),
 * and, by those who want to get past a filter, with dots or spaces between
 * letters ("t.i.n g.i.ả", "t h ậ t"), zero-width characters, Cyrillic or
 * full-width look-alikes, digits for letters ("h0c") and stretched letters
 * ("nguuuu"). {@link normalizeForMatching} undoes all of that and returns
 * three views of the text, each with a map from its code units back to the
 * original, so that a match can point at what the writer typed.
 *
 * The steps, in order: drop zero-width, format and bidi characters; read
 * compatibility forms and confusable letters as Latin (NFKD, Cyrillic,
 * Greek, full-width, mathematical letters); compose letters with their marks
 * in any order (NFC, with canonical reordering); lower-case (Đ → đ); read
 * leetspeak between letters (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s;
 * "2024", "100k" and "!" stay); remove dots, dashes, underscores… between
 * letters when a piece is a single letter ("t.i.n", "s-ự"), and read them
 * as a space between longer pieces ("lừa.đảo"); join runs of three or more
 * one-letter words ("t h ậ t"); collapse letters repeated three times or
 * more ("nguuuu" → "ngu"; a stretched word loses its doubles too:
 * "ngguuuu" → "ngu"); read teencode ({@link TEENCODE_WORDS} and its letter
 * rules). Whitespace runs become one space; the views are trimmed.
 *
 * @since 0.1.0
 * @module
 */
import { ENTRY_TABLE, LETTER, MARK, D_STROKE, baseOf, compose, entryOf, kindOf, toneOf, vowelMarkOf } from "./internal/charTable.js"
import { createScratch, normalizeInto } from "./internal/normalizer.js"

/**
 * The three views the matcher reads: `accented` (lower case, NFC, with
 * diacritics), `folded` (không dấu, đ → d) and `skeleton` (the folded
 * view's letters and digits only, no spaces or punctuation).
 *
 * @example
 * ```ts
 * const view: MatchView = "folded"
 * ```
 * @since 0.1.0
 * @category models
 */
export type MatchView = "accented" | "folded" | "skeleton"

/**
 * One view of a normalised text, and where each of its code units comes
 * from: code unit `i` of `text` stands for `original.slice(start[i], end[i])`.
 * A code unit added by teencode ("ko" → "không") maps to the whole word it
 * replaces; a letter that stands for a stretched run ("uuuu") to the run.
 *
 * @example
 * ```ts
 * const { accented } = normalizeForMatching("T.I.N  giả")
 * accented.text                    //=> "tin giả"
 * [accented.start[4], accented.end[4]] //=> [7, 8] ("g")
 * ```
 * @since 0.1.0
 * @category models
 */
export interface NormalizedView {
  readonly text: string
  readonly start: Int32Array
  readonly end: Int32Array
}

/**
 * The result of {@link normalizeForMatching}.
 *
 * @example
 * ```ts
 * const normalized: NormalizedText = normalizeForMatching("Ko bít j hết")
 * normalized.accented.text          //=> "không bít gì hết"
 * normalized.typedWithoutDiacritics //=> false
 * ```
 * @since 0.1.0
 * @category models
 */
export interface NormalizedText {
  readonly original: string
  readonly accented: NormalizedView
  readonly folded: NormalizedView
  readonly skeleton: NormalizedView
  /** No letter of the text carries a Vietnamese diacritic or đ: the writer typed không dấu. */
  readonly typedWithoutDiacritics: boolean
}

const scratch = createScratch()

const viewOf = (codes: Uint16Array, start: Int32Array, end: Int32Array, length: number): NormalizedView => {
  let text = ""
  // String.fromCharCode with spread has an argument limit; go in chunks.
  for (let i = 0; i < length; i += 4096) text += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 4096)))
  return { text, start: start.slice(0, length), end: end.slice(0, length) }
}

/**
 * Normalises a text for matching and returns its three views, each with a
 * map back to the original. Pure: the same text always gives the same
 * views, and normalising a view again gives that view.
 *
 * @example
 * ```ts
 * const n = normalizeForMatching("Đây là T.I.N  G.I.Ả, ko phải tin thật")
 * n.accented.text //=> "đây là tin giả, không phải tin thật"
 * n.folded.text   //=> "day la tin gia, khong phai tin that"
 * n.skeleton.text //=> "daylatingiakhongphaitinthat"
 * const at = n.accented.text.indexOf("tin giả")
 * n.original.slice(n.accented.start[at], n.accented.end[at + 6]) //=> "T.I.N  G.I.Ả"
 * ```
 * @since 0.1.0
 * @category normalization
 */
export const normalizeForMatching = (text: string): NormalizedText => {
  normalizeInto(scratch, text)
  const s = scratch
  let count = 0
  for (let o = 0; o < s.n; o++) count += s.word[o] as number
  const skStart = new Int32Array(count)
  const skEnd = new Int32Array(count)
  const skCodes = new Uint16Array(count)
  for (let o = 0, k = 0; o < s.n; o++) {
    if (s.word[o] === 0) continue
    skStart[k] = s.start[o] as number
    skEnd[k] = s.end[o] as number
    skCodes[k] = s.fold[o] as number
    k++
  }
  return {
    original: text,
    accented: viewOf(s.acc, s.start, s.end, s.n),
    folded: viewOf(s.fold, s.start, s.end, s.n),
    skeleton: viewOf(skCodes, skStart, skEnd, count),
    typedWithoutDiacritics: s.unaccented,
  }
}

/**
 * Whether the writer typed `text.slice(start, end)` with Vietnamese
 * diacritics: some letter carries a tone or vowel mark (composed or as a
 * combining mark) or is đ/Đ. Used to tell "du lịch" typed không dấu as
 * "du lich" from "đụ".
 *
 * @example
 * ```ts
 * typedWithDiacritics("các bạn")   //=> true
 * typedWithDiacritics("cac ban")   //=> false
 * typedWithDiacritics("Đi", 0, 1)  //=> true
 * typedWithDiacritics("ca\u0301c") //=> true (decomposed)
 * ```
 * @since 0.1.0
 * @category normalization
 */
export const typedWithDiacritics = (text: string, start = 0, end = text.length): boolean => {
  const from = Math.max(0, start)
  const to = Math.min(text.length, end)
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    const entry = ENTRY_TABLE[code] || entryOf(code)
    const kind = kindOf(entry)
    if (kind === LETTER) {
      const base = baseOf(entry)
      if (base === D_STROKE || compose(base, vowelMarkOf(entry), toneOf(entry)) !== base) return true
    } else if (kind === MARK && (vowelMarkOf(entry) !== 0 || toneOf(entry) !== 0)) return true
  }
  return false
}
