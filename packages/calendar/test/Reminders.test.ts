import { deadlineStatuses, reminderPlan, type DeadlineStatus, type ReminderPlanOptions } from "@lantoa/calendar"
import { describe, expect, it } from "vitest"
import { lacSon, task } from "./fixtures.js"

const hierarchy = lacSon()
const reportSetup = task("report-setup", "Trước ngày 16/11/2024", { type: "kinds", kinds: ["lower-secondary", "kindergarten", "upper-secondary"] })
const titled = { ...reportSetup, title: { vi: "Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT", en: "Report the groups and pages set up" } }

const statusesAt = (now: string, completions: ReadonlyArray<{ unit: string; at: string }> = []): ReadonlyArray<DeadlineStatus> =>
  deadlineStatuses(
    [titled],
    hierarchy,
    completions.map((completion) => ({ task: "report-setup", ...completion })),
    { period: "2024-11", now },
  ).statuses

const plan = (now: string, options: Partial<ReminderPlanOptions> = {}, completions: ReadonlyArray<{ unit: string; at: string }> = []) =>
  reminderPlan(statusesAt(now, completions), { now, ...options })

describe("reminderPlan", () => {
  it("reminds only the owners who have not completed", () => {
    const reminders = plan("2024-11-01T08:00:00+07:00", {}, [{ unit: "thcs-lac-son", at: "2024-11-01T07:00:00+07:00" }])
    expect(new Set(reminders.map((reminder) => reminder.unit))).toEqual(new Set(["mn-hoa-ban", "thpt-lac-son"]))
  })

  it("plans one reminder per offset before the due day at 08:00, then one the day after if still not done", () => {
    const reminders = plan("2024-11-01T08:00:00+07:00").filter((reminder) => reminder.unit === "mn-hoa-ban")
    expect(reminders.map((reminder) => [reminder.id, reminder.send, reminder.daysLeft])).toEqual([
      ["report-setup@2024-11-15/mn-hoa-ban/before-7", "2024-11-08T08:00:00.000+07:00", 7],
      ["report-setup@2024-11-15/mn-hoa-ban/before-3", "2024-11-12T08:00:00.000+07:00", 3],
      ["report-setup@2024-11-15/mn-hoa-ban/before-1", "2024-11-14T08:00:00.000+07:00", 1],
      ["report-setup@2024-11-15/mn-hoa-ban/overdue", "2024-11-16T08:00:00.000+07:00", -1],
    ])
  })

  it("writes the message in Vietnamese with the due date as dd/mm/yyyy and the days left", () => {
    const reminders = plan("2024-11-01T08:00:00+07:00").filter((reminder) => reminder.unit === "mn-hoa-ban")
    expect(reminders.map((reminder) => reminder.message)).toEqual([
      "Nhắc việc: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (còn 7 ngày).",
      "Nhắc việc: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (còn 3 ngày).",
      "Nhắc việc: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (còn 1 ngày).",
      "Quá hạn: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (đã quá 1 ngày).",
    ])
    for (const reminder of reminders) expect(reminder.message).toBe(reminder.message.normalize("NFC"))
  })

  it("writes English on request", () => {
    const reminders = plan("2024-11-01T08:00:00+07:00", { locale: "en", offsets: [0] }).filter((reminder) => reminder.unit === "mn-hoa-ban")
    expect(reminders.map((reminder) => reminder.message)).toEqual([
      "Reminder: Report the groups and pages set up, due 2024-11-15 (due today).",
      "Overdue: Report the groups and pages set up, was due 2024-11-15 (1 day ago).",
    ])
  })

  it("on the due day says the deadline is today", () => {
    const [reminder] = plan("2024-11-15T07:00:00+07:00", { offsets: [0], overdue: false }).filter((item) => item.unit === "mn-hoa-ban")
    expect(reminder?.message).toBe("Nhắc việc: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (hạn chót là hôm nay).")
  })

  it("leaves out reminders whose time has passed", () => {
    const reminders = plan("2024-11-13T09:00:00+07:00").filter((reminder) => reminder.unit === "mn-hoa-ban")
    expect(reminders.map((reminder) => reminder.id.split("/").pop())).toEqual(["before-1", "overdue"])
  })

  it("an overdue deadline is reminded right away, once per plan, with the days overdue", () => {
    const reminders = plan("2024-11-20T10:30:00+07:00").filter((reminder) => reminder.unit === "mn-hoa-ban")
    expect(reminders.map((reminder) => [reminder.kind, reminder.send, reminder.message])).toEqual([
      [
        "overdue",
        "2024-11-20T10:30:00.000+07:00",
        "Quá hạn: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (đã quá 5 ngày).",
      ],
    ])
    expect(plan("2024-11-20T10:30:00+07:00", { overdue: false })).toEqual([])
  })

  it("a unit that completed late is not reminded either", () => {
    expect(plan("2024-11-20T10:30:00+07:00", {}, [
      { unit: "mn-hoa-ban", at: "2024-11-18T10:00:00+07:00" },
      { unit: "thpt-lac-son", at: "2024-11-10T10:00:00+07:00" },
      { unit: "thcs-lac-son", at: "2024-11-19T10:00:00+07:00" },
    ])).toEqual([])
  })

  it("sends at the given local time, and with workingDaysOnly moves reminders off weekends", () => {
    // 7 days before Friday 15/11 is Friday 08/11; 1 day before a Monday due day would be a Sunday.
    const monday = deadlineStatuses([task("monday", "18/11/2024", { type: "units", units: ["thcs-lac-son"] })], hierarchy, [], {
      period: "2024-11",
      now: "2024-11-01T00:00:00+07:00",
    }).statuses
    const plain = reminderPlan(monday, { now: "2024-11-01T00:00:00+07:00", offsets: [1], overdue: false, sendTime: "07:30" })
    expect(plain.map((reminder) => reminder.send)).toEqual(["2024-11-17T07:30:00.000+07:00"])
    const working = reminderPlan(monday, { now: "2024-11-01T00:00:00+07:00", offsets: [1, 2], workingDaysOnly: true })
    expect(working.map((reminder) => [reminder.send, reminder.daysLeft])).toEqual([
      ["2024-11-15T08:00:00.000+07:00", 3],
      ["2024-11-19T08:00:00.000+07:00", -1],
    ])
  })

  it("names the people to remind for role owners", () => {
    const byRole = task("report-role", "15/11/2024", { type: "roles", roles: ["communication-officer"], unitKinds: ["lower-secondary"] })
    const statuses = deadlineStatuses([byRole], hierarchy, [], { period: "2024-11", now: "2024-11-10T00:00:00+07:00" }).statuses
    expect(reminderPlan(statuses, { now: "2024-11-10T00:00:00+07:00", offsets: [3], overdue: false }).map((reminder) => reminder.people)).toEqual([
      ["gv-0001", "gv-0002"],
    ])
  })

  it("orders reminders by send time, then unit", () => {
    const reminders = plan("2024-11-01T08:00:00+07:00")
    const keys = reminders.map((reminder) => `${reminder.send}|${reminder.unit}`)
    expect(keys).toEqual([...keys].sort())
  })

  it("refuses bad offsets and times", () => {
    expect(() => plan("2024-11-01T08:00:00+07:00", { offsets: [-1] })).toThrow(RangeError)
    expect(() => plan("2024-11-01T08:00:00+07:00", { sendTime: "8h" })).toThrow(RangeError)
    expect(() => plan("2024-11-01T08:00:00+07:00", { now: "mai" })).toThrow(RangeError)
  })
})
