/**
 * Reading one cell as a value of the contract: text, yes/no, a date, a
 * phone number, an instant. Each reader returns `undefined` for a blank
 * cell and `null` for a value it cannot read.
 */
import { formatInstant, normalizePhone, normalizeText, parseInstant, parseLocalDate, type Instant } from "@lantoa/core"
import type { Cell } from "./read.js"

const pad = (value: number, width = 2): string => String(value).padStart(width, "0")

export const isBlankCell = (cell: Cell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")

/** Text of a cell, NFC and single-spaced; a whole number without exponent or decimals. */
export const textOf = (cell: Cell | undefined): string | undefined => {
  if (isBlankCell(cell)) return undefined
  if (typeof cell === "string") {
    // A leading apostrophe is how lantoa (and Excel) keep "=…" from running as a formula.
    const text = normalizeText(cell)
    return /^'[=+\-@]/.test(text) ? text.slice(1) : text
  }
  if (typeof cell === "number") return Number.isInteger(cell) ? cell.toFixed(0) : String(cell)
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE"
  return localDateOfDate(cell as Date)
}

const YES = new Set(["x", "1", "co", "c", "yes", "y", "true", "dung", "d", "dang vien", "dv", "v", "ok"])
const NO = new Set(["0", "khong", "k", "no", "n", "false", "sai", "-"])
const CHECK_MARKS = /^[✓✔☑✅√]+$/u

/** "x", "có", "1", "✓", TRUE → true; "không", "0", FALSE → false. */
export const yesNoOf = (cell: Cell | undefined): boolean | null | undefined => {
  if (isBlankCell(cell)) return undefined
  if (typeof cell === "boolean") return cell
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : null
  if (typeof cell !== "string") return null
  const trimmed = cell.trim()
  if (CHECK_MARKS.test(trimmed)) return true
  const key = trimmed
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .trim()
  if (YES.has(key)) return true
  if (NO.has(key)) return false
  return null
}

// Excel's serial day 25569 is 1970-01-01 (1900 date system; exceljs
// already turns date-formatted cells into Dates, 1904 files included).
const EXCEL_EPOCH_DAY = 25569
const DAY_MS = 86_400_000
// 1 = 1900-01-01, 2958465 = 9999-12-31: anything else is not a date serial.
const isSerial = (value: number): boolean => value >= 1 && value < 2958466

/** exceljs gives a date cell as a Date whose UTC fields are Excel's wall clock. */
const localDateOfDate = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`

const dateOfSerial = (serial: number): Date => new Date(Math.round((serial - EXCEL_EPOCH_DAY) * DAY_MS))

/** A local date `YYYY-MM-DD` from a date cell, an Excel serial, or text (dd/mm/yyyy, ISO, worded). */
export const localDateOf = (cell: Cell | undefined): string | null | undefined => {
  if (isBlankCell(cell)) return undefined
  if (cell instanceof Date) return localDateOfDate(cell)
  if (typeof cell === "number") return isSerial(cell) ? localDateOfDate(dateOfSerial(cell)) : null
  if (typeof cell === "string") return parseLocalDate(cell) ?? null
  return null
}

/** A phone number in the national form; Excel's number without its leading 0 included. */
export const phoneOf = (cell: Cell | undefined): string | null | undefined => {
  if (isBlankCell(cell)) return undefined
  if (typeof cell === "string" || typeof cell === "number") return normalizePhone(cell) ?? null
  return null
}

// Google Forms and Excel write local times day first ("12/11/2024 9:05:33"),
// Google's CSV export sometimes "2024/11/12 9:05:33 SA GMT+7" (SA/CH are
// Vietnamese AM/PM).
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(sa|ch|am|pm)?\s*(?:(?:gmt|utc)\s*([+-]\d{1,2})(?::?(\d{2}))?)?$/i
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(sa|ch|am|pm)?\s*(?:(?:gmt|utc)\s*([+-]\d{1,2})(?::?(\d{2}))?)?$/i

const wallClock = (year: number, month: number, day: number, hour: number, minute: number, second: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`

const fromParts = (
  year: number,
  month: number,
  day: number,
  match: RegExpExecArray,
  timeZone: string,
): Instant | null => {
  let hour = Number(match[4] ?? 0)
  const minute = Number(match[5] ?? 0)
  const second = Number(match[6] ?? 0)
  const meridiem = match[7]?.toLowerCase()
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null
    const afternoon = meridiem === "ch" || meridiem === "pm"
    hour = (hour % 12) + (afternoon ? 12 : 0)
  }
  let text = wallClock(year, month, day, hour, minute, second)
  if (match[8] !== undefined) {
    const sign = match[8].startsWith("-") ? "-" : "+"
    text += `${sign}${pad(Math.abs(Number(match[8])))}:${match[9] ?? "00"}`
  }
  return parseInstant(text, { timeZone })?.instant ?? null
}

/** Options of {@link instantOf}. */
export interface InstantOptions {
  readonly timeZone: string
  /** Whether `1/2/2024` is 1 February (Vietnamese, the default) or 2 January (a US-locale form). */
  readonly dayFirst: boolean
}

/** An instant from a date-time cell (wall clock in `timeZone`), an Excel serial, or text. */
export const instantOf = (cell: Cell | undefined, options: InstantOptions): Instant | null | undefined => {
  if (isBlankCell(cell)) return undefined
  const { timeZone } = options
  if (cell instanceof Date || typeof cell === "number") {
    if (typeof cell === "number" && !isSerial(cell)) return null
    const date = cell instanceof Date ? cell : dateOfSerial(cell)
    const text = wallClock(
      date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(),
      date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(),
    )
    return parseInstant(text, { timeZone })?.instant ?? null
  }
  if (typeof cell !== "string") return null
  const text = cell.trim()
  const iso = parseInstant(text, { timeZone })
  if (iso !== undefined) return iso.instant
  const dayFirst = DAY_FIRST.exec(text)
  if (dayFirst !== null) {
    const a = Number(dayFirst[1])
    const b = Number(dayFirst[2])
    return options.dayFirst
      ? fromParts(Number(dayFirst[3]), b, a, dayFirst, timeZone)
      : fromParts(Number(dayFirst[3]), a, b, dayFirst, timeZone)
  }
  const yearFirst = YEAR_FIRST.exec(text)
  if (yearFirst !== null) return fromParts(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), yearFirst, timeZone)
  return null
}

/** An instant as the contract writes it, in the zone. */
export const wireInstant = (instant: Instant, timeZone: string): string => formatInstant(instant, { timeZone })
