/**
 * Reading the command's inputs — a JSON file (or standard input), a policy
 * (a preset id or a file), a dataset (a file, or the sample province) —
 * with a clear message for each way it can fail.
 */
import { parseJson } from "@lantoa/engine"
import { presetById, PRESETS, type Policy } from "@lantoa/policy"
import type { CliIo } from "../CliIo.js"
import { InputError } from "./usage.js"
import type { Text } from "./text.js"

const fileProblem = (path: string, error: unknown): Text => {
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case "ENOENT":
      return { vi: `Không tìm thấy tệp “${path}”.`, en: `File not found: “${path}”.` }
    case "EISDIR":
      return { vi: `“${path}” là một thư mục, không phải tệp.`, en: `“${path}” is a directory, not a file.` }
    case "EACCES":
    case "EPERM":
      return { vi: `Không có quyền đọc tệp “${path}”.`, en: `No permission to read “${path}”.` }
    default:
      return { vi: `Không đọc được tệp “${path}”.`, en: `Cannot read “${path}”.` }
  }
}

/** The JSON in a file (or standard input for `-`), or an `InputError` saying what is wrong and where. */
export const readJson = async (io: CliIo, path: string, what: Text): Promise<unknown> => {
  let text: string
  try {
    text = path === "-" ? await io.readStdin() : await io.readFile(path)
  } catch (error) {
    const problem = fileProblem(path, error)
    throw new InputError({ vi: `${what.vi}: ${problem.vi}`, en: `${what.en}: ${problem.en}` })
  }
  const parsed = parseJson(text)
  if (parsed.ok) return parsed.value
  // Only the place and the character: V8's own message quotes the text, which may hold personal data.
  const name = path === "-" ? { vi: "dữ liệu từ đầu vào chuẩn", en: "standard input" } : { vi: `tệp “${path}”`, en: `“${path}”` }
  const found =
    parsed.found === ""
      ? { vi: "nội dung kết thúc giữa chừng", en: "the text ends too early" }
      : { vi: `ký tự “${parsed.found}” không đúng chỗ`, en: `unexpected character “${parsed.found}”` }
  throw new InputError({
    vi: `${what.vi}: ${name.vi} không phải JSON hợp lệ (dòng ${parsed.line}, cột ${parsed.column}: ${found.vi}).`,
    en: `${what.en}: ${name.en} is not valid JSON (line ${parsed.line}, column ${parsed.column}: ${found.en}).`,
  })
}

const POLICY: Text = { vi: "Bộ quy định (--policy)", en: "Policy (--policy)" }

/** A preset by id, else the JSON of a file. */
export const readPolicy = async (io: CliIo, value: string): Promise<{ readonly input: unknown; readonly preset?: Policy }> => {
  const preset = presetById(value)
  if (preset !== undefined) return { input: preset, preset }
  if (!/[./\\]/.test(value) && !value.toLowerCase().endsWith(".json")) {
    // Looks like an id, not a path: say which presets exist rather than "file not found".
    try {
      return { input: await readJson(io, value, POLICY) }
    } catch {
      const ids = PRESETS.map((policy) => policy.id).join(", ")
      throw new InputError({
        vi: `${POLICY.vi}: không có bộ quy định có sẵn mã “${value}”, cũng không có tệp tên đó. Các bộ có sẵn: ${ids}.`,
        en: `${POLICY.en}: there is no preset “${value}” and no file of that name. Presets: ${ids}.`,
      })
    }
  }
  return { input: await readJson(io, value, POLICY) }
}

export const DATA: Text = { vi: "Dữ liệu (--data)", en: "Dataset (--data)" }

/** `sample` → seed "lantoa"; `sample:7` → seed "7"; anything else → undefined (a path). */
export const sampleSeed = (value: string): string | undefined => {
  if (value === "sample") return "lantoa"
  if (value.startsWith("sample:") && value.length > "sample:".length) return value.slice("sample:".length)
  return undefined
}
