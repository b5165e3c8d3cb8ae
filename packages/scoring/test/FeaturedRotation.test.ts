import { rotateFeatured, rotationForWeeks, type FeaturedHistoryEntry, type FeaturedPage, type FeaturedPick } from "@lantoa/scoring"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { OFFICE_PAGE_COUNT, SCHOOL_PAGE_COUNT, provincePages } from "./featuredFixtures.js"

const facts = { active: true, metLastWeek: true, openIncident: false } as const

const school = (channel: string, office: string | undefined, extra: Partial<FeaturedPage> = {}): FeaturedPage => ({
  channel,
  unit: channel.replace(/^fb-/, ""),
  kind: "primary",
  ...(office === undefined ? {} : { office, officeName: office === "pgd-lac-son" ? "Phòng GD&ĐT Lạc Sơn" : "Phòng GD&ĐT Cao Phong" }),
  ...facts,
  ...extra,
})

const office = (channel: string, extra: Partial<FeaturedPage> = {}): FeaturedPage => ({
  channel,
  unit: channel.replace(/^fb-/, ""),
  kind: "district-office",
  ...facts,
  ...extra,
})

const channels = (picks: ReadonlyArray<FeaturedPick>): ReadonlyArray<string> => picks.map((pick) => pick.channel)

/** Contract v1's `featured[]` entry (packages/engine Report), restated: scoring must not import the engine. */
interface ContractFeatured {
  readonly week: string
  readonly channel: string
  readonly reason: string
}

describe("rotateFeatured: the week's picks and their reasons", () => {
  it("picks one Phòng page and two school pages, each with its reason in Vietnamese", () => {
    const rotation = rotateFeatured(
      [
        office("fb-pgd-lac-son", { name: "Phòng GD&ĐT Lạc Sơn" }),
        school("fb-th-chieng-chau", "pgd-cao-phong", { name: "Trường Tiểu học Chiềng Châu" }),
        school("fb-thcs-lac-son", "pgd-lac-son", { name: "Trường THCS Lạc Sơn", kind: "lower-secondary" }),
      ],
      [],
      { week: "2024-W47", schoolPages: 2, officePages: 1 },
    )
    expect(rotation.picks).toEqual([
      {
        week: "2024-W47",
        channel: "fb-pgd-lac-son",
        unit: "pgd-lac-son",
        slot: "office",
        lastFeatured: null,
        reason:
          'Trang "Phòng GD&ĐT Lạc Sơn" được chọn lan tỏa tuần 47 năm 2024 (18/11/2024 – 24/11/2024): trang Phòng Giáo dục và Đào tạo; chưa từng được chọn; đạt chỉ tiêu đăng bài tuần trước, không có sự cố kiểm duyệt đang xử lý.',
      },
      {
        week: "2024-W47",
        channel: "fb-th-chieng-chau",
        unit: "th-chieng-chau",
        slot: "school",
        lastFeatured: null,
        office: "pgd-cao-phong",
        reason:
          'Trang "Trường Tiểu học Chiềng Châu" được chọn lan tỏa tuần 47 năm 2024 (18/11/2024 – 24/11/2024): trang đơn vị, trường học (Trường Tiểu học); chưa từng được chọn; đạt chỉ tiêu đăng bài tuần trước, không có sự cố kiểm duyệt đang xử lý; là trang duy nhất thuộc Phòng GD&ĐT Cao Phong trong tuần.',
      },
      {
        week: "2024-W47",
        channel: "fb-thcs-lac-son",
        unit: "thcs-lac-son",
        slot: "school",
        lastFeatured: null,
        office: "pgd-lac-son",
        reason:
          'Trang "Trường THCS Lạc Sơn" được chọn lan tỏa tuần 47 năm 2024 (18/11/2024 – 24/11/2024): trang đơn vị, trường học (Trường Trung học cơ sở); chưa từng được chọn; đạt chỉ tiêu đăng bài tuần trước, không có sự cố kiểm duyệt đang xử lý; cùng thuộc Phòng GD&ĐT Lạc Sơn với một trang khác trong tuần vì không còn trang nào cùng lượt thuộc đơn vị khác.',
      },
    ])
    expect(rotation.shortfall).toEqual({ school: 0, office: 0 })
    const contract: ReadonlyArray<ContractFeatured> = rotation.picks
    expect(contract).toHaveLength(3)
  })

  it("writes reasons in English with locale en", () => {
    const rotation = rotateFeatured([school("fb-th-a", "pgd-lac-son", { name: "Trường Tiểu học A" })], [{ week: "2024-W40", channel: "fb-th-a" }], {
      week: "2024-W47",
      schoolPages: 1,
      officePages: 0,
      locale: "en",
    })
    expect(rotation.picks[0]?.reason).toBe(
      'Page "Trường Tiểu học A" featured for week 47 of 2024 (2024-11-18 – 2024-11-24): a school page (Primary school); last featured in week 40 of 2024; no eligible page has waited longer; met last week\'s posting quota, no open moderation incident; the only page under Phòng GD&ĐT Lạc Sơn this week.',
    )
  })

  it("only eligible pages: active, quota met last week, no open incident, of a kind that fills a slot", () => {
    const rotation = rotateFeatured(
      [
        school("fb-th-a", undefined, { active: false }),
        school("fb-th-b", undefined, { metLastWeek: false }),
        school("fb-th-c", undefined, { openIncident: true, name: "Trường Tiểu học C" }),
        school("fb-th-d", undefined),
        { channel: "fb-so", unit: "so", kind: "department", ...facts },
        office("fb-pgd-x", { metLastWeek: false, openIncident: true }),
      ],
      [],
      { week: "2024-W47" },
    )
    expect(channels(rotation.picks)).toEqual(["fb-th-d"])
    expect(rotation.shortfall).toEqual({ school: 1, office: 1 })
    expect(rotation.ineligible.map((page) => [page.channel, page.reasons])).toEqual([
      ["fb-pgd-x", ["quota-not-met-last-week", "open-incident"]],
      ["fb-so", ["not-featured-kind"]],
      ["fb-th-a", ["inactive"]],
      ["fb-th-b", ["quota-not-met-last-week"]],
      ["fb-th-c", ["open-incident"]],
    ])
    expect(rotation.ineligible[4]?.explanation).toBe('Trang "Trường Tiểu học C" chưa được xét tuần 47 năm 2024: đang có sự cố kiểm duyệt chưa xử lý xong.')
    const relaxed = rotateFeatured([school("fb-th-b", undefined, { metLastWeek: false })], [], { week: "2024-W47", requireMetLastWeek: false })
    expect(channels(relaxed.picks)).toEqual(["fb-th-b"])
    expect(relaxed.picks[0]?.reason).not.toContain("đạt chỉ tiêu")
  })

  it("least recently featured first: never featured, then the one featured longest ago", () => {
    const pages = ["a", "b", "c", "d"].map((id) => school(`fb-th-${id}`, undefined))
    const history: Array<FeaturedHistoryEntry> = [
      { week: "2024-W40", channel: "fb-th-a" },
      { week: "2024-W44", channel: "fb-th-a" },
      { week: "2024-W41", channel: "fb-th-b" },
      { week: "2024-W42", channel: "fb-th-c" },
    ]
    expect(channels(rotateFeatured(pages, history, { week: "2024-W47", schoolPages: 2, officePages: 0 }).picks)).toEqual(["fb-th-d", "fb-th-b"])
    expect(rotateFeatured(pages, history, { week: "2024-W47", schoolPages: 2 }).picks[1]?.lastFeatured).toBe("2024-W41")
  })

  it("history of this week or later is ignored, so a week can be run again", () => {
    const pages = ["a", "b"].map((id) => school(`fb-th-${id}`, undefined))
    const first = rotateFeatured(pages, [], { week: "2024-W47", schoolPages: 1 })
    const again = rotateFeatured(pages, [...first.picks, { week: "2024-W50", channel: "fb-th-b" }], { week: "2024-W47", schoolPages: 1 })
    expect(again).toEqual(first)
  })

  it("spreads school pages across Phòng, the featured Phòng page included, when pages are equally due", () => {
    const pages = [
      office("fb-pgd-lac-son"),
      school("fb-th-ls-1", "pgd-lac-son"),
      school("fb-th-ls-2", "pgd-lac-son"),
      school("fb-th-ls-3", "pgd-lac-son"),
      school("fb-th-cp-1", "pgd-cao-phong"),
      school("fb-thpt-1", undefined, { kind: "upper-secondary" }),
    ]
    for (const week of ["2024-W45", "2024-W46", "2024-W47", "2024-W48"]) {
      const picks = rotateFeatured(pages, [], { week }).picks
      const offices = picks.filter((pick) => pick.slot === "school").map((pick) => pick.office)
      expect(offices).not.toContain("pgd-lac-son")
    }
  })

  it("two school pages under one Phòng only when no page equally due under another office is left", () => {
    const pages = [school("fb-th-ls-1", "pgd-lac-son"), school("fb-th-ls-2", "pgd-lac-son"), school("fb-th-cp-1", "pgd-cao-phong")]
    // fb-th-cp-1 was featured before: the rotation's promise (everyone before anyone repeats) comes first.
    const picks = rotateFeatured(pages, [{ week: "2024-W40", channel: "fb-th-cp-1" }], { week: "2024-W47" }).picks
    expect(channels(picks).slice().sort()).toEqual(["fb-th-ls-1", "fb-th-ls-2"])
    expect(picks[1]?.reason).toContain("cùng thuộc Phòng GD&ĐT Lạc Sơn với một trang khác trong tuần")
  })

  it("ties are broken by a seeded hash of the week and the page, not by input order or id", () => {
    const pages = Array.from({ length: 12 }, (_, k) => school(`fb-th-${String(k).padStart(2, "0")}`, undefined))
    const weeks = ["2024-W45", "2024-W46", "2024-W47", "2024-W48", "2024-W49", "2024-W50"]
    const firsts = weeks.map((week) => rotateFeatured(pages, [], { week, schoolPages: 1 }).picks[0]?.channel)
    expect(new Set(firsts).size).toBeGreaterThan(1)
    for (const week of weeks) {
      expect(rotateFeatured([...pages].reverse(), [], { week, schoolPages: 1 })).toEqual(rotateFeatured(pages, [], { week, schoolPages: 1 }))
    }
    const seeded = weeks.map((week) => rotateFeatured(pages, [], { week, schoolPages: 1, seed: "phu-tho-2025" }).picks[0]?.channel)
    expect(seeded).not.toEqual(firsts)
  })

  it("a page listed twice counts once, eligible only if every copy is; conflicting copies are left out", () => {
    const twice = rotateFeatured([school("fb-th-a", undefined), school("fb-th-a", undefined, { openIncident: true })], [], { week: "2024-W47" })
    expect(twice.picks).toEqual([])
    expect(twice.ineligible.map((page) => page.reasons)).toEqual([["open-incident"]])
    const conflicting = rotateFeatured([school("fb-th-a", "pgd-lac-son"), school("fb-th-a", "pgd-cao-phong")], [], { week: "2024-W47" })
    expect(conflicting.ineligible.map((page) => page.reasons)).toEqual([["conflicting-facts"]])
  })

  it("a week that is not an ISO week id, or invalid options, is a programming error", () => {
    expect(() => rotateFeatured([], [], { week: "2024-11" })).toThrow(RangeError)
    expect(() => rotateFeatured([], [], { week: "2024-W47", schoolPages: 3 as never })).toThrow(RangeError)
  })
})

describe("rotationForWeeks: a school year of featured pages", () => {
  const schoolYear = rotationForWeeks(provincePages(), [], { from: "2024-W36", count: 40, schoolPages: 2, officePages: 1 })

  it("runs 40 weeks across the new year, each week's picks joining the history of the next", () => {
    expect(schoolYear.rotations.map((rotation) => rotation.week).slice(15, 19)).toEqual(["2024-W51", "2024-W52", "2025-W01", "2025-W02"])
    expect(schoolYear.featured).toHaveLength(120)
    expect(schoolYear.rotations.every((rotation) => rotation.shortfall.school === 0 && rotation.shortfall.office === 0)).toBe(true)
  })

  it("every eligible page is featured before any page repeats", () => {
    for (const slot of ["school", "office"] as const) {
      const picks = schoolYear.featured.filter((pick) => pick.slot === slot)
      const size = slot === "school" ? SCHOOL_PAGE_COUNT : OFFICE_PAGE_COUNT
      expect(new Set(picks.slice(0, size).map((pick) => pick.channel)).size).toBe(size)
      expect(picks.slice(0, size).every((pick) => pick.lastFeatured === null)).toBe(true)
      // …and later rounds take pages in the order they were last featured.
      const later = picks.slice(size).map((pick) => pick.lastFeatured as string)
      expect(later.length).toBeGreaterThan(0)
      expect(later).toEqual([...later].sort())
    }
    expect(schoolYear.featured.some((pick) => pick.channel === "fb-so")).toBe(false)
  })

  it("no two school pages under one Phòng in a week", () => {
    for (const rotation of schoolYear.rotations) {
      const offices = rotation.picks.filter((pick) => pick.slot === "school" && pick.office !== undefined).map((pick) => pick.office)
      expect(new Set(offices).size).toBe(offices.length)
    }
  })

  it("weeks can be listed, must ascend, and pages may change from week to week", () => {
    const pages = (week: string) => provincePages().map((page) => ({ ...page, metLastWeek: page.channel !== "fb-pgd-01" || week > "2024-W40" }))
    const { featured } = rotationForWeeks(pages, [], { weeks: ["2024-W36", "2024-W37", "2024-W38"], schoolPages: 1 })
    expect(featured.filter((pick) => pick.slot === "office").map((pick) => pick.channel)).not.toContain("fb-pgd-01")
    expect(() => rotationForWeeks(pages, [], { weeks: ["2024-W38", "2024-W37"] })).toThrow(RangeError)
  })
})

describe("rotation properties", () => {
  /** Eligibility that changes week to week, from a seed. */
  const flaky = (seed: number) => (week: string) =>
    provincePages().map((page) => {
      const x = [...`${seed}|${week}|${page.channel}`].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7)
      return { ...page, metLastWeek: (x & 7) !== 0, openIncident: (x & 31) === 1 }
    })

  it("property: no page is picked while an eligible page of its slot has waited longer (never featured waits longest)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom<1 | 2>(1, 2), (seed, schoolPages) => {
        const pagesOf = flaky(seed)
        const { rotations } = rotationForWeeks(pagesOf, [], { from: "2024-W36", count: 36, schoolPages })
        const last = new Map<string, string>()
        for (const rotation of rotations) {
          const eligible = pagesOf(rotation.week).filter((page) => page.metLastWeek && !page.openIncident && page.kind !== "department")
          const picked = new Set(channels(rotation.picks))
          for (const pick of rotation.picks) {
            const waited = last.get(pick.channel) ?? ""
            for (const page of eligible) {
              const isOffice = page.kind === "district-office"
              if (picked.has(page.channel) || isOffice !== (pick.slot === "office")) continue
              expect((last.get(page.channel) ?? "") >= waited).toBe(true)
            }
          }
          for (const pick of rotation.picks) last.set(pick.channel, rotation.week)
        }
      }),
      { numRuns: 25 },
    )
  })

  it("property: over a school year with eligibility changing each week, no page repeats while a page eligible that week was never featured", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom<1 | 2>(1, 2), (seed, schoolPages) => {
        const pagesOf = flaky(seed)
        // Năm học 2024–2025: 35 weeks from the opening week (2024-W36), across the new year.
        const { rotations } = rotationForWeeks(pagesOf, [], { from: "2024-W36", count: 35, schoolPages })
        const featured = new Set<string>()
        let repeats = 0
        for (const rotation of rotations) {
          const eligible = pagesOf(rotation.week).filter((page) => page.metLastWeek && !page.openIncident && page.kind !== "department")
          for (const pick of rotation.picks) {
            if (pick.lastFeatured === null) continue
            repeats++
            const waiting = eligible.filter(
              (page) => (page.kind === "district-office") === (pick.slot === "office") && !featured.has(page.channel),
            )
            // Every page of the slot eligible this week and never featured was picked this very week.
            expect(waiting.every((page) => rotation.picks.some((other) => other.channel === page.channel))).toBe(true)
          }
          for (const pick of rotation.picks) featured.add(pick.channel)
        }
        // The year is long enough for pages to come round again (10 Phòng pages, 55 school pages).
        expect(repeats).toBeGreaterThan(0)
      }),
      { numRuns: 25 },
    )
  })

  it("property: the same pages and history in any order give the same rotation", () => {
    const pages = provincePages()
    const history = rotationForWeeks(pages, [], { from: "2024-W36", count: 8 }).featured.map(({ week, channel }) => ({ week, channel }))
    fc.assert(
      fc.property(
        fc.shuffledSubarray(pages, { minLength: pages.length, maxLength: pages.length }),
        fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length }),
        fc.integer({ min: 44, max: 52 }),
        (shuffledPages, shuffledHistory, week) => {
          const options = { week: `2024-W${week}`, schoolPages: 2 as const }
          expect(rotateFeatured(shuffledPages, shuffledHistory, options)).toEqual(rotateFeatured(pages, history, options))
        },
      ),
      { numRuns: 100 },
    )
  })
})
