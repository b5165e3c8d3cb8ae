/**
 * A small province for the tests: the Sở; two Phòng GD&ĐT, one (Lạc Sơn)
 * dissolved with the district level on 1 July 2025; the commune that takes
 * over its schools; a school that moves from one Phòng to the other on
 * 1 February 2025; a school dissolved on a Wednesday; a THPT reporting to
 * the Sở; party members, one who joins mid-month.
 */
import { parseActivities, type Activity } from "@lantoa/core"
import { buildHierarchy, type Roster } from "@lantoa/hierarchy"

export const roster = (): Roster => ({
  units: [
    { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so", validTo: "2025-06-30" },
    { id: "pgd-cao-phong", name: "Phòng GD&ĐT Cao Phong", kind: "district-office", parent: "so", validTo: "2025-06-30" },
    { id: "xa-lac-son", name: "UBND xã Lạc Sơn", kind: "commune", parent: "so", validFrom: "2025-07-01" },
    {
      id: "thcs-lac-son",
      name: "Trường THCS Lạc Sơn",
      kind: "lower-secondary",
      parents: [
        { unit: "pgd-lac-son", validTo: "2025-06-30" },
        { unit: "xa-lac-son", validFrom: "2025-07-01" },
      ],
    },
    {
      id: "th-chieng-chau",
      name: "Trường Tiểu học Chiềng Châu",
      kind: "primary",
      parents: [
        { unit: "pgd-lac-son", validTo: "2025-01-31" },
        { unit: "pgd-cao-phong", validFrom: "2025-02-01", validTo: "2025-06-30" },
        { unit: "xa-lac-son", validFrom: "2025-07-01" },
      ],
    },
    { id: "mn-hoa-ban", name: "Trường Mầm non Hoa Ban", kind: "kindergarten", parent: "pgd-cao-phong", validTo: "2024-11-13" },
    { id: "mn-sao-mai", name: "Trường Mầm non Sao Mai", kind: "kindergarten", parent: "pgd-cao-phong", validTo: "2025-06-30" },
    { id: "thpt-lac-son", name: "Trường THPT Lạc Sơn", kind: "upper-secondary", parent: "so" },
  ],
  people: [
    { id: "gd-0001", name: "Nguyễn Ngọc Điệp", unit: "so", roles: ["department-leader"], partyMember: true, phone: "0301234567" },
    { id: "cv-0001", name: "Quách Văn Tú", unit: "so", roles: ["specialist"] },
    { id: "ht-0001", name: "Hoàng Văn Minh", unit: "thcs-lac-son", roles: ["principal"], partyMember: true },
    { id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son", roles: ["teacher"], partyMember: true, phone: "0301234568" },
    { id: "gv-0002", name: "Trần Văn Nam", unit: "thcs-lac-son", roles: ["teacher"] },
    { id: "gv-0003", name: "Lê Thị Mai", unit: "th-chieng-chau", roles: ["teacher"], partyMember: true, validFrom: "2024-11-18" },
    { id: "gv-0004", name: "Bùi Văn Hải", unit: "mn-sao-mai", roles: ["teacher"], partyMember: true },
  ],
  channels: [
    { id: "fb-so", unit: "so", platform: "facebook-page", name: "Sở GD&ĐT Hòa Bình" },
    { id: "fb-pgd-lac-son", unit: "pgd-lac-son", platform: "facebook-page", name: "Phòng GD&ĐT Lạc Sơn" },
    { id: "fb-pgd-cao-phong", unit: "pgd-cao-phong", platform: "facebook-page", name: "Phòng GD&ĐT Cao Phong" },
    { id: "fb-xa-lac-son", unit: "xa-lac-son", platform: "facebook-page", name: "UBND xã Lạc Sơn" },
    { id: "fb-thcs-lac-son", unit: "thcs-lac-son", platform: "facebook-page", name: "Trường THCS Lạc Sơn" },
    { id: "zl-thcs-lac-son", unit: "thcs-lac-son", platform: "zalo-group", name: "Truyền thông Trường THCS Lạc Sơn" },
    { id: "fb-th-chieng-chau", unit: "th-chieng-chau", platform: "facebook-page", name: "Trường Tiểu học Chiềng Châu" },
    { id: "fb-mn-hoa-ban", unit: "mn-hoa-ban", platform: "facebook-page", name: "Trường Mầm non Hoa Ban" },
    { id: "fb-mn-sao-mai", unit: "mn-sao-mai", platform: "facebook-page", name: "Trường Mầm non Sao Mai" },
    { id: "fb-thpt-lac-son", unit: "thpt-lac-son", platform: "facebook-page", name: "Trường THPT Lạc Sơn" },
  ],
})

export const { hierarchy } = buildHierarchy(roster())

/** Units whose Fanpage is `fb-<unit id>`. */
export const UNITS_WITH_PAGES = [
  "so",
  "pgd-lac-son",
  "pgd-cao-phong",
  "xa-lac-son",
  "thcs-lac-son",
  "th-chieng-chau",
  "mn-hoa-ban",
  "mn-sao-mai",
  "thpt-lac-son",
] as const

export const PARTY_MEMBERS = ["gd-0001", "ht-0001", "gv-0001", "gv-0003", "gv-0004"] as const

let sequence = 0

/** A post on a unit's own Fanpage at a local time (`2024-11-12T09:00`, read at +07:00). */
export const pagePost = (unit: string, local: string, id = `post-${unit}-${++sequence}`): Activity => ({
  id,
  kind: "post",
  unit,
  channel: `fb-${unit}`,
  at: Date.parse(`${local}+07:00`),
  url: `https://facebook.example/${unit}/posts/${id}`,
})

/** A person's share of an item at a local time. */
export const share = (person: string, local: string, target: string, id = `share-${person}-${++sequence}`): Activity => ({
  id,
  kind: "share",
  person,
  at: Date.parse(`${local}+07:00`),
  target,
})

/** A person's own post at a local time. */
export const personPost = (person: string, local: string, id = `ppost-${person}-${++sequence}`): Activity => ({
  id,
  kind: "post",
  person,
  at: Date.parse(`${local}+07:00`),
  url: `https://facebook.example/${person}/posts/${id}`,
})

/** Activities read from wire records, as an integrator would send them. */
export const fromWire = (records: ReadonlyArray<unknown>): ReadonlyArray<Activity> => parseActivities(records).activities
