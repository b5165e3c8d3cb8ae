/**
 * Building the report from a prepared dataset and read options: quota
 * verdicts, roll-ups, peers, the setup audit, and the issues in the
 * requested locale.
 */
import {
  DEFAULT_TIME_ZONE,
  PERIOD_KINDS,
  formatInstant,
  periodBounds,
  periodKindOf,
  type Activity,
  type DataIssue,
  type PeriodOptions,
  type SchoolYearEntry,
} from "@lantoa/core"
import { HOLIDAY_KINDS, deadlineStatuses, explainDeadline, holidayDaysOff, parseDeadlineTasks, type HolidayKind } from "@lantoa/calendar"
import { auditChannels, type Hierarchy } from "@lantoa/hierarchy"
import { moderationMetrics } from "@lantoa/moderation"
import type { Policy } from "@lantoa/policy"
import {
  comparePeers,
  isActivityIndex,
  rollUpQuotas,
  tallyQuotas,
  type ActivityIndex,
  type QuotaTally,
  type QuotaResult,
  type QuotaRollUp,
  type QuotaRulePeriods,
} from "@lantoa/quota"
import type { PreparedDataset } from "../PreparedDataset.js"
import { REPORT_CONTRACT, type Report, type ReportDeadline, type ReportPeerGroup, type ReportRule, type ReportTotal } from "../Report.js"
import type { ResolvedOptions } from "./options.js"
import { featuredOf, scoresOf, type ScoreContext } from "./scores.js"

/**
 * The policy's zone and school-year table. (zod writes an optional field as
 * `?: T | undefined` but never sets an absent one to undefined, so the table
 * is core's `SchoolYearEntry` list.)
 */
export const periodOptionsOf = (policy: Policy): PeriodOptions =>
  policy.schoolYears === undefined
    ? { timeZone: policy.timeZone }
    : { timeZone: policy.timeZone, schoolYears: policy.schoolYears as ReadonlyArray<SchoolYearEntry> }

/** Every evaluated period once: shorter kinds first (weeks, then months…), each kind in time order. */
const orderPeriods = (byRule: ReadonlyArray<QuotaRulePeriods>, options: PeriodOptions): ReadonlyArray<string> => {
  const ids = [...new Set(byRule.flatMap((entry) => entry.periods))]
  const rank = (id: string): number => PERIOD_KINDS.indexOf(periodKindOf(id) ?? "day")
  const start = new Map(ids.map((id) => [id, periodBounds(id, options).start]))
  return ids.sort((a, b) => rank(a) - rank(b) || (start.get(a) as number) - (start.get(b) as number))
}

/** Units with a subtree: someone reports to them on some date. */
const parentsOf = (hierarchy: Hierarchy): ReadonlySet<string> => {
  const parents = new Set<string>()
  for (const unit of hierarchy.units) for (const edge of unit.reportsTo) parents.add(edge.unit)
  return parents
}

/**
 * Roll-up rows worth reporting: for a unit rule, the units with a subtree
 * (a school's own row only repeats its verdict); for a person rule, every
 * unit — the per-unit count is how person rules are reported by default.
 */
const keepRollups = (
  rows: ReadonlyArray<QuotaRollUp>,
  personRules: ReadonlySet<string>,
  hierarchy: Hierarchy
): ReadonlyArray<QuotaRollUp> => {
  const parents = parentsOf(hierarchy)
  return rows.filter((row) => personRules.has(row.rule) || parents.has(row.unit))
}

/** Counts per rule and period (by rule, then period), from the tally's verdicts. */
const totalsOf = (tally: QuotaTally): ReadonlyArray<ReportTotal> =>
  tally.rules.flatMap((rule) =>
    rule.periods.map((period, p) => {
      const slots = [0, 0, 0, 0, 0]
      const subjects = rule.subjects.length
      for (let s = 0; s < subjects; s++) {
        const code = rule.status[p * subjects + s] as number
        slots[code] = (slots[code] as number) + 1
      }
      const [, met = 0, short = 0, open = 0, exempt = 0] = slots
      const owing = met + short + open
      return {
        rule: rule.rule,
        period,
        subjects: met + short + open + exempt,
        met,
        short,
        open,
        exempt,
        rate: owing === 0 ? null : Math.round((1000 * met) / owing) / 1000,
      }
    }),
  ).filter((total) => total.subjects > 0)

const localizeIssue = (issue: DataIssue, locale: "vi" | "en"): DataIssue =>
  locale === "en" ? { ...issue, message: issue.messageEn } : issue

const rulesOf = (policy: Policy, byRule: ReadonlyArray<QuotaRulePeriods>, locale: "vi" | "en"): ReadonlyArray<ReportRule> => {
  const periods = new Map(byRule.map((entry) => [entry.rule, entry.periods]))
  return policy.quotas.map((rule) => {
    return {
      id: rule.id,
      title: locale === "en" ? rule.title.en ?? rule.title.vi : rule.title.vi,
      ...(rule.source === undefined ? {} : { section: rule.source.section }),
      subjects: rule.subjects.type,
      period: rule.period,
      minimum: rule.minimum,
      periods: periods.get(rule.id) ?? [],
    }
  })
}

/** Quota exemptions that name a holiday: its days off from the calendar (validation rejects unknown names). */
const holidayExemptions = (name: string, from: string, to: string) =>
  (HOLIDAY_KINDS as ReadonlyArray<string>).includes(name) ? holidayDaysOff(name as HolidayKind, from, to) : []

/** The prepared index, unless it was built in another zone than the policy's (a dataset prepared by another engine). */
const activitiesOf = (prepared: PreparedDataset, timeZone: string | undefined): ActivityIndex | ReadonlyArray<Activity> =>
  isActivityIndex(prepared.index) && prepared.index.hierarchy === prepared.hierarchy && prepared.index.timeZone === (timeZone ?? DEFAULT_TIME_ZONE)
    ? prepared.index
    : prepared.activities

/**
 * The deadlines due in the range, per owner unit, from the policy's tasks
 * and the dataset's completions; and the issues only the tasks reveal (a
 * completion of a task the policy does not have), with paths into the
 * dataset as given. Issues `prepare` already reported are not repeated.
 */
const deadlinesOf = (
  policy: Policy,
  prepared: PreparedDataset,
  options: ResolvedOptions,
  periodOptions: PeriodOptions
): { readonly deadlines: ReadonlyArray<ReportDeadline>; readonly issues: ReadonlyArray<DataIssue> } => {
  if (policy.deadlines.length === 0) return { deadlines: [], issues: [] }
  const { tasks } = parseDeadlineTasks(policy.deadlines, "policy.deadlines")
  const { statuses, issues } = deadlineStatuses(tasks, prepared.hierarchy, prepared.completions, {
    ...periodOptions,
    from: options.from,
    to: options.to,
    now: options.now,
    tasksPath: "policy.deadlines",
  })
  const explain = { locale: options.locale, policy: { id: policy.id, version: policy.version } }
  const deadlines = statuses.map((status): ReportDeadline => ({
    task: status.task,
    unit: status.unit,
    due: status.due,
    status: status.status,
    ...(status.completedAt === undefined ? {} : { done: status.completedAt }),
    explanation: explainDeadline(status, explain),
    occurrence: status.occurrence,
    date: status.date,
    daysLeft: status.daysLeft,
  }))
  // Completion paths count the kept completions: map them back to the input.
  const known = new Set(prepared.issues.map((issue) => `${issue.code} ${issue.path}`))
  const remapped = issues
    .map((issue) => {
      const match = /^completions\[(\d+)\]/.exec(issue.path)
      if (match === null) return issue
      const index = prepared.completionIndexes[Number(match[1])] ?? Number(match[1])
      return { ...issue, path: issue.path.replace(/^completions\[\d+\]/, `completions[${index}]`) }
    })
    .filter((issue) => !known.has(`${issue.code} ${issue.path}`))
  return { deadlines, issues: remapped }
}

export const buildReport = (policy: Policy, prepared: PreparedDataset, options: ResolvedOptions): Report => {
  const periodOptions = periodOptionsOf(policy)
  const { hierarchy } = prepared
  const { include, locale } = options
  const activities = activitiesOf(prepared, periodOptions.timeZone)
  const quotaOptions = {
    ...periodOptions,
    now: options.now,
    locale,
    policy: { id: policy.id, version: policy.version },
    holidays: holidayExemptions,
  }
  // Scores are for the requested period itself: one period, and a scoring section.
  const needScores = include.scores && policy.scoring !== undefined && options.period !== undefined
  const needFeatured = policy.featuring !== undefined && (include.featured || needScores)
  const needQuotas = include.quotas || include.rollups || include.peers
  const tally =
    needQuotas || needScores
      ? tallyQuotas(policy.quotas, hierarchy, activities, { ...quotaOptions, from: options.from, to: options.to })
      : undefined

  // Result objects only for what the report shows: people's only when asked for.
  let quotas: ReadonlyArray<QuotaResult> = []
  if (include.quotas && tally !== undefined) {
    quotas = tally.results(options.people ? {} : { subjects: "unit" })
    if (!include.evidence) quotas = quotas.map((result) => ({ ...result, evidence: [] }))
  }
  const personRules = new Set(policy.quotas.filter((rule) => rule.subjects.type === "person").map((rule) => rule.id))
  const rollups = include.rollups && tally !== undefined ? keepRollups(rollUpQuotas(tally, hierarchy), personRules, hierarchy) : []
  const peers: ReadonlyArray<ReportPeerGroup> =
    include.peers && tally !== undefined
      ? comparePeers(tally, hierarchy).map(({ rule, period, kind, units, subjects, met, rate }) => ({
          rule,
          period,
          kind,
          units,
          subjects,
          met,
          rate,
        }))
      : []
  const deadlineResult =
    include.deadlines || needScores ? deadlinesOf(policy, prepared, options, periodOptions) : { deadlines: [], issues: [] }
  const moderationResult =
    include.moderation && policy.moderation !== undefined && prepared.incidents.length > 0
      ? moderationMetrics(prepared.incidents, {
          ...periodOptions,
          slas: policy.moderation.slas,
          categories: policy.moderation.categories,
          now: options.now,
          hierarchy,
          from: options.from,
          to: options.to,
        })
      : { units: [], issues: [] }
  const context: ScoreContext = { policy, prepared, options, periodOptions, activities, quotaOptions }
  const featured = needFeatured ? featuredOf(context) : undefined
  const scoreResult =
    needScores && tally !== undefined
      ? scoresOf(context, { tally, deadlines: deadlineResult.deadlines, featured })
      : { scores: [], unscored: [], issues: [] }
  const setup = include.setup ? auditChannels(hierarchy, policy.channels, { on: options.setupOn, locale }) : []
  const byRule = needQuotas ? (tally?.periods ?? []) : []
  const range: { from: string; to: string; period?: string } = {
    from: formatInstant(options.from, periodOptions),
    to: formatInstant(options.to, periodOptions),
  }
  if (options.period !== undefined) range.period = options.period
  return {
    contract: REPORT_CONTRACT,
    policy: { id: policy.id, version: policy.version },
    periods: orderPeriods(byRule, periodOptions),
    quotas,
    rollups,
    deadlines: include.deadlines ? deadlineResult.deadlines : [],
    setup,
    scores: scoreResult.scores,
    featured: include.featured ? (featured ?? []) : [],
    issues: [
      ...prepared.issues,
      ...(include.deadlines ? deadlineResult.issues : []),
      ...moderationResult.issues,
      ...scoreResult.issues,
    ].map((issue) => localizeIssue(issue, locale)),
    range,
    now: formatInstant(options.now, periodOptions),
    locale,
    people: options.people,
    ...(include.setup ? { setupOn: options.setupOn } : {}),
    rules: rulesOf(policy, byRule, locale),
    totals: tally === undefined || !needQuotas ? [] : totalsOf(tally),
    peers,
    moderation: moderationResult.units.filter((row) => row.incidents > 0),
    unscored: scoreResult.unscored,
  }
}
