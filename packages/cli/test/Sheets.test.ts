import ExcelJS from "exceljs"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { writeActivitySheet, writeRoster } from "@lantoa/adapter-sheets"
import { EXIT_CODES, run } from "@lantoa/cli"
import { dataset, memoryIo } from "./fixtures.js"

const dir = await mkdtemp(join(tmpdir(), "lantoa-cli-sheets-"))
afterAll(() => rm(dir, { recursive: true, force: true }))

const NOW = ["--now", "2024-11-20T08:00:00+07:00"]
const [roster] = await writeRoster(dataset as Parameters<typeof writeRoster>[0], join(dir, "danh-sach.xlsx"))
const [shares] = await writeActivitySheet(
  [...dataset.activities.filter((activity) => "person" in activity), { id: "x", kind: "share", person: "gv-0002", at: "2024-11-14T21:00:00+07:00", target: "https://facebook.example/thcs_1" }] as Parameters<typeof writeActivitySheet>[0],
  dataset as Parameters<typeof writeActivitySheet>[1],
  join(dir, "chia-se.csv"),
)

describe("lantoa over spreadsheets", () => {
  it("evaluate reads a roster workbook and an activity sheet, and writes the report as a workbook with --out", async () => {
    const io = memoryIo()
    const out = join(dir, "bao-cao.xlsx")
    const code = await run(["evaluate", "-p", "hoa-binh-2024", "-d", roster as string, "--activities", shares as string, "--period", "2024-W46", "--out", out, ...NOW], io)
    expect(io.err()).toBe("")
    expect(code).toBe(EXIT_CODES.ok)
    expect(io.out()).toBe(`Đã ghi báo cáo: ${out}\n`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Ma trận tuân thủ")
    const matrix = workbook.getWorksheet("Ma trận tuân thủ") as ExcelJS.Worksheet
    const rows = matrix.getSheetValues().slice(2).map((row) => (row as Array<unknown>).slice(1, 3))
    expect(rows).toContainEqual(["th-lac-son", "Trường Tiểu học Lạc Sơn"])
  })

  it("the shares of the activity sheet count: party members' weekly quota met in the JSON report", async () => {
    const io = memoryIo()
    expect(await run(["evaluate", "-p", "hoa-binh-2024", "-d", roster as string, "-a", shares as string, "--period", "2024-W46", "--people", ...NOW], io)).toBe(0)
    const report = JSON.parse(io.out())
    const verdict = (person: string) =>
      report.quotas.find((q: { rule: string; subject: { person?: string } }) => q.rule === "party-member-weekly" && q.subject.person === person)?.status
    expect(verdict("gv-0001")).toBe("met")
    expect(verdict("gv-0002")).toBe("met")
  })

  it("a spreadsheet's bad rows are told on stderr with sheet, row and column, and in the workbook's problems", async () => {
    const csv = join(dir, "form.csv")
    await writeFile(csv, "Dấu thời gian,Họ và tên,Đơn vị,Đường dẫn\n13/11/2024 20:00,Người Lạ,Trường THCS Lạc Sơn,https://facebook.example/1\n")
    const io = memoryIo()
    const out = join(dir, "bc.csv")
    expect(await run(["evaluate", "-p", "hoa-binh-2024", "-d", roster as string, "-a", csv, "--period", "2024-W46", "-o", out, ...NOW], io)).toBe(0)
    expect(io.err()).toContain("Lưu ý: bảng tính có 1 vấn đề (1 lỗi; dòng lỗi không được tính):\n  - Trang “form”, dòng 2, cột B (Họ và tên): không tìm thấy cán bộ “Người Lạ” ở Trường THCS Lạc Sơn; bỏ qua dòng này.\n")
    expect(io.out()).toContain(join(dir, "bc-van-de-du-lieu.csv"))
  })

  it("a corrupt workbook exits 1 with a Vietnamese message naming the file; a wrong --out exits 2", async () => {
    const bad = join(dir, "hong.xlsx")
    await writeFile(bad, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))
    const io = memoryIo()
    expect(await run(["evaluate", "-p", "hoa-binh-2024", "-d", bad, "--period", "2024-W46", ...NOW], io)).toBe(EXIT_CODES.invalidInput)
    expect(io.err()).toBe(`lantoa: Dữ liệu (--data): Tệp “${bad}”: tệp .xlsx bị hỏng hoặc không đầy đủ, không đọc được; hãy mở bằng Excel và lưu lại, hoặc tải lại tệp.\n`)
    const wrong = memoryIo()
    expect(await run(["evaluate", "-p", "hoa-binh-2024", "-d", roster as string, "--period", "2024-W46", "--out", "bao-cao.pdf", ...NOW], wrong)).toBe(EXIT_CODES.usage)
    expect(wrong.err()).toContain("--out phải là tệp .xlsx, .csv hoặc .json")
    const activities = memoryIo()
    expect(await run(["evaluate", "-p", "hoa-binh-2024", "-d", roster as string, "-a", "chia-se.txt", ...NOW], activities)).toBe(EXIT_CODES.usage)
  })

  it("template writes empty input workbooks with instructions in Vietnamese", async () => {
    const io = memoryIo()
    const target = join(dir, "mau.xlsx")
    expect(await run(["template", "roster", "--out", target], io)).toBe(0)
    expect(io.out()).toBe(`Đã ghi mẫu danh sách đơn vị, cán bộ, kênh truyền thông: ${target}\n`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(target)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Hướng dẫn", "Đơn vị", "Cán bộ", "Kênh truyền thông"])
    expect((workbook.getWorksheet("Cán bộ") as ExcelJS.Worksheet).getRow(1).values).toEqual([
      undefined, "Mã cán bộ", "Họ và tên", "Mã đơn vị", "Chức vụ", "Đảng viên", "Số điện thoại", "Hiệu lực từ ngày", "Hiệu lực đến ngày",
    ])
    const form = memoryIo()
    expect(await run(["template", "activities", "-o", join(dir, "form.xlsx")], form)).toBe(0)
    const unknown = memoryIo()
    expect(await run(["template", "bang-luong"], unknown)).toBe(EXIT_CODES.usage)
    expect(unknown.err()).toContain("Không có mẫu “bang-luong”")
  })
})
