import { findPerson, findUnit } from "@lantoa/hierarchy"
import { leaderboard, scoreSubjects, type Measurement, type ScoreSubject } from "@lantoa/scoring"
import { describe, expect, it } from "vitest"
import { hierarchy, linear, m, thcsMeasurements, thcsPolicy } from "./fixtures.js"

const personCriterion = {
  id: "party-member-posts",
  title: { vi: "Đảng viên đăng tải, chia sẻ ít nhất 04 tin, bài mỗi tháng" },
  measurement: "person-monthly-items",
  subjects: { type: "person" as const, partyMember: true },
  normalisation: { type: "linear" as const, target: 4 },
  weight: 1,
}

const policy = thcsPolicy({ criteria: [...(thcsPolicy().criteria ?? []), personCriterion] })

const measurements: Array<Measurement> = [
  ...thcsMeasurements({
    "thcs-lac-son": [1, 1, 0],
    "thcs-vu-ban": [0.9, 0.8, 0],
    "thcs-an-binh": [0.6, 0.6, 0],
    "thcs-cao-phong": [0.5, 0.5, 0],
    "thcs-bac-phong": [0.4, 0.2, 0],
  }),
  { subject: { person: "gv-0001" }, measurement: "person-monthly-items", value: 4 },
  { subject: { person: "gv-0003" }, measurement: "person-monthly-items", value: 2 },
  { subject: { person: "gv-0004" }, measurement: "person-monthly-items", value: 3 },
]

const { scores } = scoreSubjects(policy, measurements, { hierarchy, period: "2024-11" })
const names = (subject: ScoreSubject): string | undefined =>
  "unit" in subject ? findUnit(hierarchy, subject.unit)?.name : findPerson(hierarchy, subject.person)?.name

describe("leaderboard", () => {
  it("shows units by default, per peer group, and the lower half only as a count", () => {
    const board = leaderboard(scores, { view: "month", policy, names })
    expect(board.subjects).toBe("unit")
    expect(board.withheld).toBeUndefined()
    expect(board.boards).toHaveLength(1)
    expect(board.boards[0]).toMatchObject({
      period: "2024-11",
      peerGroup: "kind:lower-secondary",
      title: "Trường Trung học cơ sở",
      size: 5,
      hidden: 2,
      hiddenText: "2 đơn vị ở nửa dưới bảng (không nêu tên).",
    })
    expect(board.boards[0]?.entries.map((entry) => [entry.rank, entry.name, entry.total, entry.tier])).toEqual([
      [1, "Trường THCS Lạc Sơn", 100, "excellent"],
      [2, "Trường THCS Vụ Bản", 86, "good"],
      [3, "Trường THCS Ân Nghĩa", 60, "complete"],
    ])
  })

  it("a tie straddling the middle of a board is shown whole", () => {
    const tied = scoreSubjects(policy, thcsMeasurements({ "thcs-lac-son": [1, 1, 0], "thcs-vu-ban": [0.5, 0.5, 0], "thcs-an-binh": [0.5, 0.5, 0], "thcs-cao-phong": [0.5, 0.5, 0] }), { hierarchy, period: "2024-11" }).scores
    const board = leaderboard(tied, { view: "month", policy })
    expect(board.boards[0]?.entries.map((entry) => entry.rank)).toEqual([1, 2, 2, 2])
    expect(board.boards[0]?.hidden).toBe(1)
  })

  it("lists everyone when the policy says bottomHalf: names", () => {
    const open = { ...policy, privacy: { bottomHalf: "names" as const } }
    const board = leaderboard(scores, { view: "month", policy: open, locale: "en" })
    expect(board.boards[0]?.entries).toHaveLength(5)
    expect(board.boards[0]?.hidden).toBe(0)
    expect(board.boards[0]?.hiddenText).toBeUndefined()
  })

  it("withholds individual boards unless the policy enables them", () => {
    expect(leaderboard(scores, { view: "month", subjects: "person", policy })).toEqual({
      view: "month",
      subjects: "person",
      boards: [],
      withheld: "Chính sách không cho phép công bố bảng xếp hạng cá nhân (privacy.individualBoards).",
    })
    expect(leaderboard(scores, { view: "month", subjects: "person", policy, locale: "en" }).withheld).toBe(
      "The policy does not allow individual leaderboards (privacy.individualBoards).",
    )
  })

  it("individual boards are anonymised by default: stable pseudonyms, no names, no ids", () => {
    const individual = { ...policy, privacy: { individualBoards: true } }
    const board = leaderboard(scores, { view: "month", subjects: "person", policy: individual, names })
    const entries = board.boards[0]?.entries ?? []
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      expect(entry.subject).toBeUndefined()
      expect(entry.name).toBeUndefined()
      expect(entry.pseudonym).toMatch(/^Cá nhân #[0-9A-Z]{8}$/)
    }
    expect(JSON.stringify(board)).not.toMatch(/gv-000|Nguyễn|Lê Thị|Bùi/)
    // The same person keeps the same pseudonym from one period to the next.
    const december = scoreSubjects(policy, [{ subject: { person: "gv-0001" }, measurement: "person-monthly-items", value: 4 }], { hierarchy, period: "2024-12" }).scores
    const first = entries[0]?.pseudonym
    const again = leaderboard(december, { view: "month", subjects: "person", policy: individual }).boards[0]?.entries[0]?.pseudonym
    expect(again).toBe(first)
    // …and another seed gives other pseudonyms.
    const other = leaderboard(scores, { view: "month", subjects: "person", policy: { ...policy, privacy: { individualBoards: true, pseudonymSeed: "phu-tho" } } })
    expect(other.boards[0]?.entries[0]?.pseudonym).not.toBe(first)
  })

  it("individual boards may show names when the policy turns anonymising off", () => {
    const named = { ...policy, privacy: { individualBoards: true, anonymise: false, bottomHalf: "names" as const } }
    const board = leaderboard(scores, { view: "month", subjects: "person", policy: named, names })
    expect(board.boards[0]?.entries.map((entry) => [entry.rank, entry.name])).toEqual([
      [1, "Nguyễn Thị Hoa"],
      [2, "Bùi Văn Hải"],
      [3, "Lê Thị Mai"],
      [4, "Hoàng Văn Minh"],
    ])
  })

  it("shows only the scores of the view's period kind, and of one period when asked", () => {
    const week = scoreSubjects({ criteria: [linear("posts", "quota-met-rate", 1)] }, [m("thcs-lac-son", "quota-met-rate", 1)], { hierarchy, period: "2024-W46" }).scores
    const both = [...scores, ...week]
    expect(leaderboard(both, { view: "week", policy }).boards.map((board) => board.period)).toEqual(["2024-W46"])
    expect(leaderboard(both, { view: "month", policy, period: "2024-10" }).boards).toEqual([])
    expect(leaderboard(both, { view: "semester", policy }).boards).toEqual([])
  })
})
