/**
 * The command's spreadsheets, through @lantoa/adapter-sheets: rosters and
 * activity sheets in (.xlsx, .csv), the report and the templates out.
 */
import { writeFile } from "node:fs/promises"
import type { Locale } from "@lantoa/core"
import {
  readActivities,
  readRoster,
  SheetsError,
  writeReport,
  writeTemplate,
  type ReadRosterResult,
  type SheetIssue,
  type SheetReport,
} from "@lantoa/adapter-sheets"
import type { CliIo } from "../CliIo.js"
import { say, type Text } from "./text.js"
import { InputError, UsageError } from "./usage.js"

const SHEET = /\.(xlsx|csv)$/i

/** The paths of a `--data` or `--activities` value when it names spreadsheets: one, or several separated by commas. */
export const sheetPaths = (value: string): ReadonlyArray<string> | undefined => {
  const parts = value.split(",").map((part) => part.trim()).filter((part) => part !== "")
  return parts.length > 0 && parts.every((part) => SHEET.test(part)) ? parts : undefined
}

const inputProblem = (what: Text, error: unknown): never => {
  if (error instanceof SheetsError) throw new InputError({ vi: `${what.vi}: ${error.message}`, en: `${what.en}: ${error.messageEn}` })
  throw error
}

/** The roster of one or more workbooks or CSV files. */
export const readSheetRoster = async (paths: ReadonlyArray<string>, what: Text, timeZone: string): Promise<ReadRosterResult> => {
  try {
    return await readRoster(paths, { timeZone })
  } catch (error) {
    return inputProblem(what, error)
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value)

/** The activities of Google Forms–style sheets, matched against the dataset's people, added to its activities. */
export const addActivitySheets = async (
  dataset: unknown,
  paths: ReadonlyArray<string>,
  timeZone: string,
): Promise<{ readonly dataset: unknown; readonly issues: ReadonlyArray<SheetIssue> }> => {
  const what = { vi: "Hoạt động (--activities)", en: "Activities (--activities)" }
  const base = isRecord(dataset) ? dataset : {}
  const units = Array.isArray(base.units) ? base.units : []
  const people = Array.isArray(base.people) ? base.people : []
  const activities: Array<unknown> = Array.isArray(base.activities) ? [...base.activities] : []
  const issues: Array<SheetIssue> = []
  for (const path of paths) {
    try {
      const read = await readActivities(path, { units, people } as Parameters<typeof readActivities>[1], { timeZone })
      activities.push(...read.activities)
      issues.push(...read.issues)
    } catch (error) {
      inputProblem(what, error)
    }
  }
  return { dataset: { ...base, activities }, issues }
}

/** Tells how many rows of the spreadsheets were left out, and the first few problems. */
export const reportSheetIssues = (issues: ReadonlyArray<SheetIssue>, locale: Locale, io: CliIo): void => {
  if (issues.length === 0) return
  const errors = issues.filter((issue) => issue.severity === "error").length
  const shown = 10
  const lines = issues.slice(0, shown).map((issue) => `  - ${locale === "en" ? issue.messageEn : issue.message}\n`)
  const more = issues.length - shown
  io.stderr(
    `${say(locale, {
      vi: `Lưu ý: bảng tính có ${issues.length} vấn đề (${errors} lỗi; dòng lỗi không được tính):`,
      en: `Note: the spreadsheets have ${issues.length} problems (${errors} errors; rows in error were not counted):`,
    })}\n${lines.join("")}${
      more > 0 ? `  ${say(locale, { vi: `… và ${more} vấn đề khác.`, en: `… and ${more} more.` })}\n` : ""
    }`,
  )
}

/** Writes the report to `--out`: .xlsx or .csv through the adapter (the spreadsheets' own problems first), .json as is. */
export const writeOut = async (
  report: SheetReport,
  out: string,
  dataset: unknown,
  sheetIssues: ReadonlyArray<SheetIssue>,
  locale: Locale,
  io: CliIo,
): Promise<void> => {
  const target = out.trim()
  let files: ReadonlyArray<string>
  try {
    if (/\.json$/i.test(target)) {
      await writeFile(target, `${JSON.stringify(report, null, 2)}\n`)
      files = [target]
    } else if (SHEET.test(target)) {
      const base = isRecord(dataset) ? dataset : {}
      const list = (key: string) => (Array.isArray(base[key]) ? (base[key] as Array<never>) : [])
      files = await writeReport({ ...report, issues: [...sheetIssues, ...report.issues] }, target, { units: list("units"), channels: list("channels") })
    } else {
      throw new UsageError({
        vi: `--out phải là tệp .xlsx, .csv hoặc .json, không phải “${target}”.`,
        en: `--out must be an .xlsx, .csv or .json file, not “${target}”.`,
      })
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    if (error instanceof SheetsError) throw new InputError({ vi: `--out: ${error.message}`, en: `--out: ${error.messageEn}` })
    throw new InputError({ vi: `--out: không ghi được tệp “${target}”.`, en: `--out: cannot write “${target}”.` })
  }
  io.stdout(`${say(locale, { vi: "Đã ghi báo cáo", en: "Report written" })}: ${files.join(", ")}\n`)
}

const TEMPLATES = {
  roster: { file: "mau-danh-sach.xlsx", vi: "danh sách đơn vị, cán bộ, kênh truyền thông", en: "units, people and channels" },
  activities: { file: "mau-bao-cao-chia-se.xlsx", vi: "báo cáo tin, bài đã đăng, chia sẻ", en: "self-reported posts and shares" },
} as const

/** `lantoa template [roster|activities] [--out file]`: empty input workbooks with instructions in Vietnamese. */
export const templateCommand = async (kind: string | undefined, out: string | undefined, locale: Locale, io: CliIo): Promise<number> => {
  if (kind !== undefined && kind !== "roster" && kind !== "activities") {
    throw new UsageError({
      vi: `Không có mẫu “${kind}”: dùng lantoa template roster hoặc lantoa template activities.`,
      en: `No template “${kind}”: use lantoa template roster or lantoa template activities.`,
    })
  }
  if (kind === undefined && out !== undefined) {
    throw new UsageError({
      vi: "--out cần chỉ rõ mẫu: lantoa template roster --out <tệp> hoặc lantoa template activities --out <tệp>.",
      en: "--out needs a template: lantoa template roster --out <file> or lantoa template activities --out <file>.",
    })
  }
  const kinds: ReadonlyArray<"roster" | "activities"> = kind === undefined ? ["roster", "activities"] : [kind]
  for (const one of kinds) {
    const target = out ?? TEMPLATES[one].file
    let files: ReadonlyArray<string>
    try {
      files = await writeTemplate(target, one)
    } catch (error) {
      if (error instanceof SheetsError) throw new InputError({ vi: error.message, en: error.messageEn })
      throw error
    }
    io.stdout(`${say(locale, { vi: `Đã ghi mẫu ${TEMPLATES[one].vi}`, en: `Template for ${TEMPLATES[one].en} written` })}: ${files.join(", ")}\n`)
  }
  return 0
}
