/**
 * The words clerks write for the contract's codes: unit kinds, roles,
 * platforms and activity kinds, matched without case or diacritics.
 */
import type { ActivityKind } from "@lantoa/core"
import {
  PLATFORMS,
  PLATFORM_LABELS,
  ROLES,
  ROLE_LABELS,
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  type Platform,
  type Role,
  type UnitKind,
} from "@lantoa/hierarchy"
import { headerKey } from "./headers.js"

const table = <C extends string>(entries: ReadonlyArray<readonly [string, C]>): ReadonlyMap<string, C> => {
  const map = new Map<string, C>()
  for (const [word, code] of entries) {
    const key = headerKey(word)
    if (!map.has(key)) map.set(key, code)
  }
  return map
}

const KINDS = table<UnitKind>([
  ...UNIT_KINDS.map((kind) => [kind, kind] as const),
  ...UNIT_KINDS.flatMap((kind) => {
    const label = UNIT_KIND_LABELS[kind]
    return [[label.vi, kind], [label.short, kind], [label.en, kind], [label.vi.replace(/^Trường /, ""), kind]] as const
  }),
  ["Sở GD&ĐT", "department"], ["Sở", "department"], ["Phòng GD&ĐT", "district-office"], ["Phòng", "district-office"],
  ["UBND xã", "commune"], ["UBND phường", "commune"], ["Xã", "commune"], ["Phường", "commune"],
  ["Mầm non", "kindergarten"], ["MN", "kindergarten"], ["Mẫu giáo", "kindergarten"], ["Nhà trẻ", "kindergarten"],
  ["Tiểu học", "primary"], ["TH", "primary"],
  ["TH và THCS", "primary-lower-secondary"], ["TH-THCS", "primary-lower-secondary"], ["PTDTBT TH&THCS", "primary-lower-secondary"],
  ["THCS", "lower-secondary"], ["PTDTBT THCS", "lower-secondary"], ["THPT", "upper-secondary"],
  ["PTDTNT THCS", "ethnic-boarding-lower-secondary"], ["PTDTNT THCS&THPT", "ethnic-boarding-lower-upper-secondary"],
  ["PTDTNT THCS và THPT", "ethnic-boarding-lower-upper-secondary"], ["PTDTNT THPT", "ethnic-boarding-upper-secondary"],
  ["Liên cấp", "multi-level"], ["PTLC", "multi-level"], ["PT liên cấp", "multi-level"],
  ["GDTX", "continuing-education-centre"], ["TT GDTX", "continuing-education-centre"],
  ["GDNN-GDTX", "vocational-continuing-education-centre"], ["TT GDNN-GDTX", "vocational-continuing-education-centre"],
  ["Cao đẳng Sư phạm", "teacher-college"], ["CĐSP", "teacher-college"], ["Khác", "other"],
])

/** A unit kind from its code, full name or short form ("THCS", "Mầm non", "Phòng GD&ĐT"). */
export const unitKindOf = (text: string): UnitKind | undefined => KINDS.get(headerKey(text))

// Longest first: "Trường PTDTNT THCS&THPT …" before "Trường THCS …".
const NAME_PREFIXES = [...KINDS.entries()]
  .filter(([key]) => key.length >= 4)
  .sort((a, b) => b[0].length - a[0].length)

/** The kind a unit's name says ("Trường THCS Lạc Sơn" → lower-secondary), when the kind column is blank. */
export const unitKindFromName = (name: string): UnitKind | undefined => {
  const key = headerKey(name).replace(/^truong /, "")
  for (const [prefix, kind] of NAME_PREFIXES) if (key === prefix || key.startsWith(`${prefix} `)) return kind
  return undefined
}

const ROLE_WORDS = table<Role>([
  ...ROLES.map((role) => [role, role] as const),
  ...ROLES.flatMap((role) => [[ROLE_LABELS[role].vi, role], [ROLE_LABELS[role].en, role]] as const),
  ["Hiệu trưởng", "principal"], ["Phó Hiệu trưởng", "vice-principal"], ["Phó HT", "vice-principal"], ["HT", "principal"],
  ["Giám đốc trung tâm", "principal"], ["Phó Giám đốc trung tâm", "vice-principal"],
  ["Giám đốc Sở", "department-leader"], ["Phó Giám đốc Sở", "department-leader"],
  ["Chủ tịch Công đoàn", "union-leader"], ["Phó Chủ tịch Công đoàn", "union-leader"],
  ["Giáo viên", "teacher"], ["GV", "teacher"], ["Tổ trưởng chuyên môn", "teacher"], ["Tổ trưởng", "teacher"], ["Tổng phụ trách Đội", "teacher"],
  ["Nhân viên", "staff"], ["NV", "staff"], ["Kế toán", "staff"], ["Văn thư", "staff"], ["Thủ quỹ", "staff"], ["Y tế", "staff"],
  ["Thư viện", "staff"], ["Thiết bị", "staff"], ["Bảo vệ", "staff"], ["Cấp dưỡng", "staff"],
  ["Chuyên viên", "specialist"], ["CV", "specialist"],
  ["Trưởng phòng Sở", "division-head"], ["Phó Trưởng phòng Sở", "division-deputy-head"], ["Lãnh đạo Phòng", "office-leader"],
  ["Truyền thông", "communication-officer"], ["Phụ trách truyền thông", "communication-officer"],
])

/**
 * A role from its code or name. "Trưởng phòng" and "Giám đốc" depend on the
 * unit: the head of a Phòng GD&ĐT leads the office, the head of a Sở
 * division heads a division, the director of a centre is its principal.
 */
export const roleOf = (text: string, unitKind: UnitKind | undefined): Role | undefined => {
  const key = headerKey(text)
  if (key === "truong phong" || key === "pho truong phong") {
    if (unitKind === "department") return key === "truong phong" ? "division-head" : "division-deputy-head"
    return "office-leader"
  }
  if (key === "giam doc" || key === "pho giam doc") {
    if (unitKind === "department") return "department-leader"
    return key === "giam doc" ? "principal" : "vice-principal"
  }
  return ROLE_WORDS.get(key)
}

const PLATFORM_WORDS = table<Platform>([
  ...PLATFORMS.map((platform) => [platform, platform] as const),
  ...PLATFORMS.flatMap((platform) => [[PLATFORM_LABELS[platform].vi, platform], [PLATFORM_LABELS[platform].en, platform]] as const),
  ["Fanpage", "facebook-page"], ["Trang Facebook", "facebook-page"], ["Facebook", "facebook-page"], ["FB", "facebook-page"],
  ["Zalo", "zalo-group"], ["Nhóm Zalo", "zalo-group"], ["Messenger", "messenger-group"],
  ["Cộng đồng Zalo", "zalo-community"], ["Nhóm Zalo cộng đồng", "zalo-community"], ["OA", "zalo-oa"],
  ["Website", "website"], ["Cổng thông tin điện tử", "website"], ["Trang web", "website"],
])

/** A platform from its code or name ("Fanpage", "Nhóm Zalo", "Messenger"). */
export const platformOf = (text: string): Platform | undefined => PLATFORM_WORDS.get(headerKey(text))

/** The short prefix of a channel id made up for a row without one. */
export const PLATFORM_PREFIX: Readonly<Record<Platform, string>> = {
  "facebook-page": "fb",
  "facebook-profile": "fbp",
  "zalo-group": "zl",
  "zalo-community": "zlc",
  "zalo-oa": "oa",
  "messenger-group": "ms",
  enetviet: "env",
  website: "web",
}

const ACTIVITY_WORDS = table<ActivityKind>([
  ["post", "post"], ["share", "share"], ["reaction", "reaction"], ["comment", "comment"], ["article", "article"], ["message", "message"],
  ["Đăng", "post"], ["Đăng tải", "post"], ["Đăng bài", "post"], ["Đăng tin", "post"], ["Bài viết", "post"], ["Tin bài", "post"],
  ["Chia sẻ", "share"], ["Chia sẻ bài viết", "share"],
  ["Thích", "reaction"], ["Thả tim", "reaction"], ["Like", "reaction"], ["Bày tỏ cảm xúc", "reaction"],
  ["Bình luận", "comment"], ["Tin nhắn", "message"], ["Bài viết OA", "article"],
])

/** An activity kind from its code or the form's answer ("Chia sẻ", "Đăng bài", "Thả tim"). */
export const activityKindOf = (text: string): ActivityKind | undefined => ACTIVITY_WORDS.get(headerKey(text))

/** A readable id part from a name: "Trường THCS Lạc Sơn" → "truong-thcs-lac-son". */
export const slugOf = (text: string): string => headerKey(text).replaceAll(" ", "-")

/** The one word lantoa writes for each role: no commas, read back by {@link roleOf} whatever the unit. */
export const ROLE_WORD: Readonly<Record<Role, string>> = {
  "department-leader": "Lãnh đạo Sở",
  "union-leader": "Lãnh đạo Công đoàn Giáo dục",
  "division-head": "Trưởng phòng Sở",
  "division-deputy-head": "Phó Trưởng phòng Sở",
  "office-leader": "Lãnh đạo Phòng GD&ĐT",
  specialist: "Chuyên viên",
  principal: "Hiệu trưởng",
  "vice-principal": "Phó Hiệu trưởng",
  teacher: "Giáo viên",
  staff: "Nhân viên",
  "communication-officer": "Cán bộ phụ trách truyền thông",
}

/** The words lantoa writes for activity kinds. */
export const ACTIVITY_WORD: Readonly<Record<ActivityKind, string>> = {
  post: "Đăng bài",
  share: "Chia sẻ",
  reaction: "Thả tim",
  comment: "Bình luận",
  article: "Bài viết OA",
  message: "Tin nhắn",
}
