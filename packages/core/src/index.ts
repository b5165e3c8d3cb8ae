/**
 * @lantoa/core — the shared vocabulary of lantoa: instants and periods in
 * Vietnam's time zone, the `Activity` event, data issues, Vietnamese text,
 * phone numbers and official dates.
 *
 * @packageDocumentation
 */

export { dataIssue, hasErrors, issueMessage } from "./DataIssue.js"
export type { DataIssue, DataIssueSeverity, Locale } from "./DataIssue.js"

export { DEFAULT_TIME_ZONE, formatInstant, instantOrThrow, localDateOf, parseInstant, toInstant } from "./Instant.js"
export type { Instant, InstantInput, ParsedInstant, TimeZoneOptions } from "./Instant.js"

export { issuesFromZod, joinPath, parseRecords } from "./Records.js"
export type { ParsedRecords } from "./Records.js"

export { ACTIVITY_KINDS, ActivityRecordSchema, parseActivities, toActivityRecord } from "./Activity.js"
export type { Activity, ActivityKind, ActivityRecord, ParseActivitiesOptions, ParsedActivities } from "./Activity.js"

export { foldDiacritics, nameKey, normalizeText } from "./Text.js"

export { maskPhone, normalizePhone } from "./Phone.js"
