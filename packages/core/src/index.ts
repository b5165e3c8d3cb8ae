/**
 * @lantoa/core — the shared vocabulary of lantoa: instants and periods in
 * Vietnam's time zone, the `Activity` event, data issues, Vietnamese text,
 * phone numbers and official dates.
 *
 * @packageDocumentation
 */

export { dataIssue, hasErrors, issueMessage, sortIssues } from "./DataIssue.js"
export type { DataIssue, DataIssueSeverity, Locale } from "./DataIssue.js"

export { addDays, daysBetween, epochDayOf, isLocalDate, isoWeekdayOf, localDateOfEpochDay, localDateParts } from "./LocalDate.js"
export type { LocalDate } from "./LocalDate.js"

export { DEFAULT_TIME_ZONE, formatInstant, instantOrThrow, localDateOf, parseInstant, toInstant } from "./Instant.js"
export type { Instant, InstantInput, ParsedInstant, TimeZoneOptions } from "./Instant.js"

export {
  PERIOD_KINDS,
  nextPeriod,
  parsePeriodId,
  periodBounds,
  periodContains,
  periodKindOf,
  periodOf,
  periodsBetween,
  previousPeriod,
} from "./Period.js"
export type { ParsedPeriod, PeriodBounds, PeriodKind, PeriodOptions } from "./Period.js"

export { createPeriodIndex } from "./PeriodIndex.js"
export type { PeriodIndex, PeriodIndexOptions } from "./PeriodIndex.js"

export { DEFAULT_SCHOOL_YEARS, schoolYearFrame } from "./SchoolYear.js"
export type { SchoolYearEntry, SchoolYearFrame, SchoolYearOptions } from "./SchoolYear.js"

export { dueAt, parseDueDate, parseLocalDate } from "./DueDate.js"
export type { DueDateSpec } from "./DueDate.js"

export { issuesFromZod, joinPath, parseRecord, parseRecords, parseRecordsWithIds } from "./Records.js"
export type { ParseRecordsOptions, ParsedRecord, ParsedRecords, RecordLabel } from "./Records.js"

export { ACTIVITY_KINDS, ActivityRecordSchema, parseActivities, toActivityRecord } from "./Activity.js"
export type { Activity, ActivityKind, ActivityRecord, ParseActivitiesOptions, ParsedActivities } from "./Activity.js"

export { abbreviateUnitName, foldDiacritics, nameKey, normalizeText, normalizeWhitespace } from "./Text.js"

export { maskPhone, normalizePhone, phoneKind, toInternationalPhone } from "./Phone.js"
export type { PhoneKind } from "./Phone.js"

export { formatOfficialDate, formatPeriod, formatShortDate, formatWeekday } from "./OfficialDate.js"
export type { FormatPeriodOptions, OfficialDateOptions } from "./OfficialDate.js"

export { LocalizedTextSchema, RuleSourceSchema } from "./LocalizedText.js"
export type { LocalizedText, RuleSource } from "./LocalizedText.js"
