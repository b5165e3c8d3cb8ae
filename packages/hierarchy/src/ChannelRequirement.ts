/**
 * Channel requirements as data: which units must have which channel, how it
 * is named, who administers it and who must be in it.
 *
 * A bullet of the plan such as "Mỗi đơn vị, trường học lập 01 nhóm Zalo …
 * có tên “Truyền thông + Tên trường”: Thành viên là toàn thể cán bộ, giáo
 * viên, nhân viên nhà trường" is one object: the units (by kind), the
 * platform (`zalo-group`), the naming rule (prefix "Truyền thông" + the
 * unit's name) and the members (every person of the unit). People are chosen
 * by {@link PeopleSelector}s — roles, and where they work relative to the
 * channel's unit — so that another province, or the 2025 two-tier
 * structure, is another list of requirements, not new code.
 *
 * @since 0.1.0
 * @module
 */
import { z } from "zod"
import { channelLocalizedText, channelRuleSource, ruleId } from "./internal/channelSchemas.js"
import { LocalDateSchema, PLATFORMS } from "./Records.js"
import { ROLES } from "./Role.js"
import { UNIT_KINDS } from "./UnitKind.js"

/**
 * Where the people a selector picks work, relative to the unit that owns the
 * channel, in the `reportsTo` tree on the audit date:
 *
 * - `unit`: the unit itself;
 * - `children`: the units directly below it (a Phòng's schools);
 * - `descendants`: every unit below it;
 * - `all`: every unit of the hierarchy (the Zalo community's communication
 *   officers of every unit).
 *
 * @example
 * ```ts
 * PEOPLE_SCOPES //=> ["unit", "children", "descendants", "all"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const PEOPLE_SCOPES = ["unit", "children", "descendants", "all"] as const

/**
 * One of {@link PEOPLE_SCOPES}.
 *
 * @example
 * ```ts
 * const scope: PeopleScope = "children"
 * ```
 * @since 0.1.0
 * @category models
 */
export type PeopleScope = (typeof PEOPLE_SCOPES)[number]

/**
 * One clause choosing people for a channel's admins or members. Conditions
 * hold at once; a list matches any of its values; absent conditions do not
 * filter. A requirement's list of clauses selects everyone any applicable
 * clause selects.
 *
 * - `scope`: where the people work (see {@link PEOPLE_SCOPES});
 * - `roles`: people holding any of these roles;
 * - `unitKinds`: people of units of these kinds (the Phòng among the Sở's
 *   children, say);
 * - `forKinds`: the clause applies only to channels of units of these kinds,
 *   so one requirement can ask a school for all its staff and a Phòng for its
 *   leaders, specialists and the principals of its schools.
 *
 * Only people valid on the audit date count.
 *
 * @example
 * ```ts
 * // The principals of a Phòng's schools:
 * PeopleSelectorSchema.parse({ forKinds: ["district-office"], scope: "children", roles: ["principal"] })
 * // The communication officers of every unit:
 * PeopleSelectorSchema.parse({ scope: "all", roles: ["communication-officer"] })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const PeopleSelectorSchema = z.strictObject({
  scope: z.enum(PEOPLE_SCOPES),
  roles: z.array(z.enum(ROLES)).min(1).optional(),
  unitKinds: z.array(z.enum(UNIT_KINDS)).min(1).optional(),
  forKinds: z.array(z.enum(UNIT_KINDS)).min(1).optional(),
})

/**
 * A people selector clause (see {@link PeopleSelectorSchema}).
 *
 * @example
 * ```ts
 * const leaders: PeopleSelector = { scope: "unit", roles: ["principal", "vice-principal"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export type PeopleSelector = z.output<typeof PeopleSelectorSchema>

/**
 * How a required channel must be named:
 *
 * - `prefix`: the prefix, one space, then the unit's name — the plan's
 *   "Truyền thông + Tên trường";
 * - `exact`: one of these names (the first is the one explanations ask for) —
 *   "Truyền thông Sở GD&ĐT Hòa Bình".
 *
 * Names match whatever their case, spacing, Unicode form (NFC or NFD) and tone
 * placement ("Hoà"/"Hòa"); after a prefix, the word "Trường" is optional
 * ("Truyền thông THCS Lạc Sơn" names "Trường THCS Lạc Sơn"). Missing
 * diacritics do not match.
 *
 * @example
 * ```ts
 * ChannelNamingSchema.parse({ type: "prefix", prefix: "Truyền thông" })
 * ChannelNamingSchema.parse({ type: "exact", names: ["Truyền thông Giáo dục Hòa Bình"] })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ChannelNamingSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("prefix"), prefix: z.string().trim().min(1) }),
  z.strictObject({ type: z.literal("exact"), names: z.array(z.string().trim().min(1)).min(1) }),
])

/**
 * A naming rule (see {@link ChannelNamingSchema}).
 *
 * @example
 * ```ts
 * const naming: ChannelNaming = { type: "prefix", prefix: "Truyền thông" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ChannelNaming = z.output<typeof ChannelNamingSchema>

type Clauses = ReadonlyArray<PeopleSelector> | undefined

/**
 * A channel requirement (policy data).
 *
 * - `units.kinds`: the kinds of unit that must have the channel (each active
 *   unit of these kinds on the audit date is audited);
 * - `platform`: the channel's platform;
 * - `naming`: how it must be named; absent = any name (a Fanpage);
 * - `admins`, `members`: who must be admins and members; absent = not
 *   checked. People beyond those required are reported, never a failure;
 * - `validFrom`, `validTo`: the local dates on which the requirement holds.
 *
 * @example
 * ```ts
 * ChannelRequirementSchema.parse({
 *   id: "unit-zalo-group",
 *   title: { vi: "Nhóm Zalo “Truyền thông + Tên trường”", en: "Zalo group “Truyền thông + school name”" },
 *   source: { section: "V.2.1", text: "Mỗi đơn vị, trường học lập 01 nhóm Zalo, …" },
 *   units: { kinds: ["lower-secondary"] },
 *   platform: "zalo-group",
 *   naming: { type: "prefix", prefix: "Truyền thông" },
 *   members: [{ scope: "unit" }],
 * }).platform
 * //=> "zalo-group"
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ChannelRequirementSchema = z
  .strictObject({
    id: ruleId,
    title: channelLocalizedText,
    source: channelRuleSource.optional(),
    units: z.strictObject({ kinds: z.array(z.enum(UNIT_KINDS)).min(1) }),
    platform: z.enum(PLATFORMS),
    naming: ChannelNamingSchema.optional(),
    admins: z.array(PeopleSelectorSchema).min(1).optional(),
    members: z.array(PeopleSelectorSchema).min(1).optional(),
    validFrom: LocalDateSchema.optional(),
    validTo: LocalDateSchema.optional(),
  })
  .superRefine((requirement, context) => {
    const { validFrom, validTo } = requirement
    if (validFrom !== undefined && validTo !== undefined && validFrom > validTo) {
      context.addIssue({
        code: "custom",
        path: ["validFrom"],
        message: "validFrom is after validTo.",
        params: { vi: "ngày bắt đầu hiệu lực (validFrom) sau ngày hết hiệu lực (validTo).", code: "invalid-validity" },
      })
    }
    // A clause for a kind the requirement never audits can never apply: a typo.
    const kinds = new Set<string>(requirement.units.kinds)
    const checkClauses = (field: "admins" | "members", clauses: Clauses) =>
      clauses?.forEach((clause, at) => {
        const stray = (clause.forKinds ?? []).filter((kind) => !kinds.has(kind))
        if (stray.length === 0) return
        const list = stray.map((kind) => JSON.stringify(kind)).join(", ")
        context.addIssue({
          code: "custom",
          path: [field, at, "forKinds"],
          message: `forKinds lists ${list}, which is not among units.kinds: the clause never applies.`,
          params: {
            vi: `forKinds có ${list}, không thuộc units.kinds: điều kiện này không bao giờ được áp dụng.`,
            code: "unreachable-clause",
          },
        })
      })
    checkClauses("admins", requirement.admins)
    checkClauses("members", requirement.members)
  })

/**
 * A channel requirement as written in a policy document.
 *
 * @example
 * ```ts
 * const oa: ChannelRequirementInput = {
 *   id: "department-zalo-oa", title: { vi: "Trang Zalo OA của Sở GD&ĐT" },
 *   units: { kinds: ["department"] }, platform: "zalo-oa",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ChannelRequirementInput = z.input<typeof ChannelRequirementSchema>

/**
 * A parsed channel requirement.
 *
 * @example
 * ```ts
 * const requirement: ChannelRequirement = ChannelRequirementSchema.parse(oa)
 * ```
 * @since 0.1.0
 * @category models
 */
export type ChannelRequirement = z.output<typeof ChannelRequirementSchema>
