/**
 * Scores and featured pages: the engine turns what it has evaluated —
 * quota verdicts, deadlines, moderation cases, activities — into the
 * per-subject measurements `@lantoa/scoring` reads, and gives it the facts
 * of each Fanpage for the weekly rotation. Scoring itself stays generic.
 *
 * The rules (docs/engine.md, "Scores and featured pages"):
 *
 * - Scores are for the requested period itself: only when the range is one
 *   `period` and the policy has a `scoring` section.
 * - Three states per measurement (docs/scoring.md, "Không áp dụng và thiếu
 *   số liệu"): a number; not applicable (không áp dụng) when there is
 *   nothing to judge — no case for the subject, or an input the
 *   measurement depends on is not collected at all (no `incidents` or
 *   `completions` list, no republishing or share recorded anywhere) — so
 *   that scoring shares its points among the criteria that apply; or
 *   missing (thiếu số liệu: `null`, never a silent 0) when the data is
 *   expected but absent or unusable for that subject. Each with a `detail`
 *   saying why.
 * - Featured pages: each ISO week overlapping the range, the rotation run
 *   from the first week of each school year the range touches (or from the
 *   week of the dataset's first activity, if later), so that the picks of a
 *   week do not depend on the range asked for.
 */
import {
  localDateOf,
  periodBounds,
  periodOf,
  periodsBetween,
  previousPeriod,
  type Activity,
  type DataIssue,
  type Instant,
  type LocalDate,
  type Locale,
  type PeriodOptions,
} from "@lantoa/core"
import { treeAt, type Channel, type OrgTree, type Person, type Unit } from "@lantoa/hierarchy"
import { incidentState, moderationMetrics, type Incident } from "@lantoa/moderation"
import type { Policy } from "@lantoa/policy"
import { tallyQuotas, type ActivityIndex, type EvaluateQuotasOptions, type QuotaTally } from "@lantoa/quota"
import {
  criterionApplies,
  rotationForWeeks,
  scoreSubjects,
  type FeaturedPage,
  type FeaturedPick,
  type Measurement,
  type ScoringCriterion,
  type SubjectScore,
  type UnscoredSubject,
} from "@lantoa/scoring"
import type { PreparedDataset } from "../PreparedDataset.js"
import type { ReportDeadline } from "../Report.js"
import type { ResolvedOptions } from "./options.js"

/** What both computations read: the policy, the dataset, the options and how quotas are tallied. */
export interface ScoreContext {
  readonly policy: Policy
  readonly prepared: PreparedDataset
  readonly options: ResolvedOptions
  readonly periodOptions: PeriodOptions
  readonly activities: ActivityIndex | ReadonlyArray<Activity>
  /** The options every quota tally of this report takes, but the range. */
  readonly quotaOptions: Omit<EvaluateQuotasOptions, "from" | "to" | "period">
}

/** The measurement ids the engine computes. */
export const ENGINE_MEASUREMENTS = [
  "quota-met-rate",
  "deadline-on-time-rate",
  "moderation-within-sla",
  "featured-shares",
  "posts-picked-up",
  "false-information-penalty",
] as const

type Text = { readonly vi: string; readonly en: string }
const say = (text: Text, locale: Locale): string => (locale === "en" ? text.en : text.vi)

// ── URLs ────────────────────────────────────────────────────────────────

/** A link as compared: no query or fragment, no trailing slash, https, no `www.`, lower case. */
const normUrl = (url: string): string =>
  url
    .trim()
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "")
    .replace(/^http:\/\//i, "https://")
    .replace(/^(https:\/\/)www\./i, "$1")
    .toLowerCase()

/** Finds which channel a link is on: the channel whose `url` is the link or a path prefix of it. */
const channelFinder = (channels: ReadonlyArray<Channel>): ((target: string) => Channel | undefined) => {
  const byUrl = new Map<string, Channel>()
  for (const channel of channels) {
    if (channel.url === undefined || channel.url.trim() === "") continue
    const url = normUrl(channel.url)
    if (!byUrl.has(url)) byUrl.set(url, channel)
  }
  const find = (target: string): Channel | null => {
    let link = normUrl(target)
    const floor = link.indexOf("://") + 3
    for (;;) {
      const channel = byUrl.get(link)
      if (channel !== undefined) return channel
      const cut = link.lastIndexOf("/")
      if (cut < floor) return null
      link = link.slice(0, cut)
    }
  }
  // Many shares point at the same few posts: each link is looked up once.
  const cache = new Map<string, Channel | null>()
  return (target) => {
    let channel = cache.get(target)
    if (channel === undefined) cache.set(target, (channel = find(target)))
    return channel ?? undefined
  }
}

// ── Featured pages ──────────────────────────────────────────────────────

/**
 * Per unit and ISO week, whether the unit met its weekly unit quotas: every
 * verdict of a weekly unit rule `met` or `exempt` (exempt owed nothing: a
 * holiday week does not keep a page out of the next week), and at least
 * one verdict. Keys `week unit`.
 */
const weeklyQuotaKept = (context: ScoreContext, from: Instant, to: Instant): ReadonlyMap<string, boolean> => {
  const rules = context.policy.quotas.filter((rule) => rule.subjects.type === "unit" && rule.period === "week")
  const kept = new Map<string, boolean>()
  if (rules.length === 0) return kept
  const tally = tallyQuotas(rules, context.prepared.hierarchy, context.activities, { ...context.quotaOptions, from, to })
  for (const rule of tally.rules) {
    const size = rule.subjects.length
    rule.periods.forEach((week, p) => {
      for (let s = 0; s < size; s++) {
        const code = rule.status[p * size + s] as number
        if (code === 0) continue
        const key = `${week} ${rule.units[s] as string}`
        const ok = code === 1 || code === 4
        kept.set(key, (kept.get(key) ?? true) && ok)
      }
    })
  }
  return kept
}

/** The incidents of each unit, to tell whether one is open at an instant. */
const incidentsByUnit = (incidents: ReadonlyArray<Incident>): ReadonlyMap<string, ReadonlyArray<Incident>> => {
  const byUnit = new Map<string, Array<Incident>>()
  for (const incident of incidents) {
    const list = byUnit.get(incident.unit)
    if (list === undefined) byUnit.set(incident.unit, [incident])
    else list.push(incident)
  }
  return byUnit
}

/** A case detected by `at` and not closed at `at` (events after `at` not yet happened). */
const openAt = (incident: Incident, at: Instant): boolean =>
  incident.detectedAt <= at && incidentState(incident.events.filter((event) => event.at <= at)) !== "closed"

/** The week of the dataset's first activity, if any. */
const firstDataWeek = (context: ScoreContext): string | undefined => {
  let first = Number.POSITIVE_INFINITY
  for (const activity of context.prepared.activities) if (activity.at < first) first = activity.at
  return Number.isFinite(first) ? periodOf(first, "week", context.periodOptions) : undefined
}

/**
 * The weeks to rotate, one run per school year the range touches: each run
 * starts at the week holding the school year's first day — or at the week
 * of the dataset's first activity if later, since weeks without data can
 * only be guesses, but never after the range's first week of that year —
 * and ends at the range's last week of that year. A week belongs to the
 * school year of its Sunday (the opening day's week to the new year).
 */
const rotationRuns = (context: ScoreContext, rangeWeeks: ReadonlyArray<string>): ReadonlyArray<ReadonlyArray<string>> => {
  const { periodOptions } = context
  const yearOf = (week: string): string => periodOf(periodBounds(week, periodOptions).end - 1, "school-year", periodOptions)
  const byYear = new Map<string, Array<string>>()
  for (const week of rangeWeeks) {
    const year = yearOf(week)
    const list = byYear.get(year)
    if (list === undefined) byYear.set(year, [week])
    else list.push(week)
  }
  const dataWeek = firstDataWeek(context)
  return [...byYear].map(([year, weeks]) => {
    const first = weeks[0] as string
    const last = weeks[weeks.length - 1] as string
    let start = periodOf(periodBounds(year, periodOptions).start, "week", periodOptions)
    if (dataWeek !== undefined && dataWeek > start) start = dataWeek
    if (start > first) start = first
    return periodsBetween(periodBounds(start, periodOptions).start, periodBounds(last, periodOptions).end, "week", periodOptions)
  })
}

/**
 * The pages featured in each ISO week overlapping the range, from the
 * policy's `featuring` section; `undefined` without one. The rotation runs
 * over {@link rotationRuns} — from the start of each school year, each
 * week's picks joining the next week's history — and only the range's
 * weeks are returned: a week's picks depend on the dataset and the policy,
 * not on the range asked for.
 *
 * Pages: the `facebook-page` channels of units of a kind that fills a slot
 * (schools, Phòng), alive on the week's Monday. Facts: `active` (the
 * channel is listed), `metLastWeek` (see {@link weeklyQuotaKept}),
 * `openIncident` (a case of the unit not closed at the week's start, read
 * at `now` if earlier), `office` (the unit a school reports to on the
 * Monday, when it is of an office kind).
 */
export const featuredOf = (context: ScoreContext): ReadonlyArray<FeaturedPick> | undefined => {
  const { policy, prepared, options, periodOptions } = context
  const featuring = policy.featuring
  if (featuring === undefined) return undefined
  const rangeWeeks = periodsBetween(options.from, options.to, "week", periodOptions)
  if (rangeWeeks.length === 0) return []
  const runs = rotationRuns(context, rangeWeeks)
  const firstWeek = runs[0]?.[0] as string
  const { hierarchy } = prepared
  const kept = featuring.requireMetLastWeek
    ? weeklyQuotaKept(context, periodBounds(previousPeriod(firstWeek), periodOptions).start, options.to)
    : new Map<string, boolean>()
  const officeKinds = new Set<string>(featuring.officeKinds)
  const slotKinds = new Set<string>([...featuring.schoolKinds, ...featuring.officeKinds])
  const units = new Map(hierarchy.units.map((unit) => [unit.id, unit]))
  const pages = hierarchy.channels.filter((channel) => {
    const unit = units.get(channel.unit)
    return channel.platform === "facebook-page" && unit !== undefined && slotKinds.has(unit.kind)
  })
  const incidents = incidentsByUnit(prepared.incidents)
  const pagesOf = (week: string): ReadonlyArray<FeaturedPage> => {
    const { start: weekStart } = periodBounds(week, periodOptions)
    const tree = treeAt(hierarchy, localDateOf(weekStart, periodOptions))
    const previous = previousPeriod(week)
    const at = Math.min(weekStart, options.now)
    const out: Array<FeaturedPage> = []
    for (const channel of pages) {
      const unit = units.get(channel.unit) as Unit
      if (!tree.has(unit.id)) continue
      const parent = officeKinds.has(unit.kind) ? undefined : tree.parentOf(unit.id)
      const office = parent === undefined ? undefined : units.get(parent)
      const inOffice = office !== undefined && officeKinds.has(office.kind)
      out.push({
        channel: channel.id,
        unit: unit.id,
        kind: unit.kind,
        name: channel.name,
        ...(inOffice ? { office: office.id, officeName: office.name } : {}),
        active: true,
        metLastWeek: featuring.requireMetLastWeek ? kept.get(`${previous} ${unit.id}`) === true : true,
        openIncident: (incidents.get(unit.id) ?? []).some((incident) => openAt(incident, at)),
      })
    }
    return out
  }
  const inRange = new Set(rangeWeeks)
  return runs.flatMap((weeks) =>
    rotationForWeeks(pagesOf, [], { ...featuring, weeks, locale: options.locale }).featured.filter((pick) => inRange.has(pick.week)),
  )
}

// ── Measurements ────────────────────────────────────────────────────────

interface Value {
  readonly value: number | null
  readonly detail?: string
  /** Nothing to judge: sent as `status: "not-applicable"` (with `value: null`). */
  readonly notApplicable?: true
}

/** A measurement that does not apply, and why. */
const notApplicable = (detail: string): Value => ({ value: null, detail, notApplicable: true })

const round3 = (value: number): number => Math.round(value * 1000) / 1000

/**
 * `quota-met-rate`: met / (met + short + open) over the subject's own
 * verdicts of the range (unit rules for units, person rules for people);
 * not applicable when it owed nothing (every period exempt; a subject no
 * rule applies to is not in the map).
 */
const quotaMetRates = (context: ScoreContext, tally: QuotaTally, subjects: "unit" | "person"): ReadonlyMap<string, Value> => {
  const { locale } = context.options
  const ruleType = new Map(context.policy.quotas.map((rule) => [rule.id, rule.subjects.type]))
  const counts = new Map<string, { met: number; short: number; open: number; exempt: number; weeks: boolean }>()
  for (const rule of tally.rules) {
    if (ruleType.get(rule.rule) !== subjects) continue
    const size = rule.subjects.length
    rule.periods.forEach((period, p) => {
      const week = /-W\d\d$/.test(period)
      for (let s = 0; s < size; s++) {
        const code = rule.status[p * size + s] as number
        if (code === 0) continue
        const subject = rule.subjects[s] as { readonly unit: string } | { readonly person: string }
        const id = "unit" in subject ? subject.unit : subject.person
        let entry = counts.get(id)
        if (entry === undefined) counts.set(id, (entry = { met: 0, short: 0, open: 0, exempt: 0, weeks: true }))
        if (code === 1) entry.met++
        else if (code === 2) entry.short++
        else if (code === 3) entry.open++
        else entry.exempt++
        if (!week) entry.weeks = false
      }
    })
  }
  const values = new Map<string, Value>()
  for (const [id, { met, short, open, weeks }] of counts) {
    const owed = met + short + open
    if (owed === 0) {
      values.set(id, notApplicable(say({ vi: "không có kỳ nào phải đăng tải (đều được miễn)", en: "nothing owed (every period exempt)" }, locale)))
      continue
    }
    const unitVi = weeks ? "tuần" : "kỳ"
    const unitEn = weeks ? "weeks" : "periods"
    const running = open === 0 ? { vi: "", en: "" } : { vi: `, ${open} ${unitVi} đang diễn ra chưa đạt`, en: `, ${open} running and short` }
    values.set(id, {
      value: round3(met / owed),
      detail: say({ vi: `${met}/${owed} ${unitVi} đạt${running.vi}`, en: `${met}/${owed} ${unitEn} met${running.en}` }, locale),
    })
  }
  return values
}

/**
 * `deadline-on-time-rate`: done-on-time / every deadline of the unit due in
 * the range (an overdue one counts 0, measured); not applicable when none
 * was due, or when the dataset has no completions list at all.
 */
const deadlineRates = (context: ScoreContext, deadlines: ReadonlyArray<ReportDeadline>): ((unit: string) => Value) => {
  const { locale } = context.options
  if (!context.prepared.provided.completions) {
    const detail = say(
      {
        vi: "tập dữ liệu không có danh sách hoàn thành nhiệm vụ (completions), không biết nhiệm vụ nào đã xong",
        en: "the dataset has no completions list: which tasks were done is unknown",
      },
      locale,
    )
    const value = notApplicable(detail)
    return () => value
  }
  const counts = new Map<string, { onTime: number; due: number }>()
  for (const deadline of deadlines) {
    let entry = counts.get(deadline.unit)
    if (entry === undefined) counts.set(deadline.unit, (entry = { onTime: 0, due: 0 }))
    entry.due++
    if (deadline.status === "done-on-time") entry.onTime++
  }
  const none = notApplicable(say({ vi: "không có nhiệm vụ nào đến hạn trong kỳ", en: "no deadline fell due in the period" }, locale))
  return (unit) => {
    const entry = counts.get(unit)
    if (entry === undefined) return none
    return {
      value: round3(entry.onTime / entry.due),
      detail: say({ vi: `${entry.onTime}/${entry.due} nhiệm vụ hoàn thành đúng hạn`, en: `${entry.onTime}/${entry.due} deadlines met on time` }, locale),
    }
  }
}

const NO_INCIDENTS_LIST: Text = {
  vi: "tập dữ liệu không có danh sách vụ việc kiểm duyệt (incidents)",
  en: "the dataset has no incidents list",
}

/**
 * `moderation-within-sla`: the unit's own share of SLA clocks met (its own
 * cases, not its subtree's: metrics without a hierarchy). Not applicable
 * when there is nothing to judge: no case of the unit detected in the
 * range, no clock decided yet (every one still running within its time),
 * no moderation section in the policy, or no incidents list at all.
 */
const moderationShares = (context: ScoreContext): ((unit: string) => Value) => {
  const { policy, prepared, options, periodOptions } = context
  const { locale } = options
  if (policy.moderation === undefined) {
    const value = notApplicable(say({ vi: "chính sách không quy định thời hạn xử lý vụ việc", en: "the policy sets no moderation deadlines" }, locale))
    return () => value
  }
  if (!prepared.provided.incidents) {
    const value = notApplicable(say(NO_INCIDENTS_LIST, locale))
    return () => value
  }
  const { units } = moderationMetrics(prepared.incidents, {
    ...periodOptions,
    slas: policy.moderation.slas,
    categories: policy.moderation.categories,
    now: options.now,
    from: options.from,
    to: options.to,
  })
  const rows = new Map(units.map((row) => [row.unit, row]))
  const noCase = notApplicable(say({ vi: "không có vụ việc nào được phát hiện trong kỳ", en: "no case was detected in the period" }, locale))
  const undecided = notApplicable(
    say({ vi: "chưa có thời hạn xử lý nào kết thúc trong kỳ", en: "no moderation deadline was decided in the period" }, locale),
  )
  return (unit) => {
    const row = rows.get(unit)
    if (row === undefined || row.incidents === 0) return noCase
    if (row.metShare === null) return undecided
    const decided = row.met + row.breaches
    return {
      value: row.metShare,
      detail: say({ vi: `${row.met}/${decided} thời hạn xử lý đạt`, en: `${row.met}/${decided} moderation deadlines met` }, locale),
    }
  }
}

/**
 * `false-information-penalty`: the unit's cases of category `fake`
 * detected in the range whose source is a post (the unit's own content on
 * its page; a comment is someone else's). Cases without a source are
 * unknown: with none certain they make the value `null`, otherwise they
 * are named in the detail and not counted. 0 (no deduction, measured) when
 * the dataset sends an incidents list and the unit has no such case; not
 * applicable when the dataset has no incidents list at all.
 */
const falseInformation = (context: ScoreContext): ((unit: string) => Value) => {
  const { prepared, options } = context
  const { locale } = options
  if (!prepared.provided.incidents) {
    const value = notApplicable(say(NO_INCIDENTS_LIST, locale))
    return () => value
  }
  const counts = new Map<string, { posts: number; unknown: number }>()
  for (const incident of prepared.incidents) {
    if (incident.category !== "fake") continue
    if (incident.detectedAt < options.from || incident.detectedAt >= options.to || incident.detectedAt > options.now) continue
    if (incident.source?.kind === "comment") continue
    let entry = counts.get(incident.unit)
    if (entry === undefined) counts.set(incident.unit, (entry = { posts: 0, unknown: 0 }))
    if (incident.source === undefined) entry.unknown++
    else entry.posts++
  }
  const clean = say({ vi: "không có vụ tin sai sự thật nào trên bài đăng của đơn vị", en: "no case of false information in the unit's own posts" }, locale)
  return (unit) => {
    const entry = counts.get(unit)
    if (entry === undefined) return { value: 0, detail: clean }
    if (entry.posts === 0) {
      return {
        value: null,
        detail: say(
          {
            vi: `${entry.unknown} vụ tin sai sự thật chưa rõ là bài đăng của đơn vị hay bình luận (thiếu source)`,
            en: `${entry.unknown} case(s) of false information without a source: post or comment unknown`,
          },
          locale,
        ),
      }
    }
    const unknown =
      entry.unknown === 0
        ? { vi: "", en: "" }
        : { vi: `; ${entry.unknown} vụ chưa rõ nguồn không tính`, en: `; ${entry.unknown} without a source not counted` }
    return {
      value: entry.posts,
      detail: say(
        {
          vi: `${entry.posts} vụ tin sai sự thật trên bài đăng của đơn vị${unknown.vi}`,
          en: `${entry.posts} case(s) of false information in the unit's own posts${unknown.en}`,
        },
        locale,
      ),
    }
  }
}

/** What one pass over the activities finds for `featured-shares` and `posts-picked-up`. */
interface ActivityCounts {
  /** Shares of a page featured that week, by the sharer's unit and by person. */
  readonly featuredByUnit: Map<string, number>
  readonly featuredByPerson: Map<string, number>
  /** Units (people) with at least one share recorded in the range. */
  readonly sharingUnits: Set<string>
  readonly sharingPeople: Set<string>
  /** Whether the dataset records any share by a person at all (in any period). */
  readonly anyShares: boolean
  /** Distinct posts of each unit republished by a unit above it; undefined when the data records no republishing. */
  readonly pickedUp: Map<string, Set<string>> | undefined
}

const countActivities = (
  context: ScoreContext,
  featured: ReadonlyArray<FeaturedPick> | undefined,
  perPerson: boolean,
): ActivityCounts => {
  const { prepared, options, periodOptions } = context
  const { hierarchy } = prepared
  const findChannel = channelFinder(hierarchy.channels)
  const people = new Map<string, Person>(hierarchy.people.map((person) => [person.id, person]))
  // The featured weeks' bounds, in order, and the channels of each.
  const weeks = [...new Set((featured ?? []).map((pick) => pick.week))].sort()
  const starts = weeks.map((week) => periodBounds(week, periodOptions))
  const featuredWeeks = new Map<string, Set<string>>()
  for (const pick of featured ?? []) {
    const list = featuredWeeks.get(pick.channel)
    if (list === undefined) featuredWeeks.set(pick.channel, new Set([pick.week]))
    else list.add(pick.week)
  }
  const weekOf = (at: Instant): string | undefined => {
    let lo = 0
    let hi = starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const bounds = starts[mid] as { start: number; end: number }
      if (at < bounds.start) hi = mid - 1
      else if (at >= bounds.end) lo = mid + 1
      else return weeks[mid]
    }
    return undefined
  }
  const counts: ActivityCounts = {
    featuredByUnit: new Map(),
    featuredByPerson: new Map(),
    sharingUnits: new Set(),
    sharingPeople: new Set(),
    anyShares: prepared.activities.some((activity) => activity.kind === "share" && activity.person !== undefined),
    pickedUp: prepared.activities.some(isRepublishing) ? new Map() : undefined,
  }
  const trees = new Map<LocalDate, OrgTree>()
  const treeOn = (date: LocalDate): OrgTree => {
    let tree = trees.get(date)
    if (tree === undefined) trees.set(date, (tree = treeAt(hierarchy, date)))
    return tree
  }
  for (const activity of prepared.activities) {
    if (activity.at < options.from || activity.at >= options.to) continue
    if (activity.kind === "share" && activity.person !== undefined) {
      const person = people.get(activity.person)
      if (person === undefined) continue
      counts.sharingUnits.add(person.unit)
      if (perPerson) counts.sharingPeople.add(person.id)
      if (activity.target === undefined || weeks.length === 0) continue
      const week = weekOf(activity.at)
      if (week === undefined) continue
      const channel = findChannel(activity.target)
      if (channel === undefined || featuredWeeks.get(channel.id)?.has(week) !== true) continue
      counts.featuredByUnit.set(person.unit, (counts.featuredByUnit.get(person.unit) ?? 0) + 1)
      if (perPerson) counts.featuredByPerson.set(person.id, (counts.featuredByPerson.get(person.id) ?? 0) + 1)
    } else if (counts.pickedUp !== undefined && isRepublishing(activity)) {
      const channel = findChannel(activity.target as string)
      if (channel === undefined || channel.unit === activity.unit) continue
      const tree = treeOn(localDateOf(activity.at, periodOptions))
      if (!tree.has(channel.unit) || !tree.ancestorsOf(channel.unit).includes(activity.unit as string)) continue
      let posts = counts.pickedUp.get(channel.unit)
      if (posts === undefined) counts.pickedUp.set(channel.unit, (posts = new Set()))
      posts.add(normUrl(activity.target as string))
    }
  }
  return counts
}

/** A unit's own post or share (no person) of a link: how the data records a unit republishing another's post. */
const isRepublishing = (activity: Activity): boolean =>
  activity.person === undefined && activity.unit !== undefined && activity.target !== undefined && (activity.kind === "share" || activity.kind === "post")

/**
 * `featured-shares`: shares by the subject's staff (or by the person) of a
 * post on, or the link of, a page featured in the week of the share.
 * Not applicable when there is nothing to share or no shares are collected:
 * no featuring section, no page featured in the range, or no share by
 * anyone anywhere in the dataset. Missing (`null`) when shares are
 * collected but cannot be told for the subject: a featured page without a
 * `url` to match links against, or no share at all recorded for the unit
 * (person) in the range.
 */
const featuredShares = (
  context: ScoreContext,
  featured: ReadonlyArray<FeaturedPick> | undefined,
  counts: ActivityCounts,
): ((subject: { readonly unit: string } | { readonly person: string }) => Value) => {
  const { locale } = context.options
  const fixed = (text: Text, applies = true) => {
    const detail = say(text, locale)
    const value: Value = applies ? { value: null, detail } : notApplicable(detail)
    return () => value
  }
  if (featured === undefined) return fixed({ vi: "chính sách không chọn trang lan tỏa hằng tuần", en: "the policy features no pages" }, false)
  if (featured.length === 0) return fixed({ vi: "không có trang nào được chọn lan tỏa trong kỳ", en: "no page was featured in the period" }, false)
  if (!counts.anyShares) {
    return fixed(
      {
        vi: "tập dữ liệu không ghi nhận lượt chia sẻ nào của cán bộ (hoạt động share có person)",
        en: "the dataset records no shares by staff (share activities with a person)",
      },
      false,
    )
  }
  const channels = new Map(context.prepared.hierarchy.channels.map((channel) => [channel.id, channel]))
  const noUrl = [...new Set(featured.map((pick) => pick.channel))].filter((id) => {
    const url = channels.get(id)?.url
    return url === undefined || url.trim() === ""
  })
  if (noUrl.length > 0) {
    return fixed({
      vi: `trang được chọn ${noUrl.join(", ")} không có địa chỉ (url) để đối chiếu lượt chia sẻ`,
      en: `featured page(s) ${noUrl.join(", ")} have no url to match shares against`,
    })
  }
  const noShares = say({ vi: "không có lượt chia sẻ nào của cán bộ được ghi nhận trong kỳ", en: "no share recorded for its staff in the period" }, locale)
  return (subject) => {
    const [shared, count] =
      "unit" in subject
        ? [counts.sharingUnits.has(subject.unit), counts.featuredByUnit.get(subject.unit) ?? 0]
        : [counts.sharingPeople.has(subject.person), counts.featuredByPerson.get(subject.person) ?? 0]
    if (!shared) return { value: null, detail: noShares }
    return { value: count, detail: say({ vi: `${count} lượt chia sẻ trang được chọn lan tỏa`, en: `${count} share(s) of featured pages` }, locale) }
  }
}

/**
 * `posts-picked-up`: distinct posts of the unit's pages that a unit above
 * it (its Phòng, the Sở) republished in the range — an activity of that
 * unit (no person) of kind `share` or `post` whose `target` is on the
 * unit's page; 0 (measured) when none was. Not applicable to everyone when
 * the dataset records no such activity at all, and to a unit with no unit
 * above it on the scoring date (the Sở).
 */
const postsPickedUp = (context: ScoreContext, counts: ActivityCounts, tree: OrgTree): ((unit: string) => Value) => {
  const { locale } = context.options
  const picked = counts.pickedUp
  if (picked === undefined) {
    const detail = say(
      {
        vi: "tập dữ liệu không ghi nhận việc đơn vị cấp trên đăng lại tin, bài (hoạt động của đơn vị có target)",
        en: "the dataset records no republishing by units (unit activities with a target)",
      },
      locale,
    )
    const value = notApplicable(detail)
    return () => value
  }
  const top = notApplicable(say({ vi: "đơn vị không có đơn vị cấp trên để chọn đăng lại tin, bài", en: "no unit above it to republish its posts" }, locale))
  return (unit) => {
    if (tree.parentOf(unit) === undefined) return top
    const count = picked.get(unit)?.size ?? 0
    return { value: count, detail: say({ vi: `${count} tin, bài được đơn vị cấp trên đăng lại`, en: `${count} post(s) republished by a unit above` }, locale) }
  }
}

// ── Scores ──────────────────────────────────────────────────────────────

/**
 * The scores of the requested period: measurements per unit (and per
 * person, when `people` is asked for and the policy enables individual
 * boards) scored with the policy's `scoring` section. The caller checks
 * that there is a section and a single period.
 */
export const scoresOf = (
  context: ScoreContext,
  inputs: {
    readonly tally: QuotaTally
    readonly deadlines: ReadonlyArray<ReportDeadline>
    readonly featured: ReadonlyArray<FeaturedPick> | undefined
  },
): {
  readonly scores: ReadonlyArray<SubjectScore>
  readonly unscored: ReadonlyArray<UnscoredSubject>
  readonly issues: ReadonlyArray<DataIssue>
} => {
  const { policy, prepared, options, periodOptions } = context
  const scoring = policy.scoring
  const period = options.period
  if (scoring === undefined || period === undefined) return { scores: [], unscored: [], issues: [] }
  const withPeople = options.people && scoring.privacy.individualBoards
  const criteria = scoring.criteria.filter((criterion) => withPeople || criterion.subjects.type === "unit")
  if (criteria.length === 0) return { scores: [], unscored: [], issues: [] }
  const on = localDateOf(options.to - 1, periodOptions)
  const { hierarchy } = prepared
  const tree = treeAt(hierarchy, on)
  const unitCriteria = criteria.filter((criterion) => criterion.subjects.type === "unit")
  const personCriteria = criteria.filter((criterion) => criterion.subjects.type === "person")
  const known = new Set<string>(ENGINE_MEASUREMENTS)
  const unitReads = new Set(unitCriteria.map((criterion) => criterion.measurement).filter((id) => known.has(id)))
  const personReads = new Set(personCriteria.map((criterion) => criterion.measurement).filter((id) => known.has(id)))
  const reads = new Set([...unitReads, ...personReads])

  const units = hierarchy.units.filter((unit) => tree.has(unit.id) && unitCriteria.some((criterion) => criterionApplies(criterion, unit)))
  const people =
    personCriteria.length === 0
      ? []
      : hierarchy.units
          .filter((unit) => tree.has(unit.id))
          .flatMap((unit) =>
            tree.peopleOf(unit.id).filter((person) => personCriteria.some((criterion) => criterionApplies(criterion, unit, person))),
          )

  const needsActivities = reads.has("featured-shares") || reads.has("posts-picked-up")
  const counts = needsActivities ? countActivities(context, inputs.featured, personReads.has("featured-shares") && people.length > 0) : undefined
  const measurements: Array<Measurement> = []
  const add = (subject: Measurement["subject"], measurement: string, value: Value): void => {
    measurements.push({
      subject,
      measurement,
      value: value.value,
      ...(value.notApplicable === true ? { status: "not-applicable" as const } : {}),
      period,
      ...(value.detail === undefined ? {} : { detail: value.detail }),
    })
  }
  const nothingOwed = notApplicable(say({ vi: "không thuộc định mức đăng tải nào trong kỳ", en: "no posting quota applied in the period" }, options.locale))

  if (units.length > 0) {
    const quota = unitReads.has("quota-met-rate") ? quotaMetRates(context, inputs.tally, "unit") : undefined
    const deadlines = unitReads.has("deadline-on-time-rate") ? deadlineRates(context, inputs.deadlines) : undefined
    const moderation = unitReads.has("moderation-within-sla") ? moderationShares(context) : undefined
    const shares = unitReads.has("featured-shares") && counts !== undefined ? featuredShares(context, inputs.featured, counts) : undefined
    const pickedUp = unitReads.has("posts-picked-up") && counts !== undefined ? postsPickedUp(context, counts, tree) : undefined
    const penalty = unitReads.has("false-information-penalty") ? falseInformation(context) : undefined
    for (const unit of units) {
      const subject = { unit: unit.id }
      if (quota !== undefined) add(subject, "quota-met-rate", quota.get(unit.id) ?? nothingOwed)
      if (deadlines !== undefined) add(subject, "deadline-on-time-rate", deadlines(unit.id))
      if (moderation !== undefined) add(subject, "moderation-within-sla", moderation(unit.id))
      if (shares !== undefined) add(subject, "featured-shares", shares(subject))
      if (pickedUp !== undefined) add(subject, "posts-picked-up", pickedUp(unit.id))
      if (penalty !== undefined) add(subject, "false-information-penalty", penalty(unit.id))
    }
  }
  if (people.length > 0) {
    // People are measured on what is theirs: their own quota verdicts and shares.
    const quota = personReads.has("quota-met-rate") ? quotaMetRates(context, inputs.tally, "person") : undefined
    const shares = personReads.has("featured-shares") && counts !== undefined ? featuredShares(context, inputs.featured, counts) : undefined
    for (const person of people) {
      const subject = { person: person.id }
      if (quota !== undefined) add(subject, "quota-met-rate", quota.get(person.id) ?? nothingOwed)
      if (shares !== undefined) add(subject, "featured-shares", shares(subject))
    }
  }
  const { scores, unscored, issues } = scoreSubjects({ ...scoring, criteria }, measurements, {
    hierarchy,
    period,
    on,
    peers: scoring.ranking.peers,
    locale: options.locale,
    timeZone: policy.timeZone,
  })
  return { scores, unscored, issues }
}
