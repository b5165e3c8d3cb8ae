import { foldDiacritics } from "@lantoa/core"
import { auditChannels, buildHierarchy, type ChannelRequirement } from "@lantoa/hierarchy"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince, provinceFacts } from "@lantoa/sample-province"
import { describe, expect, it } from "vitest"
import { auditZaloGroups, parseZaloGroupExport, type ZaloGroupExport } from "../src/index.js"

const ON = "2024-11-16"

describe("parseZaloGroupExport", () => {
  it("reads a CSV with Vietnamese headers, a BOM, semicolons and admins in one quoted cell", () => {
    const csv =
      "\ufeffTên nhóm;Số thành viên;Quản trị viên;Đơn vị\r\n" +
      'Truyền thông Trường THCS Lạc Sơn;41;"Bùi Thị Hạnh; 0301234561";thcs-lac-son\r\n' +
      "Truyền thông Trường Mầm non Hoa Sen;1.250;;\r\n"
    expect(parseZaloGroupExport(csv)).toEqual({
      groups: [
        { name: "Truyền thông Trường THCS Lạc Sơn", memberCount: 41, admins: ["Bùi Thị Hạnh", "0301234561"], unit: "thcs-lac-son", platform: "zalo-group", path: "rows[1]" },
        { name: "Truyền thông Trường Mầm non Hoa Sen", memberCount: 1250, admins: [], platform: "zalo-group", path: "rows[2]" },
      ],
      issues: [],
    })
  })

  it("merges the Trưởng nhóm and Phó nhóm columns, reads a community, commas as separators", () => {
    const csv = 'Tên nhóm,Số thành viên,Trưởng nhóm,Phó nhóm,Loại\n"Truyền thông Giáo dục Hòa Bình",560,Hà Văn Sơn,"Xa Thị Mai; Lò Thị Nga",Cộng đồng\n'
    expect(parseZaloGroupExport(csv).groups[0]).toMatchObject({ admins: ["Hà Văn Sơn", "Xa Thị Mai", "Lò Thị Nga"], platform: "zalo-community" })
  })

  it("reads JSON, as a list or under groups", () => {
    const list = [{ name: "Truyền thông Trường THCS Lạc Sơn", members: 41, admins: ["Bùi Thị Hạnh"], unit: "thcs-lac-son" }]
    expect(parseZaloGroupExport(JSON.stringify(list)).groups).toHaveLength(1)
    expect(parseZaloGroupExport(JSON.stringify({ groups: list })).groups[0]?.path).toBe("groups[0]")
  })

  it("never throws: bad rows are issues with their paths", () => {
    const csv = "Tên nhóm;Số thành viên;Loại\n;12;\nTruyền thông A;mười;\nTruyền thông B;3;kênh\n"
    const { groups, issues } = parseZaloGroupExport(csv)
    expect(groups).toEqual([])
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["missing-group-name", "rows[1].name"],
      ["invalid-member-count", "rows[2].members"],
      ["invalid-group-kind", "rows[3].platform"],
    ])
    expect(parseZaloGroupExport("Nhóm;Ghi chú\nA;B").issues[0]?.code).toBe("missing-columns")
  })
})

describe("auditZaloGroups over the sample province", () => {
  const province = generateProvince({ activities: false })
  const facts = provinceFacts({})
  const people = new Map(province.people.map((person) => [person.id, person]))
  const zaloRequirements = hoaBinh2024.channels.filter(
    (requirement) => requirement.platform === "zalo-group" || requirement.platform === "zalo-community",
  )
  /** The office's export: every Zalo group and the community, admins by name (one by phone), with or without unit ids. */
  const exportOf = (withUnits: boolean): ReadonlyArray<ZaloGroupExport> =>
    province.channels
      .filter((channel) => channel.platform === "zalo-group" || channel.platform === "zalo-community")
      .map((channel, index) => ({
        name: channel.name,
        memberCount: (channel.members ?? []).length,
        admins: (channel.admins ?? []).map((id, i) => (i === 0 ? String(people.get(id)?.phone) : String(people.get(id)?.name))),
        platform: channel.platform as "zalo-group" | "zalo-community",
        path: `rows[${index + 1}]`,
        ...(withUnits ? { unit: channel.unit } : {}),
      }))

  it("with unit ids, finds what the roster's own audit finds: the planted missing and misnamed groups", () => {
    const { entries, unmatched, issues } = auditZaloGroups({ roster: province, requirements: hoaBinh2024.channels, groups: exportOf(true), on: ON })
    const { hierarchy } = buildHierarchy(province)
    const expected = auditChannels(hierarchy, zaloRequirements, { on: ON })
    expect(unmatched).toEqual([])
    expect(issues).toEqual([])
    expect(entries.map((entry) => [entry.unit, entry.requirement, entry.status])).toEqual(
      expected.map((entry) => [entry.unit, entry.requirement, entry.status]),
    )
    const faulty = new Set(facts.channelFaults.filter((fault) => fault.platform === "zalo-group").map((fault) => `${fault.unit}:${fault.fault}`))
    const found = new Set(entries.filter((entry) => entry.status !== "ok").map((entry) => `${entry.unit}:${entry.status === "misnamed" ? "misnamed" : entry.status}`))
    expect(found).toEqual(faulty)
  })

  it("without unit ids, finds units by the naming convention; other names are unmatched, and their units missing", () => {
    const { entries, unmatched, issues } = auditZaloGroups({ roster: province, requirements: hoaBinh2024.channels, groups: exportOf(false), on: ON })
    const misnamed = facts.channelFaults.filter((fault) => fault.platform === "zalo-group" && fault.fault === "misnamed")
    // A name without diacritics still finds its unit, and is judged misnamed; "TT …" and the bare unit name do not.
    const folded = misnamed.filter((fault) => fault.name === foldDiacritics(fault.expected ?? ""))
    expect(folded.length).toBeGreaterThan(0)
    expect(unmatched.map((group) => group.name).sort()).toEqual(
      misnamed.filter((fault) => !folded.includes(fault)).map((fault) => fault.name).sort(),
    )
    expect(issues.every((issue) => issue.code === "unmatched-group")).toBe(true)
    for (const fault of folded) expect(entries.find((entry) => entry.unit === fault.unit && entry.requirement === "unit-zalo-group")?.status).toBe("misnamed")
    expect(entries.find((entry) => entry.requirement === "department-zalo-community")?.status).toBe("ok")
  })

  it("a group with fewer members than the people required is wrong-members, with a Vietnamese explanation", () => {
    const groups = exportOf(true)
    const school = province.channels.find((channel) => channel.platform === "zalo-group" && channel.unit.startsWith("thcs-") && !facts.channelFaults.some((fault) => fault.unit === channel.unit))
    expect(school).toBeDefined()
    const short = groups.map((group) => (group.unit === school?.unit ? { ...group, memberCount: group.memberCount - 3 } : group))
    const entry = auditZaloGroups({ roster: province, requirements: hoaBinh2024.channels, groups: short, on: ON }).entries.find(
      (candidate) => candidate.unit === school?.unit && candidate.requirement === "unit-zalo-group",
    )
    const unit = province.units.find((candidate) => candidate.id === school?.unit)
    expect(entry).toMatchObject({ status: "wrong-members", problems: ["wrong-members"], requiredMembers: (school?.members ?? []).length })
    expect(entry?.explanation).toBe(
      `Nhóm Zalo “${school?.name}” của ${unit?.name} có ${(school?.members ?? []).length - 3} thành viên, ít hơn ${(school?.members ?? []).length} người theo yêu cầu “Nhóm Zalo “Truyền thông + Tên đơn vị” của mỗi đơn vị, trường học và Phòng GD&ĐT”: cần mời thêm ít nhất 3 người (danh sách xuất tay chỉ có số lượng, không đối chiếu được từng người).`,
    )
  })

  it("matches admins by phone or name, and judges required admins", () => {
    const withAdmins: ReadonlyArray<ChannelRequirement> = zaloRequirements.map((requirement) =>
      requirement.id === "unit-zalo-group" ? { ...requirement, admins: [{ scope: "unit", roles: ["principal"] }] } : requirement,
    )
    const groups = exportOf(true)
    const { entries } = auditZaloGroups({ roster: province, requirements: withAdmins, groups, on: ON })
    const judged = entries.filter((entry) => entry.requirement === "unit-zalo-group" && entry.admins !== undefined)
    expect(judged.length).toBeGreaterThan(400)
    // Only a name two people of the unit share stays unresolved: never guessed.
    const sameName = (unit: string, name: string) => province.people.filter((person) => person.unit === unit && person.name === name).length > 1
    for (const entry of judged.filter((candidate) => (candidate.unresolvedAdmins ?? 0) > 0)) {
      const group = groups.find((candidate) => candidate.unit === entry.unit && candidate.platform === "zalo-group")
      expect(group?.admins.slice(1).some((name) => sameName(entry.unit, name))).toBe(true)
    }
    const principals = judged.filter((entry) => entry.admins?.missing.length === 0).length
    expect(principals).toBeGreaterThan(0)
    // The explanation never echoes an exported phone number.
    const phones = new Set(province.people.flatMap((person) => (typeof person.phone === "string" ? [person.phone] : [])))
    const digitRuns = entries.flatMap((entry) => entry.explanation.match(/\d{9,}/g) ?? [])
    expect(digitRuns.filter((run) => phones.has(run) || phones.has(`0${run.slice(2)}`))).toEqual([])
  })

  it("a unit id the roster does not know is an issue, and the group unmatched", () => {
    const [first] = exportOf(true)
    const { unmatched, issues } = auditZaloGroups({
      roster: province,
      requirements: hoaBinh2024.channels,
      groups: [{ ...(first as ZaloGroupExport), unit: "khong-co" }],
      on: ON,
    })
    expect(unmatched).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: "unknown-unit", message: 'rows[1].unit: không có đơn vị mã “khong-co”.' })
  })
})
