/**
 * The Vietnamese lunisolar calendar, built from its rules:
 *
 * 1. a month starts on the local day (UTC+7) that holds a new moon;
 * 2. month 11 is the month that holds the winter solstice;
 * 3. when 13 new moons start between one month 11 and the next, the first
 *    month after month 11 that holds no major solar term is a leap month,
 *    numbered like the month before it.
 *
 * The calendar is computed one "cycle" at a time: the months from month 11
 * of one year up to (not including) month 11 of the next. Cycle `Y` starts
 * with month 11 of lunar year `Y − 1` and holds months 1–10 of lunar year
 * `Y`, whose Tết falls in Gregorian year `Y`.
 *
 * @internal
 */
import { epochDayOf } from "@lantoa/core"
import { NEW_MOON_EPOCH, JDN_OF_EPOCH, SYNODIC_MONTH, newMoonDay, solarTermSector } from "./astronomy.js"

/** Vietnam's offset from UTC, in hours: the meridian the calendar is computed for. */
export const VIETNAM_OFFSET_HOURS = 7

/** Years the astronomical series are trusted for. */
export const FIRST_YEAR = 1800
export const LAST_YEAR = 2199

/** One lunar month: its number (1–12), whether it is a leap month, its lunar year, first day and length. */
export interface LunarMonth {
  readonly year: number
  readonly month: number
  readonly leap: boolean
  /** Epoch day of the month's first day (mùng 1). */
  readonly start: number
  /** 29 or 30. */
  readonly length: number
}

/** The months from month 11 of lunar year `year − 1` up to month 11 of `year`. */
export interface LunarCycle {
  readonly year: number
  readonly months: ReadonlyArray<LunarMonth>
  /** Epoch day on which the next cycle (its month 11) starts. */
  readonly end: number
  /** The leap month's number, when this cycle has one. */
  readonly leapMonth?: number
}

/** Epoch day of the first day of month 11 of `year` (the month with the December solstice), and its new-moon index. */
const month11 = (year: number, offsetHours: number): { readonly k: number; readonly start: number } => {
  const lastDayOfYear = epochDayOf(`${String(year).padStart(4, "0")}-12-31`) + JDN_OF_EPOCH
  const k = Math.floor((lastDayOfYear - NEW_MOON_EPOCH) / SYNODIC_MONTH)
  const start = newMoonDay(k, offsetHours)
  // If the sun is already past 270° when this month starts, the solstice
  // fell in the month before, which is therefore month 11.
  return solarTermSector(start, offsetHours) >= 9 ? { k: k - 1, start: newMoonDay(k - 1, offsetHours) } : { k, start }
}

const buildCycle = (year: number, offsetHours: number): LunarCycle => {
  const from = month11(year - 1, offsetHours)
  const to = month11(year, offsetHours)
  const starts: Array<number> = []
  for (let i = 0; ; i++) {
    const start = newMoonDay(from.k + i, offsetHours)
    if (start >= to.start) break
    starts.push(start)
  }
  starts.push(to.start)
  const count = starts.length - 1
  // Thirteen months: the first one after month 11 without a major solar term
  // (the sun stays in one sector from its first day to the next month's) is leap.
  let leapAt = -1
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (solarTermSector(starts[i] as number, offsetHours) === solarTermSector(starts[i + 1] as number, offsetHours)) {
        leapAt = i
        break
      }
    }
  }
  const months: Array<LunarMonth> = []
  let inNewYear = false
  for (let i = 0; i < count; i++) {
    const leap = i === leapAt
    const shift = leapAt >= 0 && i >= leapAt ? 1 : 0
    const month = ((10 + i - shift) % 12) + 1
    if (month === 1 && !leap) inNewYear = true
    const start = starts[i] as number
    months.push({ year: inNewYear ? year : year - 1, month, leap, start, length: (starts[i + 1] as number) - start })
  }
  const leapMonth = leapAt >= 0 ? months[leapAt]?.month : undefined
  return leapMonth === undefined ? { year, months, end: to.start } : { year, months, end: to.start, leapMonth }
}

const caches = new Map<number, Map<number, LunarCycle>>()

/** The cycle of months whose months 1–10 belong to lunar year `year` (cached). */
export const lunarCycle = (year: number, offsetHours = VIETNAM_OFFSET_HOURS): LunarCycle => {
  let cache = caches.get(offsetHours)
  if (cache === undefined) {
    cache = new Map()
    caches.set(offsetHours, cache)
  }
  let cycle = cache.get(year)
  if (cycle === undefined) {
    cycle = buildCycle(year, offsetHours)
    cache.set(year, cycle)
  }
  return cycle
}

/** The lunar month holding an epoch day (whose Gregorian year is `gregorianYear`). */
export const lunarMonthAt = (epochDay: number, gregorianYear: number, offsetHours = VIETNAM_OFFSET_HOURS): LunarMonth => {
  const current = lunarCycle(gregorianYear + 1, offsetHours)
  const cycle = epochDay >= (current.months[0]?.start ?? Infinity) ? current : lunarCycle(gregorianYear, offsetHours)
  let found = cycle.months[0] as LunarMonth
  for (const month of cycle.months) {
    if (month.start > epochDay) break
    found = month
  }
  return found
}

/** The month of lunar year `year` with a number and leap flag, or undefined when that year has no such month. */
export const findLunarMonth = (
  year: number,
  month: number,
  leap: boolean,
  offsetHours = VIETNAM_OFFSET_HOURS,
): LunarMonth | undefined => {
  // Months 11 and 12 open the cycle of the following year.
  const cycle = lunarCycle(month >= 11 ? year + 1 : year, offsetHours)
  return cycle.months.find((candidate) => candidate.year === year && candidate.month === month && candidate.leap === leap)
}
