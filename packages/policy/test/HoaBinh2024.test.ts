import { DEFAULT_SCHOOL_YEARS } from "@lantoa/core"
import { UNIT_KINDS, auditChannels, buildHierarchy, isSchoolKind, type UnitKind } from "@lantoa/hierarchy"
import { hoaBinh2024, type Policy } from "@lantoa/policy"
import { generateProvince, provinceFacts } from "@lantoa/sample-province"
import { describe, expect, it } from "vitest"

const quota = (id: string) => {
  const rule = hoaBinh2024.quotas.find((candidate) => candidate.id === id)
  if (rule === undefined) throw new Error(`no quota rule ${id}`)
  return rule
}
const channel = (id: string) => {
  const requirement = hoaBinh2024.channels.find((candidate) => candidate.id === id)
  if (requirement === undefined) throw new Error(`no channel requirement ${id}`)
  return requirement
}

const SCHOOLS: Array<UnitKind> = UNIT_KINDS.filter(isSchoolKind)

/** Every string in a value, with its path. */
const strings = (value: unknown, path = ""): Array<[string, string]> =>
  typeof value === "string"
    ? [[path, value]]
    : Array.isArray(value)
      ? value.flatMap((item, i) => strings(item, `${path}[${i}]`))
      : value !== null && typeof value === "object"
        ? Object.entries(value).flatMap(([key, item]) => strings(item, path === "" ? key : `${path}.${key}`))
        : []

describe("hoaBinh2024: the plan of Sở GD&ĐT Hòa Bình as a policy", () => {
  it("is identified as hoa-binh-2024, version 1.0.0, in Vietnam's zone, with MOET's school years", () => {
    expect(hoaBinh2024.id).toBe("hoa-binh-2024")
    expect(hoaBinh2024.version).toBe("1.0.0")
    expect(hoaBinh2024.name.vi).toBe(
      "Mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc” — Sở GD&ĐT Hòa Bình, 2024",
    )
    expect(hoaBinh2024.timeZone).toBe("Asia/Ho_Chi_Minh")
    expect(hoaBinh2024.locale).toBe("vi")
    expect(hoaBinh2024.schoolYears).toEqual(DEFAULT_SCHOOL_YEARS)
  })

  it("has the plan's five quota rules", () => {
    expect(hoaBinh2024.quotas.map((rule) => rule.id)).toEqual([
      "unit-weekly-posts",
      "district-office-weekly-posts",
      "department-weekly-posts",
      "party-member-weekly",
      "party-member-monthly",
    ])
  })

  it("“Mỗi đơn vị, trường học đăng tải ít nhất 01 bài, tin/tuần” (V.4.1): every school and centre, 1 post a week on its own Fanpage", () => {
    const rule = quota("unit-weekly-posts")
    expect(rule.subjects).toEqual({ type: "unit", kinds: SCHOOLS })
    expect(rule.counts).toEqual({ kinds: ["post"], platforms: ["facebook-page"], channels: "own" })
    expect([rule.minimum, rule.period, rule.distinctBy]).toEqual([1, "week", "activity"])
    expect(rule.source?.section).toBe("V.4.1")
  })

  it("“Mỗi Phòng GD&ĐT đăng tải ít nhất 03 tin, bài/tuần” (V.4.1): each Phòng, 3 posts a week on its own Fanpage", () => {
    const rule = quota("district-office-weekly-posts")
    expect(rule.subjects).toEqual({ type: "unit", kinds: ["district-office"] })
    expect(rule.counts).toEqual({ kinds: ["post"], platforms: ["facebook-page"], channels: "own" })
    expect([rule.minimum, rule.period]).toEqual([3, "week"])
  })

  it("“Sở GD&ĐT đăng tải ít nhất 04 tin, bài/tuần” (V.4.1): the Sở, 4 posts a week on its own Fanpage", () => {
    const rule = quota("department-weekly-posts")
    expect(rule.subjects).toEqual({ type: "unit", kinds: ["department"] })
    expect([rule.minimum, rule.period]).toEqual([4, "week"])
  })

  it("“mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài/tuần, đảm bảo ít nhất 4 tin, bài/tháng” (V.5.1): distinct items posted or shared anywhere", () => {
    const weekly = quota("party-member-weekly")
    const monthly = quota("party-member-monthly")
    for (const rule of [weekly, monthly]) {
      expect(rule.subjects).toEqual({ type: "person", partyMember: true })
      // Any platform (no `platforms`), any channel: a share on a personal profile counts.
      expect(rule.counts).toEqual({ kinds: ["post", "share"], channels: "any" })
      // Sharing one post twice counts once.
      expect(rule.distinctBy).toBe("item")
      expect(rule.source?.section).toBe("V.5.1")
    }
    expect([weekly.minimum, weekly.period]).toEqual([1, "week"])
    expect([monthly.minimum, monthly.period]).toEqual([4, "month"])
  })

  it("every rule quotes the plan's Vietnamese wording and names its section", () => {
    const plan: Record<string, string> = {
      "unit-weekly-posts": "Mỗi đơn vị, trường học đăng tải ít nhất 01 bài, tin/tuần.",
      "district-office-weekly-posts": "Mỗi Phòng GD&ĐT đăng tải ít nhất 03 tin, bài/tuần.",
      "department-weekly-posts": "Sở GD&ĐT đăng tải ít nhất 04 tin, bài/tuần.",
      "party-member-weekly":
        "Phân đầu mỗi đảng viên là một tuyên truyền viên trên không gian mạng, mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài/tuần, đảm bảo ít nhất 4 tin, bài/tháng.",
    }
    plan["party-member-monthly"] = plan["party-member-weekly"] as string
    for (const rule of hoaBinh2024.quotas) expect(rule.source?.text, rule.id).toBe(plan[rule.id])
    for (const rule of [...hoaBinh2024.quotas, ...hoaBinh2024.channels]) {
      expect(rule.source?.section, rule.id).toMatch(/^V\.[2-5]\.1$/)
      expect(rule.source?.text, rule.id).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/)
      expect(rule.title.vi, rule.id).not.toBe("")
      expect(rule.title.en, rule.id).toBeDefined()
      expect(rule.proposal, rule.id).toBeUndefined()
    }
  })

  it("has the seven channel requirements of Nhiệm vụ 2 (V.2.1) and 3 (V.3.1)", () => {
    expect(hoaBinh2024.channels.map((rule) => [rule.id, rule.platform, rule.source?.section])).toEqual([
      ["unit-facebook-page", "facebook-page", "V.3.1"],
      ["unit-zalo-group", "zalo-group", "V.2.1"],
      ["unit-messenger-group", "messenger-group", "V.2.1"],
      ["department-zalo-group", "zalo-group", "V.2.1"],
      ["department-messenger-group", "messenger-group", "V.2.1"],
      ["department-zalo-community", "zalo-community", "V.2.1"],
      ["department-zalo-oa", "zalo-oa", "V.2.1"],
    ])
  })

  it("groups are named “Truyền thông + Tên trường”, the Sở's “Truyền thông Sở GD&ĐT Hòa Bình” and the community “Truyền thông Giáo dục Hòa Bình”", () => {
    expect(channel("unit-zalo-group").naming).toEqual({ type: "prefix", prefix: "Truyền thông" })
    expect(channel("unit-messenger-group").naming).toEqual({ type: "prefix", prefix: "Truyền thông" })
    expect(channel("department-zalo-group").naming).toEqual({ type: "exact", names: ["Truyền thông Sở GD&ĐT Hòa Bình"] })
    expect(channel("department-messenger-group").naming).toEqual({ type: "exact", names: ["Truyền thông Sở GD&ĐT Hòa Bình"] })
    expect(channel("department-zalo-community").naming).toEqual({ type: "exact", names: ["Truyền thông Giáo dục Hòa Bình"] })
    expect(channel("unit-facebook-page").naming).toBeUndefined()
  })

  it("a Fanpage is administered by the Ban Giám hiệu, the Phòng's leaders, or — for the Sở — division heads and deputies", () => {
    expect(channel("unit-facebook-page").admins).toEqual([
      { forKinds: SCHOOLS, scope: "unit", roles: ["principal", "vice-principal"] },
      { forKinds: ["district-office"], scope: "unit", roles: ["office-leader"] },
      { forKinds: ["department"], scope: "unit", roles: ["division-head", "division-deputy-head"] },
    ])
  })

  it("all text is in NFC", () => {
    const all = strings(hoaBinh2024)
    expect(all.length).toBeGreaterThan(100)
    for (const [path, text] of all) expect(text === text.normalize("NFC"), path).toBe(true)
  })

  it("is frozen: nobody can change the preset by accident", () => {
    expect(Object.isFrozen(hoaBinh2024)).toBe(true)
    expect(Object.isFrozen(hoaBinh2024.quotas[0])).toBe(true)
    expect(() => {
      ;(hoaBinh2024.quotas[0] as { minimum: number }).minimum = 0
    }).toThrow(TypeError)
  })

  it("audits the sample province's channels and finds exactly the missing and misnamed ones planted", () => {
    const { hierarchy } = buildHierarchy(generateProvince({ activities: false }))
    const entries = auditChannels(hierarchy, (hoaBinh2024 as Policy).channels, { on: "2024-11-15" })
    const found = entries
      .filter((entry) => entry.status !== "ok")
      .map((entry) => `${entry.unit} ${entry.requirement} ${entry.status}`)
      .sort()
    const planted = provinceFacts()
      .channelFaults.map((fault) => `${fault.unit} unit-${fault.platform} ${fault.fault}`)
      .sort()
    expect(found).toEqual(planted)
  })
})
