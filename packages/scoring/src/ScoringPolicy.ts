/**
 * The scoring section of a policy: criteria, rating tiers with caps,
 * ranking peers, privacy of leaderboards and the rules for proposing
 * commendations (biểu dương, khen thưởng — plan V.7.1).
 *
 * @since 0.1.0
 * @module
 */
import { LocalizedTextSchema, parseRecord, type DataIssue } from "@lantoa/core"
import { z } from "zod"
import { ScoringCriterionSchema } from "./ScoringCriterion.js"

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an id is kebab-case, e.g. excellent")

/**
 * Whom a subject is ranked against:
 *
 * - `kind`: units of the same kind (mầm non with mầm non, Phòng with Phòng);
 *   people with the people of units of the same kind — the default;
 * - `reporting-unit`: units reporting to the same unit on the scoring date
 *   (the schools of one Phòng); people with the people of their own unit;
 * - `province`: everyone scored together (units apart from people).
 *
 * @example
 * ```ts
 * PEER_SCOPES //=> ["kind", "reporting-unit", "province"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const PEER_SCOPES = ["kind", "reporting-unit", "province"] as const

/**
 * One of {@link PEER_SCOPES}.
 *
 * @example
 * ```ts
 * const peers: PeerScope = "reporting-unit"
 * ```
 * @since 0.1.0
 * @category models
 */
export type PeerScope = (typeof PEER_SCOPES)[number]

/**
 * One rating tier (mức xếp loại), best first in a policy's `tiers`.
 *
 * - `minTotal`: the least total that reaches the tier; every tier but the
 *   last has one, and the last takes everyone left (it has neither
 *   `minTotal` nor a cap);
 * - `maxShare`: a cap — at most `floor(maxShare × base)` subjects of a peer
 *   group, and at least `minCount` (default 0). `shareOf` says what `base`
 *   is: `rated` (everyone rated in the group, the default) or
 *   `next-tier-or-above` (those whose total reaches the next tier's
 *   `minTotal`, as rules that cap "Hoàn thành xuất sắc nhiệm vụ" at a share
 *   of those rated "Hoàn thành tốt nhiệm vụ" or above do).
 *
 * A tie at the cap boundary is admitted whole only if it fits; otherwise
 * the whole tie, and everyone below it, drops to the next tier. A cap is
 * never exceeded, and nobody is rated above someone with a higher total.
 *
 * @example
 * ```ts
 * ScoringTierSchema.parse({
 *   id: "excellent", label: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Excellent" },
 *   minTotal: 90, maxShare: 0.2, minCount: 1,
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ScoringTierSchema = z
  .strictObject({
    id: kebab,
    label: LocalizedTextSchema,
    minTotal: z.number().optional(),
    maxShare: z.number().gt(0).max(1).optional(),
    minCount: z.number().int().min(0).optional(),
    shareOf: z.enum(["rated", "next-tier-or-above"]).default("rated"),
  })
  .refine((tier) => tier.minCount === undefined || tier.maxShare !== undefined, {
    message: "minCount only applies with maxShare.",
    params: { vi: "minCount (số tối thiểu của mức trần) chỉ dùng khi có maxShare (tỷ lệ tối đa).", code: "min-count-without-cap" },
    path: ["minCount"],
  })

/**
 * The default tiers: the four rating levels of Vietnamese public-sector
 * reviews, on a 100-point scale — "Hoàn thành xuất sắc nhiệm vụ" from 90
 * (at most 20% of a peer group, rounded down, and at least 1), "Hoàn thành
 * tốt nhiệm vụ" from 75, "Hoàn thành nhiệm vụ" from 50, and "Không hoàn
 * thành nhiệm vụ" below. A policy may set its own.
 *
 * @example
 * ```ts
 * DEFAULT_TIERS.map((tier) => tier.id) //=> ["excellent", "good", "complete", "incomplete"]
 * DEFAULT_TIERS[0].label.vi           //=> "Hoàn thành xuất sắc nhiệm vụ"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_TIERS: ReadonlyArray<ScoringTier> = [
  {
    id: "excellent",
    label: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Tasks completed with excellence" },
    minTotal: 90,
    maxShare: 0.2,
    minCount: 1,
    shareOf: "rated",
  },
  { id: "good", label: { vi: "Hoàn thành tốt nhiệm vụ", en: "Tasks completed well" }, minTotal: 75, shareOf: "rated" },
  { id: "complete", label: { vi: "Hoàn thành nhiệm vụ", en: "Tasks completed" }, minTotal: 50, shareOf: "rated" },
  { id: "incomplete", label: { vi: "Không hoàn thành nhiệm vụ", en: "Tasks not completed" }, shareOf: "rated" },
]

/**
 * How leaderboards treat people and the lower half (humane defaults):
 *
 * - `individualBoards`: boards of people are shown only when `true`
 *   (default `false`: the plan scores units; people are encouraged, not
 *   ranked in public);
 * - `anonymise`: on individual boards, people appear under stable
 *   pseudonyms, never by name or id (default `true`);
 * - `bottomHalf`: `counts` (default) shows the lower half of a board as a
 *   count ("12 đơn vị ở nửa dưới bảng"), not by name; `names` lists
 *   everyone;
 * - `pseudonymSeed`: mixes into pseudonyms so that two provinces' boards do
 *   not share them (default `"lantoa"`).
 *
 * @example
 * ```ts
 * ScoringPrivacySchema.parse({}) //=> { individualBoards: false, anonymise: true, bottomHalf: "counts", pseudonymSeed: "lantoa" }
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ScoringPrivacySchema = z.strictObject({
  individualBoards: z.boolean().default(false),
  anonymise: z.boolean().default(true),
  bottomHalf: z.enum(["counts", "names"]).default("counts"),
  pseudonymSeed: z.string().trim().min(1).default("lantoa"),
})

/**
 * Who is proposed for commendation (biểu dương, khen thưởng) — see
 * `commendationCandidates`:
 *
 * - `tiers`: the tiers whose members may be proposed (default: the first,
 *   best tier);
 * - `requireComplete`: only subjects with every measurement (default `true`);
 * - `excludePenalised`: only subjects no penalty criterion took points from
 *   (default `true`).
 *
 * @example
 * ```ts
 * ScoringCommendationSchema.parse({}) //=> { requireComplete: true, excludePenalised: true }
 * ScoringCommendationSchema.parse({ tiers: ["excellent", "good"] }).tiers //=> ["excellent", "good"]
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ScoringCommendationSchema = z.strictObject({
  tiers: z.array(kebab).min(1).optional(),
  requireComplete: z.boolean().default(true),
  excludePenalised: z.boolean().default(true),
})

/**
 * The scoring section of a policy document.
 *
 * - `scale`: the points the weighted criteria that apply to one subject
 *   share (default 100); criteria with fixed `points` add their own;
 * - `criteria`: the scoring table (ids unique);
 * - `tiers`: rating tiers, best first (default {@link DEFAULT_TIERS});
 *   thresholds strictly decreasing;
 * - `ranking.peers`: whom subjects are ranked and normalised against
 *   (default `kind`);
 * - `privacy`, `commendation`: see their schemas.
 *
 * @example
 * ```ts
 * const scoring = ScoringPolicySchema.parse({
 *   criteria: [
 *     { id: "weekly-posts", title: { vi: "Tỷ lệ tuần đạt chỉ tiêu đăng tin, bài" }, measurement: "quota-met-rate",
 *       subjects: { type: "unit" }, normalisation: { type: "linear", target: 1 }, weight: 60 },
 *     { id: "deadlines", title: { vi: "Hoàn thành nhiệm vụ đúng hạn" }, measurement: "deadline-on-time-rate",
 *       subjects: { type: "unit" }, normalisation: { type: "linear", target: 1 }, weight: 40 },
 *   ],
 * })
 * scoring.scale         //=> 100
 * scoring.ranking.peers //=> "kind"
 * scoring.tiers[0].id   //=> "excellent"
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ScoringPolicySchema = z
  .strictObject({
    scale: z.number().positive().default(100),
    criteria: z.array(ScoringCriterionSchema).default([]),
    tiers: z.array(ScoringTierSchema).min(1).prefault(DEFAULT_TIERS as Array<z.input<typeof ScoringTierSchema>>),
    ranking: z.strictObject({ peers: z.enum(PEER_SCOPES).default("kind") }).prefault({}),
    privacy: ScoringPrivacySchema.prefault({}),
    commendation: ScoringCommendationSchema.prefault({}),
  })
  .superRefine((policy, ctx) => {
    const custom = (path: ReadonlyArray<string | number>, en: string, vi: string, code: string): void => {
      ctx.addIssue({ code: "custom", path: [...path], message: en, params: { vi, code } })
    }
    const criteria = new Set<string>()
    policy.criteria.forEach((criterion, i) => {
      if (criteria.has(criterion.id)) {
        custom(["criteria", i, "id"], `criterion id "${criterion.id}" appears earlier.`, `mã tiêu chí "${criterion.id}" đã có ở trên.`, "duplicate-id")
      }
      criteria.add(criterion.id)
    })
    const tiers = new Set<string>()
    let previous: number | undefined
    policy.tiers.forEach((tier, i) => {
      if (tiers.has(tier.id)) {
        custom(["tiers", i, "id"], `tier id "${tier.id}" appears earlier.`, `mã mức xếp loại "${tier.id}" đã có ở trên.`, "duplicate-id")
      }
      tiers.add(tier.id)
      const last = i === policy.tiers.length - 1
      if (last) {
        if (tier.minTotal !== undefined || tier.maxShare !== undefined) {
          custom(
            ["tiers", i],
            "the last tier takes everyone left: it has no minTotal and no maxShare.",
            "mức xếp loại cuối cùng nhận tất cả các trường hợp còn lại: không ghi minTotal và maxShare.",
            "last-tier-bounded",
          )
        }
        return
      }
      if (tier.minTotal === undefined) {
        custom(["tiers", i, "minTotal"], "every tier but the last needs minTotal.", "thiếu điểm tối thiểu (minTotal) của mức xếp loại.", "missing-field")
        return
      }
      if (previous !== undefined && tier.minTotal >= previous) {
        custom(
          ["tiers", i, "minTotal"],
          "tiers come best first: each minTotal must be below the one before.",
          "các mức xếp loại ghi từ cao xuống thấp: minTotal phải nhỏ hơn của mức đứng trước.",
          "tiers-out-of-order",
        )
      }
      previous = tier.minTotal
    })
    policy.commendation.tiers?.forEach((id, i) => {
      if (!tiers.has(id)) {
        custom(["commendation", "tiers", i], `no tier "${id}".`, `không có mức xếp loại "${id}".`, "unknown-tier")
      }
    })
  })

/**
 * The scoring section as written in a policy document.
 *
 * @example
 * ```ts
 * const input: ScoringPolicyInput = { criteria: [], privacy: { individualBoards: true } }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ScoringPolicyInput = z.input<typeof ScoringPolicySchema>

/**
 * The scoring section with its defaults applied.
 *
 * @example
 * ```ts
 * const policy: ScoringPolicy = ScoringPolicySchema.parse({ criteria })
 * policy.privacy.bottomHalf //=> "counts"
 * ```
 * @since 0.1.0
 * @category models
 */
export type ScoringPolicy = z.output<typeof ScoringPolicySchema>

/**
 * A rating tier with its defaults applied.
 *
 * @example
 * ```ts
 * const tier: ScoringTier = { id: "good", label: { vi: "Hoàn thành tốt nhiệm vụ" }, minTotal: 75, shareOf: "rated" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ScoringTier = z.output<typeof ScoringTierSchema>

/**
 * The result of {@link parseScoringPolicy}: the policy when it is valid, and
 * every problem found.
 *
 * @example
 * ```ts
 * const { policy, issues }: ParsedScoringPolicy = parseScoringPolicy({ criteria: [] })
 * issues //=> []
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedScoringPolicy {
  readonly policy: ScoringPolicy | undefined
  readonly issues: ReadonlyArray<DataIssue>
}

/**
 * Reads the scoring section of a policy document. Never throws on bad data:
 * every problem is a `DataIssue` with its path and a Vietnamese message
 * (English in `messageEn`), and `policy` is undefined when there is any.
 *
 * @example
 * ```ts
 * const { policy, issues } = parseScoringPolicy(
 *   { criteria: [{ id: "posts", title: { vi: "Đăng tin, bài" }, measurement: "quota-met-rate",
 *                  subjects: { type: "unit" }, normalisation: { type: "linear", target: 1 } }] },
 *   "policy.scoring",
 * )
 * policy              //=> undefined
 * issues[0].path      //=> "policy.scoring.criteria[0].points"
 * issues[0].message   //=> "policy.scoring.criteria[0].points: cần đúng một trong hai: điểm tối đa (points) hoặc trọng số (weight)."
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseScoringPolicy = (input: unknown, path = "scoring"): ParsedScoringPolicy => {
  const result = parseRecord(ScoringPolicySchema, input ?? {}, path)
  return result.ok && result.issues.length === 0
    ? { policy: result.record, issues: [] }
    : { policy: undefined, issues: result.issues }
}

