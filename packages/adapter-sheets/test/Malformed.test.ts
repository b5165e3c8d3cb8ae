import ExcelJS from "exceljs"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { readActivities, readRoster, SheetsError, writeReport } from "@lantoa/adapter-sheets"
import { csv, fixture, tempDir } from "./helpers.js"

const dir = await tempDir()

const failure = async (promise: Promise<unknown>): Promise<SheetsError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(SheetsError)
  expect((error as SheetsError)._tag).toBe("SheetsError")
  return error as SheetsError
}

describe("a file that cannot be used is a clear error naming it, never a crash or a hang", () => {
  it("a missing file", async () => {
    const error = await failure(readRoster(join(dir, "khong-co.xlsx")))
    expect(error.code).toBe("file-not-found")
    expect(error.message).toBe(`Tệp “${join(dir, "khong-co.xlsx")}”: không tìm thấy tệp.`)
    expect(error.messageEn).toMatch(/file not found/)
  })

  it("a folder", async () => {
    expect((await failure(readRoster(dir))).code).toBe("file-unreadable")
  })

  it("an empty file, as a path or as bytes", async () => {
    await writeFile(join(dir, "rong.xlsx"), "")
    expect((await failure(readRoster(join(dir, "rong.xlsx")))).message).toBe(`Tệp “${join(dir, "rong.xlsx")}”: tệp rỗng, không có dữ liệu.`)
    expect((await failure(readRoster(new Uint8Array(0), { name: "rong.csv" }))).code).toBe("empty-file")
  })

  it("a corrupt zip: an .xlsx cut short, or with its middle overwritten", async () => {
    const bytes = await readFile(fixture("libreoffice-roster.xlsx"))
    const cut = await failure(readRoster(bytes.subarray(0, Math.floor(bytes.length / 2)), { name: "hong.xlsx" }))
    expect(cut.code).toBe("corrupt-file")
    expect(cut.message).toMatch(/^Tệp “hong.xlsx”: tệp .xlsx bị hỏng/)
    const scrambled = Buffer.from(bytes)
    scrambled.fill(0x41, 200, 2000)
    expect((await failure(readRoster(scrambled, { name: "hong.xlsx" }))).code).toBe("corrupt-file")
  })

  it("files of the wrong type: an old .xls, a PDF, an image, a .docx-like zip", async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])
    const old = await failure(readRoster(xls, { name: "danh-sach.xls" }))
    expect(old.code).toBe("wrong-file-type")
    expect(old.message).toMatch(/Excel 97–2003 \(\.xls\).*lưu lại dạng “Excel Workbook \(\.xlsx\)”/)
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)])
    expect((await failure(readRoster(png, { name: "anh.xlsx" }))).code).toBe("wrong-file-type")
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("x").addRow(["Họ và tên", "Đơn vị"])
    const zip = Buffer.from(await workbook.xlsx.writeBuffer())
    // A zip whose entries are not a workbook: rename every "xl/" to "xx/".
    const notWorkbook = Buffer.from(zip.toString("latin1").replaceAll("xl/", "xx/"), "latin1")
    const wrong = await failure(readRoster(notWorkbook, { name: "van-ban.docx" }))
    expect(["wrong-file-type", "corrupt-file"]).toContain(wrong.code)
  })

  it("a PDF or other text that is not a table is refused by its headers", async () => {
    const error = await failure(readRoster(csv("%PDF-1.7\n%âãÏÓ\n"), { name: "bao-cao.pdf" }))
    expect(["missing-sheet", "wrong-file-type", "wrong-encoding"]).toContain(error.code)
  })

  it("a CSV saved in a Windows code page instead of UTF-8", async () => {
    // "Họ và tên" in Windows-1258 is not valid UTF-8.
    const error = await failure(readRoster(Buffer.from([0x48, 0xd2, 0x20, 0x76, 0xe0, 0x20, 0x74, 0xea, 0x6e, 0x0a]), { name: "cb.csv" }))
    expect(error.code).toBe("wrong-encoding")
    expect(error.message).toMatch(/CSV UTF-8/)
  })

  it("a sheet with more rows than the limit stops as soon as the limit is passed", async () => {
    const lines = ["Họ và tên,Mã đơn vị", ...Array.from({ length: 500 }, (_, k) => `Người ${k},thcs-a`)].join("\n")
    const error = await failure(readRoster(csv(lines), { name: "lon.csv", maxRows: 100 }))
    expect(error.code).toBe("too-many-rows")
    expect(error.message).toBe("Tệp “lon.csv”, trang “lon”: trang có hơn 100 dòng, vượt giới hạn; hãy tách thành nhiều tệp hoặc tăng giới hạn maxRows.")
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet("Cán bộ")
    for (let k = 0; k < 300; k++) sheet.addRow([`Người ${k}`, "thcs-a"])
    const big = await failure(readRoster(new Uint8Array(await workbook.xlsx.writeBuffer()), { name: "lon.xlsx", maxRows: 100 }))
    expect(big).toMatchObject({ code: "too-many-rows", sheet: "Cán bộ" })
  })

  it("a file larger than maxBytes is refused before it is read", async () => {
    const error = await failure(readRoster(fixture("libreoffice-roster.xlsx"), { maxBytes: 1024 }))
    expect(error.code).toBe("too-large")
  })

  it("an activity sheet without a link column names the missing header", async () => {
    const error = await failure(readActivities(csv("Dấu thời gian,Họ và tên\n18/11/2024 8:00,Lê Văn An\n"), { units: [], people: [] }, { name: "form.csv" }))
    expect(error.code).toBe("missing-header")
    expect(error.message).toMatch(/thiếu cột bắt buộc “Đường dẫn bài viết”/)
  })

  it("after a failed read, the next read is not disturbed", async () => {
    const bytes = await readFile(fixture("libreoffice-roster.xlsx"))
    await failure(readRoster(bytes.subarray(0, 3000), { name: "hong.xlsx" }))
    const [a, b] = await Promise.all([readRoster(bytes), readRoster(fixture("libreoffice-roster.xlsx"))])
    expect(a.dataset).toEqual(b.dataset)
    expect(a.dataset.people).toHaveLength(3)
  })

  it("a report target that is not .xlsx or .csv, or cannot be written", async () => {
    const report = { policy: { id: "p", version: "1" }, periods: [], quotas: [], rollups: [], deadlines: [], scores: [], featured: [], issues: [] }
    expect((await failure(writeReport(report, join(dir, "bao-cao.pdf")))).code).toBe("write-failed")
    await mkdir(join(dir, "la-thu-muc.xlsx"))
    expect((await failure(writeReport(report, join(dir, "la-thu-muc.xlsx")))).code).toBe("write-failed")
  })
})
