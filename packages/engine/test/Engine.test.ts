import { hoaBinh2024 } from "@lantoa/policy"
import { describe, expect, it } from "vitest"
import { createEngine, InvalidOptionsError, InvalidPolicyError, ReportSchema, type Dataset, type Report } from "@lantoa/engine"
import { contractExample, smallProvince } from "./fixtures.js"

const engine = createEngine(hoaBinh2024)
const NOW = "2024-12-02T08:00:00+07:00"

const verdict = (report: Report, rule: string, subject: string, period: string) =>
  report.quotas.find(
    (q) => q.rule === rule && q.period === period && ("unit" in q.subject ? q.subject.unit : q.subject.person) === subject
  )

const rollup = (report: Report, unit: string, rule: string, period: string) =>
  report.rollups.find((row) => row.unit === unit && row.rule === rule && row.period === period)

describe("createEngine(policy).evaluate(dataset, options) — contract v1", () => {
  it("the contract's example dataset evaluates to a report whose shape validates against ReportSchema", () => {
    const report = engine.evaluate(contractExample, { period: "2024-W46", now: "2024-11-20T08:00:00+07:00" })
    expect(ReportSchema.safeParse(report).success).toBe(true)
    // Parsing keeps every field: the schema names all the report carries.
    expect(ReportSchema.parse(report)).toEqual(report)
    expect(report.contract).toBe("lantoa/v1")
    expect(report.policy).toEqual({ id: "hoa-binh-2024", version: "1.0.0" })
    expect(report.periods).toEqual(["2024-W46", "2024-11"])
    // Nhiệm vụ 3: the school's Fanpage was due on 15/11/2024, in W46; no completion says it is done.
    expect(report.deadlines).toMatchObject([
      { task: "setup-fanpages", unit: "thcs-lac-son", due: "2024-11-15T23:59:59.999+07:00", status: "overdue", daysLeft: -5 },
    ])
    // The preset scores the week itself: the school met its quota and missed its deadline; the criteria
    // the example has no data for at all (no incidents list, no share, no republishing, no featured page)
    // do not apply, and their points are shared between the two that do.
    expect(report.scores).toMatchObject([
      { subject: { unit: "thcs-lac-son" }, period: "2024-W46", total: 66.67, maxTotal: 100, rank: 1, tier: "complete", incomplete: false },
    ])
    expect(report.scores[0]?.notApplicable).toEqual(["featured-shares", "moderation-within-sla", "posts-picked-up", "false-information"])
    expect(report.unscored).toEqual([])
    // Nothing was posted in W45, so no page is eligible to be featured in W46.
    expect(report.featured).toEqual([])
    const school = verdict(report, "unit-weekly-posts", "thcs-lac-son", "2024-W46")
    expect(school).toMatchObject({ required: 1, counted: 1, status: "met", evidence: ["facebook:108_1221"] })
    expect(school?.explanation).toContain("hoa-binh-2024")
    // The example names a Phòng it does not list: an issue, not a failure.
    expect(report.issues.map((issue) => issue.path)).toContain("units[0].parent")
  })

  it("a report serialises to JSON and back unchanged (plain data, no instants as numbers)", () => {
    const report = engine.evaluate(smallProvince(), { period: "2024-W46", now: NOW })
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    expect(report.now).toBe("2024-12-02T08:00:00.000+07:00")
    expect(report.range).toEqual({
      from: "2024-11-11T00:00:00.000+07:00",
      to: "2024-11-18T00:00:00.000+07:00",
      period: "2024-W46",
    })
  })

  it("the same policy, dataset and options give the same report", () => {
    const options = { period: "2024-11", now: NOW } as const
    expect(JSON.stringify(engine.evaluate(smallProvince(), options))).toBe(
      JSON.stringify(engine.evaluate(smallProvince(), options))
    )
  })
})

describe("bad records never throw: each is an issue with its path, the rest is evaluated", () => {
  it("an activity for an unknown unit becomes an issue at activities[i].unit and is left out; the rest counts", () => {
    const dataset = smallProvince()
    const activities = [...dataset.activities]
    activities.splice(1, 0, { id: "facebook:ghost_1", kind: "post", unit: "thcs-ma-quy", at: "2024-11-12T10:00:00+07:00" })
    const report = engine.evaluate({ ...dataset, activities }, { period: "2024-W46", now: NOW })
    expect(report.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "unknown-unit",
        path: "activities[1].unit",
        record: "facebook:ghost_1",
      }),
    ])
    expect(report.issues[0]?.message).toMatch(/^activities\[1\]\.unit: không có đơn vị mã "thcs-ma-quy"/)
    expect(verdict(report, "unit-weekly-posts", "thcs-lac-son", "2024-W46")?.status).toBe("met")
    expect(verdict(report, "unit-weekly-posts", "thpt-lac-son", "2024-W46")?.status).toBe("met")
  })

  it("unknown people and channels are issues with their own codes, paths into the dataset as given", () => {
    const dataset = smallProvince()
    const report = engine.evaluate(
      {
        ...dataset,
        activities: [
          { id: "bad-kind", kind: "like", unit: "thcs-lac-son", at: "2024-11-12T10:00:00+07:00" },
          ...dataset.activities,
          { id: "sheet:x", kind: "share", person: "gv-9999", at: "2024-11-12T10:00:00+07:00" },
          { id: "facebook:y", kind: "post", unit: "th-lac-son", channel: "fb-khong-co", at: "2024-11-12T10:00:00+07:00" },
        ],
      },
      { period: "2024-W46", now: NOW }
    )
    const n = dataset.activities.length
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-value", "activities[0].kind"],
      ["unknown-person", `activities[${n + 1}].person`],
      ["unknown-channel", `activities[${n + 2}].channel`],
    ])
    // The post on an unknown channel was left out: the primary school is still short.
    expect(verdict(report, "unit-weekly-posts", "th-lac-son", "2024-W46")?.status).toBe("short")
  })

  it("paths count the dataset's records as given, even after a dropped duplicate or a bad record with the same id", () => {
    const dataset = smallProvince()
    const report = engine.evaluate(
      {
        ...dataset,
        activities: [
          { id: "dup", kind: "post", unit: "th-lac-son", at: "not a time" },
          { id: "dup", kind: "post", unit: "thcs-lac-son", channel: "fb-thcs-lac-son", at: "2024-11-12T10:00:00+07:00" },
          { id: "dup", kind: "post", unit: "thcs-lac-son", at: "2024-11-12T11:00:00+07:00" },
          { id: "ghost", kind: "post", unit: "nowhere", at: "2024-11-12T10:00:00+07:00" },
        ],
      },
      { period: "2024-W46", now: NOW }
    )
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-instant", "activities[0].at"],
      ["duplicate-id", "activities[2].id"],
      ["unknown-unit", "activities[3].unit"],
    ])
  })

  it("a dataset that is not an object, or lacks its lists, gives issues and an empty evaluation — never an exception", () => {
    expect(engine.evaluate(null, { period: "2024-W46", now: NOW }).issues).toEqual([
      expect.objectContaining({ severity: "error", code: "invalid-type", path: "" }),
    ])
    const report = engine.evaluate({ units: smallProvince().units }, { period: "2024-W46", now: NOW })
    expect(report.issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["warning", "missing-list", "people"],
      ["warning", "missing-list", "channels"],
      ["warning", "missing-list", "activities"],
    ])
    expect(verdict(report, "unit-weekly-posts", "thcs-lac-son", "2024-W46")?.status).toBe("short")
  })

  it("completions are read and checked when the dataset is read: an unreadable or incomplete record is an error and is left out", () => {
    const report = engine.evaluate(
      { ...smallProvince(), completions: [{ task: "setup-groups", unit: "x", at: "hôm qua" }, { task: "t" }, { task: "setup-groups", unit: "x", at: "2024-11-04T10:00:00+07:00" }] },
      { period: "2024-W46", now: NOW }
    )
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-instant", "completions[0].at"],
      ["missing-field", "completions[1].unit"],
      ["missing-field", "completions[1].at"],
      ["unknown-unit", "completions[2].unit"],
    ])
  })
})

describe("deadlines: the policy's tasks due in the range, per owner unit (contract v1 deadlines[])", () => {
  const units = (report: Report, task: string) => report.deadlines.filter((entry) => entry.task === task)

  it("a completion at 23:59 on the due day is on time, one at 00:01 the next day late; the rest overdue at now", () => {
    const dataset = smallProvince()
    const schools = (dataset.units ?? []).map((unit) => (unit as { id: string }).id)
    const [first, second] = schools as [string, string]
    const report = engine.evaluate(
      {
        ...dataset,
        completions: [
          { task: "setup-groups", unit: first, at: "2024-11-05T23:59:00+07:00" },
          { task: "setup-groups", unit: second, at: "2024-11-06T00:01:00+07:00" },
        ],
      },
      { from: "2024-11-01", to: "2024-11-08", now: "2024-11-07T08:00:00+07:00" }
    )
    const groups = units(report, "setup-groups")
    expect(groups.find((entry) => entry.unit === first)).toMatchObject({ status: "done-on-time", done: "2024-11-05T23:59:00.000+07:00" })
    expect(groups.find((entry) => entry.unit === second)).toMatchObject({ status: "done-late", done: "2024-11-06T00:01:00.000+07:00" })
    expect(groups.filter((entry) => entry.unit !== first && entry.unit !== second).every((entry) => entry.status === "overdue")).toBe(true)
    expect(groups.map((entry) => entry.unit).sort()).toEqual([...schools].sort())
    expect(groups[0]?.explanation).toContain("chính sách hoa-binh-2024 phiên bản 1.0.0")
    // Only what is due in the range: nothing of 15/11.
    expect(report.deadlines.every((entry) => entry.date === "2024-11-05")).toBe(true)
  })

  it("a completion of a task the policy does not have is a warning with its path in the dataset as given", () => {
    const dataset = smallProvince()
    const unit = ((dataset.units ?? [])[0] as { id: string }).id
    const report = engine.evaluate(
      { ...dataset, completions: [{ task: "t" }, { task: "lap-nhom", unit, at: "2024-11-04T10:00:00+07:00" }] },
      { period: "2024-W45", now: NOW }
    )
    expect(report.issues.filter((issue) => issue.path.startsWith("completions[1]")).map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["warning", "unknown-task", "completions[1].task"],
    ])
  })

  it("include.deadlines: false leaves them out; English explanations with locale en", () => {
    const options = { period: "2024-W46", now: NOW } as const
    expect(engine.evaluate(smallProvince(), { ...options, include: { deadlines: false } }).deadlines).toEqual([])
    const english = engine.evaluate(smallProvince(), { ...options, locale: "en" }).deadlines
    expect(english.length).toBeGreaterThan(0)
    expect(english[0]?.explanation).toMatch(/^Task \S+ \(.*policy hoa-binh-2024 version 1\.0\.0\): due 2024-11-15; not done/)
  })
})

describe("an invalid policy is rejected by createEngine with every problem listed", () => {
  it("throws InvalidPolicyError whose issues and Vietnamese message list every problem", () => {
    const bad = {
      ...hoaBinh2024,
      version: "1.0",
      quotas: [
        { ...hoaBinh2024.quotas[0], minimum: 0 },
        { ...hoaBinh2024.quotas[1], period: "fortnight" },
      ],
    }
    let error: unknown
    try {
      createEngine(bad as never)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InvalidPolicyError)
    const invalid = error as InvalidPolicyError
    expect(invalid._tag).toBe("InvalidPolicyError")
    const paths = invalid.issues.filter((issue) => issue.severity === "error").map((issue) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(["version", "quotas[0].minimum", "quotas[1].period"]))
    expect(invalid.message.split("\n")[0]).toBe(`Bộ quy định (policy) không hợp lệ: ${paths.length} lỗi.`)
    for (const path of paths) expect(invalid.message).toContain(`- ${path}: `)
    expect(invalid.messageEn.split("\n")[0]).toBe(`The policy is invalid: ${paths.length} errors.`)
  })

  it("a valid policy is bound to the engine with its defaults applied", () => {
    const custom = createEngine({
      id: "tinh-x-2025",
      version: "1.0.0",
      name: { vi: "Kế hoạch 2025" },
      quotas: hoaBinh2024.quotas.slice(0, 1),
    })
    expect(custom.policy.timeZone).toBe("Asia/Ho_Chi_Minh")
    expect(custom.policy.channels).toEqual([])
    expect(custom.evaluate(smallProvince(), { period: "2024-W46", now: NOW }).setup).toEqual([])
  })
})

describe("each rule is evaluated over its own periods that overlap the range", () => {
  it('period "2024-11" evaluates monthly rules for November and weekly rules for W44–W48', () => {
    const report = engine.evaluate(smallProvince(), { period: "2024-11", now: NOW })
    const weeks = ["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"]
    expect(report.periods).toEqual([...weeks, "2024-11"])
    expect(report.rules.map((rule) => [rule.id, rule.periods])).toEqual([
      ["unit-weekly-posts", weeks],
      ["district-office-weekly-posts", weeks],
      ["department-weekly-posts", weeks],
      ["party-member-weekly", weeks],
      ["party-member-monthly", ["2024-11"]],
    ])
    const people = engine.evaluate(smallProvince(), { period: "2024-11", now: NOW, people: true })
    expect(weeks.map((week) => verdict(people, "party-member-weekly", "gv-0001", week)?.status)).toEqual([
      "short",
      "met",
      "met",
      "met",
      "met",
    ])
    expect(verdict(people, "party-member-monthly", "gv-0001", "2024-11")).toMatchObject({ counted: 4, status: "met" })
  })

  it("from/to local dates are local midnights, to exclusive; period ids as from/to cover whole periods", () => {
    const byDates = engine.evaluate(smallProvince(), { from: "2024-11-11", to: "2024-11-18", now: NOW })
    expect(byDates.periods).toEqual(["2024-W46", "2024-11"])
    const byWeeks = engine.evaluate(smallProvince(), { from: "2024-W45", to: "2024-W46", now: NOW })
    expect(byWeeks.rules[0]?.periods).toEqual(["2024-W45", "2024-W46"])
    expect(byWeeks.range).toEqual({ from: "2024-11-04T00:00:00.000+07:00", to: "2024-11-18T00:00:00.000+07:00" })
  })

  it("a post at 23:30 on Sunday, local time, counts for that week", () => {
    const report = engine.evaluate(smallProvince(), { period: "2024-W46", now: NOW })
    expect(verdict(report, "unit-weekly-posts", "thpt-lac-son", "2024-W46")?.evidence).toEqual(["facebook:thpt_1"])
  })
})

describe("open vs short depends on now", () => {
  it("a period not ended at now is open while short of its quota, and short once it has ended", () => {
    const during = engine.evaluate(smallProvince(), { period: "2024-W46", now: "2024-11-14T12:00:00+07:00" })
    expect(verdict(during, "district-office-weekly-posts", "pgd-lac-son", "2024-W46")?.status).toBe("open")
    expect(verdict(during, "unit-weekly-posts", "thcs-lac-son", "2024-W46")?.status).toBe("met")
    const after = engine.evaluate(smallProvince(), { period: "2024-W46", now: "2024-11-18T00:00:00+07:00" })
    expect(verdict(after, "district-office-weekly-posts", "pgd-lac-son", "2024-W46")).toMatchObject({
      status: "short",
      counted: 2,
      required: 3,
    })
  })
})

describe("locale", () => {
  it("explanations and issue messages are Vietnamese by default and English with locale en", () => {
    const dataset = {
      ...smallProvince(),
      activities: [{ id: "g", kind: "post", unit: "ghost", at: "2024-11-12T10:00:00+07:00" }],
    }
    const vi = engine.evaluate(dataset, { period: "2024-W46", now: NOW })
    const en = engine.evaluate(dataset, { period: "2024-W46", now: NOW, locale: "en" })
    expect(vi.locale).toBe("vi")
    expect(verdict(vi, "unit-weekly-posts", "th-lac-son", "2024-W46")?.explanation).toContain("Quy định")
    expect(verdict(en, "unit-weekly-posts", "th-lac-son", "2024-W46")?.explanation).toMatch(/^Rule /)
    expect(vi.issues[0]?.message).toContain("không có đơn vị")
    expect(en.issues[0]?.message).toBe(en.issues[0]?.messageEn)
    expect(en.issues[0]?.message).toContain("there is no unit")
    expect(en.rules[0]?.title).toBe("Each school or unit posts at least 1 item a week on its Facebook Page")
    const setup = (report: Report) =>
      report.setup.find((entry) => entry.unit === "thcs-lac-son" && entry.requirement === "unit-zalo-group")
    expect(setup(vi)?.explanation).toContain("chưa có Nhóm Zalo")
    expect(setup(en)?.explanation).toContain("has no Zalo group")
  })
})

describe("privacy: reports aggregate by unit unless asked", () => {
  it("per-person verdicts are left out of quotas by default; person rules appear through roll-ups per unit", () => {
    const report = engine.evaluate(smallProvince(), { period: "2024-W46", now: NOW })
    expect(report.people).toBe(false)
    expect(report.quotas.some((q) => "person" in q.subject)).toBe(false)
    expect(rollup(report, "thcs-lac-son", "party-member-weekly", "2024-W46")).toMatchObject({ subjects: 2, met: 1, short: 1 })
    expect(rollup(report, "so-gddt", "party-member-weekly", "2024-W46")).toMatchObject({ subjects: 2, met: 1, short: 1 })
    expect(report.totals.find((row) => row.rule === "party-member-weekly")).toEqual({
      rule: "party-member-weekly",
      period: "2024-W46",
      subjects: 2,
      met: 1,
      short: 1,
      open: 0,
      exempt: 0,
      rate: 0.5,
    })
    expect(JSON.stringify(report)).not.toContain("0301234567")
  })

  it("with people: true the per-person verdicts are in quotas, by person id only — never a name or a phone number", () => {
    const report = engine.evaluate(smallProvince(), { period: "2024-W46", now: NOW, people: true })
    expect(report.people).toBe(true)
    expect(verdict(report, "party-member-weekly", "gv-0002", "2024-W46")).toMatchObject({ status: "short", unit: "thcs-lac-son" })
    const text = JSON.stringify(report)
    expect(text).not.toContain("0301234567")
    expect(text).not.toContain("Bùi Văn Nam")
  })
})

describe("roll-ups, peers and the setup audit", () => {
  it("roll-ups: the Sở and each Phòng for unit rules (a school's own row would repeat its verdict), every unit for person rules", () => {
    const report = engine.evaluate(smallProvince(), { period: "2024-W46", now: NOW })
    const units = (rule: string) => report.rollups.filter((row) => row.rule === rule).map((row) => row.unit)
    expect(units("unit-weekly-posts")).toEqual(["so-gddt", "pgd-lac-son"])
    expect(rollup(report, "pgd-lac-son", "unit-weekly-posts", "2024-W46")).toMatchObject({
      subjects: 2,
      met: 1,
      short: 1,
      rate: 0.5,
    })
    expect(rollup(report, "so-gddt", "unit-weekly-posts", "2024-W46")).toMatchObject({ subjects: 3, met: 2, short: 1 })
    expect(units("party-member-weekly")).toEqual(["so-gddt", "pgd-lac-son", "thcs-lac-son"])
  })

  it("peers compare units with units of the same kind, without ranks of single units", () => {
    const report = engine.evaluate(smallProvince(), { period: "2024-W46", now: NOW })
    const schools = report.peers.filter((group) => group.rule === "unit-weekly-posts")
    expect(schools.map((group) => [group.kind, group.units, group.met])).toEqual([
      ["primary", 1, 0],
      ["lower-secondary", 1, 1],
      ["upper-secondary", 1, 1],
    ])
    expect(Object.keys(schools[0] ?? {})).not.toContain("standings")
  })

  it("the setup audit runs on the range's last day, or on the day of now while the range runs", () => {
    expect(engine.evaluate(smallProvince(), { period: "2024-W46", now: NOW }).setupOn).toBe("2024-11-17")
    expect(engine.evaluate(smallProvince(), { period: "2024-W46", now: "2024-11-13T09:00:00+07:00" }).setupOn).toBe("2024-11-13")
    const report = engine.evaluate(smallProvince(), { period: "2024-W46", now: NOW, setupOn: "2024-11-16" })
    expect(report.setupOn).toBe("2024-11-16")
    expect(report.setup.find((entry) => entry.unit === "thcs-lac-son" && entry.requirement === "unit-zalo-group")?.status).toBe(
      "missing"
    )
  })

  it("include turns parts of the report off; evidence: false empties the evidence lists", () => {
    const report = engine.evaluate(smallProvince(), {
      period: "2024-W46",
      now: NOW,
      include: { setup: false, rollups: false, peers: false, evidence: false },
    })
    expect([report.setup, report.rollups, report.peers]).toEqual([[], [], []])
    expect(report.setupOn).toBeUndefined()
    expect(report.quotas.length).toBeGreaterThan(0)
    expect(report.quotas.every((q) => q.evidence.length === 0)).toBe(true)
  })
})

describe("options are the caller's arguments: unreadable ones throw, with every problem listed", () => {
  it("throws InvalidOptionsError listing each problem with its path", () => {
    const dataset: Dataset = smallProvince()
    const problems = (options: unknown): ReadonlyArray<string> => {
      try {
        engine.evaluate(dataset, options as never)
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOptionsError)
        return (error as InvalidOptionsError).issues.map((issue) => `${issue.code} ${issue.path}`)
      }
      return []
    }
    expect(problems({ period: "2024-W46" })).toEqual(["missing-field options.now"])
    expect(problems({ period: "2024-W60", now: "hôm nay" })).toEqual([
      "invalid-instant options.now",
      "invalid-period options.period",
    ])
    expect(problems({ now: NOW })).toEqual(["missing-range options"])
    expect(problems({ period: "2024-W46", from: "2024-11-01", to: "2024-12-01", now: NOW })).toEqual([
      "conflicting-range options",
    ])
    expect(problems({ from: "2024-12-01", to: "2024-11-01", now: NOW })).toEqual(["empty-range options.to"])
    expect(problems({ period: "2024-W46", now: NOW, peopel: true })).toEqual(["unrecognized-keys options"])
  })

  it("the error message is Vietnamese, one problem a line", () => {
    expect(() => engine.evaluate(smallProvince(), { period: "tuần 46", now: NOW })).toThrow(
      /^Tùy chọn đánh giá \(options\) không hợp lệ: 1 lỗi\.\n- options\.period: mã kỳ "tuần 46" không hợp lệ/
    )
  })
})

describe("engine.prepare reads a dataset once for several evaluations", () => {
  it("a prepared dataset evaluates exactly like the dataset itself", () => {
    const dataset = smallProvince()
    const prepared = engine.prepare(dataset)
    for (const period of ["2024-W45", "2024-W46", "2024-11"]) {
      expect(engine.evaluate(prepared, { period, now: NOW })).toEqual(engine.evaluate(dataset, { period, now: NOW }))
    }
  })
})

describe("quota exemptions that name a calendar holiday", () => {
  it("a province that adds { holiday: \"lunar-new-year\" } owes nothing in the Tết week of 2025 (25/01–02/02)", () => {
    const policy = {
      ...hoaBinh2024,
      id: "tinh-co-nghi-tet",
      quotas: hoaBinh2024.quotas.map((rule) => ({ ...rule, exemptions: [{ holiday: "lunar-new-year" }] })),
    }
    const report = createEngine(policy).evaluate(smallProvince(), { period: "2025-W05", now: "2025-03-01T00:00:00+07:00" })
    expect(report.quotas.length).toBeGreaterThan(0)
    expect(report.quotas.every((result) => result.status === "exempt")).toBe(true)
    expect(report.quotas[0]?.explanation).toContain("Tết Âm lịch Ất Tỵ")
    // The plan's own preset names no exemption: the same week is owed.
    const plain = engine.evaluate(smallProvince(), { period: "2025-W05", now: "2025-03-01T00:00:00+07:00" })
    expect(plain.quotas.some((result) => result.status === "short")).toBe(true)
  })
})

describe("moderation metrics per unit (from the dataset's incidents)", () => {
  const incident = (id: string, unit: string, category: string, detected: string, events: ReadonlyArray<{ type: string; at: string; by?: string }>) => ({
    id,
    unit,
    category,
    detectedAt: detected,
    events: [{ type: "detected", at: detected }, ...events],
  })
  const dataset = () => ({
    ...smallProvince(),
    incidents: [
      // An insult hidden after 30 minutes: within "hide within 1 hour".
      incident("vv-1", "thcs-lac-son", "insult", "2024-11-12T09:00:00+07:00", [
        { type: "triaged", at: "2024-11-12T09:10:00+07:00", by: "gv-0001" },
        { type: "hidden", at: "2024-11-12T09:30:00+07:00", by: "gv-0001" },
      ]),
      // Spam hidden after 2 hours: the 1-hour target is breached.
      incident("vv-2", "th-lac-son", "spam", "2024-11-13T20:00:00+07:00", [{ type: "hidden", at: "2024-11-13T22:00:00+07:00" }]),
      // A teacher-ethics case still open, with a complaint on its 48-hour clock.
      incident("vv-3", "thpt-lac-son", "teacher-ethics", "2024-11-14T08:00:00+07:00", [{ type: "complaint", at: "2024-11-14T09:00:00+07:00" }]),
      // Bad records: an unknown unit, and an event with an unreadable time.
      incident("vv-4", "truong-khong-co", "spam", "2024-11-14T08:00:00+07:00", []),
      incident("vv-5", "thcs-lac-son", "spam", "2024-11-15T08:00:00+07:00", [{ type: "hidden", at: "hôm sau" }]),
    ],
  })

  it("counts cases, actions and SLA clocks per unit and up the tree, for cases detected in the range", () => {
    const report = engine.evaluate(dataset(), { period: "2024-W46", now: NOW })
    const row = (unit: string) => report.moderation.find((entry) => entry.unit === unit)
    // vv-5's hide was unreadable and is left out: its 1-hour clock has run out by now.
    expect(row("thcs-lac-son")).toMatchObject({ incidents: 2, actioned: 1, met: 1, breaches: 1, medianMinutesToAction: 30 })
    expect(row("th-lac-son")).toMatchObject({ incidents: 1, actioned: 1, met: 0, breaches: 1, metShare: 0 })
    expect(row("thpt-lac-son")).toMatchObject({ incidents: 1, actioned: 0, open: 1 })
    // The Phòng's row is its schools' cases; the Sở's, everything.
    expect(row("pgd-lac-son")).toMatchObject({ incidents: 3, actioned: 2, met: 1, breaches: 2, metShare: 0.333 })
    expect(row("so-gddt")?.incidents).toBe(4)
    expect(ReportSchema.parse(report).moderation).toEqual(report.moderation)
  })

  it("a bad incident record or event is an issue with its path; the rest is evaluated", () => {
    const report = engine.evaluate(dataset(), { period: "2024-W46", now: NOW })
    const paths = report.issues.filter((issue) => issue.path.startsWith("incidents")).map((issue) => [issue.code, issue.path])
    expect(paths).toContainEqual(["unknown-unit", "incidents[3].unit"])
    expect(paths.some(([code, path]) => code === "invalid-instant" && path === "incidents[4].events[1].at")).toBe(true)
  })

  it("a range without cases, or include.moderation: false, gives no rows; no person appears in them", () => {
    expect(engine.evaluate(dataset(), { period: "2024-W50", now: "2024-12-20T00:00:00+07:00" }).moderation).toEqual([])
    expect(engine.evaluate(dataset(), { period: "2024-W46", now: NOW, include: { moderation: false } }).moderation).toEqual([])
    expect(JSON.stringify(engine.evaluate(dataset(), { period: "2024-W46", now: NOW }).moderation)).not.toContain("gv-0001")
  })
})
