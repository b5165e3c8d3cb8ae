import { previousPeriod } from "@lantoa/core"
import { hoaBinh2024, type PolicyInput } from "@lantoa/policy"
import { describe, expect, it } from "vitest"
import { createEngine, ReportSchema, type Dataset, type Report } from "@lantoa/engine"
import { commendationCandidates } from "@lantoa/scoring"

const engine = createEngine(hoaBinh2024)
const NOW = "2024-12-10T08:00:00+07:00"
const MONTH = { period: "2024-11", now: NOW } as const

// The Mondays of 2024-W43 … 2024-W48 (21/10 – 25/11/2024).
const MONDAYS = { W43: "2024-10-21", W44: "2024-10-28", W45: "2024-11-04", W46: "2024-11-11", W47: "2024-11-18", W48: "2024-11-25" } as const
type Week = keyof typeof MONDAYS
const ALL: ReadonlyArray<Week> = ["W43", "W44", "W45", "W46", "W47", "W48"]
const dayOf = (week: Week, offset: number): string => {
  const date = new Date(`${MONDAYS[week]}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + offset)
  return date.toISOString().slice(0, 10)
}

const url = (unit: string): string => `https://facebook.example/${unit}`
const SCHOOLS = ["thcs-a", "thcs-b", "thcs-c", "thcs-d"] as const

/** Posts of a unit on its Fanpage: `perWeek` on the Tuesday (and the next days) of each week given. */
const posts = (unit: string, weeks: ReadonlyArray<Week>, perWeek = 1) =>
  weeks.flatMap((week) =>
    Array.from({ length: perWeek }, (_, k) => ({
      id: `facebook:${unit}_${week}_${k}`,
      kind: "post" as const,
      unit,
      channel: `fb-${unit}`,
      at: `${dayOf(week, 1 + k)}T09:00:00+07:00`,
      url: `${url(unit)}/posts/${week}${k}`,
    })),
  )

/**
 * The Sở, Phòng Lạc Sơn, four THCS under it and a THPT under the Sở, in
 * November 2024 (weeks W44 … W48; W43 for the featured pages' history):
 *
 * - thcs-a posts every week and reports both of its November tasks on time;
 * - thcs-b and thcs-c post the same 3 of 5 weeks and report on time: a tie;
 * - thcs-d posts one week and reports nothing.
 */
const province = (): Dataset & { completions: NonNullable<Dataset["completions"]> } => ({
  units: [
    { id: "so-gddt", name: "Sở Giáo dục và Đào tạo Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng Giáo dục và Đào tạo Lạc Sơn", kind: "district-office", parent: "so-gddt" },
    ...SCHOOLS.map((id) => ({ id, name: `Trường THCS ${id.slice(5).toUpperCase()}`, kind: "lower-secondary" as const, parent: "pgd-lac-son" })),
    { id: "thpt-lac-son", name: "Trường THPT Lạc Sơn", kind: "upper-secondary", parent: "so-gddt" },
  ],
  people: [
    ...SCHOOLS.flatMap((school) =>
      [1, 2, 3].map((n) => ({ id: `gv-${school.slice(5)}-${n}`, name: `Giáo viên ${n}`, unit: school, roles: ["teacher" as const], partyMember: n === 1 })),
    ),
    { id: "gv-thpt-1", name: "Giáo viên THPT", unit: "thpt-lac-son", roles: ["teacher"], partyMember: false },
  ],
  channels: ["so-gddt", "pgd-lac-son", ...SCHOOLS, "thpt-lac-son"].map((unit) => ({
    id: `fb-${unit}`,
    unit,
    platform: "facebook-page" as const,
    name: `Trang ${unit}`,
    url: url(unit),
  })),
  activities: [
    ...posts("so-gddt", ALL, 4),
    ...posts("pgd-lac-son", ALL, 3),
    ...posts("thcs-a", ALL),
    ...posts("thcs-b", ["W44", "W46", "W48"]),
    ...posts("thcs-c", ["W44", "W46", "W48"]),
    ...posts("thcs-d", ["W45"]),
    ...posts("thpt-lac-son", ALL),
  ],
  completions: ["thcs-a", "thcs-b", "thcs-c"].flatMap((unit) => [
    { task: "setup-groups", unit, at: "2024-11-04T10:00:00+07:00" },
    { task: "setup-fanpages", unit, at: "2024-11-14T10:00:00+07:00" },
  ]),
})

const scoreOf = (report: Report, unit: string) => report.scores.find((score) => "unit" in score.subject && score.subject.unit === unit)
const lineOf = (report: Report, unit: string, criterion: string) => scoreOf(report, unit)?.breakdown.find((line) => line.criterion === criterion)

describe("scores of the requested period (hoaBinh2024's proposed criteria)", () => {
  it("a school that met every quota week and every deadline on time outranks one that did not", () => {
    const report = engine.evaluate(province(), MONTH)
    const a = scoreOf(report, "thcs-a")
    const d = scoreOf(report, "thcs-d")
    expect(a).toMatchObject({ period: "2024-11", rank: 1, peerGroup: "kind:lower-secondary" })
    // No share, incident or republishing is recorded: only the quota (40) and deadlines (20) apply, worth 100 between them.
    expect(lineOf(report, "thcs-a", "quota-met")).toMatchObject({ value: 1, points: 66.67, maxPoints: 66.67, nominalMaxPoints: 40, detail: "5/5 tuần đạt" })
    expect(lineOf(report, "thcs-a", "deadlines-on-time")).toMatchObject({ value: 1, points: 33.33, detail: "2/2 nhiệm vụ hoàn thành đúng hạn" })
    expect(lineOf(report, "thcs-d", "quota-met")).toMatchObject({ value: 0.2, points: 13.33, detail: "1/5 tuần đạt" })
    expect(lineOf(report, "thcs-d", "deadlines-on-time")).toMatchObject({ value: 0, points: 0, detail: "0/2 nhiệm vụ hoàn thành đúng hạn" })
    // An overdue deadline is measured (0 on time), not missing and not "not applicable".
    expect(lineOf(report, "thcs-d", "deadlines-on-time")?.status).toBe("measured")
    expect(a?.total).toBeGreaterThan(d?.total ?? Number.POSITIVE_INFINITY)
    expect(d?.rank).toBe(4)
  })

  it("equal totals share a rank and the next rank is skipped (1, 2, 2, 4)", () => {
    const report = engine.evaluate(province(), MONTH)
    const group = report.scores.filter((score) => score.peerGroup === "kind:lower-secondary")
    expect(group.map((score) => [("unit" in score.subject && score.subject.unit) || "", score.rank, score.total])).toEqual([
      ["thcs-a", 1, 100],
      ["thcs-b", 2, 73.33],
      ["thcs-c", 2, 73.33],
      ["thcs-d", 4, 13.33],
    ])
    // Units are ranked among peers of their kind only: the Phòng and the THPT each rank 1 alone.
    expect(scoreOf(report, "pgd-lac-son")).toMatchObject({ rank: 1, peers: 1 })
    expect(scoreOf(report, "thpt-lac-son")).toMatchObject({ rank: 1, peers: 1, peerGroup: "kind:upper-secondary" })
  })

  it("what the data does not collect at all is not applicable, with the reason; its points go to the criteria that apply", () => {
    const report = engine.evaluate(province(), MONTH)
    const a = scoreOf(report, "thcs-a")
    expect(a).toMatchObject({ incomplete: false, missing: [], total: 100, maxTotal: 100 })
    expect(a?.notApplicable).toEqual(["featured-shares", "moderation-within-sla", "posts-picked-up", "false-information"])
    expect(lineOf(report, "thcs-a", "moderation-within-sla")).toMatchObject({ status: "not-applicable", points: 0, maxPoints: 0, nominalMaxPoints: 15 })
    expect(lineOf(report, "thcs-a", "moderation-within-sla")?.detail).toBe("tập dữ liệu không có danh sách vụ việc kiểm duyệt (incidents)")
    expect(lineOf(report, "thcs-a", "false-information")).toMatchObject({ status: "not-applicable", points: 0, penalty: true })
    expect(lineOf(report, "thcs-a", "posts-picked-up")?.detail).toContain("đăng lại")
    expect(lineOf(report, "thcs-a", "featured-shares")?.detail).toBe("tập dữ liệu không ghi nhận lượt chia sẻ nào của cán bộ (hoạt động share có person)")
    expect(lineOf(report, "thcs-a", "featured-shares")?.explanation).toContain("không áp dụng trong tháng 11/2024")
    expect(a?.explanation).toContain("Không áp dụng: ")
    expect(a?.explanation).not.toContain("Chưa đầy đủ số liệu")

    // Without a completions list the deadlines cannot be judged at all: not applicable, not 0.
    const { completions: _completions, ...withoutCompletions } = province()
    const unknown = engine.evaluate(withoutCompletions, MONTH)
    expect(lineOf(unknown, "thcs-d", "deadlines-on-time")).toMatchObject({ status: "not-applicable" })
    expect(lineOf(unknown, "thcs-d", "deadlines-on-time")?.detail).toContain("completions")
  })

  it("a perfect school with no moderation case and no republishing data reaches the top tier and is proposed for commendation", () => {
    const base = province()
    // thcs-a's teacher shares every page on each Wednesday; thcs-c's only the Sở's page (never featured).
    const sharesBy = (person: string, pages: ReadonlyArray<string>) =>
      (["W44", "W45", "W46", "W47", "W48"] as const).flatMap((week) =>
        pages.map((unit) => ({ id: `sheet:${person}-${week}-${unit}`, kind: "share" as const, person, at: `${dayOf(week, 2)}T20:00:00+07:00`, target: `${url(unit)}/` })),
      )
    const pages = base.channels.map((channel) => channel.unit)
    const dataset: Dataset = {
      ...base,
      activities: [...base.activities, ...sharesBy("gv-a-2", pages), ...sharesBy("gv-c-2", ["so-gddt"])],
      incidents: [],
    }
    const report = engine.evaluate(dataset, MONTH)
    const a = scoreOf(report, "thcs-a")
    expect(lineOf(report, "thcs-a", "moderation-within-sla")).toMatchObject({ status: "not-applicable", detail: "không có vụ việc nào được phát hiện trong kỳ" })
    expect(lineOf(report, "thcs-a", "posts-picked-up")).toMatchObject({ status: "not-applicable" })
    // With an incidents list, no false information is a measured 0 — no deduction, not "not applicable".
    expect(lineOf(report, "thcs-a", "false-information")).toMatchObject({ status: "measured", value: 0, points: 0 })
    expect(lineOf(report, "thcs-a", "featured-shares")).toMatchObject({ status: "measured", normalised: 1 })
    expect(a).toMatchObject({ total: 100, maxTotal: 100, tier: "excellent", incomplete: false, notApplicable: ["moderation-within-sla", "posts-picked-up"] })
    const scoring = engine.policy.scoring
    expect(scoring).toBeDefined()
    const { candidates } = commendationCandidates(report.scores, scoring as NonNullable<typeof scoring>)
    expect(candidates.map((candidate) => candidate.subject)).toContainEqual({ unit: "thcs-a" })

    // Subject to the cap: with a second perfect school (20% of 4 THCS, at least 1) the tie does not fit — neither is excellent.
    const twins: Dataset = {
      ...dataset,
      activities: [...base.activities, ...sharesBy("gv-a-2", pages), ...posts("thcs-b", ["W45", "W47"]), ...sharesBy("gv-b-2", pages)],
    }
    const tied = engine.evaluate(twins, MONTH)
    expect([scoreOf(tied, "thcs-a"), scoreOf(tied, "thcs-b")].map((score) => [score?.total, score?.tier, score?.cappedFrom])).toEqual([
      [100, "good", "excellent"],
      [100, "good", "excellent"],
    ])
    expect(commendationCandidates(tied.scores, scoring as NonNullable<typeof scoring>).candidates.filter((c) => c.peerGroup === "kind:lower-secondary")).toEqual([])
  })

  it("incidents, republished posts and shares of the featured pages become measurements when the data has them", () => {
    const base = province()
    const month = engine.evaluate(base, MONTH)
    // A teacher of thcs-c shares every page's link on each Wednesday; thcs-d's staff share nothing.
    const shares = (["W44", "W45", "W46", "W47", "W48"] as const).flatMap((week) =>
      base.channels.map((channel, k) => ({
        id: `sheet:share-${week}-${k}`,
        kind: "share" as const,
        person: "gv-c-2",
        at: `${dayOf(week, 2)}T20:00:00+07:00`,
        target: `${channel.url}/`,
      })),
    )
    const dataset: Dataset = {
      ...base,
      activities: [
        ...base.activities,
        ...shares,
        // The Phòng republishes a post of thcs-a, and one of its own (which does not count).
        { id: "facebook:pgd-share-1", kind: "share", unit: "pgd-lac-son", channel: "fb-pgd-lac-son", at: "2024-11-13T10:00:00+07:00", target: `${url("thcs-a")}/posts/W460` },
        { id: "facebook:pgd-share-2", kind: "share", unit: "pgd-lac-son", channel: "fb-pgd-lac-son", at: "2024-11-13T11:00:00+07:00", target: `${url("pgd-lac-son")}/posts/W460` },
      ],
      incidents: [
        {
          id: "vv-1", unit: "thcs-a", channel: "fb-thcs-a", category: "insult", detectedAt: "2024-11-12T09:00:00+07:00",
          source: { kind: "comment" },
          events: [{ type: "hidden", at: "2024-11-12T09:30:00+07:00" }, { type: "closed", at: "2024-11-12T10:00:00+07:00" }],
        },
        {
          id: "vv-2", unit: "thcs-b", channel: "fb-thcs-b", category: "fake", detectedAt: "2024-11-20T09:00:00+07:00",
          source: { kind: "post" },
          events: [{ type: "hidden", at: "2024-11-20T11:00:00+07:00" }, { type: "closed", at: "2024-11-21T10:00:00+07:00" }],
        },
      ],
    }
    const report = engine.evaluate(dataset, MONTH)
    expect(lineOf(report, "thcs-a", "moderation-within-sla")).toMatchObject({ value: 1, detail: "1/1 thời hạn xử lý đạt" })
    // No case to judge: not applicable, not missing.
    expect(lineOf(report, "thcs-c", "moderation-within-sla")).toMatchObject({ status: "not-applicable", detail: "không có vụ việc nào được phát hiện trong kỳ" })
    // A fake post of its own costs thcs-b points; with an incidents list, no case means 0 — not missing.
    expect(lineOf(report, "thcs-b", "false-information")).toMatchObject({ value: 1, penalty: true })
    expect(lineOf(report, "thcs-b", "false-information")?.points).toBeLessThan(0)
    expect(lineOf(report, "thcs-c", "false-information")).toMatchObject({ value: 0, points: 0 })
    expect(lineOf(report, "thcs-c", "false-information")?.status).toBe("measured")
    // The Phòng picked up one post of thcs-a; the others had none picked up (0, measured).
    expect(lineOf(report, "thcs-a", "posts-picked-up")).toMatchObject({ value: 1, points: 10 })
    expect(lineOf(report, "thcs-b", "posts-picked-up")).toMatchObject({ value: 0, points: 0 })
    expect(lineOf(report, "thcs-b", "posts-picked-up")?.status).toBe("measured")
    // The Sở has no unit above it to republish its posts.
    expect(lineOf(report, "so-gddt", "posts-picked-up")).toMatchObject({ status: "not-applicable", detail: "đơn vị không có đơn vị cấp trên để chọn đăng lại tin, bài" })
    // Each featured page was shared once in its week by thcs-c's teacher: one share per pick, over 3 staff —
    // but W44's Wednesday (30/10) is before the period: shares count within the period scored.
    const inNovember = report.featured.filter((pick) => pick.week !== "2024-W44")
    expect(inNovember.length).toBeGreaterThan(0)
    expect(lineOf(report, "thcs-c", "featured-shares")).toMatchObject({ measured: inNovember.length, staff: 3 })
    // Shares are recorded for the province, none for thcs-d's staff: missing (thiếu số liệu), not 0 and not "not applicable".
    expect(lineOf(report, "thcs-d", "featured-shares")).toMatchObject({ status: "missing", missing: true })
    expect(scoreOf(report, "thcs-d")).toMatchObject({ incomplete: true })
    // The picks do not depend on the shares (same quotas, no open case at any week's start).
    expect(report.featured).toEqual(month.featured)
  })

  it("a unit no criterion earning points applies to is listed in unscored — no score, rank or tier, never 0", () => {
    const moderationOnly: PolicyInput = {
      ...hoaBinh2024,
      scoring: { ...hoaBinh2024.scoring, criteria: (hoaBinh2024.scoring?.criteria ?? []).filter((c) => c.measurement.startsWith("moderation") || c.penalty === true) },
    }
    const report = createEngine(moderationOnly).evaluate({ ...province(), incidents: [] }, MONTH)
    expect(report.scores).toEqual([])
    expect(report.unscored.map((entry) => ("unit" in entry.subject ? entry.subject.unit : ""))).toEqual([
      "so-gddt",
      "pgd-lac-son",
      "thcs-a",
      "thcs-b",
      "thcs-c",
      "thcs-d",
      "thpt-lac-son",
    ])
    expect(report.unscored[2]).toMatchObject({ period: "2024-11", peerGroup: "kind:lower-secondary", notApplicable: ["moderation-within-sla"] })
    expect(report.unscored[2]?.explanation).toBe(
      "Không chấm điểm tháng 11/2024: không có tiêu chí cộng điểm nào áp dụng với đơn vị (Tỉ lệ xử lý bình luận xấu, độc đúng thời hạn); không xếp hạng, không xếp loại.",
    )
    expect(ReportSchema.parse(report).unscored).toEqual(report.unscored)
  })

  it("scores only for one requested period, and only with a scoring section; include.scores turns them off", () => {
    expect(engine.evaluate(province(), { from: "2024-11-01", to: "2024-12-01", now: NOW }).scores).toEqual([])
    expect(engine.evaluate(province(), { ...MONTH, include: { scores: false } }).scores).toEqual([])
    const { scoring: _scoring, featuring: _featuring, ...plain } = hoaBinh2024
    const report = createEngine(plain).evaluate(province(), MONTH)
    expect(report.scores).toEqual([])
    expect(report.featured).toEqual([])
  })
})

describe("the pages featured each week", () => {
  it("picks per week are deterministic: the same whatever the order of the data and the range asked for", () => {
    const report = engine.evaluate(province(), MONTH)
    expect([...new Set(report.featured.map((pick) => pick.week))]).toEqual(["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"])
    const base = province()
    const shuffled: Dataset = { ...base, activities: [...base.activities].reverse(), channels: [...base.channels].reverse() }
    expect(engine.evaluate(shuffled, MONTH).featured).toEqual(report.featured)
    const week = engine.evaluate(province(), { period: "2024-W47", now: NOW })
    expect(week.featured).toEqual(report.featured.filter((pick) => pick.week === "2024-W47"))
    // One Phòng page first, then up to two school pages; the Sở's page is never featured.
    for (const pick of report.featured) {
      expect(pick.channel).not.toBe("fb-so-gddt")
      expect(pick.reason).toMatch(/^Trang "Trang [a-z-]+" được chọn lan tỏa tuần \d+ năm 2024/)
    }
    expect(report.featured.filter((pick) => pick.week === "2024-W46").map((pick) => pick.slot)).toEqual(["office", "school", "school"])
  })

  it("the rotation starts again each school year, so a week's picks never depend on the range asked for", () => {
    // Weekly posts of every page from 2025-W33 to 2025-W38; the school year 2025–2026 opens on 05/09/2025 (W36).
    const base = province()
    const mondays = ["2025-08-11", "2025-08-18", "2025-08-25", "2025-09-01", "2025-09-08", "2025-09-15"]
    const activities = base.channels.flatMap((channel) =>
      mondays.flatMap((monday, w) =>
        Array.from({ length: channel.unit === "so-gddt" ? 4 : channel.unit === "pgd-lac-son" ? 3 : 1 }, (_, k) => ({
          id: `facebook:${channel.unit}_${w}_${k}`,
          kind: "post" as const,
          unit: channel.unit,
          channel: channel.id,
          at: `${monday}T0${k + 1}:00:00+07:00`,
        })),
      ),
    )
    const dataset: Dataset = { ...base, activities }
    const now = "2025-10-01T08:00:00+07:00"
    const across = engine.evaluate(dataset, { from: "2025-08-18", to: "2025-09-22", now }).featured
    const alone = engine.evaluate(dataset, { period: "2025-W38", now }).featured
    expect(alone.length).toBe(3)
    expect(across.filter((pick) => pick.week === "2025-W38")).toEqual(alone)
    // W36 opens the new year's rotation: nobody counts as featured before it.
    expect(across.filter((pick) => pick.week === "2025-W36").every((pick) => pick.lastFeatured === null)).toBe(true)
  })

  it("only eligible pages: the unit met last week's quota and has no case open at the week's start", () => {
    const base = province()
    const dataset: Dataset = {
      ...base,
      incidents: [
        // Open from 10/11 to 20/11: thcs-a is out in W46 and W47, back in W48.
        {
          id: "vv-9", unit: "thcs-a", category: "insult", detectedAt: "2024-11-10T09:00:00+07:00",
          events: [{ type: "closed", at: "2024-11-20T09:00:00+07:00" }],
        },
      ],
    }
    const report = engine.evaluate(dataset, MONTH)
    const verdicts = engine.evaluate(dataset, { from: "2024-W43", to: "2024-W48", now: NOW }).quotas
    const met = (unit: string, week: string) =>
      verdicts.some((q) => q.period === week && "unit" in q.subject && q.subject.unit === unit && q.status === "met")
    expect(report.featured.length).toBeGreaterThan(0)
    for (const pick of report.featured) expect(met(pick.unit, previousPeriod(pick.week))).toBe(true)
    const weeksOf = (unit: string, picks = report.featured) => picks.filter((pick) => pick.unit === unit).map((pick) => pick.week)
    // Without the case thcs-a's turn comes in W47; with it, it waits until W48.
    expect(weeksOf("thcs-a", engine.evaluate(base, MONTH).featured)).toContain("2024-W47")
    expect(weeksOf("thcs-a")).toContain("2024-W48")
    expect(weeksOf("thcs-a")).not.toContain("2024-W46")
    expect(weeksOf("thcs-a")).not.toContain("2024-W47")
    // thcs-d posted in W45 only: W46 is the only week it may be featured.
    expect(weeksOf("thcs-d").every((week) => week === "2024-W46")).toBe(true)
    // A school under the Phòng names it; the THPT reports to the Sở and names no office.
    for (const pick of report.featured.filter((pick) => pick.unit.startsWith("thcs-"))) expect(pick.office).toBe("pgd-lac-son")
    for (const pick of report.featured.filter((pick) => pick.unit === "thpt-lac-son")) expect(pick.office).toBeUndefined()
    expect(engine.evaluate(dataset, { ...MONTH, include: { featured: false } }).featured).toEqual([])
  })
})

describe("privacy and the contract", () => {
  const withPeople: PolicyInput = {
    ...hoaBinh2024,
    scoring: {
      ...hoaBinh2024.scoring,
      criteria: [
        ...(hoaBinh2024.scoring?.criteria ?? []),
        {
          id: "party-member-weeks",
          title: { vi: "Tỉ lệ tuần đảng viên đạt định mức đăng tải, chia sẻ" },
          measurement: "quota-met-rate",
          subjects: { type: "person", partyMember: true },
          normalisation: { type: "linear", target: 1 },
          weight: 100,
        },
      ],
      privacy: { individualBoards: true },
    },
  }

  it("people's scores are absent by default, and present only when asked for and the policy enables individual boards", () => {
    const people = (report: Report) => report.scores.filter((score) => "person" in score.subject)
    const individual = createEngine(withPeople)
    expect(people(individual.evaluate(province(), MONTH))).toEqual([])
    expect(people(engine.evaluate(province(), { ...MONTH, people: true }))).toEqual([])
    const report = individual.evaluate(province(), { ...MONTH, people: true })
    expect(people(report).map((score) => ("person" in score.subject ? score.subject.person : "")).sort()).toEqual([
      "gv-a-1",
      "gv-b-1",
      "gv-c-1",
      "gv-d-1",
    ])
    // The party members shared nothing: every person rule short, a rate of 0 — measured, not missing.
    expect(people(report)[0]?.breakdown[0]).toMatchObject({ criterion: "party-member-weeks", value: 0 })
  })

  it("ReportSchema.parse keeps every field of the scores and the featured pages", () => {
    const report = createEngine(withPeople).evaluate(province(), { ...MONTH, people: true })
    expect(report.scores.length).toBeGreaterThan(0)
    expect(report.featured.length).toBeGreaterThan(0)
    expect(ReportSchema.parse(report)).toEqual(report)
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it("explanations and reasons follow the locale", () => {
    const report = engine.evaluate(province(), { ...MONTH, locale: "en" })
    expect(lineOf(report, "thcs-a", "quota-met")?.detail).toBe("5/5 weeks met")
    expect(report.featured[0]?.reason).toMatch(/^Page "Trang [a-z-]+" featured for week \d+ of 2024/)
  })
})
