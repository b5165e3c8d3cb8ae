/**
 * The JSON Schema files published in `schema/`, as text: written by
 * `npm run schemas`, checked by a test to be up to date.
 */
import { policyJsonSchema } from "@lantoa/policy"
import { datasetJsonSchema, reportJsonSchema } from "../JsonSchemas.js"

export const schemaFiles = (): ReadonlyArray<{ readonly file: string; readonly text: string }> =>
  [
    { file: "dataset.schema.json", schema: datasetJsonSchema() },
    { file: "policy.schema.json", schema: policyJsonSchema() },
    { file: "report.schema.json", schema: reportJsonSchema() },
  ].map(({ file, schema }) => ({ file, text: `${JSON.stringify(schema, null, 2)}\n` }))
