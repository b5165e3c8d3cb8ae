/**
 * Measurements: the per-subject values criteria read. Plain input, computed
 * by the caller — the engine derives `quota-met-rate` from quota verdicts,
 * `deadline-on-time-rate` from deadline statuses, `moderation-within-sla`
 * from incident cases — so that scoring imports none of those packages.
 *
 * A measurement is in one of three states: measured (a number), missing
 * (thiếu số liệu: expected but not there) or not applicable (không áp
 * dụng: there is nothing to judge — no case, or the input it depends on is
 * not collected at all).
 *
 * @since 0.1.0
 * @module
 */
import { parseRecords, type ParsedRecords } from "@lantoa/core"
import { z } from "zod"

const nonEmpty = z.string().trim().min(1)

/**
 * The states of a measurement, and of a criterion's line in a score:
 *
 * - `measured`: a number was measured (it may be 0);
 * - `missing` (thiếu số liệu): the value was expected but is absent,
 *   empty or unusable — the criterion earns 0 and the score is incomplete;
 * - `not-applicable` (không áp dụng): the criterion has nothing to judge
 *   for this subject — no case at all (no comment to moderate, no deadline
 *   due), or the input it depends on is not collected at all — so its
 *   points are shared among the criteria that apply (see `scoreSubjects`).
 *
 * @example
 * ```ts
 * MEASUREMENT_STATUSES //=> ["measured", "missing", "not-applicable"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const MEASUREMENT_STATUSES = ["measured", "missing", "not-applicable"] as const

/**
 * One of {@link MEASUREMENT_STATUSES}.
 *
 * @example
 * ```ts
 * const status: MeasurementStatus = "not-applicable"
 * ```
 * @since 0.1.0
 * @category models
 */
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number]

/**
 * Whom a score or measurement is about: a unit or a person, by id (the
 * contract's `subject`).
 *
 * @example
 * ```ts
 * const school: ScoreSubject = { unit: "thcs-lac-son" }
 * const teacher: ScoreSubject = { person: "gv-0001" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type ScoreSubject = { readonly unit: string } | { readonly person: string }

/**
 * One measurement of one subject:
 *
 * - `measurement`: the id a criterion names (`quota-met-rate`);
 * - `value`: a finite number, or `null` when there is none — scored as
 *   missing, like an absent record, unless `status` says `not-applicable`;
 * - `status` (optional): `measured` (needs a number), `missing` or
 *   `not-applicable` (both need `null`); absent, it is `measured` for a
 *   number and `missing` for `null` (see {@link MEASUREMENT_STATUSES});
 * - `period`: when present and not the period being scored, the record is
 *   left out (so one list may hold several periods);
 * - `detail`: what the value is made of, quoted in the explanation
 *   ("37/41 tuần đạt") — for `not-applicable`, why ("không có vụ việc nào
 *   được phát hiện trong kỳ").
 *
 * @example
 * ```ts
 * MeasurementSchema.parse({ subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: 0.9, period: "2024-11", detail: "9/10 tuần đạt" })
 * MeasurementSchema.parse({ subject: { unit: "thcs-lac-son" }, measurement: "moderation-within-sla", value: null, status: "not-applicable", detail: "không có vụ việc nào" })
 * MeasurementSchema.safeParse({ subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: Number.NaN }).success //=> false
 * MeasurementSchema.safeParse({ subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: 1, status: "not-applicable" }).success //=> false
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const MeasurementSchema = z
  .object({
    subject: z.union([z.strictObject({ unit: nonEmpty }), z.strictObject({ person: nonEmpty })]),
    measurement: nonEmpty,
    value: z.number().nullable(),
    status: z.enum(MEASUREMENT_STATUSES).optional(),
    period: nonEmpty.optional(),
    detail: nonEmpty.optional(),
  })
  .refine((record) => record.status === undefined || (record.status === "measured") === (record.value !== null), {
    message: "status measured needs a number as value; missing and not-applicable need null.",
    params: {
      vi: "trạng thái (status) measured cần giá trị (value) là một số; missing (thiếu số liệu) và not-applicable (không áp dụng) cần value là null.",
      code: "status-value-mismatch",
    },
    path: ["status"],
  })

/**
 * A measurement (see {@link MeasurementSchema}).
 *
 * @example
 * ```ts
 * const measurement: Measurement = { subject: { unit: "thcs-lac-son" }, measurement: "deadline-on-time-rate", value: 1 }
 * ```
 * @since 0.1.0
 * @category models
 */
export type Measurement = z.output<typeof MeasurementSchema>

/**
 * Reads a list of measurements, keeping the valid ones and reporting the
 * others as `DataIssue`s (Vietnamese message, English `messageEn`, path of
 * the field). A blank or invalid `period` or `detail` is dropped with a
 * warning and the record kept.
 *
 * @example
 * ```ts
 * const { records, issues } = parseMeasurements([
 *   { subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: 0.9 },
 *   { subject: { school: "x" }, measurement: "quota-met-rate", value: "90%" },
 * ])
 * records.length                    //=> 1
 * issues.map((issue) => issue.path) //=> ["measurements[1].subject", "measurements[1].value"]
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseMeasurements = (input: unknown, path = "measurements"): ParsedRecords<Measurement> =>
  parseRecords(MeasurementSchema, input, path, { optional: ["period", "detail"] })
