/**
 * The report of contract v1: what `engine.evaluate` returns and the HTTP
 * handler sends — quota verdicts, roll-ups up the hierarchy, deadlines, the
 * channel setup audit, moderation per unit, emulation scores and the
 * week's featured pages, and the issues found in the dataset.
 *
 * Integrators in any language rely on these names; within contract v1 they
 * never change, and fields may be added. The zod schema is the source of
 * truth of the published JSON Schema (`schema/report.schema.json`).
 *
 * @since 0.1.0
 * @module
 */
import type { DataIssue, Locale } from "@lantoa/core"
import { SETUP_STATUSES, UNIT_KINDS, type SetupEntry, type UnitKind } from "@lantoa/hierarchy"
import { QUOTA_PERIODS, QUOTA_STATUSES, type QuotaPeriod, type QuotaResult, type QuotaRollUp } from "@lantoa/quota"
import type { ModerationUnitMetrics } from "@lantoa/moderation"
import { MEASUREMENT_STATUSES, type FeaturedPick, type SubjectScore, type UnscoredSubject } from "@lantoa/scoring"
import { z } from "zod"

/**
 * The name and major version of the contract every report declares.
 *
 * @example
 * ```ts
 * REPORT_CONTRACT //=> "lantoa/v1"
 * report.contract === REPORT_CONTRACT //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const REPORT_CONTRACT = "lantoa/v1"

/**
 * The statuses of a deadline (contract v1), for the calendar's deadlines.
 *
 * @example
 * ```ts
 * DEADLINE_STATUSES //=> ["upcoming", "due-soon", "overdue", "done-on-time", "done-late"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const DEADLINE_STATUSES = ["upcoming", "due-soon", "overdue", "done-on-time", "done-late"] as const

const subject = z.union([z.object({ unit: z.string() }), z.object({ person: z.string() })])

const quota = z.object({
  rule: z.string(),
  subject,
  period: z.string(),
  required: z.number(),
  counted: z.number(),
  status: z.enum(QUOTA_STATUSES),
  evidence: z.array(z.string()),
  explanation: z.string(),
  shortfall: z.number().optional(),
  unit: z.string().optional(),
  attributedOn: z.string().optional(),
  owedDays: z.number().optional(),
  periodDays: z.number().optional(),
  matched: z.number().optional(),
  pace: z.object({ asOf: z.string(), elapsedDays: z.number(), expected: z.number(), onTrack: z.boolean() }).optional(),
})

const rollup = z.object({
  unit: z.string(),
  rule: z.string(),
  period: z.string(),
  subjects: z.number(),
  met: z.number(),
  short: z.number(),
  open: z.number().optional(),
  exempt: z.number().optional(),
  rate: z.number().nullable(),
})

const peopleCheck = z.object({ required: z.number(), missing: z.array(z.string()), unexpected: z.array(z.string()) })

const setup = z.object({
  unit: z.string(),
  requirement: z.string(),
  status: z.enum(SETUP_STATUSES),
  explanation: z.string(),
  channel: z.string().optional(),
  expectedName: z.string().optional(),
  missing: z.array(z.string()).optional(),
  unexpected: z.array(z.string()).optional(),
  problems: z.array(z.enum(SETUP_STATUSES)).optional(),
  admins: peopleCheck.optional(),
  members: peopleCheck.optional(),
})

const deadline = z.object({
  task: z.string(),
  unit: z.string(),
  due: z.string(),
  status: z.enum(DEADLINE_STATUSES),
  done: z.string().optional(),
  explanation: z.string().optional(),
  occurrence: z.string().optional(),
  date: z.string().optional(),
  daysLeft: z.number().int().optional(),
})

const moderationCounts = {
  incidents: z.number().int(),
  actioned: z.number().int(),
  open: z.number().int(),
  medianMinutesToAction: z.number().nullable(),
  p90MinutesToAction: z.number().nullable(),
  clocks: z.number().int(),
  met: z.number().int(),
  breaches: z.number().int(),
  running: z.number().int(),
  metShare: z.number().nullable(),
}

const moderation = z.object({
  unit: z.string(),
  ...moderationCounts,
  byCategory: z.array(z.object({ category: z.string(), ...moderationCounts })),
})

const breakdownLine = z.object({
  criterion: z.string(),
  value: z.number(),
  points: z.number(),
  explanation: z.string().optional(),
  // Additions of this engine (from @lantoa/scoring): what a reviewer needs to check a line.
  title: z.string().optional(),
  measurement: z.string().optional(),
  status: z.enum(MEASUREMENT_STATUSES).optional(),
  measured: z.number().optional(),
  staff: z.number().optional(),
  normalised: z.number().optional(),
  maxPoints: z.number().optional(),
  nominalMaxPoints: z.number().optional(),
  penalty: z.boolean().optional(),
  missing: z.boolean().optional(),
  detail: z.string().optional(),
})

const score = z.object({
  subject,
  period: z.string(),
  total: z.number(),
  rank: z.number().optional(),
  tier: z.string().optional(),
  breakdown: z.array(breakdownLine),
  maxTotal: z.number().optional(),
  peers: z.number().int().optional(),
  percentile: z.number().optional(),
  tierLabel: z.string().optional(),
  cappedFrom: z.string().optional(),
  peerGroup: z.string().optional(),
  peerGroupLabel: z.string().optional(),
  incomplete: z.boolean().optional(),
  missing: z.array(z.string()).optional(),
  notApplicable: z.array(z.string()).optional(),
  explanation: z.string().optional(),
})

const unscored = z.object({
  subject,
  period: z.string(),
  peerGroup: z.string(),
  peerGroupLabel: z.string(),
  notApplicable: z.array(z.string()),
  breakdown: z.array(breakdownLine),
  explanation: z.string(),
})

const featured = z.object({
  week: z.string(),
  channel: z.string(),
  reason: z.string(),
  unit: z.string().optional(),
  slot: z.enum(["school", "office"]).optional(),
  lastFeatured: z.string().nullable().optional(),
  office: z.string().optional(),
})

const issue = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string(),
  path: z.string(),
  message: z.string(),
  messageEn: z.string().optional(),
  record: z.string().optional(),
})

const rule = z.object({
  id: z.string(),
  title: z.string(),
  section: z.string().optional(),
  subjects: z.enum(["unit", "person"]),
  period: z.enum(QUOTA_PERIODS),
  minimum: z.number(),
  periods: z.array(z.string()),
})

const total = z.object({
  rule: z.string(),
  period: z.string(),
  subjects: z.number(),
  met: z.number(),
  short: z.number(),
  open: z.number(),
  exempt: z.number(),
  rate: z.number().nullable(),
})

const peers = z.object({
  rule: z.string(),
  period: z.string(),
  kind: z.enum(UNIT_KINDS),
  units: z.number(),
  subjects: z.number(),
  met: z.number(),
  rate: z.number(),
})

/**
 * The report of contract v1 (zod). The contract's fields — `contract`,
 * `policy`, `periods`, `quotas`, `rollups`, `deadlines`, `setup`, `scores`,
 * `featured`, `issues` — are always present; the others are additions of
 * this engine (`range`, `now`, `locale`, `people`, `setupOn`, `rules`,
 * `totals`, `peers`, `moderation`, `unscored`). Parsing strips fields the schema does not name; the published
 * JSON Schema allows them, since fields may be added within v1.
 *
 * @example
 * ```ts
 * const report = createEngine(hoaBinh2024).evaluate(dataset, { period: "2024-W46", now: "2024-11-20T08:00:00+07:00" })
 * ReportSchema.safeParse(report).success //=> true
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ReportSchema = z
  .object({
    contract: z.literal(REPORT_CONTRACT),
    policy: z.object({ id: z.string(), version: z.string() }),
    periods: z.array(z.string()),
    quotas: z.array(quota),
    rollups: z.array(rollup),
    deadlines: z.array(deadline),
    setup: z.array(setup),
    scores: z.array(score),
    featured: z.array(featured),
    issues: z.array(issue),
    range: z.object({ from: z.string(), to: z.string(), period: z.string().optional() }).optional(),
    now: z.string().optional(),
    locale: z.enum(["vi", "en"]).optional(),
    people: z.boolean().optional(),
    setupOn: z.string().optional(),
    rules: z.array(rule).optional(),
    totals: z.array(total).optional(),
    peers: z.array(peers).optional(),
    moderation: z.array(moderation).optional(),
    unscored: z.array(unscored).optional(),
  })
  .meta({
    title: "lantoa report (contract lantoa/v1)",
    description:
      "What the lantoa engine returns for a dataset, a policy and a period: quota verdicts with explanations, roll-ups up the hierarchy, the channel setup audit and the issues found in the data.",
  })

/**
 * A deadline verdict (contract v1 `deadlines[]`): one per task occurrence
 * due in the range and owner unit, from `@lantoa/calendar`.
 *
 * @example
 * ```ts
 * const entry: ReportDeadline = {
 *   task: "setup-groups", unit: "thcs-lac-son", due: "2024-11-05T23:59:59.999+07:00", status: "done-on-time",
 *   done: "2024-11-04T10:00:00+07:00", occurrence: "setup-groups@2024-11-05", date: "2024-11-05", daysLeft: -15,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReportDeadline {
  readonly task: string
  readonly unit: string
  /** ISO 8601 with an offset. */
  readonly due: string
  readonly status: (typeof DEADLINE_STATUSES)[number]
  /** When the completion that counted was made (ISO 8601 with an offset). */
  readonly done?: string
  readonly explanation?: string
  /** The occurrence, e.g. `report-monthly@2024-11`. */
  readonly occurrence?: string
  /** The last day on time (local date). */
  readonly date?: string
  /** Days from the local date of `now` to `date`: 0 on the due day, negative once past it. */
  readonly daysLeft?: number
}

/**
 * A score (contract v1 `scores[]`): the part of the contract integrators
 * rely on. The engine's entries are `@lantoa/scoring`'s `SubjectScore`s,
 * which add fields within v1 — `maxTotal`, `peers`, `percentile`,
 * `tierLabel`, `cappedFrom`, `peerGroup`, `peerGroupLabel`, `incomplete`,
 * `missing`, `notApplicable`, `explanation`, and per breakdown line
 * `title`, `measurement`, `status` (`measured`, `missing` or
 * `not-applicable`), `normalised`, `maxPoints`, `nominalMaxPoints`,
 * `penalty`, `missing`, `detail`, `measured`, `staff`. On a line whose
 * `status` is not `measured`, `value` is 0 only because the contract needs
 * a number: read `status` first.
 *
 * @example
 * ```ts
 * const entry: ReportScore = {
 *   subject: { unit: "thcs-lac-son" }, period: "2024-11", total: 87.5, rank: 3, tier: "good",
 *   breakdown: [{ criterion: "quota-met", value: 0.9, points: 36, explanation: "Tỉ lệ tuần đạt định mức đăng tải: 0,9 (…) → 36/40 điểm." }],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReportScore {
  readonly subject: { readonly unit: string } | { readonly person: string }
  readonly period: string
  readonly total: number
  readonly rank?: number
  readonly tier?: string
  readonly breakdown: ReadonlyArray<{
    readonly criterion: string
    readonly value: number
    readonly points: number
    readonly explanation?: string
  }>
}

/**
 * A page featured for everyone to share in a week (contract v1
 * `featured[]`): the part of the contract integrators rely on. The
 * engine's entries are `@lantoa/scoring`'s `FeaturedPick`s, which add
 * `unit`, `slot` (`school` or `office`), `lastFeatured` (the week it was
 * last featured before, or null) and `office` (the Phòng a school page
 * reports to).
 *
 * @example
 * ```ts
 * const entry: ReportFeatured = {
 *   week: "2024-W47", channel: "fb-thcs-lac-son",
 *   reason: "Trang \"Trường THCS Lạc Sơn\" được chọn lan tỏa tuần 47 năm 2024 (18/11/2024 – 24/11/2024): …",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReportFeatured {
  readonly week: string
  readonly channel: string
  readonly reason: string
}

/**
 * A quota rule of the policy as the report describes it: its title in the
 * report's locale, the plan's section, who it applies to, its period kind,
 * its minimum, and the periods it was evaluated over.
 *
 * @example
 * ```ts
 * const rule: ReportRule = {
 *   id: "party-member-weekly", title: "Mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài mỗi tuần", section: "V.5.1",
 *   subjects: "person", period: "week", minimum: 1, periods: ["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReportRule {
  readonly id: string
  readonly title: string
  readonly section?: string
  readonly subjects: "unit" | "person"
  readonly period: QuotaPeriod
  readonly minimum: number
  readonly periods: ReadonlyArray<string>
}

/**
 * The verdicts of one rule in one period over every subject, people
 * included (counts only): the headline of a report. `rate = met / (met +
 * short + open)`, 3 decimals; `null` when every subject is exempt.
 *
 * @example
 * ```ts
 * const total: ReportTotal = {
 *   rule: "party-member-weekly", period: "2024-W49", subjects: 8292, met: 7220, short: 1072, open: 0, exempt: 0, rate: 0.871,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReportTotal {
  readonly rule: string
  readonly period: string
  readonly subjects: number
  readonly met: number
  readonly short: number
  readonly open: number
  readonly exempt: number
  readonly rate: number | null
}

/**
 * Units of one kind compared for one rule and period (mầm non with mầm
 * non, Phòng with Phòng): how many took part, their subjects, how many met,
 * and the rate (met / subjects, 3 decimals). Ranks of single units are not
 * published.
 *
 * @example
 * ```ts
 * const group: ReportPeerGroup = {
 *   rule: "unit-weekly-posts", period: "2024-W49", kind: "kindergarten", units: 222, subjects: 222, met: 181, rate: 0.815,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReportPeerGroup {
  readonly rule: string
  readonly period: string
  readonly kind: UnitKind
  readonly units: number
  readonly subjects: number
  readonly met: number
  readonly rate: number
}

/**
 * The report of contract v1.
 *
 * - `periods`: every period some rule was evaluated over, shorter kinds
 *   first, each kind in time order (`["2024-W44", …, "2024-W48", "2024-11"]`
 *   for November);
 * - `quotas`: one verdict per rule, subject and period, by rule, period,
 *   subject id. Per-person verdicts only with `people: true`;
 * - `rollups`: per rule and period, each unit with a subtree (the Sở, each
 *   Phòng) for unit rules, and every unit with people subject to a person
 *   rule (the privacy-preserving form of per-person verdicts);
 * - `setup`: the channel audit on `setupOn`;
 * - `moderation`: per unit, the moderation of comments (incidents in the
 *   dataset) in the range — aggregated by unit, never per person;
 * - `scores`: the emulation (thi đua) scores of the requested period, from
 *   measurements the engine derives (see docs/engine.md, "Scores and
 *   featured pages"); missing data is shown as missing, never as 0, and a
 *   criterion with nothing to judge as not applicable, its points shared
 *   among those that apply;
 * - `unscored`: the units (people) of the period no criterion earning
 *   points applies to: no score, rank or tier, each criterion with its
 *   reason;
 * - `featured`: the pages featured each ISO week of the range;
 * - `issues`: every problem found in the dataset, with its path in the
 *   dataset as given; messages in the report's locale, `messageEn` in English.
 *
 * @example
 * ```ts
 * const report: Report = engine.evaluate(dataset, { period: "2024-W46", now: "2024-11-20T08:00:00+07:00" })
 * report.contract //=> "lantoa/v1"
 * report.policy   //=> { id: "hoa-binh-2024", version: "1.0.0" }
 * report.quotas[0].status //=> "met"
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Report {
  readonly contract: typeof REPORT_CONTRACT
  readonly policy: { readonly id: string; readonly version: string }
  readonly periods: ReadonlyArray<string>
  readonly quotas: ReadonlyArray<QuotaResult>
  readonly rollups: ReadonlyArray<QuotaRollUp>
  readonly deadlines: ReadonlyArray<ReportDeadline>
  readonly setup: ReadonlyArray<SetupEntry>
  /**
   * Emulation scores of the requested period (one `period` only), units
   * first; people only with `people: true` when the policy enables
   * individual boards. Empty without a policy `scoring` section.
   */
  readonly scores: ReadonlyArray<SubjectScore>
  /** The pages featured each ISO week of the range, office page first. Empty without a policy `featuring` section. */
  readonly featured: ReadonlyArray<FeaturedPick>
  readonly issues: ReadonlyArray<DataIssue>
  /** The range evaluated, `[from, to)` as ISO 8601 with the policy zone's offset, and the period asked for. */
  readonly range: { readonly from: string; readonly to: string; readonly period?: string }
  /** The `now` the verdicts were reached at (ISO 8601). */
  readonly now: string
  readonly locale: Locale
  /** Whether per-person verdicts are in `quotas` (`options.people`). */
  readonly people: boolean
  /** The local date of the setup audit (absent when it was not run). */
  readonly setupOn?: string
  readonly rules: ReadonlyArray<ReportRule>
  /** Per rule and period, every subject counted (people included): the report's headline. */
  readonly totals: ReadonlyArray<ReportTotal>
  readonly peers: ReadonlyArray<ReportPeerGroup>
  /**
   * Comment moderation per unit (subtree totals as the tree stood on each
   * case's detection day): cases detected in the range, actioned, open,
   * minutes to the first action, SLA clocks met and breached. From the
   * dataset's `incidents`; empty without them.
   */
  readonly moderation: ReadonlyArray<ModerationUnitMetrics>
  /**
   * The subjects scoring would rate but no criterion earning points applies
   * to in the period (every one not applicable): listed here, with the
   * reasons, instead of a score of 0. Empty without scores.
   */
  readonly unscored: ReadonlyArray<UnscoredSubject>
}
