/**
 * The rules both presets share, written once: the plan's quotas for schools,
 * the Sở and party members, and its channel requirements, parameterised by
 * the unit kinds that exist in the structure.
 *
 * @internal
 */
import { SCHOOL_KINDS, type PeopleSelector, type UnitKind } from "@lantoa/hierarchy"
import type { PolicyInput } from "../Policy.js"
import { FANPAGES, GROUPS, PARTY_MEMBERS, PLAN_DOCUMENT, POSTS, REPORTS, TASK_1, TASK_2, TASK_3, TASK_6, TASK_7 } from "./planQuotes.js"

type QuotaInput = NonNullable<PolicyInput["quotas"]>[number]
type ChannelInput = NonNullable<PolicyInput["channels"]>[number]

/** The schools and centres: every unit kind that is not a management body (UBND xã, Phòng, Sở, other). */
export { SCHOOL_KINDS }

const source = (section: string, ...sentences: ReadonlyArray<string>) => ({
  document: PLAN_DOCUMENT,
  section,
  text: sentences.join("\n"),
})

/** Posts on the unit's own Fanpage: what the plan's weekly unit quotas count. */
const ownFanpagePosts = (): QuotaInput["counts"] => ({ kinds: ["post"], platforms: ["facebook-page"], channels: "own" })

/** V.4.1: each school or unit ≥ 1 post a week on its Fanpage. */
export const unitWeeklyPosts: QuotaInput = {
  id: "unit-weekly-posts",
  title: {
    vi: "Mỗi đơn vị, trường học đăng tải ít nhất 01 tin, bài mỗi tuần trên Trang Fanpage của đơn vị",
    en: "Each school or unit posts at least 1 item a week on its Facebook Page",
  },
  source: source(POSTS.section, POSTS.school),
  subjects: { type: "unit", kinds: [...SCHOOL_KINDS] },
  counts: ownFanpagePosts(),
  minimum: 1,
  period: "week",
  distinctBy: "activity",
}

/** V.4.1: each Phòng GD&ĐT ≥ 3 posts a week. */
export const districtOfficeWeeklyPosts: QuotaInput = {
  id: "district-office-weekly-posts",
  title: {
    vi: "Mỗi Phòng GD&ĐT đăng tải ít nhất 03 tin, bài mỗi tuần trên Trang Fanpage của Phòng",
    en: "Each district education office posts at least 3 items a week on its Facebook Page",
  },
  source: source(POSTS.section, POSTS.districtOffice),
  subjects: { type: "unit", kinds: ["district-office"] },
  counts: ownFanpagePosts(),
  minimum: 3,
  period: "week",
  distinctBy: "activity",
}

/** V.4.1: the Sở ≥ 4 posts a week. */
export const departmentWeeklyPosts: QuotaInput = {
  id: "department-weekly-posts",
  title: {
    vi: "Sở GD&ĐT đăng tải ít nhất 04 tin, bài mỗi tuần trên Trang Fanpage của Sở",
    en: "The Department posts at least 4 items a week on its Facebook Page",
  },
  source: source(POSTS.section, POSTS.department),
  subjects: { type: "unit", kinds: ["department"] },
  counts: ownFanpagePosts(),
  minimum: 4,
  period: "week",
  distinctBy: "activity",
}

// Party members post or share anywhere (their own profile, a group, a page);
// one item shared twice counts once.
const postsOrShares = (): QuotaInput["counts"] => ({ kinds: ["post", "share"], channels: "any" })

/** V.5.1: each party member posts or shares ≥ 1 item a week. */
export const partyMemberWeekly: QuotaInput = {
  id: "party-member-weekly",
  title: {
    vi: "Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần",
    en: "Each party member posts or shares at least 1 item a week",
  },
  source: source(PARTY_MEMBERS.section, PARTY_MEMBERS.text),
  subjects: { type: "person", partyMember: true },
  counts: postsOrShares(),
  minimum: 1,
  period: "week",
  distinctBy: "item",
}

/** V.5.1: each party member posts or shares ≥ 4 items a month. */
export const partyMemberMonthly: QuotaInput = {
  id: "party-member-monthly",
  title: {
    vi: "Mỗi đảng viên đăng tải, chia sẻ ít nhất 04 tin, bài mỗi tháng",
    en: "Each party member posts or shares at least 4 items a month",
  },
  source: source(PARTY_MEMBERS.section, PARTY_MEMBERS.text),
  subjects: { type: "person", partyMember: true },
  counts: postsOrShares(),
  minimum: 4,
  period: "month",
  distinctBy: "item",
}

/** Who administers a unit's Fanpage (V.3.1), by kind of unit. */
const fanpageAdmins = (withDistrictOffices: boolean): Array<PeopleSelector> => [
  { forKinds: [...SCHOOL_KINDS], scope: "unit", roles: ["principal", "vice-principal"] },
  ...(withDistrictOffices
    ? [{ forKinds: ["district-office"], scope: "unit", roles: ["office-leader"] } satisfies PeopleSelector]
    : []),
  { forKinds: ["department"], scope: "unit", roles: ["division-head", "division-deputy-head"] },
]

/** V.3.1: a Fanpage per unit, administered by its leadership (the Sở's by its division heads and deputies). */
export const unitFacebookPage = (withDistrictOffices: boolean): ChannelInput => ({
  id: "unit-facebook-page",
  title: {
    vi: "Trang Fanpage của đơn vị, do lãnh đạo đơn vị quản trị",
    en: "The unit's Facebook Page, administered by its leadership",
  },
  source: withDistrictOffices
    ? source(FANPAGES.section, FANPAGES.school, FANPAGES.districtOffice, FANPAGES.department)
    : source(FANPAGES.section, FANPAGES.school, FANPAGES.department),
  units: { kinds: [...SCHOOL_KINDS, ...(withDistrictOffices ? (["district-office"] as const) : []), "department"] },
  platform: "facebook-page",
  admins: fanpageAdmins(withDistrictOffices),
})

/** Who must be in a unit's communication group (V.2.1), by kind of unit. */
const unitGroupMembers = (withDistrictOffices: boolean): Array<PeopleSelector> => [
  { forKinds: [...SCHOOL_KINDS], scope: "unit" },
  ...(withDistrictOffices
    ? ([
        { forKinds: ["district-office"], scope: "unit", roles: ["office-leader", "specialist"] },
        { forKinds: ["district-office"], scope: "children", roles: ["principal"] },
      ] satisfies Array<PeopleSelector>)
    : []),
]

/** V.2.1: a Zalo or Messenger group "Truyền thông + Tên trường" per unit. */
export const unitGroup = (platform: "zalo-group" | "messenger-group", withDistrictOffices: boolean): ChannelInput => {
  const app = platform === "zalo-group" ? "Zalo" : "Messenger"
  return {
    id: platform === "zalo-group" ? "unit-zalo-group" : "unit-messenger-group",
    title: {
      vi: `Nhóm ${app} “Truyền thông + Tên đơn vị” của mỗi đơn vị, trường học${withDistrictOffices ? " và Phòng GD&ĐT" : ""}`,
      en: `A ${app} group “Truyền thông + unit name” for each school${withDistrictOffices ? " and district office" : ""}`,
    },
    source: withDistrictOffices
      ? source(GROUPS.section, GROUPS.school, GROUPS.districtOffice)
      : source(GROUPS.section, GROUPS.school),
    units: { kinds: [...SCHOOL_KINDS, ...(withDistrictOffices ? (["district-office"] as const) : [])] },
    platform,
    naming: { type: "prefix", prefix: "Truyền thông" },
    members: unitGroupMembers(withDistrictOffices),
  }
}

/**
 * V.2.1: the Sở's group. Members: Sở and Công đoàn leaders and division
 * heads; the heads (Trưởng phòng) of units directly under the Sở — schools,
 * centres, Sao Mai and Maya —; with district offices, their leaders and
 * communication/IT specialists. Roles do not tell a Trưởng phòng GD&ĐT from a
 * Phó: every `office-leader` is asked for.
 */
export const departmentGroup = (
  platform: "zalo-group" | "messenger-group",
  names: ReadonlyArray<string>,
  withDistrictOffices: boolean,
): ChannelInput => {
  const app = platform === "zalo-group" ? "Zalo" : "Messenger"
  return {
    id: platform === "zalo-group" ? "department-zalo-group" : "department-messenger-group",
    title: { vi: `Nhóm ${app} “${names[0]}” của Sở GD&ĐT`, en: `The Department's ${app} group “${names[0]}”` },
    source: source(GROUPS.section, GROUPS.department),
    units: { kinds: ["department"] },
    platform,
    naming: { type: "exact", names: [...names] },
    members: [
      { scope: "unit", roles: ["department-leader", "union-leader", "division-head"] },
      ...(withDistrictOffices
        ? ([
            { scope: "children", unitKinds: ["district-office"], roles: ["office-leader", "communication-officer"] },
          ] satisfies Array<PeopleSelector>)
        : []),
      { scope: "children", unitKinds: [...SCHOOL_KINDS], roles: ["principal"] },
    ],
  }
}

/** V.2.1: the sector's Zalo community: Sở leaders and every unit's communication officer. */
export const departmentZaloCommunity = (names: ReadonlyArray<string>): ChannelInput => ({
  id: "department-zalo-community",
  title: { vi: `Cộng đồng Zalo “${names[0]}” của toàn ngành`, en: `The sector's Zalo community “${names[0]}”` },
  source: source(GROUPS.section, GROUPS.community),
  units: { kinds: ["department"] },
  platform: "zalo-community",
  naming: { type: "exact", names: [...names] },
  members: [
    { scope: "unit", roles: ["department-leader"] },
    { scope: "all", roles: ["communication-officer"] },
  ],
})

/** V.2.1: the Sở's Zalo OA (the plan names neither its name nor its admins). */
export const departmentZaloOa: ChannelInput = {
  id: "department-zalo-oa",
  title: { vi: "Trang Zalo OA của Sở GD&ĐT", en: "The Department's Zalo Official Account" },
  source: source(GROUPS.section, GROUPS.oa),
  units: { kinds: ["department"] },
  platform: "zalo-oa",
}

type DeadlineInput = NonNullable<PolicyInput["deadlines"]>[number]

/** Nhiệm vụ 1 (V.1): the Sở's plan, steering committee, teams and rules, by 15/11/2024. */
export const setupPlan: DeadlineInput = {
  id: "setup-plan",
  title: {
    vi: "Xây dựng Kế hoạch, thành lập Ban chỉ đạo, Tổ Truyền thông, ban hành Quy chế hoạt động, phân công nhiệm vụ",
    en: "Write the plan, set up the steering committee and communication teams, issue their rules, assign tasks",
  },
  source: source(TASK_1.section, TASK_1.title, TASK_1.who, TASK_1.when),
  owners: { type: "kinds", kinds: ["department"] },
  due: { type: "date", date: "2024-11-15" },
}

/** Nhiệm vụ 2 (V.2): every unit's Zalo and Messenger groups and eNetViet, by 05/11/2024. */
export const setupGroups: DeadlineInput = {
  id: "setup-groups",
  title: {
    vi: "Lập nhóm Zalo, nhóm Messenger về công tác truyền thông; triển khai eNetViet",
    en: "Set up the communication Zalo and Messenger groups; roll out eNetViet",
  },
  source: source(TASK_2.section, TASK_2.title, TASK_2.who, TASK_2.when),
  owners: { type: "kinds" },
  due: { type: "date", date: "2024-11-05" },
}

/** Nhiệm vụ 3 (V.3): every unit's Fanpage with its admins, by 15/11/2024. */
export const setupFanpages: DeadlineInput = {
  id: "setup-fanpages",
  title: {
    vi: "Lập Trang Fanpage, cấp quyền quản trị cho Lãnh đạo đơn vị",
    en: "Set up the unit's Facebook Page and give its leaders admin rights",
  },
  source: source(TASK_3.section, TASK_3.title, TASK_3.who, TASK_3.when),
  owners: { type: "kinds" },
  due: { type: "date", date: "2024-11-15" },
}

/** VI.3, VI.4: the Phòng and the units directly under the Sở report their groups and Fanpages before 16/11/2024. */
export const reportSetup: DeadlineInput = {
  id: "report-setup",
  title: {
    vi: "Báo cáo kết quả lập các nhóm Zalo, Messenger, Trang Fanpage về Sở GD&ĐT",
    en: "Report the Zalo and Messenger groups and Facebook Pages set up to the Department",
  },
  source: source(REPORTS.section, REPORTS.setupDistrictOffice, REPORTS.setupUnits),
  owners: { type: "reporting-to", kinds: ["department"] },
  due: { type: "before", date: "2024-11-16" },
}

/** Nhiệm vụ 6 (V.6): the Sở launches the model in December 2024. */
export const launch: DeadlineInput = {
  id: "launch",
  title: {
    vi: "Tổ chức ra mắt mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”",
    en: "Launch the model",
  },
  source: source(TASK_6.section, TASK_6.title, TASK_6.what, TASK_6.when),
  owners: { type: "kinds", kinds: ["department"] },
  due: { type: "month", month: "2024-12" },
}

/**
 * VI.3, VI.4: the monthly report of whoever reports to the Sở. The plan
 * says "hàng tháng" without a day: the last day of each month here, from
 * November 2024 (a province sets its own day in its copy of the policy).
 */
export const reportMonthly = (owners: DeadlineInput["owners"], start: string): DeadlineInput => ({
  id: "report-monthly",
  title: {
    vi: "Báo cáo kết quả thực hiện mô hình, lồng ghép trong báo cáo hàng tháng",
    en: "Report on the model within the monthly report",
  },
  description: {
    vi: "Kế hoạch ghi “hàng tháng”, không ghi ngày nộp; mặc định là ngày cuối tháng.",
    en: "The plan says “monthly” without a day; the last day of each month by default.",
  },
  source: source(REPORTS.section, REPORTS.periodic),
  owners,
  due: { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start },
})

/** Nhiệm vụ 7 (V.7) with VI.3, VI.4: the review at the end of semester I (sơ kết học kỳ). */
export const reviewSemester = (validFrom: string): DeadlineInput => ({
  id: "review-semester",
  title: {
    vi: "Báo cáo, đánh giá việc thực hiện mô hình vào dịp sơ kết học kỳ I",
    en: "Report on and review the model at the mid-year (semester I) review",
  },
  description: {
    vi: "Hạn chót là ngày kết thúc học kỳ I theo khung kế hoạch thời gian năm học.",
    en: "Due on the last day of semester I in the school-year frame.",
  },
  source: source(TASK_7.section, TASK_7.title, TASK_7.what, TASK_7.who, TASK_7.when, REPORTS.periodic),
  owners: { type: "kinds" },
  due: { type: "school-year-event", event: "semester1-end", offsetDays: 0 },
  validFrom,
})

/** Nhiệm vụ 7 (V.7) with VI.3, VI.4: the review at the end of the school year (tổng kết năm học). */
export const reviewYear = (validFrom: string): DeadlineInput => ({
  id: "review-year",
  title: {
    vi: "Báo cáo, đánh giá việc thực hiện mô hình vào dịp tổng kết năm học; biểu dương, khen thưởng",
    en: "Report on and review the model at the end-of-year review; commend the best",
  },
  description: {
    vi: "Hạn chót là ngày kết thúc năm học theo khung kế hoạch thời gian năm học.",
    en: "Due on the last day of the school year in the school-year frame.",
  },
  source: source(TASK_7.section, TASK_7.title, TASK_7.what, TASK_7.who, TASK_7.when, REPORTS.periodic),
  owners: { type: "kinds" },
  due: { type: "school-year-event", event: "school-year-end", offsetDays: 0 },
  validFrom,
})
