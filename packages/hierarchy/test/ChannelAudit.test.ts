import {
  ChannelRequirementSchema,
  UNIT_KINDS,
  auditChannels,
  buildHierarchy,
  isSchoolKind,
  type ChannelRecord,
  type ChannelRequirement,
  type ChannelRequirementInput,
  type PersonRecord,
  type Roster,
  type SetupEntry,
  type UnitKind,
} from "@lantoa/hierarchy"
import { generateProvince, provinceFacts } from "@lantoa/sample-province"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const SCHOOLS: Array<UnitKind> = UNIT_KINDS.filter(isSchoolKind)

/** The channel requirements of Nhiệm vụ 2 and 3, as the Hòa Bình preset writes them. */
const requirementInputs: Array<ChannelRequirementInput> = [
  {
    id: "unit-facebook-page",
    title: { vi: "Trang Fanpage của đơn vị", en: "The unit's Facebook Page" },
    source: { section: "V.3.1", text: "Mỗi đơn vị, trường học lập 01 Trang Fanpage, …" },
    units: { kinds: [...SCHOOLS, "district-office", "department"] },
    platform: "facebook-page",
    admins: [
      { forKinds: SCHOOLS, scope: "unit", roles: ["principal", "vice-principal"] },
      { forKinds: ["district-office"], scope: "unit", roles: ["office-leader"] },
      { forKinds: ["department"], scope: "unit", roles: ["division-head", "division-deputy-head"] },
    ],
  },
  ...(["zalo-group", "messenger-group"] as const).map(
    (platform): ChannelRequirementInput => ({
      id: platform === "zalo-group" ? "unit-zalo-group" : "unit-messenger-group",
      title: { vi: "Nhóm “Truyền thông + Tên trường”", en: "Group “Truyền thông + school name”" },
      source: { section: "V.2.1", text: "Mỗi đơn vị, trường học lập 01 nhóm Zalo, 01 nhóm Messenger …" },
      units: { kinds: [...SCHOOLS, "district-office"] },
      platform,
      naming: { type: "prefix", prefix: "Truyền thông" },
      members: [
        { forKinds: SCHOOLS, scope: "unit" },
        { forKinds: ["district-office"], scope: "unit", roles: ["office-leader", "specialist"] },
        { forKinds: ["district-office"], scope: "children", roles: ["principal"] },
      ],
    }),
  ),
  ...(["zalo-group", "messenger-group"] as const).map(
    (platform): ChannelRequirementInput => ({
      id: platform === "zalo-group" ? "department-zalo-group" : "department-messenger-group",
      title: { vi: "Nhóm “Truyền thông Sở GD&ĐT Hòa Bình”" },
      source: { section: "V.2.1", text: "Sở GD&ĐT lập 01 nhóm nhóm Zalo, 01 nhóm Messenger …" },
      units: { kinds: ["department"] },
      platform,
      naming: { type: "exact", names: ["Truyền thông Sở GD&ĐT Hòa Bình"] },
      members: [
        { scope: "unit", roles: ["department-leader", "union-leader", "division-head"] },
        { scope: "children", unitKinds: ["district-office"], roles: ["office-leader", "communication-officer"] },
        { scope: "children", unitKinds: SCHOOLS, roles: ["principal"] },
      ],
    }),
  ),
  {
    id: "department-zalo-community",
    title: { vi: "Cộng đồng Zalo “Truyền thông Giáo dục Hòa Bình”" },
    source: { section: "V.2.1", text: "Sở GD&ĐT lập 01 nhóm Zalo cộng đồng …" },
    units: { kinds: ["department"] },
    platform: "zalo-community",
    naming: { type: "exact", names: ["Truyền thông Giáo dục Hòa Bình"] },
    members: [
      { scope: "unit", roles: ["department-leader"] },
      { scope: "all", roles: ["communication-officer"] },
    ],
  },
  {
    id: "department-zalo-oa",
    title: { vi: "Trang Zalo OA của Sở GD&ĐT" },
    source: { section: "V.2.1", text: "Sở GD&ĐT lập trang Zalo OA để tuyên truyền trên nền tảng Zalo." },
    units: { kinds: ["department"] },
    platform: "zalo-oa",
  },
]
const PLAN: Array<ChannelRequirement> = requirementInputs.map((input) => ChannelRequirementSchema.parse(input))
const requirement = (id: string): ChannelRequirement => PLAN.find((entry) => entry.id === id) as ChannelRequirement

const ON = "2024-11-16"

const people: Array<PersonRecord> = [
  { id: "gd-1", name: "Nguyễn Văn Giám", unit: "so", roles: ["department-leader"] },
  { id: "cd-1", name: "Lê Thị Đoàn", unit: "so", roles: ["union-leader"] },
  { id: "tp-1", name: "Bùi Văn Hải", unit: "so", roles: ["division-head"] },
  { id: "pp-1", name: "Đinh Thị Lan", unit: "so", roles: ["division-deputy-head"] },
  { id: "cv-1", name: "Quách Văn Tú", unit: "so", roles: ["specialist", "communication-officer"] },
  { id: "tpg-1", name: "Hà Văn Phòng", unit: "pgd-lac-son", roles: ["office-leader"] },
  { id: "cvg-1", name: "Xa Thị Chuyên", unit: "pgd-lac-son", roles: ["specialist", "communication-officer"] },
  { id: "nvg-1", name: "Bùi Thị Kế", unit: "pgd-lac-son", roles: ["staff"] },
  { id: "ht-1", name: "Hoàng Văn Minh", unit: "thcs-lac-son", roles: ["principal"], phone: "0912345678" },
  { id: "pht-1", name: "Bùi Thị Thu", unit: "thcs-lac-son", roles: ["vice-principal"] },
  { id: "gv-1", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son", roles: ["teacher", "communication-officer"] },
  { id: "gv-2", name: "Trần Văn Nam", unit: "thcs-lac-son", roles: ["teacher"] },
  { id: "gv-9", name: "Lò Văn Cũ", unit: "thcs-lac-son", roles: ["teacher"], validTo: "2024-08-31" },
  { id: "ht-2", name: "Đinh Thị Ban", unit: "mn-hoa-ban", roles: ["principal"] },
  { id: "gv-3", name: "Quách Thị Mai", unit: "mn-hoa-ban", roles: ["teacher", "communication-officer"] },
  { id: "ht-3", name: "Trịnh Văn Cao", unit: "thpt-lac-son", roles: ["principal"] },
  { id: "gv-4", name: "Hà Thị Sơn", unit: "thpt-lac-son", roles: ["teacher", "communication-officer"] },
]

const SO_GROUP_MEMBERS = ["cd-1", "cvg-1", "gd-1", "ht-3", "tp-1", "tpg-1"]
const COMMUNITY_MEMBERS = ["cv-1", "cvg-1", "gd-1", "gv-1", "gv-3", "gv-4"]

/** Every channel of the plan, set up right. */
const goodChannels = (): Array<ChannelRecord> => [
  { id: "fb-so", unit: "so", platform: "facebook-page", name: "Sở GD&ĐT Hòa Bình", admins: ["pp-1", "tp-1"] },
  { id: "zl-so", unit: "so", platform: "zalo-group", name: "Truyền thông Sở GD&ĐT Hòa Bình", members: SO_GROUP_MEMBERS },
  { id: "ms-so", unit: "so", platform: "messenger-group", name: "Truyền thông Sở GD&ĐT Hòa Bình", members: SO_GROUP_MEMBERS },
  { id: "zc-so", unit: "so", platform: "zalo-community", name: "Truyền thông Giáo dục Hòa Bình", members: COMMUNITY_MEMBERS },
  { id: "oa-so", unit: "so", platform: "zalo-oa", name: "Sở GD&ĐT Hòa Bình" },
  { id: "fb-pgd", unit: "pgd-lac-son", platform: "facebook-page", name: "Phòng GD&ĐT Lạc Sơn", admins: ["tpg-1"] },
  ...(["zalo-group", "messenger-group"] as const).map(
    (platform): ChannelRecord => ({
      id: `${platform}-pgd`,
      unit: "pgd-lac-son",
      platform,
      name: "Truyền thông Phòng GD&ĐT Lạc Sơn",
      members: ["cvg-1", "ht-1", "ht-2", "tpg-1"],
    }),
  ),
  { id: "fb-thcs", unit: "thcs-lac-son", platform: "facebook-page", name: "Trường THCS Lạc Sơn", admins: ["ht-1", "pht-1"] },
  ...(["zalo-group", "messenger-group"] as const).map(
    (platform): ChannelRecord => ({
      id: `${platform}-thcs`,
      unit: "thcs-lac-son",
      platform,
      name: "Truyền thông Trường THCS Lạc Sơn",
      members: ["ht-1", "pht-1", "gv-1", "gv-2"],
    }),
  ),
  { id: "fb-mn", unit: "mn-hoa-ban", platform: "facebook-page", name: "Trường Mầm non Hoa Ban", admins: ["ht-2"] },
  ...(["zalo-group", "messenger-group"] as const).map(
    (platform): ChannelRecord => ({
      id: `${platform}-mn`,
      unit: "mn-hoa-ban",
      platform,
      name: "Truyền thông Trường Mầm non Hoa Ban",
      members: ["ht-2", "gv-3"],
    }),
  ),
  { id: "fb-thpt", unit: "thpt-lac-son", platform: "facebook-page", name: "Trường THPT Lạc Sơn", admins: ["ht-3"] },
  ...(["zalo-group", "messenger-group"] as const).map(
    (platform): ChannelRecord => ({
      id: `${platform}-thpt`,
      unit: "thpt-lac-son",
      platform,
      name: "Truyền thông Trường THPT Lạc Sơn",
      members: ["ht-3", "gv-4"],
    }),
  ),
]

const roster = (channels: Array<ChannelRecord> = goodChannels()): Roster => ({
  units: [
    { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so" },
    { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary", parent: "pgd-lac-son" },
    { id: "mn-hoa-ban", name: "Trường Mầm non Hoa Ban", kind: "kindergarten", parent: "pgd-lac-son" },
    { id: "thpt-lac-son", name: "Trường THPT Lạc Sơn", kind: "upper-secondary", parent: "so" },
  ],
  people,
  channels,
})

/** Replaces the channel with that id (or removes it with `undefined`). */
const withChannel = (id: string, change: ((channel: ChannelRecord) => ChannelRecord) | undefined): Array<ChannelRecord> =>
  goodChannels().flatMap((channel) => (channel.id !== id ? [channel] : change === undefined ? [] : [change(channel)]))

const audit = (channels?: Array<ChannelRecord>, requirements = PLAN, on = ON, locale?: "en") => {
  const { hierarchy, issues } = buildHierarchy(roster(channels))
  expect(issues.filter((issue) => issue.severity === "error")).toEqual([])
  return auditChannels(hierarchy, requirements, locale === undefined ? { on } : { on, locale })
}

const entryOf = (entries: ReadonlyArray<SetupEntry>, unit: string, requirementId: string): SetupEntry => {
  const entry = entries.find((candidate) => candidate.unit === unit && candidate.requirement === requirementId)
  if (entry === undefined) throw new Error(`no entry for ${unit} / ${requirementId}`)
  return entry
}

/** The status of a THCS Lạc Sơn Zalo group with this name. */
const zaloNamed = (name: string): SetupEntry =>
  entryOf(audit(withChannel("zalo-group-thcs", (channel) => ({ ...channel, name }))), "thcs-lac-son", "unit-zalo-group")

describe("the channel requirement schema", () => {
  it("reads the plan's requirements as data", () => {
    expect(PLAN.map((entry) => entry.id)).toEqual([
      "unit-facebook-page",
      "unit-zalo-group",
      "unit-messenger-group",
      "department-zalo-group",
      "department-messenger-group",
      "department-zalo-community",
      "department-zalo-oa",
    ])
  })

  it("rejects unknown fields, a clause for a kind the requirement never audits, and inverted dates, all at once", () => {
    const result = ChannelRequirementSchema.safeParse({
      ...requirementInputs[1],
      memebrs: [],
      members: [{ forKinds: ["commune"], scope: "unit" }],
      validFrom: "2025-07-01",
      validTo: "2025-06-30",
    })
    expect(result.success).toBe(false)
    const issues = result.error?.issues ?? []
    expect(issues.map((issue) => issue.code)).toContain("unrecognized_keys")
    // Refinements run once the shape is right: fix the unknown field and both cross-field problems show.
    const fixed = ChannelRequirementSchema.safeParse({
      ...requirementInputs[1],
      members: [{ forKinds: ["commune"], scope: "unit" }],
      validFrom: "2025-07-01",
      validTo: "2025-06-30",
    })
    expect(fixed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["validFrom", "members.0.forKinds"])
  })
})

describe("auditChannels: Nhiệm vụ 2 and 3 of the plan", () => {
  it("a unit set up as the plan asks is ok for every requirement: one entry per unit and requirement, units in tree order", () => {
    const entries = audit()
    expect(entries.filter((entry) => entry.status !== "ok")).toEqual([])
    expect(entries.map((entry) => `${entry.unit}/${entry.requirement}`)).toEqual([
      "so/unit-facebook-page",
      "so/department-zalo-group",
      "so/department-messenger-group",
      "so/department-zalo-community",
      "so/department-zalo-oa",
      "pgd-lac-son/unit-facebook-page",
      "pgd-lac-son/unit-zalo-group",
      "pgd-lac-son/unit-messenger-group",
      "mn-hoa-ban/unit-facebook-page",
      "mn-hoa-ban/unit-zalo-group",
      "mn-hoa-ban/unit-messenger-group",
      "thcs-lac-son/unit-facebook-page",
      "thcs-lac-son/unit-zalo-group",
      "thcs-lac-son/unit-messenger-group",
      "thpt-lac-son/unit-facebook-page",
      "thpt-lac-son/unit-zalo-group",
      "thpt-lac-son/unit-messenger-group",
    ])
    expect(entryOf(entries, "thcs-lac-son", "unit-zalo-group")).toEqual({
      unit: "thcs-lac-son",
      requirement: "unit-zalo-group",
      status: "ok",
      explanation:
        "Nhóm Zalo “Truyền thông Trường THCS Lạc Sơn” (zalo-group-thcs) của Trường THCS Lạc Sơn đạt yêu cầu “Nhóm “Truyền thông + Tên trường””, kế hoạch mục V.2.1: tên đúng quy ước, đủ 4 thành viên theo yêu cầu.",
      channel: "zalo-group-thcs",
      expectedName: "Truyền thông Trường THCS Lạc Sơn",
      problems: [],
      members: { required: 4, missing: [], unexpected: [] },
    })
  })

  it("a school without its Zalo group is missing, and the explanation names the group it must create", () => {
    const entry = entryOf(audit(withChannel("zalo-group-thcs", undefined)), "thcs-lac-son", "unit-zalo-group")
    expect(entry).toEqual({
      unit: "thcs-lac-son",
      requirement: "unit-zalo-group",
      status: "missing",
      explanation:
        "Trường THCS Lạc Sơn chưa có Nhóm Zalo “Truyền thông Trường THCS Lạc Sơn” (yêu cầu “Nhóm “Truyền thông + Tên trường””, kế hoạch mục V.2.1).",
      expectedName: "Truyền thông Trường THCS Lạc Sơn",
      problems: ["missing"],
    })
  })

  it("the Sở must have its Zalo OA (V.2.1); any name will do", () => {
    expect(entryOf(audit(withChannel("oa-so", undefined)), "so", "department-zalo-oa").status).toBe("missing")
    expect(entryOf(audit(withChannel("oa-so", (c) => ({ ...c, name: "Giáo dục Hòa Bình" }))), "so", "department-zalo-oa").status).toBe("ok")
  })

  describe("naming: “Truyền thông + Tên trường”", () => {
    it("matches whatever the case, the spacing and the Unicode form, with or without the word “Trường”", () => {
      for (const name of [
        "Truyền thông Trường THCS Lạc Sơn",
        "Truyền thông THCS Lạc Sơn",
        "truyền thông  trường thcs lạc sơn",
        "TRUYỀN THÔNG TRƯỜNG THCS LẠC SƠN",
        "  Truyền\u00A0thông Trường THCS Lạc Sơn ",
        "Truyền thông Trường THCS Lạc Sơn".normalize("NFD"),
      ]) {
        expect(zaloNamed(name).status, name).toBe("ok")
      }
    })

    it("matches either tone placement (“Hoà”/“Hòa”, “Uỷ”/“Ủy”)", () => {
      const requirementExact = ChannelRequirementSchema.parse({
        ...requirementInputs[3],
        naming: { type: "exact", names: ["Truyền thông Sở GD&ĐT Hòa Bình"] },
      })
      const entries = audit(
        withChannel("zl-so", (channel) => ({ ...channel, name: "Truyền thông Sở GD&ĐT Hoà Bình" })),
        [requirementExact],
      )
      expect(entryOf(entries, "so", "department-zalo-group").status).toBe("ok")
    })

    it("a name written without diacritics is misnamed, and the explanation says so", () => {
      const entry = zaloNamed("Truyen thong Truong THCS Lac Son")
      expect(entry.status).toBe("misnamed")
      expect(entry.explanation).toContain("có tên viết không dấu, cần “Truyền thông Trường THCS Lạc Sơn”")
      expect(entry.expectedName).toBe("Truyền thông Trường THCS Lạc Sơn")
      expect(zaloNamed("Truyền thông Trường THCS Lạc Sởn").explanation).toContain("có tên sai dấu")
    })

    it("“TT Trường …”, the bare unit name and another unit's name are misnamed", () => {
      for (const name of [
        "TT Trường THCS Lạc Sơn",
        "Trường THCS Lạc Sơn",
        "Truyền thông Trường THPT Lạc Sơn",
        "Truyền thông Trường THCS Lạc Sơn A",
        "Truyền thông+Trường THCS Lạc Sơn",
      ]) {
        const entry = zaloNamed(name)
        expect(entry.status, name).toBe("misnamed")
        expect(entry.explanation, name).toContain("có tên không theo quy ước")
      }
    })

    it("the Sở's groups carry the exact names of the plan", () => {
      const entries = audit(withChannel("ms-so", (channel) => ({ ...channel, name: "Truyền thông Sở Hòa Bình" })))
      expect(entryOf(entries, "so", "department-messenger-group").status).toBe("misnamed")
      expect(entryOf(entries, "so", "department-zalo-group").status).toBe("ok")
    })
  })

  describe("admins (V.3.1)", () => {
    it("a school's Fanpage without a member of the Ban Giám hiệu as admin is wrong-admins, naming who is missing", () => {
      const entry = entryOf(audit(withChannel("fb-thcs", (c) => ({ ...c, admins: ["ht-1", "gv-1"] }))), "thcs-lac-son", "unit-facebook-page")
      expect(entry.status).toBe("wrong-admins")
      expect(entry.missing).toEqual(["pht-1"])
      expect(entry.unexpected).toEqual(["gv-1"])
      expect(entry.explanation).toBe(
        "Trang Fanpage “Trường THCS Lạc Sơn” (fb-thcs) của Trường THCS Lạc Sơn thiếu 1/2 quản trị viên theo yêu cầu: pht-1 (yêu cầu “Trang Fanpage của đơn vị”, kế hoạch mục V.3.1).",
      )
    })

    it("extra admins are reported but are not a failure", () => {
      const entry = entryOf(audit(withChannel("fb-thcs", (c) => ({ ...c, admins: ["ht-1", "pht-1", "gv-1"] }))), "thcs-lac-son", "unit-facebook-page")
      expect(entry.status).toBe("ok")
      expect(entry.admins).toEqual({ required: 2, missing: [], unexpected: ["gv-1"] })
    })

    it("the Sở's Fanpage is administered by the heads and deputy heads of its divisions, not by the Sở's leaders", () => {
      const entry = entryOf(audit(withChannel("fb-so", (c) => ({ ...c, admins: ["gd-1"] }))), "so", "unit-facebook-page")
      expect(entry.status).toBe("wrong-admins")
      expect(entry.missing).toEqual(["pp-1", "tp-1"])
    })

    it("a Phòng's Fanpage is administered by its leaders", () => {
      const entry = entryOf(audit(withChannel("fb-pgd", (c) => ({ ...c, admins: [] }))), "pgd-lac-son", "unit-facebook-page")
      expect([entry.status, entry.missing]).toEqual(["wrong-admins", ["tpg-1"]])
    })
  })

  describe("members (V.2.1)", () => {
    it("a school's group holds all its staff; someone who left before the audit date is not required", () => {
      const entry = entryOf(audit(withChannel("zalo-group-thcs", (c) => ({ ...c, members: ["ht-1", "gv-1"] }))), "thcs-lac-son", "unit-zalo-group")
      expect(entry.status).toBe("wrong-members")
      expect(entry.missing).toEqual(["gv-2", "pht-1"])
      expect(entry.members?.required).toBe(4)
      expect(entry.explanation).toContain("thiếu 2/4 thành viên theo yêu cầu: gv-2, pht-1")
    })

    it("a Phòng's group holds its leaders and specialists and the principals of its schools — not its other staff", () => {
      const entry = entryOf(audit(withChannel("zalo-group-pgd", (c) => ({ ...c, members: [] }))), "pgd-lac-son", "unit-zalo-group")
      expect(entry.missing).toEqual(["cvg-1", "ht-1", "ht-2", "tpg-1"])
    })

    it("the Sở's group holds Sở and Công đoàn leaders, division heads, Phòng leaders and communication specialists, and the heads of units directly under the Sở", () => {
      const entry = entryOf(audit(withChannel("zl-so", (c) => ({ ...c, members: [] }))), "so", "department-zalo-group")
      expect(entry.missing).toEqual(SO_GROUP_MEMBERS)
    })

    it("the Zalo community holds the Sở's leaders and the communication officers of every unit", () => {
      const entry = entryOf(audit(withChannel("zc-so", (c) => ({ ...c, members: ["gd-1"] }))), "so", "department-zalo-community")
      expect(entry.missing).toEqual(COMMUNITY_MEMBERS.filter((id) => id !== "gd-1"))
    })

    it("members beyond the requirement, known or not, are listed but are not a failure", () => {
      const entry = entryOf(
        audit(withChannel("zalo-group-mn", (c) => ({ ...c, members: ["ht-2", "gv-3", "gv-1", "phu-huynh-1"] }))),
        "mn-hoa-ban",
        "unit-zalo-group",
      )
      expect(entry.status).toBe("ok")
      expect(entry.members).toEqual({ required: 2, missing: [], unexpected: ["gv-1", "phu-huynh-1"] })
    })

    it("a list of missing people is cut after ten ids, with the count of the others", () => {
      const many: Array<PersonRecord> = Array.from({ length: 13 }, (_, i) => ({
        id: `gv-x${String(i).padStart(2, "0")}`,
        name: `Giáo viên ${i}`,
        unit: "thpt-lac-son",
        roles: ["teacher"],
      }))
      const { hierarchy } = buildHierarchy({ ...roster(), people: [...people, ...many] })
      const entry = entryOf(auditChannels(hierarchy, PLAN, { on: ON }), "thpt-lac-son", "unit-zalo-group")
      expect(entry.missing).toHaveLength(13)
      expect(entry.explanation).toContain("thiếu 13/15 thành viên theo yêu cầu: gv-x00, gv-x01,")
      expect(entry.explanation).toContain("gv-x09 và 3 người khác")
    })
  })

  it("when several checks fail, the status is the first in the order missing → misnamed → wrong-admins → wrong-members, and every failure is listed", () => {
    const entry = entryOf(
      audit(withChannel("zalo-group-thcs", (c) => ({ ...c, name: "Nhóm giáo viên", members: ["ht-1"] }))),
      "thcs-lac-son",
      "unit-zalo-group",
    )
    expect(entry.status).toBe("misnamed")
    expect(entry.problems).toEqual(["misnamed", "wrong-members"])
    expect(entry.missing).toBeUndefined()
    expect(entry.members?.missing).toEqual(["gv-1", "gv-2", "pht-1"])
    expect(entry.explanation).toBe(
      "Nhóm Zalo “Nhóm giáo viên” (zalo-group-thcs) của Trường THCS Lạc Sơn có tên không theo quy ước, cần “Truyền thông Trường THCS Lạc Sơn”; thiếu 3/4 thành viên theo yêu cầu: gv-1, gv-2, pht-1 (yêu cầu “Nhóm “Truyền thông + Tên trường””, kế hoạch mục V.2.1).",
    )
  })

  it("a unit with two groups on one platform is judged by the one that fits best", () => {
    const extra: ChannelRecord = { id: "a-old-group", unit: "thcs-lac-son", platform: "zalo-group", name: "Nhóm cũ", members: [] }
    const entry = entryOf(audit([...goodChannels(), extra]), "thcs-lac-son", "unit-zalo-group")
    expect([entry.status, entry.channel]).toEqual(["ok", "zalo-group-thcs"])
  })

  it("explanations are Vietnamese by default and English on request, and never carry a phone number", () => {
    const channels = withChannel("fb-thcs", (c) => ({ ...c, admins: ["pht-1"] }))
    const vi = entryOf(audit(channels), "thcs-lac-son", "unit-facebook-page")
    const en = entryOf(audit(channels, PLAN, ON, "en"), "thcs-lac-son", "unit-facebook-page")
    expect(en.explanation).toBe(
      "Facebook Page “Trường THCS Lạc Sơn” (fb-thcs) of Trường THCS Lạc Sơn lacks 1 of 2 required admins: ht-1 (requirement “The unit's Facebook Page”, plan section V.3.1).",
    )
    for (const entry of [...audit(channels), ...audit(channels, PLAN, ON, "en")]) {
      expect(entry.explanation).not.toContain("0912345678")
      expect(entry.explanation).toBe(entry.explanation.normalize("NFC"))
    }
    expect(vi.explanation).toContain("thiếu 1/2 quản trị viên")
  })

  it("units are audited as they stood on the date: after 1 July 2025 the dissolved Phòng is not audited", () => {
    const base = roster()
    const reformed: Roster = {
      ...base,
      units: [
        ...base.units.filter((unit) => unit.id === "so" || unit.id === "thpt-lac-son"),
        { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so", validTo: "2025-06-30" },
        { id: "xa-lac-son", name: "Ủy ban nhân dân xã Lạc Sơn", kind: "commune", parent: "so", validFrom: "2025-07-01" },
        ...(["thcs-lac-son", "mn-hoa-ban"] as const).map((id) => ({
          ...(base.units.find((unit) => unit.id === id) as (typeof base.units)[number]),
          parent: undefined,
          parents: [
            { unit: "pgd-lac-son", validTo: "2025-06-30" },
            { unit: "xa-lac-son", validFrom: "2025-07-01" },
          ],
        })),
      ],
    }
    const { hierarchy, issues } = buildHierarchy(reformed)
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([])
    const before = auditChannels(hierarchy, PLAN, { on: "2025-06-30" })
    const after = auditChannels(hierarchy, PLAN, { on: "2025-07-01" })
    expect(before.some((entry) => entry.unit === "pgd-lac-son")).toBe(true)
    expect(after.some((entry) => entry.unit === "pgd-lac-son")).toBe(false)
    expect(after.some((entry) => entry.unit === "thcs-lac-son")).toBe(true)
    // Without the Phòng above them, its schools' principals are no longer required in its group — nor in the Sở's.
    expect(entryOf(after, "so", "department-zalo-group").status).toBe("ok")
  })

  it("a requirement is audited only on the dates it holds", () => {
    const later = ChannelRequirementSchema.parse({ ...requirementInputs[6], validFrom: "2025-01-01" })
    expect(audit(undefined, [later], "2024-12-31")).toEqual([])
    expect(audit(undefined, [later], "2025-01-01").map((entry) => entry.status)).toEqual(["ok"])
  })

  it("throws only for an audit date that is not YYYY-MM-DD (a programming error)", () => {
    const { hierarchy } = buildHierarchy(roster())
    expect(() => auditChannels(hierarchy, PLAN, { on: "16/11/2024" })).toThrow(RangeError)
  })

  it("names match after any change of case, spacing or Unicode form, and never once every diacritic is gone", () => {
    const noise = fc.array(fc.tuple(fc.boolean(), fc.constantFrom(" ", "  ", "\u00A0", "\t")), { minLength: 40, maxLength: 40 })
    fc.assert(
      fc.property(noise, fc.boolean(), (choices, nfd) => {
        const words = "Truyền thông Trường THCS Lạc Sơn".split(" ")
        let name = words
          .map((word, i) => {
            const [upper, space] = choices[i] ?? [false, " "]
            return (upper ? word.toUpperCase() : word.toLowerCase()) + space
          })
          .join("")
        if (nfd) name = name.normalize("NFD")
        expect(zaloNamed(name).status).toBe("ok")
        expect(zaloNamed(name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d")).status).toBe("misnamed")
      }),
      { numRuns: 40 },
    )
  })

  it("the verdicts never depend on the order of the roster's channels", () => {
    const base = audit()
    fc.assert(
      fc.property(fc.shuffledSubarray(goodChannels(), { minLength: 10 }), (channels) => {
        const entries = audit(channels)
        const expected = audit(goodChannels().filter((channel) => channels.some((c) => c.id === channel.id)))
        expect(entries).toEqual(expected)
        expect(entries).toHaveLength(base.length)
      }),
      { numRuns: 20 },
    )
  })
})

describe("auditChannels on the sample province", () => {
  const REQUIREMENT_OF: Readonly<Record<string, string>> = {
    "facebook-page": "unit-facebook-page",
    "zalo-group": "unit-zalo-group",
    "messenger-group": "unit-messenger-group",
  }

  for (const seed of ["lantoa", "3"]) {
    it(`finds exactly the missing and misnamed channels the generator planted (seed ${seed})`, () => {
      const { hierarchy, issues } = buildHierarchy(generateProvince({ seed, activities: false }))
      expect(issues).toEqual([])
      const entries = auditChannels(hierarchy, PLAN, { on: ON })
      // The Sở: its Fanpage and its four channels; each of the 541 units below it: a Fanpage and two groups.
      expect(entries).toHaveLength(5 + 541 * 3)
      const found = entries
        .filter((entry) => entry.status !== "ok")
        .map((entry) => [entry.unit, entry.requirement, entry.status, entry.channel ?? null, entry.status === "misnamed" ? entry.expectedName : null])
        .sort()
      const planted = provinceFacts({ seed })
        .channelFaults.map((fault) => [
          fault.unit,
          REQUIREMENT_OF[fault.platform],
          fault.fault,
          fault.channel ?? null,
          fault.fault === "misnamed" ? fault.expected : null,
        ])
        .sort()
      expect(found).toEqual(planted)
      expect(found.length).toBeGreaterThan(0)
    })
  }
})
