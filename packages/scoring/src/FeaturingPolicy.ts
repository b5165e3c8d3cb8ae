/**
 * The featuring section of a policy: which pages are put forward each week
 * for the whole sector to share, like and follow — "Mỗi tuần lựa chọn 1-2
 * trang của đơn vị, trường học, 01 trang Phòng GD&ĐT để cán bộ, công chức,
 * viên chức toàn ngành tập trung chia sẻ, thả tim, “thích” (like)" (plan
 * V.4.1).
 *
 * @since 0.1.0
 * @module
 */
import { RuleSourceSchema, parseRecord, type DataIssue } from "@lantoa/core"
import { SCHOOL_KINDS, UNIT_KINDS } from "@lantoa/hierarchy"
import { z } from "zod"

/**
 * The featuring section of a policy document:
 *
 * - `schoolPages`: school (đơn vị, trường học) pages a week, 1 or 2
 *   (default 2, the plan's upper bound);
 * - `officePages`: Phòng pages a week, 0 or 1 (default 1; 0 once there are
 *   no Phòng, after the July 2025 reform);
 * - `schoolKinds`, `officeKinds`: which unit kinds fill each slot (default:
 *   every school kind; `district-office`);
 * - `requireMetLastWeek`: only pages whose unit met last week's posting
 *   quota (default `true`: a page put forward should have fresh posts);
 * - `excludeOpenIncident`: never a page with an open moderation incident
 *   (default `true`);
 * - `seed`: mixed into the hash that breaks ties (default `"lantoa"`).
 *
 * @example
 * ```ts
 * FeaturingPolicySchema.parse({ schoolPages: 2, officePages: 1 }).officeKinds //=> ["district-office"]
 * FeaturingPolicySchema.safeParse({ schoolPages: 3 }).success                 //=> false
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const FeaturingPolicySchema = z.strictObject({
  schoolPages: z.union([z.literal(1), z.literal(2)]).default(2),
  officePages: z.union([z.literal(0), z.literal(1)]).default(1),
  schoolKinds: z.array(z.enum(UNIT_KINDS)).min(1).default([...SCHOOL_KINDS]),
  officeKinds: z.array(z.enum(UNIT_KINDS)).min(1).default(["district-office"]),
  requireMetLastWeek: z.boolean().default(true),
  excludeOpenIncident: z.boolean().default(true),
  seed: z.string().trim().min(1).default("lantoa"),
  source: RuleSourceSchema.optional(),
})

/**
 * The featuring section as written in a policy document.
 *
 * @example
 * ```ts
 * const featuring: FeaturingPolicyInput = { schoolPages: 1, officePages: 1 }
 * ```
 * @since 0.1.0
 * @category models
 */
export type FeaturingPolicyInput = z.input<typeof FeaturingPolicySchema>

/**
 * The featuring section with its defaults applied.
 *
 * @example
 * ```ts
 * const featuring: FeaturingPolicy = FeaturingPolicySchema.parse({})
 * featuring.schoolPages //=> 2
 * ```
 * @since 0.1.0
 * @category models
 */
export type FeaturingPolicy = z.output<typeof FeaturingPolicySchema>

/**
 * Reads the featuring section of a policy document: the section when valid,
 * and every problem as a `DataIssue` with its path and a Vietnamese message.
 *
 * @example
 * ```ts
 * parseFeaturingPolicy({ schoolPages: 3 }, "policy.featuring").issues[0]?.path //=> "policy.featuring.schoolPages"
 * parseFeaturingPolicy({}).policy?.officePages                                //=> 1
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseFeaturingPolicy = (
  input: unknown,
  path = "featuring",
): { readonly policy: FeaturingPolicy | undefined; readonly issues: ReadonlyArray<DataIssue> } => {
  const result = parseRecord(FeaturingPolicySchema, input ?? {}, path)
  return result.ok && result.issues.length === 0
    ? { policy: result.record, issues: [] }
    : { policy: undefined, issues: result.issues }
}
