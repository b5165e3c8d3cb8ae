/**
 * The rules of the plan's seven categories when a policy does not give its
 * own: what each calls for (from the plan's Nhiệm vụ 5 and the legal
 * anchors), and which always need a human.
 *
 * @since 0.1.0
 * @module
 */
import type { ModerationCategoryRule } from "./ModerationPolicy.js"

const PLAN = "Kế hoạch “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc” (Sở GD&ĐT Hòa Bình, 2024)"
const REBUT =
  "Báo xấu tài khoản; bình luận, viết tin, bài phản bác thông tin chưa được kiểm chứng, thông tin sai sự thật gây ảnh hưởng đến cá nhân, tổ chức; thông tin xúc phạm danh dự, nhân phẩm, vi phạm chuẩn mực đạo đức nhà giáo gây bức xúc trong dư luận xã hội; những hình ảnh phản cảm, ..."
const AUTHORITIES =
  "Đề xuất với cơ quan chức năng xử lý đối tượng đăng tin, chia sẻ, bình luận nội dung sai sự thật, thông tin chưa được kiểm chứng liên quan GD&ĐT trên mạng xã hội."
const COMMENTS = "Kiểm soát các bình luận của các Fanpage."

const source = (section: string, text: string) => ({ document: PLAN, section, text })

/**
 * Default rules for `fake`, `unverified`, `insult`, `teacher-ethics`,
 * `offensive`, `hostile` and `spam`. A policy's category with the same id
 * replaces the default; the defaults have no deadlines (SLAs are the
 * policy's). `teacher-ethics` (may be a legitimate grievance) and `hostile`
 * (news about protests elsewhere looks the same) are always reviewed, so
 * never hidden automatically.
 *
 * | id | actions | review |
 * |---|---|---|
 * | `fake` | hide, rebut, escalate-authorities | no |
 * | `unverified` | rebut | no |
 * | `insult` | hide, report-account | no |
 * | `teacher-ethics` | escalate-internal | yes |
 * | `offensive` | hide, report-account | no |
 * | `hostile` | hide, escalate-authorities | yes |
 * | `spam` | hide, report-account | no |
 *
 * @example
 * ```ts
 * DEFAULT_MODERATION_CATEGORIES.find((rule) => rule.id === "teacher-ethics")?.actions //=> ["escalate-internal"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_MODERATION_CATEGORIES: ReadonlyArray<ModerationCategoryRule> = Object.freeze([
  {
    id: "fake",
    title: { vi: "Tin giả, thông tin sai sự thật", en: "Fake or untrue information" },
    source: source("V.5.1", `${REBUT}\n${AUTHORITIES}`),
    actions: ["hide", "rebut", "escalate-authorities"],
    review: false,
    slas: [],
  },
  {
    id: "unverified",
    title: { vi: "Thông tin chưa được kiểm chứng", en: "Unverified information" },
    source: source("V.5.1", REBUT),
    actions: ["rebut"],
    review: false,
    slas: [],
  },
  {
    id: "insult",
    title: { vi: "Xúc phạm danh dự, nhân phẩm", en: "Insult to honour and dignity" },
    source: source("V.5.1", REBUT),
    actions: ["hide", "report-account"],
    review: false,
    slas: [],
  },
  {
    id: "teacher-ethics",
    title: { vi: "Vi phạm chuẩn mực đạo đức nhà giáo", en: "Breach of teacher ethics" },
    source: source("V.5.1", REBUT),
    actions: ["escalate-internal"],
    review: true,
    slas: [],
  },
  {
    id: "offensive",
    title: { vi: "Ngôn từ, hình ảnh phản cảm", en: "Offensive language or images" },
    source: source("V.5.1", REBUT),
    actions: ["hide", "report-account"],
    review: false,
    slas: [],
  },
  {
    id: "hostile",
    title: { vi: "Thông tin xấu, độc, thù địch", en: "Hostile content" },
    source: source("V.5.1", AUTHORITIES),
    actions: ["hide", "escalate-authorities"],
    review: true,
    slas: [],
  },
  {
    id: "spam",
    title: { vi: "Quảng cáo, lừa đảo", en: "Spam or scams" },
    source: source("V.4.1", COMMENTS),
    actions: ["hide", "report-account"],
    review: false,
    slas: [],
  },
] satisfies Array<ModerationCategoryRule>)
