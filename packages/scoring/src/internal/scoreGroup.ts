/**
 * One peer group scored: each member's breakdown line by line (peer
 * normalisation reads the group's usable values; maxima from `worth.ts`),
 * then totals, ranks, percentiles and tiers among the members that have a
 * score.
 */
import type { LocalDate, Locale } from "@lantoa/core"
import { competitionRanks, percentilesOf } from "../Ranking.js"
import type { ScoreBreakdownEntry, SubjectScore, UnscoredSubject } from "../ScoreSubjects.js"
import type { ScoringCriterion } from "../ScoringCriterion.js"
import type { ScoringPolicy, ScoringTier } from "../ScoringPolicy.js"
import { criterionExplanation, scoreExplanation, unscoredExplanation, type PeerFacts } from "./explain.js"
import { round, textIn } from "./format.js"
import type { Raw } from "./measurements.js"
import { noSpread, normalise, peerValuesOf, type PeerValues } from "./normalise.js"
import { countBelow } from "./sorted.js"
import type { Member } from "./subjects.js"
import { assignTiers, type TierCap } from "./tiers.js"
import { worthOf, type Worth } from "./worth.js"

/** What every group of one run shares, with caches for the sentences and maxima that repeat across thousands of members. */
export interface GroupContext {
  readonly policy: ScoringPolicy
  readonly period: string
  readonly periodLabel: string
  readonly on: LocalDate
  readonly locale: Locale
  readonly members: ReadonlyArray<Member>
  readonly raws: ReadonlyArray<ReadonlyMap<number, Raw>>
  readonly worth: Map<string, Worth>
  readonly missingTexts: Map<string, string>
}

/** The criteria of a member that do not apply, in the member's order. */
const notApplicableOf = (context: GroupContext, m: number): ReadonlyArray<number> => {
  const member = context.members[m] as Member
  return member.criteria.filter((c) => context.raws[m]?.get(c)?.state === "not-applicable")
}

/** Members with the same criteria, and the same ones not applying, are worth the same: computed once. */
const cachedWorth = (context: GroupContext, member: Member, notApplicable: ReadonlyArray<number>): Worth => {
  const signature = `${member.criteria.join(",")}|${notApplicable.join(",")}`
  let worth = context.worth.get(signature)
  if (worth === undefined) context.worth.set(signature, (worth = worthOf(context.policy, member.criteria, new Set(notApplicable))))
  return worth
}

/** Each criterion's usable values among the group, for peer normalisation. */
const peerValuesIn = (context: GroupContext, group: ReadonlyArray<number>): ReadonlyMap<number, PeerValues> => {
  const peerValues = new Map<number, PeerValues>()
  for (let c = 0; c < context.policy.criteria.length; c++) {
    const values: Array<number> = []
    for (const m of group) {
      const raw = context.raws[m]?.get(c)
      if (raw?.state === "measured") values.push(raw.value)
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
  worth: Worth,
  peers: PeerValues | undefined,
): ScoreBreakdownEntry => {
  const { locale } = context
  const criterion = context.policy.criteria[c] as ScoringCriterion
  const max = worth.max.get(c) as number
  const nominal = round(worth.nominal.get(c) as number, 2)
  // The policy's worth is shown where the line's maximum moved because some criterion does not apply.
  const moved = raw.state === "not-applicable" || (worth.reshared > 0 && !criterion.penalty)
  const nominalMax = moved ? { nominalMaxPoints: nominal } : {}
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
    ...nominalMax,
  }
  const head = { criterion: criterion.id, title, measurement: criterion.measurement }
  const penalty = criterion.penalty ? { penalty: true as const } : {}
  const detail = raw.detail === undefined ? {} : { detail: raw.detail }
  if (raw.state !== "measured") {
    // Thousands of people may miss the same measurement, or share the same reason it does not apply: one sentence each way.
    const why = raw.state === "missing" ? raw.why : "not-applicable"
    const key = `${c}|${why}|${max}|${nominal}|${common.people}|${raw.state === "not-applicable" ? (raw.detail ?? "") : ""}`
    let explanation = context.missingTexts.get(key)
    if (explanation === undefined) {
      explanation = criterionExplanation({
        ...common,
        points: 0,
        share: 0,
        ...(raw.state === "missing" ? { missing: raw.why } : { notApplicable: true as const, ...detail }),
      })
      context.missingTexts.set(key, explanation)
    }
    const state = raw.state === "missing" ? { status: "missing" as const } : { status: "not-applicable" as const }
    const line = { ...head, ...state, value: 0, normalised: 0, points: 0, maxPoints: max, ...nominalMax, ...penalty }
    return raw.state === "missing" ? { ...line, missing: true, ...detail, explanation } : { ...line, ...detail, explanation }
  }
  const group = peers as PeerValues
  const share = normalise(criterion.normalisation, raw.value, group)
  const earned = round(share * max, 2)
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
    status: "measured",
    value: round(raw.value, 6),
    ...perStaff,
    normalised: round(share, 3),
    points,
    maxPoints: max,
    ...nominalMax,
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

export interface GroupResult {
  readonly scores: ReadonlyArray<SubjectScore>
  readonly unscored: ReadonlyArray<UnscoredSubject>
}

/**
 * Scores the members of one peer group (indexes into `context.members`), in
 * the group's order; members no positive criterion applies to are not
 * scored, and not counted among the peers.
 */
export const scoreGroup = (context: GroupContext, group: ReadonlyArray<number>): GroupResult => {
  const { policy, locale } = context
  const peerValues = peerValuesIn(context, group)
  const all = group.map((m) => {
    const member = context.members[m] as Member
    const notApplicable = notApplicableOf(context, m)
    const worth = cachedWorth(context, member, notApplicable)
    const breakdown = member.criteria.map((c) =>
      lineOf(context, member, c, context.raws[m]?.get(c) as Raw, worth, peerValues.get(c)),
    )
    return { member, worth, breakdown, notApplicable: breakdown.filter((line) => line.status === "not-applicable") }
  })
  const unscored: Array<UnscoredSubject> = all
    .filter((entry) => !entry.worth.scored)
    .map(({ member, breakdown, notApplicable }) => ({
      subject: member.subject,
      period: context.period,
      peerGroup: member.group,
      peerGroupLabel: member.groupLabel,
      notApplicable: notApplicable.map((line) => line.criterion),
      breakdown,
      explanation: unscoredExplanation({
        locale,
        people: member.person !== undefined,
        periodLabel: context.periodLabel,
        notApplicableTitles: notApplicable.map((line) => line.title),
      }),
    }))
  const rated = all.filter((entry) => entry.worth.scored)
  const totals = rated.map(({ breakdown }) => round(breakdown.reduce((sum, line) => sum + line.points, 0), 2))
  const ranks = competitionRanks(totals)
  const percentiles = percentilesOf(totals)
  const { assignments, caps } = assignTiers(totals, policy.tiers)
  const scores = rated.map(({ member, worth, breakdown, notApplicable }, k) => {
    const { tier: t, cappedFrom } = assignments[k] as { tier: number; cappedFrom?: number }
    const tier = policy.tiers[t] as ScoringTier
    const capped = cappedFrom === undefined ? undefined : (policy.tiers[cappedFrom] as ScoringTier)
    const cap = cappedFrom === undefined ? undefined : caps[cappedFrom]
    const missing = breakdown.filter((line) => line.status === "missing")
    const tierLabel = textIn(tier.label, locale)
    const explanation = scoreExplanation({
      locale,
      people: member.person !== undefined,
      total: totals[k] as number,
      maxTotal: worth.maxTotal,
      rank: ranks[k] as number,
      peers: rated.length,
      groupLabel: member.groupLabel,
      tierLabel,
      ...(capped === undefined || cap === undefined ? {} : { capped: cappedFacts(capped, cap, locale) }),
      missingTitles: missing.map((line) => line.title),
      notApplicableTitles: notApplicable.map((line) => line.title),
      reshared: worth.reshared,
    })
    const score: SubjectScore = {
      subject: member.subject,
      period: context.period,
      total: totals[k] as number,
      maxTotal: worth.maxTotal,
      rank: ranks[k] as number,
      peers: rated.length,
      percentile: percentiles[k] as number,
      tier: tier.id,
      tierLabel,
      ...(capped === undefined ? {} : { cappedFrom: capped.id }),
      peerGroup: member.group,
      peerGroupLabel: member.groupLabel,
      incomplete: missing.length > 0,
      missing: missing.map((line) => line.criterion),
      notApplicable: notApplicable.map((line) => line.criterion),
      breakdown,
      explanation,
    }
    return score
  })
  return { scores, unscored }
}
