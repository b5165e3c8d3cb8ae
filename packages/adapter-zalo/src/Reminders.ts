/**
 * Reminder messages (tin nhắn nhắc việc): from the calendar's reminder
 * plans (deadlines due soon or overdue) and from quota verdicts (units and
 * party members behind their quota), one message per person per reminder,
 * each with a deterministic tracking id, ready to send by Zalo.
 *
 * The plan's humane default holds: only those behind are reminded. A unit
 * is reached through its contacts (by default its head — Hiệu trưởng,
 * Trưởng/Phó phòng — and its communication officer); a person subject (a
 * party member) is reminded in person.
 *
 * The adapter does not depend on the engine: it reads what it needs of a
 * report's `quotas` entries ({@link QuotaVerdictInput}), so a report from
 * the engine, the CLI or another language's integration all fit.
 *
 * @since 0.1.0
 * @module
 */
import { createHash } from "node:crypto"
import {
  DEFAULT_TIME_ZONE,
  dataIssue,
  formatPeriod,
  instantOrThrow,
  localDateOf,
  toInternationalPhone,
  type DataIssue,
  type InstantInput,
  type TimeZoneOptions,
} from "@lantoa/core"
import type { Reminder } from "@lantoa/calendar"
import { findPerson, findUnit, leadershipOf, peopleOf, type Hierarchy, type Person, type Role } from "@lantoa/hierarchy"
import type { ZaloContact } from "./Follower.js"

/**
 * What a reminder run needs of a quota verdict — the shape of an engine
 * report's `quotas[]` entries (contract v1).
 *
 * @example
 * ```ts
 * const verdict: QuotaVerdictInput = {
 *   rule: "party-member-weekly", subject: { person: "cb-00042" }, period: "2024-W45",
 *   required: 1, counted: 0, status: "short",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface QuotaVerdictInput {
  readonly rule: string
  readonly subject: { readonly unit: string } | { readonly person: string }
  readonly period: string
  readonly required: number
  readonly counted: number
  /** `met`, `short`, `open` or `exempt`. */
  readonly status: string
  /** For an open period: whether the subject is on pace today. */
  readonly pace?: { readonly onTrack: boolean }
}

/**
 * The values a ZNS/ZBS template is filled with. A template is approved per
 * OA: map these to its parameters with `templateData`.
 *
 * @example
 * ```ts
 * const context: TemplateContext = {
 *   person: { id: "cb-00042", name: "Lò Văn Sáng" }, unit: { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn" },
 *   title: "Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần", when: "Tuần 45 năm 2024 (04/11/2024 – 10/11/2024)",
 *   text: "Nhắc việc: …",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface TemplateContext {
  readonly person: { readonly id: string; readonly name: string }
  readonly unit: { readonly id: string; readonly name: string }
  /** What is asked: the rule's or the task's title. */
  readonly title: string
  /** The period or the due date, in words. */
  readonly when: string
  /** The full message. */
  readonly text: string
}

/**
 * One message to send: a reminder for one person.
 *
 * - `key`: `<reminder id>|<person id>`, what the sent log records;
 * - `trackingId`: derived from the key (`lt-` + 40 hex digits of its
 *   SHA-256): the same on every run, and no personal data in it;
 * - `phone`: the `84…` form for ZNS, when the roster has a number;
 * - `zaloUserId`, `lastInteraction`: when the person is linked to an OA
 *   follower (for a consultation message inside the 7-day window).
 *
 * @example
 * ```ts
 * const message: ReminderMessage = {
 *   key: "quota/party-member-weekly/2024-W45/cb-00042|cb-00042", reminder: "quota/party-member-weekly/2024-W45/cb-00042",
 *   source: "quota", person: "cb-00042", unit: "thcs-lac-son", trackingId: "lt-9b1c…",
 *   text: "Nhắc việc: …", templateData: { ten_can_bo: "Lò Văn Sáng", noi_dung: "…", thoi_han: "…", don_vi: "…" },
 *   phone: "84301234567",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReminderMessage {
  readonly key: string
  readonly reminder: string
  readonly source: "deadline" | "quota"
  readonly person: string
  readonly unit: string
  readonly trackingId: string
  readonly text: string
  readonly templateData: Readonly<Record<string, string>>
  readonly phone?: string
  readonly zaloUserId?: string
  readonly lastInteraction?: number
}

/**
 * A reminder nobody could be found for, or a person who cannot be reached.
 *
 * @example
 * ```ts
 * const skipped: SkippedReminder = { reminder: "setup-groups@2024-11-05/mn-lac-son-03/overdue", unit: "mn-lac-son-03", reason: "no-recipient" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SkippedReminder {
  readonly reminder: string
  readonly unit: string
  readonly person?: string
  /** `no-recipient`: the unit has no contact; `no-contact`: the person has neither a phone number nor a Zalo link; `unknown-*`: not in the roster. */
  readonly reason: "no-recipient" | "no-contact" | "unknown-person" | "unknown-unit"
}

/**
 * Input of {@link planReminderMessages}.
 *
 * - `hierarchy`: the roster (`buildHierarchy` of `@lantoa/hierarchy`);
 * - `deadlines`: the calendar's `reminderPlan(...)`; those with `sendAt`
 *   after `now` are not due yet and are left for a later run;
 * - `quotas`: quota verdicts (an engine report's `quotas`, with
 *   `people: true` for party members); `short` ones, and `open` ones behind
 *   pace unless `behind: "short"`;
 * - `ruleTitles`: Vietnamese titles by rule id (e.g. from the policy's
 *   `quotas[].title.vi`); the rule id otherwise;
 * - `contactRoles`: who receives a unit's reminders (default
 *   {@link DEFAULT_CONTACT_ROLES}; a unit with none of them falls back to
 *   its leadership);
 * - `contacts`: Zalo users by person id ({@link linkFollowers});
 * - `templateData`: fills a template from a {@link TemplateContext}.
 *
 * @example
 * ```ts
 * const input: PlanRemindersInput = {
 *   hierarchy, now: "2024-11-13T08:00:00+07:00",
 *   deadlines: reminderPlan(statuses, { now: "2024-11-13T08:00:00+07:00" }),
 *   quotas: report.quotas,
 *   ruleTitles: Object.fromEntries(hoaBinh2024.quotas.map((rule) => [rule.id, rule.title.vi])),
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PlanRemindersInput extends TimeZoneOptions {
  readonly hierarchy: Hierarchy
  readonly now: InstantInput
  readonly deadlines?: ReadonlyArray<Reminder>
  readonly quotas?: ReadonlyArray<QuotaVerdictInput>
  readonly behind?: "short" | "short-or-behind-pace"
  readonly ruleTitles?: Readonly<Record<string, string>>
  /** Titles by deadline task id, for template data; read from the calendar's message otherwise. */
  readonly taskTitles?: Readonly<Record<string, string>>
  readonly contactRoles?: ReadonlyArray<Role>
  readonly contacts?: ReadonlyMap<string, ZaloContact>
  readonly templateData?: (context: TemplateContext) => Readonly<Record<string, string>>
}

/**
 * The result of {@link planReminderMessages}.
 *
 * @example
 * ```ts
 * const { messages, skipped, issues }: PlannedReminders = planReminderMessages(input)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PlannedReminders {
  readonly messages: ReadonlyArray<ReminderMessage>
  readonly skipped: ReadonlyArray<SkippedReminder>
  readonly issues: ReadonlyArray<DataIssue>
}

/**
 * Who receives a unit's reminders by default: a school's principal (Hiệu
 * trưởng), a Phòng's leaders, and every unit's communication officer.
 *
 * @example
 * ```ts
 * DEFAULT_CONTACT_ROLES //=> ["principal", "office-leader", "communication-officer"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_CONTACT_ROLES: ReadonlyArray<Role> = ["principal", "office-leader", "communication-officer"]

/**
 * The tracking id of a message key: `lt-` and the first 40 hex digits of
 * its SHA-256 — 43 characters (Zalo allows 48), the same on every run, and
 * nothing personal in it.
 *
 * @example
 * ```ts
 * reminderTrackingId("quota/party-member-weekly/2024-W45/cb-00042|cb-00042") //=> "lt-…" (43 characters)
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const reminderTrackingId = (key: string): string =>
  `lt-${createHash("sha256").update(key, "utf8").digest("hex").slice(0, 40)}`

const clip = (text: string, limit: number): string => {
  const chars = [...text]
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`
}

/**
 * The default template data: `ten_can_bo` (the person's name, ≤ 30
 * characters), `don_vi` (the unit, ≤ 100), `noi_dung` (what is asked,
 * ≤ 100) and `thoi_han` (the period or due date, ≤ 50).
 *
 * @example
 * ```ts
 * defaultTemplateData(context)
 * //=> { ten_can_bo: "Lò Văn Sáng", don_vi: "Trường THCS Lạc Sơn", noi_dung: "Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần", thoi_han: "Tuần 45 năm 2024 (04/11/2024 – 10/11/2024)" }
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const defaultTemplateData = (context: TemplateContext): Readonly<Record<string, string>> => ({
  ten_can_bo: clip(context.person.name, 30),
  don_vi: clip(context.unit.name, 100),
  noi_dung: clip(context.title, 100),
  thoi_han: clip(context.when, 50),
})

interface Draft {
  readonly reminder: string
  readonly source: "deadline" | "quota"
  readonly unit: string
  /** Explicit recipients (a person subject, a deadline for named people); else the unit's contacts. */
  readonly people: ReadonlyArray<string>
  readonly title: string
  readonly when: string
  /** The message, given the recipient. */
  readonly text: (person: Person) => string
}

const isBehind = (verdict: QuotaVerdictInput, mode: "short" | "short-or-behind-pace"): boolean =>
  verdict.status === "short" ||
  (mode === "short-or-behind-pace" && verdict.status === "open" && verdict.pace?.onTrack === false && verdict.counted < verdict.required)

const periodLabel = (period: string): string => {
  try {
    return formatPeriod(period)
  } catch {
    return period
  }
}

const quotaDraft = (verdict: QuotaVerdictInput, unitOf: (subject: QuotaVerdictInput["subject"]) => string | undefined, titles: Readonly<Record<string, string>>, unitName: (id: string) => string): Draft | undefined => {
  const unit = unitOf(verdict.subject)
  if (unit === undefined) return undefined
  const subjectId = "unit" in verdict.subject ? verdict.subject.unit : verdict.subject.person
  const title = titles[verdict.rule] ?? verdict.rule
  const when = periodLabel(verdict.period)
  const lacking = Math.max(0, verdict.required - verdict.counted)
  const state =
    verdict.status === "short"
      ? `mới có ${verdict.counted}/${verdict.required} tin, bài, còn thiếu ${lacking}`
      : `(đang diễn ra) đến nay có ${verdict.counted}/${verdict.required} tin, bài, chậm so với tiến độ`
  const byPerson = "person" in verdict.subject
  return {
    reminder: `quota/${verdict.rule}/${verdict.period}/${subjectId}`,
    source: "quota",
    unit,
    people: byPerson ? [subjectId] : [],
    title,
    when,
    text: (person) =>
      byPerson
        ? `Nhắc việc: đồng chí ${person.name} — ${title}. ${when}: ${state}. Đề nghị đồng chí đăng tải, chia sẻ tin, bài tích cực.`
        : `Nhắc việc: ${unitName(unit)} — ${title}. ${when}: ${state}. Đề nghị đơn vị bổ sung tin, bài.`,
  }
}

// The task's title inside the calendar's Vietnamese message ("Nhắc việc: <title>, hạn chót …").
const titleInMessage = (message: string): string | undefined => /^(?:Nhắc việc|Quá hạn): (.+), hạn chót ngày /u.exec(message)?.[1]

const deadlineDraft = (
  reminder: Reminder,
  unitName: (id: string) => string,
  titles: Readonly<Record<string, string>>,
  timeZone: string,
): Draft => ({
  reminder: reminder.id,
  source: "deadline",
  unit: reminder.unit,
  people: reminder.people,
  title: titles[reminder.task] ?? titleInMessage(reminder.message) ?? reminder.task,
  when: `hạn chót ${formatDue(reminder.due, timeZone)}`,
  text: () => `${reminder.message} Đơn vị: ${unitName(reminder.unit)}.`,
})

const formatDue = (due: string, timeZone: string): string => {
  const instant = instantOrThrow(due, { timeZone })
  return localDateOf(instant, { timeZone }).split("-").reverse().join("/")
}

/**
 * Plans this run's reminder messages: one per person per reminder (a
 * person who is a contact twice for the same reminder — head and
 * communication officer — gets it once), in a stable order (by reminder,
 * then person). Deadline reminders come from the calendar's reminder plan
 * (only those due by `now`); quota reminders from verdicts of subjects
 * behind their quota, with the reminder id `quota/<rule>/<period>/<subject>`
 * — so a week's shortfall is reminded once, however often the run is
 * repeated. Pure: sends nothing.
 *
 * @example
 * ```ts
 * const { messages } = planReminderMessages({ hierarchy, now: "2024-11-13T08:00:00+07:00", quotas: report.quotas })
 * messages[0]
 * //=> { key: "quota/party-member-weekly/2024-W45/cb-00003|cb-00003", reminder: "quota/party-member-weekly/2024-W45/cb-00003",
 * //     source: "quota", person: "cb-00003", unit: "so-gddt", trackingId: "lt-…", phone: "84…",
 * //     text: "Nhắc việc: đồng chí … — Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần. Tuần 45 năm 2024 (04/11/2024 – 10/11/2024): mới có 0/1 tin, bài, còn thiếu 1. …", … }
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const planReminderMessages = (input: PlanRemindersInput): PlannedReminders => {
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE
  const now = instantOrThrow(input.now, { timeZone })
  const on = localDateOf(now, { timeZone })
  const { hierarchy } = input
  const roles = input.contactRoles ?? DEFAULT_CONTACT_ROLES
  const templateData = input.templateData ?? defaultTemplateData
  const issues: Array<DataIssue> = []
  const skipped: Array<SkippedReminder> = []
  const unitName = (id: string): string => findUnit(hierarchy, id)?.name ?? id
  const unitOf = (subject: QuotaVerdictInput["subject"]): string | undefined =>
    "unit" in subject ? subject.unit : findPerson(hierarchy, subject.person)?.unit

  const drafts: Array<Draft> = []
  for (const reminder of input.deadlines ?? []) {
    if (reminder.sendAt <= now) drafts.push(deadlineDraft(reminder, unitName, input.taskTitles ?? {}, timeZone))
  }
  const mode = input.behind ?? "short-or-behind-pace"
  ;(input.quotas ?? []).forEach((verdict, index) => {
    if (!isBehind(verdict, mode)) return
    const draft = quotaDraft(verdict, unitOf, input.ruleTitles ?? {}, unitName)
    if (draft === undefined) {
      issues.push(
        dataIssue("warning", "unknown-person", `quotas[${index}].subject`, {
          vi: "người trong kết quả không có trong danh sách cán bộ; bỏ qua.",
          en: "the person of the verdict is not in the roster; skipped.",
        }),
      )
      const person = "person" in verdict.subject ? verdict.subject.person : ""
      skipped.push({ reminder: `quota/${verdict.rule}/${verdict.period}/${person}`, unit: "", person, reason: "unknown-person" })
      return
    }
    drafts.push(draft)
  })

  const contactsOf = (unit: string): ReadonlyArray<Person> => {
    const chosen = peopleOf(hierarchy, unit, { on, roles })
    return chosen.length > 0 ? chosen : leadershipOf(hierarchy, unit, on)
  }

  const byKey = new Map<string, ReminderMessage>()
  for (const draft of drafts) {
    if (findUnit(hierarchy, draft.unit) === undefined) {
      skipped.push({ reminder: draft.reminder, unit: draft.unit, reason: "unknown-unit" })
      continue
    }
    const recipients: Array<Person> = []
    for (const id of draft.people) {
      const person = findPerson(hierarchy, id)
      if (person === undefined) skipped.push({ reminder: draft.reminder, unit: draft.unit, person: id, reason: "unknown-person" })
      else recipients.push(person)
    }
    if (draft.people.length === 0) recipients.push(...contactsOf(draft.unit))
    if (recipients.length === 0) {
      skipped.push({ reminder: draft.reminder, unit: draft.unit, reason: "no-recipient" })
      continue
    }
    for (const person of recipients) {
      const key = `${draft.reminder}|${person.id}`
      if (byKey.has(key)) continue
      const phone = person.phone === undefined ? undefined : toInternationalPhone(person.phone)
      const contact = input.contacts?.get(person.id)
      if (phone === undefined && contact === undefined) {
        skipped.push({ reminder: draft.reminder, unit: draft.unit, person: person.id, reason: "no-contact" })
        continue
      }
      const text = draft.text(person)
      const message: { -readonly [K in keyof ReminderMessage]: ReminderMessage[K] } = {
        key,
        reminder: draft.reminder,
        source: draft.source,
        person: person.id,
        unit: draft.unit,
        trackingId: reminderTrackingId(key),
        text,
        templateData: templateData({
          person: { id: person.id, name: person.name },
          unit: { id: draft.unit, name: unitName(draft.unit) },
          title: draft.title,
          when: draft.when,
          text,
        }),
      }
      if (phone !== undefined) message.phone = phone
      if (contact !== undefined) {
        message.zaloUserId = contact.userId
        if (contact.lastInteraction !== undefined) message.lastInteraction = contact.lastInteraction
      }
      byKey.set(key, message)
    }
  }
  const messages = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { messages, skipped, issues }
}
