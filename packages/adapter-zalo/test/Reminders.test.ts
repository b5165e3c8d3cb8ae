import type { Reminder } from "@lantoa/calendar"
import { buildHierarchy } from "@lantoa/hierarchy"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { planReminderMessages, reminderTrackingId, type QuotaVerdictInput } from "../src/index.js"

const NOW = "2024-11-13T08:00:00+07:00"

const { hierarchy } = buildHierarchy({
  units: [
    { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng GD&ĐT huyện Lạc Sơn", kind: "district-office", parent: "so" },
    { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary", parent: "pgd-lac-son" },
    { id: "mn-hoa-sen", name: "Trường Mầm non Hoa Sen", kind: "kindergarten", parent: "pgd-lac-son" },
  ],
  people: [
    { id: "ht-01", name: "Bùi Thị Hạnh", unit: "thcs-lac-son", roles: ["principal", "communication-officer"], phone: "0301234561" },
    { id: "gv-01", name: "Quách Văn Toàn", unit: "thcs-lac-son", roles: ["teacher", "communication-officer"], partyMember: true, phone: "0301234562" },
    { id: "gv-02", name: "Đinh Thị Lan", unit: "thcs-lac-son", roles: ["teacher"], partyMember: true },
    { id: "tp-01", name: "Hà Văn Sơn", unit: "pgd-lac-son", roles: ["office-leader"], phone: "0301234563" },
    { id: "tp-02", name: "Xa Thị Mai", unit: "pgd-lac-son", roles: ["office-leader"], phone: "0301234564" },
    { id: "pht-01", name: "Lò Thị Nga", unit: "mn-hoa-sen", roles: ["vice-principal"], phone: "0301234565" },
  ],
})

const short = (subject: QuotaVerdictInput["subject"], rule = "unit-weekly-posts", period = "2024-W45"): QuotaVerdictInput => ({
  rule,
  subject,
  period,
  required: 1,
  counted: 0,
  status: "short",
})

const deadline = (unit: string, sendAt: string, id = `setup-groups@2024-11-05/${unit}/overdue`): Reminder => ({
  id,
  task: "setup-groups",
  occurrence: "setup-groups@2024-11-05",
  unit,
  people: [],
  kind: "overdue",
  sendAt: Date.parse(sendAt),
  send: sendAt,
  daysLeft: -8,
  due: "2024-11-05T23:59:59.999+07:00",
  message: "Quá hạn: Lập nhóm Zalo, nhóm Messenger về công tác truyền thông; triển khai eNetViet, hạn chót ngày 05/11/2024 (đã quá 8 ngày).",
})

describe("planReminderMessages", () => {
  it("reminds only those behind: short verdicts, and open ones behind pace", () => {
    const { messages } = planReminderMessages({
      hierarchy,
      now: NOW,
      quotas: [
        short({ unit: "thcs-lac-son" }),
        { ...short({ unit: "pgd-lac-son" }, "district-office-weekly-posts"), status: "met" },
        { ...short({ person: "gv-01" }, "party-member-monthly", "2024-11"), status: "open", pace: { onTrack: true } },
        { ...short({ person: "gv-01" }, "party-member-weekly", "2024-W46"), status: "open", pace: { onTrack: false } },
      ],
    })
    expect(messages.map((message) => message.key)).toEqual([
      "quota/party-member-weekly/2024-W46/gv-01|gv-01",
      "quota/unit-weekly-posts/2024-W45/thcs-lac-son|gv-01",
      "quota/unit-weekly-posts/2024-W45/thcs-lac-son|ht-01",
    ])
  })

  it("with behind: \"short\", open verdicts wait for the period to end", () => {
    const open = { ...short({ person: "gv-01" }, "party-member-weekly", "2024-W46"), status: "open", pace: { onTrack: false } }
    expect(planReminderMessages({ hierarchy, now: NOW, quotas: [open], behind: "short" }).messages).toEqual([])
  })

  it("a unit's reminder reaches its head and communication officer once each; a Phòng's its leaders; otherwise the leadership", () => {
    const { messages } = planReminderMessages({
      hierarchy,
      now: NOW,
      quotas: [short({ unit: "thcs-lac-son" }), short({ unit: "pgd-lac-son" }), short({ unit: "mn-hoa-sen" })],
    })
    expect(messages.map((message) => `${message.unit}:${message.person}`)).toEqual([
      "mn-hoa-sen:pht-01",
      "pgd-lac-son:tp-01",
      "pgd-lac-son:tp-02",
      "thcs-lac-son:gv-01",
      "thcs-lac-son:ht-01",
    ])
  })

  it("writes Vietnamese messages with the rule's title and the period, addressed to party members as đồng chí", () => {
    const [message] = planReminderMessages({
      hierarchy,
      now: NOW,
      quotas: [short({ person: "gv-01" }, "party-member-weekly")],
      ruleTitles: { "party-member-weekly": "Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần" },
    }).messages
    expect(message?.text).toBe(
      "Nhắc việc: đồng chí Quách Văn Toàn — Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần. Tuần 45 năm 2024 (04/11/2024 – 10/11/2024): mới có 0/1 tin, bài, còn thiếu 1. Đề nghị đồng chí đăng tải, chia sẻ tin, bài tích cực.",
    )
    expect(message?.text.normalize("NFC")).toBe(message?.text)
    expect(message?.templateData).toEqual({
      ten_can_bo: "Quách Văn Toàn",
      don_vi: "Trường THCS Lạc Sơn",
      noi_dung: "Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần",
      thoi_han: "Tuần 45 năm 2024 (04/11/2024 – 10/11/2024)",
    })
    expect(message?.phone).toBe("84301234562")
  })

  it("sends deadline reminders due by now, and keeps later ones for a later run", () => {
    const { messages } = planReminderMessages({
      hierarchy,
      now: NOW,
      deadlines: [deadline("thcs-lac-son", NOW), deadline("pgd-lac-son", "2024-11-14T08:00:00+07:00")],
    })
    expect(messages.map((message) => message.key)).toEqual([
      "setup-groups@2024-11-05/thcs-lac-son/overdue|gv-01",
      "setup-groups@2024-11-05/thcs-lac-son/overdue|ht-01",
    ])
    expect(messages[0]?.text).toBe(
      "Quá hạn: Lập nhóm Zalo, nhóm Messenger về công tác truyền thông; triển khai eNetViet, hạn chót ngày 05/11/2024 (đã quá 8 ngày). Đơn vị: Trường THCS Lạc Sơn.",
    )
    expect(messages[0]?.templateData["noi_dung"]).toBe("Lập nhóm Zalo, nhóm Messenger về công tác truyền thông; triển khai eNetViet")
  })

  it("skips people with neither a phone nor a Zalo link, and unknown subjects, saying why", () => {
    const planned = planReminderMessages({
      hierarchy,
      now: NOW,
      quotas: [short({ person: "gv-02" }, "party-member-weekly"), short({ person: "nobody" }, "party-member-weekly"), short({ unit: "nowhere" })],
    })
    expect(planned.messages).toEqual([])
    expect(planned.skipped.map((skip) => skip.reason)).toEqual(["unknown-person", "no-contact", "unknown-unit"])
  })

  it("uses a Zalo link when the person has one", () => {
    const contacts = new Map([["gv-02", { userId: "2468458835296197922", lastInteraction: Date.parse("2024-11-12T10:00:00+07:00") }]])
    const [message] = planReminderMessages({ hierarchy, now: NOW, quotas: [short({ person: "gv-02" }, "party-member-weekly")], contacts }).messages
    expect(message).toMatchObject({ person: "gv-02", zaloUserId: "2468458835296197922" })
    expect(message?.phone).toBeUndefined()
  })

  it("tracking ids are deterministic, at most 48 characters, and carry nothing personal", () => {
    const id = reminderTrackingId("quota/party-member-weekly/2024-W45/gv-01|gv-01")
    expect(id).toBe(reminderTrackingId("quota/party-member-weekly/2024-W45/gv-01|gv-01"))
    expect(id).toMatch(/^lt-[0-9a-f]{40}$/)
  })

  it("the plan does not depend on the order of its inputs", () => {
    const quotas = [
      short({ unit: "thcs-lac-son" }),
      short({ unit: "pgd-lac-son" }),
      short({ person: "gv-01" }, "party-member-weekly"),
      short({ unit: "mn-hoa-sen" }),
      short({ person: "gv-01" }, "party-member-weekly"),
    ]
    const deadlines = [deadline("thcs-lac-son", NOW), deadline("mn-hoa-sen", NOW)]
    const reference = planReminderMessages({ hierarchy, now: NOW, quotas, deadlines }).messages
    fc.assert(
      fc.property(fc.shuffledSubarray(quotas, { minLength: quotas.length }), fc.shuffledSubarray(deadlines, { minLength: 2 }), (q, d) => {
        expect(planReminderMessages({ hierarchy, now: NOW, quotas: q, deadlines: d }).messages).toEqual(reference)
      }),
    )
  })
})
