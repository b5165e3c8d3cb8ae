/**
 * Time-zone arithmetic on epoch milliseconds with the platform's Intl data,
 * so the domain packages need no tz database of their own and give the same
 * answer whatever zone the machine is set to.
 *
 * @internal
 */

const MS_PER_MINUTE = 60_000

// 400 Gregorian years are exactly 146,097 days, so shifting a date by them
// changes neither its weekday nor its leap-year rule.
const MS_PER_400_YEARS = 146_097 * 86_400_000

/**
 * Epoch milliseconds of UTC calendar fields (months 1–12). Unlike `Date.UTC`,
 * years 0–99 mean those years, not 1900–1999.
 */
export const utcFromFields = (
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number =>
  year >= 0 && year < 100
    ? Date.UTC(year + 400, month - 1, day, hour, minute, second, millisecond) - MS_PER_400_YEARS
    : Date.UTC(year, month - 1, day, hour, minute, second, millisecond)

/** Local calendar fields of an instant in a zone. Months are 1–12; weekday 1 = Monday … 7 = Sunday. */
export interface LocalFields {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
  readonly millisecond: number
}

// Zones known to have had a single fixed offset since well before any date
// lantoa deals with (Vietnam has kept UTC+7 without DST since 1975). They skip
// Intl entirely, which is what makes per-instant work cheap in the common case.
const FIXED_OFFSETS: Readonly<Record<string, number>> = {
  "Asia/Ho_Chi_Minh": 420,
  "Asia/Saigon": 420,
  UTC: 0,
  "Etc/UTC": 0,
  GMT: 0,
  "Etc/GMT": 0,
}

const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

const validity = new Map<string, boolean>()

/** True when the platform knows this IANA zone name. */
export const isValidTimeZone = (timeZone: string): boolean => {
  let known = validity.get(timeZone)
  if (known === undefined) {
    if (timeZone in FIXED_OFFSETS) known = true
    else {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone })
        known = true
      } catch {
        known = false
      }
    }
    validity.set(timeZone, known)
  }
  return known
}

/** Throws a programming error for an unknown zone: a caller bug, not bad data. */
export const assertTimeZone = (timeZone: string): void => {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown IANA time zone: ${timeZone}`)
}

/** The fixed offset of a zone in minutes, or undefined if the zone may change offset. */
export const fixedOffsetMinutes = (timeZone: string): number | undefined => FIXED_OFFSETS[timeZone]

/** Offset of local time from UTC at an instant, in minutes (UTC+7 → 420). */
export const offsetMinutesAt = (instant: number, timeZone: string): number => {
  const fixed = FIXED_OFFSETS[timeZone]
  if (fixed !== undefined) return fixed
  const parts = formatterFor(timeZone).formatToParts(new Date(instant))
  let year = 0
  let month = 1
  let day = 1
  let hour = 0
  let minute = 0
  let second = 0
  let bc = false
  for (const part of parts) {
    switch (part.type) {
      case "year":
        year = Number(part.value)
        break
      case "month":
        month = Number(part.value)
        break
      case "day":
        day = Number(part.value)
        break
      case "hour":
        hour = Number(part.value)
        break
      case "minute":
        minute = Number(part.value)
        break
      case "second":
        second = Number(part.value)
        break
      case "era":
        bc = part.value === "BC" || part.value === "B"
        break
    }
  }
  if (bc) year = 1 - year
  const asUtc = utcFromFields(year, month, day, hour, minute, second)
  const truncated = instant - (((instant % 1000) + 1000) % 1000)
  return Math.round((asUtc - truncated) / MS_PER_MINUTE)
}

/** Local calendar fields of an instant. */
export const localFields = (instant: number, timeZone: string): LocalFields => {
  const shifted = new Date(instant + offsetMinutesAt(instant, timeZone) * MS_PER_MINUTE)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  }
}

/**
 * The instant at which a local wall-clock time occurs in a zone, with the
 * "compatible" disambiguation of Temporal: in an overlap (clocks set back)
 * the earlier instant; in a gap (clocks set forward) the time is pushed
 * forward by the length of the gap. Vietnam has neither.
 */
export const instantFromLocal = (
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number => {
  const wall = utcFromFields(year, month, day, hour, minute, second, millisecond)
  const fixed = FIXED_OFFSETS[timeZone]
  if (fixed !== undefined) return wall - fixed * MS_PER_MINUTE
  const DAY = 86_400_000
  const before = offsetMinutesAt(wall - DAY, timeZone)
  const after = offsetMinutesAt(wall + DAY, timeZone)
  const early = wall - before * MS_PER_MINUTE
  if (before === after) return early
  const late = wall - after * MS_PER_MINUTE
  const earlyValid = offsetMinutesAt(early, timeZone) === before
  const lateValid = offsetMinutesAt(late, timeZone) === after
  if (earlyValid && lateValid) return Math.min(early, late)
  if (earlyValid) return early
  if (lateValid) return late
  // In a gap: read the wall time with the offset in force before it.
  return early
}
