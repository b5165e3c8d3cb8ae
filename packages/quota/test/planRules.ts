/**
 * The five quota rules of the plan (Nhiệm vụ 4 and 5), as the tests write
 * them. The preset that ships lives in @lantoa/policy.
 */
import { SCHOOL_KINDS } from "@lantoa/hierarchy"
import type { QuotaRuleInput } from "@lantoa/quota"

const DOCUMENT = "Kế hoạch mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”"

export const unitWeeklyPosts: QuotaRuleInput = {
  id: "unit-weekly-posts",
  title: { vi: "Mỗi đơn vị, trường học đăng tải ít nhất 01 tin, bài mỗi tuần", en: "Each school or unit posts at least 1 item a week" },
  source: { document: DOCUMENT, section: "V.4.1", text: "Mỗi đơn vị, trường học đăng tải ít nhất 01 bài, tin/tuần." },
  subjects: { type: "unit", kinds: [...SCHOOL_KINDS] },
  counts: { kinds: ["post"], platforms: ["facebook-page"], channels: "own" },
  minimum: 1,
  period: "week",
}

export const districtOfficeWeeklyPosts: QuotaRuleInput = {
  id: "district-office-weekly-posts",
  title: { vi: "Phòng GD&ĐT đăng tải ít nhất 03 tin, bài mỗi tuần", en: "Each district office posts at least 3 items a week" },
  source: { document: DOCUMENT, section: "V.4.1", text: "Mỗi Phòng GD&ĐT đăng tải ít nhất 03 tin, bài/tuần." },
  subjects: { type: "unit", kinds: ["district-office"] },
  counts: { kinds: ["post"], platforms: ["facebook-page"], channels: "own" },
  minimum: 3,
  period: "week",
}

export const departmentWeeklyPosts: QuotaRuleInput = {
  id: "department-weekly-posts",
  title: { vi: "Sở GD&ĐT đăng tải ít nhất 04 tin, bài mỗi tuần", en: "The department posts at least 4 items a week" },
  source: { document: DOCUMENT, section: "V.4.1", text: "Sở GD&ĐT đăng tải ít nhất 04 tin, bài/tuần." },
  subjects: { type: "unit", kinds: ["department"] },
  counts: { kinds: ["post"], platforms: ["facebook-page"], channels: "own" },
  minimum: 4,
  period: "week",
}

export const partyMemberWeekly: QuotaRuleInput = {
  id: "party-member-weekly",
  title: { vi: "Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần", en: "Each party member posts or shares at least 1 item a week" },
  source: { document: DOCUMENT, section: "V.5.1", text: "mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài/tuần" },
  subjects: { type: "person", partyMember: true },
  counts: { kinds: ["post", "share"] },
  minimum: 1,
  period: "week",
  distinctBy: "item",
}

export const partyMemberMonthly: QuotaRuleInput = {
  id: "party-member-monthly",
  title: { vi: "Mỗi đảng viên đăng tải, chia sẻ ít nhất 4 tin, bài mỗi tháng", en: "Each party member posts or shares at least 4 items a month" },
  source: { document: DOCUMENT, section: "V.5.1", text: "đảm bảo ít nhất 4 tin, bài/tháng" },
  subjects: { type: "person", partyMember: true },
  counts: { kinds: ["post", "share"] },
  minimum: 4,
  period: "month",
  distinctBy: "item",
}

export const PLAN_RULES: ReadonlyArray<QuotaRuleInput> = [
  unitWeeklyPosts,
  districtOfficeWeeklyPosts,
  departmentWeeklyPosts,
  partyMemberWeekly,
  partyMemberMonthly,
]

export const POLICY = { id: "hoa-binh-2024", version: "1.0.0" } as const
