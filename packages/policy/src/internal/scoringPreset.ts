/**
 * The scoring and featuring sections both presets share. The plan writes
 * the model into the emulation criteria (VI.1: "đưa nội dung thực hiện mô
 * hình vào một trong các tiêu chí đánh giá thi đua") and has the best
 * commended at the reviews (Nhiệm vụ 7), but leaves the weights to each
 * province: these are lantoa's proposal, documented as such, for a
 * province to change in its own copy. Featuring follows V.4.1: each week
 * 1–2 school pages and 1 Phòng page for everyone to share.
 *
 * @internal
 */
import type { FeaturingPolicyInput, ScoringPolicyInput } from "@lantoa/scoring"
import { PLAN_DOCUMENT } from "./planQuotes.js"

const EMULATION = {
  section: "VI.1, VI.3",
  text: "đưa nội dung thực hiện mô hình vào một trong các tiêu chí đánh giá thi đua về công tác truyền thông của các đơn vị, trường học.",
}
const FEATURE = {
  section: "V.4.1",
  text: "- Mỗi tuần lựa chọn 1-2 trang của đơn vị, trường học, 01 trang Phòng GD&ĐT để cán bộ, công chức, viên chức toàn ngành tập trung chia sẻ, thả tim, “thích” (like).",
}
const PROPOSAL = "(đề xuất của lantoa; kế hoạch để mỗi tỉnh tự quy định trọng số)"
const source = (quote: { section: string; text: string }) => ({ document: PLAN_DOCUMENT, section: quote.section, text: `${quote.text} ${PROPOSAL}` })

export const scoringPreset: ScoringPolicyInput = {
  scale: 100,
  criteria: [
    {
      id: "quota-met",
      title: { vi: "Tỉ lệ tuần đạt định mức đăng tải", en: "Share of weeks the posting quota was met" },
      source: source(EMULATION),
      measurement: "quota-met-rate",
      subjects: { type: "unit" },
      normalisation: { type: "linear", target: 1 },
      weight: 40,
    },
    {
      id: "deadlines-on-time",
      title: { vi: "Tỉ lệ nhiệm vụ hoàn thành đúng hạn", en: "Share of deadlines met on time" },
      source: source(EMULATION),
      measurement: "deadline-on-time-rate",
      subjects: { type: "unit" },
      normalisation: { type: "linear", target: 1 },
      weight: 20,
    },
    {
      id: "featured-shares",
      title: { vi: "Lượt chia sẻ các trang được chọn lan tỏa, bình quân mỗi cán bộ", en: "Shares of the featured pages per staff member" },
      source: source(FEATURE),
      measurement: "featured-shares",
      subjects: { type: "unit" },
      normalisation: { type: "percentile" },
      perStaff: true,
      weight: 15,
    },
    {
      id: "moderation-within-sla",
      title: { vi: "Tỉ lệ xử lý bình luận xấu, độc đúng thời hạn", en: "Share of moderation deadlines met" },
      source: source(EMULATION),
      measurement: "moderation-within-sla",
      subjects: { type: "unit" },
      normalisation: { type: "linear", target: 1 },
      weight: 15,
    },
    {
      id: "posts-picked-up",
      title: { vi: "Tin, bài được Phòng GD&ĐT, Sở GD&ĐT chọn đăng lại", en: "Posts republished by the Phòng or the Sở" },
      source: source(EMULATION),
      measurement: "posts-picked-up",
      subjects: { type: "unit" },
      normalisation: { type: "min-max" },
      weight: 10,
    },
    {
      id: "false-information",
      title: { vi: "Đăng tải, chia sẻ thông tin sau đó xác định là sai sự thật (trừ điểm)", en: "Sharing information later found false (penalty)" },
      source: source({ section: "III", text: "không đăng tải, chia sẻ tin giả, tin sai sự thật, thông tin chưa được kiểm chứng" }),
      measurement: "false-information-penalty",
      subjects: { type: "unit" },
      normalisation: { type: "linear", target: 3 },
      points: 10,
      penalty: true,
    },
  ],
  ranking: { peers: "kind" },
  commendation: { requireComplete: true, excludePenalised: true },
  // Commended at the semester and year-end reviews (V.7.1): the best tier, complete, never penalised.
}

export const featuringPreset: FeaturingPolicyInput = {
  schoolPages: 2,
  officePages: 1,
  requireMetLastWeek: true,
  excludeOpenIncident: true,
  source: { document: PLAN_DOCUMENT, section: FEATURE.section, text: FEATURE.text },
}

