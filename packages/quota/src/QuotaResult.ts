/**
 * The verdicts of quota evaluation, in the shape of the integration contract
 * (`Report.quotas`): one result per rule, subject and period.
 *
 * @since 0.1.0
 * @module
 */
import type { LocalDate } from "@lantoa/core"

/**
 * The statuses a result can take:
 *
 * - `met`: counted ≥ required, even in a period not yet over;
 * - `open`: the period has not ended at `now` and counted < required;
 * - `short`: the period ended with counted < required;
 * - `exempt`: the subject owed nothing in the period (no day on which it
 *   existed, the rule applied and no exemption ran).
 *
 * @example
 * ```ts
 * QUOTA_STATUSES //=> ["met", "short", "open", "exempt"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const QUOTA_STATUSES = ["met", "short", "open", "exempt"] as const

/**
 * One of {@link QUOTA_STATUSES}.
 *
 * @example
 * ```ts
 * const status: QuotaStatus = "open"
 * ```
 * @since 0.1.0
 * @category models
 */
export type QuotaStatus = (typeof QUOTA_STATUSES)[number]

/**
 * Who a result is about: a unit, or a person (by id only — never a name or a
 * phone number).
 *
 * @example
 * ```ts
 * const school: QuotaSubject = { unit: "thcs-lac-son" }
 * const member: QuotaSubject = { person: "gv-0001" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type QuotaSubject = { readonly unit: string } | { readonly person: string }

/**
 * Where a subject stands in a period running at `now`: what it should
 * have by the end of `asOf` (the local day of `now`) if it spread its
 * requirement evenly over the days it owes, and whether it has that much.
 *
 * `expected = floor(required × elapsedDays / owedDays)`, where `elapsedDays`
 * are the owed days up to and including `asOf`: the whole requirement is
 * expected only on the last owed day, and rounding down never calls a
 * subject behind before a whole item is due.
 *
 * @example
 * ```ts
 * // Thursday of a week with a weekly quota of 3 (4 of 7 days elapsed):
 * const pace: QuotaPace = { asOf: "2024-11-14", elapsedDays: 4, expected: 1, onTrack: true }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaPace {
  /** The local date of `now`. */
  readonly asOf: LocalDate
  /** Owed days of the period up to and including `asOf`. */
  readonly elapsedDays: number
  /** What the subject should have counted by the end of `asOf`. */
  readonly expected: number
  /** `counted ≥ expected`. */
  readonly onTrack: boolean
}

/**
 * The verdict of one rule for one subject in one period (contract v1
 * `Report.quotas[]`, with a few extra fields).
 *
 * - `required`: the rule's minimum, prorated when the subject owes only some
 *   of the period's days: `ceil(minimum × owedDays / periodDays)` (0 when
 *   exempt);
 * - `counted`: distinct activities (or items) that count, at most the cap;
 * - `evidence`: the ids of the counted activities, by time then id — for an
 *   item rule, the first activity of each item;
 * - `shortfall`: `max(0, required − counted)`, 0 when exempt.
 *
 * @example
 * ```ts
 * const result: QuotaResult = {
 *   rule: "district-office-weekly-posts", subject: { unit: "pgd-lac-son" }, period: "2024-W46",
 *   required: 3, counted: 2, status: "short", evidence: ["facebook:1001_1", "facebook:1001_2"], shortfall: 1,
 *   explanation: "Quy định district-office-weekly-posts (Phòng GD&ĐT đăng tải ít nhất 03 tin, bài mỗi tuần; chính sách hoa-binh-2024 phiên bản 1.0.0): tuần 46 năm 2024 (11/11/2024 – 17/11/2024) có 2/3 tin, bài; còn thiếu 1.",
 *   unit: "pgd-lac-son", attributedOn: "2024-11-17", owedDays: 7, periodDays: 7, matched: 2,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaResult {
  /** The rule id. */
  readonly rule: string
  readonly subject: QuotaSubject
  /** The period id (`2024-W46`, `2024-11`, `2024-2025/HK1`, `2024-2025`). */
  readonly period: string
  readonly required: number
  readonly counted: number
  readonly status: QuotaStatus
  readonly evidence: ReadonlyArray<string>
  readonly shortfall: number
  /** Why, for a clerk: the rule, the policy version, what was counted and what is missing. */
  readonly explanation: string
  /** The subject's unit: the unit itself, or the person's unit. Roll-ups go up from it. */
  readonly unit: string
  /**
   * The last day of the period on which the subject existed: roll-ups read
   * the tree as it stood on that day.
   */
  readonly attributedOn: LocalDate
  /** The period's days on which the subject existed, the rule applied and no exemption ran. */
  readonly owedDays: number
  /** The days in the period. */
  readonly periodDays: number
  /** The matching activities, before items are merged and the cap applied. */
  readonly matched: number
  /** Present while the period runs at `now` (it has started and not ended) and the subject owes something. */
  readonly pace?: QuotaPace
}
