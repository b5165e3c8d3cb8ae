/**
 * The moderator (kiểm soát bình luận): a policy's lexicon compiled once,
 * then `check(text, context)` per comment → the categories found, each
 * match with its place in the original text, the actions the policy calls
 * for with their deadlines, and whether a human must decide first.
 *
 * How a match is judged:
 * - in the accented view, a term matches as written (word boundaries on
 *   both sides: "phòng học" never matches "phò", "nguồn tin" never "ngu");
 * - in the folded view (không dấu), a hit counts only if the writer typed
 *   the span without any diacritic, or with the term's own diacritics with a
 *   tone on another vowel ("hoà"/"hòa"); a span typed with other diacritics
 *   is another word ("các" is not "cặc", "đi" is not "đĩ", "ngủ" is not
 *   "ngu") and never matches. A one-syllable term matches folded only when
 *   the whole text is typed without diacritics; `accented-only` terms never
 *   match folded;
 * - in the skeleton (no spaces or separators, "t i n g i ả"), only terms of
 *   two or more syllables and five or more letters, and only where the span
 *   starts and ends at a letter-run boundary of the original;
 * - a match that lies inside an occurrence of an allowed phrase ("du lịch",
 *   "lon nước") is dropped. A match that only overlaps one is kept: in
 *   "nguồn tin giả" the allowed "nguồn tin" must not hide "tin giả".
 *
 * Review (a human decides; `hide` is held back, see `heldForReview`): a
 * folded hit on text typed without diacritics, any folded hit of an
 * `unaccented-writer` term, a phrase typed without diacritics inside text
 * typed with them unless a syllable shows the tones were stripped ("sai su
 * that": no Vietnamese syllable ends in -t without a tone; "thông tin gia
 * đình" shows nothing, and is not "tin giả"), a one-syllable term without
 * diacritics of its own in text typed without any ("ngu" may be "ngủ"), a
 * category with `review: true`, and anything a classifier adds. Review
 * makes every action a proposal for the reviewer; only `hide`, the one an
 * adapter may run unattended, is withheld.
 *
 * @since 0.1.0
 * @module
 */
import {
  DEFAULT_TIME_ZONE,
  dataIssue,
  formatInstant,
  instantOrThrow,
  issuesFromZod,
  joinPath,
  type DataIssue,
  type InstantInput,
} from "@lantoa/core"
import type { Classifier, ClassifierScore, ModerationContext } from "./Classifier.js"
import { DEFAULT_MODERATION_CATEGORIES } from "./DefaultCategories.js"
import { hostOf, isAllowedHost, linksIn } from "./internal/links.js"
import {
  AS_WRITTEN,
  NO_DIACRITICS,
  STRIPPED,
  TONE_PLACEMENT,
  VIEW_ACCENTED,
  VIEW_FOLDED,
  compileMatcher,
  createHits,
  scan,
  type Hits,
  type MatchTerm,
  type Matcher,
} from "./internal/matcher.js"
import { createScratch, normalizeInto, type Scratch } from "./internal/normalizer.js"
import {
  ModerationPolicySchema,
  type FoldPolicy,
  type ModerationAction,
  type ModerationCategory,
  type ModerationCategoryRule,
  type ModerationPolicy,
  type ModerationPolicyInput,
  type ModerationSla,
} from "./ModerationPolicy.js"
import type { MatchView } from "./Normalize.js"
import { typedWithDiacritics } from "./Normalize.js"
import { checkPostWith, type PostCheckOptions, type PostCheckResult } from "./PrePublication.js"

/**
 * A policy document, or anything with a `moderation` section (and
 * optionally the document's `timeZone`), as `@lantoa/policy` produces.
 *
 * @example
 * ```ts
 * const doc: PolicyDocumentLike = { id: "hoa-binh-2024", timeZone: "Asia/Ho_Chi_Minh", moderation: { lexicon: [] } }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PolicyDocumentLike {
  /** The moderation section; a document without one gets an empty section (the default categories, spam signals). */
  readonly moderation?: ModerationPolicyInput | undefined
  readonly timeZone?: string | undefined
  readonly [field: string]: unknown
}

/**
 * Options of {@link createModerator}: classifiers that add scores, the
 * score from which a classifier's category counts (default 0.8), and the
 * time zone deadlines are written in (default: the document's, else
 * `Asia/Ho_Chi_Minh`).
 *
 * @example
 * ```ts
 * const options: ModeratorOptions = { classifiers: [], threshold: 0.85, timeZone: "Asia/Ho_Chi_Minh" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModeratorOptions {
  readonly classifiers?: ReadonlyArray<Classifier>
  /** A classifier score at or above this adds its category (for review). Default 0.8. */
  readonly threshold?: number
  readonly timeZone?: string
}

/**
 * Why a human must look: a folded hit on text typed without diacritics
 * (`unaccented-text`), a folded hit of an `unaccented-writer` term
 * (`unaccented-writer`), a phrase typed without diacritics inside a text
 * typed with them, where the words may be others ("thông tin gia đình" is
 * not "tin giả") and no syllable shows that tones were stripped
 * (`unaccented-span`), a one-syllable term without diacritics of its own
 * in such a text, where "ngu" may be "ngủ" (`ambiguous-unaccented`), a
 * category that is always reviewed (`category`), or a classifier's score
 * (`classifier`).
 *
 * @example
 * ```ts
 * const reason: ReviewReason = "unaccented-text"
 * ```
 * @since 0.1.0
 * @category models
 */
export type ReviewReason = "unaccented-text" | "unaccented-writer" | "unaccented-span" | "ambiguous-unaccented" | "category" | "classifier"

/**
 * How the diacritics of a match compare with the term's: typed as in the
 * term (`as-written`), the same marks with a tone on another vowel
 * (`tone-placement`: "hoà" for "hòa"), or typed without any (`none`).
 *
 * @example
 * ```ts
 * const how: DiacriticsMatch = "none" // "tin gia" for "tin giả"
 * ```
 * @since 0.1.0
 * @category models
 */
export type DiacriticsMatch = "as-written" | "tone-placement" | "none"

/**
 * One lexicon term found in a text. `start`/`end` are offsets into the
 * original text: `text.slice(start, end)` is what the writer typed
 * (`"T.I.N  g.i.ả"` in "Đây là T.I.N  g.i.ả"), also given as `text`.
 *
 * @example
 * ```ts
 * const match: LexiconMatch = {
 *   term: "tin giả", category: "fake", severity: 2, fold: "any", view: "accented",
 *   start: 7, end: 19, text: "T.I.N  g.i.ả", diacritics: "as-written", writerDiacritics: true, review: false,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface LexiconMatch {
  /** The lexicon entry's term, as the policy writes it. */
  readonly term: string
  readonly category: ModerationCategory
  readonly severity: number
  readonly fold: FoldPolicy
  /** The view the term was found in. */
  readonly view: MatchView
  readonly start: number
  readonly end: number
  readonly text: string
  readonly diacritics: DiacriticsMatch
  /** The writer typed this span with some Vietnamese diacritic or đ. */
  readonly writerDiacritics: boolean
  /** A human must decide about this match. */
  readonly review: boolean
  readonly reviewReason?: ReviewReason
}

/**
 * A deadline that applies to an action: the SLA's id, hours and the event
 * its clock starts at; `deadline` (ISO 8601 in the policy's zone, e.g.
 * `2024-11-12T21:15:00.000+07:00`) when that event's instant is known —
 * `context.at` for `detected`, `context.events` for the others.
 *
 * @example
 * ```ts
 * const sla: PlannedSla = { id: "hide-within-1h", hours: 1, from: "detected", deadline: "2024-11-12T21:15:00.000+07:00" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PlannedSla {
  readonly id: string
  readonly hours: number
  readonly from: ModerationSla["from"]
  readonly deadline?: string
}

/**
 * An action the policy calls for, for one category, with its deadlines.
 *
 * @example
 * ```ts
 * const action: PlannedAction = { action: "report-account", category: "insult", slas: [] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PlannedAction {
  readonly action: ModerationAction
  readonly category: ModerationCategory
  readonly slas: ReadonlyArray<PlannedSla>
}

/**
 * A `hide` that the policy calls for but that waits for a human, and why.
 *
 * @example
 * ```ts
 * const held: HeldAction = { action: "hide", category: "hostile", reasons: ["category"], slas: [] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface HeldAction extends PlannedAction {
  readonly reasons: ReadonlyArray<ReviewReason>
}

/**
 * A spam signal besides words, as Facebook's Moderation Assist uses them:
 * a link to a host the policy does not trust, a new account, a repeat
 * offender. `threshold` signals make a comment spam.
 *
 * @example
 * ```ts
 * const signal: SpamSignal = { signal: "link", detail: "bit.ly" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SpamSignal {
  readonly signal: "link" | "new-account" | "repeat-offender"
  readonly detail: string
}

/**
 * A classifier's score, with the classifier's id.
 *
 * @example
 * ```ts
 * const score: ModeratorScore = { classifier: "vihatet5", category: "insult", score: 0.91 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModeratorScore {
  readonly classifier: string
  readonly category: ModerationCategory
  readonly score: number
}

/**
 * The verdict on one text.
 *
 * - `categories`: what was found, in the policy's order;
 * - `matches`: the lexicon terms found, by position;
 * - `actions`: what the policy calls for, per category, with deadlines;
 * - `review`: a human must decide; `reviews` says which categories and why;
 * - `heldForReview`: `hide` actions not taken because a human must decide;
 * - `severity`: the highest severity of a match (0 without one);
 * - `signals`: spam signals seen (they make `spam` at the policy's threshold);
 * - `scores`: every classifier score;
 * - `typedWithoutDiacritics`: the writer typed không dấu.
 *
 * @example
 * ```ts
 * const result: ModerationResult = moderator.check("Đây là tin giả")
 * result.categories //=> ["fake"]
 * result.actions.map((a) => a.action) //=> ["hide", "rebut", "escalate-authorities"]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModerationResult {
  readonly categories: ReadonlyArray<ModerationCategory>
  readonly matches: ReadonlyArray<LexiconMatch>
  readonly actions: ReadonlyArray<PlannedAction>
  readonly review: boolean
  readonly reviews: ReadonlyArray<{ readonly category: ModerationCategory; readonly reasons: ReadonlyArray<ReviewReason> }>
  readonly heldForReview: ReadonlyArray<HeldAction>
  readonly severity: number
  readonly signals: ReadonlyArray<SpamSignal>
  readonly scores: ReadonlyArray<ModeratorScore>
  readonly typedWithoutDiacritics: boolean
}

/**
 * A compiled policy: `check` for comments, `checkPost` before publishing a
 * post. Built once with {@link createModerator}; checking is pure and
 * synchronous, except `checkAsync`, which also waits for classifiers that
 * answer with a promise (a model behind HTTP).
 *
 * @example
 * ```ts
 * const moderator: Moderator = createModerator(hoaBinh2024)
 * moderator.check("Thầy cô ép học thêm").categories //=> ["teacher-ethics"]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Moderator {
  /** The moderation section, validated, with its defaults. */
  readonly policy: ModerationPolicy
  /** The category rules in force: the policy's, then the defaults it does not replace. */
  readonly categories: ReadonlyArray<ModerationCategoryRule>
  readonly timeZone: string
  check(text: string, context?: ModerationContext): ModerationResult
  /**
   * The same verdict as `check`, waiting for classifiers that answer with a
   * promise. The lexicon part is computed before the first wait, so calls
   * may overlap. A classifier that fails rejects the call with its id.
   * @since 0.1.0
   */
  checkAsync(text: string, context?: ModerationContext): Promise<ModerationResult>
  checkPost(text: string, options?: PostCheckOptions): PostCheckResult
}

const EMPTY: ReadonlyArray<never> = Object.freeze([])

const clean = (typedWithoutDiacritics: boolean): ModerationResult =>
  Object.freeze({
    categories: EMPTY,
    matches: EMPTY,
    actions: EMPTY,
    review: false,
    reviews: EMPTY,
    heldForReview: EMPTY,
    severity: 0,
    signals: EMPTY,
    scores: EMPTY,
    typedWithoutDiacritics,
  })

const NO_CONTEXT: ModerationContext = Object.freeze({})
const CLEAN = clean(false)
const CLEAN_UNACCENTED = clean(true)

const VIEWS: ReadonlyArray<MatchView> = ["accented", "folded", "skeleton"]

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

/** What the pre-publication check needs from a compiled moderator. @internal */
export interface ModeratorInternals {
  readonly policy: ModerationPolicy
  readonly rules: ReadonlyMap<string, ModerationCategoryRule>
  readonly scratch: Scratch
  readonly hits: Hits
  readonly check: (text: string, context?: ModerationContext) => ModerationResult
  /** The matcher of unverified cues, then topic cues in topic order; undefined when the policy has none. */
  readonly cues: Matcher | undefined
}

const duplicates = (ids: ReadonlyArray<string>): ReadonlyArray<number> => {
  const seen = new Set<string>()
  const out: Array<number> = []
  ids.forEach((id, index) => {
    if (seen.has(id)) out.push(index)
    seen.add(id)
  })
  return out
}

const crossChecks = (policy: ModerationPolicy, base: string): Array<DataIssue> => {
  const issues: Array<DataIssue> = []
  const at = (...keys: ReadonlyArray<PropertyKey>): string => joinPath(base, keys)
  for (const [section, list] of [
    ["categories", policy.categories],
    ["slas", policy.slas],
    ["topics", policy.topics],
  ] as const) {
    for (const index of duplicates(list.map((item) => item.id))) {
      const id = (list[index] as { id: string }).id
      issues.push(dataIssue("error", "duplicate-id", at(section, index, "id"), { vi: `mã "${id}" bị trùng.`, en: `id "${id}" is duplicated.` }))
    }
  }
  const slaIds = new Set(policy.slas.map((sla) => sla.id))
  policy.categories.forEach((category, index) => {
    category.slas.forEach((id, j) => {
      if (!slaIds.has(id)) {
        issues.push(
          dataIssue("error", "unknown-sla", at("categories", index, "slas", j), {
            vi: `không có thời hạn (SLA) mã "${id}" trong "slas".`,
            en: `there is no SLA with id "${id}" in "slas".`,
          }),
        )
      }
    })
  })
  const categoryIds = new Set([...DEFAULT_MODERATION_CATEGORIES.map((rule) => rule.id), ...policy.categories.map((rule) => rule.id)])
  policy.lexicon.forEach((entry, index) => {
    if (!categoryIds.has(entry.category)) {
      issues.push(
        dataIssue("error", "unknown-category", at("lexicon", index, "category"), {
          vi: `không có nhóm "${entry.category}" trong "categories" (và không phải nhóm mặc định).`,
          en: `there is no category "${entry.category}" in "categories" (nor among the defaults).`,
        }),
      )
    }
  })
  return issues
}

const termIssue = (path: string, term: string): DataIssue =>
  dataIssue("error", "empty-term", path, {
    vi: `"${term}" không còn chữ cái hay chữ số nào sau khi chuẩn hóa, không thể dùng để so khớp.`,
    en: `"${term}" has no letter or digit left after normalisation and cannot be matched.`,
  })

const throwIfIssues = (issues: ReadonlyArray<DataIssue>): void => {
  if (issues.length === 0) return
  const error = new RangeError(
    `createModerator: the moderation policy is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${issues
      .map((issue) => `- ${issue.messageEn}`)
      .join("\n")}`,
  )
  throw Object.assign(error, { issues })
}

const optionIssues = (options: ModeratorOptions, timeZone: string): Array<DataIssue> => {
  const issues: Array<DataIssue> = []
  const threshold = options.threshold
  if (threshold !== undefined && !(Number.isFinite(threshold) && threshold > 0 && threshold <= 1)) {
    issues.push(
      dataIssue("error", "invalid-threshold", "options.threshold", {
        vi: `ngưỡng phải lớn hơn 0 và không quá 1, nhận được ${String(threshold)}.`,
        en: `the threshold must be above 0 and at most 1, got ${String(threshold)}.`,
      }),
    )
  }
  ;(options.classifiers ?? []).forEach((classifier, index) => {
    if (!isRecord(classifier) || typeof classifier.id !== "string" || typeof classifier.classify !== "function") {
      issues.push(
        dataIssue("error", "invalid-classifier", `options.classifiers[${index}]`, {
          vi: "bộ phân loại cần có `id` (chuỗi) và hàm `classify`.",
          en: "a classifier needs an `id` (string) and a `classify` function.",
        }),
      )
    }
  })
  try {
    formatInstant(0, { timeZone })
  } catch {
    issues.push(
      dataIssue("error", "invalid-time-zone", "timeZone", {
        vi: `múi giờ "${timeZone}" không hợp lệ.`,
        en: `"${timeZone}" is not a valid time zone.`,
      }),
    )
  }
  return issues
}

/**
 * Compiles a moderation policy into a {@link Moderator}. Accepts a whole
 * policy document (anything with a `moderation` section, such as
 * `@lantoa/policy`'s `hoaBinh2024`) or the section alone. The section is
 * validated with {@link ModerationPolicySchema} and cross-checked (lexicon
 * categories and category SLAs must exist, ids must be unique, every term
 * must keep a letter after normalisation); an invalid policy throws a
 * `RangeError` that lists every problem with its path (also as `issues`).
 *
 * The lexicon and the allow-list are compiled once into one Aho–Corasick
 * automaton per view; a check then costs a few linear passes over the text.
 *
 * @example
 * ```ts
 * const moderator = createModerator({
 *   lexicon: [
 *     { term: "tin giả", category: "fake" },
 *     { term: "cặc", category: "offensive", severity: 3, fold: "accented-only" },
 *   ],
 *   allow: ["các bạn"],
 * })
 * moderator.check("Đây là T.I.N  G.I.Ả!").matches[0]?.text //=> "T.I.N  G.I.Ả"
 * moderator.check("Chào các bạn").categories               //=> []
 * createModerator({ lexicon: [{ term: "ngu", category: "rude" }] })
 * // throws RangeError: … lexicon[0].category: there is no category "rude" …
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const createModerator = (input: ModerationPolicyInput | PolicyDocumentLike, options: ModeratorOptions = {}): Moderator => {
  // A document has a moderation section, or at least the header every policy document has.
  const isDocument = isRecord(input) && ("moderation" in input || ("id" in input && "version" in input))
  const section: unknown = isDocument ? ((input as PolicyDocumentLike).moderation ?? {}) : input
  const base = isDocument ? "moderation" : ""
  const documentZone = isDocument ? (input as PolicyDocumentLike).timeZone : undefined
  const timeZone = options.timeZone ?? (typeof documentZone === "string" ? documentZone : DEFAULT_TIME_ZONE)
  const parsed = ModerationPolicySchema.safeParse(section)
  if (!parsed.success) throwIfIssues([...issuesFromZod(parsed.error, base, section), ...optionIssues(options, timeZone)])
  const policy = (parsed as { data: ModerationPolicy }).data
  const issues = [...crossChecks(policy, base), ...optionIssues(options, timeZone)]

  const lexiconTerms: Array<MatchTerm> = [
    ...policy.lexicon.map((entry) => ({ term: entry.term, fold: entry.fold })),
    ...policy.allow.map((term) => ({ term, fold: "any" as const })),
  ]
  const { matcher, problems } = compileMatcher(lexiconTerms)
  const lexiconSize = policy.lexicon.length
  for (const problem of problems) {
    const path = problem.index < lexiconSize ? joinPath(base, ["lexicon", problem.index, "term"]) : joinPath(base, ["allow", problem.index - lexiconSize])
    issues.push(termIssue(path, problem.term))
  }
  const cueTerms: Array<MatchTerm> = [
    ...policy.unverifiedCues.map((term) => ({ term, fold: "any" as const })),
    ...policy.topics.flatMap((topic) => topic.cues.map((term) => ({ term, fold: "any" as const }))),
  ]
  // Cue phrases are compiled now, so that a bad one is reported with the rest.
  let cueMatcher: Matcher | undefined
  if (cueTerms.length > 0) {
    const compiled = compileMatcher(cueTerms)
    cueMatcher = compiled.matcher
    const cueCount = policy.unverifiedCues.length
    const cuePaths = policy.topics.flatMap((topic, t) => topic.cues.map((_, c) => joinPath(base, ["topics", t, "cues", c])))
    for (const problem of compiled.problems) {
      const path = problem.index < cueCount ? joinPath(base, ["unverifiedCues", problem.index]) : (cuePaths[problem.index - cueCount] as string)
      issues.push(termIssue(path, problem.term))
    }
  }
  throwIfIssues(issues)

  const rules = new Map<string, ModerationCategoryRule>()
  for (const rule of policy.categories) rules.set(rule.id, rule)
  for (const rule of DEFAULT_MODERATION_CATEGORIES) if (!rules.has(rule.id)) rules.set(rule.id, rule)
  const order = new Map<string, number>([...rules.keys()].map((id, index) => [id, index]))
  const slaById = new Map(policy.slas.map((sla) => [sla.id, sla]))
  const slasOf = (rule: ModerationCategoryRule, action: ModerationAction): ReadonlyArray<ModerationSla> =>
    rule.slas
      .map((id) => slaById.get(id))
      .filter((sla): sla is ModerationSla => sla !== undefined && (sla.until === undefined ? action !== "none" : sla.until.includes(action)))

  const classifiers = options.classifiers ?? []
  const threshold = options.threshold ?? 0.8
  const scratch = createScratch()
  const hits = createHits()

  const collectMatches = (text: string): Array<LexiconMatch> => {
    const unaccented = scratch.unaccented
    const allowed: Array<number> = []
    for (let i = 0; i < hits.count; i++) {
      if ((hits.term[i] as number) >= lexiconSize) allowed.push(hits.start[i] as number, hits.end[i] as number)
    }
    type Candidate = { termIndex: number; view: number; relation: number; start: number; end: number; reason: ReviewReason | undefined }
    const kept: Array<Candidate> = []
    for (let i = 0; i < hits.count; i++) {
      const termIndex = hits.term[i] as number
      if (termIndex >= lexiconSize) continue
      const start = hits.start[i] as number
      const end = hits.end[i] as number
      let inside = false
      for (let a = 0; a < allowed.length; a += 2) {
        if ((allowed[a] as number) <= start && end <= (allowed[a + 1] as number)) {
          inside = true
          break
        }
      }
      if (inside) continue
      const entry = policy.lexicon[termIndex] as ModerationPolicy["lexicon"][number]
      const term = matcher.terms[termIndex] as Matcher["terms"][number]
      const relation = hits.relation[i] as number
      let reason: ReviewReason | undefined
      if (relation === NO_DIACRITICS || relation === STRIPPED) {
        if (entry.fold === "accented-only") continue
        if (term.syllables === 1 && !unaccented) continue
        if (entry.fold === "unaccented-writer") reason = "unaccented-writer"
        else if (unaccented) reason = "unaccented-text"
        // In text typed with diacritics, a span typed without them may be
        // other words ("thông tin gia đình" is not "tin giả") unless a
        // syllable cannot be Vietnamese without its tone ("sai su that").
        else if (relation === NO_DIACRITICS) reason = "unaccented-span"
      } else if (unaccented && term.syllables === 1 && term.hasVowel && !term.hasDiacritics) {
        reason = "ambiguous-unaccented"
      }
      if (reason === undefined && rules.get(entry.category)?.review === true) reason = "category"
      const view = hits.view[i] as number
      const candidate: Candidate = { termIndex, view, relation, start, end, reason }
      // One match per term and place: the best view wins.
      const same = kept.findIndex((other) => other.termIndex === termIndex && other.start < end && start < other.end)
      if (same < 0) kept.push(candidate)
      else {
        const other = kept[same] as Candidate
        if (view < other.view || (view === other.view && relation < other.relation)) kept[same] = candidate
      }
    }
    kept.sort((a, b) => a.start - b.start || a.end - b.end || a.termIndex - b.termIndex)
    return kept.map(({ termIndex, view, relation, start, end, reason }) => {
      const entry = policy.lexicon[termIndex] as ModerationPolicy["lexicon"][number]
      const diacritics: DiacriticsMatch = relation === AS_WRITTEN ? "as-written" : relation === TONE_PLACEMENT ? "tone-placement" : "none"
      const match: LexiconMatch = {
        term: entry.term,
        category: entry.category,
        severity: entry.severity,
        fold: entry.fold,
        view: VIEWS[view === VIEW_ACCENTED ? 0 : view === VIEW_FOLDED ? 1 : 2] as MatchView,
        start,
        end,
        text: text.slice(start, end),
        diacritics,
        writerDiacritics: typedWithDiacritics(text, start, end),
        review: reason !== undefined,
        ...(reason === undefined ? {} : { reviewReason: reason }),
      }
      return match
    })
  }

  const spamSignals = (text: string, context: ModerationContext): ReadonlyArray<SpamSignal> => {
    const spam = policy.spam
    let signals: Array<SpamSignal> | undefined
    if (spam.links) {
      const found = linksIn(text)
      const given = context.links ?? EMPTY
      if (found.length > 0 || given.length > 0) {
        const hosts: Array<string> = []
        for (const link of [...given, ...found]) {
          const host = hostOf(link)
          if (host !== undefined && !isAllowedHost(host, spam.allowedHosts) && !hosts.includes(host)) hosts.push(host)
        }
        if (hosts.length > 0) (signals ??= []).push({ signal: "link", detail: hosts.join(", ") })
      }
    }
    const author = context.author
    if (author !== undefined) {
      const age = author.accountAgeDays
      if (age !== undefined && age < spam.newAccountDays) (signals ??= []).push({ signal: "new-account", detail: `${age}` })
      const prior = author.priorViolations
      if (prior !== undefined && prior >= spam.repeatOffender) (signals ??= []).push({ signal: "repeat-offender", detail: `${prior}` })
    }
    return signals ?? EMPTY
  }

  const addScores = (scores: Array<ModeratorScore>, classifier: Classifier, answer: unknown): void => {
    if (!Array.isArray(answer)) {
      throw new TypeError(
        `Bộ phân loại "${classifier.id}" phải trả về một mảng điểm { category, score }. ` +
          `(classifier "${classifier.id}" must return an array of { category, score }.)`,
      )
    }
    for (const item of answer as ReadonlyArray<Partial<ClassifierScore> | null | undefined>) {
      const category = item?.category
      const score = item?.score
      if (typeof category === "string" && typeof score === "number" && Number.isFinite(score)) scores.push({ classifier: classifier.id, category, score })
    }
  }

  const isThenable = (value: unknown): value is PromiseLike<unknown> =>
    value !== null && (typeof value === "object" || typeof value === "function") && typeof (value as { then?: unknown }).then === "function"

  const runClassifiers = (text: string, context: ModerationContext): Array<ModeratorScore> => {
    const scores: Array<ModeratorScore> = []
    for (const classifier of classifiers) {
      const answer = classifier.classify(text, context)
      if (isThenable(answer)) {
        // Not awaited, its scores would be lost without a word.
        Promise.resolve(answer).catch(() => undefined)
        throw new TypeError(
          `Bộ phân loại "${classifier.id}" trả về Promise: hãy dùng moderator.checkAsync(). ` +
            `(classifier "${classifier.id}" answered with a promise: use moderator.checkAsync().)`,
        )
      }
      addScores(scores, classifier, answer)
    }
    return scores
  }

  const runClassifiersAsync = async (text: string, context: ModerationContext): Promise<Array<ModeratorScore>> => {
    const answers = await Promise.all(
      classifiers.map(async (classifier) => {
        try {
          return await classifier.classify(text, context)
        } catch (cause) {
          throw new Error(`Bộ phân loại "${classifier.id}" lỗi khi chấm điểm. (classifier "${classifier.id}" failed.)`, { cause })
        }
      }),
    )
    const scores: Array<ModeratorScore> = []
    classifiers.forEach((classifier, index) => addScores(scores, classifier, answers[index]))
    return scores
  }

  const instantOf = (value: InstantInput | undefined): number | undefined =>
    value === undefined ? undefined : instantOrThrow(value, { timeZone })

  const plan = (rule: ModerationCategoryRule, action: ModerationAction, origins: Readonly<Record<string, number | undefined>>): ReadonlyArray<PlannedSla> =>
    slasOf(rule, action).map((sla) => {
      const origin = origins[sla.from]
      const planned: PlannedSla = { id: sla.id, hours: sla.hours, from: sla.from }
      return origin === undefined ? planned : { ...planned, deadline: formatInstant(origin + sla.hours * 3_600_000, { timeZone }) }
    })

  const verdict = (
    text: string,
    context: ModerationContext,
    matches: ReadonlyArray<LexiconMatch>,
    signals: ReadonlyArray<SpamSignal>,
    scores: ReadonlyArray<ModeratorScore>,
    unaccented: boolean,
  ): ModerationResult => {
    type Source = { confident: boolean; reasons: Array<ReviewReason> }
    const sources = new Map<string, Source>()
    const sourceOf = (category: string): Source => {
      let source = sources.get(category)
      if (source === undefined) {
        source = { confident: false, reasons: [] }
        sources.set(category, source)
      }
      return source
    }
    const addReason = (source: Source, reason: ReviewReason): void => {
      if (!source.reasons.includes(reason)) source.reasons.push(reason)
    }
    let severity = 0
    for (const match of matches) {
      const source = sourceOf(match.category)
      if (match.reviewReason === undefined) source.confident = true
      else addReason(source, match.reviewReason)
      severity = Math.max(severity, match.severity)
    }
    if (signals.length >= policy.spam.threshold) sourceOf("spam").confident = true
    for (const score of scores) if (score.score >= threshold) addReason(sourceOf(score.category), "classifier")
    const categories = [...sources.keys()].sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size))
    const at = instantOf(context.at ?? context.now)
    const origins = {
      detected: at,
      complaint: instantOf(context.events?.complaint),
      "authority-request": instantOf(context.events?.["authority-request"]),
    }
    const actions: Array<PlannedAction> = []
    const held: Array<HeldAction> = []
    const reviews: Array<{ category: string; reasons: ReadonlyArray<ReviewReason> }> = []
    for (const category of categories) {
      const source = sources.get(category) as Source
      const rule = rules.get(category)
      if (rule?.review === true) addReason(source, "category")
      if (source.reasons.length > 0) reviews.push({ category, reasons: source.reasons })
      if (rule === undefined) continue
      const human = rule.review || !source.confident
      for (const action of rule.actions) {
        const slas = plan(rule, action, origins)
        if (action === "hide" && human) held.push({ action, category, slas, reasons: source.reasons })
        else actions.push({ action, category, slas })
      }
    }
    return {
      categories,
      matches,
      actions,
      review: reviews.length > 0,
      reviews,
      heldForReview: held,
      severity,
      signals,
      scores,
      typedWithoutDiacritics: unaccented,
    }
  }

  /** The lexicon's matches in `text`; leaves the normalised views (and `scratch.unaccented`) in the shared buffers. */
  const lexiconMatches = (text: string): ReadonlyArray<LexiconMatch> => {
    normalizeInto(scratch, text)
    scan(matcher, scratch, hits)
    return hits.count === 0 ? EMPTY : collectMatches(text)
  }

  const conclude = (
    text: string,
    context: ModerationContext,
    matches: ReadonlyArray<LexiconMatch>,
    signals: ReadonlyArray<SpamSignal>,
    scores: ReadonlyArray<ModeratorScore>,
    unaccented: boolean,
  ): ModerationResult => {
    if (matches.length === 0 && signals.length === 0 && scores.length === 0) {
      instantOf(context.at ?? context.now)
      return unaccented ? CLEAN_UNACCENTED : CLEAN
    }
    return verdict(text, context, matches, signals, scores, unaccented)
  }

  const check = (text: string, context: ModerationContext = NO_CONTEXT): ModerationResult => {
    if (typeof text !== "string") throw new TypeError(`moderator.check: the text must be a string, got ${typeof text}.`)
    const matches = lexiconMatches(text)
    const signals = spamSignals(text, context)
    const scores = classifiers.length === 0 ? EMPTY : runClassifiers(text, context)
    return conclude(text, context, matches, signals, scores, scratch.unaccented)
  }

  const checkAsync = async (text: string, context: ModerationContext = NO_CONTEXT): Promise<ModerationResult> => {
    if (typeof text !== "string") throw new TypeError(`moderator.checkAsync: the text must be a string, got ${typeof text}.`)
    // The shared buffers are read before the first wait: overlapping calls are safe.
    const matches = lexiconMatches(text)
    const unaccented = scratch.unaccented
    const signals = spamSignals(text, context)
    const scores = classifiers.length === 0 ? EMPTY : await runClassifiersAsync(text, context)
    return conclude(text, context, matches, signals, scores, unaccented)
  }

  const internals: ModeratorInternals = {
    policy,
    rules,
    scratch,
    hits,
    check,
    cues: cueMatcher,
  }

  return {
    policy,
    categories: [...rules.values()],
    timeZone,
    check,
    checkAsync,
    checkPost: (text, postOptions = {}) => checkPostWith(internals, text, postOptions),
  }
}
