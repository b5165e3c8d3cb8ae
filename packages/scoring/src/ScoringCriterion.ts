/**
 * Emulation (thi đua) criteria as policy data.
 *
 * The plan asks every Sở, Phòng and school to put the model "vào một trong
 * các tiêu chí đánh giá thi đua về công tác truyền thông" (VI.1, VI.3). A
 * criterion here is one line of such a scoring table: which measurement it
 * reads (`quota-met-rate`, `deadline-on-time-rate`, `false-information-penalty`
 * …), whom it applies to, how a raw value becomes a share of the points
 * (normalisation), and how many points it is worth — or, for a penalty, how
 * many it can take away.
 *
 * Measurement ids are plain strings: scoring never computes them. The
 * engine turns quota, deadline and moderation results into per-subject
 * measurements, so scoring stays generic and imports none of those packages.
 *
 * @since 0.1.0
 * @module
 */
import { LocalizedTextSchema, RuleSourceSchema } from "@lantoa/core"
import { ROLES, UNIT_KINDS, type Person, type Unit } from "@lantoa/hierarchy"
import { z } from "zod"

const nonEmpty = z.string().trim().min(1)
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an id is kebab-case, e.g. quota-met-rate")

/**
 * The ways a raw measurement becomes a share (0–1) of a criterion's points:
 *
 * - `linear`: against an absolute target — `(value − floor) / (target − floor)`,
 *   clamped to 0–1 (floor 0 by default). A target below the floor means
 *   lower is better (e.g. hours to handle a comment: floor 48, target 2).
 * - `min-max`: among peers — `(value − min) / (max − min)` over the peer
 *   group's values.
 * - `percentile`: among peers — the share of the other peers with a strictly
 *   lower value.
 *
 * For both peer normalisations, a peer group whose values are all equal (a
 * group of one included) gives 1 to a positive value and 0 to zero or less:
 * with no spread there is nobody to be ahead of, and nothing earns nothing.
 *
 * @example
 * ```ts
 * NORMALISATIONS //=> ["linear", "min-max", "percentile"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const NORMALISATIONS = ["linear", "min-max", "percentile"] as const

/**
 * How a criterion normalises its measurement (see {@link NORMALISATIONS}).
 *
 * @example
 * ```ts
 * NormalisationSchema.parse({ type: "linear", target: 1 })              //=> { type: "linear", target: 1, floor: 0 }
 * NormalisationSchema.parse({ type: "linear", target: 0.95, floor: 0.5 }) // 0.5 or less earns nothing
 * NormalisationSchema.parse({ type: "percentile" })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const NormalisationSchema = z.discriminatedUnion("type", [
  z
    .strictObject({
      type: z.literal("linear"),
      /** The value that earns all the points (or, for a penalty, takes them all away). */
      target: z.number(),
      /** The value that earns nothing; default 0. */
      floor: z.number().default(0),
    })
    .refine((linear) => linear.target !== linear.floor, {
      message: "target must differ from floor.",
      params: { vi: "mục tiêu (target) phải khác mức sàn (floor).", code: "target-equals-floor" },
      path: ["target"],
    }),
  z.strictObject({ type: z.literal("min-max") }),
  z.strictObject({ type: z.literal("percentile") }),
])

/**
 * Whom a criterion applies to: units (optionally of some kinds), or people
 * (optionally by role, party membership and the kind of their unit).
 * Conditions all hold at once; a list matches any of its values.
 *
 * @example
 * ```ts
 * ScoringSubjectsSchema.parse({ type: "unit", kinds: ["kindergarten", "primary"] })
 * ScoringSubjectsSchema.parse({ type: "person", partyMember: true })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ScoringSubjectsSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("unit"),
    /** Unit kinds; absent = every kind. */
    kinds: z.array(z.enum(UNIT_KINDS)).min(1).optional(),
  }),
  z.strictObject({
    type: z.literal("person"),
    /** People holding any of these roles; absent = any role. */
    roles: z.array(z.enum(ROLES)).min(1).optional(),
    /** `true`: party members only; `false`: the others; absent: everyone. */
    partyMember: z.boolean().optional(),
    /** People of units of these kinds; absent = any unit. */
    unitKinds: z.array(z.enum(UNIT_KINDS)).min(1).optional(),
  }),
])

/**
 * One emulation criterion (policy data).
 *
 * - `measurement`: the id of the per-subject value it reads, supplied by
 *   the caller (the engine computes `quota-met-rate`,
 *   `deadline-on-time-rate`, `featured-shares-per-staff`,
 *   `moderation-within-sla`, `posts-picked-up`,
 *   `false-information-penalty` …);
 * - `normalisation`: how the value becomes a share 0–1 of the points;
 * - `points` (fixed maximum) or `weight` (a share of the policy's `scale`
 *   among the weighted criteria that apply to the subject) — exactly one;
 * - `perStaff`: divide the value by the unit's staff on the scoring date
 *   first, so that a school of 15 and one of 90 compare fairly (unit
 *   criteria only);
 * - `penalty`: a negative criterion — its points are subtracted (it needs
 *   `points`: the most it can take away).
 *
 * @example
 * ```ts
 * ScoringCriterionSchema.parse({
 *   id: "weekly-posts",
 *   title: { vi: "Tỷ lệ tuần đạt chỉ tiêu đăng tin, bài trên Fanpage", en: "Share of weeks meeting the posting quota" },
 *   source: { section: "V.4.1", text: "Mỗi đơn vị, trường học đăng tải ít nhất 01 bài, tin/tuần." },
 *   measurement: "quota-met-rate",
 *   subjects: { type: "unit" },
 *   normalisation: { type: "linear", target: 1 },
 *   weight: 40,
 * })
 * ScoringCriterionSchema.parse({
 *   id: "false-information", title: { vi: "Đăng tải, chia sẻ thông tin sai sự thật" },
 *   measurement: "false-information-penalty", subjects: { type: "unit" },
 *   normalisation: { type: "linear", target: 1 }, points: 20, penalty: true,
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ScoringCriterionSchema = z
  .strictObject({
    id: kebab,
    title: LocalizedTextSchema,
    source: RuleSourceSchema.optional(),
    measurement: nonEmpty,
    subjects: ScoringSubjectsSchema,
    normalisation: NormalisationSchema,
    points: z.number().positive().optional(),
    weight: z.number().positive().optional(),
    perStaff: z.boolean().default(false),
    penalty: z.boolean().default(false),
  })
  .superRefine((criterion, ctx) => {
    if ((criterion.points === undefined) === (criterion.weight === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [criterion.points === undefined ? "points" : "weight"],
        message: "give either points or weight, not both and not neither.",
        params: {
          vi: "cần đúng một trong hai: điểm tối đa (points) hoặc trọng số (weight).",
          code: "points-or-weight",
        },
      })
    }
    if (criterion.penalty && criterion.points === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["points"],
        message: "a penalty criterion needs points: the most it can take away.",
        params: { vi: "tiêu chí trừ điểm (penalty) cần ghi điểm trừ tối đa (points).", code: "penalty-needs-points" },
      })
    }
    if (criterion.perStaff && criterion.subjects.type !== "unit") {
      ctx.addIssue({
        code: "custom",
        path: ["perStaff"],
        message: "perStaff only applies to unit criteria.",
        params: { vi: "perStaff (tính bình quân theo số cán bộ) chỉ dùng cho tiêu chí áp dụng với đơn vị.", code: "per-staff-for-people" },
      })
    }
  })

/**
 * A criterion as written in a policy document (defaults not yet applied).
 *
 * @example
 * ```ts
 * const criterion: ScoringCriterionInput = {
 *   id: "deadlines", title: { vi: "Hoàn thành nhiệm vụ đúng hạn" }, measurement: "deadline-on-time-rate",
 *   subjects: { type: "unit" }, normalisation: { type: "linear", target: 1 }, weight: 20,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ScoringCriterionInput = z.input<typeof ScoringCriterionSchema>

/**
 * A criterion with its defaults applied.
 *
 * @example
 * ```ts
 * const criterion: ScoringCriterion = ScoringCriterionSchema.parse(input)
 * criterion.penalty  //=> false (the default)
 * criterion.perStaff //=> false (the default)
 * ```
 * @since 0.1.0
 * @category models
 */
export type ScoringCriterion = z.output<typeof ScoringCriterionSchema>

/**
 * One of {@link NORMALISATIONS}, with its parameters.
 *
 * @example
 * ```ts
 * const normalisation: Normalisation = { type: "linear", target: 4, floor: 0 }
 * ```
 * @since 0.1.0
 * @category models
 */
export type Normalisation = z.output<typeof NormalisationSchema>

/**
 * Whether a criterion applies to a unit (`person` absent) or to a person of
 * that unit: the subject type, the unit kinds, and for people their roles
 * and party membership. The one definition the scoring and the engine's
 * measurements share.
 *
 * @example
 * ```ts
 * criterionApplies(quotaMet, { id: "thcs-lac-son", kind: "lower-secondary", … })       //=> true
 * criterionApplies(partyShares, unit, { id: "gv-0001", roles: ["teacher"], partyMember: true, … }) //=> true
 * ```
 * @since 0.1.0
 * @category guards
 */
export const criterionApplies = (criterion: ScoringCriterion, unit: Unit, person?: Person): boolean => {
  const s = criterion.subjects
  if (person === undefined) return s.type === "unit" && (s.kinds === undefined || s.kinds.includes(unit.kind))
  if (s.type !== "person") return false
  if (s.partyMember !== undefined && s.partyMember !== person.partyMember) return false
  if (s.unitKinds !== undefined && !s.unitKinds.includes(unit.kind)) return false
  return s.roles === undefined || person.roles.some((role) => s.roles?.includes(role))
}
