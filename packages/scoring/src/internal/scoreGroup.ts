/**
 * One peer group scored: each member's breakdown line by line (peer
 * normalisation reads the group's usable values), then totals, ranks,
 * percentiles and tiers within the group.
 */
import type { LocalDate, Locale } from "@lantoa/core"
import { competitionRanks, percentilesOf } from "../Ranking.js"
import type { ScoreBreakdownEntry, SubjectScore } from "../ScoreSubjects.js"
import type { ScoringCriterion } from "../ScoringCriterion.js"
import type { ScoringPolicy, ScoringTier } from "../ScoringPolicy.js"
import { criterionExplanation, scoreExplanation, type PeerFacts } from "./explain.js"
import { round, textIn } from "./format.js"
import type { Raw } from "./measurements.js"
import { noSpread, normalise, peerValuesOf, type PeerValues } from "./normalise.js"
import { countBelow } from "./sorted.js"
import type { Member } from "./subjects.js"
import { assignTiers, type TierCap } from "./tiers.js"

/** What every group of one run shares, with caches for the sentences and maxima that repeat across thousands of members. */
export interface GroupContext {
  readonly policy: ScoringPolicy
  readonly period: string
  readonly periodLabel: string
  readonly on: LocalDate
  readonly locale: Locale
  readonly members: ReadonlyArray<Member>
  readonly raws: ReadonlyArray<ReadonlyMap<number, Raw>>
  readonly maxPoints: Map<string, ReadonlyMap<number, number>>
  readonly missingTexts: Map<string, string>
}

/** Each criterion's maximum for one member: fixed points, or a share of the scale among its weighted positive criteria. */
const maxPointsOf = (policy: ScoringPolicy, member: Member): ReadonlyMap<number, number> => {
  let weights = 0
  for (const c of member.criteria) {
    const criterion = policy.criteria[c] as ScoringCriterion
    if (!criterion.penalty && criterion.weight !== undefined) weights += criterion.weight
  }
  return new Map(
    member.criteria.map((c) => {
      const criterion = policy.criteria[c] as ScoringCriterion
      return [c, criterion.points ?? (policy.scale * (criterion.weight as number)) / weights]
    }),
  )
}

const cachedMaxPoints = (context: GroupContext, member: Member): ReadonlyMap<number, number> => {
  const signature = member.criteria.join(",")
  let maxPoints = context.maxPoints.get(signature)
  if (maxPoints === undefined) context.maxPoints.set(signature, (maxPoints = maxPointsOf(context.policy, member)))
  return maxPoints
}

/** Each criterion's usable values among the group, for peer normalisation. */
const peerValuesIn = (context: GroupContext, group: ReadonlyArray<number>): ReadonlyMap<number, PeerValues> => {
  const peerValues = new Map<number, PeerValues>()
  for (let c = 0; c < context.policy.criteria.length; c++) {
    const values: Array<number> = []
    for (const m of group) {
      const raw = context.raws[m]?.get(c)
      if (raw?.ok === true) values.push(raw.value)
    }
    if (values.length > 0) peerValues.set(c, peerValuesOf(values))
  }
  return peerValues
}

const lineOf = (
  context: GroupContext,
  member: Member,
  c: number,
  raw: Raw,
  maxPoints: number,
  peers: PeerValues | undefined,
): ScoreBreakdownEntry => {
  const { locale } = context
  const criterion = context.policy.criteria[c] as ScoringCriterion
  const max = round(maxPoints, 2)
  const title = textIn(criterion.title, locale)
  const common = {
    locale,
    title,
    measurement: criterion.measurement,
    normalisation: criterion.normalisation,
    penalty: criterion.penalty,
    people: member.person !== undefined,
    periodLabel: context.periodLabel,
    date: context.on,
    maxPoints: max,
  }
  const head = { criterion: criterion.id, title, measurement: criterion.measurement }
  const penalty = criterion.penalty ? { penalty: true as const } : {}
  const detail = raw.detail === undefined ? {} : { detail: raw.detail }
  if (!raw.ok) {
    // Thousands of people may miss the same measurement: one sentence each way.
    const key = `${c}|${raw.why}|${max}|${common.people}`
    let explanation = context.missingTexts.get(key)
    if (explanation === undefined) {
      explanation = criterionExplanation({ ...common, points: 0, share: 0, missing: raw.why })
      context.missingTexts.set(key, explanation)
    }
    return { ...head, value: 0, normalised: 0, points: 0, maxPoints: max, ...penalty, missing: true, ...detail, explanation }
  }
  const group = peers as PeerValues
  const share = normalise(criterion.normalisation, raw.value, group)
  const earned = round(share * maxPoints, 2)
  const points = criterion.penalty ? (earned === 0 ? 0 : -earned) : earned
  const facts: PeerFacts | undefined =
    criterion.normalisation.type === "linear"
      ? undefined
      : {
          count: group.sorted.length,
          min: group.sorted[0] as number,
          max: group.sorted[group.sorted.length - 1] as number,
          below: noSpread(group) ? 0 : countBelow(group.sorted, raw.value),
        }
  const perStaff = raw.measured === undefined || raw.staff === undefined ? {} : { measured: raw.measured, staff: raw.staff }
  const explanation = criterionExplanation({
    ...common,
    points,
    share,
    value: raw.value,
    ...perStaff,
    ...detail,
    ...(facts === undefined ? {} : { peers: facts }),
  })
  return {
    ...head,
    value: round(raw.value, 6),
    ...perStaff,
    normalised: round(share, 3),
    points,
    maxPoints: max,
    ...penalty,
    ...detail,
    explanation,
  }
}

const cappedFacts = (tier: ScoringTier, cap: TierCap, locale: Locale) => ({
  label: textIn(tier.label, locale),
  minTotal: tier.minTotal ?? 0,
  cap: cap.cap,
  base: cap.base,
  maxShare: tier.maxShare ?? 1,
  minCount: tier.minCount ?? 0,
})

/** Scores the members of one peer group (indexes into `context.members`), in the group's order. */
export const scoreGroup = (context: GroupContext, group: ReadonlyArray<number>): ReadonlyArray<SubjectScore> => {
  const { policy, locale } = context
  const peerValues = peerValuesIn(context, group)
  const lines = group.map((m) => {
    const member = context.members[m] as Member
    const maxPoints = cachedMaxPoints(context, member)
    return member.criteria.map((c) =>
      lineOf(context, member, c, context.raws[m]?.get(c) as Raw, maxPoints.get(c) as number, peerValues.get(c)),
    )
  })
  const totals = lines.map((breakdown) => round(breakdown.reduce((sum, line) => sum + line.points, 0), 2))
  const ranks = competitionRanks(totals)
  const percentiles = percentilesOf(totals)
  const { assignments, caps } = assignTiers(totals, policy.tiers)
  return group.map((m, k) => {
    const member = context.members[m] as Member
    const breakdown = lines[k] as ReadonlyArray<ScoreBreakdownEntry>
    const { tier: t, cappedFrom } = assignments[k] as { tier: number; cappedFrom?: number }
    const tier = policy.tiers[t] as ScoringTier
    const capped = cappedFrom === undefined ? undefined : (policy.tiers[cappedFrom] as ScoringTier)
    const cap = cappedFrom === undefined ? undefined : caps[cappedFrom]
    const missing = breakdown.filter((line) => line.missing === true)
    const maxTotal = round(breakdown.reduce((sum, line) => sum + (line.penalty === true ? 0 : line.maxPoints), 0), 2)
    const tierLabel = textIn(tier.label, locale)
    const explanation = scoreExplanation({
      locale,
      people: member.person !== undefined,
      total: totals[k] as number,
      maxTotal,
      rank: ranks[k] as number,
      peers: group.length,
      groupLabel: member.groupLabel,
      tierLabel,
      ...(capped === undefined || cap === undefined ? {} : { capped: cappedFacts(capped, cap, locale) }),
      missingTitles: missing.map((line) => line.title),
    })
    return {
      subject: member.subject,
      period: context.period,
      total: totals[k] as number,
      maxTotal,
      rank: ranks[k] as number,
      peers: group.length,
      percentile: percentiles[k] as number,
      tier: tier.id,
      tierLabel,
      ...(capped === undefined ? {} : { cappedFrom: capped.id }),
      peerGroup: member.group,
      peerGroupLabel: member.groupLabel,
      incomplete: missing.length > 0,
      missing: missing.map((line) => line.criterion),
      breakdown,
      explanation,
    }
  })
}
