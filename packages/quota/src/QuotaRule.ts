/**
 * Quota rules as data: who must do how much of what, per which period.
 *
 * A rule of the plan such as "Mỗi Phòng GD&ĐT đăng tải ít nhất 03 tin,
 * bài/tuần" is one object: subjects (units of kind `district-office`), what
 * counts (posts on the unit's own Fanpage), how many (at least 3), per which
 * period (ISO week). Rules carry the plan's Vietnamese wording and section so
 * every verdict can cite its source.
 *
 * @since 0.1.0
 * @module
 */
import { ACTIVITY_KINDS, LocalizedTextSchema, RuleSourceSchema, parseRecordsWithIds, type DataIssue } from "@lantoa/core"
import { LocalDateSchema, PLATFORMS, ROLES, UNIT_KINDS } from "@lantoa/hierarchy"
import { z } from "zod"

const nonEmpty = z.string().trim().min(1)

/**
 * Where a quota rule comes from: the plan's section and its wording (core's
 * `RuleSourceSchema`, shared by every kind of rule).
 *
 * @example
 * ```ts
 * QuotaSourceSchema.parse({
 *   document: "Kế hoạch mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”",
 *   section: "V.4.1",
 *   text: "Mỗi Phòng GD&ĐT đăng tải ít nhất 03 tin, bài/tuần.",
 * }).section //=> "V.4.1"
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const QuotaSourceSchema = RuleSourceSchema

/**
 * The periods a quota can run over.
 *
 * @example
 * ```ts
 * QUOTA_PERIODS //=> ["week", "month", "semester", "school-year"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const QUOTA_PERIODS = ["week", "month", "semester", "school-year"] as const

/**
 * Who a rule applies to: units of some kinds, or people selected by role,
 * party membership (đảng viên) and the kind of their unit. Conditions of a
 * selector all hold at once; a list matches any of its values.
 *
 * @example
 * ```ts
 * QuotaSubjectsSchema.parse({ type: "unit", kinds: ["district-office"] })
 * QuotaSubjectsSchema.parse({ type: "person", partyMember: true })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const QuotaSubjectsSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("unit"),
    /** The unit kinds the rule applies to; absent = every kind. */
    kinds: z.array(z.enum(UNIT_KINDS)).min(1).optional(),
  }),
  z.object({
    type: z.literal("person"),
    /** People holding any of these roles; absent = any role. */
    roles: z.array(z.enum(ROLES)).min(1).optional(),
    /** `true`: party members only; `false`: non-members only; absent: everyone. */
    partyMember: z.boolean().optional(),
    /** People of units of these kinds; absent = any unit. */
    unitKinds: z.array(z.enum(UNIT_KINDS)).min(1).optional(),
  }),
])

/**
 * What counts toward a rule: activity kinds, optionally only on some
 * platforms, and — for unit rules — only on the unit's own channels or on any.
 *
 * @example
 * ```ts
 * // Posts on the unit's own Fanpage:
 * QuotaCountsSchema.parse({ kinds: ["post"], platforms: ["facebook-page"], channels: "own" })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const QuotaCountsSchema = z.object({
  kinds: z.array(z.enum(ACTIVITY_KINDS)).min(1),
  /** Platforms of the activity's channel; absent = any (an activity without a channel counts only when absent). */
  platforms: z.array(z.enum(PLATFORMS)).min(1).optional(),
  /** `own`: only activities on a channel of the subject unit; `any`: wherever. Default `any`. */
  channels: z.enum(["own", "any"]).default("any"),
})

/**
 * What makes two counted activities the same item:
 *
 * - `activity`: each activity id counts once (the default);
 * - `item`: each item ("tin, bài") counts once — a share or reaction counts
 *   its `target`, a post its `url` (else its id) — so five shares of one post
 *   count once.
 *
 * @example
 * ```ts
 * QUOTA_DISTINCT //=> ["activity", "item"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const QUOTA_DISTINCT = ["activity", "item"] as const

/**
 * When a rule does not apply, e.g. the Tết break: either a date range
 * (local dates, inclusive) or a named holiday of the calendar — `{ holiday:
 * "lunar-new-year" }`, its days off in every year evaluated, which the
 * caller resolves with the `holidays` option (the engine does it with
 * `@lantoa/calendar`).
 *
 * @example
 * ```ts
 * QuotaExemptionSchema.parse({ from: "2025-01-25", to: "2025-02-02", reason: "Nghỉ Tết Nguyên đán" })
 * QuotaExemptionSchema.parse({ holiday: "lunar-new-year" })
 * QuotaExemptionSchema.safeParse({ from: "2025-02-02", to: "2025-01-25" }).success //=> false
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const QuotaExemptionSchema = z
  .object({
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    /** A holiday of the calendar (e.g. `lunar-new-year`), in place of `from`/`to`. */
    holiday: nonEmpty.optional(),
    /** Why, in Vietnamese: cited in the explanation of an exempt result. */
    reason: nonEmpty.optional(),
  })
  .superRefine((exemption, ctx) => {
    if (exemption.holiday !== undefined) {
      if (exemption.from !== undefined || exemption.to !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["holiday"],
          message: "give either a holiday or from and to, not both.",
          params: { vi: "chỉ ghi ngày lễ (holiday) hoặc khoảng ngày (from, to), không ghi cả hai.", code: "invalid-exemption" },
        })
      }
      return
    }
    for (const field of ["from", "to"] as const) {
      if (exemption[field] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: "missing: an exemption needs from and to, or a holiday.",
          params: { vi: "thiếu trường bắt buộc: khoảng miễn cần from và to, hoặc một ngày lễ (holiday).", code: "missing-field" },
        })
      }
    }
    if (exemption.from !== undefined && exemption.to !== undefined && exemption.from > exemption.to) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: "an exemption's from is after its to.",
        params: { vi: "ngày bắt đầu miễn (from) sau ngày kết thúc miễn (to).", code: "invalid-exemption" },
      })
    }
  })

/**
 * A quota rule (policy data).
 *
 * - `minimum`: how many distinct items each subject must have per period;
 * - `cap`: the most that count per subject and period, so that re-sharing
 *   cannot game scores built on the count (absent = no cap);
 * - `exemptions`, `validFrom`/`validTo`: when the rule applies.
 *
 * Subjects that exist for only part of a period (a unit founded or dissolved,
 * a person who joined mid-month) and periods cut by an exemption owe a
 * prorated minimum: `ceil(minimum × days owed / days in the period)`, where
 * days owed are the period's days on which the subject existed, the rule was
 * valid and no exemption ran. A subject that owes no day is `exempt`.
 *
 * @example
 * ```ts
 * QuotaRuleSchema.parse({
 *   id: "district-office-weekly-posts",
 *   title: { vi: "Phòng GD&ĐT đăng tải ít nhất 03 tin, bài mỗi tuần" },
 *   source: { section: "V.4.1", text: "Mỗi Phòng GD&ĐT đăng tải ít nhất 03 tin, bài/tuần." },
 *   subjects: { type: "unit", kinds: ["district-office"] },
 *   counts: { kinds: ["post"], platforms: ["facebook-page"], channels: "own" },
 *   minimum: 3,
 *   period: "week",
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const QuotaRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a rule id is kebab-case, e.g. unit-weekly-posts"),
    title: LocalizedTextSchema,
    source: QuotaSourceSchema.optional(),
    subjects: QuotaSubjectsSchema,
    counts: QuotaCountsSchema,
    minimum: z.number().int().min(1),
    cap: z.number().int().min(1).optional(),
    period: z.enum(QUOTA_PERIODS),
    distinctBy: z.enum(QUOTA_DISTINCT).default("activity"),
    exemptions: z.array(QuotaExemptionSchema).default([]),
    validFrom: LocalDateSchema.optional(),
    validTo: LocalDateSchema.optional(),
  })
  .refine((rule) => rule.cap === undefined || rule.cap >= rule.minimum, {
    message: "cap must not be below minimum.",
    params: { vi: "mức trần (cap) không được nhỏ hơn mức tối thiểu (minimum).", code: "cap-below-minimum" },
    path: ["cap"],
  })
  .refine((rule) => rule.validFrom === undefined || rule.validTo === undefined || rule.validFrom <= rule.validTo, {
    message: "validFrom is after validTo.",
    params: { vi: "ngày bắt đầu hiệu lực (validFrom) sau ngày hết hiệu lực (validTo).", code: "invalid-validity" },
    path: ["validFrom"],
  })
  .refine((rule) => rule.subjects.type === "unit" || rule.counts.channels === "any", {
    message: "channels: \"own\" only applies to unit rules.",
    params: { vi: "channels: \"own\" chỉ dùng cho quy định áp dụng với đơn vị.", code: "own-channels-for-people" },
    path: ["counts", "channels"],
  })

/**
 * A quota rule as written in a policy document (defaults not yet applied).
 *
 * @example
 * ```ts
 * const rule: QuotaRuleInput = {
 *   id: "party-member-weekly", title: { vi: "Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần" },
 *   subjects: { type: "person", partyMember: true }, counts: { kinds: ["post", "share"] },
 *   minimum: 1, period: "week", distinctBy: "item",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export type QuotaRuleInput = z.input<typeof QuotaRuleSchema>

/**
 * A quota rule with its defaults applied.
 *
 * @example
 * ```ts
 * const rule: QuotaRule = QuotaRuleSchema.parse(input)
 * rule.counts.channels //=> "any" (the default)
 * rule.distinctBy      //=> "activity" (the default)
 * ```
 * @since 0.1.0
 * @category models
 */
export type QuotaRule = z.output<typeof QuotaRuleSchema>

/**
 * One of {@link QUOTA_PERIODS}.
 *
 * @example
 * ```ts
 * const period: QuotaPeriod = "week"
 * ```
 * @since 0.1.0
 * @category models
 */
export type QuotaPeriod = (typeof QUOTA_PERIODS)[number]

/**
 * The result of {@link parseQuotaRules}: the valid rules, in input order, and
 * what was wrong with the others.
 *
 * @example
 * ```ts
 * const { rules, issues }: ParsedQuotaRules = parseQuotaRules([])
 * rules  //=> []
 * issues //=> []
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedQuotaRules {
  readonly rules: ReadonlyArray<QuotaRule>
  readonly issues: ReadonlyArray<DataIssue>
}

/**
 * Reads a list of quota rules as a policy document holds them, applying the
 * defaults. Never throws on bad data: each invalid rule becomes error issues
 * (Vietnamese message, English `messageEn`, the path of the field) and is left
 * out; a rule whose id repeats an earlier one is left out too.
 *
 * @example
 * ```ts
 * const { rules, issues } = parseQuotaRules([
 *   { id: "unit-weekly-posts", title: { vi: "Mỗi đơn vị, trường học đăng tải ít nhất 01 tin, bài mỗi tuần" },
 *     subjects: { type: "unit" }, counts: { kinds: ["post"] }, minimum: 1, period: "week" },
 *   { id: "Bad Id", title: { vi: "…" }, subjects: { type: "unit" }, counts: { kinds: ["post"] }, minimum: 0, period: "week" },
 * ], "policy.quotas")
 * rules.map((rule) => rule.distinctBy) //=> ["activity"]
 * issues.map((issue) => issue.path)    //=> ["policy.quotas[1].id", "policy.quotas[1].minimum"]
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseQuotaRules = (input: unknown, path = "rules"): ParsedQuotaRules => {
  const { records, issues } = parseRecordsWithIds(QuotaRuleSchema, input, path, { vi: "quy định", en: "rule" })
  return { rules: records, issues }
}

