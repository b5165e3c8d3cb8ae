/**
 * The wire records of a roster (contract v1): units, people and channels, as
 * zod schemas. Unknown fields are kept, since the contract may add fields.
 *
 * @since 0.1.0
 * @module
 */
import { isLocalDate } from "@lantoa/core"
import { z } from "zod"
import { UNIT_KINDS } from "./UnitKind.js"
import { ROLES } from "./Role.js"

const nonEmpty = z.string().trim().min(1)

/**
 * A calendar date `YYYY-MM-DD` (a local date in the policy's zone).
 *
 * @example
 * ```ts
 * LocalDateSchema.safeParse("2025-07-01").success //=> true
 * LocalDateSchema.safeParse("2025-02-30").success //=> false
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const LocalDateSchema = z.string().refine(isLocalDate, {
  message: "expected a date YYYY-MM-DD.",
  params: { vi: "cần một ngày dạng YYYY-MM-DD, ví dụ 2025-07-01.", code: "invalid-date" },
})

/**
 * A dated edge from a unit to another: who it reports to (or is managed by)
 * from `validFrom` to `validTo`, both inclusive local dates; a missing or
 * null bound is open.
 *
 * @example
 * ```ts
 * DatedEdgeSchema.parse({ unit: "pgd-lac-son", validTo: "2025-06-30" })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const DatedEdgeSchema = z.looseObject({
  unit: nonEmpty,
  validFrom: LocalDateSchema.nullish(),
  validTo: LocalDateSchema.nullish(),
})

/**
 * A dated edge, as sent on the wire.
 *
 * @example
 * ```ts
 * const edge: DatedEdge = { unit: "xa-lac-son", validFrom: "2025-07-01" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type DatedEdge = z.output<typeof DatedEdgeSchema>

/**
 * A unit (contract v1): the Sở, a Phòng, a commune, a school or a centre.
 * `parent` is the unit it reports to for its whole life; a unit whose
 * reporting line changed gives `parents` (dated edges) instead, and
 * `managedBy` where the managing body differs from the one that collects
 * the plan's reports.
 *
 * @example
 * ```ts
 * UnitRecordSchema.parse({
 *   id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary",
 *   parent: "pgd-lac-son", validFrom: "2020-01-01", validTo: null,
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const UnitRecordSchema = z.looseObject({
  id: nonEmpty,
  name: nonEmpty,
  kind: z.enum(UNIT_KINDS),
  parent: nonEmpty.nullish(),
  parents: z.array(DatedEdgeSchema).optional(),
  managedBy: z.array(DatedEdgeSchema).optional(),
  validFrom: LocalDateSchema.nullish(),
  validTo: LocalDateSchema.nullish(),
})

/**
 * A unit record, as sent on the wire.
 *
 * @example
 * ```ts
 * const unit: UnitRecord = { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type UnitRecord = z.input<typeof UnitRecordSchema>

/**
 * A person (contract v1): a member of staff of one unit, with roles and the
 * party-member attribute (đảng viên). `phone` is personal data: lantoa masks
 * it in every message it writes.
 *
 * @example
 * ```ts
 * PersonRecordSchema.parse({
 *   id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son",
 *   roles: ["teacher"], partyMember: true, phone: "0912345678",
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const PersonRecordSchema = z.looseObject({
  id: nonEmpty,
  name: nonEmpty,
  unit: nonEmpty,
  roles: z.array(z.enum(ROLES)).default([]),
  partyMember: z.boolean().default(false),
  /** A Vietnamese phone number in any common form (Excel may store it as a number); kept in the national form (`0xxxxxxxxx`). */
  phone: z.union([z.string(), z.number()]).nullish(),
  validFrom: LocalDateSchema.nullish(),
  validTo: LocalDateSchema.nullish(),
})

/**
 * A person record, as sent on the wire.
 *
 * @example
 * ```ts
 * const person: PersonRecord = { id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type PersonRecord = z.input<typeof PersonRecordSchema>

/**
 * The platforms of contract v1.
 *
 * @example
 * ```ts
 * PLATFORMS.includes("zalo-oa") //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const PLATFORMS = [
  "facebook-page",
  "facebook-profile",
  "zalo-group",
  "zalo-community",
  "zalo-oa",
  "messenger-group",
  "enetviet",
  "website",
] as const

/**
 * One of {@link PLATFORMS}.
 *
 * @example
 * ```ts
 * const platform: Platform = "facebook-page"
 * ```
 * @since 0.1.0
 * @category models
 */
export type Platform = (typeof PLATFORMS)[number]

/**
 * Vietnamese names of the platforms.
 *
 * @example
 * ```ts
 * PLATFORM_LABELS["zalo-group"].vi //=> "Nhóm Zalo"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const PLATFORM_LABELS: Readonly<Record<Platform, { readonly vi: string; readonly en: string }>> = {
  "facebook-page": { vi: "Trang Fanpage", en: "Facebook Page" },
  "facebook-profile": { vi: "Tài khoản Facebook cá nhân", en: "Facebook profile" },
  "zalo-group": { vi: "Nhóm Zalo", en: "Zalo group" },
  "zalo-community": { vi: "Cộng đồng Zalo", en: "Zalo community" },
  "zalo-oa": { vi: "Zalo OA", en: "Zalo Official Account" },
  "messenger-group": { vi: "Nhóm Messenger", en: "Messenger group" },
  enetviet: { vi: "eNetViet", en: "eNetViet" },
  website: { vi: "Trang thông tin điện tử", en: "Website" },
}

/**
 * A channel (contract v1): a Fanpage, a Zalo or Messenger group, the Zalo
 * community, an OA… owned by one unit, with its admins and members (person
 * ids).
 *
 * @example
 * ```ts
 * ChannelRecordSchema.parse({
 *   id: "fb-thcs-lac-son", unit: "thcs-lac-son", platform: "facebook-page",
 *   name: "Trường THCS Lạc Sơn", admins: ["gv-0001"], members: [],
 * })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ChannelRecordSchema = z.looseObject({
  id: nonEmpty,
  unit: nonEmpty,
  platform: z.enum(PLATFORMS),
  name: nonEmpty,
  url: z.string().nullish(),
  admins: z.array(nonEmpty).default([]),
  members: z.array(nonEmpty).default([]),
})

/**
 * A channel record, as sent on the wire.
 *
 * @example
 * ```ts
 * const channel: ChannelRecord = { id: "zl-so", unit: "so", platform: "zalo-group", name: "Truyền thông Sở GD&ĐT Hòa Bình" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ChannelRecord = z.input<typeof ChannelRecordSchema>

/**
 * A roster: the units, people and channels of a dataset (contract v1).
 *
 * @example
 * ```ts
 * const roster: Roster = {
 *   units: [{ id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" }],
 *   people: [{ id: "gd-0001", name: "Lê Văn An", unit: "so", roles: ["department-leader"] }],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Roster {
  readonly units: ReadonlyArray<UnitRecord>
  readonly people: ReadonlyArray<PersonRecord>
  readonly channels?: ReadonlyArray<ChannelRecord>
}
