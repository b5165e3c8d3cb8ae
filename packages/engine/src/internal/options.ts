/**
 * Reading `engine.evaluate`'s options into instants, with every problem as
 * an issue (path `options.…`): the caller's arguments are checked before
 * any record is read.
 */
import {
  dataIssue,
  issuesFromZod,
  localDateOf,
  periodBounds,
  periodKindOf,
  toInstant,
  type DataIssue,
  type Instant,
  type InstantInput,
  type LocalDate,
  type Locale,
  type PeriodOptions,
} from "@lantoa/core"
import { LocalDateSchema } from "@lantoa/hierarchy"
import { z } from "zod"

// Instants are read by hand, not by zod: a missing or unreadable one gets
// a message that shows the expected forms.
const instantInput = z.unknown()
const flag = z.boolean().optional()

const OptionsSchema = z.strictObject({
  period: z.string().optional(),
  from: instantInput.optional(),
  to: instantInput.optional(),
  now: instantInput.optional(),
  locale: z.enum(["vi", "en"]).optional(),
  people: flag,
  include: z
    .strictObject({
      quotas: flag,
      rollups: flag,
      peers: flag,
      setup: flag,
      evidence: flag,
      deadlines: flag,
      moderation: flag,
      scores: flag,
      featured: flag,
    })
    .optional(),
  setupOn: LocalDateSchema.optional(),
})

export interface ResolvedInclude {
  readonly quotas: boolean
  readonly rollups: boolean
  readonly peers: boolean
  readonly setup: boolean
  readonly evidence: boolean
  readonly deadlines: boolean
  readonly moderation: boolean
  readonly scores: boolean
  readonly featured: boolean
}

export interface ResolvedOptions {
  /** `[from, to)`. */
  readonly from: Instant
  readonly to: Instant
  readonly period: string | undefined
  readonly now: Instant
  readonly locale: Locale
  readonly people: boolean
  readonly include: ResolvedInclude
  readonly setupOn: LocalDate
}

const PATH = "options"

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

const describeValue = (value: unknown): string => (typeof value === "string" ? `"${value}"` : String(value))

const badInstant = (field: string, value: unknown): DataIssue =>
  dataIssue("error", "invalid-instant", `${PATH}.${field}`, {
    vi: `không đọc được thời điểm ${describeValue(
      value
    )}; cần dạng ISO 8601 (ví dụ 2024-11-20T08:00:00+07:00), một ngày 2024-11-20 hoặc một mã kỳ như 2024-W46.`,
    en: `cannot read the time ${describeValue(
      value
    )}; expected ISO 8601 (e.g. 2024-11-20T08:00:00+07:00), a date 2024-11-20 or a period id such as 2024-W46.`,
  })

const badPeriod = (value: string): DataIssue =>
  dataIssue("error", "invalid-period", `${PATH}.period`, {
    vi: `mã kỳ "${value}" không hợp lệ; ví dụ: 2024-W46 (tuần), 2024-11 (tháng), 2024-2025/HK1 (học kỳ), 2024-2025 (năm học).`,
    en: `"${value}" is not a period id; e.g. 2024-W46 (week), 2024-11 (month), 2024-2025/HK1 (semester), 2024-2025 (school year).`,
  })

// A day id (`2024-11-12`) is also a local date: as `from`/`to` it is read as
// its local midnight, so only the longer period ids are read as periods — the
// reading @lantoa/quota gives a range.
const asPeriod = (value: unknown): string | undefined =>
  typeof value === "string" && periodKindOf(value.trim()) !== undefined && periodKindOf(value.trim()) !== "day"
    ? value.trim()
    : undefined

const boundsOf = (period: string, options: PeriodOptions): { start: Instant; end: Instant } | undefined => {
  try {
    return periodBounds(period, options)
  } catch {
    return undefined
  }
}

const isInstantInput = (value: unknown): value is InstantInput =>
  typeof value === "string" || typeof value === "number" || value instanceof Date

const instantOf = (value: unknown, side: "start" | "end", options: PeriodOptions): Instant | undefined => {
  const period = asPeriod(value)
  if (period !== undefined) {
    const bounds = boundsOf(period, options)
    return bounds === undefined ? undefined : side === "start" ? bounds.start : bounds.end
  }
  return isInstantInput(value) ? toInstant(value, options) : undefined
}

/** The options read, or every problem with them. */
export const resolveOptions = (
  input: unknown,
  defaults: { readonly locale: Locale },
  periodOptions: PeriodOptions
):
  | { readonly options: ResolvedOptions; readonly issues: readonly [] }
  | { readonly options: undefined; readonly issues: ReadonlyArray<DataIssue> } => {
  if (!isRecord(input)) {
    const issue = dataIssue("error", "invalid-type", PATH, {
      vi: "cần một đối tượng { period hoặc from/to, now, … }.",
      en: "expected an object { period or from/to, now, … }.",
    })
    return { options: undefined, issues: [issue] }
  }
  // `{ period: undefined }` is how TypeScript callers leave an option out.
  const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
  const parsed = OptionsSchema.safeParse(defined)
  if (!parsed.success) return { options: undefined, issues: issuesFromZod(parsed.error, PATH, defined) }
  const raw = parsed.data
  const issues: Array<DataIssue> = []

  const now = isInstantInput(raw.now) ? toInstant(raw.now, periodOptions) : undefined
  if (raw.now === undefined) {
    issues.push(
      dataIssue("error", "missing-field", `${PATH}.now`, {
        vi: "thiếu thời điểm đánh giá now (ví dụ 2024-12-02T08:00:00+07:00): kỳ chưa kết thúc tại now là “đang diễn ra”.",
        en: "now is missing (e.g. 2024-12-02T08:00:00+07:00): periods not ended at now are open.",
      })
    )
  } else if (now === undefined) issues.push(badInstant("now", raw.now))

  let from: Instant | undefined
  let to: Instant | undefined
  const period = raw.period?.trim()
  if (period !== undefined && (raw.from !== undefined || raw.to !== undefined)) {
    issues.push(
      dataIssue("error", "conflicting-range", PATH, {
        vi: "chỉ cho một trong hai: period, hoặc from và to.",
        en: "give either period, or from and to — not both.",
      })
    )
  } else if (period !== undefined) {
    const bounds = periodKindOf(period) === undefined ? undefined : boundsOf(period, periodOptions)
    if (bounds === undefined) issues.push(badPeriod(period))
    else ({ start: from, end: to } = bounds)
  } else if (raw.from === undefined || raw.to === undefined) {
    issues.push(
      dataIssue("error", "missing-range", PATH, {
        vi: "thiếu kỳ đánh giá: cần period (ví dụ 2024-W46) hoặc cả from và to.",
        en: "no range: give period (e.g. 2024-W46) or both from and to.",
      })
    )
  } else {
    from = instantOf(raw.from, "start", periodOptions)
    to = instantOf(raw.to, "end", periodOptions)
    if (from === undefined) issues.push(badInstant("from", raw.from))
    if (to === undefined) issues.push(badInstant("to", raw.to))
    if (from !== undefined && to !== undefined && !(to > from)) {
      issues.push(
        dataIssue("error", "empty-range", `${PATH}.to`, {
          vi: "khoảng thời gian rỗng: to phải sau from (to không tính vào khoảng).",
          en: "the range is empty: to must be after from (to is exclusive).",
        })
      )
    }
  }
  if (issues.length > 0 || now === undefined || from === undefined || to === undefined) {
    return { options: undefined, issues }
  }
  const include = raw.include ?? {}
  const setupOn = raw.setupOn ?? localDateOf(Math.min(now, to - 1), periodOptions)
  return {
    options: {
      from,
      to,
      period,
      now,
      locale: raw.locale ?? defaults.locale,
      people: raw.people ?? false,
      include: {
        quotas: include.quotas ?? true,
        rollups: include.rollups ?? true,
        peers: include.peers ?? true,
        setup: include.setup ?? true,
        evidence: include.evidence ?? true,
        deadlines: include.deadlines ?? true,
        moderation: include.moderation ?? true,
        scores: include.scores ?? true,
        featured: include.featured ?? true,
      },
      setupOn,
    },
    issues: [],
  }
}
