import { readFileSync } from "node:fs"
import { hoaBinh2024 } from "@lantoa/policy"
import { ReportSchema } from "@lantoa/engine"
import { describe, expect, it } from "vitest"
import { EXIT_CODES, run, VERSION } from "@lantoa/cli"
import { dataset, memoryIo } from "./fixtures.js"

const DATA = JSON.stringify(dataset, null, 2)
const NOW = ["--now", "2024-11-20T08:00:00+07:00"]
const evaluate = (...args: Array<string>) => ["evaluate", "--policy", "hoa-binh-2024", "--data", "data.json", ...args]

describe("lantoa — run(argv, io), in-process", () => {
  it("--version prints the version and the contract it speaks; VERSION is package.json's", async () => {
    const io = memoryIo()
    expect(await run(["--version"], io)).toBe(0)
    expect(io.out()).toBe(`lantoa ${VERSION} (lantoa/v1)\n`)
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
    expect(VERSION).toBe(manifest.version)
  })

  it("--help (or no command) prints the Vietnamese help with the exit codes; --locale en the English one", async () => {
    const io = memoryIo()
    expect(await run([], io)).toBe(0)
    expect(io.out()).toContain("Cách dùng:")
    expect(io.out()).toContain("Mã thoát: 0 thành công; 1 dữ liệu vào không hợp lệ")
    const en = memoryIo()
    expect(await run(["--help", "--locale", "en"], en)).toBe(0)
    expect(en.out()).toContain("Exit codes: 0 success; 1 invalid input")
  })

  it("evaluate prints the report of contract v1 as JSON", async () => {
    const io = memoryIo({ "data.json": DATA })
    expect(await run(evaluate("--period", "2024-W46", ...NOW), io)).toBe(EXIT_CODES.ok)
    const report = JSON.parse(io.out())
    expect(ReportSchema.safeParse(report).success).toBe(true)
    expect(report.policy).toEqual({ id: "hoa-binh-2024", version: "1.0.0" })
    const school = report.quotas.find(
      (q: { subject: { unit?: string }; rule: string }) => q.rule === "unit-weekly-posts" && q.subject.unit === "th-lac-son"
    )
    expect(school.status).toBe("short")
    expect(io.err()).toBe("")
  })

  it("--format table prints a readable Vietnamese table, aggregated by unit, without names of people or phone numbers", async () => {
    const io = memoryIo({ "data.json": DATA })
    expect(await run(evaluate("--period", "2024-W46", "--format", "table", ...NOW), io)).toBe(0)
    const text = io.out()
    expect(text).toContain("BÁO CÁO THỰC HIỆN KẾ HOẠCH — hoa-binh-2024 phiên bản 1.0.0")
    expect(text).toContain("Khoảng đánh giá: Tuần 46/2024: 11/11/2024 – 17/11/2024")
    expect(text).toContain("Đơn vị chưa đạt — cần nhắc")
    expect(text).toMatch(/Trường Tiểu học Lạc Sơn\s+Phòng GD&ĐT huyện Lạc Sơn\s+Tuần 46\/2024\s+0\/1/)
    expect(text).toMatch(/Trường Tiểu học Lạc Sơn\s+Tuần 46\/2024\s+1\/1 đảng viên chưa đạt/)
    // The plan's deadlines due in W46 (15/11/2024), none reported done: every owner is overdue at 20/11.
    expect(text).toMatch(/Hạn chót trong khoảng đánh giá\n\s+Nhiệm vụ\s+Hạn chót\s+Đúng hạn\s+Muộn\s+Quá hạn/)
    expect(text).toMatch(/setup-fanpages\s+15\/11\/2024\s+0\s+0\s+4\s+0\s+0/)
    expect(text).toMatch(/Phòng GD&ĐT huyện Lạc Sơn\s+report-setup\s+quá hạn 5 ngày/)
    // The week's emulation scores: rank, unit, points and rating per group of units of the same kind.
    expect(text).toMatch(/Điểm thi đua \(xếp hạng trong nhóm đơn vị cùng loại\) — Tuần 46\/2024\n\s+Hạng\s+Đơn vị\s+Điểm\s+Xếp loại/)
    expect(text).toMatch(/1\s+Trường THCS Lạc Sơn\s+100\s+Hoàn thành xuất sắc nhiệm vụ/)
    expect(text).not.toContain("Bùi Văn Nam")
    expect(text).not.toContain("0301234567")
  })

  it("--locale en gives English explanations and an English table", async () => {
    const io = memoryIo({ "data.json": DATA })
    expect(await run(evaluate("--period", "2024-W46", "--locale", "en", "--format", "table", ...NOW), io)).toBe(0)
    expect(io.out()).toContain("PLAN COMPLIANCE REPORT")
    const json = memoryIo({ "data.json": DATA })
    await run(evaluate("--period", "2024-W46", "--locale", "en", ...NOW), json)
    expect(JSON.parse(json.out()).quotas[0].explanation).toMatch(/^Rule /)
  })

  it("per-person verdicts only with --people", async () => {
    const without = memoryIo({ "data.json": DATA })
    await run(evaluate("--period", "2024-W46", ...NOW), without)
    expect(JSON.parse(without.out()).quotas.some((q: { subject: object }) => "person" in q.subject)).toBe(false)
    const withPeople = memoryIo({ "data.json": DATA })
    await run(evaluate("--period", "2024-W46", "--people", ...NOW), withPeople)
    expect(JSON.parse(withPeople.out()).quotas.some((q: { subject: object }) => "person" in q.subject)).toBe(true)
  })

  it("--from and --to are dates, both included; without a range, the last week that ended before --now", async () => {
    const io = memoryIo({ "data.json": DATA })
    await run(evaluate("--from", "2024-11-11", "--to", "2024-11-17", ...NOW), io)
    expect(JSON.parse(io.out()).range).toEqual({ from: "2024-11-11T00:00:00.000+07:00", to: "2024-11-18T00:00:00.000+07:00" })
    const byDefault = memoryIo({ "data.json": DATA }, "2024-11-20T08:00:00+07:00")
    await run(evaluate(), byDefault)
    const report = JSON.parse(byDefault.out())
    expect(report.range.period).toBe("2024-W46")
    expect(report.now).toBe("2024-11-20T08:00:00.000+07:00")
  })

  it("--data sample:<seed> evaluates the sample province, with activities for every period the report covers", async () => {
    const io = memoryIo()
    expect(
      await run(
        ["evaluate", "-p", "hoa-binh-2024", "-d", "sample:7", "--period", "2024-11", "--now", "2024-12-02T08:00:00+07:00"],
        io
      )
    ).toBe(0)
    const report = JSON.parse(io.out())
    expect(report.issues).toEqual([])
    // Week 44 starts on 28/10: the sample has activity for it too, so schools are met, not empty.
    const w44 = report.totals.find(
      (row: { rule: string; period: string }) => row.rule === "unit-weekly-posts" && row.period === "2024-W44"
    )
    expect(w44.subjects).toBe(531)
    expect(w44.met).toBeGreaterThan(400)
  }, 30_000)

  it("--data - reads the dataset from standard input", async () => {
    const io = memoryIo({}, "2024-11-20T08:00:00+07:00", DATA)
    expect(await run(["evaluate", "-p", "hoa-binh-2024", "-d", "-", "--period", "2024-W46"], io)).toBe(0)
    expect(JSON.parse(io.out()).contract).toBe("lantoa/v1")
  })

  it("a policy file is read and validated; an invalid one exits 1 with every problem listed in Vietnamese", async () => {
    const good = memoryIo({ "data.json": DATA, "policy.json": JSON.stringify({ ...hoaBinh2024, id: "tinh-x-2025" }) })
    expect(await run(["evaluate", "--policy", "policy.json", "--data", "data.json", "--period", "2024-W46"], good)).toBe(0)
    expect(JSON.parse(good.out()).policy.id).toBe("tinh-x-2025")
    const bad = { ...hoaBinh2024, version: "1", quotas: [{ ...hoaBinh2024.quotas[0], minimum: 0 }] }
    const io = memoryIo({ "data.json": DATA, "policy.json": JSON.stringify(bad) })
    expect(await run(["evaluate", "--policy", "policy.json", "--data", "data.json", "--period", "2024-W46"], io)).toBe(
      EXIT_CODES.invalidInput
    )
    expect(io.out()).toBe("")
    expect(io.err()).toMatch(
      /^lantoa: “policy\.json”: Bộ quy định \(policy\) không hợp lệ: 2 lỗi\.\n- version: .*\n- quotas\[0\]\.minimum: /
    )
  })

  it("an unknown preset exits 1 and lists the presets", async () => {
    const io = memoryIo({ "data.json": DATA })
    expect(await run(["evaluate", "--policy", "ha-noi-2030", "--data", "data.json", "--period", "2024-W46"], io)).toBe(1)
    expect(io.err()).toContain("không có bộ quy định có sẵn mã “ha-noi-2030”")
    expect(io.err()).toContain("hoa-binh-2024, two-tier-2025")
  })

  it("a missing data file exits 1 with a clear Vietnamese message", async () => {
    const io = memoryIo()
    expect(await run(evaluate("--period", "2024-W46"), io)).toBe(EXIT_CODES.invalidInput)
    expect(io.err()).toBe("lantoa: Dữ liệu (--data): Không tìm thấy tệp “data.json”.\n")
  })

  it("a data file that is not JSON exits 1 naming the line and column", async () => {
    const io = memoryIo({ "data.json": '{\n  "units": [\n    { "id": "a", }\n  ]\n}' })
    expect(await run(evaluate("--period", "2024-W46"), io)).toBe(1)
    expect(io.err()).toMatch(
      /^lantoa: Dữ liệu \(--data\): tệp “data\.json” không phải JSON hợp lệ \(dòng 3, cột 18: ký tự “}” không đúng chỗ\)\.\n$/
    )
  })

  it("bad records are not failures: exit 0, the issues are in the report and noted on stderr", async () => {
    const withGhost = {
      ...dataset,
      activities: [...dataset.activities, { id: "x", kind: "post", unit: "ghost", at: "2024-11-12T09:00:00+07:00" }],
    }
    const io = memoryIo({ "data.json": JSON.stringify(withGhost) })
    expect(await run(evaluate("--period", "2024-W46"), io)).toBe(0)
    expect(JSON.parse(io.out()).issues[0].path).toBe("activities[2].unit")
    expect(io.err()).toContain("dữ liệu có 1 vấn đề")
  })

  it("usage errors exit 2: unknown option, unknown command, missing --policy, bad --format, bad --period, both --period and --from", async () => {
    const cases: Array<[Array<string>, RegExp]> = [
      [evaluate("--perod", "2024-W46"), /Tùy chọn không hợp lệ “--perod”/],
      [["report"], /Không có lệnh “report”/],
      [["evaluate", "--data", "data.json"], /Thiếu --policy/],
      [evaluate("--format", "pdf"), /--format chỉ nhận json hoặc table/],
      [evaluate("--period", "tuần 46"), /--period: mã kỳ "tuần 46" không hợp lệ/],
      [evaluate("--period", "2024-W46", "--from", "2024-11-01", "--to", "2024-11-30"), /Chỉ cho --period, hoặc --from và --to/],
      [evaluate("--now", "hôm qua"), /--now “hôm qua” không đọc được/],
      [["schema"], /Thiếu tên lược đồ/],
    ]
    for (const [argv, message] of cases) {
      const io = memoryIo({ "data.json": DATA })
      expect(await run(argv, io), argv.join(" ")).toBe(EXIT_CODES.usage)
      expect(io.err()).toMatch(message)
      expect(io.out()).toBe("")
    }
  })

  it("schema prints the JSON Schemas of the dataset, the policy and the report", async () => {
    for (const name of ["dataset", "policy", "report"]) {
      const io = memoryIo()
      expect(await run(["schema", name], io)).toBe(0)
      expect(JSON.parse(io.out()).$schema).toBe("https://json-schema.org/draft/2020-12/schema")
    }
  })
})
