import { buildHierarchy } from "@lantoa/hierarchy"
import {
  moderationMetrics,
  parseIncidents,
  type Incident,
  type IncidentEventInput,
  type IncidentRecord,
  type ModerationUnitMetrics,
} from "@lantoa/moderation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { SLAS, authority24h, build, complaint48h, hideWithin1h, insultRule, ms, teacherEthicsRule, vn } from "./incidentFixtures.js"

// The Sở; the Phòng Lạc Sơn until 30 June 2025; the commune after it; a
// THCS and a kindergarten moving from one to the other; a THPT under the Sở.
const { hierarchy } = buildHierarchy({
  units: [
    { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so", validTo: "2025-06-30" },
    { id: "xa-lac-son", name: "UBND xã Lạc Sơn", kind: "commune", parent: "so", validFrom: "2025-07-01" },
    {
      id: "thcs-lac-son",
      name: "Trường THCS Lạc Sơn",
      kind: "lower-secondary",
      parents: [
        { unit: "pgd-lac-son", validTo: "2025-06-30" },
        { unit: "xa-lac-son", validFrom: "2025-07-01" },
      ],
    },
    {
      id: "mn-hoa-ban",
      name: "Trường Mầm non Hoa Ban",
      kind: "kindergarten",
      parents: [
        { unit: "pgd-lac-son", validTo: "2025-06-30" },
        { unit: "xa-lac-son", validFrom: "2025-07-01" },
      ],
    },
    { id: "thpt-lac-son", name: "Trường THPT Lạc Sơn", kind: "upper-secondary", parent: "so" },
  ],
})

/** A case detected at `detected` and first acted on `minutes` later (or never). */
const acted = (id: string, unit: string, detected: string, minutes: number | undefined, ...more: ReadonlyArray<IncidentEventInput>): Incident => {
  const events: Array<IncidentEventInput> = []
  if (minutes !== undefined) events.push({ type: "hidden", at: ms(detected) + minutes * 60_000, by: "gv-0001" })
  return build({ id, unit, detectedAt: vn(detected) }, ...events, ...more)
}

const row = (rows: ReadonlyArray<ModerationUnitMetrics>, unit: string): ModerationUnitMetrics => {
  const found = rows.find((r) => r.unit === unit)
  if (found === undefined) throw new Error(`no row for ${unit}`)
  return found
}

describe("moderationMetrics: per unit", () => {
  const incidents = [
    acted("vv-1", "thcs-lac-son", "2024-11-12 09:00", 10),
    acted("vv-2", "thcs-lac-son", "2024-11-12 10:00", 20),
    acted("vv-3", "thcs-lac-son", "2024-11-13 09:00", 30, { type: "closed", at: vn("2024-11-13 12:00") }),
    acted("vv-4", "thcs-lac-son", "2024-11-14 09:00", 40),
    acted("vv-5", "thcs-lac-son", "2024-11-15 09:00", 100),
    acted("vv-6", "thcs-lac-son", "2024-11-16 09:00", undefined),
    acted("vv-7", "mn-hoa-ban", "2024-11-16 09:00", 5),
  ]
  const now = vn("2024-12-01 08:00")

  it("counts cases, actioned and open, and the median and 90th percentile minutes to the first action", () => {
    const { units, issues } = moderationMetrics(incidents, { slas: [hideWithin1h], now })
    expect(issues).toEqual([])
    expect(units.map((r) => r.unit)).toEqual(["mn-hoa-ban", "thcs-lac-son"])
    expect(row(units, "thcs-lac-son")).toMatchObject({
      incidents: 6,
      actioned: 5,
      open: 5,
      // 10, 20, 30, 40, 100: the median is 30; the 90th percentile 40 + 0.6 × 60 (PERCENTILE.INC).
      medianMinutesToAction: 30,
      p90MinutesToAction: 76,
    })
  })

  it("the median of an even count is the mean of the two middle values", () => {
    const { units } = moderationMetrics(incidents.slice(0, 4), { slas: [], now })
    expect(row(units, "thcs-lac-son")).toMatchObject({ medianMinutesToAction: 25, p90MinutesToAction: 37 })
  })

  it("counts SLA clocks met, breached and running, and the share met of those decided", () => {
    const { units } = moderationMetrics(incidents, { slas: [hideWithin1h], now })
    // 10, 20, 30, 40 minutes met; 100 minutes breached; vv-6 never hidden: breached.
    expect(row(units, "thcs-lac-son")).toMatchObject({ clocks: 6, met: 4, breaches: 2, running: 0, metShare: 0.667 })
    const early = moderationMetrics(incidents, { slas: [hideWithin1h], now: vn("2024-11-16 09:30") })
    expect(row(early.units, "thcs-lac-son")).toMatchObject({ clocks: 6, met: 4, breaches: 1, running: 1, metShare: 0.8 })
  })

  it("a clock that never started counts nowhere", () => {
    const { units } = moderationMetrics(incidents, { slas: [authority24h, complaint48h], now })
    expect(row(units, "thcs-lac-son")).toMatchObject({ clocks: 0, met: 0, breaches: 0, running: 0, metShare: null })
  })

  it("per category: the policy's categories pick the clocks, and rows come in the policy's order", () => {
    const mixed = [
      ...incidents,
      build(
        { id: "vv-8", category: "teacher-ethics", detectedAt: vn("2024-11-20 09:00") },
        { type: "complaint", at: vn("2024-11-20 10:00") },
        { type: "triaged", at: vn("2024-11-20 11:00") },
        { type: "escalated-internal", at: vn("2024-11-20 15:00") },
      ),
    ]
    const { units } = moderationMetrics(mixed, { slas: SLAS, categories: [teacherEthicsRule, insultRule], now })
    const school = row(units, "thcs-lac-son")
    expect(school.byCategory.map((c) => c.category)).toEqual(["teacher-ethics", "insult"])
    expect(school.byCategory[0]).toMatchObject({ incidents: 1, actioned: 1, clocks: 1, met: 1, metShare: 1, medianMinutesToAction: 360 })
    expect(school.byCategory[1]).toMatchObject({ incidents: 6, clocks: 6, met: 4, breaches: 2 })
    expect(school).toMatchObject({ incidents: 7, clocks: 7, met: 5, breaches: 2 })
  })

  it("a case of a category the policy does not know is counted, with no clock, and reported", () => {
    const spam = build({ id: "vv-9", category: "rumour" }, { type: "hidden", at: vn("2024-11-12 11:00") })
    const { units, issues } = moderationMetrics([spam], { slas: SLAS, categories: [insultRule], now })
    expect(row(units, "thcs-lac-son")).toMatchObject({ incidents: 1, actioned: 1, clocks: 0 })
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path, issue.record])).toEqual([
      ["warning", "unknown-category", "incidents[0].category", "vv-9"],
    ])
  })

  it("only cases detected in the range count, and a case detected after now has not happened", () => {
    const week = moderationMetrics(incidents, { slas: [], now, period: "2024-W46" })
    expect(row(week.units, "thcs-lac-son").incidents).toBe(6)
    const day = moderationMetrics(incidents, { slas: [], now, from: "2024-11-12", to: "2024-11-13" })
    expect(day.units.map((r) => [r.unit, r.incidents])).toEqual([["thcs-lac-son", 2]])
    const before = moderationMetrics(incidents, { slas: [], now: vn("2024-11-12 09:59") })
    expect(before.units.map((r) => [r.unit, r.incidents, r.actioned])).toEqual([["thcs-lac-son", 1, 1]])
  })

  it("events after now are not counted yet", () => {
    const { units } = moderationMetrics(incidents, { slas: [], now: vn("2024-11-13 09:10") })
    expect(row(units, "thcs-lac-son")).toMatchObject({ incidents: 3, actioned: 2, open: 3, medianMinutesToAction: 15 })
  })

  it("a range given both ways, or half of one, is a programming error", () => {
    expect(() => moderationMetrics([], { slas: [], now, period: "2024-11", from: "2024-11-01", to: "2024-12-01" })).toThrow(RangeError)
    expect(() => moderationMetrics([], { slas: [], now, from: "2024-11-01" })).toThrow(RangeError)
    expect(() => moderationMetrics([], { slas: [], now: "sáng nay" })).toThrow(RangeError)
  })

  it("no cases: no rows without a hierarchy", () => {
    expect(moderationMetrics([], { slas: SLAS, now })).toEqual({ units: [], issues: [] })
  })
})

describe("moderationMetrics: rolled up the hierarchy", () => {
  const now = vn("2025-08-01 08:00")
  const june = acted("vv-june", "thcs-lac-son", "2025-06-20 09:00", 30)
  const july = acted("vv-july", "mn-hoa-ban", "2025-07-10 09:00", 90)
  const thpt = acted("vv-thpt", "thpt-lac-son", "2025-07-11 09:00", undefined)

  it("every unit of the tree is listed in tree order, those without cases with zeros and nulls", () => {
    const { units } = moderationMetrics([july], { slas: [hideWithin1h], now, period: "2025-07", hierarchy })
    expect(units.map((r) => r.unit)).toEqual(["so", "thpt-lac-son", "xa-lac-son", "mn-hoa-ban", "thcs-lac-son"])
    expect(row(units, "thcs-lac-son")).toEqual({
      unit: "thcs-lac-son",
      incidents: 0,
      actioned: 0,
      open: 0,
      medianMinutesToAction: null,
      p90MinutesToAction: null,
      clocks: 0,
      met: 0,
      breaches: 0,
      running: 0,
      metShare: null,
      byCategory: [],
    })
  })

  it("a case counts for its unit and every unit above it on its detection date", () => {
    const { units, issues } = moderationMetrics([june, july, thpt], { slas: [hideWithin1h], now, hierarchy })
    expect(issues).toEqual([])
    const counts = (unit: string) => [row(units, unit).incidents, row(units, unit).actioned, row(units, unit).breaches]
    expect(counts("so")).toEqual([3, 2, 2])
    expect(counts("pgd-lac-son")).toEqual([1, 1, 0]) // June: the school reported to the Phòng
    expect(counts("xa-lac-son")).toEqual([1, 1, 1]) // July: the kindergarten reports to the commune
    expect(counts("thpt-lac-son")).toEqual([1, 0, 1])
    expect(row(units, "so")).toMatchObject({ medianMinutesToAction: 60, metShare: 0.333 })
    // The tree of today lists the units of today; the dissolved Phòng comes after, by id.
    expect(units.map((r) => r.unit)).toEqual(["so", "thpt-lac-son", "xa-lac-son", "mn-hoa-ban", "thcs-lac-son", "pgd-lac-son"])
  })

  it("a roll-up equals the sum of its parts", () => {
    const { units } = moderationMetrics([june, july, thpt], { slas: [hideWithin1h], now, period: "2025-07", hierarchy })
    const so = row(units, "so")
    const parts = ["thpt-lac-son", "xa-lac-son"].map((unit) => row(units, unit))
    for (const key of ["incidents", "actioned", "open", "clocks", "met", "breaches", "running"] as const) {
      expect(so[key]).toBe(parts.reduce((sum, part) => sum + part[key], 0))
    }
  })

  it("a case of a unit not in the tree counts for that unit only, with a warning", () => {
    const stray = acted("vv-x", "th-khong-co", "2025-07-12 09:00", 5)
    const { units, issues } = moderationMetrics([stray], { slas: [], now, hierarchy })
    expect(row(units, "th-khong-co").incidents).toBe(1)
    expect(row(units, "so").incidents).toBe(0)
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["unknown-unit", "incidents[0].unit"]])
  })

  it("rows carry no person: metrics aggregate by unit only", () => {
    const { units } = moderationMetrics([june, july], { slas: SLAS, now, hierarchy })
    expect(JSON.stringify(units)).not.toMatch(/gv-0001|ht-0001/)
  })
})

describe("moderationMetrics: properties", () => {
  const UNITS = ["thcs-lac-son", "mn-hoa-ban", "thpt-lac-son"] as const
  const CATEGORIES = ["insult", "teacher-ethics", "spam"] as const
  const STEPS = ["triaged", "hidden", "rebutted", "escalated-internal", "closed", "complaint", "authority-request"] as const

  // Wire records, so that events can be given in any order; distinct
  // minutes keep the trail's order a matter of time alone.
  const record = (id: number): fc.Arbitrary<IncidentRecord> =>
    fc
      .record({
        unit: fc.constantFrom(...UNITS),
        category: fc.constantFrom(...CATEGORIES),
        day: fc.integer({ min: 0, max: 40 }),
        steps: fc.uniqueArray(fc.record({ type: fc.constantFrom(...STEPS), minute: fc.integer({ min: 1, max: 6000 }) }), {
          maxLength: 6,
          selector: (step) => step.minute,
        }),
      })
      .map(({ unit, category, day, steps }) => {
        const detected = ms("2025-06-15 08:00") + day * 86_400_000
        return {
          id: `vv-${id}`,
          unit,
          category,
          detectedAt: new Date(detected).toISOString(),
          events: steps.map((step) => ({ type: step.type, at: new Date(detected + step.minute * 60_000).toISOString() })),
        }
      })

  const dataset = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => record(k))))

  const options = {
    slas: SLAS,
    categories: [insultRule, teacherEthicsRule, { ...insultRule, id: "spam", slas: ["hide-within-1h"] }],
    now: vn("2025-07-20 12:00"),
    hierarchy,
  }

  it("metrics do not depend on the order of the cases, nor of the events within them", () => {
    fc.assert(
      fc.property(dataset, fc.integer(), (records, seed) => {
        const shuffle = <A>(items: ReadonlyArray<A>, salt: number): Array<A> =>
          items
            .map((item, k) => ({ item, key: Math.sin(seed + salt * 31 + k * 7919) }))
            .sort((a, b) => a.key - b.key)
            .map(({ item }) => item)
        const given = parseIncidents(records).incidents
        const reordered = parseIncidents(
          shuffle(records, 1).map((r, k) => ({ ...r, events: shuffle(r.events ?? [], k + 2) })),
        ).incidents
        expect(moderationMetrics(reordered, options).units).toEqual(moderationMetrics(given, options).units)
      }),
    )
  })

  it("shares are within [0, 1], and the counts add up", () => {
    fc.assert(
      fc.property(dataset, (records) => {
        const { units } = moderationMetrics(parseIncidents(records).incidents, options)
        for (const r of [...units, ...units.flatMap((u) => u.byCategory)]) {
          if (r.metShare !== null) {
            expect(r.metShare).toBeGreaterThanOrEqual(0)
            expect(r.metShare).toBeLessThanOrEqual(1)
          }
          expect(r.clocks).toBe(r.met + r.breaches + r.running)
          expect(r.actioned).toBeLessThanOrEqual(r.incidents)
          expect(r.open).toBeLessThanOrEqual(r.incidents)
          if (r.medianMinutesToAction !== null && r.p90MinutesToAction !== null)
            expect(r.medianMinutesToAction).toBeLessThanOrEqual(r.p90MinutesToAction)
          expect(r.medianMinutesToAction === null).toBe(r.actioned === 0)
        }
        for (const u of units) {
          expect(u.byCategory.reduce((sum, c) => sum + c.incidents, 0)).toBe(u.incidents)
        }
      }),
    )
  })
})
