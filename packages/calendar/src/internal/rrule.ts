/**
 * The subset of RFC 5545 recurrence rules (RRULE) deadline tasks use, read
 * and expanded over local dates:
 *
 * - `FREQ=WEEKLY` with `BYDAY` (MO…SU, no numeric prefix);
 * - `FREQ=MONTHLY` with `BYMONTHDAY` (1…31, or −1…−31 counted from the
 *   month's end: −1 is the last day);
 * - `INTERVAL`, `COUNT`, `UNTIL` (a DATE, `YYYYMMDD`, inclusive), `WKST=MO`.
 *
 * DTSTART is the task's `start` date. Occurrences are the dates that match
 * the rule on or after it; unlike RFC 5545, a `start` that does not match is
 * not itself an occurrence (the RFC leaves that case undefined).
 *
 * @internal
 */
import { dateOf, daysOf, mondayOf, weekdayOf } from "./days.js"

/** A parsed rule. Weekdays are ISO (1 = Monday … 7 = Sunday). */
export interface RecurrenceRule {
  readonly freq: "WEEKLY" | "MONTHLY"
  readonly interval: number
  readonly byDay: ReadonlyArray<number>
  readonly byMonthDay: ReadonlyArray<number>
  readonly count?: number
  /** Epoch day of UNTIL, inclusive. */
  readonly until?: number
}

/** A problem in a rule, in Vietnamese and English. */
export interface RuleProblem {
  readonly vi: string
  readonly en: string
}

const WEEKDAYS: Readonly<Record<string, number>> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 }
const KNOWN = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST"])

const problem = (vi: string, en: string): { readonly problem: RuleProblem } => ({ problem: { vi, en } })

const positive = (text: string): number | undefined => (/^[1-9]\d{0,5}$/.test(text) ? Number(text) : undefined)

const readUntil = (text: string): number | undefined => {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (match === null) return undefined
  try {
    return daysOf(`${match[1]}-${match[2]}-${match[3]}`, "UNTIL")
  } catch {
    return undefined
  }
}

const parseList = <A>(text: string, read: (item: string) => A | undefined): ReadonlyArray<A> | undefined => {
  const items = text.split(",").map((item) => read(item.trim()))
  return items.some((item) => item === undefined) || items.length === 0 ? undefined : (items as ReadonlyArray<A>)
}

const readMonthDay = (item: string): number | undefined => {
  if (!/^[+-]?\d{1,2}$/.test(item)) return undefined
  const value = Number(item)
  return value !== 0 && value >= -31 && value <= 31 ? value : undefined
}

const cache = new Map<string, { readonly rule: RecurrenceRule } | { readonly problem: RuleProblem }>()

const parse = (text: string): { readonly rule: RecurrenceRule } | { readonly problem: RuleProblem } => {
  const body = text.trim().replace(/^RRULE:/i, "")
  if (body === "") return problem("quy tắc lặp (RRULE) trống.", "the recurrence rule (RRULE) is empty.")
  const parts = new Map<string, string>()
  for (const part of body.split(";")) {
    const [rawKey, value, ...rest] = part.split("=")
    const key = (rawKey ?? "").trim().toUpperCase()
    if (value === undefined || rest.length > 0 || key === "")
      return problem(`phần "${part}" của RRULE không có dạng KHÓA=GIÁ_TRỊ.`, `the RRULE part "${part}" is not KEY=VALUE.`)
    if (!KNOWN.has(key))
      return problem(
        `RRULE có phần "${key}" chưa được hỗ trợ; chỉ dùng FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, WKST.`,
        `the RRULE part "${key}" is not supported; use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, WKST.`,
      )
    if (parts.has(key)) return problem(`RRULE có phần "${key}" hai lần.`, `the RRULE part "${key}" appears twice.`)
    parts.set(key, value.trim().toUpperCase())
  }
  const freq = parts.get("FREQ")
  if (freq !== "WEEKLY" && freq !== "MONTHLY")
    return problem(
      `FREQ phải là WEEKLY (hằng tuần) hoặc MONTHLY (hằng tháng), nhận được ${freq === undefined ? "không có" : `"${freq}"`}.`,
      `FREQ must be WEEKLY or MONTHLY, got ${freq === undefined ? "none" : `"${freq}"`}.`,
    )
  const intervalText = parts.get("INTERVAL")
  const interval = intervalText === undefined ? 1 : positive(intervalText)
  if (interval === undefined)
    return problem(`INTERVAL phải là số nguyên dương, nhận được "${intervalText}".`, `INTERVAL must be a positive whole number, got "${intervalText}".`)
  const countText = parts.get("COUNT")
  const count = countText === undefined ? undefined : positive(countText)
  if (countText !== undefined && count === undefined)
    return problem(`COUNT phải là số nguyên dương, nhận được "${countText}".`, `COUNT must be a positive whole number, got "${countText}".`)
  const untilText = parts.get("UNTIL")
  const until = untilText === undefined ? undefined : readUntil(untilText)
  if (untilText !== undefined && until === undefined)
    return problem(
      `UNTIL phải là một ngày dạng YYYYMMDD (ví dụ 20250531), nhận được "${untilText}".`,
      `UNTIL must be a date YYYYMMDD (e.g. 20250531), got "${untilText}".`,
    )
  if (count !== undefined && until !== undefined)
    return problem("RRULE không được có cả COUNT và UNTIL.", "an RRULE must not have both COUNT and UNTIL.")
  const wkst = parts.get("WKST")
  if (wkst !== undefined && wkst !== "MO")
    return problem("tuần bắt đầu từ Thứ Hai: WKST chỉ nhận MO.", "weeks start on Monday: WKST must be MO.")
  const byDayText = parts.get("BYDAY")
  const byMonthDayText = parts.get("BYMONTHDAY")
  if (freq === "WEEKLY" && byMonthDayText !== undefined)
    return problem("BYMONTHDAY chỉ dùng với FREQ=MONTHLY.", "BYMONTHDAY only goes with FREQ=MONTHLY.")
  if (freq === "MONTHLY" && byDayText !== undefined)
    return problem(
      "BYDAY chưa được hỗ trợ với FREQ=MONTHLY; dùng BYMONTHDAY (ví dụ BYMONTHDAY=-1 là ngày cuối tháng).",
      "BYDAY is not supported with FREQ=MONTHLY; use BYMONTHDAY (BYMONTHDAY=-1 is the last day).",
    )
  const byDay = byDayText === undefined ? [] : parseList(byDayText, (item) => WEEKDAYS[item])
  if (byDay === undefined)
    return problem(
      `BYDAY chỉ nhận MO, TU, WE, TH, FR, SA, SU (cách nhau bởi dấu phẩy), nhận được "${byDayText}".`,
      `BYDAY takes MO, TU, WE, TH, FR, SA, SU (comma-separated), got "${byDayText}".`,
    )
  const byMonthDay = byMonthDayText === undefined ? [] : parseList(byMonthDayText, readMonthDay)
  if (byMonthDay === undefined)
    return problem(
      `BYMONTHDAY nhận các số 1 đến 31 hoặc -1 đến -31 (-1 là ngày cuối tháng), nhận được "${byMonthDayText}".`,
      `BYMONTHDAY takes 1 to 31 or -1 to -31 (-1 is the last day), got "${byMonthDayText}".`,
    )
  const rule: RecurrenceRule = {
    freq,
    interval,
    byDay: [...new Set(byDay)].sort((a, b) => a - b),
    byMonthDay: [...new Set(byMonthDay)],
    ...(count === undefined ? {} : { count }),
    ...(until === undefined ? {} : { until }),
  }
  return { rule }
}

/** Reads an RRULE (with or without the `RRULE:` prefix), or says what is wrong with it. Cached by text. */
export const parseRecurrenceRule = (text: string): { readonly rule: RecurrenceRule } | { readonly problem: RuleProblem } => {
  let found = cache.get(text)
  if (found === undefined) {
    found = parse(text)
    if (cache.size > 1000) cache.clear()
    cache.set(text, found)
  }
  return found
}

const firstOfMonth = (year: number, month: number): number =>
  daysOf(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`, "month")

const daysInMonth = (year: number, month: number): number =>
  (month === 12 ? firstOfMonth(year + 1, 1) : firstOfMonth(year, month + 1)) - firstOfMonth(year, month)

/**
 * The occurrence dates (epoch days, ascending) of a rule from `start`, up to
 * and including `last`. COUNT counts from `start`, whatever `last` is.
 */
export const expandRecurrence = (rule: RecurrenceRule, start: number, last: number): ReadonlyArray<number> => {
  const out: Array<number> = []
  const end = Math.min(last, rule.until ?? Infinity)
  let produced = 0
  const emit = (day: number): boolean => {
    if (day < start) return true
    if (day > end || (rule.count !== undefined && produced >= rule.count)) return false
    produced++
    out.push(day)
    return true
  }
  if (rule.freq === "WEEKLY") {
    const days = rule.byDay.length > 0 ? rule.byDay : [weekdayOf(start)]
    for (let monday = mondayOf(start); monday <= end; monday += 7 * rule.interval) {
      for (const weekday of days) if (!emit(monday + weekday - 1)) return out
    }
    return out
  }
  const startDate = dateOf(start)
  let year = Number(startDate.slice(0, 4))
  let month = Number(startDate.slice(5, 7))
  const monthDays = rule.byMonthDay.length > 0 ? rule.byMonthDay : [Number(startDate.slice(8, 10))]
  for (;;) {
    const first = firstOfMonth(year, month)
    if (first > end) return out
    const length = daysInMonth(year, month)
    // Days the month does not have (31 in April, 30 in February) are skipped, as RFC 5545 says.
    const days = monthDays
      .map((value) => (value > 0 ? value : length + value + 1))
      .filter((value) => value >= 1 && value <= length)
      .sort((a, b) => a - b)
    for (const day of [...new Set(days)]) if (!emit(first + day - 1)) return out
    month += rule.interval
    while (month > 12) {
      month -= 12
      year++
    }
  }
}
