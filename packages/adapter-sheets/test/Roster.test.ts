import ExcelJS from "exceljs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { readRoster, SheetsError } from "@lantoa/adapter-sheets"
import { csv, fixture, tempDir } from "./helpers.js"

const dir = await tempDir()

/** A roster as an office writes it in Excel (exceljs's non-streaming writer, like most tools). */
const officeWorkbook = async (): Promise<string> => {
  const workbook = new ExcelJS.Workbook()
  const units = workbook.addWorksheet("Đơn vị")
  units.addRow(["SỞ GIÁO DỤC VÀ ĐÀO TẠO — DANH SÁCH ĐƠN VỊ"])
  units.mergeCells("A1:D1")
  units.addRow(["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Đơn vị cấp trên"])
  units.addRow(["so", "Sở Giáo dục và Đào tạo Hòa Bình", "Sở GD&ĐT", null])
  units.addRow(["pgd-lac-son", "Phòng GD&ĐT huyện Lạc Sơn", "Phòng GD&ĐT", "so"])
  units.addRow([])
  units.addRow(["thcs-lac-son", "Trường THCS Lạc Sơn", "THCS", "Phòng Giáo dục và Đào tạo huyện Lạc Sơn"])
  units.addRow(["th-vu-ban", "Trường Tiểu học Vũ Bản", null, "pgd-lac-son"])
  units.addRow(["x-1", "Trường Kỳ Lạ", "trường dạy bay", "pgd-lac-son"])
  const people = workbook.addWorksheet("Danh sách cán bộ")
  people.addRow(["Danh sách cán bộ, giáo viên, nhân viên năm học 2024-2025"])
  people.mergeCells("A1:G1")
  people.addRow(["Ngày lập: 15/11/2024"])
  people.addRow(["STT", "MA CB", "HO VA TEN", "Trường", "Chức vụ", "Đảng viên", "Số điện thoại", "Từ ngày"])
  people.addRow([1, "gv-0001", "Nguyễn Thị Hoa", "thcs-lac-son", "Hiệu trưởng", "x", 912345678, new Date(Date.UTC(2024, 8, 5))])
  people.getCell("H4").numFmt = "dd/mm/yyyy"
  people.addRow([2, "gv-0002", "Lê Văn An", "Trường THCS Lạc Sơn", "Giáo viên; Cán bộ phụ trách truyền thông", "có", "0912 345 679", "05/09/2024"])
  people.addRow([3, "gv-0003", "Bùi Thị Lan", "th-vu-ban", "Giáo viên", "✓", "+84 912 345 680", 45540])
  people.addRow([4, "gv-0004", "Đinh Văn Tú", "th-vu-ban", "Bảo vệ", "không", "0912 345", "31/02/2024"])
  people.addRow([5, "gv-0005", null, "th-vu-ban", "Giáo viên", null, null, null])
  people.addRow([6, "gv-0006", "Hà Thị Mơ", "th-khong-co", "Giáo viên", null, null, null])
  people.addRow([7, "gv-0001", "Nguyễn Thị Hoa", "thcs-lac-son", "Giáo viên", null, null, null])
  people.addRow([8, "gv-0008", "Trần Văn Hải", "pgd-lac-son", "Trưởng phòng", "1", null, null])
  people.addRow([9, "gv-0009", "Quách Thị Nga", "so", "Trưởng phòng", "TRUE", null, null])
  const channels = workbook.addWorksheet("Kênh truyền thông")
  channels.addRow(["Mã kênh", "Mã đơn vị", "Loại kênh", "Tên kênh", "Đường dẫn", "Quản trị viên", "Thành viên"])
  channels.addRow(["fb-thcs-lac-son", "thcs-lac-son", "Trang Fanpage", "Trường THCS Lạc Sơn", "https://facebook.example/thcs-lac-son", "gv-0001", null])
  channels.addRow([null, "thcs-lac-son", "Nhóm Zalo", "Truyền thông Trường THCS Lạc Sơn", null, "Nguyễn Thị Hoa", "gv-0001; gv-0002; gv-9999"])
  channels.addRow([null, "thcs-lac-son", "Telegram", "Nhóm Telegram", null, null, null])
  const guide = workbook.addWorksheet("Hướng dẫn")
  guide.addRow(["Ghi chú", "Điền đủ các cột."])
  const file = join(dir, "danh-sach.xlsx")
  await workbook.xlsx.writeFile(file)
  return file
}

describe("readRoster over a workbook written by Excel-like tools (exceljs)", async () => {
  const file = await officeWorkbook()
  const { dataset, issues } = await readRoster(file)
  const person = (id: string) => dataset.people.find((p) => p.id === id)

  it("finds the header below title rows and merged banners, and keeps every good row", () => {
    expect(dataset.units.map((unit) => unit.id)).toEqual(["so", "pgd-lac-son", "thcs-lac-son", "th-vu-ban"])
    expect(dataset.people.map((p) => p.id)).toEqual(["gv-0001", "gv-0002", "gv-0003", "gv-0004", "gv-0008", "gv-0009"])
  })

  it("reads unit kinds by their short names, or from the unit's name when the cell is blank", () => {
    expect(dataset.units.map((unit) => unit.kind)).toEqual(["department", "district-office", "lower-secondary", "primary"])
  })

  it("resolves a parent written as an id or as a name (GD&ĐT and Giáo dục và Đào tạo alike)", () => {
    expect(dataset.units.find((unit) => unit.id === "thcs-lac-son")?.parent).toBe("pgd-lac-son")
    expect(dataset.units.find((unit) => unit.id === "th-vu-ban")?.parent).toBe("pgd-lac-son")
  })

  it("brings back the 0 that Excel dropped from a phone number stored as a number", () => {
    expect(person("gv-0001")?.phone).toBe("0912345678")
    expect(person("gv-0002")?.phone).toBe("0912345679")
    expect(person("gv-0003")?.phone).toBe("0912345680")
  })

  it("reads Đảng viên as x, có, ✓, 1 or TRUE, and a date as a date cell, dd/mm/yyyy text or an Excel serial", () => {
    expect(dataset.people.map((p) => p.partyMember)).toEqual([true, true, true, false, true, true])
    expect(person("gv-0001")?.validFrom).toBe("2024-09-05")
    expect(person("gv-0002")?.validFrom).toBe("2024-09-05")
    expect(person("gv-0003")?.validFrom).toBe("2024-09-05")
  })

  it("reads roles by name, several in a cell, and Trưởng phòng by the kind of unit", () => {
    expect(person("gv-0002")?.roles).toEqual(["teacher", "communication-officer"])
    expect(person("gv-0004")?.roles).toEqual(["staff"])
    expect(person("gv-0008")?.roles).toEqual(["office-leader"])
    expect(person("gv-0009")?.roles).toEqual(["division-head"])
  })

  it("reports each problem with its sheet, row and column, in Vietnamese, and never quotes a phone number", () => {
    const at = (path: string) => issues.find((issue) => issue.path === path)
    expect(at("'Đơn vị'!C8")).toMatchObject({ severity: "error", code: "invalid-value", sheet: "Đơn vị", row: 8, column: "C" })
    expect(at("'Danh sách cán bộ'!G7")?.message).toBe(
      "Trang “Danh sách cán bộ”, dòng 7, cột G (Số điện thoại): số điện thoại không hợp lệ (cần số di động 10 chữ số hoặc số cố định 11 chữ số); bỏ qua số này, giữ lại cán bộ.",
    )
    expect(at("'Danh sách cán bộ'!H7")).toMatchObject({ severity: "warning", code: "invalid-date" })
    expect(at("'Danh sách cán bộ'!C8")).toMatchObject({ severity: "error", code: "missing-field" })
    expect(at("'Danh sách cán bộ'!D9")).toMatchObject({ severity: "error", code: "unknown-unit" })
    expect(at("'Danh sách cán bộ'!B10")).toMatchObject({ severity: "error", code: "duplicate-id" })
    for (const issue of issues) expect(issue.message).not.toMatch(/0912 ?345|912345/)
  })

  it("reads channels: kinds by name, made-up ids, admins and members by id or by name in the unit", () => {
    expect(dataset.channels).toEqual([
      { id: "fb-thcs-lac-son", unit: "thcs-lac-son", platform: "facebook-page", name: "Trường THCS Lạc Sơn", url: "https://facebook.example/thcs-lac-son", admins: ["gv-0001"], members: [] },
      { id: "zl-thcs-lac-son", unit: "thcs-lac-son", platform: "zalo-group", name: "Truyền thông Trường THCS Lạc Sơn", admins: ["gv-0001"], members: ["gv-0001", "gv-0002"] },
    ])
    expect(issues.some((issue) => issue.sheet === "Kênh truyền thông" && issue.code === "unknown-person")).toBe(true)
    expect(issues.some((issue) => issue.sheet === "Kênh truyền thông" && issue.row === 4 && issue.code === "invalid-value")).toBe(true)
  })

  it("skips the instructions sheet without an issue", () => {
    expect(issues.some((issue) => issue.sheet === "Hướng dẫn")).toBe(false)
  })
})

describe("readRoster over a workbook written by LibreOffice", async () => {
  const { dataset, issues } = await readRoster(fixture("libreoffice-roster.xlsx"))

  it("reads headers without diacritics or in capitals, date cells, ✓ and numbers without their 0", () => {
    expect(dataset.units).toEqual([
      { id: "pgd-an-lac", name: "Phòng GD&ĐT huyện An Lạc", kind: "district-office", validFrom: "2020-01-01" },
      { id: "thcs-an-lac", name: "Trường THCS An Lạc", kind: "lower-secondary", validFrom: "2024-09-05", parent: "pgd-an-lac" },
      { id: "mn-hoa-ban", name: "Trường Mầm non Hoa Ban", kind: "kindergarten", parent: "pgd-an-lac" },
    ])
    expect(dataset.people[0]).toEqual({
      id: "thcs-an-lac:lo-thi-mai", name: "Lò Thị Mai", unit: "thcs-an-lac", roles: ["principal"], partyMember: true,
      phone: "0301234567", validFrom: "2024-09-05",
    })
  })

  it("finds a school written without “Trường”, and makes readable ids for people without a code", () => {
    expect(dataset.people.map((p) => p.id)).toEqual(["thcs-an-lac:lo-thi-mai", "thcs-an-lac:bui-van-khanh", "mn-hoa-ban:dinh-thi-ha"])
  })

  it("reports the short phone number and the unknown school, and keeps the rest", () => {
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ["'DS cán bộ'!E5", "invalid-phone"],
      ["'DS cán bộ'!B6", "unknown-unit"],
    ])
  })
})

describe("readRoster over CSV files", () => {
  it("reads one table per file, recognised by its headers, with a BOM and semicolons", async () => {
    const units = csv("\uFEFFMã đơn vị;Tên đơn vị;Loại đơn vị\nthcs-a;Trường THCS A;THCS\n")
    const people = csv('Ho ten,Don vi,SDT,Dang vien\r\n"Nguyễn Thị Hoa","Trường THCS A",912345678,x\r\n\r\n"Lê, Văn An",thcs-a,,\r\n')
    const { dataset, issues } = await readRoster([units, people])
    expect(issues).toEqual([])
    expect(dataset.units).toEqual([{ id: "thcs-a", name: "Trường THCS A", kind: "lower-secondary" }])
    expect(dataset.people).toEqual([
      { id: "thcs-a:nguyen-thi-hoa", name: "Nguyễn Thị Hoa", unit: "thcs-a", roles: [], partyMember: true, phone: "0912345678" },
      { id: "thcs-a:le-van-an", name: "Lê, Văn An", unit: "thcs-a", roles: [], partyMember: false },
    ])
  })

  it("a people file alone keeps unit codes as given, and reports unit names it cannot resolve", async () => {
    const { dataset, issues } = await readRoster(csv("Họ và tên,Mã đơn vị,Đơn vị\nLò Văn A,thcs-a,\nLò Văn B,,Trường THCS A\n"), { name: "cb.csv" })
    expect(dataset.people.map((person) => person.unit)).toEqual(["thcs-a"])
    expect(issues).toMatchObject([{ row: 3, column: "C", code: "unknown-unit" }])
  })

  it("names the file and the row of a CSV problem", async () => {
    const { issues } = await readRoster(csv("Họ và tên,Mã đơn vị\n,thcs-a\n"), { name: "can-bo.csv" })
    expect(issues[0]).toMatchObject({ file: "can-bo.csv", sheet: "can-bo", row: 2, column: "A", code: "missing-field" })
  })

  it("rejects a file whose headers name no roster table, listing what it found", async () => {
    const error = await readRoster(csv("Cột 1,Cột 2\na,b\n"), { name: "lung-tung.csv" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SheetsError)
    expect((error as SheetsError).code).toBe("missing-sheet")
    expect((error as SheetsError).message).toMatch(/^Tệp “lung-tung.csv”: không tìm thấy danh sách đơn vị, cán bộ hay kênh truyền thông/)
  })

  it("rejects a people sheet without its required column, naming the sheet and the headers found", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("Cán bộ").addRow(["Mã CB", "Tên trường", "SĐT"])
    const error = await readRoster(new Uint8Array(await workbook.xlsx.writeBuffer()), { name: "cb.xlsx" }).catch((e: unknown) => e)
    expect(error).toMatchObject({ _tag: "SheetsError", code: "missing-header", sheet: "Cán bộ" })
    expect((error as SheetsError).message).toBe(
      "Tệp “cb.xlsx”, trang “Cán bộ”: trang cán bộ thiếu cột bắt buộc “Họ và tên”. Dòng tiêu đề tìm thấy có: “Mã CB”, “Tên trường”, “SĐT”. Tiêu đề không phân biệt chữ hoa, chữ thường, có dấu hay không dấu.",
    )
  })
})
