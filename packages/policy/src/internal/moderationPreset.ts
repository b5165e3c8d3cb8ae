/**
 * The moderation section both presets share: the plan's categories of bad
 * information with their actions, the legal deadlines (Decree 147/2024) and
 * one target of lantoa's own (marked as a proposal), the plan's five Tổ
 * Truyền thông as approval routes for posts, and a starter Vietnamese
 * lexicon written for this project — cue phrases and words, not a list
 * copied from anywhere — that a province extends in its own copy.
 *
 * @internal
 */
import type { ModerationPolicyInput } from "@lantoa/moderation"
import { MODERATION, PLAN_DOCUMENT, TASK_1 } from "./planQuotes.js"

const plan = (section: string, ...sentences: ReadonlyArray<string>) => ({ document: PLAN_DOCUMENT, section, text: sentences.join("\n") })
const DECREE_147 = "Nghị định 147/2024/NĐ-CP (quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng)"

type Entry = NonNullable<ModerationPolicyInput["lexicon"]>[number]

const entries = (category: string, severity: number, terms: ReadonlyArray<string>, fold?: Entry["fold"]): Array<Entry> =>
  terms.map((term) => ({ term, category, severity, ...(fold === undefined ? {} : { fold }) }))

/** Starter lexicon, by category. Single syllables that collide with everyday words when written without diacritics are `unaccented-writer`. */
const LEXICON: ReadonlyArray<Entry> = [
  // Tin giả, sai sự thật: cue phrases only — a lexicon cannot decide truth.
  ...entries("fake", 2, [
    "tin giả",
    "tin vịt",
    "bịa đặt",
    "bịa chuyện",
    "sai sự thật",
    "thông tin sai lệch",
    "xuyên tạc sự thật",
    "giả mạo văn bản",
    "văn bản giả mạo",
    "công văn giả",
    "ảnh cắt ghép",
    "video cắt ghép",
    "tung tin thất thiệt",
  ]),
  // Chưa được kiểm chứng: hearsay and unsourced claims.
  ...entries("unverified", 1, [
    "nghe nói",
    "nghe đồn",
    "nghe bảo",
    "tin đồn",
    "đồn rằng",
    "chưa kiểm chứng",
    "chưa được kiểm chứng",
    "chưa xác thực",
    "nguồn tin giấu tên",
    "nguồn tin riêng",
    "không rõ thật hư",
    "chia sẻ gấp trước khi bị xóa",
    "rò rỉ đề thi",
    "lộ đề thi",
  ]),
  // Xúc phạm danh dự, nhân phẩm.
  ...entries("insult", 2, [
    "đồ ngu",
    "ngu như bò",
    "ngu như lợn",
    "óc lợn",
    "óc chó",
    "mất dạy",
    "vô học",
    "vô giáo dục",
    "đồ khốn",
    "khốn nạn",
    "súc vật",
    "đồ rác rưởi",
    "thằng điên",
    "con điên",
    "câm mồm",
    "cút đi",
    "đồ mặt dày",
    "não tôm",
    "loại người như mày",
  ]),
  ...entries("insult", 1, ["ngu", "khùng"], "unaccented-writer"),
  // Vi phạm chuẩn mực đạo đức nhà giáo: grievances or whistleblowing — always a human decision.
  ...entries("teacher-ethics", 2, [
    "ép học thêm",
    "bắt học thêm",
    "nhận phong bì",
    "phong bì cho cô",
    "phong bì cho thầy",
    "lạm thu",
    "thu tiền trái quy định",
    "thu tiền sai quy định",
    "đánh học sinh",
    "bạo hành học sinh",
    "trù dập học sinh",
    "gạ tình",
    "quấy rối học sinh",
    "nâng điểm",
    "mua điểm",
    "chạy điểm",
    "chạy trường",
    "ăn chặn tiền",
  ]),
  // Ngôn từ, hình ảnh phản cảm.
  ...entries("offensive", 3, ["cặc", "lồn", "buồi", "địt", "đụ", "đĩ", "điếm", "phò"], "unaccented-writer"),
  ...entries("offensive", 3, ["vãi lồn", "địt mẹ", "đụ má", "con đĩ", "đồ điếm"]),
  ...entries("offensive", 2, ["clip nóng", "ảnh nóng", "ảnh khỏa thân", "khiêu dâm", "đồi trụy", "link clip full"]),
  // Quan điểm sai trái, thù địch, chống phá: cue phrases for a human, never an automatic action.
  ...entries("hostile", 3, [
    "phản động",
    "lật đổ chính quyền",
    "chống phá nhà nước",
    "chống phá đảng",
    "xuyên tạc lịch sử",
    "kích động biểu tình",
    "kêu gọi bạo loạn",
    "đa nguyên đa đảng",
    "diễn biến hòa bình",
  ]),
  // Quảng cáo, lừa đảo, cờ bạc.
  ...entries("spam", 2, [
    "vay tiền nhanh",
    "vay nóng",
    "giải ngân trong ngày",
    "nhà cái",
    "cá cược",
    "tài xỉu",
    "lô đề",
    "soi cầu",
    "nổ hũ",
    "kiếm tiền online",
    "việc nhẹ lương cao",
    "nhận quà miễn phí",
    "bấm vào link",
    "inbox để nhận",
    "giảm cân cấp tốc",
    "thuốc tăng chiều cao",
    "bán tài khoản",
  ]),
]

/** Everyday school words and phrases that must never match, whatever they fold to. */
const ALLOW: ReadonlyArray<string> = [
  "du lịch",
  "lon nước",
  "phòng học",
  "phòng giáo dục",
  "nguồn tin",
  "nguồn tin chính thức",
  "các bạn",
  "các em",
  "các con",
  "điểm cao",
  "điểm thi",
  "điểm danh",
  "buổi học",
  "buổi sáng",
  "đi học",
  "đủ điểm",
  "lớn lên",
  "ngủ trưa",
  "phó hiệu trưởng",
  "phó giám đốc",
  "phó trưởng phòng",
  "nghe nói chuyện",
]

/** The sector's own sites: links to them are never a spam signal. */
const OWN_HOSTS: ReadonlyArray<string> = ["moet.gov.vn", "hoabinh.edu.vn", "csdl.hoabinh.edu.vn", "enetviet.com"]

export const moderationPreset: ModerationPolicyInput = {
  categories: [
    {
      id: "fake",
      title: { vi: "Tin giả, thông tin sai sự thật", en: "Fake or untrue information" },
      source: plan("III, V.5.1", MODERATION.purpose, MODERATION.rebut, MODERATION.authorities),
      // A cue phrase ("tin giả") may come from someone debunking: a human decides before hiding.
      actions: ["rebut", "hide", "escalate-authorities"],
      review: true,
      slas: ["authority-request", "complaint"],
    },
    {
      id: "unverified",
      title: { vi: "Thông tin chưa được kiểm chứng", en: "Unverified information" },
      source: plan("III, V.5.1", MODERATION.purpose, MODERATION.rebut),
      actions: ["rebut"],
      slas: ["complaint"],
    },
    {
      id: "insult",
      title: { vi: "Thông tin xúc phạm danh dự, nhân phẩm", en: "Insults to honour and dignity" },
      source: plan("V.5.1", MODERATION.rebut),
      actions: ["hide", "report-account"],
      slas: ["hide-within-1h", "complaint"],
    },
    {
      id: "teacher-ethics",
      title: { vi: "Vi phạm chuẩn mực đạo đức nhà giáo", en: "Breaches of teacher ethics" },
      source: plan("V.5.1", MODERATION.rebut),
      // May be a legitimate grievance or whistleblowing: escalate inside the sector, never hide automatically.
      actions: ["escalate-internal"],
      review: true,
      slas: ["complaint"],
    },
    {
      id: "offensive",
      title: { vi: "Ngôn từ, hình ảnh phản cảm", en: "Offensive language or images" },
      source: plan("V.5.1", MODERATION.rebut),
      actions: ["hide", "report-account"],
      slas: ["hide-within-1h", "authority-request"],
    },
    {
      id: "hostile",
      title: { vi: "Quan điểm sai trái, thù địch, chống phá", en: "Hostile, anti-state content" },
      source: plan("IV, V.5.1", MODERATION.hostile, MODERATION.remove, MODERATION.authorities),
      actions: ["hide", "escalate-authorities"],
      review: true,
      slas: ["authority-request"],
    },
    {
      id: "spam",
      title: { vi: "Quảng cáo, lừa đảo, cờ bạc", en: "Spam, scams and gambling" },
      source: plan("V.4.1", MODERATION.comments),
      actions: ["hide", "report-account"],
      slas: ["hide-within-1h"],
    },
  ],
  slas: [
    {
      id: "authority-request",
      title: {
        vi: "Ngăn chặn, gỡ bỏ trong 24 giờ kể từ khi cơ quan có thẩm quyền yêu cầu",
        en: "Remove within 24 hours of a competent authority's request",
      },
      source: { document: DECREE_147, section: "chủ tài khoản, trang, nhóm, kênh", text: "trong vòng 24 giờ kể từ khi có yêu cầu của cơ quan có thẩm quyền" },
      hours: 24,
      from: "authority-request",
      // "Ngăn chặn, gỡ bỏ": only removing the content stops this clock.
      until: ["hide"],
    },
    {
      id: "complaint",
      title: {
        vi: "Xử lý trong 48 giờ kể từ khi nhận khiếu nại có căn cứ",
        en: "Act within 48 hours of a well-founded complaint",
      },
      source: { document: DECREE_147, section: "chủ tài khoản, trang, nhóm, kênh", text: "trong vòng 48 giờ kể từ khi nhận được khiếu nại có căn cứ của người dùng" },
      hours: 48,
      from: "complaint",
    },
    {
      id: "hide-within-1h",
      title: {
        vi: "Ẩn bình luận vi phạm trong 1 giờ kể từ khi phát hiện (đề xuất của lantoa; kế hoạch không quy định thời hạn)",
        en: "Hide a violating comment within 1 hour of detection (lantoa's proposal; the plan sets no deadline)",
      },
      source: plan("V.4.1", MODERATION.comments),
      hours: 1,
      from: "detected",
      until: ["hide"],
    },
  ],
  topics: [
    {
      id: "preschool-primary",
      title: { vi: "Giáo dục Mầm non và Giáo dục Tiểu học", en: "Preschool and primary education" },
      source: plan("V.1", TASK_1.title, MODERATION.teams[0], MODERATION.approve),
      approver: { team: "to-truyen-thong-mn-th" },
      cues: ["mầm non", "tiểu học", "mẫu giáo", "lớp một"],
    },
    {
      id: "secondary",
      title: { vi: "Giáo dục Trung học", en: "Secondary education" },
      source: plan("V.1", MODERATION.teams[1], MODERATION.approve),
      approver: { team: "to-truyen-thong-trung-hoc" },
      cues: ["trung học", "thcs", "thpt", "tuyển sinh lớp 10", "thi tốt nghiệp"],
    },
    {
      id: "continuing-vocational",
      title: { vi: "Giáo dục thường xuyên và chuyên nghiệp", en: "Continuing and vocational education" },
      source: plan("V.1", MODERATION.teams[2], MODERATION.approve),
      approver: { team: "to-truyen-thong-gdtx-cn" },
      cues: ["giáo dục thường xuyên", "giáo dục nghề nghiệp", "gdnn-gdtx", "cao đẳng"],
    },
    {
      id: "political-education",
      title: { vi: "Giáo dục Chính trị tư tưởng", en: "Political and ideological education" },
      source: plan("V.1", MODERATION.teams[3], MODERATION.approve),
      approver: { team: "to-truyen-thong-chinh-tri-tu-tuong" },
      cues: ["chính trị tư tưởng", "nghị quyết", "học tập và làm theo", "đảng viên"],
    },
    {
      id: "other",
      title: { vi: "Các vấn đề khác", en: "Other matters" },
      source: plan("V.1", MODERATION.teams[4], MODERATION.approve),
      approver: { team: "to-truyen-thong-khac" },
      cues: [],
    },
  ],
  unverifiedCues: [
    "nghe nói",
    "nghe đồn",
    "nghe bảo",
    "đồn rằng",
    "chưa kiểm chứng",
    "chưa được kiểm chứng",
    "chưa xác thực",
    "nguồn tin giấu tên",
    "theo một nguồn tin",
    "không rõ thật hư",
    "chia sẻ gấp",
  ],
  lexicon: [...LEXICON],
  allow: [...ALLOW],
  spam: { links: true, allowedHosts: [...OWN_HOSTS], newAccountDays: 30, repeatOffender: 3, threshold: 2 },
}
