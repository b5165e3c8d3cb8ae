/**
 * The dataset of contract v1: what an integrator sends the engine — the
 * roster (units, people, channels), the activities to count and, for the
 * deadlines of the calendar, the tasks units report done.
 *
 * The zod schema is the source of truth of the published JSON Schema
 * (`schema/dataset.schema.json`). The engine never parses a dataset as a
 * whole with it — one bad record must not lose the others — but record by
 * record, with the schemas of `@lantoa/core` and `@lantoa/hierarchy` it is
 * composed of.
 *
 * @since 0.1.0
 * @module
 */
import { ActivityRecordSchema } from "@lantoa/core"
import { ChannelRecordSchema, PersonRecordSchema, UnitRecordSchema } from "@lantoa/hierarchy"
import { z } from "zod"
import { IncidentRecordSchema } from "@lantoa/moderation"
import { CompletionRecordSchema } from "./internal/completions.js"

/**
 * The dataset of contract v1 (zod). `units`, `people`, `channels` and
 * `activities` are lists of records; `completions` (tasks reported done,
 * read by the deadlines of the calendar) is optional. Records and the
 * dataset keep unknown fields: the contract may add fields.
 *
 * @example
 * ```ts
 * DatasetSchema.safeParse({
 *   units: [{ id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary" }],
 *   people: [], channels: [], activities: [],
 * }).success //=> true
 * DatasetSchema.safeParse({ units: [] }).success //=> false (people, channels, activities missing)
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const DatasetSchema = z
  .looseObject({
    units: z.array(UnitRecordSchema),
    people: z.array(PersonRecordSchema),
    channels: z.array(ChannelRecordSchema),
    activities: z.array(ActivityRecordSchema),
    completions: z.array(CompletionRecordSchema).optional(),
    incidents: z.array(IncidentRecordSchema).optional(),
  })
  .meta({
    title: "lantoa dataset (contract lantoa/v1)",
    description:
      "Units, people, channels and activities of an education sector, evaluated by the lantoa engine against a policy such as the plan “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”.",
  })

/**
 * A dataset as an integrator sends it (the input side of
 * {@link DatasetSchema}).
 *
 * @example
 * ```ts
 * const dataset: Dataset = {
 *   units: [{ id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary", parent: "pgd-lac-son" }],
 *   people: [{ id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son", roles: ["teacher"], partyMember: true }],
 *   channels: [{ id: "fb-thcs-lac-son", unit: "thcs-lac-son", platform: "facebook-page", name: "Trường THCS Lạc Sơn" }],
 *   activities: [{ id: "facebook:108_1221", kind: "post", unit: "thcs-lac-son", channel: "fb-thcs-lac-son", at: "2024-11-12T09:00:00+07:00" }],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export type Dataset = z.input<typeof DatasetSchema>
