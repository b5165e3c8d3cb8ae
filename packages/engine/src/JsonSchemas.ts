/**
 * The JSON Schemas of contract v1, generated from the zod schemas (the
 * source of truth) with zod 4's `z.toJSONSchema`, for integrators who
 * validate datasets and reports in other languages. The same documents are
 * published as files: `@lantoa/engine/schema/dataset.schema.json`,
 * `report.schema.json` and `policy.schema.json`.
 *
 * @since 0.1.0
 * @module
 */
import type { JsonSchema } from "@lantoa/policy"
import { z } from "zod"
import { DatasetSchema } from "./Dataset.js"
import { ReportSchema } from "./Report.js"

const asJson = (generated: unknown): JsonSchema => generated as JsonSchema

/**
 * The JSON Schema (draft 2020-12) of a dataset as integrators send it:
 * fields with defaults (`roles`, `partyMember`, `admins`, `members`) are
 * optional, records allow fields the contract may add. What JSON Schema
 * cannot say — dates that exist, references between records — the engine
 * checks and reports as issues. A fresh copy on each call.
 *
 * @example
 * ```ts
 * const schema = datasetJsonSchema()
 * schema.$schema  //=> "https://json-schema.org/draft/2020-12/schema"
 * schema.required //=> ["units", "people", "channels", "activities"]
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const datasetJsonSchema = (): JsonSchema => asJson(z.toJSONSchema(DatasetSchema, { target: "draft-2020-12", io: "input" }))

/**
 * The JSON Schema (draft 2020-12) of a report. Objects allow additional
 * properties: fields may be added within contract v1, and a validator of
 * today must accept the reports of tomorrow. A fresh copy on each call.
 *
 * @example
 * ```ts
 * const schema = reportJsonSchema()
 * schema.properties.contract //=> { type: "string", const: "lantoa/v1" }
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const reportJsonSchema = (): JsonSchema =>
  asJson(
    z.toJSONSchema(ReportSchema, {
      target: "draft-2020-12",
      io: "output",
      override: (context) => {
        // zod closes output objects; contract v1 may add fields.
        const json = context.jsonSchema as Record<string, unknown>
        if (json.additionalProperties === false) delete json.additionalProperties
      },
    })
  )
