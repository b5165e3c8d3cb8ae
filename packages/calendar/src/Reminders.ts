/**
 * Reminder plans (kế hoạch nhắc việc): who to remind of which deadline,
 * when, and with what message.
 *
 * Following the plan's humane default — remind only those behind — a plan
 * lists reminders only for owners that have not completed: statuses
 * `upcoming`, `due-soon` and `overdue`. A plan is computed as of `now` and
 * lists only reminders still to send; recompute it when completions arrive
 * (a reminder planned for an owner who then completes is simply not in the
 * next plan). Each reminder has a stable `id`, so a scheduler that runs
 * often can send each one once.
 *
 * @since 0.1.0
 * @module
 */
import {
  DEFAULT_TIME_ZONE,
  formatInstant,
  instantOrThrow,
  localDateOf,
  type Instant,
  type InstantInput,
  type Locale,
} from "@lantoa/core"
import type { DeadlineStatus } from "./DeadlineStatus.js"
import { dateOf, daysOf } from "./internal/days.js"
import { addWorkingDays, isWorkingDay, type WorkingDayOptions } from "./WorkingDays.js"

/**
 * Options for {@link reminderPlan}.
 *
 * @example
 * ```ts
 * const options: ReminderPlanOptions = { offsets: [7, 3, 1], overdue: true, now: "2024-11-08T07:00:00+07:00", locale: "vi" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReminderPlanOptions extends WorkingDayOptions {
  /** Days before the due day to remind on (0 = on the due day). Default `[7, 3, 1]`. */
  readonly offsets?: ReadonlyArray<number>
  /** Also remind once the deadline has passed: on the next day, or at `now` if that is already past. Default true. */
  readonly overdue?: boolean
  /** The moment the plan is made. Required: domain packages have no clock. */
  readonly now: InstantInput
  /** `vi` (default) or `en`. */
  readonly locale?: Locale
  /** Local time of day reminders are sent at, `HH:MM`. Default `08:00`. */
  readonly sendTime?: string
  /** Move reminders off weekends and holidays: earlier for those before the deadline, later for overdue ones. Default false. */
  readonly workingDaysOnly?: boolean
  /** Default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
}

/**
 * One reminder to send.
 *
 * @example
 * ```ts
 * const reminder: Reminder = {
 *   id: "report-setup@2024-11-15/pgd-lac-son/before-3", task: "report-setup",
 *   occurrence: "report-setup@2024-11-15", unit: "pgd-lac-son", people: [], kind: "before",
 *   sendAt: 1731373200000, send: "2024-11-12T08:00:00.000+07:00", daysLeft: 3,
 *   due: "2024-11-15T23:59:59.999+07:00",
 *   message: "Nhắc việc: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (còn 3 ngày).",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Reminder {
  /** `<occurrence>/<unit>/before-<days>` or `<occurrence>/<unit>/overdue`. */
  readonly id: string
  readonly task: string
  readonly occurrence: string
  readonly unit: string
  /** For role owners, the people to remind; empty means the unit as a whole. */
  readonly people: ReadonlyArray<string>
  readonly kind: "before" | "overdue"
  readonly sendAt: Instant
  /** `sendAt` as ISO 8601 in the zone. */
  readonly send: string
  /** Days from the send day to the due day: 3 means "còn 3 ngày"; negative once overdue. */
  readonly daysLeft: number
  readonly due: string
  readonly message: string
}

const OPEN = new Set(["upcoming", "due-soon", "overdue"])

const readTime = (text: string): number => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text)
  if (match === null) throw new RangeError(`reminderPlan: sendTime must be HH:MM, got ${JSON.stringify(text)}.`)
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000
}

const shortDate = (date: string): string => date.split("-").reverse().join("/")

const messageOf = (status: DeadlineStatus, kind: "before" | "overdue", daysLeft: number, locale: Locale): string => {
  const title = locale === "en" ? (status.title.en ?? status.title.vi) : status.title.vi
  if (locale === "en") {
    if (kind === "overdue") return `Overdue: ${title}, was due ${status.date} (${-daysLeft} day${daysLeft === -1 ? "" : "s"} ago).`
    const left = daysLeft === 0 ? "due today" : `${daysLeft} day${daysLeft === 1 ? "" : "s"} left`
    return `Reminder: ${title}, due ${status.date} (${left}).`
  }
  const date = shortDate(status.date)
  if (kind === "overdue") return `Quá hạn: ${title}, hạn chót ngày ${date} (đã quá ${-daysLeft} ngày).`
  const left = daysLeft === 0 ? "hạn chót là hôm nay" : `còn ${daysLeft} ngày`
  return `Nhắc việc: ${title}, hạn chót ngày ${date} (${left}).`
}

/**
 * The reminders still to send, as of `now`, for the statuses of owners who
 * have not completed: one `offsets[i]` days before each due day at
 * `sendTime` (only those not yet past and not after the deadline), and with
 * `overdue`, one the day after the due day — or right away (`sendAt = now`)
 * for a deadline already overdue. Ordered by send time, then unit, then
 * occurrence. Messages are Vietnamese by default, with dates as `dd/mm/yyyy`.
 *
 * @example
 * ```ts
 * reminderPlan(statuses, { offsets: [7, 3, 1], now: "2024-11-10T12:00:00+07:00" })
 *   .map((reminder) => [reminder.unit, reminder.send, reminder.message])
 * //=> [["pgd-lac-son", "2024-11-12T08:00:00.000+07:00",
 * //     "Nhắc việc: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (còn 3 ngày)."],
 * //    ["pgd-lac-son", "2024-11-14T08:00:00.000+07:00",
 * //     "Nhắc việc: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (còn 1 ngày)."],
 * //    ["pgd-lac-son", "2024-11-16T08:00:00.000+07:00",
 * //     "Quá hạn: Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT, hạn chót ngày 15/11/2024 (đã quá 1 ngày)."]]
 * ```
 * @since 0.1.0
 * @category getters
 */
export const reminderPlan = (statuses: ReadonlyArray<DeadlineStatus>, options: ReminderPlanOptions): ReadonlyArray<Reminder> => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const now = instantOrThrow(options.now, { timeZone })
  const locale = options.locale ?? "vi"
  const offsets = [...new Set(options.offsets ?? [7, 3, 1])]
  for (const offset of offsets)
    if (!Number.isInteger(offset) || offset < 0)
      throw new RangeError(`reminderPlan: offsets must be whole numbers ≥ 0, got ${String(offset)}.`)
  const timeOfDay = readTime(options.sendTime ?? "08:00")
  const at = (days: number): Instant => instantOrThrow(dateOf(days), { timeZone }) + timeOfDay
  const shift = (days: number, direction: -1 | 1): number => {
    if (options.workingDaysOnly !== true || isWorkingDay(dateOf(days), options)) return days
    return daysOf(addWorkingDays(dateOf(days), direction, options), "reminderPlan")
  }
  const reminders: Array<Reminder> = []
  for (const status of statuses) {
    if (!OPEN.has(status.status)) continue
    const dueDay = daysOf(status.date, "reminderPlan")
    const push = (kind: "before" | "overdue", sendAt: Instant, suffix: string): void => {
      const sendDay = daysOf(localDateOf(sendAt, { timeZone }), "reminderPlan")
      const daysLeft = dueDay - sendDay
      reminders.push({
        id: `${status.occurrence}/${status.unit}/${suffix}`,
        task: status.task,
        occurrence: status.occurrence,
        unit: status.unit,
        people: status.people,
        kind,
        sendAt,
        send: formatInstant(sendAt, { timeZone }),
        daysLeft,
        due: status.due,
        message: messageOf(status, kind, daysLeft, locale),
      })
    }
    if (status.status !== "overdue") {
      // Two offsets moved onto the same working day make one reminder.
      const planned = new Set<Instant>()
      for (const offset of [...offsets].sort((a, b) => b - a)) {
        const sendAt = at(shift(dueDay - offset, -1))
        if (sendAt < now || sendAt > status.dueAt || planned.has(sendAt)) continue
        planned.add(sendAt)
        push("before", sendAt, `before-${offset}`)
      }
    }
    if (options.overdue !== false) {
      const planned = at(shift(dueDay + 1, 1))
      push("overdue", status.status === "overdue" && planned < now ? now : planned, "overdue")
    }
  }
  return reminders.sort(
    (a, b) => a.sendAt - b.sendAt || compare(a.unit, b.unit) || compare(a.occurrence, b.occurrence) || compare(a.id, b.id),
  )
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
