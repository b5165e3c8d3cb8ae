/**
 * Deadline tasks (nhiệm vụ có thời hạn) as data: what must be done, by
 * whom, by when (hạn chót).
 *
 * The plan's deadlines come in four shapes, and a task says which:
 *
 * | plan wording | `due` |
 * |---|---|
 * | "Thời gian hoàn thành: 05/11/2024" | `{ type: "date", date: "2024-11-05" }` |
 * | "trước ngày 16/11/2024" | `{ type: "before", date: "2024-11-16" }` — due at the end of 15/11 |
 * | "Tháng 12/2024" | `{ type: "month", month: "2024-12" }` — due at the end of 31/12 |
 * | "báo cáo hàng tháng" | `{ type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-12-01" }` |
 * | "sơ kết học kỳ", "tổng kết năm học" | `{ type: "school-year-event", event: "semester1-end", offsetDays: 0 }` |
 *
 * A date-only deadline is due at the end of its local day, 23:59:59.999 in
 * the policy's zone (core's `dueAt`). The first three shapes may also be
 * written as the plan words them — `due: "Trước ngày 16/11/2024"` — and are
 * read with core's `parseDueDate`.
 *
 * @since 0.1.0
 * @module
 */
import { LocalizedTextSchema, RuleSourceSchema, parseDueDate, parseRecordsWithIds, type DataIssue } from "@lantoa/core"
import { LocalDateSchema, ROLES, UNIT_KINDS } from "@lantoa/hierarchy"
import { z } from "zod"
import { parseRecurrenceRule } from "./internal/rrule.js"
import { MonthSchema, SchoolYearIdSchema, checkTag, nonEmpty } from "./internal/schemas.js"
import { SCHOOL_YEAR_EVENTS } from "./SchoolCalendar.js"

const OWNER_TYPES = ["kinds", "units", "roles", "reporting-to"] as const

/**
 * Who must do a task:
 *
 * - `{ type: "kinds", kinds? }`: every unit of these kinds (absent = every
 *   unit) that exists on the due date;
 * - `{ type: "units", units }`: these units, by id;
 * - `{ type: "roles", roles, unitKinds? }`: the people holding any of these
 *   roles on the due date (in units of these kinds); each of their units owes
 *   the task, and the people are named in its status and reminders;
 * - `{ type: "reporting-to", kinds, unitKinds? }`: every unit that reports
 *   directly (its `reportsTo` parent on the due date) to a unit of these
 *   kinds — "Phòng GD&ĐT và các đơn vị trực thuộc Sở" is
 *   `{ type: "reporting-to", kinds: ["department"] }`.
 *
 * @example
 * ```ts
 * DeadlineOwnersSchema.parse({ type: "kinds", kinds: ["district-office"] })
 * DeadlineOwnersSchema.parse({ type: "units", units: ["so"] })
 * DeadlineOwnersSchema.parse({ type: "roles", roles: ["communication-officer"] })
 * DeadlineOwnersSchema.parse({ type: "reporting-to", kinds: ["department"] })
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const DeadlineOwnersSchema = z.preprocess(
  (value, ctx) => checkTag(value, OWNER_TYPES, ctx),
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("kinds"), kinds: z.array(z.enum(UNIT_KINDS)).min(1).optional() }),
    z.strictObject({ type: z.literal("units"), units: z.array(nonEmpty).min(1) }),
    z.strictObject({
      type: z.literal("roles"),
      roles: z.array(z.enum(ROLES)).min(1),
      unitKinds: z.array(z.enum(UNIT_KINDS)).min(1).optional(),
    }),
    z.strictObject({
      type: z.literal("reporting-to"),
      kinds: z.array(z.enum(UNIT_KINDS)).min(1),
      unitKinds: z.array(z.enum(UNIT_KINDS)).min(1).optional(),
    }),
  ]),
)

/**
 * The owners of a task (see {@link DeadlineOwnersSchema}).
 *
 * @example
 * ```ts
 * const owners: DeadlineOwners = { type: "kinds", kinds: ["district-office", "upper-secondary"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export type DeadlineOwners = z.output<typeof DeadlineOwnersSchema>

const DUE_TYPES = ["date", "before", "month", "recurring", "school-year-event"] as const

/**
 * A due date, once or recurring. Read {@link DeadlineTaskSchema} for the
 * meaning of each `type`. A string is read as the plan words it
 * ("15/11/2024", "Trước ngày 16/11/2024", "Tháng 12/2024").
 *
 * For `recurring`, `rrule` is the RFC 5545 subset lantoa reads:
 * `FREQ=WEEKLY` with `BYDAY` (MO…SU); `FREQ=MONTHLY` with `BYMONTHDAY`
 * (1…31, −1 the last day, −2 the day before…); `INTERVAL`, `COUNT`,
 * `UNTIL=YYYYMMDD` (inclusive); and `start` is DTSTART. Each occurrence is a
 * date, due at the end of that day. A month without the day (31 in April) has
 * no occurrence, as RFC 5545 says — use −1 for "the last day of the month".
 *
 * For `school-year-event`, the task recurs every school year (or only in
 * `schoolYears`), due `offsetDays` after the event's date (negative: before).
 *
 * @example
 * ```ts
 * DeadlineDueSchema.parse("Trước ngày 16/11/2024") //=> { type: "before", date: "2024-11-16" }
 * DeadlineDueSchema.parse({ type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-12-01" })
 * DeadlineDueSchema.parse({ type: "school-year-event", event: "semester1-end" })
 * //=> { type: "school-year-event", event: "semester1-end", offsetDays: 0 }
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const DeadlineDueSchema = z.preprocess(
  (value, ctx) => {
    if (typeof value !== "string") return checkTag(value, DUE_TYPES, ctx)
    const spec = parseDueDate(value)
    if (spec === undefined) {
      ctx.addIssue({
        code: "custom",
        message: `unreadable due date "${value}"; write e.g. "15/11/2024", "Trước ngày 16/11/2024", "Tháng 12/2024", or an object.`,
        params: {
          vi: `không đọc được hạn chót "${value}"; hãy viết ví dụ "15/11/2024", "Trước ngày 16/11/2024", "Tháng 12/2024" hoặc một đối tượng.`,
          code: "unreadable-due-date",
        },
      })
      return z.NEVER
    }
    if ("on" in spec) return { type: "date", date: spec.on }
    if ("before" in spec) return { type: "before", date: spec.before }
    return { type: "month", month: spec.month }
  },
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("date"), date: LocalDateSchema }),
    z.strictObject({ type: z.literal("before"), date: LocalDateSchema }),
    z.strictObject({ type: z.literal("month"), month: MonthSchema }),
    z
      .strictObject({ type: z.literal("recurring"), rrule: nonEmpty, start: LocalDateSchema })
      .superRefine((due, ctx) => {
        const parsed = parseRecurrenceRule(due.rrule)
        if ("problem" in parsed) {
          ctx.addIssue({ code: "custom", path: ["rrule"], message: parsed.problem.en, params: { vi: parsed.problem.vi, code: "invalid-rrule" } })
          return
        }
        const until = /UNTIL=(\d{4})(\d{2})(\d{2})/i.exec(due.rrule)
        if (until !== null && `${until[1]}-${until[2]}-${until[3]}` < due.start)
          ctx.addIssue({
            code: "custom",
            path: ["rrule"],
            message: "UNTIL is before start: the task would never fall due.",
            params: { vi: "UNTIL trước ngày bắt đầu (start): nhiệm vụ sẽ không bao giờ đến hạn.", code: "invalid-rrule" },
          })
      }),
    z.strictObject({
      type: z.literal("school-year-event"),
      event: z.enum(SCHOOL_YEAR_EVENTS),
      offsetDays: z.number().int().min(-366).max(366).default(0),
      schoolYears: z.array(SchoolYearIdSchema).min(1).optional(),
    }),
  ]),
)

/**
 * A due date (see {@link DeadlineDueSchema}).
 *
 * @example
 * ```ts
 * const due: DeadlineDue = { type: "before", date: "2024-11-16" } // "trước ngày 16/11/2024"
 * ```
 * @since 0.1.0
 * @category models
 */
export type DeadlineDue = z.output<typeof DeadlineDueSchema>

/**
 * A deadline task (policy data): an id, a title in Vietnamese (and
 * English), the plan's section and wording, the owners and the due date.
 *
 * - `date`: due at the end of that local day;
 * - `before`: "trước ngày …" — due at the end of the day before;
 * - `month`: due at the end of the month's last day;
 * - `recurring`: an RRULE over dates from `start`;
 * - `school-year-event`: relative to the opening, the end of semester I, the
 *   start of semester II or the end of the school year.
 *
 * `validFrom` and `validTo` (inclusive local dates) bound the occurrences:
 * only those whose last day on time falls between them exist. Give
 * `validFrom` to a recurring task the plan starts at a date — above all to
 * a school-year event, which otherwise repeats every year without a
 * beginning.
 *
 * @example
 * ```ts
 * DeadlineTaskSchema.parse({
 *   id: "report-setup",
 *   title: { vi: "Báo cáo kết quả lập nhóm Zalo, Messenger, Fanpage về Sở GD&ĐT" },
 *   source: { section: "VI.3", text: "Báo cáo kết quả lập các nhóm Zalo, Messenger, lập trang Fanpage … về Sở GD&ĐT trước ngày 16/11/2024." },
 *   owners: { type: "kinds", kinds: ["district-office"] },
 *   due: "Trước ngày 16/11/2024",
 * }).due //=> { type: "before", date: "2024-11-16" }
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const DeadlineTaskSchema = z
  .strictObject({
    id: z.string().refine((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id), {
      message: "a task id is kebab-case, e.g. setup-groups.",
      params: { vi: "mã nhiệm vụ viết thường không dấu, nối bằng dấu gạch ngang, ví dụ setup-groups.", code: "invalid-id" },
    }),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    source: RuleSourceSchema.optional(),
    owners: DeadlineOwnersSchema,
    due: DeadlineDueSchema,
    validFrom: LocalDateSchema.optional(),
    validTo: LocalDateSchema.optional(),
  })
  .refine((task) => task.validFrom === undefined || task.validTo === undefined || task.validFrom <= task.validTo, {
    message: "validFrom is after validTo.",
    params: { vi: "ngày bắt đầu hiệu lực (validFrom) sau ngày hết hiệu lực (validTo).", code: "invalid-validity" },
    path: ["validFrom"],
  })

/**
 * A deadline task with its defaults applied.
 *
 * @example
 * ```ts
 * const task: DeadlineTask = {
 *   id: "setup-groups", title: { vi: "Lập nhóm Zalo, Messenger; triển khai eNetViet" },
 *   owners: { type: "kinds" }, due: { type: "date", date: "2024-11-05" },
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export type DeadlineTask = z.output<typeof DeadlineTaskSchema>

/**
 * A deadline task as written in a policy document (a due date may be a
 * plan's wording; defaults not applied).
 *
 * @example
 * ```ts
 * const input: DeadlineTaskInput = {
 *   id: "launch", title: { vi: "Ra mắt mô hình" }, owners: { type: "units", units: ["so"] }, due: "Tháng 12/2024",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export type DeadlineTaskInput = z.input<typeof DeadlineTaskSchema>

/**
 * The result of {@link parseDeadlineTasks}.
 *
 * @example
 * ```ts
 * const { tasks, issues }: ParsedDeadlineTasks = parseDeadlineTasks([])
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedDeadlineTasks {
  readonly tasks: ReadonlyArray<DeadlineTask>
  /** Errors for the tasks left out, with the path of the field (`tasks[2].due.rrule`). */
  readonly issues: ReadonlyArray<DataIssue>
}

/**
 * Reads a list of deadline tasks. Never throws on bad data: a task with a
 * problem becomes error issues (Vietnamese message, English `messageEn`,
 * the path of the field) and is left out; valid tasks are kept in input
 * order; a task whose id repeats an earlier one is left out too.
 *
 * @example
 * ```ts
 * const { tasks, issues } = parseDeadlineTasks([
 *   { id: "setup-groups", title: { vi: "Lập các nhóm" }, owners: { type: "kinds" }, due: "05/11/2024" },
 *   { id: "report-monthly", title: { vi: "Báo cáo hàng tháng" }, owners: { type: "kinds" },
 *     due: { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=0", start: "2024-12-01" } },
 * ], "policy.deadlines")
 * tasks.map((task) => task.id) //=> ["setup-groups"]
 * issues[0]?.path              //=> "policy.deadlines[1].due.rrule"
 * issues[0]?.message
 * //=> "policy.deadlines[1].due.rrule: BYMONTHDAY nhận các số 1 đến 31 hoặc -1 đến -31 (-1 là ngày cuối tháng), nhận được \"0\"."
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseDeadlineTasks = (input: unknown, path = "tasks"): ParsedDeadlineTasks => {
  const { records, issues } = parseRecordsWithIds(DeadlineTaskSchema, input, path, { vi: "nhiệm vụ", en: "task" })
  return { tasks: records, issues }
}
