/**
 * A compiled word list (lexicon, allow-list or cue phrases) and its scan
 * over the normaliser's views: one automaton per view, word boundaries in
 * the accented and folded views, letter-run boundaries of the original in
 * the skeleton, and for every hit outside the accented view how its
 * diacritics compare with the term's.
 *
 * @internal
 */
import type { FoldPolicy } from "../ModerationPolicy.js"
import { type Automaton, buildAutomaton } from "./automaton.js"
import {
  DIGIT,
  ENTRY_TABLE,
  FOLD_TABLE,
  FOLD_TABLE_LIMIT,
  INVISIBLE,
  LETTER,
  MARK,
  OTHER_WORD,
  astralEntry,
  baseOf,
  entryOf,
  kindOf,
  toneOf,
  vowelMarkOf,
} from "./charTable.js"
import { createScratch, normalizeInto, type Scratch } from "./normalizer.js"

/** Which view a hit was found in. */
export const VIEW_ACCENTED = 0
export const VIEW_FOLDED = 1
export const VIEW_SKELETON = 2

/** How the span's diacritics compare with the term's. */
export const AS_WRITTEN = 0
/** Same letters and tones, a tone on another vowel of the syllable ("hoà"/"hòa"). */
export const TONE_PLACEMENT = 1
/** The span has no diacritic (and no đ) at all. */
export const NO_DIACRITICS = 2
/** The writer typed other diacritics: another word ("các" is not "cặc"). */
export const DIFFERENT = 3
/**
 * No diacritic, and some syllable cannot be Vietnamese without its tone: it
 * ends in p, t, c or ch, which take only sắc or nặng ("sai su that"). The
 * diacritics were stripped, not absent from other words ("tin gia đình").
 */
export const STRIPPED = 4

/** One word or phrase to find. */
export interface MatchTerm {
  readonly term: string
  readonly fold: FoldPolicy
}

/** A term as the matcher holds it. */
export interface CompiledTerm {
  readonly term: string
  readonly fold: FoldPolicy
  readonly syllables: number
  readonly hasDiacritics: boolean
  readonly hasVowel: boolean
  /** The accented letter at each position of the folded pattern, and its syllable. */
  readonly foldAccents: Uint16Array
  readonly foldSyllables: Uint8Array
  readonly skeletonAccents: Uint16Array
  readonly skeletonSyllables: Uint8Array
  readonly syllableTones: Uint8Array
  /** Also matched in the skeleton view (two or more syllables, five or more letters). */
  readonly inSkeleton: boolean
}

/** A compiled list. */
export interface Matcher {
  readonly terms: ReadonlyArray<CompiledTerm>
  /** Per view, the automaton and, for each pattern id, the terms it stands for. */
  readonly automata: readonly [Automaton, Automaton, Automaton]
  readonly patternTerms: readonly [ReadonlyArray<ReadonlyArray<number>>, ReadonlyArray<ReadonlyArray<number>>, ReadonlyArray<ReadonlyArray<number>>]
}

/** A problem with one term: it has no letter or digit left after normalisation. */
export interface TermProblem {
  readonly index: number
  readonly term: string
}

const foldOf = (code: number): number => (code < FOLD_TABLE_LIMIT ? (FOLD_TABLE[code] as number) : code)

const codesOf = (values: ReadonlyArray<number>): Uint16Array => Uint16Array.from(values)

const keyOf = (codes: Uint16Array): string => String.fromCharCode(...codes)

/** Positions listed in `list[0…count)` as a set, for the few lookups of compiling. */
const listed = (list: Int32Array, count: number): Set<number> => new Set(list.subarray(0, count))

const compileTerm = (s: Scratch, term: MatchTerm): { compiled: CompiledTerm; patterns: [Uint16Array, Uint16Array, Uint16Array | undefined] } | undefined => {
  normalizeInto(s, term.term.normalize("NFC"))
  const syllableOf = new Uint8Array(s.n)
  let syllable = -1
  let inWord = false
  for (let o = 0; o < s.n; o++) {
    if (s.word[o] === 1) {
      if (!inWord) syllable++
      inWord = true
    } else inWord = false
    syllableOf[o] = Math.max(0, Math.min(syllable, 255))
  }
  if (syllable < 0) return undefined
  const syllables = syllable + 1
  const skipA = listed(s.skipA, s.nSkipA)
  const skipF = listed(s.skipF, s.nSkipF)
  const accented: Array<number> = []
  const folded: Array<number> = []
  const foldAccents: Array<number> = []
  const foldSyllables: Array<number> = []
  const skeleton: Array<number> = []
  const skeletonAccents: Array<number> = []
  const skeletonSyllables: Array<number> = []
  let hasDiacritics = false
  let hasVowel = false
  let letters = 0
  const syllableTones = new Uint8Array(Math.min(syllables, 256))
  for (let o = 0; o < s.n; o++) {
    const acc = s.acc[o] as number
    const fold = s.fold[o] as number
    const at = syllableOf[o] as number
    if (acc !== fold) hasDiacritics = true
    if (fold === 0x61 || fold === 0x65 || fold === 0x69 || fold === 0x6f || fold === 0x75 || fold === 0x79) hasVowel = true
    const tone = toneOf(ENTRY_TABLE[acc] || entryOf(acc))
    if (s.word[o] === 1 && tone !== 0 && syllableTones[at] === 0) syllableTones[at] = tone
    if (!skipA.has(o)) accented.push(acc)
    letters += s.word[o] as number
    if (s.word[o] === 1 && fold !== skeleton[skeleton.length - 1]) {
      skeleton.push(fold)
      skeletonAccents.push(acc)
      skeletonSyllables.push(at)
    }
    if (skipF.has(o)) continue
    folded.push(fold)
    foldAccents.push(acc)
    foldSyllables.push(at)
  }
  const inSkeleton = syllables >= 2 && letters >= 5
  return {
    compiled: {
      term: term.term,
      fold: term.fold,
      syllables,
      hasDiacritics,
      hasVowel,
      foldAccents: codesOf(foldAccents),
      foldSyllables: Uint8Array.from(foldSyllables),
      skeletonAccents: codesOf(skeletonAccents),
      skeletonSyllables: Uint8Array.from(skeletonSyllables),
      syllableTones,
      inSkeleton,
    },
    patterns: [codesOf(accented), codesOf(folded), inSkeleton ? codesOf(skeleton) : undefined],
  }
}

/**
 * Compiles a list of terms. Terms that normalise to nothing are reported
 * and left out (their index keeps its place, with no pattern).
 */
export const compileMatcher = (terms: ReadonlyArray<MatchTerm>): { matcher: Matcher; problems: ReadonlyArray<TermProblem> } => {
  const scratch = createScratch()
  const compiled: Array<CompiledTerm> = []
  const problems: Array<TermProblem> = []
  const patterns: [Array<Uint16Array>, Array<Uint16Array>, Array<Uint16Array>] = [[], [], []]
  const owners: [Array<Array<number>>, Array<Array<number>>, Array<Array<number>>] = [[], [], []]
  const ids: [Map<string, number>, Map<string, number>, Map<string, number>] = [new Map(), new Map(), new Map()]
  const add = (view: 0 | 1 | 2, codes: Uint16Array, termIndex: number): void => {
    const key = keyOf(codes)
    let id = ids[view].get(key)
    if (id === undefined) {
      id = patterns[view].length
      ids[view].set(key, id)
      patterns[view].push(codes)
      owners[view].push([])
    }
    const list = owners[view][id] as Array<number>
    if (!list.includes(termIndex)) list.push(termIndex)
  }
  terms.forEach((term, index) => {
    const result = compileTerm(scratch, term)
    if (result === undefined) {
      problems.push({ index, term: term.term })
      compiled.push({
        term: term.term,
        fold: term.fold,
        syllables: 0,
        hasDiacritics: false,
        hasVowel: false,
        foldAccents: new Uint16Array(0),
        foldSyllables: new Uint8Array(0),
        skeletonAccents: new Uint16Array(0),
        skeletonSyllables: new Uint8Array(0),
        syllableTones: new Uint8Array(0),
        inSkeleton: false,
      })
      return
    }
    compiled.push(result.compiled)
    const [accented, folded, skeleton] = result.patterns
    add(VIEW_ACCENTED, accented, index)
    // An accented-only term is still looked up folded: a hit there whose
    // diacritics are the term's with the tone on another vowel ("hoà",
    // "hòa") is the same word.
    add(VIEW_FOLDED, folded, index)
    if (skeleton !== undefined) add(VIEW_SKELETON, skeleton, index)
  })
  return {
    matcher: {
      terms: compiled,
      automata: [buildAutomaton(patterns[0]), buildAutomaton(patterns[1]), buildAutomaton(patterns[2])],
      patternTerms: owners,
    },
    problems,
  }
}

/** Hits of one scan, in reusable arrays. */
export interface Hits {
  count: number
  term: Int32Array
  view: Uint8Array
  relation: Uint8Array
  /** Range in the original text. */
  start: Int32Array
  end: Int32Array
  consumed: Int32Array
  consumedFolded: Int32Array
  consumedSkeleton: Int32Array
  syllableTones: Uint8Array
}

/** Fresh hit buffers. */
export const createHits = (): Hits => ({
  count: 0,
  term: new Int32Array(32),
  view: new Uint8Array(32),
  relation: new Uint8Array(32),
  start: new Int32Array(32),
  end: new Int32Array(32),
  consumed: new Int32Array(1024),
  consumedFolded: new Int32Array(1024),
  consumedSkeleton: new Int32Array(1024),
  syllableTones: new Uint8Array(256),
})

const pushHit = (hits: Hits, term: number, view: number, relation: number, start: number, end: number): void => {
  if (hits.count === hits.term.length) {
    const grow = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const next = make(array.length * 2)
      next.set(array)
      return next
    }
    hits.term = grow(hits.term, (n) => new Int32Array(n))
    hits.view = grow(hits.view, (n) => new Uint8Array(n))
    hits.relation = grow(hits.relation, (n) => new Uint8Array(n))
    hits.start = grow(hits.start, (n) => new Int32Array(n))
    hits.end = grow(hits.end, (n) => new Int32Array(n))
  }
  const i = hits.count++
  hits.term[i] = term
  hits.view[i] = view
  hits.relation[i] = relation
  hits.start[i] = start
  hits.end[i] = end
}

/**
 * Compares the span's accented letters (at `consumed[from…from+length)`,
 * through `map` for the skeleton) with the term's.
 */
const relationOf = (
  s: Scratch,
  hits: Hits,
  consumed: Int32Array,
  from: number,
  length: number,
  accents: Uint16Array,
  syllables: Uint8Array,
  termTones: Uint8Array,
  firstAt: number,
): number => {
  let exact = true
  let plain = true
  let sameLetters = true
  const tones = hits.syllableTones
  const syllableCount = termTones.length
  for (let i = 0; i < syllableCount; i++) tones[i] = 0
  for (let i = 0; i < length; i++) {
    const span = s.acc[i === 0 ? firstAt : (consumed[from + i] as number)] as number
    const want = accents[i] as number
    if (span !== foldOf(span)) plain = false
    if (span === want) {
      const tone = toneOf(ENTRY_TABLE[span] || entryOf(span))
      if (tone !== 0) tones[syllables[i] as number] = tone
      continue
    }
    exact = false
    const spanEntry = ENTRY_TABLE[span] || entryOf(span)
    const wantEntry = ENTRY_TABLE[want] || entryOf(want)
    if (baseOf(spanEntry) !== baseOf(wantEntry) || vowelMarkOf(spanEntry) !== vowelMarkOf(wantEntry)) sameLetters = false
    const tone = toneOf(spanEntry)
    if (tone !== 0) {
      const syllable = syllables[i] as number
      tones[syllable] = tones[syllable] === 0 || tones[syllable] === tone ? tone : 7
    }
  }
  if (exact) return AS_WRITTEN
  if (plain) return strippedSyllable(s, consumed, from, length, syllables, firstAt) ? STRIPPED : NO_DIACRITICS
  if (!sameLetters) return DIFFERENT
  for (let i = 0; i < syllableCount; i++) if (tones[i] !== termTones[i]) return DIFFERENT
  return TONE_PLACEMENT
}

const isStop = (code: number): boolean => code === 0x70 || code === 0x74 || code === 0x63

/** Whether a syllable of the span (as the term's syllables divide it) ends in p, t, c or ch: toneless, it is no Vietnamese word. */
const strippedSyllable = (s: Scratch, consumed: Int32Array, from: number, length: number, syllables: Uint8Array, firstAt: number): boolean => {
  let last = 0
  let beforeLast = 0
  for (let i = 0; i < length; i++) {
    const o = i === 0 ? firstAt : (consumed[from + i] as number)
    if (s.word[o] === 0) continue
    const code = s.fold[o] as number
    beforeLast = last
    last = code
    const ends = i + 1 === length || syllables[i + 1] !== syllables[i]
    if (!ends) continue
    if (isStop(last) || (last === 0x68 && beforeLast === 0x63)) return true
    last = 0
    beforeLast = 0
  }
  return false
}

const isWordEntry = (entry: number): boolean => {
  const kind = kindOf(entry)
  return kind === LETTER || kind === DIGIT || kind === OTHER_WORD
}

/**
 * Whether `at` is a boundary of a run of letters in the original text:
 * the characters on the side `step` (-1: before, +1: after), past any
 * invisible ones, are not a letter, mark or digit.
 */
const runBoundary = (text: string, at: number, step: -1 | 1): boolean => {
  for (let i = step < 0 ? at - 1 : at; i >= 0 && i < text.length; i += step) {
    const code = text.charCodeAt(i)
    let entry = ENTRY_TABLE[code] || entryOf(code)
    let kind = kindOf(entry)
    if (kind === INVISIBLE) continue
    if (kind === MARK) return false
    if (code >= 0xd800 && code <= 0xdfff) {
      const high = step < 0 ? text.charCodeAt(i - 1) : code
      const low = step < 0 ? code : text.charCodeAt(i + 1)
      if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        entry = astralEntry(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
        kind = kindOf(entry)
      }
    }
    return !isWordEntry(entry)
  }
  return true
}

/** The first letter of the run at `first` (a run of one folded letter) that starts a letter run of the original, or -1. */
const skeletonStart = (s: Scratch, first: number): number => {
  const letter = s.fold[first]
  for (let o = first; o < s.n; o++) {
    if (s.word[o] === 0) continue
    if (s.fold[o] !== letter) break
    if (runBoundary(s.text, s.start[o] as number, -1)) return o
  }
  return -1
}

/** The last letter of the run ending the match at `i` that ends a letter run of the original, or -1. */
const skeletonEnd = (s: Scratch, i: number): number => {
  const letter = s.fold[i]
  for (let o = i; o < s.n; o++) {
    if (s.word[o] === 0) continue
    if (s.fold[o] !== letter) break
    if (runBoundary(s.text, s.end[o] as number, 1)) return o
  }
  return -1
}

/** Reports the hits of the patterns that end at view position `i` (the `k`th consumed) in `state`. */
const report = (
  matcher: Matcher,
  view: 0 | 1 | 2,
  s: Scratch,
  hits: Hits,
  consumed: Int32Array,
  k: number,
  i: number,
  state: number,
  skips: Int32Array,
  skipAt: number,
  skipCount: number,
): void => {
  const { outHead, outputs, lengths } = matcher.automata[view]
  const owners = matcher.patternTerms[view]
  const word = s.word
  // A doubled letter right after the match was skipped: it belongs to it.
  let last = i
  if (view === VIEW_SKELETON) last = skeletonEnd(s, i)
  else for (let j = skipAt; j < skipCount && skips[j] === last + 1; j++) last++
  for (let p = outHead[state] as number; outputs[p] !== -1; p++) {
    const pattern = outputs[p] as number
    const length = lengths[pattern] as number
    const from = k - length
    let first = consumed[from] as number
    if (view === VIEW_SKELETON) {
      // The skeleton reads a run of one letter once, across words too:
      // the run's first letter may belong to the word before ("viết tin").
      first = skeletonStart(s, first)
      if (first < 0 || last < 0) continue
    } else {
      if (word[first] === 1 && first > 0 && word[first - 1] === 1) continue
      if (word[last] === 1 && last + 1 < s.n && word[last + 1] === 1) continue
    }
    const start = s.start[first] as number
    const end = s.end[last] as number
    for (const termIndex of owners[pattern] as ReadonlyArray<number>) {
      const term = matcher.terms[termIndex] as CompiledTerm
      let relation = AS_WRITTEN
      if (view !== VIEW_ACCENTED) {
        relation =
          view === VIEW_SKELETON
            ? relationOf(s, hits, consumed, from, length, term.skeletonAccents, term.skeletonSyllables, term.syllableTones, first)
            : relationOf(s, hits, consumed, from, length, term.foldAccents, term.foldSyllables, term.syllableTones, first)
        // An exact folded hit is usually the accented hit again; the
        // moderator keeps one hit per term and span.
        if (relation === DIFFERENT) continue
      }
      pushHit(hits, termIndex, view, relation, start, end)
    }
  }
}

/**
 * Scans the normalised text in the three views at once (one pass, three
 * automata); hits are appended to `hits` (reset first). Doubled letters
 * listed by the normaliser are read as one; the skeleton reads only word
 * characters of the folded view.
 */
export const scan = (matcher: Matcher, s: Scratch, hits: Hits): void => {
  hits.count = 0
  const n = s.n
  if (hits.consumed.length < n) {
    hits.consumed = new Int32Array(n * 2)
    hits.consumedFolded = new Int32Array(n * 2)
    hits.consumedSkeleton = new Int32Array(n * 2)
  }
  const cA = hits.consumed
  const cF = hits.consumedFolded
  const cK = hits.consumedSkeleton
  const [automatonA, automatonF, automatonK] = matcher.automata
  const useA = automatonA.states > 1
  const useF = automatonF.states > 1
  const useK = automatonK.states > 1
  const { symbols: symA, width: wA, delta: dA, outHead: oA } = automatonA
  const { symbols: symF, width: wF, delta: dF, outHead: oF } = automatonF
  const { symbols: symK, width: wK, delta: dK, outHead: oK } = automatonK
  const { acc, fold, word, skipA, skipF } = s
  const nSkipA = s.nSkipA
  const nSkipF = s.nSkipF
  let nextA = nSkipA > 0 ? (skipA[0] as number) : -1
  let nextF = nSkipF > 0 ? (skipF[0] as number) : -1
  let atA = 0
  let atF = 0
  let stateA = 0
  let stateF = 0
  let stateK = 0
  let kA = 0
  let kF = 0
  let kK = 0
  let previousK = -1
  for (let i = 0; i < n; i++) {
    if (i === nextA) {
      atA++
      nextA = atA < nSkipA ? (skipA[atA] as number) : -1
    } else if (useA) {
      cA[kA++] = i
      stateA = dA[stateA * wA + (symA[acc[i] as number] as number)] as number
      if ((oA[stateA] as number) >= 0) report(matcher, VIEW_ACCENTED, s, hits, cA, kA, i, stateA, skipA, atA, nSkipA)
    }
    const f = fold[i] as number
    // The skeleton is the folded view without its spaces and punctuation,
    // every run of one letter read once (words run together there: "bằng
    // giả" spelt out is "bằnggiả").
    if (useK && word[i] === 1 && f !== previousK) {
      previousK = f
      cK[kK++] = i
      stateK = dK[stateK * wK + (symK[f] as number)] as number
      if ((oK[stateK] as number) >= 0) report(matcher, VIEW_SKELETON, s, hits, cK, kK, i, stateK, skipF, atF, nSkipF)
    }
    if (i === nextF) {
      atF++
      nextF = atF < nSkipF ? (skipF[atF] as number) : -1
      continue
    }
    if (useF) {
      cF[kF++] = i
      stateF = dF[stateF * wF + (symF[f] as number)] as number
      if ((oF[stateF] as number) >= 0) report(matcher, VIEW_FOLDED, s, hits, cF, kF, i, stateF, skipF, atF, nSkipF)
    }
  }
}
