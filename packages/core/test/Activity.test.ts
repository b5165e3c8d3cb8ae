import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ACTIVITY_KINDS, parseActivities, parseRecords, ActivityRecordSchema, toActivityRecord } from "@lantoa/core"

const post = { id: "facebook:108_1221", kind: "post", unit: "thcs-lac-son", channel: "fb-thcs-lac-son", at: "2024-11-12T09:00:00+07:00" }

describe("the Activity event (contract v1)", () => {
  it("reads the contract's example records, with the instant as epoch milliseconds", () => {
    const { activities, issues } = parseActivities([
      { ...post, url: "https://facebook.example/108_1221" },
      { id: "sheet:row-12", kind: "share", person: "gv-0001", at: "2024-11-13T20:00:00+07:00", target: "https://facebook.example/108_1221" },
    ])
    expect(issues).toEqual([])
    expect(activities).toEqual([
      { ...post, at: Date.parse("2024-11-12T02:00:00Z"), url: "https://facebook.example/108_1221" },
      { id: "sheet:row-12", kind: "share", person: "gv-0001", at: Date.parse("2024-11-13T13:00:00Z"), target: "https://facebook.example/108_1221" },
    ])
  })

  it("a malformed record becomes an error naming its path and field, and the others are kept", () => {
    const { activities, issues } = parseActivities([post, { ...post, id: "x2", kind: "like" }, { ...post, id: "x3" }])
    expect(activities.map((activity) => activity.id)).toEqual([post.id, "x3"])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ severity: "error", code: "invalid-value", path: "activities[1].kind", record: "x2" })
    expect(issues[0]?.message).toContain("activities[1].kind: giá trị không hợp lệ")
    expect(issues[0]?.messageEn).toContain("invalid value")
  })

  it("an activity needs a unit or a person", () => {
    const { activities, issues } = parseActivities([{ id: "a", kind: "post", at: post.at }])
    expect(activities).toEqual([])
    expect(issues[0]).toMatchObject({ code: "missing-subject", path: "activities[0].unit" })
    expect(issues[0]?.message).toContain("phải có đơn vị")
  })

  it("a missing field is reported as missing, not as a wrong type", () => {
    const { issues } = parseActivities([{ id: "a", unit: "u", at: post.at }])
    expect(issues[0]).toMatchObject({ code: "missing-field", path: "activities[0].kind" })
    expect(issues[0]?.message).toBe("activities[0].kind: thiếu trường bắt buộc.")
  })

  it("an unreadable time is an error; a time without an offset is read in Vietnam's zone with a warning", () => {
    const { activities, issues } = parseActivities([
      { ...post, id: "a", at: "12/11/2024 09:00" },
      { ...post, id: "b", at: "2024-11-12 09:00" },
    ])
    expect(activities).toEqual([{ ...post, id: "b", at: Date.parse("2024-11-12T02:00:00Z") }])
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual([
      ["error", "invalid-instant", "activities[0].at"],
      ["warning", "missing-offset", "activities[1].at"],
    ])
  })

  it("a repeated activity id keeps the first record (a redelivery) and warns about the copy", () => {
    const { activities, issues } = parseActivities([post, { ...post, at: "2024-11-20T09:00:00+07:00" }])
    expect(activities).toHaveLength(1)
    expect(activities[0]?.at).toBe(Date.parse("2024-11-12T02:00:00Z"))
    expect(issues[0]).toMatchObject({ severity: "warning", code: "duplicate-id", path: "activities[1].id" })
  })

  it("input that is not a list is one issue and no activities; a missing list is no activities", () => {
    expect(parseActivities({ id: "a" }).issues[0]).toMatchObject({ code: "invalid-type", path: "activities" })
    expect(parseActivities(undefined)).toEqual({ activities: [], indexes: [], issues: [] })
  })

  it("a blank or null optional field counts as absent, silently", () => {
    const { activities, issues } = parseActivities([
      { ...post, channel: "", url: null, person: "  " },
      { id: "s1", kind: "share", person: "gv-1", unit: null, at: post.at, target: "https://facebook.example/1" },
    ])
    expect(issues).toEqual([])
    expect(activities[0]).toEqual({ id: post.id, kind: "post", unit: post.unit, at: Date.parse("2024-11-12T02:00:00Z") })
    expect(activities[1]).not.toHaveProperty("unit")
  })

  it("an invalid optional field is dropped with a warning and the activity is kept", () => {
    const { activities, issues } = parseActivities([{ ...post, url: 42 }])
    expect(activities).toEqual([{ id: post.id, kind: "post", unit: post.unit, channel: post.channel, at: Date.parse("2024-11-12T02:00:00Z") }])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ severity: "warning", code: "invalid-type", path: "activities[0].url", record: post.id })
    expect(issues[0]?.message).toBe("activities[0].url: sai kiểu dữ liệu: cần chuỗi ký tự. Đã bỏ qua giá trị này, giữ lại bản ghi.")
  })

  it("dropping an invalid optional field cannot save an activity that then has no subject", () => {
    const { activities, issues } = parseActivities([{ id: "a", kind: "post", unit: 7, at: post.at }])
    expect(activities).toEqual([])
    expect(issues[0]).toMatchObject({ severity: "error", path: "activities[0].unit" })
  })

  it("issues carry the dataset path the caller gives", () => {
    const { issues } = parseActivities([5], { path: "dataset.activities" })
    expect(issues[0]?.path).toBe("dataset.activities[0]")
    expect(issues[0]?.message).toBe("dataset.activities[0]: sai kiểu dữ liệu: cần đối tượng.")
  })

  it("unknown fields are kept on the wire record, since the contract may add fields", () => {
    const { records } = parseRecords(ActivityRecordSchema, [{ ...post, platform: "facebook-page" }], "activities")
    expect(records[0]).toMatchObject({ platform: "facebook-page" })
  })

  it("writes an activity back to the wire with the offset of the zone", () => {
    expect(toActivityRecord({ id: "a1", kind: "post", unit: "u", at: 1731376800000 })).toEqual({
      id: "a1",
      kind: "post",
      unit: "u",
      at: "2024-11-12T09:00:00.000+07:00",
    })
  })

  it("no valid record is lost because of bad ones, and issues follow input order", () => {
    const good = fc.record({
      id: fc.uuid(),
      kind: fc.constantFrom(...ACTIVITY_KINDS),
      unit: fc.constantFrom("a", "b"),
      at: fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms).toISOString()),
    })
    const bad = fc.oneof(fc.constant(null), fc.constant(7), fc.record({ id: fc.constant(""), kind: fc.constant("post") }))
    fc.assert(
      fc.property(fc.array(fc.oneof(good.map((r) => ({ ok: true, r })), bad.map((r) => ({ ok: false, r })))), (items) => {
        const { activities, issues } = parseActivities(items.map((item) => item.r))
        const expectedIds = [...new Set(items.filter((item) => item.ok).map((item) => (item.r as { id: string }).id))]
        expect(activities.map((activity) => activity.id)).toEqual(expectedIds)
        const indexes = issues.map((issue) => Number(/^activities\[(\d+)\]/.exec(issue.path)?.[1]))
        expect(indexes).toEqual([...indexes].sort((a, b) => a - b))
        expect(issues.filter((issue) => issue.severity === "error").length).toBeGreaterThanOrEqual(items.filter((item) => !item.ok).length)
      }),
    )
  })

  it("each kept activity carries its input index, for paths in later checks", () => {
    const { indexes } = parseActivities([post, { id: "bad" }, { ...post, id: "x3" }])
    expect(indexes).toEqual([0, 2])
  })

  it("the fast reading of clean records gives exactly what the full schema gives", () => {
    const text = fc.oneof(fc.constantFrom("a", "u-1", " padded ", "", "  "), fc.string({ maxLength: 4 }))
    const record = fc.record(
      {
        id: text,
        kind: fc.constantFrom(...ACTIVITY_KINDS, "like"),
        unit: fc.oneof(text, fc.constant(null), fc.integer()),
        person: fc.oneof(text, fc.constant(null)),
        channel: text,
        url: fc.oneof(text, fc.constant(42)),
        at: fc.constantFrom("2024-11-12T09:00:00+07:00", "2024-11-12T02:00:00Z", "2024-11-12 09:00", "12/11/2024", "2024-02-30T00:00:00Z"),
      },
      { requiredKeys: ["id", "kind", "at"] },
    )
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (records) => {
        // Asia/Saigon is the same zone under another name: it takes the full path for every record.
        const full = JSON.stringify(parseActivities(records, { timeZone: "Asia/Saigon" })).replaceAll("Asia/Saigon", "Asia/Ho_Chi_Minh")
        expect(parseActivities(records)).toEqual(JSON.parse(full))
      }),
    )
  })
})

