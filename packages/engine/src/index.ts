/**
 * @lantoa/engine — `createEngine(policy).evaluate(dataset, options)` → the
 * report of contract v1 (`lantoa/v1`); the dataset and report schemas and
 * their JSON Schemas; a Web-standard `Request → Response` handler.
 *
 * @packageDocumentation
 */

export { createEngine } from "./Engine.js"
export type { Engine } from "./Engine.js"

export type { EvaluateOptions, EvaluateRange, ReportInclude } from "./EvaluateOptions.js"

export type { PreparedDataset } from "./PreparedDataset.js"

export { DatasetSchema } from "./Dataset.js"
export type { Dataset } from "./Dataset.js"

export { DEADLINE_STATUSES, REPORT_CONTRACT, ReportSchema } from "./Report.js"
export type { Report, ReportDeadline, ReportFeatured, ReportPeerGroup, ReportRule, ReportScore, ReportTotal } from "./Report.js"

export { datasetJsonSchema, reportJsonSchema } from "./JsonSchemas.js"

export { InvalidPolicyError } from "./InvalidPolicyError.js"
export { InvalidOptionsError } from "./InvalidOptionsError.js"

export { parseJson } from "./Json.js"
export type { JsonParseResult } from "./Json.js"

export { createHandler } from "./Handler.js"
export type { HandlerOptions } from "./Handler.js"
