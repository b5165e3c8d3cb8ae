/**
 * Classifiers: a way for an integrator's model (ViHateT5, PhoBERT, a
 * hosted service) to add scores to the lexicon's verdict. The lexicon is
 * the embedded default; a classifier only adds categories, and whatever it
 * adds goes to a human (review), never to an automatic hide: models for
 * Vietnamese toxic speech reach an F1 around 0.6, which is a hint, not a
 * decision.
 *
 * @since 0.1.0
 * @module
 */
import type { ModerationCategory } from "./ModerationPolicy.js"

/**
 * What a moderation check knows about a comment besides its text: when it
 * was posted or detected (`at`, or `now`; starts the SLA clocks), its
 * author, the links it carries, and whether it is a comment or a post.
 * `events` gives the instants of later events some deadlines count from (a
 * user's complaint, an authority's request).
 *
 * @example
 * ```ts
 * const context: ModerationContext = {
 *   at: "2024-11-12T20:15:00+07:00",
 *   author: { id: "fb:1002", accountAgeDays: 3, priorViolations: 0 },
 *   links: ["https://bit.ly/vay-nhanh"],
 *   kind: "comment",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ModerationContext {
  /** When the comment was posted or detected: an instant (epoch ms, Date or ISO string with an offset). */
  readonly at?: number | Date | string
  /** Same as `at`, for callers that think of it as "now"; `at` wins if both are given. */
  readonly now?: number | Date | string
  readonly author?: {
    readonly id?: string
    /** Days since the account was created. */
    readonly accountAgeDays?: number
    /** Earlier violations on record for this author. */
    readonly priorViolations?: number
  }
  /** Links attached to the comment (links in the text are found by the check itself). */
  readonly links?: ReadonlyArray<string>
  readonly kind?: "comment" | "post"
  /** Instants of the events that start deadlines other than `detected`. */
  readonly events?: {
    readonly complaint?: number | Date | string
    readonly "authority-request"?: number | Date | string
  }
}

/**
 * One score from a classifier: a category and a probability-like score
 * from 0 to 1.
 *
 * @example
 * ```ts
 * const score: ClassifierScore = { category: "insult", score: 0.93 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ClassifierScore {
  readonly category: ModerationCategory
  readonly score: number
}

/**
 * A model that scores a text. `classify` is called once per checked text,
 * after the lexicon. It may answer at once (an array: `check` and
 * `checkAsync` both work) or later (a promise, for a model behind HTTP:
 * only `checkAsync` waits for it; `check` refuses such a classifier with a
 * clear error rather than drop its scores).
 *
 * @example
 * ```ts
 * const precomputed = new Map<string, ReadonlyArray<ClassifierScore>>()
 * const vihate: Classifier = {
 *   id: "vihatet5",
 *   classify: (text) => precomputed.get(text) ?? [],
 * }
 * createModerator(policy, { classifiers: [vihate], threshold: 0.85 })
 *
 * // A hosted model: await the verdict with checkAsync.
 * const hosted: Classifier = {
 *   id: "phobert-service",
 *   classify: async (text) => (await fetch(url, { method: "POST", body: text })).json(),
 * }
 * await createModerator(policy, { classifiers: [hosted] }).checkAsync("…")
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Classifier {
  readonly id: string
  readonly classify: (
    text: string,
    context: ModerationContext,
  ) => ReadonlyArray<ClassifierScore> | PromiseLike<ReadonlyArray<ClassifierScore>>
}
