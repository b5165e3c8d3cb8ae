/**
 * Diacritic folding, with a table for the characters Vietnamese text is
 * made of, so that a 20,000-row roster is folded without normalizing every
 * name twice.
 *
 * @internal
 */

// Combining Diacritical Marks: after NFD every Vietnamese tone mark (grave,
// acute, tilde, hook above, dot below) and vowel mark (circumflex, breve,
// horn) is one of these.
const COMBINING_MARKS = /[\u0300-\u036F]+/g

// đ/Đ have no decomposition, so NFD leaves them alone. ð/Ð (U+00F0, U+00D0)
// are what đ/Đ from a Windows-1258 file (bytes F0/D0) become when the file
// is read as Latin-1; folding them too lets such mis-decoded names still
// match.
const SMALL_D = /[\u0111\u00F0]/g
const CAPITAL_D = /[\u0110\u00D0]/g

/**
 * The definition: NFD, drop the marks, fold the d's, NFC. The final NFC puts
 * back together what NFD split and the marks did not belong to (Hangul
 * syllables, for one). Used as is for text outside the table's ranges.
 */
export const foldBySpec = (text: string): string =>
  text.normalize("NFD").replace(COMBINING_MARKS, "").replace(SMALL_D, "d").replace(CAPITAL_D, "D").normalize("NFC")

// Code ranges the table covers: Latin-1 letters to the end of Combining
// Diacritical Marks (U+00C0–U+036F), Latin Extended Additional (U+1E00–U+1EFF,
// where the precomposed Vietnamese letters with tones live), and General
// Punctuation (U+2000–U+206F: typographic quotes and dashes are common in
// titles). Below U+00C0 nothing has a canonical decomposition.
const TABLE_START = 0x00c0
const LATIN_END = 0x036f
const EXTENDED_START = 0x1e00
const EXTENDED_END = 0x1eff
const PUNCTUATION_START = 0x2000
const PUNCTUATION_END = 0x206f

const inTable = (code: number): boolean =>
  code <= LATIN_END ||
  (code >= EXTENDED_START && code <= EXTENDED_END) ||
  (code >= PUNCTUATION_START && code <= PUNCTUATION_END)

// For each covered code, its folded form, or `undefined` when it folds to
// itself. Built with `foldBySpec`, so the two cannot disagree on a single
// character; and folding is per character inside these ranges (the marks
// are all dropped, so there is no reordering, and no two letters or
// punctuation marks here compose), so they cannot disagree on a string.
const TABLE: ReadonlyArray<string | undefined> = (() => {
  const table: Array<string | undefined> = []
  for (let code = TABLE_START; code <= PUNCTUATION_END; code++) {
    if (!inTable(code)) continue
    const char = String.fromCharCode(code)
    const folded = foldBySpec(char)
    table[code - TABLE_START] = folded === char ? undefined : folded
  }
  return table
})()

/**
 * Folds `text` as {@link foldBySpec} does: by table when every character is
 * covered, copying unchanged runs a slice at a time; otherwise by the
 * definition.
 */
export const foldText = (text: string): string => {
  let out = ""
  let copiedUpTo = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < TABLE_START) continue
    if (!inTable(code)) return foldBySpec(text)
    const folded = TABLE[code - TABLE_START]
    if (folded === undefined) continue
    out += text.slice(copiedUpTo, i) + folded
    copiedUpTo = i + 1
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo)
}
