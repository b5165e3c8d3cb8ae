/**
 * Completions: a unit reports a task of the calendar done (contract v1
 * `completions`). The calendar package will own the deadlines they answer;
 * until then the engine reads and checks them and reports nothing on them.
 */
import { z } from "zod"

const nonEmpty = z.string().trim().min(1)

/** `{ task, unit, at }`: the task id, the unit that did it, and when (ISO 8601 with an offset). */
export const CompletionRecordSchema = z.looseObject({
  task: nonEmpty,
  unit: nonEmpty,
  at: nonEmpty,
})

export type CompletionRecord = z.output<typeof CompletionRecordSchema>
