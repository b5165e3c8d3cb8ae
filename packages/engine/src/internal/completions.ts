/**
 * Completions: a unit reports a task of the calendar done (contract v1
 * `completions`). This is the wire shape the dataset's JSON Schema
 * publishes; `@lantoa/calendar`'s `parseCompletions` reads them.
 */
import { z } from "zod"

const nonEmpty = z.string().trim().min(1)

/** `{ task, unit, at }`: the task id, the unit that did it, and when (ISO 8601 with an offset). */
export const CompletionRecordSchema = z.looseObject({
  task: nonEmpty,
  unit: nonEmpty,
  at: nonEmpty,
  /** Which occurrence of a recurring task, e.g. `report-monthly@2024-11`; by default the earliest still open. */
  occurrence: nonEmpty.optional(),
})

export type CompletionRecord = z.output<typeof CompletionRecordSchema>
