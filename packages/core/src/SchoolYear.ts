/**
 * School years and semesters: MOET's yearly time frame, as plain data.
 *
 * Each year the Ministry of Education and Training sets the frame
 * (khung kế hoạch thời gian năm học) and each province fits its own plan in
 * it. lantoa needs the frame for two things: the `semester` and
 * `school-year` periods, and deadlines such as "review at the end of
 * semester I".
 *
 * **Periods tile time.** Every instant belongs to exactly one school year
 * and one semester, so that a count "per semester" never loses an activity:
 *
 * - school year `N-(N+1)` runs from its opening (`start`) up to the next
 *   school year's opening;
 * - semester I (`HK1`) runs from `start` up to `semester2Start`;
 * - semester II (`HK2`) runs from `semester2Start` up to the next opening,
 *   so **the summer after the end of the year belongs to that year's HK2**.
 *
 * `end` (and `semester1End`) are MOET's "before" deadlines — teaching ends
 * before that date — and do not bound any period.
 *
 * Years missing from the table get an estimated frame by the same rules the
 * recent decisions follow: opening 05/09, semester I before 18/01, semester
 * II from the first Monday on or after 18/01, year ending before 31/05.
 *
 * @since 0.1.0
 * @module
 */
import { schoolYearDays, parseSchoolYearId } from "./internal/schoolYearTable.js"
import { formatDays } from "./internal/calendarDate.js"

/**
 * One school year's frame, as local dates (`YYYY-MM-DD`). Plain data: a
 * provincial plan or a richer calendar can supply its own.
 *
 * @example
 * ```ts
 * const entry: SchoolYearEntry = { id: "2024-2025", start: "2024-09-05", semester1End: "2025-01-18",
 *   semester2Start: "2025-01-20", end: "2025-05-31", source: "QĐ 2045/QĐ-BGDĐT" }
 * schoolYearFrame("2025-2026", { schoolYears: [entry] }).estimated //=> true (not in this table)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SchoolYearEntry {
  /** `2024-2025`: the two calendar years, the second one more than the first. */
  readonly id: string
  /** Opening day (khai giảng); the school year and semester I start at its local midnight. Must fall in the id's first year. */
  readonly start: string
  /** MOET's deadline for semester I: it ends before this date (18/01). Informational. */
  readonly semester1End?: string
  /** First day of semester II; semester I ends at its local midnight. */
  readonly semester2Start: string
  /** MOET's deadline for the year: teaching ends before this date (31/05). Informational: the summer stays in HK2. */
  readonly end: string
  /** Where the dates come from, e.g. `QĐ 2045/QĐ-BGDĐT`. */
  readonly source?: string
  /** True when the dates are a projection rather than a published decision. */
  readonly estimated?: boolean
}

/**
 * A school year's frame as lantoa uses it: the entry, whether it is
 * estimated, and `nextStart`, the next year's opening, where this year's
 * periods (and its HK2) end.
 *
 * @example
 * ```ts
 * const frame: SchoolYearFrame = schoolYearFrame("2025-2026")
 * frame.semester2Start //=> "2026-01-19"
 * frame.nextStart      //=> "2026-09-05" (2026–2027 is not in the table: estimated)
 * frame.estimated      //=> false
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SchoolYearFrame extends SchoolYearEntry {
  /** The next school year's opening day: the (exclusive) end of this year and of its HK2. */
  readonly nextStart: string
  readonly estimated: boolean
}

/**
 * Options for functions that need the school-year table.
 *
 * @example
 * ```ts
 * const myEntry: SchoolYearEntry = { id: "2026-2027", start: "2026-09-07", semester2Start: "2027-01-18", end: "2027-05-31" }
 * const options: SchoolYearOptions = { schoolYears: [...DEFAULT_SCHOOL_YEARS, myEntry] }
 * schoolYearFrame("2025-2026", options).nextStart //=> "2026-09-07"
 * schoolYearFrame("2025-2026").nextStart          //=> "2026-09-05" (estimated)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SchoolYearOptions {
  /**
   * The school-year table. Replaces {@link DEFAULT_SCHOOL_YEARS} entirely
   * (years not in it are estimated); to extend the default, pass
   * `[...DEFAULT_SCHOOL_YEARS, myEntry]`. Treated as immutable: it is
   * validated once, and an invalid table throws a `RangeError`.
   */
  readonly schoolYears?: ReadonlyArray<SchoolYearEntry>
}

/**
 * MOET's published frames. Semester II's first day is not in the decisions
 * (they only say semester I ends before 18/01): it is the Monday after, as in
 * the provinces' plans (Phú Thọ 2024–2025: 20/01/2025).
 *
 * - 2024–2025, QĐ 2045/QĐ-BGDĐT: opening 05/09/2024, semester I before
 *   18/01/2025, year ends before 31/05/2025.
 * - 2025–2026, QĐ 2269/QĐ-BGDĐT of 11/08/2025: opening 05/09/2025, semester
 *   I before 18/01/2026, year ends before 31/05/2026.
 *
 * @example
 * ```ts
 * DEFAULT_SCHOOL_YEARS.map((entry) => entry.id) //=> ["2024-2025", "2025-2026"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_SCHOOL_YEARS: ReadonlyArray<SchoolYearEntry> = Object.freeze([
  Object.freeze({
    id: "2024-2025",
    start: "2024-09-05",
    semester1End: "2025-01-18",
    semester2Start: "2025-01-20",
    end: "2025-05-31",
    source: "QĐ 2045/QĐ-BGDĐT (Bộ GD&ĐT, khung kế hoạch thời gian năm học 2024–2025)",
  }),
  Object.freeze({
    id: "2025-2026",
    start: "2025-09-05",
    semester1End: "2026-01-18",
    semester2Start: "2026-01-19",
    end: "2026-05-31",
    source: "QĐ 2269/QĐ-BGDĐT ngày 11/08/2025 (Bộ GD&ĐT, khung kế hoạch thời gian năm học 2025–2026)",
  }),
])

/**
 * The frame of a school year: from the table if it is there, otherwise
 * estimated (`estimated: true`). Throws a `RangeError` for an id that is
 * not a school year (`2024-2025`) or an invalid table.
 *
 * @example
 * ```ts
 * schoolYearFrame("2024-2025")
 * //=> { id: "2024-2025", start: "2024-09-05", semester1End: "2025-01-18", semester2Start: "2025-01-20",
 * //     end: "2025-05-31", source: "QĐ 2045/QĐ-BGDĐT (…)", nextStart: "2025-09-05", estimated: false }
 * schoolYearFrame("2027-2028")
 * //=> { id: "2027-2028", start: "2027-09-05", semester1End: "2028-01-18", semester2Start: "2028-01-24",
 * //     end: "2028-05-31", estimated: true, nextStart: "2028-09-05" }
 * ```
 * @since 0.1.0
 * @category getters
 */
export const schoolYearFrame = (id: string, options: SchoolYearOptions = {}): SchoolYearFrame => {
  const startYear = parseSchoolYearId(id)
  if (startYear === undefined) throw new RangeError(`Not a school-year id (expected e.g. 2024-2025): ${id}`)
  const frame = schoolYearDays(startYear, options.schoolYears ?? DEFAULT_SCHOOL_YEARS)
  return { ...frame.entry, nextStart: formatDays(frame.nextStart), estimated: frame.estimated }
}
