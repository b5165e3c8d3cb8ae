/**
 * The `lantoa` bin end to end: a real Node.js process running the command
 * from its TypeScript source, with real files, standard streams and exit
 * codes.
 */
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { dataset } from "./fixtures.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "lantoa-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const file = (name: string, text: string): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

interface Result {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

const lantoa = (args: ReadonlyArray<string>, stdin?: string): Promise<Result> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=@lantoa/source", "--import", "tsx", "packages/cli/src/cli.ts", ...args],
      {
        cwd: root,
        env: { ...process.env, TZ: "America/Los_Angeles" },
      }
    )
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin ?? "")
  })

const data = file("du-lieu.json", JSON.stringify(dataset))
const NOW = ["--now", "2024-11-20T08:00:00+07:00"]

describe("the lantoa bin, through a child process", { timeout: 60_000 }, () => {
  it("evaluate --data <file> prints the JSON report and exits 0", async () => {
    const result = await lantoa(["evaluate", "--policy", "hoa-binh-2024", "--data", data, "--period", "2024-W46", ...NOW])
    expect(result.stderr).toBe("")
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.contract).toBe("lantoa/v1")
    expect(report.range.period).toBe("2024-W46")
  })

  it("--data sample --format table prints the sample province's table in Vietnamese", async () => {
    const result = await lantoa([
      "evaluate",
      "-p",
      "hoa-binh-2024",
      "-d",
      "sample",
      "--period",
      "2024-W49",
      "--format",
      "table",
      "--now",
      "2024-12-10T08:00:00+07:00",
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain("Khoảng đánh giá: Tuần 49/2024: 02/12/2024 – 08/12/2024")
    expect(result.stdout).toContain("Sở GD&ĐT Hòa Bình")
    expect(result.stdout).toContain("đảng viên chưa đạt")
  })

  it("--data - reads standard input", async () => {
    const result = await lantoa(
      ["evaluate", "-p", "hoa-binh-2024", "-d", "-", "--period", "2024-W46", ...NOW],
      JSON.stringify(dataset)
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).policy.id).toBe("hoa-binh-2024")
  })

  it("a missing file exits 1 with a Vietnamese message on stderr and nothing on stdout", async () => {
    const missing = join(dir, "khong-co.json")
    const result = await lantoa(["evaluate", "--policy", "hoa-binh-2024", "--data", missing, "--period", "2024-W46", ...NOW])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe("")
    expect(result.stderr).toBe(`lantoa: Dữ liệu (--data): Không tìm thấy tệp “${missing}”.\n`)
  })

  it("a file that is not JSON exits 1 with the line and column", async () => {
    const broken = file("hong.json", '{\n  "units": [,]\n}')
    const result = await lantoa(["evaluate", "--policy", "hoa-binh-2024", "--data", broken, "--period", "2024-W46", ...NOW])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain("không phải JSON hợp lệ (dòng 2, cột 13: ký tự “,” không đúng chỗ).")
  })

  it("an invalid policy file exits 1 listing every problem", async () => {
    const policy = file(
      "quy-dinh.json",
      JSON.stringify({ id: "Tinh X", version: "1", name: { vi: "Kế hoạch" }, quotas: [{ id: "a" }] })
    )
    const result = await lantoa(["evaluate", "--policy", policy, "--data", data, "--period", "2024-W46", ...NOW])
    expect(result.code).toBe(1)
    const lines = result.stderr.trimEnd().split("\n")
    expect(lines[0]).toMatch(/Bộ quy định \(policy\) không hợp lệ: (\d+) lỗi\.$/)
    const count = Number(/: (\d+) lỗi\./.exec(lines[0] ?? "")?.[1])
    expect(lines.slice(1)).toHaveLength(count)
    expect(lines.slice(1).every((line) => line.startsWith("- "))).toBe(true)
  })

  it("a usage error exits 2; --help and --version exit 0", async () => {
    const usage = await lantoa(["evaluate", "--policy", "hoa-binh-2024", "--data", data, "--format", "pdf"])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain("--format chỉ nhận json hoặc table")
    const help = await lantoa(["--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain("lantoa evaluate --policy")
    const version = await lantoa(["--version"])
    expect(version).toEqual({ code: 0, stdout: "lantoa 0.1.0 (lantoa/v1)\n", stderr: "" })
  })

  it("schema report prints the report's JSON Schema", async () => {
    const result = await lantoa(["schema", "report"])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).properties.contract.const).toBe("lantoa/v1")
  })
})
