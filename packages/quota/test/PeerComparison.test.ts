import { comparePeers, evaluateQuotas, type PeerComparison, type QuotaRuleInput } from "@lantoa/quota"
import { describe, expect, it } from "vitest"
import { hierarchy, pagePost, share } from "./fixtures.js"
import { districtOfficeWeeklyPosts, unitWeeklyPosts } from "./planRules.js"

const LATER = "2026-01-01T00:00:00+07:00"

const group = (groups: ReadonlyArray<PeerComparison>, rule: string, kind: string): PeerComparison | undefined =>
  groups.find((entry) => entry.rule === rule && entry.kind === kind)

describe("comparePeers", () => {
  it("units are compared with peers of the same kind only, kinds in the order of UNIT_KINDS", () => {
    const { results } = evaluateQuotas([unitWeeklyPosts], hierarchy, [], { period: "2024-W46", now: LATER })
    expect(comparePeers(results, hierarchy).map((entry) => [entry.kind, entry.units])).toEqual([
      ["kindergarten", 2],
      ["primary", 1],
      ["lower-secondary", 1],
      ["upper-secondary", 1],
    ])
  })

  it("ranks by the share met, then by how close each came: 2 of 3 posts ranks above 1 of 3", () => {
    const posts = [
      pagePost("pgd-lac-son", "2024-11-12T09:00:00"),
      pagePost("pgd-cao-phong", "2024-11-12T09:00:00"),
      pagePost("pgd-cao-phong", "2024-11-13T09:00:00"),
    ]
    const { results } = evaluateQuotas([districtOfficeWeeklyPosts], hierarchy, posts, { period: "2024-W46", now: LATER })
    expect(group(comparePeers(results, hierarchy), "district-office-weekly-posts", "district-office")).toEqual({
      rule: "district-office-weekly-posts",
      period: "2024-W46",
      kind: "district-office",
      units: 2,
      subjects: 2,
      met: 0,
      rate: 0,
      standings: [
        { unit: "pgd-cao-phong", subjects: 1, met: 0, rate: 0, attainment: 0.667, rank: 1, percentile: 1 },
        { unit: "pgd-lac-son", subjects: 1, met: 0, rate: 0, attainment: 0.333, rank: 2, percentile: 0 },
      ],
    })
  })

  it("equal units share a rank, and none of them is below the other", () => {
    const { results } = evaluateQuotas([unitWeeklyPosts], hierarchy, [], { period: "2024-W46", now: LATER })
    const standings = group(comparePeers(results, hierarchy), "unit-weekly-posts", "kindergarten")?.standings
    expect(standings?.map((standing) => [standing.unit, standing.rank, standing.percentile])).toEqual([
      ["mn-hoa-ban", 1, 0],
      ["mn-sao-mai", 1, 0],
    ])
  })

  it("for a person rule, a unit's standing is the share of its own people who met", () => {
    const everyone: QuotaRuleInput = {
      id: "staff-weekly-shares",
      title: { vi: "Cán bộ, giáo viên, nhân viên chia sẻ ít nhất 01 tin, bài mỗi tuần" },
      subjects: { type: "person" },
      counts: { kinds: ["share"] },
      minimum: 1,
      period: "week",
    }
    const { results } = evaluateQuotas([everyone], hierarchy, [share("gv-0001", "2024-11-12T20:00:00", "https://x/1")], { period: "2024-W46", now: LATER })
    expect(group(comparePeers(results, hierarchy), "staff-weekly-shares", "lower-secondary")?.standings).toEqual([
      { unit: "thcs-lac-son", subjects: 3, met: 1, rate: 0.333, attainment: 0.333, rank: 1, percentile: 1 },
    ])
  })

  it("exempt subjects take no part", () => {
    const rule: QuotaRuleInput = { ...districtOfficeWeeklyPosts, exemptions: [{ from: "2024-11-11", to: "2024-11-17" }] }
    const { results } = evaluateQuotas([rule], hierarchy, [], { period: "2024-W46", now: LATER })
    expect(comparePeers(results, hierarchy)).toEqual([])
  })
})
