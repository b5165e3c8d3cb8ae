import { hoaBinh2024, twoTier2025, validatePolicy, type PolicyInput } from "@lantoa/policy"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const minimal = (): PolicyInput => ({ id: "my-province-2025", version: "1.0.0", name: { vi: "Kế hoạch truyền thông 2025" } })

/** A deep, mutable copy of a preset, to break on purpose. */
const copyOf = (policy: unknown): Record<string, any> => JSON.parse(JSON.stringify(policy))

describe("validatePolicy", () => {
  it("accepts a minimal policy and applies the defaults: zone Asia/Ho_Chi_Minh, locale vi, empty sections", () => {
    const { policy, issues } = validatePolicy(minimal())
    expect(issues).toEqual([])
    expect(policy).toEqual({ ...minimal(), timeZone: "Asia/Ho_Chi_Minh", locale: "vi", quotas: [], channels: [], deadlines: [] })
  })

  it("accepts both presets as they are, and as JSON read back", () => {
    for (const preset of [hoaBinh2024, twoTier2025]) {
      expect(validatePolicy(preset)).toEqual({ policy: preset, issues: [] })
      expect(validatePolicy(copyOf(preset)).policy).toEqual(preset)
    }
  })

  it("a policy with three mistakes gives three issues, each with its path, in Vietnamese and English", () => {
    const input = copyOf(hoaBinh2024)
    input.version = "1.0"
    input.quotas[2].minimum = 0
    input.channels[1].platform = "telegram"
    const { policy, issues } = validatePolicy(input)
    expect(policy).toBeUndefined()
    expect(issues.map((issue) => [issue.path, issue.code, issue.record])).toEqual([
      ["version", "invalid-format", undefined],
      ["quotas[2].minimum", "too-small", "department-weekly-posts"],
      ["channels[1].platform", "invalid-value", "unit-zalo-group"],
    ])
    expect(issues[0]?.message).toBe("version: sai định dạng: phiên bản theo dạng major.minor.patch, ví dụ 1.0.0.")
    expect(issues[0]?.messageEn).toBe("version: invalid format: a version is major.minor.patch, e.g. 1.0.0.")
    expect(issues[1]?.message).toBe("quotas[2].minimum: quá nhỏ: tối thiểu 1.")
    expect(issues.every((issue) => issue.severity === "error" && issue.message !== issue.messageEn)).toBe(true)
  })

  it("lists every problem, never only the first: missing fields, wrong types, bad values across header and sections", () => {
    const input = copyOf(hoaBinh2024)
    delete input.name
    input.locale = "fr"
    input.quotas[0].period = "fortnight"
    input.quotas[4].counts.kinds = []
    delete input.channels[6].platform
    input.channels[2].members[0].scope = "province"
    const { issues } = validatePolicy(input)
    expect(issues.map((issue) => issue.path)).toEqual([
      "name",
      "locale",
      "quotas[0].period",
      "quotas[4].counts.kinds",
      "channels[2].members[0].scope",
      "channels[6].platform",
    ])
    expect(issues[0]?.code).toBe("missing-field")
  })

  it("unknown fields are errors, at any depth and in every section, so that a typo never passes silently", () => {
    const input = copyOf(hoaBinh2024)
    input.owner = "Văn phòng Sở"
    input.quotas[1].minimun = 3
    input.quotas[3].counts.platfroms = ["facebook-page"]
    input.quotas[3].subjects.partyMembers = true
    input.channels[0].admin = []
    const { policy, issues } = validatePolicy(input)
    expect(policy).toBeUndefined()
    expect(issues.map((issue) => [issue.path, issue.code, issue.messageEn])).toEqual([
      ["", "unrecognized-keys", 'unrecognised fields: "owner".'],
      ["quotas[1]", "unrecognized-keys", 'quotas[1]: unrecognised fields: "minimun".'],
      ["quotas[3].subjects", "unrecognized-keys", 'quotas[3].subjects: unrecognised fields: "partyMembers".'],
      ["quotas[3].counts", "unrecognized-keys", 'quotas[3].counts: unrecognised fields: "platfroms".'],
      ["channels[0]", "unrecognized-keys", 'channels[0]: unrecognised fields: "admin".'],
    ])
    expect(issues[1]?.message).toBe('quotas[1]: có trường không được phép: "minimun".')
  })

  it("an unknown field is found even when the same rule has other errors", () => {
    const input = copyOf(hoaBinh2024)
    input.quotas[0].minimum = -1
    input.quotas[0].validForm = "2025-01-01"
    expect(validatePolicy(input).issues.map((issue) => issue.path)).toEqual(["quotas[0].minimum", "quotas[0]"])
  })

  it("rule ids are unique within a section, and the duplicate names the first", () => {
    const input = copyOf(hoaBinh2024)
    input.quotas[4].id = "party-member-weekly"
    input.channels.push(copyOf(hoaBinh2024.channels[0]))
    const { issues } = validatePolicy(input)
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ["quotas[4].id", "duplicate-id"],
      ["channels[7].id", "duplicate-id"],
    ])
    expect(issues[0]?.message).toBe(
      'quotas[4].id: mã quy định định mức "party-member-weekly" đã dùng ở quotas[3]; mỗi mã chỉ được dùng một lần.',
    )
  })

  it("duplicates are reported even when other parts of the policy are invalid", () => {
    const input = copyOf(hoaBinh2024)
    input.version = "one"
    input.channels[1].id = "unit-facebook-page"
    expect(validatePolicy(input).issues.map((issue) => issue.code)).toEqual(["invalid-format", "duplicate-id"])
  })

  it("the time zone must be an IANA zone name", () => {
    for (const timeZone of ["Asia/Hanoi", "GMT+7", "+07:00", ""]) {
      const { issues } = validatePolicy({ ...minimal(), timeZone })
      expect(issues.map((issue) => [issue.path, issue.code]), timeZone).toEqual([["timeZone", "invalid-time-zone"]])
    }
    for (const timeZone of ["Asia/Ho_Chi_Minh", "Asia/Saigon", "Asia/Bangkok", "UTC"]) {
      expect(validatePolicy({ ...minimal(), timeZone }).issues, timeZone).toEqual([])
    }
  })

  it("the school-year table must be coherent: real dates, semesters in order, years that follow one another", () => {
    const year = (id: string, start: string, semester2Start: string, end: string) => ({ id, start, semester2Start, end })
    const bad = validatePolicy({
      ...minimal(),
      schoolYears: [
        year("2024-2025", "2024-09-05", "2024-09-01", "2025-05-31"),
        year("2025-2027", "2025-09-05", "2026-01-19", "2026-05-31"),
        year("2026-2027", "2026-02-30", "2027-01-18", "2027-05-31"),
      ],
    })
    expect(bad.issues.map((issue) => issue.path)).toEqual(["schoolYears[2].start"])
    const incoherent = validatePolicy({
      ...minimal(),
      schoolYears: [
        year("2024-2025", "2024-09-05", "2024-09-01", "2025-05-31"),
        year("2025-2027", "2025-09-05", "2026-01-19", "2026-05-31"),
        year("2024-2025", "2024-09-05", "2025-01-20", "2025-05-31"),
      ],
    })
    expect(incoherent.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ["schoolYears[0].semester2Start", "invalid-school-year"],
      ["schoolYears[1].id", "invalid-school-year"],
      ["schoolYears[2].id", "duplicate-id"],
    ])
    const overlapping = validatePolicy({
      ...minimal(),
      schoolYears: [year("2024-2025", "2024-09-05", "2025-01-20", "2025-10-31")],
    })
    expect(overlapping.issues.map((issue) => issue.path)).toEqual(["schoolYears"])
    expect(overlapping.issues[0]?.message).toContain("các năm học chồng lên nhau")
  })

  it("text not in NFC is a warning, and the policy keeps it in NFC", () => {
    const input = { ...minimal(), name: { vi: "Kế hoạch truyền thông Hòa Bình".normalize("NFD") } }
    const { policy, issues } = validatePolicy(input)
    expect(issues.map((issue) => [issue.severity, issue.path, issue.code])).toEqual([["warning", "name.vi", "not-nfc"]])
    expect(policy?.name.vi).toBe("Kế hoạch truyền thông Hòa Bình")
    expect(policy?.name.vi).toBe(policy?.name.vi.normalize("NFC"))
  })

  it("removing any required field of any rule is reported at that field's path, with the rule's id", () => {
    const required = {
      quotas: ["id", "title", "subjects", "counts", "minimum", "period"],
      channels: ["id", "title", "units", "platform"],
    } as const
    for (const section of ["quotas", "channels"] as const) {
      hoaBinh2024[section].forEach((rule, index) => {
        for (const field of required[section]) {
          const input = copyOf(hoaBinh2024)
          delete input[section][index][field]
          const { policy, issues } = validatePolicy(input)
          expect(policy).toBeUndefined()
          expect(issues.map((issue) => [issue.path, issue.code]), `${section}[${index}].${field}`).toEqual([
            [`${section}[${index}].${field}`, "missing-field"],
          ])
          if (field !== "id") expect(issues[0]?.record).toBe(rule.id)
        }
      })
    }
  })

  it("never throws on any JSON value, and every issue it reports has a path and both languages", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const { policy, issues } = validatePolicy(input)
        expect(policy === undefined).toBe(issues.some((issue) => issue.severity === "error"))
        for (const issue of issues) {
          expect(issue.message.length).toBeGreaterThan(0)
          expect(issue.messageEn.length).toBeGreaterThan(0)
          expect(typeof issue.path).toBe("string")
        }
      }),
      { numRuns: 200 },
    )
  })

  it("never throws, whatever it is given", () => {
    for (const input of [undefined, null, 42, "hoa-binh-2024", [], [hoaBinh2024], { quotas: "none" }]) {
      const { policy, issues } = validatePolicy(input)
      expect(policy).toBeUndefined()
      expect(issues.length).toBeGreaterThan(0)
    }
  })

  it("cross-field rules of each package still hold in a policy: a cap below the minimum, a clause for a kind never audited", () => {
    const input = copyOf(hoaBinh2024)
    input.quotas[1].cap = 2
    input.channels[0].admins[0].forKinds = ["commune"]
    expect(validatePolicy(input).issues.map((issue) => [issue.path, issue.code])).toEqual([
      ["quotas[1].cap", "cap-below-minimum"],
      ["channels[0].admins[0].forKinds", "unreachable-clause"],
    ])
  })
})

describe("quota exemptions that name a holiday", () => {
  it("accepts a holiday the calendar knows, and names the path of one it does not", () => {
    const withTet = { ...copyOf(hoaBinh2024), quotas: hoaBinh2024.quotas.map((rule, index) => (index === 0 ? { ...rule, exemptions: [{ holiday: "lunar-new-year" }] } : rule)) }
    expect(validatePolicy(withTet).issues).toEqual([])
    const typo = { ...withTet, quotas: withTet.quotas.map((rule, index) => (index === 0 ? { ...rule, exemptions: [{ holiday: "tet" }] } : rule)) }
    expect(validatePolicy(typo).issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      [
        "unknown-holiday",
        "quotas[0].exemptions[0].holiday",
        'quotas[0].exemptions[0].holiday: không có ngày lễ "tet"; chỉ nhận: "new-year", "lunar-new-year", "hung-kings", "reunification", "labour", "national-day".',
      ],
    ])
  })
})

describe("the moderation section", () => {
  it("both presets carry the plan's seven categories, the legal deadlines and the five Tổ Truyền thông", () => {
    for (const preset of [hoaBinh2024, twoTier2025]) {
      const moderation = preset.moderation
      expect(moderation?.categories.map((category) => category.id)).toEqual([
        "fake",
        "unverified",
        "insult",
        "teacher-ethics",
        "offensive",
        "hostile",
        "spam",
      ])
      expect(moderation?.slas.map((sla) => [sla.id, sla.hours, sla.from])).toEqual([
        ["authority-request", 24, "authority-request"],
        ["complaint", 48, "complaint"],
        ["hide-within-1h", 1, "detected"],
      ])
      expect(moderation?.topics).toHaveLength(5)
      // Teacher ethics and hostile content always go to a human; teacher ethics is never hidden.
      const byId = new Map(moderation?.categories.map((category) => [category.id, category]))
      expect(byId.get("teacher-ethics")).toMatchObject({ review: true, actions: ["escalate-internal"] })
      expect(byId.get("hostile")?.review).toBe(true)
      expect(byId.get("unverified")?.actions).toEqual(["rebut"])
      // Every collision-prone single syllable is matched without diacritics only for a writer who typed none.
      for (const term of ["cặc", "lồn", "đĩ", "ngu"]) {
        expect(moderation?.lexicon.find((entry) => entry.term === term)?.fold).toBe("unaccented-writer")
      }
      for (const phrase of ["du lịch", "lon nước", "phòng học", "nguồn tin", "các bạn", "điểm cao"]) expect(moderation?.allow).toContain(phrase)
    }
  })

  it("a category citing an unknown deadline, a lexicon entry of an unknown category, a repeated id: each named by its path, in document order", () => {
    const input = copyOf(hoaBinh2024)
    input.moderation.lexicon[0].category = "tin-gia"
    input.moderation.categories[2].slas = ["trong-ngay"]
    input.moderation.topics[1].id = input.moderation.topics[0].id
    expect(validatePolicy(input).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-sla", "moderation.categories[2].slas[0]"],
      ["unknown-category", "moderation.lexicon[0].category"],
      ["duplicate-id", "moderation.topics[1].id"],
    ])
  })
})

describe("the scoring and featuring sections", () => {
  it("the presets propose emulation criteria that add up to 100 points with one penalty, and feature 2 school pages and 1 Phòng page a week", () => {
    for (const preset of [hoaBinh2024, twoTier2025]) {
      const criteria = preset.scoring?.criteria ?? []
      expect(criteria.map((criterion) => criterion.measurement)).toEqual([
        "quota-met-rate",
        "deadline-on-time-rate",
        "featured-shares",
        "moderation-within-sla",
        "posts-picked-up",
        "false-information-penalty",
      ])
      expect(criteria.reduce((sum, criterion) => sum + (criterion.weight ?? 0), 0)).toBe(100)
      expect(criteria.filter((criterion) => criterion.penalty).map((criterion) => criterion.id)).toEqual(["false-information"])
      // The plan leaves weights to each province: every criterion says it is a proposal.
      for (const criterion of criteria) expect(criterion.source?.text).toContain("đề xuất của lantoa")
      expect(preset.featuring).toMatchObject({ schoolPages: 2, officePages: 1, requireMetLastWeek: true, excludeOpenIncident: true })
    }
  })

  it("a criterion with both points and weight is named by its path", () => {
    const input = copyOf(hoaBinh2024)
    input.scoring.criteria[0].points = 10
    expect(validatePolicy(input).issues.map((issue) => [issue.code, issue.path])).toEqual([["points-or-weight", "scoring.criteria[0].weight"]])
  })
})
