import { describe, expect, it } from "vitest"
import { createModerator } from "../src/index.js"
import { DETECTED, TEST_POLICY } from "./matchingFixtures.js"

const moderator = createModerator(TEST_POLICY)
const codes = (text: string, options = {}) => moderator.checkPost(text, options).problems.map((problem) => problem.code)

describe("checkPost: unverified information", () => {
  it("a cue phrase of unverified information blocks the post and is pointed at", () => {
    const text = "Nghe nói trường THCS Lạc Sơn sắp sáp nhập.\nNguồn: Phòng GD&ĐT"
    const result = moderator.checkPost(text)
    expect(result.ok).toBe(false)
    expect(result.problems).toEqual([
      {
        code: "unverified-cue",
        severity: "error",
        message: 'Có dấu hiệu thông tin chưa được kiểm chứng: "Nghe nói". Hãy kiểm chứng với nguồn chính thống trước khi đăng.',
        start: 0,
        end: 8,
        term: "nghe nói",
      },
    ])
    expect(result.cues).toEqual([{ cue: "nghe nói", start: 0, end: 8, text: "Nghe nói" }])
  })

  it("cues are found through the same normalisation: disguised, không dấu", () => {
    expect(moderator.checkPost("Theo một nguồn tin, CHƯA KIỂM CHỨNG, thì...").cues.map((cue) => cue.cue)).toEqual([
      "theo một nguồn tin",
      "chưa kiểm chứng",
    ])
    expect(moderator.checkPost("nghe n.o.i truong sap nghi hoc").cues.map((cue) => cue.cue)).toEqual(["nghe nói"])
  })

  it("the lexicon's word for the same cue is not reported twice", () => {
    expect(codes("Nghe đồn rằng năm nay thi khó. Nguồn: Báo Hòa Bình")).toEqual(["unverified-cue"])
  })
})

describe("checkPost: sources", () => {
  it("a post without a link, a Nguồn: line or given sources gets a warning, not a block", () => {
    const result = moderator.checkPost("Lễ khai giảng năm học mới của trường Tiểu học Kim Đồng")
    expect(result.problems.map((problem) => [problem.code, problem.severity])).toEqual([["missing-source", "warning"]])
    expect(result.ok).toBe(true)
  })

  it.each([
    ["a Nguồn: line", "Học sinh đạt giải nhì cấp tỉnh.\nNguồn: Sở GD&ĐT Hòa Bình"],
    ["a Nguon: line typed without diacritics", "Thong bao lich thi.\nnguon: phong dao tao"],
    ["a link", "Xem chi tiết tại https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx"],
    ["a bare domain", "Chi tiết trên hoabinh.edu.vn"],
  ])("%s is a source", (_, text) => {
    expect(codes(text)).not.toContain("missing-source")
  })

  it("sources given with the post count", () => {
    expect(codes("Trường tổ chức hội thi giáo viên dạy giỏi", { sources: ["Công văn 1234/SGDĐT-GDTrH"] })).not.toContain("missing-source")
  })
})

describe("checkPost: topic and approver", () => {
  it("the topic is found from its cues and routes the post to its approver", () => {
    const result = moderator.checkPost("Kế hoạch tuyển sinh lớp 10 THPT năm học 2025-2026. Nguồn: Sở GD&ĐT")
    expect(result).toMatchObject({ topic: "secondary", topicSource: "detected", approver: { unit: "so-gddt", team: "to-truyen-thong-trung-hoc" } })
  })

  it("the topic with the most cues wins", () => {
    expect(moderator.checkPost("Trường mầm non và trường tiểu học liên cấp với THCS, tiểu học").topic).toBe("preschool-primary")
  })

  it("without any cue, the policy's topic without cues takes the post (Các vấn đề khác)", () => {
    expect(moderator.checkPost("Hội nghị cán bộ, viên chức năm 2024")).toMatchObject({ topic: "other", topicSource: "default", approver: { team: "to-truyen-thong-khac" } })
  })

  it("a topic chosen by the author is taken as given; an unknown one blocks", () => {
    expect(moderator.checkPost("Bài viết", { topic: "secondary" })).toMatchObject({ topic: "secondary", topicSource: "given" })
    const unknown = moderator.checkPost("Bài viết", { topic: "sports" })
    expect(unknown.ok).toBe(false)
    expect(unknown.problems.map((problem) => problem.code)).toContain("unknown-topic")
    expect(unknown.approver).toBeUndefined()
  })

  it("a policy without topics says so with a warning", () => {
    const bare = createModerator({ lexicon: [] })
    expect(bare.checkPost("Bài viết", { sources: ["x"] }).problems.map((problem) => [problem.code, problem.severity])).toEqual([["no-topic", "warning"]])
  })
})

describe("checkPost: the lexicon and review", () => {
  it("a lexicon match blocks the post and needs review when its category does", () => {
    const result = moderator.checkPost("Phụ huynh phản ánh cô giáo ép học thêm. Nguồn: phụ huynh", { at: DETECTED })
    expect(result.problems).toMatchObject([{ code: "lexicon-match", severity: "error", category: "teacher-ethics", term: "ép học thêm" }])
    expect(result.review).toBe(true)
    expect(result.moderation.categories).toEqual(["teacher-ethics"])
  })

  it("a clean post with a source is ok and needs no review", () => {
    const result = moderator.checkPost("Trường Tiểu học Kim Đồng tổ chức ngày hội đọc sách.\nNguồn: nhà trường")
    expect(result).toMatchObject({ ok: true, problems: [], review: false, topic: "preschool-primary" })
  })

  it("messages are in English on request", () => {
    const [problem] = moderator.checkPost("Nghe nói mai nghỉ học", { locale: "en" }).problems
    expect(problem?.message).toBe('A cue of unverified information: "Nghe nói". Check it against an official source before posting.')
    expect(moderator.checkPost("Lịch học", { locale: "en" }).problems.at(-1)?.message).toBe(
      'The post cites no source: no link, no "Nguồn:" line and no source given.',
    )
  })
})
