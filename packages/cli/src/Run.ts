/**
 * The `lantoa` command as a function: arguments and an I/O value in, an
 * exit code out. The bin (`lantoa`) calls it with the process's arguments
 * and `nodeIo()`; tests call it in-process.
 *
 * @since 0.1.0
 * @module
 */
import { parseArgs } from "node:util"
import type { Locale } from "@lantoa/core"
import { datasetJsonSchema, REPORT_CONTRACT, reportJsonSchema } from "@lantoa/engine"
import { policyJsonSchema } from "@lantoa/policy"
import type { CliIo } from "./CliIo.js"
import { evaluateCommand } from "./internal/evaluate.js"
import { templateCommand } from "./internal/sheets.js"
import { say } from "./internal/text.js"
import { helpText, InputError, UsageError } from "./internal/usage.js"
import { VERSION } from "./Version.js"

/**
 * The exit codes of `lantoa`: `ok` 0; `invalidInput` 1 — a file missing or
 * unreadable, JSON that does not parse, an invalid policy; `usage` 2 — an
 * unknown command or option, a missing or malformed argument. Problems in
 * the dataset's records are not failures: they are the report's `issues`.
 *
 * @example
 * ```ts
 * EXIT_CODES //=> { ok: 0, invalidInput: 1, usage: 2 }
 * ```
 * @since 0.1.0
 * @category constants
 */
export const EXIT_CODES = { ok: 0, invalidInput: 1, usage: 2 } as const

const SCHEMAS = { dataset: datasetJsonSchema, policy: policyJsonSchema, report: reportJsonSchema } as const

const OPTIONS = {
  policy: { type: "string", short: "p" },
  data: { type: "string", short: "d" },
  period: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  now: { type: "string" },
  format: { type: "string" },
  locale: { type: "string" },
  people: { type: "boolean" },
  activities: { type: "string", short: "a" },
  out: { type: "string", short: "o" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const

/** The locale asked for, read before anything can fail, so that every message is in it. */
const localeOf = (argv: ReadonlyArray<string>): Locale => {
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string
    if (arg === "--locale") return argv[k + 1] === "en" ? "en" : "vi"
    if (arg.startsWith("--locale=")) return arg.slice("--locale=".length) === "en" ? "en" : "vi"
  }
  return "vi"
}

const parse = (argv: ReadonlyArray<string>) => {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const option = /'([^']+)'/.exec(detail)?.[1]
    throw new UsageError({
      vi: `Tùy chọn không hợp lệ${option === undefined ? "" : ` “${option}”`} (${detail}). Xem: lantoa --help`,
      en: `Invalid option${option === undefined ? "" : ` “${option}”`} (${detail}). See: lantoa --help`,
    })
  }
}

const schemaCommand = (name: string | undefined, io: CliIo): number => {
  if (name === undefined || !(name in SCHEMAS)) {
    throw new UsageError({
      vi: `${
        name === undefined ? "Thiếu tên lược đồ" : `Không có lược đồ “${name}”`
      }: dùng lantoa schema dataset, lantoa schema policy hoặc lantoa schema report.`,
      en: `${
        name === undefined ? "Which schema?" : `No schema “${name}”`
      }: use lantoa schema dataset, lantoa schema policy or lantoa schema report.`,
    })
  }
  io.stdout(`${JSON.stringify(SCHEMAS[name as keyof typeof SCHEMAS](), null, 2)}\n`)
  return EXIT_CODES.ok
}

/**
 * Runs the `lantoa` command: `evaluate` (a JSON dataset, or .xlsx/.csv
 * rosters and activity sheets; the report as JSON, a table, or a workbook
 * with `--out`), `schema`, `template` (empty input workbooks), `--help`,
 * `--version`.
 * Never throws and never exits the process: messages go to `io.stdout` and
 * `io.stderr` (Vietnamese; English with `--locale en`), and the result is
 * the exit code (see {@link EXIT_CODES}). `--now` defaults to `io.now()`:
 * the command is the I/O edge, the only place lantoa reads a clock.
 *
 * @example
 * ```ts
 * await run(["evaluate", "--policy", "hoa-binh-2024", "--data", "sample", "--period", "2024-W49",
 *            "--now", "2024-12-10T08:00:00+07:00", "--format", "table"], nodeIo())  //=> 0
 * await run(["schema", "report"], nodeIo())  //=> 0 (prints the JSON Schema)
 * await run(["evaluate", "-p", "hoa-binh-2024", "-d", "danh-sach.xlsx", "--activities", "chia-se.csv",
 *            "--period", "2024-11", "--out", "bao-cao.xlsx"], nodeIo())  //=> 0 (writes the workbook)
 * await run(["template"], nodeIo())  //=> 0 (writes mau-danh-sach.xlsx and mau-bao-cao-chia-se.xlsx)
 * await run(["evaluate", "--data", "khong-co.json", "--policy", "hoa-binh-2024"], nodeIo())
 * //=> 1 (stderr: "Dữ liệu (--data): Không tìm thấy tệp “khong-co.json”.")
 * await run(["evaluate", "--format", "pdf"], nodeIo())  //=> 2
 * ```
 * @since 0.1.0
 * @category commands
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const locale = localeOf(argv)
  try {
    const { values, positionals } = parse(argv)
    if (values.locale !== undefined && values.locale !== "vi" && values.locale !== "en") {
      throw new UsageError({
        vi: `--locale chỉ nhận vi hoặc en, không nhận “${values.locale}”.`,
        en: `--locale is vi or en, not “${values.locale}”.`,
      })
    }
    const [command, ...rest] = positionals
    if (values.version === true) {
      io.stdout(`lantoa ${VERSION} (${REPORT_CONTRACT})\n`)
      return EXIT_CODES.ok
    }
    if (values.help === true || command === undefined || command === "help") {
      io.stdout(helpText(locale))
      return EXIT_CODES.ok
    }
    switch (command) {
      case "evaluate":
        if (rest.length > 0) {
          throw new UsageError({
            vi: `Thừa tham số: ${rest.join(" ")}. Xem: lantoa --help`,
            en: `Unexpected arguments: ${rest.join(" ")}. See: lantoa --help`,
          })
        }
        return await evaluateCommand(values, locale, io)
      case "schema":
        return schemaCommand(rest[0], io)
      case "template":
        return await templateCommand(rest[0], values.out, locale, io)
      default:
        throw new UsageError({
          vi: `Không có lệnh “${command}”. Các lệnh: evaluate, schema, template. Xem: lantoa --help`,
          en: `No command “${command}”. Commands: evaluate, schema, template. See: lantoa --help`,
        })
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lantoa: ${say(locale, error.text)}\n`)
      return EXIT_CODES.usage
    }
    if (error instanceof InputError) {
      io.stderr(`lantoa: ${say(locale, error.text)}\n`)
      return EXIT_CODES.invalidInput
    }
    const detail = error instanceof Error ? error.message : String(error)
    io.stderr(`lantoa: ${say(locale, { vi: "lỗi không mong đợi", en: "unexpected error" })}: ${detail}\n`)
    return EXIT_CODES.invalidInput
  }
}
