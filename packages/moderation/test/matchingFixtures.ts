/**
 * A small moderation policy written for the matching tests: realistic
 * Vietnamese cue phrases and words of each category, collision-prone single
 * syllables with their fold policies, an allow-list of everyday school
 * phrases, SLAs, topics and spam signals. Not copied from any list.
 */
import type { ModerationPolicyInput } from "../src/index.js"

export const TEST_LEXICON: NonNullable<ModerationPolicyInput["lexicon"]> = [
  // tin giả, sai sự thật
  { term: "tin giả", category: "fake", severity: 2 },
  { term: "tin vịt", category: "fake", severity: 1 },
  { term: "sai sự thật", category: "fake", severity: 2 },
  { term: "bịa đặt", category: "fake", severity: 2 },
  { term: "công văn giả", category: "fake", severity: 2 },
  // chưa được kiểm chứng
  { term: "nghe nói", category: "unverified", severity: 1 },
  { term: "nghe đồn", category: "unverified", severity: 1 },
  // xúc phạm danh dự, nhân phẩm
  { term: "đồ ngu", category: "insult", severity: 2 },
  { term: "ngu", category: "insult", severity: 1, fold: "unaccented-writer" },
  { term: "óc chó", category: "insult", severity: 2 },
  { term: "mất dạy", category: "insult", severity: 2 },
  { term: "khốn nạn", category: "insult", severity: 2 },
  // đạo đức nhà giáo
  { term: "ép học thêm", category: "teacher-ethics", severity: 2 },
  { term: "nhận phong bì", category: "teacher-ethics", severity: 2 },
  { term: "thu tiền trái quy định", category: "teacher-ethics", severity: 2 },
  // phản cảm: collision-prone single syllables
  { term: "cặc", category: "offensive", severity: 3, fold: "accented-only" },
  { term: "lồn", category: "offensive", severity: 3, fold: "unaccented-writer" },
  { term: "buồi", category: "offensive", severity: 3, fold: "accented-only" },
  { term: "đụ", category: "offensive", severity: 3, fold: "accented-only" },
  { term: "đĩ", category: "offensive", severity: 3, fold: "accented-only" },
  { term: "điếm", category: "offensive", severity: 3, fold: "unaccented-writer" },
  { term: "phò", category: "offensive", severity: 3, fold: "accented-only" },
  { term: "vãi lồn", category: "offensive", severity: 3 },
  { term: "clip nóng", category: "offensive", severity: 2 },
  // thù địch, chống phá
  { term: "phản động", category: "hostile", severity: 3 },
  { term: "chống phá nhà nước", category: "hostile", severity: 3 },
  { term: "hòa bình giả tạo", category: "hostile", severity: 2 },
  // quảng cáo, lừa đảo
  { term: "vay tiền nhanh", category: "spam", severity: 2 },
  { term: "nhà cái", category: "spam", severity: 2 },
  { term: "kiếm tiền online", category: "spam", severity: 2 },
  // the policy's own category
  { term: "đánh hội đồng", category: "school-violence", severity: 3 },
]

export const TEST_ALLOW: ReadonlyArray<string> = [
  "du lịch",
  "lon nước",
  "phòng học",
  "nguồn tin",
  "các bạn",
  "điểm cao",
  "đi học",
  "buổi học",
  "phó hiệu trưởng",
  "nghe nói chuyện",
]

export const TEST_POLICY: ModerationPolicyInput = {
  categories: [
    {
      id: "fake",
      title: { vi: "Tin giả, thông tin sai sự thật", en: "Fake or untrue information" },
      actions: ["hide", "rebut"],
      slas: ["hide-within-1h", "complaint"],
    },
    { id: "unverified", title: { vi: "Thông tin chưa được kiểm chứng", en: "Unverified information" }, actions: ["rebut"], slas: ["complaint"] },
    {
      id: "insult",
      title: { vi: "Xúc phạm danh dự, nhân phẩm", en: "Insults to honour and dignity" },
      actions: ["hide", "report-account"],
      slas: ["hide-within-1h", "complaint"],
    },
    {
      id: "teacher-ethics",
      title: { vi: "Vi phạm chuẩn mực đạo đức nhà giáo", en: "Breaches of teacher ethics" },
      actions: ["escalate-internal"],
      review: true,
      slas: ["complaint"],
    },
    {
      id: "offensive",
      title: { vi: "Ngôn từ, hình ảnh phản cảm", en: "Offensive language or images" },
      actions: ["hide", "report-account"],
      slas: ["hide-within-1h", "authority-request"],
    },
    {
      id: "hostile",
      title: { vi: "Quan điểm sai trái, thù địch", en: "Hostile content" },
      actions: ["hide", "escalate-authorities"],
      review: true,
      slas: ["authority-request"],
    },
    { id: "spam", title: { vi: "Quảng cáo, lừa đảo", en: "Spam and scams" }, actions: ["hide", "report-account"], slas: ["hide-within-1h"] },
    {
      id: "school-violence",
      title: { vi: "Bạo lực học đường", en: "School violence" },
      actions: ["escalate-internal", "rebut"],
      slas: ["complaint"],
    },
  ],
  slas: [
    { id: "hide-within-1h", title: { vi: "Ẩn bình luận trong 1 giờ" }, hours: 1, from: "detected", until: ["hide"] },
    { id: "complaint", title: { vi: "Xử lý trong 48 giờ kể từ khi nhận khiếu nại" }, hours: 48, from: "complaint" },
    { id: "authority-request", title: { vi: "Gỡ bỏ trong 24 giờ khi cơ quan có thẩm quyền yêu cầu" }, hours: 24, from: "authority-request", until: ["hide"] },
  ],
  lexicon: TEST_LEXICON,
  allow: [...TEST_ALLOW],
  topics: [
    {
      id: "preschool-primary",
      title: { vi: "Giáo dục Mầm non và Tiểu học" },
      approver: { team: "to-truyen-thong-mn-th" },
      cues: ["mầm non", "tiểu học"],
    },
    {
      id: "secondary",
      title: { vi: "Giáo dục Trung học" },
      approver: { unit: "so-gddt", team: "to-truyen-thong-trung-hoc" },
      cues: ["trung học", "thcs", "thpt", "tuyển sinh lớp 10"],
    },
    { id: "other", title: { vi: "Các vấn đề khác" }, approver: { team: "to-truyen-thong-khac" }, cues: [] },
  ],
  unverifiedCues: ["nghe nói", "nghe đồn", "chưa kiểm chứng", "theo một nguồn tin"],
  spam: { links: true, allowedHosts: ["hoabinh.edu.vn", "moet.gov.vn"], newAccountDays: 30, repeatOffender: 3, threshold: 2 },
}

/** 2024-11-12 20:15 in Vietnam. */
export const DETECTED = "2024-11-12T20:15:00+07:00"
