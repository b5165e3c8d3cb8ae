/**
 * The moderation section of a policy document: categories with their
 * actions and deadlines, the lexicon, the allow-list, the deadlines (SLAs)
 * and the topics posts are approved by. Plain data, validated with zod;
 * every other module of the package reads it.
 *
 * @since 0.1.0
 * @module
 */
import { LocalizedTextSchema, RuleSourceSchema } from "@lantoa/core"
import { z } from "zod"

/**
 * The plan's categories of bad content, by id: `fake` (tin giả, sai sự
 * thật), `unverified` (chưa được kiểm chứng), `insult` (xúc phạm danh dự,
 * nhân phẩm), `teacher-ethics` (vi phạm đạo đức nhà giáo), `offensive`
 * (hình ảnh, ngôn từ phản cảm), `hostile` (thù địch, chống phá), `spam`
 * (quảng cáo, lừa đảo). A policy may add its own.
 *
 * @example
 * ```ts
 * MODERATION_CATEGORIES.includes("teacher-ethics") //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const MODERATION_CATEGORIES = ["fake", "unverified", "insult", "teacher-ethics", "offensive", "hostile", "spam"] as const

/**
 * One of {@link MODERATION_CATEGORIES}, or a policy's own category id.
 *
 * @example
 * ```ts
 * const category: ModerationCategory = "unverified"
 * ```
 * @since 0.1.0
 * @category models
 */
export type ModerationCategory = (typeof MODERATION_CATEGORIES)[number] | (string & {})

/**
 * What may be done about content: hide it (ẩn bình luận), report the
 * account (báo cáo tài khoản), rebut it with an official source (phản
 * bác, cung cấp thông tin chính thống), escalate inside the sector (báo
 * cáo lãnh đạo, xử lý nội bộ), escalate to the authorities (đề nghị cơ
 * quan chức năng xử lý), or nothing.
 *
 * @example
 * ```ts
 * MODERATION_ACTIONS //=> ["hide", "report-account", "rebut", "escalate-internal", "escalate-authorities", "none"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const MODERATION_ACTIONS = ["hide", "report-account", "rebut", "escalate-internal", "escalate-authorities", "none"] as const

/**
 * One of {@link MODERATION_ACTIONS}.
 *
 * @example
 * ```ts
 * const action: ModerationAction = "rebut"
 * ```
 * @since 0.1.0
 * @category models
 */
export type ModerationAction = (typeof MODERATION_ACTIONS)[number]

/**
 * How a lexicon entry may match text written without diacritics
 * ("không dấu"):
 *
 * - `any` (default): in every view — accented, folded and the
 *   separator-free skeleton; a folded-only hit on text typed without
 *   diacritics goes to review;
 * - `accented-only`: only as written with its diacritics (for
 *   collision-prone syllables: "cặc" must not match "các");
 * - `unaccented-writer`: as written, or folded where the writer typed
 *   without diacritics (for a single syllable: the whole text) — always a
 *   review, never an automatic hide.
 *
 * @example
 * ```ts
 * FOLD_POLICIES //=> ["any", "accented-only", "unaccented-writer"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const FOLD_POLICIES = ["any", "accented-only", "unaccented-writer"] as const

/**
 * One of {@link FOLD_POLICIES}.
 *
 * @example
 * ```ts
 * const fold: FoldPolicy = "accented-only"
 * ```
 * @since 0.1.0
 * @category models
 */
export type FoldPolicy = (typeof FOLD_POLICIES)[number]

const nonEmpty = z.string().trim().min(1)
const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an id is kebab-case, e.g. teacher-ethics")

/**
 * A deadline (SLA) the policy holds moderators to, counted in hours from
 * an event of the incident: `detected` (the policy's own target, e.g. hide
 * within 1 hour), `authority-request` (Decree 147/2024: 24 hours after a
 * competent authority asks) or `complaint` (48 hours after a well-founded
 * user complaint).
 *
 * @example
 * ```ts
 * ModerationSlaSchema.parse({ id: "authority-request", hours: 24, from: "authority-request", title: { vi: "Xử lý trong 24 giờ khi cơ quan có thẩm quyền yêu cầu" } })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ModerationSlaSchema = z.strictObject({
  id: kebabId,
  title: LocalizedTextSchema,
  source: RuleSourceSchema.optional(),
  hours: z.number().positive(),
  /** The incident event the clock starts at. */
  from: z.enum(["detected", "authority-request", "complaint"]),
  /** The actions that stop the clock (default: any action but `none`). */
  until: z.array(z.enum(MODERATION_ACTIONS)).min(1).optional(),
})

/**
 * A moderation deadline (see {@link ModerationSlaSchema}).
 *
 * @example
 * ```ts
 * const hideFast: ModerationSla = { id: "hide-within-1h", title: { vi: "Ẩn trong 1 giờ" }, hours: 1, from: "detected", until: ["hide"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ModerationSla = z.output<typeof ModerationSlaSchema>

/**
 * A category: its id, title, the plan's wording, the actions it calls for
 * (in order), whether a human must always decide (`review`), and the
 * deadlines (SLA ids) that apply to it.
 *
 * @example
 * ```ts
 * ModerationCategorySchema.parse({
 *   id: "teacher-ethics", title: { vi: "Vi phạm đạo đức nhà giáo" },
 *   actions: ["escalate-internal"], review: true, slas: ["complaint"],
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ModerationCategorySchema = z.strictObject({
  id: kebabId,
  title: LocalizedTextSchema,
  source: RuleSourceSchema.optional(),
  actions: z.array(z.enum(MODERATION_ACTIONS)).min(1),
  /** A human must decide before any action: never hidden automatically. */
  review: z.boolean().default(false),
  slas: z.array(kebabId).default([]),
})

/**
 * A moderation category (see {@link ModerationCategorySchema}).
 *
 * @example
 * ```ts
 * const spam: ModerationCategoryRule = { id: "spam", title: { vi: "Quảng cáo, lừa đảo" }, actions: ["hide", "report-account"], review: false, slas: [] }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ModerationCategoryRule = z.output<typeof ModerationCategorySchema>

/**
 * A lexicon entry: a term or phrase (written with its diacritics, NFC), its
 * category, a severity from 1 (mild) to 3 (severe), and its fold policy.
 *
 * @example
 * ```ts
 * LexiconEntrySchema.parse({ term: "tin giả", category: "fake", severity: 2 })
 * LexiconEntrySchema.parse({ term: "ngu", category: "insult", severity: 1, fold: "accented-only" })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const LexiconEntrySchema = z.strictObject({
  term: nonEmpty,
  category: kebabId,
  severity: z.number().int().min(1).max(3).default(2),
  fold: z.enum(FOLD_POLICIES).default("any"),
  note: z.string().optional(),
})

/**
 * A lexicon entry (see {@link LexiconEntrySchema}).
 *
 * @example
 * ```ts
 * const entry: LexiconEntry = { term: "nhà cái", category: "spam", severity: 2, fold: "any" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type LexiconEntry = z.output<typeof LexiconEntrySchema>

/**
 * A topic of posts and who approves them before publication: the plan has
 * the Sở's divisions approve posts for the Sở page by topic, and five Tổ
 * Truyền thông. `approver` names a unit id, a team id, or both.
 *
 * @example
 * ```ts
 * ModerationTopicSchema.parse({
 *   id: "preschool-primary", title: { vi: "Giáo dục Mầm non và Giáo dục Tiểu học" },
 *   approver: { team: "to-truyen-thong-mn-th" }, cues: ["mầm non", "tiểu học"],
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ModerationTopicSchema = z.strictObject({
  id: kebabId,
  title: LocalizedTextSchema,
  source: RuleSourceSchema.optional(),
  approver: z.strictObject({ unit: nonEmpty.optional(), team: nonEmpty.optional() }),
  /** Words that put a post in this topic (matched like the lexicon, accented). */
  cues: z.array(nonEmpty).default([]),
})

/**
 * A topic (see {@link ModerationTopicSchema}).
 *
 * @example
 * ```ts
 * const other: ModerationTopic = { id: "other", title: { vi: "Các vấn đề khác" }, approver: { team: "to-truyen-thong-khac" }, cues: [] }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ModerationTopic = z.output<typeof ModerationTopicSchema>

/**
 * Spam signals besides words, as Facebook's Moderation Assist uses them:
 * links, a new account, a repeat offender.
 *
 * @example
 * ```ts
 * SpamSignalsSchema.parse({ links: true, newAccountDays: 30, repeatOffender: 3 })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const SpamSignalsSchema = z.strictObject({
  /** A link in a comment is a spam signal. */
  links: z.boolean().default(true),
  /** Hosts whose links are never a signal (the sector's own sites). */
  allowedHosts: z.array(nonEmpty).default([]),
  /** An account younger than this many days is a signal. */
  newAccountDays: z.number().int().min(0).default(30),
  /** An author with at least this many earlier violations is a signal. */
  repeatOffender: z.number().int().min(1).default(3),
  /** How many signals make a comment spam without any word. */
  threshold: z.number().int().min(1).default(2),
})

/**
 * The moderation section of a policy document.
 *
 * @example
 * ```ts
 * const section = ModerationPolicySchema.parse({ categories: [], lexicon: [] })
 * section.allow //=> []
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ModerationPolicySchema = z.strictObject({
  categories: z.array(ModerationCategorySchema).default([]),
  lexicon: z.array(LexiconEntrySchema).default([]),
  /** Phrases that never match, whatever they contain ("du lịch", "lon nước", "phòng học", "nguồn tin"). */
  allow: z.array(nonEmpty).default([]),
  slas: z.array(ModerationSlaSchema).default([]),
  topics: z.array(ModerationTopicSchema).default([]),
  /** Cue phrases of unverified information in a post to be published ("nghe nói", "chưa kiểm chứng"). */
  unverifiedCues: z.array(nonEmpty).default([]),
  spam: SpamSignalsSchema.default({ links: true, allowedHosts: [], newAccountDays: 30, repeatOffender: 3, threshold: 2 }),
})

/**
 * The moderation section as written (defaults may be left out).
 *
 * @example
 * ```ts
 * const input: ModerationPolicyInput = { lexicon: [{ term: "tin giả", category: "fake" }] }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ModerationPolicyInput = z.input<typeof ModerationPolicySchema>

/**
 * The moderation section with its defaults applied.
 *
 * @example
 * ```ts
 * const section: ModerationPolicy = ModerationPolicySchema.parse({})
 * ```
 * @since 0.1.0
 * @category models
 */
export type ModerationPolicy = z.output<typeof ModerationPolicySchema>
