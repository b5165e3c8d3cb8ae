/**
 * `lantoa evaluate`: read the policy and the dataset, evaluate, print the
 * report as JSON or as a table.
 */
import {
  addDays,
  isLocalDate,
  localDateOf,
  periodBounds,
  periodOf,
  previousPeriod,
  toInstant,
  type Locale,
  type SchoolYearEntry,
} from "@lantoa/core"
import {
  createEngine,
  InvalidOptionsError,
  InvalidPolicyError,
  type Engine,
  type EvaluateOptions,
  type Report,
} from "@lantoa/engine"
import type { PolicyInput } from "@lantoa/policy"
import { generateProvince } from "@lantoa/sample-province"
import type { CliIo } from "../CliIo.js"
import { formatReportTable } from "../ReportTable.js"
import { DATA, readJson, readPolicy, sampleSeed } from "./input.js"
import { addActivitySheets, readSheetRoster, reportSheetIssues, sheetPaths, writeOut } from "./sheets.js"
import type { SheetIssue } from "@lantoa/adapter-sheets"
import { say } from "./text.js"
import { InputError, UsageError } from "./usage.js"

export interface EvaluateFlags {
  readonly policy?: string | undefined
  readonly data?: string | undefined
  readonly period?: string | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly now?: string | undefined
  readonly format?: string | undefined
  readonly people?: boolean | undefined
  /** Activity sheets (.xlsx, .csv; several separated by commas) added to the dataset's activities. */
  readonly activities?: string | undefined
  /** Where to write the report instead of standard output: .xlsx, .csv or .json. */
  readonly out?: string | undefined
}

const EMPTY = { units: [], people: [], channels: [], activities: [] }

const required = (value: string | undefined, flag: string): string => {
  if (value === undefined || value.trim() === "") {
    throw new UsageError({ vi: `Thiếu ${flag}. Xem: lantoa --help`, en: `${flag} is required. See: lantoa --help` })
  }
  return value.trim()
}

const nowOf = (flags: EvaluateFlags, io: CliIo, timeZone: string): number => {
  if (flags.now === undefined) return io.now()
  const now = toInstant(flags.now, { timeZone })
  if (now === undefined) {
    throw new UsageError({
      vi: `--now “${flags.now}” không đọc được; ví dụ: --now 2024-12-10T08:00:00+07:00`,
      en: `cannot read --now “${flags.now}”; e.g. --now 2024-12-10T08:00:00+07:00`,
    })
  }
  return now
}

/** The range flags as engine options. `--to` as a date is the last day, included (a clerk's "đến ngày"). */
const rangeOf = (flags: EvaluateFlags, now: number, timeZone: string): Pick<EvaluateOptions, "period" | "from" | "to"> => {
  if (flags.period !== undefined && (flags.from !== undefined || flags.to !== undefined)) {
    throw new UsageError({
      vi: "Chỉ cho --period, hoặc --from và --to, không cho cả hai.",
      en: "Give --period, or --from and --to, not both.",
    })
  }
  if (flags.period !== undefined) return { period: flags.period.trim() }
  if (flags.from !== undefined || flags.to !== undefined) {
    if (flags.from === undefined || flags.to === undefined) {
      throw new UsageError({ vi: "--from và --to phải đi cùng nhau.", en: "--from and --to go together." })
    }
    const to = flags.to.trim()
    return { from: flags.from.trim(), to: isLocalDate(to) ? addDays(to, 1) : to }
  }
  return { period: previousPeriod(periodOf(now, "week", { timeZone })) }
}

/** The local dates of every period the report covers (each rule's own periods), for the sample's activities. */
const sampleDates = (engine: Engine, options: EvaluateOptions): { from: string; to: string } => {
  const probe = engine.evaluate(EMPTY, { ...options, include: { setup: false, peers: false } })
  const { timeZone, schoolYears } = engine.policy
  const periodOptions =
    schoolYears === undefined ? { timeZone } : { timeZone, schoolYears: schoolYears as ReadonlyArray<SchoolYearEntry> }
  const bounds = probe.periods.map((id) => periodBounds(id, periodOptions))
  const start = Math.min(...bounds.map((b) => b.start))
  const end = Math.max(...bounds.map((b) => b.end))
  return { from: localDateOf(start, { timeZone }), to: localDateOf(end - 1, { timeZone }) }
}

const optionProblem = (error: InvalidOptionsError): UsageError =>
  new UsageError({ vi: error.message.replaceAll("options.", "--"), en: error.messageEn.replaceAll("options.", "--") })

export const evaluateCommand = async (flags: EvaluateFlags, locale: Locale, io: CliIo): Promise<number> => {
  const policyValue = required(flags.policy, "--policy")
  const dataValue = required(flags.data, "--data")
  const format = flags.format ?? "json"
  if (format !== "json" && format !== "table") {
    throw new UsageError({
      vi: `--format chỉ nhận json hoặc table, không nhận “${format}”.`,
      en: `--format is json or table, not “${format}”.`,
    })
  }
  const policy = await readPolicy(io, policyValue)
  let engine: Engine
  try {
    engine = createEngine(policy.input as PolicyInput)
  } catch (error) {
    if (!(error instanceof InvalidPolicyError)) throw error
    throw new InputError({ vi: `“${policyValue}”: ${error.message}`, en: `“${policyValue}”: ${error.messageEn}` })
  }
  const timeZone = engine.policy.timeZone
  const now = nowOf(flags, io, timeZone)
  const options = { ...rangeOf(flags, now, timeZone), now, locale, people: flags.people === true } as EvaluateOptions

  let dataset: unknown
  const sheetIssues: Array<SheetIssue> = []
  const seed = sampleSeed(dataValue)
  const activitySheets = flags.activities === undefined ? undefined : sheetPaths(flags.activities)
  if (flags.activities !== undefined && activitySheets === undefined) {
    throw new UsageError({
      vi: `--activities nhận tệp .xlsx hoặc .csv (nhiều tệp cách nhau bằng dấu phẩy), không nhận “${flags.activities}”.`,
      en: `--activities takes .xlsx or .csv files (several separated by commas), not “${flags.activities}”.`,
    })
  }
  try {
    if (seed !== undefined) {
      const variant = engine.policy.id === "two-tier-2025" ? "two-tier-2025" : "2024"
      dataset = generateProvince({ seed, variant, activities: sampleDates(engine, options) })
    } else {
      engine.evaluate(EMPTY, { ...options, include: { quotas: false, rollups: false, peers: false, setup: false } })
      const sheets = sheetPaths(dataValue)
      if (sheets === undefined) dataset = await readJson(io, dataValue, DATA)
      else {
        const read = await readSheetRoster(sheets, DATA, timeZone)
        dataset = read.dataset
        sheetIssues.push(...read.issues)
      }
    }
  } catch (error) {
    if (error instanceof InvalidOptionsError) throw optionProblem(error)
    throw error
  }
  if (activitySheets !== undefined) {
    const added = await addActivitySheets(dataset, activitySheets, timeZone)
    dataset = added.dataset
    sheetIssues.push(...added.issues)
  }
  reportSheetIssues(sheetIssues, locale, io)
  const report: Report = engine.evaluate(dataset, options)
  if (flags.out !== undefined) {
    await writeOut(report, flags.out, dataset, sheetIssues, locale, io)
  } else if (format === "table") {
    const units = (dataset as { units?: unknown }).units
    io.stdout(formatReportTable(report, { units: Array.isArray(units) ? units : [], locale }))
  } else {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    const errors = report.issues.filter((issue) => issue.severity === "error").length
    if (report.issues.length > 0) {
      io.stderr(
        `${say(locale, {
          vi: `Lưu ý: dữ liệu có ${report.issues.length} vấn đề (${errors} lỗi, bản ghi lỗi không được tính); xem mục "issues" của báo cáo.`,
          en: `Note: the data has ${report.issues.length} problems (${errors} errors; bad records were not counted); see the report's "issues".`,
        })}\n`
      )
    }
  }
  return 0
}
