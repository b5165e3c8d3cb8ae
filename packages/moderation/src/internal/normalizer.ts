/**
 * The normaliser's engine: text in, the accented and folded views out (the
 * skeleton is the folded view's word characters), with a map from every
 * view code unit back to the original text, all in typed arrays that are
 * reused from one call to the next.
 *
 * Steps, in the order of the moderation anchors (§7):
 * 1. decode: one table lookup per code unit does zero-width removal,
 *    NFKD, confusables, NFC with marks in any order, and lower case;
 * 2. leetspeak, only between letters;
 * 3. separators between letters: `t.i.n` (a dot, dash, underscore… next to a
 *    one-letter piece) is joined, `lừa.đảo` becomes two words; then runs of
 *    three or more one-letter words are joined (`t h ậ t`);
 * 4. per word: stretched letters collapsed, teencode, written out.
 *
 * Steps 2 and 3, the word buffer of step 4 and the run collapse run only
 * when step 1 saw something for them to do: a plain word is copied from the
 * decoded units to the views directly.
 *
 * Doubled letters inside a word of three or more ("xoong", folded "cuu" of
 * "cứu") are listed, not removed: the matcher reads a double as one letter,
 * and terms are compiled the same way.
 *
 * @internal
 */
import { TEENCODE_WORDS } from "../Teencode.js"
import {
  ASTRAL,
  DIGIT,
  D_STROKE,
  ENTRY_TABLE,
  FOLD_TABLE,
  FOLD_TABLE_LIMIT,
  HIGH_SURROGATE,
  HORN,
  INVISIBLE,
  JOINER,
  LEET_SYMBOL,
  LETTER,
  MARK,
  OTHER_WORD,
  SPACE,
  astralEntry,
  baseOf,
  compose,
  entryOf,
  leetLetter,
  toneOf,
  vowelMarkOf,
} from "./charTable.js"

/** Reusable buffers and the result of the last call. */
export interface Scratch {
  text: string
  // units: one per visible character of the original, marks folded in
  unitCap: number
  uKind: Uint8Array
  /** The letter as written (lower case, composed), or the character. */
  uAcc: Uint16Array
  uS: Int32Array
  uE: Int32Array
  uDrop: Uint8Array
  nUnits: number
  /** The separator step ran: `uDrop` is valid. */
  joined: boolean
  /** Some letter is repeated three times or more: collapse runs. */
  needsRuns: boolean
  // the accented and folded views share one map; `word` marks word characters
  outCap: number
  acc: Uint16Array
  fold: Uint16Array
  start: Int32Array
  end: Int32Array
  word: Uint8Array
  n: number
  // positions of doubled letters the matcher skips, ascending
  skipA: Int32Array
  nSkipA: number
  skipF: Int32Array
  nSkipF: number
  /** No letter of the original carries a Vietnamese diacritic or đ. */
  unaccented: boolean
  // one word at a time, when it must be rewritten
  wordCap: number
  tAcc: Uint16Array
  tS: Int32Array
  tE: Int32Array
  nT: number
  // word list for the separator step
  tokA: Int32Array
  tokB: Int32Array
  tokJoin: Uint8Array
}

const allocUnits = (s: Scratch, cap: number): void => {
  s.unitCap = cap
  s.uKind = new Uint8Array(cap)
  s.uAcc = new Uint16Array(cap)
  s.uS = new Int32Array(cap)
  s.uE = new Int32Array(cap)
  s.uDrop = new Uint8Array(cap)
  s.tokA = new Int32Array(cap)
  s.tokB = new Int32Array(cap)
  s.tokJoin = new Uint8Array(cap)
  // A rewritten word can grow: "f" → "ph".
  s.wordCap = cap * 2
  s.tAcc = new Uint16Array(cap * 2)
  s.tS = new Int32Array(cap * 2)
  s.tE = new Int32Array(cap * 2)
}

const allocOut = (s: Scratch, cap: number): void => {
  s.outCap = cap
  s.acc = new Uint16Array(cap)
  s.fold = new Uint16Array(cap)
  s.start = new Int32Array(cap)
  s.end = new Int32Array(cap)
  s.word = new Uint8Array(cap)
  s.skipA = new Int32Array(cap)
  s.skipF = new Int32Array(cap)
}

/** Fresh buffers; they grow as longer texts arrive. */
export const createScratch = (): Scratch => {
  const s: Scratch = {
    text: "",
    unitCap: 0,
    uKind: new Uint8Array(0),
    uAcc: new Uint16Array(0),
    uS: new Int32Array(0),
    uE: new Int32Array(0),
    uDrop: new Uint8Array(0),
    nUnits: 0,
    joined: false,
    needsRuns: false,
    outCap: 0,
    acc: new Uint16Array(0),
    fold: new Uint16Array(0),
    start: new Int32Array(0),
    end: new Int32Array(0),
    word: new Uint8Array(0),
    n: 0,
    skipA: new Int32Array(0),
    nSkipA: 0,
    skipF: new Int32Array(0),
    nSkipF: 0,
    unaccented: true,
    wordCap: 0,
    tAcc: new Uint16Array(0),
    tS: new Int32Array(0),
    tE: new Int32Array(0),
    nT: 0,
    tokA: new Int32Array(0),
    tokB: new Int32Array(0),
    tokJoin: new Uint8Array(0),
  }
  allocUnits(s, 256)
  allocOut(s, 1024)
  return s
}

// The longest teencode expansion per input letter ("k" → "không") bounds
// how much longer the views can get than the text.
const GROWTH = 6

const ensure = (s: Scratch, length: number): void => {
  if (length + 1 > s.unitCap) allocUnits(s, Math.max(length + 1, s.unitCap * 2))
  const out = length * GROWTH + 8
  if (out > s.outCap) allocOut(s, Math.max(out, s.outCap * 2))
}

// ── teencode: words by a numeric key (≤ 3 letters, 5 bits each) ──────────

const letterValue = (code: number): number => (code >= 0x61 && code <= 0x7a ? code - 0x60 : code === D_STROKE ? 27 : 0)

const TEEN_INDEX = new Int16Array(1 << 15).fill(-1)
const TEEN_WORDS: Array<Uint16Array> = []
for (const [key, value] of Object.entries(TEENCODE_WORDS)) {
  let k = 0
  for (const char of key) k = k * 32 + letterValue(char.charCodeAt(0))
  TEEN_INDEX[k] = TEEN_WORDS.length
  TEEN_WORDS.push(Uint16Array.from([...value.normalize("NFC")].map((char) => char.charCodeAt(0))))
}

const isWordKind = (kind: number): boolean => kind === LETTER || kind === DIGIT || kind === OTHER_WORD

const foldOf = (code: number): number => (code < FOLD_TABLE_LIMIT ? (FOLD_TABLE[code] as number) : code)

// ── step 1: decode ─────────────────────────────────────────────────────────

const NEED_LEET = 1
const NEED_JOIN = 2
const NEED_RUNS = 4

const decode = (s: Scratch, text: string): number => {
  const { uKind, uAcc, uS, uE } = s
  const length = text.length
  let u = -1
  let needs = 0
  let singles = 0
  let wordLength = 0
  let afterLetterJoiners = false
  let runFold = -1
  let runLength = 0
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    let entry = ENTRY_TABLE[code] as number
    if (entry === 0) entry = entryOf(code)
    let kind = entry & 15
    const at = i
    if (kind === HIGH_SURROGATE) {
      const low = i + 1 < length ? text.charCodeAt(i + 1) : 0
      if (low >= 0xdc00 && low <= 0xdfff) {
        entry = astralEntry(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
        i++
      } else entry = ASTRAL
      kind = entry & 15
    }
    if (kind === LETTER) {
      // The common case first: a letter, composed with its marks.
      const base = entry >>> 16
      u++
      uKind[u] = LETTER
      uAcc[u] = (entry & 0x1f0) === 0 ? base : compose(base, (entry >> 4) & 3, (entry >> 6) & 7)
      uS[u] = at
      uE[u] = i + 1
      if (afterLetterJoiners) {
        needs |= NEED_JOIN
        afterLetterJoiners = false
      }
      wordLength++
      const folded = base === D_STROKE ? 0x64 : base
      if (folded === runFold) {
        if (++runLength === 3) needs |= NEED_RUNS
      } else {
        runFold = folded
        runLength = 1
      }
      continue
    }
    if (kind === MARK) {
      // A mark belongs to the unit before it (after any invisible character);
      // it adds to the letter's marks in whatever order they come.
      if (u >= 0) {
        uE[u] = i + 1
        if (uKind[u] === LETTER) {
          const letter = uAcc[u] as number
          const current = ENTRY_TABLE[letter] || entryOf(letter)
          const mark = vowelMarkOf(current) || vowelMarkOf(entry)
          const tone = toneOf(current) || toneOf(entry)
          uAcc[u] = compose(baseOf(current), mark, tone)
        }
      }
      continue
    }
    if (kind === INVISIBLE) continue
    u++
    const base = entry >>> 16
    uKind[u] = kind
    uAcc[u] = base
    uS[u] = at
    uE[u] = i + 1
    if (wordLength === 1) singles++
    if (kind === JOINER) afterLetterJoiners ||= wordLength > 0
    else afterLetterJoiners = false
    if ((kind === DIGIT || kind === LEET_SYMBOL) && wordLength > 0 && leetLetter(base) !== 0) needs |= NEED_LEET
    wordLength = 0
    runFold = -1
  }
  if (wordLength === 1) singles++
  if (singles >= 3) needs |= NEED_JOIN
  s.nUnits = u + 1
  return needs
}

// ── step 2: leetspeak between letters ──────────────────────────────────────

const leet = (s: Scratch): boolean => {
  const { uKind, uAcc } = s
  const n = s.nUnits
  let changed = false
  for (let u = 1; u < n; u++) {
    const kind = uKind[u]
    if ((kind !== DIGIT && kind !== LEET_SYMBOL) || uKind[u - 1] !== LETTER || leetLetter(uAcc[u] as number) === 0) continue
    let v = u
    while (v < n && (uKind[v] === DIGIT || uKind[v] === LEET_SYMBOL) && leetLetter(uAcc[v] as number) !== 0) v++
    if (v < n && uKind[v] === LETTER) {
      for (let k = u; k < v; k++) {
        uKind[k] = LETTER
        uAcc[k] = leetLetter(uAcc[k] as number)
      }
      changed = true
    }
    u = v
  }
  return changed
}

// ── step 3: separators between letters ─────────────────────────────────────

const GAP_HARD = 0
const GAP_JOINERS = 1
const GAP_SPACES = 2

const gapKind = (s: Scratch, from: number, to: number): number => {
  if (from >= to) return GAP_HARD
  let space = false
  for (let u = from; u < to; u++) {
    const kind = s.uKind[u]
    if (kind === SPACE) space = true
    else if (kind !== JOINER) return GAP_HARD
  }
  return space ? GAP_SPACES : GAP_JOINERS
}

/**
 * The length of the letters [from, to) once stretched runs are collapsed
 * as the writing step will ("nguuu" → 3, "ngguuu" → 3, "aaa" → 1): the
 * separator rules judge words by what they will read as.
 */
const collapsedLength = (s: Scratch, from: number, to: number): number => {
  let runs = 0
  let doubles = 0
  let stretched = false
  for (let u = from; u < to; ) {
    const letter = foldOf(s.uAcc[u] as number)
    let v = u + 1
    while (v < to && foldOf(s.uAcc[v] as number) === letter) v++
    if (v - u >= 3) stretched = true
    else if (v - u === 2) doubles++
    runs++
    u = v
  }
  return stretched ? runs : runs + doubles
}

/** A word of one letter, maybe stretched ("a", "aaa"): it is a piece of a spelt-out word. */
const oneLetter = (s: Scratch, from: number, to: number): boolean => collapsedLength(s, from, to) === 1

/** Joins and splits at separators; true when a join put two equal letters side by side (a run may need collapsing). */
const join = (s: Scratch): boolean => {
  const { uKind, tokA, tokB, tokJoin, uDrop } = s
  const n = s.nUnits
  uDrop.fill(0, 0, n)
  let words = 0
  for (let u = 0; u < n; ) {
    if (uKind[u] !== LETTER) {
      u++
      continue
    }
    const from = u
    while (u < n && uKind[u] === LETTER) u++
    tokA[words] = from
    tokB[words] = u
    words++
  }
  // After word k: 0 keeps the gap, 1 drops it (join), 2 makes it one space.
  for (let k = 0; k + 1 < words; k++) {
    tokJoin[k] = 0
    if (gapKind(s, tokB[k] as number, tokA[k + 1] as number) !== GAP_JOINERS) continue
    const left = collapsedLength(s, tokA[k] as number, tokB[k] as number)
    const right = collapsedLength(s, tokA[k + 1] as number, tokB[k + 1] as number)
    tokJoin[k] = left === 1 || right === 1 ? 1 : 2
  }
  if (words > 0) tokJoin[words - 1] = 0
  // Runs of three or more pieces across spaces, a piece being a one-letter
  // word or letters just joined from pieces: "t h ậ t", "k h ô-n g". Two
  // are left alone: "e k" is "em không".
  let k = 0
  let runStart = -1
  let pieces = 0
  while (k < words) {
    // the group of words joined above, starting at word k
    let groupEnd = k
    while (groupEnd + 1 < words && tokJoin[groupEnd] === 1) groupEnd++
    const piece = groupEnd > k || oneLetter(s, tokA[k] as number, tokB[k] as number)
    if (piece && runStart >= 0 && gapKind(s, tokB[k - 1] as number, tokA[k] as number) === GAP_SPACES) pieces++
    else {
      if (pieces >= 3) for (let j = runStart; j < k - 1; j++) if (tokJoin[j] === 0) tokJoin[j] = 1
      runStart = piece ? k : -1
      pieces = piece ? 1 : 0
    }
    k = groupEnd + 1
  }
  if (pieces >= 3) for (let j = runStart; j < words - 1; j++) if (tokJoin[j] === 0) tokJoin[j] = 1
  let touching = false
  for (let j = 0; j + 1 < words; j++) {
    const mode = tokJoin[j]
    if (mode === 0) continue
    const from = tokB[j] as number
    const to = tokA[j + 1] as number
    for (let u = from; u < to; u++) uDrop[u] = 1
    if (mode === 2) uDrop[from] = 2
    else if (foldOf(s.uAcc[from - 1] as number) === foldOf(s.uAcc[to] as number)) touching = true
  }
  return touching
}

// ── step 4: write the views ────────────────────────────────────────────────

const put = (s: Scratch, code: number, start: number, end: number, word: number): void => {
  const o = s.n
  s.acc[o] = code
  s.fold[o] = code < FOLD_TABLE_LIMIT ? (FOLD_TABLE[code] as number) : code
  s.start[o] = start
  s.end[o] = end
  s.word[o] = word
  s.n = o + 1
}

const isFoldVowel = (f: number): boolean => f === 0x61 || f === 0x65 || f === 0x69 || f === 0x6f || f === 0x75 || f === 0x79

const HORN_U = new Set<number>()
for (let tone = 0; tone < 6; tone++) HORN_U.add(compose(0x75, HORN, tone))

/**
 * Writes one letter for the run [i, j) of the word buffer at w: the first
 * that carries a diacritic (else the first). "ư" followed by plain "u"s
 * keeps one "u": "cứuuu" is "cứu", never "cứ".
 */
const keepOne = (s: Scratch, i: number, j: number, w: number): number => {
  const { tAcc, tS, tE } = s
  let pick = i
  for (let k = i; k < j; k++) {
    if (tAcc[k] !== foldOf(tAcc[k] as number)) {
      pick = k
      break
    }
  }
  const letter = tAcc[pick] as number
  let u = -1
  if (HORN_U.has(letter)) {
    for (let k = pick + 1; k < j; k++) {
      if (tAcc[k] === 0x75) {
        u = k
        break
      }
    }
  }
  const endAt = tE[j - 1] as number
  tAcc[w] = letter
  tS[w] = tS[i] as number
  if (u < 0) {
    tE[w] = endAt
    return w + 1
  }
  const uStart = tS[u] as number
  tE[w] = uStart
  tAcc[w + 1] = 0x75
  tS[w + 1] = uStart
  tE[w + 1] = endAt
  return w + 2
}

/** Collapses letters stretched to three or more ("nguuuu"); then, in a stretched word, doubles too ("ngguuuu" → "ngu"). */
const collapseRuns = (s: Scratch): void => {
  const { tAcc, tS, tE } = s
  const n = s.nT
  let w = 0
  let stretched = false
  for (let i = 0; i < n; ) {
    const f = foldOf(tAcc[i] as number)
    let j = i + 1
    while (j < n && foldOf(tAcc[j] as number) === f) j++
    if (j - i < 3) {
      for (let k = i; k < j; k++) {
        tAcc[w] = tAcc[k] as number
        tS[w] = tS[k] as number
        tE[w] = tE[k] as number
        w++
      }
    } else {
      stretched = true
      w = keepOne(s, i, j, w)
    }
    i = j
  }
  s.nT = w
  if (!stretched) return
  let v = 0
  for (let i = 0; i < s.nT; ) {
    const f = foldOf(tAcc[i] as number)
    if (i + 1 < s.nT && foldOf(tAcc[i + 1] as number) === f) {
      v = keepOne(s, i, i + 2, v)
      i += 2
    } else {
      tAcc[v] = tAcc[i] as number
      tS[v] = tS[i] as number
      tE[v] = tE[i] as number
      v++
      i++
    }
  }
  s.nT = v
}

/** Whether the word written from `first` has a letter three times in a row (folded). */
const hasRun = (s: Scratch, first: number): boolean => {
  for (let o = first + 2; o < s.n; o++) {
    if (s.fold[o] === s.fold[o - 1] && s.fold[o] === s.fold[o - 2]) return true
  }
  return false
}

/** Writes the word buffer with the letter rules of teencode. */
const emitRewritten = (s: Scratch, rules: boolean): void => {
  const { tAcc, tS, tE } = s
  const n = s.nT
  // The rules read a syllable: a word without a vowel ("kx", "zk") is an
  // abbreviation, left as typed.
  let syllable = false
  let marked = false
  for (let i = 0; i < n; i++) {
    const code = tAcc[i] as number
    if (code >= 0x80) marked = true
    if (isFoldVowel(foldOf(code)) || code === 0x77 || code === 0x6a) syllable = true
  }
  if (!rules || !syllable) {
    for (let i = 0; i < n; i++) put(s, tAcc[i] as number, tS[i] as number, tE[i] as number, 1)
    return
  }
  let hasVowel = false
  // "ok" stays "ok"; "ók" is "óc".
  const onset = marked || !isFoldVowel(foldOf(tAcc[0] as number))
  for (let i = 0; i < n; i++) {
    const code = tAcc[i] as number
    const start = tS[i] as number
    const end = tE[i] as number
    const next = i + 1 < n ? foldOf(tAcc[i + 1] as number) : 0
    if (n > 1 && code === 0x66) {
      // f → ph
      put(s, 0x70, start, end, 1)
      put(s, 0x68, start, end, 1)
    } else if (n > 1 && code === 0x77) {
      // w → qu
      put(s, 0x71, start, end, 1)
      put(s, 0x75, start, end, 1)
      hasVowel = true
    } else if (n > 1 && (code === 0x6a || code === 0x7a)) {
      // j → gi (g before i/y); z → gi before a vowel, g before i/y, d elsewhere
      if (next === 0x69 || next === 0x79) put(s, 0x67, start, end, 1)
      else if (code === 0x6a || isFoldVowel(next)) {
        put(s, 0x67, start, end, 1)
        put(s, 0x69, start, end, 1)
        hasVowel = true
      } else put(s, 0x64, start, end, 1)
    } else if (code === 0x6b && (i === n - 1 ? hasVowel && onset : next !== 0x69 && next !== 0x65 && next !== 0x79 && next !== 0x68)) {
      // Vietnamese writes k only before i, e, ê, y and in "kh": any other
      // k is a c ("kon", "cák", and inside words run together: "clickvào").
      // A final k after a vowel too, but not in a word without an onset:
      // "ok" stays "ok".
      put(s, 0x63, start, end, 1)
    } else put(s, code, start, end, 1)
    if (isFoldVowel(foldOf(code))) hasVowel = true
  }
}

const emit = (s: Scratch, text: string): void => {
  const { uKind, uAcc, uS, uE, uDrop, acc, fold, start, end, word, skipA, skipF } = s
  const joined = s.joined
  const needsRuns = s.needsRuns
  const n = s.nUnits
  let o = 0
  let nSkipA = 0
  let nSkipF = 0
  let accented = false
  let spaceFrom = -1
  let spaceTo = -1
  for (let u = 0; u < n; ) {
    const drop = joined ? (uDrop[u] as number) : 0
    if (drop === 1) {
      u++
      continue
    }
    const kind = uKind[u] as number
    if (drop === 2 || kind === SPACE) {
      if (spaceFrom < 0) spaceFrom = uS[u] as number
      spaceTo = uE[u] as number
      u++
      continue
    }
    if (spaceFrom >= 0) {
      if (o > 0) {
        acc[o] = 0x20
        fold[o] = 0x20
        start[o] = spaceFrom
        end[o] = spaceTo
        word[o] = 0
        o++
      }
      spaceFrom = -1
    }
    if (kind !== LETTER) {
      s.n = o
      if (kind === ASTRAL) {
        const from = uS[u] as number
        const to = uE[u] as number
        for (let i = from; i < to; i++) put(s, text.charCodeAt(i), from, to, 0)
      } else put(s, uAcc[u] as number, uS[u] as number, uE[u] as number, isWordKind(kind) ? 1 : 0)
      o = s.n
      u++
      continue
    }
    // One word: its letters up to the next kept unit that is not a letter,
    // written as they are; rewritten below if the word needs it.
    const first = o
    const skipsA = nSkipA
    const skipsF = nSkipF
    let plain = true
    let rules = false
    let key = 0
    let v = u
    for (; v < n; v++) {
      if (joined && uDrop[v] === 1) continue
      if (uKind[v] !== LETTER) break
      const code = uAcc[v] as number
      const folded = code < FOLD_TABLE_LIMIT ? (FOLD_TABLE[code] as number) : code
      if (code !== folded) {
        accented = true
        if (code !== D_STROKE) plain = false
      }
      if (code === 0x66 || code === 0x77 || code === 0x6a || code === 0x7a || code === 0x6b) rules = true
      key = key * 32 + letterValue(code)
      if (o > first) {
        if (acc[o - 1] === code) skipA[nSkipA++] = o
        if (fold[o - 1] === folded) skipF[nSkipF++] = o
      }
      acc[o] = code
      fold[o] = folded
      start[o] = uS[v] as number
      end[o] = uE[v] as number
      word[o] = 1
      o++
    }
    const length = o - first
    let teen = -1
    const before = u - 1
    const standalone =
      plain &&
      (before < 0 || (uKind[before] !== DIGIT && uKind[before] !== OTHER_WORD)) &&
      (v >= n || (uKind[v] !== DIGIT && uKind[v] !== OTHER_WORD))
    if (standalone && length <= 3) teen = TEEN_INDEX[key] as number
    if (teen >= 0 || rules || needsRuns) {
      // Rewrite: back to the word's first position.
      o = first
      nSkipA = skipsA
      nSkipF = skipsF
      s.n = o
      if (teen >= 0) {
        // The whole word becomes the expansion, each code unit mapped to the word.
        const expansion = TEEN_WORDS[teen] as Uint16Array
        const from = uS[u] as number
        const to = uE[v - 1] as number
        for (let k = 0; k < expansion.length; k++) {
          const code = expansion[k] as number
          put(s, code, from, to, code === 0x20 ? 0 : 1)
        }
      } else {
        let t = 0
        for (let w = u; w < v; w++) {
          if (joined && uDrop[w] === 1) continue
          s.tAcc[t] = uAcc[w] as number
          s.tS[t] = uS[w] as number
          s.tE[t] = uE[w] as number
          t++
        }
        s.nT = t
        if (needsRuns) collapseRuns(s)
        // A stretched word may read as teencode once collapsed ("kooo").
        if (standalone && s.nT <= 3) {
          let collapsedKey = 0
          for (let w = 0; w < s.nT; w++) collapsedKey = collapsedKey * 32 + letterValue(s.tAcc[w] as number)
          teen = TEEN_INDEX[collapsedKey] as number
        }
        if (teen >= 0) {
          const expansion = TEEN_WORDS[teen] as Uint16Array
          const from = uS[u] as number
          const to = uE[v - 1] as number
          for (let k = 0; k < expansion.length; k++) {
            const code = expansion[k] as number
            put(s, code, from, to, code === 0x20 ? 0 : 1)
          }
        } else emitRewritten(s, rules)
        // The rules may have made a run ("cck" → "ccc"): collapse it too.
        if (teen < 0 && rules && hasRun(s, first)) {
          const end = s.n
          for (let w = first; w < end; w++) {
            s.tAcc[w - first] = acc[w] as number
            s.tS[w - first] = start[w] as number
            s.tE[w - first] = s.end[w] as number
          }
          s.nT = end - first
          collapseRuns(s)
          s.n = first
          for (let w = 0; w < s.nT; w++) put(s, s.tAcc[w] as number, s.tS[w] as number, s.tE[w] as number, 1)
        }
      }
      o = s.n
      for (let w = first + 1; w < o; w++) {
        if (word[w] === 0 || word[w - 1] === 0) continue
        if (acc[w] === acc[w - 1]) skipA[nSkipA++] = w
        if (fold[w] === fold[w - 1]) skipF[nSkipF++] = w
      }
    }
    // Doubles count only in words of three letters or more ("cc" is not "c").
    if (o - first < 3) {
      nSkipA = skipsA
      nSkipF = skipsF
    }
    u = v
  }
  s.n = o
  s.nSkipA = nSkipA
  s.nSkipF = nSkipF
  s.unaccented = !accented
}

/** Normalises `text` into the scratch buffers. */
export const normalizeInto = (s: Scratch, text: string): void => {
  s.text = text
  ensure(s, text.length)
  let needs = decode(s, text)
  if ((needs & NEED_LEET) !== 0 && leet(s)) needs |= NEED_JOIN | NEED_RUNS
  s.joined = (needs & NEED_JOIN) !== 0
  if (s.joined && join(s)) needs |= NEED_RUNS
  s.needsRuns = (needs & NEED_RUNS) !== 0
  emit(s, text)
}
