import ExcelJS from "exceljs"
import { readFile } from "node:fs/promises"
import { basename, join } from "node:path"
import { describe, expect, it } from "vitest"
import { STATUS_COLOURS, writeReport, type SheetReport } from "@lantoa/adapter-sheets"
import { tempDir } from "./helpers.js"

const dir = await tempDir()

const quota = (unit: string, period: string, counted: number, status: string) =>
  ({ rule: "unit-weekly-posts", subject: { unit }, period, required: 1, counted, status })

const report: SheetReport = {
  policy: { id: "hoa-binh-2024", version: "1.0.0" },
  periods: ["2024-W46", "2024-W47", "2024-11"],
  range: { from: "2024-11-11T00:00:00.000+07:00", to: "2024-11-25T00:00:00.000+07:00" },
  now: "2024-11-22T08:00:00.000+07:00",
  rules: [{ id: "unit-weekly-posts", title: "Mỗi đơn vị, trường học đăng tải ít nhất 01 tin, bài mỗi tuần", subjects: "unit", period: "week", minimum: 1 }],
  totals: [{ rule: "unit-weekly-posts", period: "2024-W46", subjects: 2, met: 1, short: 1, open: 0, exempt: 0, rate: 0.5 }],
  quotas: [
    quota("thcs-lac-son", "2024-W46", 2, "met"),
    quota("thcs-lac-son", "2024-W47", 0, "open"),
    quota("th-vu-ban", "2024-W46", 0, "short"),
    quota("th-vu-ban", "2024-W47", 1, "met"),
    { rule: "party-member-weekly", subject: { person: "gv-0001" }, period: "2024-W46", required: 1, counted: 0, status: "short" },
  ],
  rollups: [{ unit: "pgd-lac-son", rule: "unit-weekly-posts", period: "2024-W46", subjects: 2, met: 1, short: 1, rate: 0.5 }],
  deadlines: [
    { task: "setup-groups", unit: "th-vu-ban", due: "2024-11-05T23:59:59.999+07:00", status: "overdue", date: "2024-11-05", daysLeft: -17 },
    { task: "setup-groups", unit: "thcs-lac-son", due: "2024-11-05T23:59:59.999+07:00", status: "done-on-time", done: "2024-11-04T10:00:00+07:00" },
  ],
  scores: [{ subject: { unit: "thcs-lac-son" }, period: "2024-11", total: 87.5, rank: 1, tier: "good", tierLabel: "Tốt", peerGroupLabel: "Trường Trung học cơ sở" }],
  featured: [{ week: "2024-W47", channel: "fb-thcs-lac-son", reason: "Trang được chọn lan tỏa tuần 47.", unit: "thcs-lac-son" }],
  issues: [{ severity: "error", code: "unknown-unit", path: "activities[3].unit", message: "=HYPERLINK(\"https://x.example\";\"bấm vào\")" }],
}

const units = [
  { id: "pgd-lac-son", name: "Phòng Giáo dục và Đào tạo huyện Lạc Sơn" },
  { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", parent: "pgd-lac-son" },
  { id: "th-vu-ban", name: "+Trường Tiểu học Vũ Bản", parent: "pgd-lac-son" },
]
const people = [{ id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "th-vu-ban", phone: "0301234567" }]
const channels = [{ id: "fb-thcs-lac-son", name: "Trường THCS Lạc Sơn", platform: "facebook-page" }]

describe("writeReport to .xlsx", async () => {
  const file = join(dir, "bao-cao.xlsx")
  expect(await writeReport(report, file, { units, people, channels })).toEqual([file])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheet = (name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet

  it("has a sheet for each part of the report", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Thông tin", "Kết quả theo định mức", "Ma trận tuân thủ", "Theo đơn vị quản lý", "Hạn chót", "Điểm thi đua",
      "Trang lan tỏa", "Cần nhắc", "Vấn đề dữ liệu",
    ])
  })

  it("the compliance matrix: units × weeks, each cell “✓ counted/required” coloured by status, with names and managing units", () => {
    const matrix = sheet("Ma trận tuân thủ")
    expect(matrix.getRow(1).values).toEqual([undefined, "Mã đơn vị", "Tên đơn vị", "Đơn vị cấp trên", "Định mức", "Tuần 46/2024", "Tuần 47/2024"])
    expect(matrix.getRow(3).values).toEqual([undefined, "th-vu-ban", "'+Trường Tiểu học Vũ Bản", "Phòng GD&ĐT huyện Lạc Sơn", "unit-weekly-posts", "✗ 0/1", "✓ 1/1"])
    expect(matrix.getRow(2).getCell(5).value).toBe("✓ 2/1")
    const fill = (row: number, column: number) => (matrix.getRow(row).getCell(column).fill as ExcelJS.FillPattern).fgColor?.argb
    expect(fill(3, 5)).toBe(STATUS_COLOURS.short)
    expect(fill(2, 5)).toBe(STATUS_COLOURS.met)
    expect(fill(2, 6)).toBe(STATUS_COLOURS.open)
  })

  it("every table has a header row in bold, frozen panes, a filter and column widths", () => {
    const matrix = sheet("Ma trận tuân thủ")
    expect(matrix.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 })
    expect(matrix.autoFilter).toBe("A1:F1")
    expect(matrix.getRow(1).getCell(1).font?.bold).toBe(true)
    expect(matrix.getColumn(2).width).toBe(40)
    expect(sheet("Vấn đề dữ liệu").autoFilter).toBe("A1:D1")
    expect(sheet("Theo đơn vị quản lý").getRow(2).getCell(10)).toMatchObject({ value: 0.5, numFmt: "0.0%" })
  })

  it("escapes text that would run as a formula", () => {
    expect(sheet("Vấn đề dữ liệu").getRow(2).getCell(4).value).toBe("'=HYPERLINK(\"https://x.example\";\"bấm vào\")")
    for (const ws of workbook.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()))
  })

  it("lists whom to remind — units behind, people behind, overdue tasks — without phone numbers unless asked", () => {
    const remind = sheet("Cần nhắc")
    const rows = remind.getSheetValues().slice(2).map((row) => (row as Array<unknown>).slice(1))
    expect(rows.map((row) => [row[0], row[1], row[4]])).toEqual([
      ["Đơn vị", "thcs-lac-son", undefined],
      ["Đơn vị", "th-vu-ban", undefined],
      ["Cán bộ", "th-vu-ban", "Nguyễn Thị Hoa"],
      ["Đơn vị", "th-vu-ban", undefined],
    ])
    expect(JSON.stringify(rows)).not.toContain("0301234567")
  })

  it("deadlines, scores and featured pages in words a clerk reads", () => {
    expect(sheet("Hạn chót").getRow(2).values).toEqual([undefined, "setup-groups", "th-vu-ban", "+Trường Tiểu học Vũ Bản".replace(/^/, "'"), "05/11/2024", "Quá hạn", undefined, -17])
    expect(sheet("Điểm thi đua").getRow(2).values).toEqual([undefined, "thcs-lac-son", "Trường THCS Lạc Sơn", "Trường Trung học cơ sở", "Tháng 11/2024", 87.5, undefined, 1, "Tốt"])
    expect(sheet("Trang lan tỏa").getRow(2).getCell(3).value).toBe("Trang Fanpage Trường THCS Lạc Sơn")
  })
})

describe("writeReport to CSV", () => {
  it("writes one UTF-8 file with a BOM per table beside the target, escaping formulas", async () => {
    const files = await writeReport(report, join(dir, "csv", "bao-cao.csv"), { units })
    expect(files.map((file) => basename(file))).toEqual([
      "bao-cao-thong-tin.csv", "bao-cao-ket-qua.csv", "bao-cao-ma-tran.csv", "bao-cao-theo-don-vi-quan-ly.csv", "bao-cao-han-chot.csv",
      "bao-cao-diem-thi-dua.csv", "bao-cao-trang-lan-toa.csv", "bao-cao-can-nhac.csv", "bao-cao-van-de-du-lieu.csv",
    ])
    const matrix = await readFile(files[2] as string, "utf8")
    expect(matrix.startsWith("\uFEFFMã đơn vị,Tên đơn vị,Đơn vị cấp trên,Định mức,Tuần 46/2024,Tuần 47/2024\r\n")).toBe(true)
    expect(matrix).toContain("th-vu-ban,'+Trường Tiểu học Vũ Bản,Phòng GD&ĐT huyện Lạc Sơn,unit-weekly-posts,✗ 0/1,✓ 1/1\r\n")
    const issues = await readFile(files[8] as string, "utf8")
    expect(issues).toContain(`"'=HYPERLINK(""https://x.example"";""bấm vào"")"`)
  })

  it("puts phone numbers in the list to remind only with phones: true, and a semicolon delimiter on request", async () => {
    const files = await writeReport(report, join(dir, "csv2", "bc.csv"), { units, people, phones: true, delimiter: ";" })
    const remind = await readFile(files.find((file) => file.endsWith("-can-nhac.csv")) as string, "utf8")
    expect(remind).toContain(";Nguyễn Thị Hoa;0301234567;")
  })
})
