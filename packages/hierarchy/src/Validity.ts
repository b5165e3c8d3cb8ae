/**
 * Validity: the local calendar dates on which a unit, a person or an edge
 * holds. Both bounds are inclusive; an absent bound is open.
 *
 * Dates here are local calendar dates `YYYY-MM-DD` (in the policy's zone),
 * never instants: a Phòng dissolved "from 1 July 2025" has `validTo:
 * "2025-06-30"`, whatever the clock says in any zone. Because the format is
 * fixed-width, dates compare as strings.
 *
 * @since 0.1.0
 * @module
 */
import type { LocalDate } from "@lantoa/core"
import { assertLocalDate, rangeHas } from "./internal/dates.js"

/**
 * The dates on which something holds: from `validFrom` to `validTo`, both
 * inclusive; an absent bound is open.
 *
 * @example
 * ```ts
 * const phong: Validity = { validTo: "2025-06-30" } // dissolved on 1 July 2025
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Validity {
  readonly validFrom?: LocalDate
  readonly validTo?: LocalDate
}

/**
 * True when `validity` holds on `date` (bounds inclusive, absent bounds
 * open). Throws only for a `date` that is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isValidOn({ validTo: "2025-06-30" }, "2025-06-30") //=> true
 * isValidOn({ validTo: "2025-06-30" }, "2025-07-01") //=> false
 * isValidOn({}, "1999-01-01")                        //=> true
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const isValidOn = (validity: Validity, date: LocalDate): boolean =>
  rangeHas({ from: validity.validFrom, to: validity.validTo }, assertLocalDate(date, "isValidOn"))
