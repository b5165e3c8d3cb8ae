import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { readActivities, readRoster, type ActivityRoster } from "@lantoa/adapter-sheets"
import { csv, fixture } from "./helpers.js"

const roster: ActivityRoster = {
  units: [
    { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary" },
    { id: "th-vu-ban", name: "Trường Tiểu học Vũ Bản", kind: "primary" },
  ],
  people: [
    { id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son" },
    { id: "gv-0002", name: "Lê Văn An", unit: "thcs-lac-son" },
    { id: "gv-0003", name: "Nguyễn Thị Hoa", unit: "th-vu-ban" },
    { id: "gv-0004", name: "Lê Văn An", unit: "thcs-lac-son" },
  ],
}

const FORM =
  "Dấu thời gian,Địa chỉ email,Mã cán bộ,Họ và tên,Đơn vị,Link bài viết bạn đã chia sẻ\n" +
  "17/11/2024 23:30:00,a@example.invalid,,nguyen thi hoa,THCS Lạc Sơn,https://www.facebook.example/so/posts/1\n" +
  "18/11/2024 00:10:00,,,NGUYỄN THỊ HOA,Trường Tiểu học Vũ Bản,https://facebook.example/so/posts/1\n" +
  "18/11/2024 7:05:00,,gv-0001,,,https://m.facebook.example/so/posts/1/?fbclid=IwAR0x&mibextid=abc\n" +
  "2024/11/18 8:05:33 CH GMT+7,,,Lê Văn An,Trường THCS Lạc Sơn,https://facebook.example/so/posts/2\n" +
  "18/11/2024 21:00:00,,,Người Không Có,Trường THCS Lạc Sơn,https://facebook.example/so/posts/3\n" +
  "18/11/2024 21:00:00,,gv-0009,,,https://facebook.example/so/posts/3\n" +
  "hôm qua,,gv-0001,,,https://facebook.example/so/posts/4\n" +
  "18/11/2024 21:00:00,,gv-0001,,,xem trên Facebook\n" +
  "18/11/2024 21:00:00,,GV-0002,,,facebook.example/so/posts/5\n"

describe("readActivities over a Google Forms export", async () => {
  const { activities, issues } = await readActivities(csv(FORM), roster, { name: "Câu trả lời biểu mẫu 1.csv" })

  it("matches people by name within their unit, whatever the case and diacritics, or by staff code in any case", () => {
    expect(activities.map((activity) => activity.person)).toEqual(["gv-0001", "gv-0003", "gv-0002"])
  })

  it("reads local times in Vietnam's zone whatever the machine's, a Sunday 23:30 staying in that week", () => {
    expect(activities[0]).toMatchObject({ kind: "share", at: "2024-11-17T23:30:00.000+07:00", target: "https://facebook.example/so/posts/1" })
    expect(activities[1]?.at).toBe("2024-11-18T00:10:00.000+07:00")
  })

  it("counts a person's link once, whatever tracking parameters, m. or www. it carries", () => {
    expect(issues.find((issue) => issue.row === 4)).toMatchObject({ severity: "info", code: "duplicate-link", column: "F" })
  })

  it("reports rows it cannot match or read, with their row and column", () => {
    expect(issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [4, "F", "duplicate-link"],
      [5, "D", "ambiguous-person"],
      [6, "D", "unknown-person"],
      [7, "C", "unknown-person"],
      [8, "A", "invalid-date"],
      [9, "F", "invalid-link"],
    ])
    expect(issues[1]?.message).toBe(
      "Trang “Câu trả lời biểu mẫu 1”, dòng 5, cột D (Họ và tên): có nhiều cán bộ tên “Lê Văn An” ở Trường THCS Lạc Sơn; hãy ghi mã cán bộ. Bỏ qua dòng này.",
    )
  })

  it("adds https:// to a link pasted without it, and gives each activity an id stable across imports", async () => {
    expect(activities[2]).toMatchObject({ person: "gv-0002", target: "https://facebook.example/so/posts/5" })
    const again = await readActivities(csv(FORM), roster)
    expect(again.activities.map((activity) => activity.id)).toEqual(activities.map((activity) => activity.id))
    expect(activities[0]?.id).toMatch(/^sheet:gv-0001:[0-9a-z]+$/)
  })
})

describe("readActivities: time zones and kinds", () => {
  it("reads Google's “CH GMT+7” (chiều, afternoon) with its own offset", async () => {
    const { activities } = await readActivities(csv("Timestamp,Mã cán bộ,Link\n2024/11/18 8:05:33 CH GMT+7,gv-0001,https://x.example/1\n"), roster)
    expect(activities[0]?.at).toBe("2024-11-18T20:05:33.000+07:00")
  })

  it("reads times without an offset in the zone asked for, never the machine's", async () => {
    const { activities } = await readActivities(csv("Thời gian,Mã CB,Đường dẫn\n18/11/2024 08:00,gv-0001,https://x.example/1\n"), roster, { timeZone: "UTC" })
    expect(activities[0]?.at).toBe("2024-11-18T08:00:00.000Z")
  })

  it("reads month-first dates when asked (a form owned by a US-locale account)", async () => {
    const { activities } = await readActivities(csv("Timestamp,Mã CB,Link\n11/18/2024 8:00:00,gv-0001,https://x.example/1\n"), roster, { dayFirst: false })
    expect(activities[0]?.at).toBe("2024-11-18T08:00:00.000+07:00")
  })

  it("reads the activity kind from a Hình thức column; a post keeps its link as url", async () => {
    const sheet = "Dấu thời gian,Mã cán bộ,Đường dẫn,Hình thức\n18/11/2024 8:00,gv-0001,https://x.example/1,Đăng bài\n18/11/2024 9:00,gv-0001,https://x.example/1,thả tim\n18/11/2024 9:00,gv-0001,https://x.example/2,nhảy múa\n"
    const { activities, issues } = await readActivities(csv(sheet), roster)
    expect(activities.map((activity) => [activity.kind, activity.url ?? activity.target])).toEqual([
      ["post", "https://x.example/1"],
      ["reaction", "https://x.example/1"],
      ["share", "https://x.example/2"],
    ])
    expect(issues).toMatchObject([{ row: 4, column: "D", code: "invalid-value", severity: "warning" }])
  })

  it("reads date-time cells of an .xlsx written by exceljs as Vietnam's wall clock", async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet("Câu trả lời biểu mẫu 1")
    sheet.addRow(["Dấu thời gian", "Mã cán bộ", "Đường dẫn"])
    sheet.addRow([new Date(Date.UTC(2024, 10, 17, 23, 30)), "gv-0001", "https://x.example/1"])
    sheet.getCell("A2").numFmt = "dd/mm/yyyy hh:mm:ss"
    sheet.addRow([45614.5, "gv-0002", "https://x.example/2"])
    const { activities } = await readActivities(new Uint8Array(await workbook.xlsx.writeBuffer()), roster)
    expect(activities.map((activity) => activity.at)).toEqual(["2024-11-17T23:30:00.000+07:00", "2024-11-18T12:00:00.000+07:00"])
  })
})

describe("readActivities over a workbook written by LibreOffice", () => {
  it("matches “lo thi mai” at “THCS An Lạc”, reads the date-time cell, drops the duplicate and reports the stranger", async () => {
    const { dataset } = await readRoster(fixture("libreoffice-roster.xlsx"))
    const { activities, issues } = await readActivities(fixture("libreoffice-activities.xlsx"), dataset)
    expect(activities).toEqual([
      {
        id: activities[0]?.id,
        kind: "share",
        person: "thcs-an-lac:lo-thi-mai",
        at: "2024-11-17T23:30:00.000+07:00",
        target: "https://facebook.example/thcs-an-lac/posts/1",
      },
    ])
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ["'Câu trả lời biểu mẫu 1'!D3", "duplicate-link"],
      ["'Câu trả lời biểu mẫu 1'!B4", "unknown-person"],
    ])
  })
})
