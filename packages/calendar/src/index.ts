/**
 * @lantoa/calendar — the calendar of the plan: school years, semesters and
 * teaching weeks (MOET frames and provincial overrides), Vietnam's public
 * holidays and lunar calendar (computed at UTC+7), working days, deadline
 * tasks with their occurrences, statuses and reminder plans, and iCalendar
 * export.
 *
 * @packageDocumentation
 */

export {
  SCHOOL_YEARS,
  SCHOOL_YEAR_EVENTS,
  SchoolBreakSchema,
  TEACHING_WEEKS,
  schoolBreakOn,
  schoolWeekOf,
  schoolWeeks,
  schoolYearCalendar,
  schoolYearEventDate,
  schoolYearOf,
  withOverrides,
} from "./SchoolCalendar.js"
export type {
  SchoolBreak,
  SchoolCalendarOptions,
  SchoolWeek,
  SchoolYearCalendar,
  SchoolYearEvent,
  SchoolYearOverride,
  Semester,
} from "./SchoolCalendar.js"

export {
  formatLunarDate,
  hungKingsDay,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  lunarYearName,
  solarToLunar,
} from "./LunarCalendar.js"
export type { FormatLunarDateOptions, LunarDate, LunarDateInput } from "./LunarCalendar.js"

export { DECIDED_HOLIDAYS, HOLIDAY_KINDS, HOLIDAY_STATUSES, holidayDaysOff, holidayOn, holidaysOf, isHoliday } from "./Holidays.js"
export type { DecidedHoliday, Holiday, HolidayKind, HolidayOptions, HolidayStatus } from "./Holidays.js"

export { addWorkingDays, isWorkingDay, workingDaysBetween } from "./WorkingDays.js"
export type { DateRange, WorkingDayOptions } from "./WorkingDays.js"

export { DeadlineDueSchema, DeadlineOwnersSchema, DeadlineTaskSchema, parseDeadlineTasks } from "./DeadlineTask.js"
export type { DeadlineDue, DeadlineOwners, DeadlineTask, DeadlineTaskInput, ParsedDeadlineTasks } from "./DeadlineTask.js"

export { occurrencesOf } from "./Occurrences.js"
export type { Occurrence, OccurrencesOptions } from "./Occurrences.js"

export { CompletionRecordSchema, DEADLINE_STATUSES, deadlineStatuses, parseCompletions } from "./DeadlineStatus.js"
export type {
  Completion,
  CompletionRecord,
  DeadlineStatus,
  DeadlineStatusKind,
  DeadlineStatusOptions,
  DeadlineStatusResult,
  ParseCompletionsOptions,
  ParsedCompletions,
} from "./DeadlineStatus.js"

export { explainDeadline } from "./ExplainDeadline.js"
export type { ExplainDeadlineOptions } from "./ExplainDeadline.js"

export { reminderPlan } from "./Reminders.js"
export type { Reminder, ReminderPlanOptions } from "./Reminders.js"

export { parseICalendar, toICalendar } from "./ICalendar.js"
export type { ICalendarComponent, ICalendarInput, ICalendarOptions, ICalendarProperty, ParsedICalendar } from "./ICalendar.js"

export { formatDateRange } from "./FormatDateRange.js"
export type { FormatDateRangeOptions } from "./FormatDateRange.js"
