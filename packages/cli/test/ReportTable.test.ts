import { createEngine, type Report } from "@lantoa/engine"
import { hoaBinh2024 } from "@lantoa/policy"
import { describe, expect, it } from "vitest"
import { formatReportTable } from "@lantoa/cli"
import { dataset } from "./fixtures.js"

const engine = createEngine(hoaBinh2024)
const W46 = { period: "2024-W46", now: "2024-11-20T08:00:00+07:00" } as const
const report = engine.evaluate(dataset, W46)

/** The lines of the scores section, up to the next heading. */
const scoresSection = (text: string): Array<string> => {
  const lines = text.split("\n")
  const start = lines.findIndex((line) => line.startsWith("Điểm thi đua") || line.startsWith("Emulation scores"))
  if (start < 0) return []
  const end = lines.findIndex((line, k) => k > start + 1 && line !== "" && !line.startsWith(" "))
  return lines.slice(start, end < 0 ? undefined : end)
}

type Score = Report["scores"][number]
const thcs = report.scores.find((score) => "unit" in score.subject && score.subject.unit === "thcs-lac-son") as Score

/** Six kindergartens of one group, ranked 1, 2, 2, 4, 5, 6. */
const kindergartens = (): Array<Score> =>
  [
    [1, 98, "excellent", "Hoàn thành xuất sắc nhiệm vụ"],
    [2, 88.5, "good", "Hoàn thành tốt nhiệm vụ"],
    [2, 88.5, "good", "Hoàn thành tốt nhiệm vụ"],
    [4, 70, "complete", "Hoàn thành nhiệm vụ"],
    [5, 40, "incomplete", "Không hoàn thành nhiệm vụ"],
    [6, 12.25, "incomplete", "Không hoàn thành nhiệm vụ"],
  ].map(([rank, total, tier, tierLabel], k) => ({
    ...thcs,
    subject: { unit: `mn-${k + 1}` },
    rank: rank as number,
    total: total as number,
    tier: tier as string,
    tierLabel: tierLabel as string,
    peers: 6,
    peerGroup: "kind:kindergarten",
    peerGroupLabel: "Trường Mầm non",
  }))

const units = [...dataset.units, ...[1, 2, 3, 4, 5, 6].map((k) => ({ id: `mn-${k}`, name: `Trường Mầm non Số ${k}`, kind: "kindergarten" }))]

describe("formatReportTable: the emulation scores (điểm thi đua)", () => {
  it("lists each group of units of the same kind with rank, unit, points and rating, in Vietnamese", () => {
    const section = scoresSection(formatReportTable(report, { units: dataset.units }))
    expect(section[0]).toBe("Điểm thi đua (xếp hạng trong nhóm đơn vị cùng loại) — Tuần 46/2024")
    expect(section[1]).toMatch(/^ {2}Hạng {2}Đơn vị\s+Điểm {2}Xếp loại$/)
    expect(section).toContain("        Trường Trung học cơ sở (1)")
    // The school met its quota; what the week cannot judge does not apply, so it scores 100 of 100.
    expect(section.some((line) => /^\s+1\s+Trường THCS Lạc Sơn\s+100 {2}Hoàn thành xuất sắc nhiệm vụ$/.test(line))).toBe(true)
    expect(section.some((line) => /^\s+1\s+Trường Tiểu học Lạc Sơn\s+0 {2}Không hoàn thành nhiệm vụ$/.test(line))).toBe(true)
    // How many units each rating holds, best rating first.
    const counts = section.slice(section.findIndex((line) => /^ {2}Xếp loại\s+Số đơn vị$/.test(line)))
    expect(counts.slice(1, 3).map((line) => line.replace(/\s+/g, " ").trim())).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ 1",
      "Không hoàn thành nhiệm vụ 3",
    ])
  })

  it("shows the top three ranks of a group with points in Vietnamese notation — never the lower half", () => {
    const table = formatReportTable({ ...report, scores: [...report.scores, ...kindergartens()] }, { units })
    const section = scoresSection(table)
    expect(section).toContain("        Trường Mầm non (6)")
    const rows = section.filter((line) => line.includes("Trường Mầm non Số"))
    expect(rows.map((line) => line.replace(/\s+/g, " ").trim())).toEqual([
      "1 Trường Mầm non Số 1 98 Hoàn thành xuất sắc nhiệm vụ",
      "2 Trường Mầm non Số 2 88,5 Hoàn thành tốt nhiệm vụ",
      "2 Trường Mầm non Số 3 88,5 Hoàn thành tốt nhiệm vụ",
    ])
    expect(table).not.toContain("Trường Mầm non Số 4")
    expect(section.every((line) => line.length <= 100)).toBe(true)
  })

  it("marks an incomplete score with * and says what it means; counts units with nothing to score instead of giving them 0", () => {
    const incomplete = { ...thcs, incomplete: true, missing: ["quota-met"] }
    const unscored = [
      {
        subject: { unit: "th-lac-son" },
        period: "2024-W46",
        peerGroup: "kind:primary",
        peerGroupLabel: "Trường Tiểu học",
        notApplicable: ["quota-met"],
        breakdown: [],
        explanation: "Không chấm điểm …",
      },
    ]
    const section = scoresSection(formatReportTable({ ...report, scores: [incomplete], unscored }, { units: dataset.units }))
    expect(section.some((line) => /Trường THCS Lạc Sơn\s+100 {2}Hoàn thành xuất sắc nhiệm vụ \*$/.test(line))).toBe(true)
    expect(section).toContain("  * Chưa đầy đủ số liệu: 1 đơn vị (tiêu chí thiếu số liệu được 0 điểm; xem --format json)")
    expect(section).toContain("  Không chấm điểm: 1 đơn vị (không có tiêu chí cộng điểm nào áp dụng)")
    expect(section.join("\n")).not.toContain("Trường Tiểu học Lạc Sơn")
  })

  it("never lists a person's score, and has no scores section when the report has no scores", () => {
    const person = { ...thcs, subject: { person: "gv-0001" }, peerGroup: "people/kind:lower-secondary", peerGroupLabel: "Cán bộ" }
    const withPerson = formatReportTable({ ...report, scores: [...report.scores, person] }, { units: dataset.units })
    expect(withPerson).not.toContain("gv-0001")
    expect(withPerson).not.toContain("Cán bộ (1)")
    const noScores = engine.evaluate(dataset, { ...W46, include: { scores: false } })
    expect(scoresSection(formatReportTable(noScores, { units: dataset.units }))).toEqual([])
  })

  it("speaks English with locale en", () => {
    const section = scoresSection(formatReportTable({ ...report, scores: [...report.scores, ...kindergartens()] }, { units, locale: "en" }))
    expect(section[0]).toBe("Emulation scores (ranked among units of the same kind) — Week 46/2024")
    expect(section[1]).toMatch(/^ {2}Rank {2}Unit\s+Points {2}Rating$/)
    expect(section.some((line) => /2\s+Trường Mầm non Số 2\s+88\.5 {2}/.test(line))).toBe(true)
  })
})
