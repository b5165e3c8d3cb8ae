import { IncidentRecordSchema, parseIncidents, toIncidentRecord, type IncidentEventRecord, type IncidentRecord } from "@lantoa/moderation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { build, ms, vn } from "./incidentFixtures.js"

const good = (id: string, events: IncidentRecord["events"] = []): IncidentRecord => ({
  id,
  unit: "thcs-lac-son",
  channel: "fb-thcs-lac-son",
  category: "insult",
  detectedAt: vn("2024-11-12 09:00"),
  events,
})

const types = (incident: { readonly events: ReadonlyArray<{ readonly type: string }> } | undefined) => incident?.events.map((event) => event.type)

describe("parseIncidents: nothing valid is lost because one record is bad", () => {
  it("reads good cases into frozen incidents with epoch-ms instants", () => {
    const { incidents, indexes, issues } = parseIncidents([
      good("vv-1", [
        { type: "triaged", at: vn("2024-11-12 09:20"), by: "ht-0001", note: "Xúc phạm giáo viên." },
        { type: "hidden", at: vn("2024-11-12 09:40"), by: "gv-0001" },
      ]),
    ])
    expect(issues).toEqual([])
    expect(indexes).toEqual([0])
    expect(incidents[0]).toEqual({
      id: "vv-1",
      unit: "thcs-lac-son",
      channel: "fb-thcs-lac-son",
      category: "insult",
      detectedAt: ms("2024-11-12 09:00"),
      state: "actioned",
      events: [
        { type: "detected", at: ms("2024-11-12 09:00") },
        { type: "triaged", at: ms("2024-11-12 09:20"), by: "ht-0001", note: "Xúc phạm giáo viên." },
        { type: "hidden", at: ms("2024-11-12 09:40"), by: "gv-0001" },
      ],
    })
    expect(Object.isFrozen(incidents[0])).toBe(true)
  })

  it("a bad event is an issue at its path and is left out; its case and the other cases are kept", () => {
    const input = [
      good("vv-0"),
      good("vv-1"),
      good("vv-2"),
      good("vv-3", [
        { type: "triaged", at: vn("2024-11-12 09:20") },
        { type: "hidden", at: "12/11/2024 09:40" },
        { type: "deleted" as "hidden", at: vn("2024-11-12 09:50") },
        { type: "closed", at: vn("2024-11-12 10:00") },
      ]),
      good("vv-4"),
    ]
    const { incidents, indexes, issues } = parseIncidents(input)
    expect(incidents.map((incident) => incident.id)).toEqual(["vv-0", "vv-1", "vv-2", "vv-3", "vv-4"])
    expect(indexes).toEqual([0, 1, 2, 3, 4])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path, issue.record])).toEqual([
      ["error", "invalid-instant", "incidents[3].events[1].at", "vv-3"],
      ["error", "invalid-value", "incidents[3].events[2].type", "vv-3"],
    ])
    expect(issues[0]?.message).toBe(
      'incidents[3].events[1].at: thời điểm "12/11/2024 09:40" không đọc được; cần dạng ISO 8601, ví dụ 2024-11-12T09:00:00+07:00.',
    )
    expect(issues[0]?.messageEn).toBe(
      'incidents[3].events[1].at: cannot read the time "12/11/2024 09:40"; expected ISO 8601, e.g. 2024-11-12T09:00:00+07:00.',
    )
    expect(types(incidents[3])).toEqual(["detected", "triaged", "closed"])
  })

  it("a case missing a required field is left out with an issue naming it and the field", () => {
    const { incidents, indexes, issues } = parseIncidents([
      good("vv-1"),
      { id: "vv-2", unit: "thcs-lac-son", category: "spam" },
      { ...good("vv-3"), detectedAt: "hôm qua" },
      { ...good("vv-4"), events: "none" },
      42,
      good("vv-6"),
    ])
    expect(incidents.map((incident) => incident.id)).toEqual(["vv-1", "vv-6"])
    expect(indexes).toEqual([0, 5])
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["missing-field", "incidents[1].detectedAt"],
      ["invalid-instant", "incidents[2].detectedAt"],
      ["invalid-type", "incidents[3].events"],
      ["invalid-type", "incidents[4]"],
    ])
    expect(issues[0]?.message).toBe("incidents[1].detectedAt: thiếu trường bắt buộc.")
    expect(issues[0]?.messageEn).toBe("incidents[1].detectedAt: a required field is missing.")
    expect(issues[0]?.record).toBe("vv-2")
  })

  it("a blank or invalid optional field is dropped with a warning, and the case kept", () => {
    const { incidents, issues } = parseIncidents([
      { ...good("vv-1"), channel: "", source: { kind: "story" } },
      good("vv-2", [{ type: "hidden", at: vn("2024-11-12 09:40"), by: 17, note: null } as unknown as IncidentEventRecord]),
    ])
    expect(incidents).toHaveLength(2)
    expect(incidents[0]?.channel).toBeUndefined()
    expect(incidents[0]?.source).toBeUndefined()
    expect(incidents[1]?.events[1]).toEqual({ type: "hidden", at: ms("2024-11-12 09:40") })
    expect(issues.map((issue) => [issue.severity, issue.path])).toEqual([
      ["warning", "incidents[0].source.kind"],
      ["warning", "incidents[1].events[0].by"],
    ])
  })

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { incidents, issues } = parseIncidents(input)
        expect(Array.isArray(incidents) && Array.isArray(issues)).toBe(true)
      }),
    )
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), unit: fc.string(), category: fc.string(), detectedAt: fc.string(), events: fc.array(fc.anything()) })), (input) => {
        expect(() => parseIncidents(input)).not.toThrow()
      }),
    )
  })

  it("a missing list is no cases and no issue; a list that is not an array is one issue", () => {
    expect(parseIncidents(undefined)).toEqual({ incidents: [], indexes: [], issues: [] })
    expect(parseIncidents({}, { path: "dataset.incidents" }).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-type", "dataset.incidents"],
    ])
  })

  it("a repeated case id keeps the first case", () => {
    const { incidents, issues } = parseIncidents([good("vv-1"), { ...good("vv-1"), unit: "mn-hoa-ban" }])
    expect(incidents.map((incident) => incident.unit)).toEqual(["thcs-lac-son"])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([["warning", "duplicate-id", "incidents[1].id"]])
  })
})

describe("parseIncidents: order and impossible sequences", () => {
  it("events out of order are sorted by time", () => {
    const { incidents, issues } = parseIncidents([
      good("vv-1", [
        { type: "closed", at: vn("2024-11-12 12:00") },
        { type: "hidden", at: vn("2024-11-12 09:40") },
        { type: "triaged", at: vn("2024-11-12 09:20") },
      ]),
    ])
    expect(issues).toEqual([])
    expect(types(incidents[0])).toEqual(["detected", "triaged", "hidden", "closed"])
    expect(incidents[0]?.state).toBe("closed")
  })

  it("the sort is stable: events at the same instant keep their order", () => {
    const at = vn("2024-11-12 09:30")
    const { incidents } = parseIncidents([
      good("vv-1", [
        { type: "closed", at: vn("2024-11-12 12:00") },
        { type: "triaged", at },
        { type: "hidden", at },
        { type: "account-reported", at },
      ]),
    ])
    expect(types(incidents[0])).toEqual(["detected", "triaged", "hidden", "account-reported", "closed"])
  })

  it("an action before the detection is an impossible sequence: an issue, left out", () => {
    const { incidents, issues } = parseIncidents([
      good("vv-1", [
        { type: "hidden", at: vn("2024-11-12 08:00") },
        { type: "triaged", at: vn("2024-11-12 09:20") },
      ]),
    ])
    expect(types(incidents[0])).toEqual(["detected", "triaged"])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([["error", "impossible-sequence", "incidents[0].events[0]"]])
    expect(issues[0]?.message).toBe(
      'incidents[0].events[0]: sự kiện "ẩn nội dung" lúc 2024-11-12T08:00:00.000+07:00 xảy ra trước khi phát hiện vụ việc; đã bỏ qua sự kiện này.',
    )
    expect(issues[0]?.messageEn).toBe(
      'incidents[0].events[0]: the event "hid the content" at 2024-11-12T08:00:00.000+07:00 comes before the case was detected; the event was left out.',
    )
  })

  it("an action after closing, an escalation before triage, a second detection are impossible sequences", () => {
    const { incidents, issues } = parseIncidents([
      good("vv-1", [
        { type: "escalated-authorities", at: vn("2024-11-12 09:10") },
        { type: "detected", at: vn("2024-11-12 09:00") },
        { type: "detected", at: vn("2024-11-12 09:15") },
        { type: "closed", at: vn("2024-11-12 10:00") },
        { type: "hidden", at: vn("2024-11-12 11:00") },
        { type: "complaint", at: vn("2024-11-12 12:00") },
      ]),
    ])
    expect(types(incidents[0])).toEqual(["detected", "closed", "complaint"])
    expect(issues.map((issue) => issue.path)).toEqual(["incidents[0].events[0]", "incidents[0].events[2]", "incidents[0].events[4]"])
    expect(issues[2]?.message).toContain('không thể xảy ra khi vụ việc đang ở trạng thái "đã đóng"')
  })

  it("a complaint or authority request before the detection is kept: it starts a clock whenever it came", () => {
    const { incidents, issues } = parseIncidents([good("vv-1", [{ type: "authority-request", at: vn("2024-11-12 08:00") }])])
    expect(issues).toEqual([])
    expect(types(incidents[0])).toEqual(["authority-request", "detected"])
  })

  it("a listed detected event gives who and why; a different time is a warning and detectedAt wins", () => {
    const { incidents, issues } = parseIncidents([
      good("vv-1", [{ type: "detected", at: vn("2024-11-12 09:05"), by: "cv-0001", note: "Phụ huynh báo qua Zalo." }]),
    ])
    expect(incidents[0]?.events).toEqual([{ type: "detected", at: ms("2024-11-12 09:00"), by: "cv-0001", note: "Phụ huynh báo qua Zalo." }])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([["warning", "detected-mismatch", "incidents[0].events[0].at"]])
  })
})

describe("parseIncidents: times and people", () => {
  it("a time without an offset is read in the policy zone, with a warning", () => {
    const { incidents, issues } = parseIncidents([{ ...good("vv-1", [{ type: "hidden", at: "2024-11-12 09:40" }]), detectedAt: "2024-11-12T09:00:00" }])
    expect(incidents[0]?.detectedAt).toBe(ms("2024-11-12 09:00"))
    expect(incidents[0]?.events[1]?.at).toBe(ms("2024-11-12 09:40"))
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["warning", "missing-offset", "incidents[0].detectedAt"],
      ["warning", "missing-offset", "incidents[0].events[0].at"],
    ])
    const utc = parseIncidents([{ ...good("vv-1"), detectedAt: "2024-11-12T09:00:00" }], { timeZone: "UTC" })
    expect(utc.incidents[0]?.detectedAt).toBe(Date.parse("2024-11-12T09:00:00Z"))
  })

  it("a by that is a phone number or a name is not kept, and the warning does not repeat it", () => {
    const { incidents, issues } = parseIncidents([
      good("vv-1", [
        { type: "triaged", at: vn("2024-11-12 09:20"), by: "0912 345 678" },
        { type: "hidden", at: vn("2024-11-12 09:40"), by: "Nguyễn Thị Hoa" },
      ]),
    ])
    expect(incidents[0]?.events.map((event) => event.by)).toEqual([undefined, undefined, undefined])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["warning", "not-a-person-id", "incidents[0].events[0].by"],
      ["warning", "not-a-person-id", "incidents[0].events[1].by"],
    ])
    for (const issue of issues) {
      expect(issue.message).not.toContain("0912")
      expect(issue.message).not.toContain("Nguyễn")
    }
  })

  it("issues come row by row, in the order a clerk fixes them", () => {
    const { issues } = parseIncidents([
      good("vv-1", [{ type: "hidden", at: "x" }]),
      { ...good("vv-2"), detectedAt: "2024-11-12T09:00:00" },
    ])
    expect(issues.map((issue) => issue.path)).toEqual(["incidents[0].events[0].at", "incidents[1].detectedAt"])
  })
})

describe("the wire form", () => {
  it("toIncidentRecord writes a case that parseIncidents reads back to the same case", () => {
    const incident = build(
      {},
      { type: "complaint", at: vn("2024-11-12 10:00"), note: "Phụ huynh phản ánh." },
      { type: "triaged", at: vn("2024-11-12 10:30"), by: "ht-0001" },
      { type: "hidden", at: vn("2024-11-12 10:45"), by: "gv-0001" },
      { type: "closed", at: vn("2024-11-12 11:00"), by: "ht-0001" },
    )
    const record = toIncidentRecord(incident)
    expect(record.detectedAt).toBe("2024-11-12T09:00:00.000+07:00")
    expect(IncidentRecordSchema.safeParse(record).success).toBe(true)
    const { incidents, issues } = parseIncidents([JSON.parse(JSON.stringify(record))])
    expect(issues).toEqual([])
    expect(incidents[0]).toEqual(incident)
  })

  it("unknown fields are allowed: the contract may add fields", () => {
    const { incidents, issues } = parseIncidents([{ ...good("vv-1"), priority: "high" }])
    expect(issues).toEqual([])
    expect(incidents).toHaveLength(1)
  })
})
