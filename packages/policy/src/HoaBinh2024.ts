/**
 * The preset of the Hòa Bình Department of Education and Training's 2024
 * plan "Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc",
 * as a policy document: its posting quotas (Nhiệm vụ 4 and 5) and the
 * channels of Nhiệm vụ 2 and 3, each rule quoting the plan's sentence and
 * section.
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
  districtOfficeWeeklyPosts,
  launch,
  reportMonthly,
  reportSetup,
  reviewSemester,
  reviewYear,
  setupFanpages,
  setupGroups,
  setupPlan,
  partyMemberMonthly,
  partyMemberWeekly,
  unitFacebookPage,
  unitGroup,
  unitWeeklyPosts,
} from "./internal/presetRules.js"
import type { Policy } from "./Policy.js"

const DEPARTMENT_GROUP = ["Truyền thông Sở GD&ĐT Hòa Bình"]
const COMMUNITY = ["Truyền thông Giáo dục Hòa Bình"]

/**
 * The plan of Sở GD&ĐT Hòa Bình (2024), structure Sở → Phòng GD&ĐT →
 * schools. Quotas:
 *
 * | id | who | at least | per | counts |
 * |---|---|---|---|---|
 * | `unit-weekly-posts` | each school or centre (V.4.1) | 1 | week | posts on its own Fanpage |
 * | `district-office-weekly-posts` | each Phòng GD&ĐT (V.4.1) | 3 | week | posts on its own Fanpage |
 * | `department-weekly-posts` | the Sở (V.4.1) | 4 | week | posts on its own Fanpage |
 * | `party-member-weekly` | each party member (V.5.1) | 1 | week | distinct items posted or shared, anywhere |
 * | `party-member-monthly` | each party member (V.5.1) | 4 | month | distinct items posted or shared, anywhere |
 *
 * Channels (V.2.1, V.3.1): `unit-facebook-page`, `unit-zalo-group`,
 * `unit-messenger-group`, `department-zalo-group`,
 * `department-messenger-group`, `department-zalo-community`,
 * `department-zalo-oa`.
 *
 * @example
 * ```ts
 * hoaBinh2024.id      //=> "hoa-binh-2024"
 * hoaBinh2024.version //=> "1.0.0"
 * hoaBinh2024.quotas.find((rule) => rule.id === "district-office-weekly-posts")?.minimum //=> 3
 * hoaBinh2024.quotas[3].source?.text.startsWith("Phân đầu mỗi đảng viên") //=> true (the plan's words, typo included)
 * ```
 * @since 0.1.0
 * @category presets
 */
export const hoaBinh2024: Policy = definePreset({
  id: "hoa-binh-2024",
  version: "1.0.0",
  name: {
    vi: "Mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc” — Sở GD&ĐT Hòa Bình, 2024",
    en: "The model “Actively spread positive information, push back bad and harmful information” — Hòa Bình Department of Education and Training, 2024",
  },
  description: {
    vi: "Kế hoạch của Sở GD&ĐT Hòa Bình (tháng 10/2024), cơ cấu Sở → Phòng GD&ĐT → trường học: định mức đăng tải, chia sẻ tin, bài (Nhiệm vụ 4, 5) và các trang, nhóm truyền thông (Nhiệm vụ 2, 3).",
    en: "The Hòa Bình Department's plan (October 2024), structure Department → district offices → schools: posting and sharing quotas (Tasks 4 and 5) and the communication pages and groups (Tasks 2 and 3).",
  },
  timeZone: DEFAULT_TIME_ZONE,
  locale: "vi",
  schoolYears: DEFAULT_SCHOOL_YEARS.map((entry) => ({ ...entry })),
  moderation: moderationPreset,
  scoring: scoringPreset,
  featuring: featuringPreset,
  quotas: [unitWeeklyPosts, districtOfficeWeeklyPosts, departmentWeeklyPosts, partyMemberWeekly, partyMemberMonthly],
  channels: [
    unitFacebookPage(true),
    unitGroup("zalo-group", true),
    unitGroup("messenger-group", true),
    departmentGroup("zalo-group", DEPARTMENT_GROUP, true),
    departmentGroup("messenger-group", DEPARTMENT_GROUP, true),
    departmentZaloCommunity(COMMUNITY),
    departmentZaloOa,
  ],
  deadlines: [
    setupPlan,
    setupGroups,
    setupFanpages,
    reportSetup,
    launch,
    reportMonthly({ type: "reporting-to", kinds: ["department"] }, "2024-11-01"),
    reviewSemester("2024-11-01"),
    reviewYear("2024-11-01"),
  ],
})
