/**
 * The sentences of a score, Vietnamese by default and English on request:
 * one per criterion (what was measured, against what, how many points) and
 * one per subject (total, rank, tier, and why a cap, missing data or
 * criteria that do not apply changed it).
 */
import type { Locale } from "@lantoa/core"
import type { Normalisation } from "../ScoringCriterion.js"
import { formatNumber, formatShare } from "./format.js"

export type MissingWhy = "absent" | "null" | "conflict" | "no-staff"

export interface PeerFacts {
  /** Peers of the group with a value for the criterion (the subject included). */
  readonly count: number
  readonly min: number
  readonly max: number
  /** Peers with a strictly lower value. */
  readonly below: number
}

export interface CriterionFacts {
  readonly locale: Locale
  readonly title: string
  readonly measurement: string
  readonly normalisation: Normalisation
  readonly penalty: boolean
  readonly people: boolean
  readonly periodLabel: string
  readonly date: string
  readonly maxPoints: number
  readonly points: number
  readonly share: number
  readonly value?: number
  readonly measured?: number
  readonly staff?: number
  readonly detail?: string
  readonly missing?: MissingWhy
  /** The criterion does not apply to the subject (its reason in `detail`). */
  readonly notApplicable?: true
  /** What the criterion is worth by the policy, when `maxPoints` differs because of criteria that do not apply. */
  readonly nominalMaxPoints?: number
  readonly peers?: PeerFacts
}

const num = (value: number, locale: Locale): string => formatNumber(value, locale, 3)
const pts = (value: number, locale: Locale): string => formatNumber(value, locale, 2)

/** "2024-11-15" → "15/11/2024" (vi) or itself (en). */
export const formatLocalDate = (date: string, locale: Locale): string => {
  if (locale === "en") return date
  const [year, month, day] = date.split("-")
  return `${day}/${month}/${year}`
}

const missingText = (facts: CriterionFacts, why: MissingWhy): string => {
  const m = facts.measurement
  const vi = facts.locale !== "en"
  switch (why) {
    case "absent":
      return vi ? `chưa có số liệu "${m}" cho ${facts.periodLabel}` : `no "${m}" measurement for ${facts.periodLabel}`
    case "null":
      return vi
        ? `số liệu "${m}" của ${facts.periodLabel} để trống (không đo được)`
        : `the "${m}" measurement for ${facts.periodLabel} is empty (not measurable)`
    case "conflict":
      return vi
        ? `có nhiều số liệu "${m}" khác nhau cho ${facts.periodLabel}, chưa dùng được`
        : `conflicting "${m}" measurements for ${facts.periodLabel}, none used`
    case "no-staff":
      return vi
        ? `đơn vị không có cán bộ nào trong danh sách ngày ${formatLocalDate(facts.date, "vi")} nên không tính được bình quân theo đầu người`
        : `the unit has no staff on the roster on ${facts.date}, so there is no per-staff value`
  }
}

/** The value, then in brackets its detail and (linear) what it is measured against: "0,9 (9/10 tuần đạt; mục tiêu 1)". */
const valueText = (facts: CriterionFacts): string => {
  const { locale, normalisation } = facts
  const value = num(facts.value ?? 0, locale)
  const base =
    facts.measured !== undefined && facts.staff !== undefined
      ? `${num(facts.measured, locale)} / ${facts.staff} ${locale === "en" ? "staff" : "cán bộ"} = ${value}`
      : value
  const notes = [
    ...(facts.detail === undefined ? [] : [facts.detail]),
    ...(normalisation.type === "linear" ? [linearText(facts, normalisation.target, normalisation.floor)] : []),
  ]
  return notes.length === 0 ? base : `${base} (${notes.join("; ")})`
}

/** "mục tiêu 1", "sàn 0,5, mục tiêu 1"; for a penalty "trừ toàn bộ ở mức 1". */
const linearText = (facts: CriterionFacts, target: number, floor: number): string => {
  const { locale } = facts
  const vi = locale !== "en"
  const t = num(target, locale)
  const f = num(floor, locale)
  if (facts.penalty) {
    if (vi) return `trừ toàn bộ ở mức ${t}${floor === 0 ? "" : `, không trừ ở mức ${f}`}`
    return `full deduction at ${t}${floor === 0 ? "" : `, none at ${f}`}`
  }
  if (vi) return `${floor === 0 ? "" : `sàn ${f}, `}mục tiêu ${t}`
  return `${floor === 0 ? "" : `floor ${f}, `}target ${t}`
}

/** Where the value stands among its peers, for the peer normalisations. */
const againstText = (facts: CriterionFacts): string => {
  const vi = facts.locale !== "en"
  const { locale, normalisation } = facts
  if (normalisation.type === "linear") return ""
  const peers = facts.peers
  if (peers === undefined) return ""
  const noun = facts.people ? (vi ? "người" : "people") : vi ? "đơn vị" : "units"
  if (peers.count === 1) {
    return vi ? `; là ${noun} duy nhất có số liệu trong nhóm so sánh` : `; the only one with data in the peer group`
  }
  if (peers.min === peers.max) {
    return vi ? `; cả ${peers.count} ${noun} có số liệu trong nhóm đều bằng nhau` : `; all ${peers.count} ${noun} with data in the peer group are equal`
  }
  if (normalisation.type === "min-max") {
    return vi
      ? `; trong nhóm so sánh thấp nhất ${num(peers.min, locale)}, cao nhất ${num(peers.max, locale)}`
      : `; in the peer group lowest ${num(peers.min, locale)}, highest ${num(peers.max, locale)}`
  }
  return vi
    ? `; cao hơn ${peers.below}/${peers.count - 1} ${noun} khác có số liệu trong nhóm`
    : `; above ${peers.below} of the ${peers.count - 1} other ${noun} with data in the peer group`
}

/** A criterion that does not apply: its reason, and where its points went. */
const notApplicableText = (facts: CriterionFacts): string => {
  const { locale } = facts
  const vi = locale !== "en"
  const why = facts.detail === undefined ? "" : ` — ${facts.detail}`
  const nominal = pts(facts.nominalMaxPoints ?? 0, locale)
  const consequence = facts.penalty
    ? vi
      ? "không trừ điểm"
      : "no deduction"
    : vi
      ? `${nominal} điểm của tiêu chí được chia lại cho các tiêu chí áp dụng, theo tỉ lệ điểm của từng tiêu chí`
      : `its ${nominal} points are shared among the criteria that apply, in proportion to their points`
  return vi
    ? `${facts.title}: không áp dụng trong ${facts.periodLabel}${why} → ${consequence}.`
    : `${facts.title}: not applicable in ${facts.periodLabel}${why} → ${consequence}.`
}

/** " (40 điểm theo quy định, cộng 13,33 điểm chia lại từ tiêu chí không áp dụng)", or "" when nothing was shared to the line. */
const resharedText = (facts: CriterionFacts): string => {
  const nominal = facts.nominalMaxPoints
  if (nominal === undefined || facts.penalty) return ""
  const { locale } = facts
  const added = pts(facts.maxPoints - nominal, locale)
  return locale === "en"
    ? ` (${pts(nominal, locale)} points by the policy, plus ${added} shared from criteria that do not apply)`
    : ` (${pts(nominal, locale)} điểm theo quy định, cộng ${added} điểm chia lại từ tiêu chí không áp dụng)`
}

export const criterionExplanation = (facts: CriterionFacts): string => {
  const { locale } = facts
  const vi = locale !== "en"
  const max = pts(facts.maxPoints, locale)
  if (facts.notApplicable === true) return notApplicableText(facts)
  const reshared = resharedText(facts)
  if (facts.missing !== undefined) {
    const what = missingText(facts, facts.missing)
    const consequence = facts.penalty
      ? vi
        ? "không tính trừ điểm"
        : "no deduction counted"
      : vi
        ? `0/${max} điểm${reshared}`
        : `0/${max} points${reshared}`
    return vi
      ? `${facts.title}: ${what} → ${consequence}; tổng điểm chưa đầy đủ.`
      : `${facts.title}: ${what} → ${consequence}; the total is incomplete.`
  }
  const head = `${facts.title}: ${valueText(facts)}${againstText(facts)}`
  const share = formatShare(facts.share, locale)
  if (facts.penalty) {
    if (facts.points === 0) return vi ? `${head} → không bị trừ điểm (trừ tối đa ${max}).` : `${head} → no deduction (at most ${max}).`
    const minus = pts(-facts.points, locale)
    return vi ? `${head} → ${share} mức trừ → trừ ${minus}/${max} điểm.` : `${head} → ${share} of the penalty → minus ${minus}/${max} points.`
  }
  const got = pts(facts.points, locale)
  return vi ? `${head} → ${share} → ${got}/${max} điểm${reshared}.` : `${head} → ${share} → ${got}/${max} points${reshared}.`
}

export interface ScoreFacts {
  readonly locale: Locale
  readonly people: boolean
  readonly total: number
  readonly maxTotal: number
  readonly rank: number
  readonly peers: number
  readonly groupLabel: string
  readonly tierLabel: string
  readonly capped?: {
    readonly label: string
    readonly minTotal: number
    readonly cap: number
    readonly base: number
    readonly maxShare: number
    readonly minCount: number
  }
  readonly missingTitles: ReadonlyArray<string>
  readonly notApplicableTitles: ReadonlyArray<string>
  /** The points of the positive criteria that do not apply, shared among those that do (0: none). */
  readonly reshared: number
}

/** "Không áp dụng: A; B — 25 điểm … được chia lại …." — or "" when every criterion applies. */
const notApplicableSentence = (
  locale: Locale,
  titles: ReadonlyArray<string>,
  reshared: number,
): string => {
  if (titles.length === 0) return ""
  const vi = locale !== "en"
  const shared =
    reshared > 0
      ? vi
        ? ` — ${pts(reshared, locale)} điểm của các tiêu chí cộng điểm không áp dụng được chia lại cho các tiêu chí áp dụng, theo tỉ lệ điểm của từng tiêu chí`
        : ` — the ${pts(reshared, locale)} points of the positive criteria that do not apply are shared among those that apply, in proportion to their points`
      : ""
  return vi ? `Không áp dụng: ${titles.join("; ")}${shared}.` : `Not applicable: ${titles.join("; ")}${shared}.`
}

export const scoreExplanation = (facts: ScoreFacts): string => {
  const { locale } = facts
  const vi = locale !== "en"
  const noun = facts.people ? (vi ? "người" : "people") : vi ? "đơn vị" : "units"
  const parts = [
    vi
      ? `Tổng ${pts(facts.total, locale)}/${pts(facts.maxTotal, locale)} điểm; xếp thứ ${facts.rank}/${facts.peers} trong nhóm "${facts.groupLabel}"; xếp loại "${facts.tierLabel}".`
      : `Total ${pts(facts.total, locale)}/${pts(facts.maxTotal, locale)} points; ranked ${facts.rank} of ${facts.peers} in "${facts.groupLabel}"; rated "${facts.tierLabel}".`,
  ]
  const capped = facts.capped
  if (capped !== undefined) {
    const share = formatShare(capped.maxShare, locale)
    const floor = capped.minCount > 0 ? (vi ? `, ít nhất ${capped.minCount}` : `, at least ${capped.minCount}`) : ""
    parts.push(
      vi
        ? `Tổng điểm đạt mức "${capped.label}" (từ ${pts(capped.minTotal, locale)} điểm) nhưng mức này chỉ nhận tối đa ${capped.cap} ${noun} của nhóm (${share} của ${capped.base}, làm tròn xuống${floor}); các ${noun} bằng điểm được xét cùng nhau, không tách, nên xếp "${facts.tierLabel}".`
        : `The total reaches "${capped.label}" (from ${pts(capped.minTotal, locale)} points) but that tier admits at most ${capped.cap} of the group (${share} of ${capped.base}, rounded down${floor}); equal totals are admitted together or not at all, so rated "${facts.tierLabel}".`,
    )
  }
  if (facts.missingTitles.length > 0) {
    parts.push(
      vi
        ? `Chưa đầy đủ số liệu: ${facts.missingTitles.join("; ")}.`
        : `Incomplete: no usable data for ${facts.missingTitles.join("; ")}.`,
    )
  }
  const notApplicable = notApplicableSentence(locale, facts.notApplicableTitles, facts.reshared)
  if (notApplicable !== "") parts.push(notApplicable)
  return parts.join(" ")
}

export interface UnscoredFacts {
  readonly locale: Locale
  readonly people: boolean
  readonly periodLabel: string
  readonly notApplicableTitles: ReadonlyArray<string>
}

/** A subject no positive criterion applies to: not scored, ranked or rated — and never 0. */
export const unscoredExplanation = (facts: UnscoredFacts): string => {
  const { locale } = facts
  const titles = facts.notApplicableTitles.join("; ")
  if (locale === "en") {
    return `Not scored for ${facts.periodLabel}: no criterion earning points applies (${titles}); not ranked, not rated.`
  }
  const noun = facts.people ? "cá nhân" : "đơn vị"
  return `Không chấm điểm ${facts.periodLabel}: không có tiêu chí cộng điểm nào áp dụng với ${noun} (${titles}); không xếp hạng, không xếp loại.`
}
