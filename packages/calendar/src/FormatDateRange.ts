/**
 * Date ranges written the Vietnamese way. Single dates, weekdays and
 * official dates come from core (`formatShortDate`, `formatWeekday`,
 * `formatOfficialDate`, `formatPeriod`); this module writes two dates as one
 * range, as body text and reminders do: "11/11/2024 – 17/11/2024".
 *
 * @since 0.1.0
 * @module
 */
import { formatShortDate, instantOrThrow, localDateOf, type InstantInput, type Locale, type TimeZoneOptions } from "@lantoa/core"

/**
 * Options for {@link formatDateRange}.
 *
 * @example
 * ```ts
 * const options: FormatDateRangeOptions = { compact: true }
 * formatDateRange("2024-11-11", "2024-11-17", options) //=> "11–17/11/2024"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FormatDateRangeOptions extends TimeZoneOptions {
  /** `vi` (default) or `en`. */
  readonly locale?: Locale
  /**
   * Write what the two dates share once (Vietnamese only): "11–17/11/2024"
   * within a month, "28/11 – 03/12/2024" within a year. Default false.
   */
  readonly compact?: boolean
}

/**
 * Two dates as a range, each in its local date (`dd/mm/yyyy`; ISO dates in
 * English), joined by an en dash with spaces; one date when both are the same
 * day. A local date string (`2024-11-11`) is taken as that date. The third
 * argument may be just a locale.
 *
 * @example
 * ```ts
 * formatDateRange("2024-11-11", "2024-11-17")                    //=> "11/11/2024 – 17/11/2024"
 * formatDateRange("2024-11-11", "2024-11-17", { compact: true }) //=> "11–17/11/2024"
 * formatDateRange("2024-11-28", "2024-12-03", { compact: true }) //=> "28/11 – 03/12/2024"
 * formatDateRange("2024-11-11", "2024-11-17", "en")              //=> "2024-11-11 – 2024-11-17"
 * formatDateRange("2024-11-15", "2024-11-15")                    //=> "15/11/2024"
 * ```
 * @since 0.1.0
 * @category formatting
 */
export const formatDateRange = (
  from: InstantInput,
  to: InstantInput,
  options: Locale | FormatDateRangeOptions = {},
): string => {
  const settings: FormatDateRangeOptions = typeof options === "string" ? { locale: options } : options
  const zone = settings.timeZone === undefined ? {} : { timeZone: settings.timeZone }
  if (settings.locale === "en") {
    const first = isoDate(from, zone)
    const last = isoDate(to, zone)
    return first === last ? first : `${first} – ${last}`
  }
  const first = formatShortDate(from, zone)
  const last = formatShortDate(to, zone)
  if (first === last) return first
  if (settings.compact === true) {
    const [d1, m1, y1] = first.split("/") as [string, string, string]
    const [, m2, y2] = last.split("/") as [string, string, string]
    if (y1 === y2 && m1 === m2) return `${d1}–${last}`
    if (y1 === y2) return `${d1}/${m1} – ${last}`
  }
  return `${first} – ${last}`
}

const isoDate = (instant: InstantInput, options: TimeZoneOptions): string =>
  localDateOf(instantOrThrow(instant, options), options)
