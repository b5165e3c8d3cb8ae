/**
 * @lantoa/cli — the `lantoa` command (evaluate a dataset against a policy,
 * print the JSON Schemas), and its parts for embedding and tests: `run`,
 * the I/O it needs, and the report table.
 *
 * @packageDocumentation
 */

export { EXIT_CODES, run } from "./Run.js"

export { nodeIo } from "./CliIo.js"
export type { CliIo } from "./CliIo.js"

export { formatReportTable } from "./ReportTable.js"
export type { ReportTableOptions } from "./ReportTable.js"

export { VERSION } from "./Version.js"
