/**
 * A seeded stream of Vietnamese comments on school Facebook pages, for
 * testing and benchmarking moderation: everyday comments (congratulations,
 * thanks, questions about timetables, marks and parents' meetings), a share
 * of them containing a *collision word* — a real word whose không-dấu form
 * is also a vulgar or insulting word's ("các", "buổi", "điểm", "đi",
 * "lớn", "ngủ", "đủ", "phó", "du lịch", "lon nước") — and a share carrying
 * a lexicon term written in one of the usual evasions ("s.a.i", "SAI",
 * "s a i", leetspeak, Cyrillic look-alikes…).
 *
 * Everything is synthetic: the clauses were written for lantoa, names come
 * from the sample's name lists (real people excluded), links point at
 * `facebook.example` and `example.invalid`, and there are no phone numbers.
 *
 * @since 0.1.0
 * @module
 */
import { foldDiacritics } from "@lantoa/core"
import { CLEAN_CLAUSES, COLLISIONS, COLLISION_CLAUSES, ENDINGS, OPENERS, fillSlot } from "./internal/commentWords.js"
import { type Random, pick, random, weighted } from "./internal/random.js"

/**
 * The ways a term is disguised in {@link evasionVariant}, in the order of
 * the moderation benchmark's reference:
 *
 * - `plain`: as written (NFC);
 * - `nfd`: decomposed into base letters and combining marks, the marks of a
 *   letter in a shuffled order where Unicode lets them swap without changing
 *   the letter (a dot below or a horn against a tone mark);
 * - `upper`: upper case;
 * - `no-diacritics`: không dấu ("sai su that");
 * - `teencode`: ph→f, gi→j, qu→w, c→k (not in "ch"), and whole words such as
 *   không→ko, được→đc, với→vs;
 * - `spaced`: every letter apart ("s a i s ự t h ậ t");
 * - `dotted`: letters joined by dots, words by spaces ("s.a.i s.ự t.h.ậ.t");
 * - `mixed-separators`: dots, dashes, underscores, spaces or nothing between
 *   letters ("s.ai s-ự t h ậ t");
 * - `zero-width`: U+200B between the letters of each word;
 * - `leetspeak`: a→4, e→3, i→1, o→0, s→5, t→7 inside words (a word's first
 *   and last letters are kept: "s4i", "t1n");
 * - `cyrillic`: some Latin letters swapped for Cyrillic look-alikes (а, е, о,
 *   р, с, х, у, і, ѕ, ј, һ, ԁ), marks kept;
 * - `full-width`: ASCII letters and digits as full-width forms (ｓａｉ),
 *   marks kept;
 * - `repeated`: one or two letters repeated ("saiii");
 * - `combo`: không dấu, dots between letters and mixed case ("S.a.I s.U").
 *
 * @example
 * ```ts
 * EVASION_KINDS.length      //=> 14
 * EVASION_KINDS.includes("zero-width") //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const EVASION_KINDS = [
  "plain",
  "nfd",
  "upper",
  "no-diacritics",
  "teencode",
  "spaced",
  "dotted",
  "mixed-separators",
  "zero-width",
  "leetspeak",
  "cyrillic",
  "full-width",
  "repeated",
  "combo",
] as const

/**
 * One of {@link EVASION_KINDS}.
 *
 * @example
 * ```ts
 * const kind: EvasionKind = "dotted"
 * ```
 * @since 0.1.0
 * @category models
 */
export type EvasionKind = (typeof EVASION_KINDS)[number]

/**
 * A lexicon term to plant in comments, with its category.
 *
 * @example
 * ```ts
 * const term: CommentTerm = { term: "tin giả", category: "fake" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface CommentTerm {
  readonly term: string
  readonly category: string
}

/**
 * Options for {@link generateComments}.
 *
 * @example
 * ```ts
 * const options: GenerateCommentsOptions = {
 *   seed: "bench", count: 10_000, collisionShare: 0.3, injectShare: 0.08,
 *   terms: [{ term: "tin giả", category: "fake" }], variants: ["dotted", "upper"],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface GenerateCommentsOptions {
  /** The seed. Default: `"lantoa"`. Comment `i` depends only on the seed and `i`, not on `count`. */
  readonly seed?: string | number
  /** How many comments. */
  readonly count: number
  /** The terms to plant. Default: {@link DEFAULT_COMMENT_TERMS} (cue phrases, nothing vulgar). */
  readonly terms?: ReadonlyArray<CommentTerm>
  /** Share of comments carrying one planted term, in [0, 1]. Default: 0.08. Nothing is planted when `terms` is empty. */
  readonly injectShare?: number
  /** Share of comments containing one collision word, in [0, 1]. Default: 0.3. */
  readonly collisionShare?: number
  /** The evasions planted terms are written in, drawn uniformly. Default: every one of {@link EVASION_KINDS}. */
  readonly variants?: ReadonlyArray<EvasionKind>
}

/**
 * A generated comment. `injected` says which term was planted, how, and
 * where (`start`/`end`: UTF-16 offsets of the planted text); `collision`
 * names the collision word it contains, if any. A comment has at most one
 * of each; outside the planted term, a comment without `collision` has no
 * word that folds to a collision key, and one with it has exactly one.
 *
 * @example
 * ```ts
 * const comment: SampleComment = {
 *   id: "comment-1", text: "Chúc mừng các con đã hoàn thành tốt năm học!", collision: "các",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SampleComment {
  readonly id: string
  readonly text: string
  readonly injected?: {
    readonly term: string
    readonly category: string
    readonly variant: EvasionKind
    readonly start: number
    readonly end: number
  }
  readonly collision?: string
}

/**
 * The terms {@link generateComments} plants when none are given: cue
 * phrases of the plan's categories, none of them vulgar.
 *
 * @example
 * ```ts
 * DEFAULT_COMMENT_TERMS.some((t) => t.term === "tin giả") //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_COMMENT_TERMS: ReadonlyArray<CommentTerm> = [
  { term: "tin giả", category: "fake" },
  { term: "sai sự thật", category: "fake" },
  { term: "nghe nói", category: "unverified" },
  { term: "chưa kiểm chứng", category: "unverified" },
  { term: "ép học thêm", category: "teacher-ethics" },
  { term: "nhận phong bì", category: "teacher-ethics" },
  { term: "vay tiền nhanh", category: "spam" },
  { term: "nhà cái uy tín", category: "spam" },
].map((entry) => ({ ...entry, term: entry.term.normalize("NFC") }))

/**
 * The everyday words of the stream that collide with vulgar or insulting
 * words once diacritics are dropped, with the folded key they share
 * ("các" and the slur it folds to are both `cac`). A moderator must not
 * hide accented text for them.
 *
 * @example
 * ```ts
 * COLLISION_WORDS.find((c) => c.word === "điểm")?.folded //=> "diem"
 * COLLISION_WORDS.map((c) => c.word).includes("du lịch") //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const COLLISION_WORDS: ReadonlyArray<{ readonly word: string; readonly folded: string }> = COLLISIONS.map(
  ({ word, key }) => ({ word, folded: key }),
)

// ── evasions ────────────────────────────────────────────────────────────────────────────────────

// Combining classes of the marks Vietnamese uses after NFD: the horn (216)
// and the dot below (220) may swap with the others (230) without changing
// the letter; two marks of class 230 (circumflex and a tone) may not.
const combiningClass = (mark: string): number => (mark === "\u031B" ? 216 : mark === "\u0323" ? 220 : 230)

// Cyrillic letters that look like Latin ones in common fonts.
const CYRILLIC: Readonly<Record<string, string>> = {
  a: "\u0430", c: "\u0441", e: "\u0435", o: "\u043E", p: "\u0440", x: "\u0445", y: "\u0443", i: "\u0456",
  s: "\u0455", j: "\u0458", h: "\u04BB", d: "\u0501", A: "\u0410", B: "\u0412", C: "\u0421", E: "\u0415",
  H: "\u041D", K: "\u041A", M: "\u041C", O: "\u041E", P: "\u0420", T: "\u0422", X: "\u0425", Y: "\u04AE",
}
const LEET: Readonly<Record<string, string>> = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" }
const TEEN_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ không: "ko", được: "đc", với: "vs", rồi: "r", gì: "j", biết: "bít", người: "ng", yêu: "iu" }).map(
    ([word, teen]) => [word.normalize("NFC"), teen.normalize("NFC")],
  ),
)
const SEPARATORS = ["", "", ".", ".", "-", "_", " "]
const VISIBLE_SEPARATORS = [".", "-", " "]
const ZERO_WIDTH_SPACE = "\u200B"

/** A `Random` over a plain `() => number`. */
const randomOf = (next: () => number): Random => ({ next, int: (n) => Math.floor(next() * n), chance: (p) => next() < p })

/** User-perceived letters: a code point and the combining marks after it. */
const letters = (word: string): Array<string> => word.match(/\P{M}\p{M}*/gu) ?? []
const words = (term: string): Array<string> => term.split(/\s+/).filter((word) => word !== "")

/** Applies `f` to each letter's base character, keeping its marks. */
const mapBase = (letter: string, f: (base: string) => string): string => {
  const decomposed = letter.normalize("NFD")
  const base = String.fromCodePoint(decomposed.codePointAt(0) as number)
  return f(base) + decomposed.slice(base.length)
}

const joinLetters = (term: string, separator: string): string =>
  words(term)
    .map((word) => letters(word).join(separator))
    .join(" ")

const nfd = (term: string, next: () => number): string =>
  term
    .normalize("NFD")
    .replace(/(\P{M})(\p{M}{2,})/gu, (_, base: string, marks: string) => {
      // Shuffle, then stable-sort marks of class 230 back into their order:
      // only swaps across different classes keep the text canonically equal.
      const list = [...marks]
      const order = new Map(list.map((mark, i) => [mark, i]))
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[list[i], list[j]] = [list[j] as string, list[i] as string]
      }
      const fixed = list.filter((mark) => combiningClass(mark) === 230).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      let k = 0
      return base + list.map((mark) => (combiningClass(mark) === 230 ? (fixed[k++] as string) : mark)).join("")
    })

// On NFD text, so that a vowel's base letter follows the consonant ("các" is c, a, ◌́, c).
const teencode = (term: string): string =>
  words(term)
    .map((word) => {
      const whole = TEEN_WORDS[word.toLowerCase()]
      if (whole !== undefined) return whole
      return word
        .normalize("NFD")
        .replace(/^ph/i, (m) => (m[0] === "P" ? "F" : "f"))
        .replace(/^gi(?=[a-z])/i, (m) => (m[0] === "G" ? "J" : "j"))
        .replace(/^qu/i, (m) => (m[0] === "Q" ? "W" : "w"))
        // c → k before a vowel ("các" → "kák") and at the end ("học" → "họk"); "ch", "cl", "ck" stay.
        .replace(/c(?=[aeiouy]|$)/g, "k")
        .replace(/C(?=[AEIOUYaeiouy]|$)/g, "K")
    })
    .join(" ")

const leetspeak = (term: string): string =>
  words(term)
    .map((word) => {
      const list = letters(word)
      // Inside the word only: "s4i", not "5ai" or "sa1", so that a digit always sits between letters.
      return list.map((letter, i) => (i === 0 || i === list.length - 1 ? letter : LEET[letter] ?? letter)).join("")
    })
    .join(" ")

/** Replaces each eligible letter with probability `p`, and at least one when any is eligible. */
const someLetters = (term: string, next: () => number, p: number, eligible: (letter: string) => boolean, swap: (letter: string) => string): string => {
  const list = letters(term)
  const candidates = list.flatMap((letter, i) => (eligible(letter) ? [i] : []))
  if (candidates.length === 0) return term
  const chosen = new Set(candidates.filter(() => next() < p))
  if (chosen.size === 0) chosen.add(candidates[Math.floor(next() * candidates.length)] as number)
  return list.map((letter, i) => (chosen.has(i) ? swap(letter) : letter)).join("")
}

const baseOf = (letter: string): string => String.fromCodePoint(letter.normalize("NFD").codePointAt(0) as number)

const cyrillic = (term: string, next: () => number): string =>
  someLetters(term, next, 0.5, (letter) => CYRILLIC[baseOf(letter)] !== undefined, (letter) => mapBase(letter, (base) => CYRILLIC[base] ?? base))

const fullWidth = (term: string): string =>
  letters(term)
    .map((letter) => mapBase(letter, (base) => (/[A-Za-z0-9]/.test(base) ? String.fromCharCode(base.charCodeAt(0) + 0xfee0) : base)))
    .join("")

const repeated = (term: string, next: () => number): string => {
  const list = letters(term)
  const candidates = list.flatMap((letter, i) => (/\p{L}/u.test(letter) ? [i] : []))
  if (candidates.length === 0) return term
  const times = new Map<number, number>()
  const picks = 1 + (next() < 0.35 ? 1 : 0)
  for (let p = 0; p < picks; p++) times.set(candidates[Math.floor(next() * candidates.length)] as number, 2 + Math.floor(next() * 3))
  return list.map((letter, i) => letter.repeat(1 + (times.get(i) ?? 0))).join("")
}

const mixedCase = (text: string, next: () => number): string => {
  const out = [...text].map((char) => (next() < 0.5 ? char.toUpperCase() : char.toLowerCase()))
  const lettersAt = out.flatMap((char, i) => (/\p{L}/u.test(char) ? [i] : []))
  // At least one upper-case letter, so the variant differs from the folded term.
  if (lettersAt.length > 0 && !lettersAt.some((i) => out[i] !== (out[i] as string).toLowerCase())) {
    const i = lettersAt[Math.floor(next() * lettersAt.length)] as number
    out[i] = (out[i] as string).toUpperCase()
  }
  return out.join("")
}

const mixedSeparators = (term: string, next: () => number): string => {
  const parts = words(term).map((word) => letters(word))
  const gaps = parts.reduce((sum, list) => sum + Math.max(0, list.length - 1), 0)
  // One gap always gets a visible separator, so the variant differs from the term.
  const forced = gaps === 0 ? -1 : Math.floor(next() * gaps)
  let gap = 0
  return parts
    .map((list) =>
      list
        .map((letter, i) => {
          if (i === 0) return letter
          const separator = gap++ === forced ? pick(randomOf(next), VISIBLE_SEPARATORS) : pick(randomOf(next), SEPARATORS)
          return separator + letter
        })
        .join(""),
    )
    .join(" ")
}

/**
 * Writes `term` in one of the usual evasions (see {@link EVASION_KINDS}).
 * Deterministic: the same term, kind and seed (default `"lantoa"`) give
 * the same text; pass a function returning floats in [0, 1) to draw from
 * your own stream instead. The result is NFC, except for `nfd`. A variant
 * equals the term only when the evasion cannot change it (`no-diacritics`
 * of "clip", `leetspeak` of "ngu").
 *
 * @example
 * ```ts
 * evasionVariant("sai sự thật", "dotted")        //=> "s.a.i s.ự t.h.ậ.t"
 * evasionVariant("sai sự thật", "spaced")        //=> "s a i s ự t h ậ t"
 * evasionVariant("sai sự thật", "no-diacritics") //=> "sai su that"
 * evasionVariant("phản động", "teencode")        //=> "fản động"
 * evasionVariant("sai sự thật", "leetspeak")     //=> "s4i sự thật"
 * evasionVariant("tin giả", "nfd").normalize("NFC") === "tin giả" //=> true
 * ```
 * @since 0.1.0
 * @category evasions
 */
export const evasionVariant = (term: string, kind: EvasionKind, seed: string | number | (() => number) = "lantoa"): string => {
  const plain = term.normalize("NFC")
  const next = typeof seed === "function" ? seed : random(String(seed), "evasion", kind, plain).next
  switch (kind) {
    case "plain":
      return plain
    case "nfd":
      return nfd(plain, next)
    case "upper":
      return plain.toUpperCase()
    case "no-diacritics":
      return foldDiacritics(plain)
    case "teencode":
      return teencode(plain).normalize("NFC")
    case "spaced":
      return letters(plain.replace(/\s+/g, "")).join(" ")
    case "dotted":
      return joinLetters(plain, ".")
    case "mixed-separators":
      return mixedSeparators(plain, next).normalize("NFC")
    case "zero-width":
      return joinLetters(plain, ZERO_WIDTH_SPACE)
    case "leetspeak":
      return leetspeak(plain).normalize("NFC")
    case "cyrillic":
      return cyrillic(plain, next).normalize("NFC")
    case "full-width":
      return fullWidth(plain).normalize("NFC")
    case "repeated":
      return repeated(plain, next).normalize("NFC")
    case "combo":
      return mixedCase(joinLetters(foldDiacritics(plain), "."), next)
  }
}

// ── the stream ──────────────────────────────────────────────────────────────────────────────────

const pickCollision = weighted(COLLISIONS.map((c) => [c.word, c.weight] as const))

const capitalize = (text: string): string => (text === "" ? text : (text[0] as string).toUpperCase() + text.slice(1))
const lowerFirst = (text: string): string => (text === "" ? text : (text[0] as string).toLowerCase() + text.slice(1))

/** Fills a clause's slots. */
const fill = (rng: Random, clause: string): string =>
  clause.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const text = fillSlot(rng, slot)
    return slot[0] === slot[0]?.toUpperCase() ? capitalize(text) : text
  })

const checkShare = (name: string, share: number): number => {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`${name} must be within [0, 1], got ${share}`)
  return share
}

/**
 * Generates `count` comments as they appear under a school's posts: one to
 * three clauses, an opener or an emoji now and then; `collisionShare` of
 * them with one collision word (see {@link COLLISION_WORDS}), `injectShare`
 * with one of `terms` written in one of `variants` at a word boundary.
 * About 90 characters on average, NFC (except an `nfd` variant).
 * Deterministic: comment `i` depends only on the seed and `i`.
 *
 * @example
 * ```ts
 * const comments = generateComments({ seed: "demo", count: 1_000 })
 * comments.length                                          //=> 1000
 * comments.filter((c) => c.collision !== undefined).length //=> about 300
 * comments.filter((c) => c.injected !== undefined).length  //=> about 80
 * generateComments({ seed: "demo", count: 10 })[3] // the same as comments[3]
 * ```
 * @since 0.1.0
 * @category generators
 */
export const generateComments = (options: GenerateCommentsOptions): Array<SampleComment> => {
  const { count } = options
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`)
  const seed = String(options.seed ?? "lantoa")
  const terms = (options.terms ?? DEFAULT_COMMENT_TERMS).map((t) => ({ term: t.term.normalize("NFC"), category: t.category }))
  const injectShare = terms.length === 0 ? 0 : checkShare("injectShare", options.injectShare ?? 0.08)
  const collisionShare = checkShare("collisionShare", options.collisionShare ?? 0.3)
  const variants = options.variants ?? EVASION_KINDS
  if (variants.length === 0) throw new RangeError("variants must not be empty")
  const out: Array<SampleComment> = []
  for (let i = 0; i < count; i++) out.push(comment(random(seed, "comment", i), `comment-${i + 1}`, terms, injectShare, collisionShare, variants))
  return out
}

const comment = (
  rng: Random,
  id: string,
  terms: ReadonlyArray<CommentTerm>,
  injectShare: number,
  collisionShare: number,
  variants: ReadonlyArray<EvasionKind>,
): SampleComment => {
  // Draw every decision first, in a fixed order, so that one option does
  // not shift the others' draws.
  const collision = rng.chance(collisionShare) ? pickCollision(rng) : undefined
  const inject = rng.chance(injectShare)
  // 1 to 3 clauses, 1.85 on average: about 90 characters a comment.
  const clauses = 1 + (rng.chance(0.7) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0)
  const collisionAt = rng.int(clauses)
  const parts: Array<string> = []
  const used = new Set<string>()
  for (let c = 0; c < clauses; c++) {
    let clause = collision !== undefined && c === collisionAt ? pick(rng, COLLISION_CLAUSES[collision] as ReadonlyArray<string>) : ""
    // A comment does not say the same thing twice.
    while (clause === "" || used.has(clause)) clause = pick(rng, CLEAN_CLAUSES)
    used.add(clause)
    parts.push(fill(rng, clause))
  }
  const body = parts
    .map((part, c) => (c === 0 ? part : rng.chance(0.5) ? `, ${lowerFirst(part)}` : `. ${capitalize(part)}`))
    .join("")
  const opener = pick(rng, OPENERS)
  const lead = opener !== "" ? lowerFirst(body) : rng.chance(0.85) ? capitalize(body) : lowerFirst(body)
  const ending = pick(rng, ENDINGS)
  // "… không ạ" takes a full stop, not a second "ạ".
  const text = (opener + lead + (lead.endsWith("ạ") && ending.startsWith(" ạ") ? ending.slice(2) : ending)).normalize("NFC")
  if (!inject) return collision === undefined ? { id, text } : { id, text, collision }

  const { term, category } = pick(rng, terms)
  const variant = pick(rng, variants)
  const written = evasionVariant(term, variant, rng.next)
  // Insert at a word boundary, never inside a two-word collision ("du lịch").
  const inside = collision?.includes(" ") === true ? text.toLowerCase().indexOf(collision.toLowerCase()) : -1
  const starts: Array<number> = [0]
  for (let s = text.indexOf(" "); s !== -1; s = text.indexOf(" ", s + 1)) {
    if (inside === -1 || s < inside || s >= inside + (collision as string).length) starts.push(s + 1)
  }
  const start = pick(rng, starts)
  const withTerm = `${text.slice(0, start)}${written} ${text.slice(start)}`
  const injected = { term, category, variant, start, end: start + written.length }
  return collision === undefined ? { id, text: withTerm, injected } : { id, text: withTerm, injected, collision }
}
