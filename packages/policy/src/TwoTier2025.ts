/**
 * The preset for the two-tier local government in force since 1 July 2025:
 * no Phòng GD&ĐT; schools up to THCS under the commune People's Committees
 * (UBND xã, phường; unit kind `commune`), the others under the Sở. The same
 * plan, another structure — a policy document, not a fork.
 *
 * @since 0.1.0
 * @module
 */
import { DEFAULT_SCHOOL_YEARS, DEFAULT_TIME_ZONE } from "@lantoa/core"
import { definePreset } from "./internal/definePreset.js"
import { moderationPreset } from "./internal/moderationPreset.js"
import { featuringPreset, scoringPreset } from "./internal/scoringPreset.js"
import {
  departmentGroup,
  departmentWeeklyPosts,
  departmentZaloCommunity,
  departmentZaloOa,
  partyMemberMonthly,
  partyMemberWeekly,
  reportMonthly,
  reviewSemester,
  reviewYear,
  unitFacebookPage,
  unitGroup,
  unitWeeklyPosts,
} from "./internal/presetRules.js"
import type { Policy, PolicyInput } from "./Policy.js"

type QuotaInput = NonNullable<PolicyInput["quotas"]>[number]
type ChannelInput = NonNullable<PolicyInput["channels"]>[number]

/** The day the district level ended (Luật Tổ chức chính quyền địa phương 72/2025/QH15). */
const REFORM_DATE = "2025-07-01"

// The groups keep the names they were created with; the merged province's
// name is accepted too.
const DEPARTMENT_GROUP = ["Truyền thông Sở GD&ĐT Hòa Bình", "Truyền thông Sở GD&ĐT Phú Thọ"]
const COMMUNITY = ["Truyền thông Giáo dục Hòa Bình", "Truyền thông Giáo dục Phú Thọ"]

const WHY = {
  vi: "Đề xuất, chưa có trong kế hoạch: từ ngày 01/07/2025 không còn Phòng GD&ĐT; UBND xã, phường quản lý các trường đến THCS và nhận vai trò kết nối các trường mà kế hoạch giao cho Phòng GD&ĐT.",
  en: "Proposal, not in the plan: from 1 July 2025 there are no district education offices; the commune People's Committees manage the schools up to lower secondary and take over the linking role the plan gave the offices.",
}

const proposal = (vi: string, en: string) => ({ vi: `${WHY.vi} ${vi}`, en: `${WHY.en} ${en}` })

const communeWeeklyPosts: QuotaInput & { proposal: { vi: string; en: string } } = {
  id: "commune-weekly-posts",
  title: {
    vi: "Mỗi UBND xã, phường đăng tải ít nhất 01 tin, bài về giáo dục mỗi tuần trên Trang Fanpage của mình",
    en: "Each commune People's Committee posts at least 1 item on education a week on its Facebook Page",
  },
  proposal: proposal(
    "Mức đề xuất: 01 tin, bài/tuần (kế hoạch yêu cầu mỗi Phòng GD&ĐT 03 tin, bài/tuần); mọi bài đăng trên Trang Fanpage của UBND xã đều được tính.",
    "Proposed level: 1 item a week (the plan asked each district office for 3); every post on the commune's Page counts.",
  ),
  subjects: { type: "unit", kinds: ["commune"] },
  counts: { kinds: ["post"], platforms: ["facebook-page"], channels: "own" },
  minimum: 1,
  period: "week",
  distinctBy: "activity",
  validFrom: REFORM_DATE,
}

const communeFacebookPage: ChannelInput & { proposal: { vi: string; en: string } } = {
  id: "commune-facebook-page",
  title: { vi: "Trang Fanpage của UBND xã, phường", en: "The commune People's Committee's Facebook Page" },
  proposal: proposal(
    "Trang Fanpage của UBND xã thay Trang Fanpage của Phòng GD&ĐT để đăng lại tin, bài của các trường.",
    "The commune's Page replaces the district office's Page for republishing the schools' posts.",
  ),
  units: { kinds: ["commune"] },
  platform: "facebook-page",
  validFrom: REFORM_DATE,
}

const communeGroup = (platform: "zalo-group" | "messenger-group"): ChannelInput & { proposal: { vi: string; en: string } } => {
  const app = platform === "zalo-group" ? "Zalo" : "Messenger"
  return {
    id: platform === "zalo-group" ? "commune-zalo-group" : "commune-messenger-group",
    title: {
      vi: `Nhóm ${app} “Truyền thông + Tên UBND xã, phường”`,
      en: `A ${app} group “Truyền thông + commune name” for each commune`,
    },
    proposal: proposal(
      "Nhóm thay nhóm của Phòng GD&ĐT: thành viên là lãnh đạo, chuyên viên phụ trách giáo dục của UBND xã và Hiệu trưởng các trường thuộc xã.",
      "The group replaces the district office's: members are the commune's leaders and specialists in charge of education and the principals of its schools.",
    ),
    units: { kinds: ["commune"] },
    platform,
    naming: { type: "prefix", prefix: "Truyền thông" },
    members: [
      { scope: "unit", roles: ["office-leader", "specialist"] },
      { scope: "children", roles: ["principal"] },
    ],
    validFrom: REFORM_DATE,
  }
}

/**
 * The plan under the two-tier local government (from 1 July 2025): the
 * quotas of schools, the Sở and party members as in the plan; no Phòng
 * GD&ĐT rules; the Sở's group without the Phòng's members. Rules for the
 * communes are proposals, marked with a `proposal` note ("Đề xuất, chưa có
 * trong kế hoạch…") and valid from 2025-07-01: `commune-weekly-posts`,
 * `commune-facebook-page`, `commune-zalo-group`, `commune-messenger-group`.
 *
 * @example
 * ```ts
 * twoTier2025.id //=> "two-tier-2025"
 * twoTier2025.quotas.map((rule) => rule.id)
 * //=> ["unit-weekly-posts", "department-weekly-posts", "party-member-weekly", "party-member-monthly", "commune-weekly-posts"]
 * twoTier2025.quotas.filter((rule) => rule.proposal !== undefined).map((rule) => rule.id) //=> ["commune-weekly-posts"]
 * ```
 * @since 0.1.0
 * @category presets
 */
export const twoTier2025: Policy = definePreset({
  id: "two-tier-2025",
  version: "1.0.0",
  name: {
    vi: "Mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc” — chính quyền địa phương hai cấp, từ 01/07/2025",
    en: "The model “Actively spread positive information, push back bad and harmful information” — two-tier local government, from 1 July 2025",
  },
  description: {
    vi: "Kế hoạch năm 2024 áp dụng cho cơ cấu từ ngày 01/07/2025: không còn Phòng GD&ĐT; các trường đến THCS thuộc UBND xã, phường, các trường còn lại thuộc Sở GD&ĐT. Các quy định cho cấp xã là đề xuất.",
    en: "The 2024 plan applied to the structure since 1 July 2025: no district education offices; schools up to lower secondary under the communes, the others under the Department. The commune-level rules are proposals.",
  },
  timeZone: DEFAULT_TIME_ZONE,
  locale: "vi",
  schoolYears: DEFAULT_SCHOOL_YEARS.map((entry) => ({ ...entry })),
  moderation: moderationPreset,
  scoring: scoringPreset,
  // No Phòng since 1 July 2025: the commune's page takes the Phòng page's place (a proposal, like the commune's Fanpage).
  featuring: { ...featuringPreset, officeKinds: ["commune"] },
  quotas: [unitWeeklyPosts, departmentWeeklyPosts, partyMemberWeekly, partyMemberMonthly, communeWeeklyPosts],
  channels: [
    unitFacebookPage(false),
    unitGroup("zalo-group", false),
    unitGroup("messenger-group", false),
    departmentGroup("zalo-group", DEPARTMENT_GROUP, false),
    departmentGroup("messenger-group", DEPARTMENT_GROUP, false),
    departmentZaloCommunity(COMMUNITY),
    departmentZaloOa,
    communeFacebookPage,
    communeGroup("zalo-group"),
    communeGroup("messenger-group"),
  ],
  // The 2024 setup tasks are done; the periodic reports and reviews go on, to
  // whoever reports to the Sở since 1 July 2025 (communes, schools under the Sở).
  deadlines: [
    reportMonthly({ type: "reporting-to", kinds: ["department"] }, "2025-07-01"),
    reviewSemester("2025-07-01"),
    reviewYear("2025-07-01"),
  ],
})
