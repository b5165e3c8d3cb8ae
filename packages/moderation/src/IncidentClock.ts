/**
 * SLA clocks of incident cases: for each deadline of the policy that
 * applies to a case, when it started, when it falls due, whether an action
 * stopped it in time.
 *
 * **Start.** A clock starts at the first event its SLA names in `from`:
 * the detection (`detected`, the policy's own target such as "ẩn trong 1
 * giờ"), the first `authority-request` (Decree 147/2024: 24 hours after a
 * competent authority's request) or the first `complaint` (48 hours after
 * a well-founded user complaint). A complaint that arrives after the
 * detection starts its own clock.
 *
 * **Stop.** A clock stops at the first event of the trail that carries an
 * action of the SLA's `until`: `hide` is `hidden`, `report-account` is
 * `account-reported`, `rebut` is `rebutted`, `escalate-internal` and
 * `escalate-authorities` are the escalations, and `none` is `closed` (the
 * decision that nothing was needed). Without `until`, every action but
 * `none` stops it: a case closed without any action does not. An action
 * taken before the clock started (content hidden before the complaint
 * came) stops it at its start: the content was already dealt with.
 *
 * **Verdict.** Deadlines are exact (24 hours is 86,400,000 ms after the
 * start): a clock stopped at or before its deadline is `met`, one stopped
 * after it is `breached`; one not stopped is `running` up to and including
 * its deadline and `breached` from 1 ms after it. Events after `now` have
 * not happened yet.
 *
 * @since 0.1.0
 * @module
 */
import {
  DEFAULT_TIME_ZONE,
  formatInstant,
  instantOrThrow,
  type Instant,
  type InstantInput,
  type LocalizedText,
  type Locale,
} from "@lantoa/core"
import type { Incident, IncidentEvent, IncidentEventType } from "./Incident.js"
import { durationText, eventLabel, hoursText, localMoment } from "./internal/incidentText.js"
import type { ModerationAction, ModerationCategoryRule, ModerationSla } from "./ModerationPolicy.js"

/**
 * The statuses of an SLA clock:
 *
 * - `not-started`: the event it counts from has not happened (no
 *   authority request, no complaint);
 * - `running`: started, not stopped, its deadline not passed;
 * - `met`: stopped at or before its deadline;
 * - `breached`: stopped after its deadline, or not stopped and past it.
 *
 * @example
 * ```ts
 * CLOCK_STATUSES //=> ["not-started", "running", "met", "breached"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const CLOCK_STATUSES = ["not-started", "running", "met", "breached"] as const

/**
 * One of {@link CLOCK_STATUSES}.
 *
 * @example
 * ```ts
 * const status: ClockStatus = "met"
 * ```
 * @since 0.1.0
 * @category models
 */
export type ClockStatus = (typeof CLOCK_STATUSES)[number]

/**
 * One SLA clock of one case. The instants are written in the zone
 * (`2024-11-13T09:00:00.000+07:00`) and given as epoch ms (`…Ms`);
 * `startedAt` and `deadline` are absent while `not-started`, `stoppedAt`
 * while nothing stopped it. `elapsedMs` runs from the start to the stop (0
 * when the action came first), or to `now` when not stopped.
 *
 * @example
 * ```ts
 * const clock: IncidentClock = {
 *   incident: "vv-0001", sla: "complaint-48h", title: { vi: "Xử lý trong 48 giờ khi có khiếu nại" },
 *   from: "complaint", hours: 48, status: "met",
 *   startedAt: "2024-11-12T10:00:00.000+07:00", deadline: "2024-11-14T10:00:00.000+07:00",
 *   stoppedAt: "2024-11-12T11:00:00.000+07:00", stoppedBy: "hidden",
 *   startedAtMs: 1731380400000, deadlineMs: 1731553200000, stoppedAtMs: 1731384000000, elapsedMs: 3600000,
 *   explanation: "Vụ việc vv-0001, thời hạn \"Xử lý trong 48 giờ khi có khiếu nại\" (48 giờ kể từ khi nhận khiếu nại có căn cứ của người dùng): đạt — đã ẩn nội dung lúc 11:00 ngày 12/11/2024, sau 1 giờ, trong hạn (hạn 10:00 ngày 14/11/2024).",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface IncidentClock {
  readonly incident: string
  readonly sla: string
  readonly title: LocalizedText
  readonly from: ModerationSla["from"]
  readonly hours: number
  readonly status: ClockStatus
  readonly startedAt?: string
  readonly deadline?: string
  readonly stoppedAt?: string
  /** The event that stopped the clock. */
  readonly stoppedBy?: IncidentEventType
  readonly startedAtMs?: Instant
  readonly deadlineMs?: Instant
  readonly stoppedAtMs?: Instant
  readonly elapsedMs?: number
  /** One sentence in the locale asked for (see {@link explainClock}). */
  readonly explanation: string
}

/**
 * Options for {@link incidentClocks}: `now` (required: domain packages have
 * no clock), the zone the instants are written in, and the locale of the
 * explanations.
 *
 * @example
 * ```ts
 * const options: IncidentClockOptions = { now: "2024-11-13T08:00:00+07:00", locale: "en" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface IncidentClockOptions {
  readonly now: InstantInput
  /** The zone instants are written in. Default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string
  readonly locale?: Locale
}

const STOPPED_BY: Readonly<Record<ModerationAction, IncidentEventType>> = {
  hide: "hidden",
  "report-account": "account-reported",
  rebut: "rebutted",
  "escalate-internal": "escalated-internal",
  "escalate-authorities": "escalated-authorities",
  none: "closed",
}

const DEFAULT_STOPS: ReadonlySet<IncidentEventType> = new Set([
  "hidden",
  "account-reported",
  "rebutted",
  "escalated-internal",
  "escalated-authorities",
])

const MS_PER_HOUR = 3_600_000

/** The event types that stop a clock of this SLA. */
export const stopsOf = (sla: ModerationSla): ReadonlySet<IncidentEventType> =>
  sla.until === undefined ? DEFAULT_STOPS : new Set(sla.until.map((action) => STOPPED_BY[action]))

/** The SLAs that apply to a case of a category: the rule's, in the order of `slas`; all of them without a rule. */
export const applicableSlas = (slas: ReadonlyArray<ModerationSla>, rule: ModerationCategoryRule | undefined): ReadonlyArray<ModerationSla> => {
  if (rule === undefined) return slas
  const ids = new Set(rule.slas)
  return slas.filter((sla) => ids.has(sla.id))
}

type MutableClock = { -readonly [K in keyof IncidentClock]: IncidentClock[K] }

/** One clock, without its explanation. */
export const clockOf = (
  incident: Incident,
  sla: ModerationSla,
  now: Instant,
  timeZone: string,
): Omit<IncidentClock, "explanation"> => {
  const base = { incident: incident.id, sla: sla.id, title: sla.title, from: sla.from, hours: sla.hours }
  let start: IncidentEvent | undefined
  let stop: IncidentEvent | undefined
  const stops = stopsOf(sla)
  for (const event of incident.events) {
    if (event.at > now) break
    if (start === undefined && event.type === sla.from) start = event
    if (stop === undefined && stops.has(event.type)) stop = event
    if (start !== undefined && stop !== undefined) break
  }
  if (start === undefined) return { ...base, status: "not-started" }
  const startedAtMs = start.at
  const deadlineMs = startedAtMs + Math.round(sla.hours * MS_PER_HOUR)
  const clock: Omit<MutableClock, "explanation"> = {
    ...base,
    status: "running",
    startedAt: formatInstant(startedAtMs, { timeZone }),
    deadline: formatInstant(deadlineMs, { timeZone }),
    startedAtMs,
    deadlineMs,
  }
  if (stop !== undefined) {
    const effective = Math.max(startedAtMs, stop.at)
    clock.status = effective <= deadlineMs ? "met" : "breached"
    clock.stoppedAt = formatInstant(stop.at, { timeZone })
    clock.stoppedBy = stop.type
    clock.stoppedAtMs = stop.at
    clock.elapsedMs = effective - startedAtMs
  } else {
    clock.status = now > deadlineMs ? "breached" : "running"
    clock.elapsedMs = now - startedAtMs
  }
  return clock
}

/**
 * The SLA clocks of a case at `now`: one per SLA that applies to it — the
 * SLAs the category rule names (in the order of `slas`), or all of `slas`
 * without a rule — each with its status and a one-sentence explanation.
 * See the module notes for when a clock starts and stops. Throws a
 * `RangeError` only for an invalid `now` or zone (programming errors).
 *
 * @example
 * ```ts
 * const slas = [
 *   { id: "complaint-48h", title: { vi: "Xử lý trong 48 giờ khi có khiếu nại" }, hours: 48, from: "complaint" as const },
 *   { id: "authority-24h", title: { vi: "Xử lý trong 24 giờ khi cơ quan có thẩm quyền yêu cầu" }, hours: 24, from: "authority-request" as const },
 * ]
 * // detected 09:00, complaint 10:00, hidden 11:00 on 12/11/2024
 * incidentClocks(incident, slas, undefined, { now: "2024-11-12T12:00:00+07:00" })
 *   .map((clock) => [clock.sla, clock.status, clock.deadline])
 * //=> [["complaint-48h", "met", "2024-11-14T10:00:00.000+07:00"], ["authority-24h", "not-started", undefined]]
 * ```
 * @since 0.1.0
 * @category getters
 */
export const incidentClocks = (
  incident: Incident,
  slas: ReadonlyArray<ModerationSla>,
  categoryRule: ModerationCategoryRule | undefined,
  options: IncidentClockOptions,
): ReadonlyArray<IncidentClock> => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const now = instantOrThrow(options.now, { timeZone })
  const locale = options.locale ?? "vi"
  return applicableSlas(slas, categoryRule).map((sla) => {
    const clock = clockOf(incident, sla, now, timeZone)
    return { ...clock, explanation: explainClock(clock, { locale }) }
  })
}

/**
 * Options for {@link explainClock}.
 *
 * @example
 * ```ts
 * const options: ExplainClockOptions = { locale: "en" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ExplainClockOptions {
  readonly locale?: Locale
}

const FROM_TEXT: Readonly<Record<ModerationSla["from"], { readonly vi: string; readonly en: string }>> = {
  detected: { vi: "khi phát hiện", en: "detection" },
  "authority-request": { vi: "khi cơ quan có thẩm quyền yêu cầu", en: "a competent authority's request" },
  complaint: { vi: "khi nhận khiếu nại có căn cứ của người dùng", en: "a well-founded user complaint" },
}

const NOT_STARTED: Readonly<Record<ModerationSla["from"], { readonly vi: string; readonly en: string }>> = {
  detected: { vi: "chưa phát hiện", en: "not detected yet" },
  "authority-request": { vi: "chưa có yêu cầu của cơ quan có thẩm quyền", en: "no competent authority has asked" },
  complaint: { vi: "chưa có khiếu nại có căn cứ của người dùng", en: "no well-founded user complaint has come" },
}

/**
 * One sentence on a clock, in Vietnamese (default) or English (`locale:
 * "en"`): the case, the deadline and what it counts from, then what
 * happened — not started, running (time left), met (which action, when,
 * after how long) or breached (by how much). Times are read from the
 * clock's own strings, in the zone it was computed in.
 *
 * @example
 * ```ts
 * explainClock(clock)
 * //=> "Vụ việc vv-0001, thời hạn \"Xử lý trong 24 giờ khi cơ quan có thẩm quyền yêu cầu\" (24 giờ kể từ khi cơ quan có thẩm quyền yêu cầu): quá hạn — đã ẩn nội dung lúc 10:00 ngày 13/11/2024, sau 25 giờ, trễ 1 giờ so với hạn 09:00 ngày 13/11/2024."
 * explainClock(clock, { locale: "en" })
 * //=> "Incident vv-0001, deadline \"…\" (24 hours from a competent authority's request): breached — hid the content at 10:00 on 2024-11-13, after 25 hours, 1 hour after the deadline of 09:00 on 2024-11-13."
 * ```
 * @since 0.1.0
 * @category explanations
 */
export const explainClock = (clock: Omit<IncidentClock, "explanation">, options: ExplainClockOptions = {}): string => {
  const locale = options.locale ?? "vi"
  const en = locale === "en"
  const title = en ? (clock.title.en ?? clock.title.vi) : clock.title.vi
  const from = FROM_TEXT[clock.from][locale]
  const head = en
    ? `Incident ${clock.incident}, deadline "${title}" (${hoursText(clock.hours, locale)} from ${from})`
    : `Vụ việc ${clock.incident}, thời hạn "${title}" (${hoursText(clock.hours, locale)} kể từ ${from})`
  if (clock.status === "not-started" || clock.startedAt === undefined || clock.deadline === undefined) {
    const why = NOT_STARTED[clock.from][locale]
    return en ? `${head}: not started — ${why}.` : `${head}: chưa bắt đầu tính giờ — ${why}.`
  }
  const started = localMoment(clock.startedAt, locale)
  const deadline = localMoment(clock.deadline, locale)
  const limit = (clock.deadlineMs ?? 0) - (clock.startedAtMs ?? 0)
  const elapsed = clock.elapsedMs ?? 0
  if (clock.stoppedAt !== undefined && clock.stoppedBy !== undefined) {
    const action = eventLabel(clock.stoppedBy, locale)
    const stopped = localMoment(clock.stoppedAt, locale)
    if ((clock.stoppedAtMs ?? 0) < (clock.startedAtMs ?? 0)) {
      return en
        ? `${head}: met — ${action} at ${stopped}, before the clock started at ${started}.`
        : `${head}: đạt — đã ${action} lúc ${stopped}, trước khi bắt đầu tính giờ (${started}).`
    }
    if (clock.status === "met") {
      return en
        ? `${head}: met — ${action} at ${stopped}, after ${durationText(elapsed, locale)}, within the deadline of ${deadline}.`
        : `${head}: đạt — đã ${action} lúc ${stopped}, sau ${durationText(elapsed, locale)}, trong hạn (hạn ${deadline}).`
    }
    const late = durationText(elapsed - limit, locale)
    return en
      ? `${head}: breached — ${action} at ${stopped}, after ${durationText(elapsed, locale)}, ${late} after the deadline of ${deadline}.`
      : `${head}: quá hạn — đã ${action} lúc ${stopped}, sau ${durationText(elapsed, locale)}, trễ ${late} so với hạn ${deadline}.`
  }
  if (clock.status === "breached") {
    const late = durationText(elapsed - limit, locale)
    return en
      ? `${head}: breached — no action yet; the deadline of ${deadline} passed ${late} ago.`
      : `${head}: quá hạn — chưa xử lý; đã quá hạn ${deadline} ${late}.`
  }
  return en
    ? `${head}: running since ${started}; due by ${deadline}, ${durationText(limit - elapsed, locale)} left.`
    : `${head}: đang tính giờ từ ${started}; hạn ${deadline}, còn ${durationText(limit - elapsed, locale)}.`
}
