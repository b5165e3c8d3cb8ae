/**
 * Teencode: the abbreviations and spellings of Vietnamese chat that the
 * matcher reads as the words they stand for. A small table written for
 * lantoa, not a dictionary: only words that a moderation lexicon needs to
 * see through ("ko", "đc", "j") and nothing that is itself abusive (those
 * belong in the lexicon, as written: "đm", "vcl").
 *
 * @since 0.1.0
 * @module
 */

/**
 * Whole-word teencode and what it stands for. A word is replaced only when
 * it stands alone (between spaces or punctuation, not next to a digit:
 * "100k" is money, not "100 không"), is typed without diacritics and is at
 * most three letters long.
 *
 * Besides these words the normaliser applies letter rules inside words
 * (none of which exist in Vietnamese spelling, so real words are kept):
 * `f` → `ph` ("fải" → "phải"), `w` → `qu` ("wá" → "quá"), `j` → `gi`
 * ("jả" → "giả"; `g` before i: "jì" → "gì"), `z` → `gi` before a vowel
 * other than i/y, `g` before i/y, `d` elsewhere ("zả" → "giả", "zì" → "gì"),
 * `k` before a, ă, â, o, ô, ơ, u, ư → `c` ("kon" → "con"), and a final `k`
 * after a vowel → `c` ("cák" → "các").
 *
 * Every key is either without a vowel or spelled with k, j or z, which
 * the rules above rewrite: so no normalised word folds back to a key, and
 * normalising a normalised view changes nothing.
 *
 * @example
 * ```ts
 * TEENCODE_WORDS.ko  //=> "không"
 * TEENCODE_WORDS.đc  //=> "được"
 * TEENCODE_WORDS.ntn //=> "như thế nào"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const TEENCODE_WORDS: Readonly<Record<string, string>> = Object.freeze({
  k: "không",
  ko: "không",
  kh: "không",
  kg: "không",
  hk: "không",
  hok: "không",
  dc: "được",
  đc: "được",
  dk: "được",
  đk: "được",
  j: "gì",
  z: "vậy",
  vs: "với",
  bt: "biết",
  ng: "người",
  mk: "mình",
  mik: "mình",
  mh: "mình",
  r: "rồi",
  cx: "cũng",
  cg: "cũng",
  ns: "nói",
  tl: "trả lời",
  ntn: "như thế nào",
})
