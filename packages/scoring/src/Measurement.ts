/**
 * Measurements: the per-subject values criteria read. Plain input, computed
 * by the caller — the engine derives `quota-met-rate` from quota verdicts,
 * `deadline-on-time-rate` from deadline statuses, `moderation-within-sla`
 * from incident cases — so that scoring imports none of those packages.
 *
 * @since 0.1.0
 * @module
 */
import { parseRecords, type ParsedRecords } from "@lantoa/core"
import { z } from "zod"

const nonEmpty = z.string().trim().min(1)

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
 * - `value`: a finite number, or `null` when it could not be measured (a
 *   rate with nothing owed) — scored as missing, like an absent one;
 * - `period`: when present and not the period being scored, the record is
 *   left out (so one list may hold several periods);
 * - `detail`: what the value is made of, quoted in the explanation
 *   ("37/41 tuần đạt").
 *
 * @example
 * ```ts
 * MeasurementSchema.parse({ subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: 0.9, period: "2024-11", detail: "9/10 tuần đạt" })
 * MeasurementSchema.safeParse({ subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: Number.NaN }).success //=> false
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const MeasurementSchema = z.object({
  subject: z.union([z.strictObject({ unit: nonEmpty }), z.strictObject({ person: nonEmpty })]),
  measurement: nonEmpty,
  value: z.number().nullable(),
  period: nonEmpty.optional(),
  detail: nonEmpty.optional(),
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
