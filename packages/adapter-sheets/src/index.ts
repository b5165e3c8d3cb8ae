/**
 * @lantoa/adapter-sheets — spreadsheets in and out: rosters and
 * self-reported activity from .xlsx and .csv files (Vietnamese headers in
 * their variants, Excel's quirks), reports to .xlsx and .csv with a
 * compliance matrix. Streaming reads and writes (exceljs, csv-parse).
 *
 * @packageDocumentation
 */

export { readRoster } from "./Roster.js"
export type { ReadRosterResult, SheetDataset } from "./Roster.js"

export { readActivities } from "./Activities.js"
export type { ActivityRoster, ReadActivitiesOptions, ReadActivitiesResult } from "./Activities.js"

export { STATUS_COLOURS, writeReport } from "./ReportWrite.js"
export type { SheetReport, WriteReportOptions } from "./ReportWrite.js"

export { writeActivitySheet, writeRoster, writeTemplate } from "./RosterWrite.js"
export type { SheetRoster, WriteSheetsOptions } from "./RosterWrite.js"

export { READ_LIMITS } from "./SheetSource.js"
export type { ReadSheetsOptions, SheetSource } from "./SheetSource.js"

export type { SheetIssue } from "./SheetIssue.js"

export { SheetsError } from "./SheetsError.js"
export type { SheetsErrorCode } from "./SheetsError.js"
