/**
 * Scores: criteria applied to measurements, per unit or person, with a
 * breakdown a reviewer can check line by line, a rank among peers of the
 * same kind, and a rating tier under the policy's caps — the material of
 * the emulation review (đánh giá thi đua) the plan asks for (VI.1, VI.3) and
 * of the commendations at the semester and year-end reviews (V.7.1).
 *
 * @since 0.1.0
 * @module
 */
import { formatPeriod, localDateOf, parsePeriodId, periodBounds, type DataIssue, type LocalDate, type Locale } from "@lantoa/core"
import { UNIT_KINDS, treeAt, type Hierarchy, type UnitKind } from "@lantoa/hierarchy"
import { lowerFirst } from "./internal/format.js"
import { indexMeasurements, rawsOf } from "./internal/measurements.js"
import { policyOrThrow } from "./internal/policy.js"
import { scoreGroup, type GroupContext } from "./internal/scoreGroup.js"
import { keyOf, membersOf } from "./internal/subjects.js"
import type { Measurement, MeasurementStatus, ScoreSubject } from "./Measurement.js"
import type { PeerScope, ScoringPolicy, ScoringPolicyInput } from "./ScoringPolicy.js"

/**
 * One criterion's line in a score. Contract v1's breakdown entry
 * (`criterion`, `value`, `points`, `explanation`) plus what a reviewer needs
 * to check it:
 *
 * - `status`: `measured`, `missing` (thiếu số liệu: expected but absent;
 *   `missing: true` too) or `not-applicable` (không áp dụng: nothing to
 *   judge; `detail` says why) — see `MEASUREMENT_STATUSES`;
 * - `value`: the value normalised — the measurement, divided by the unit's
 *   staff with `perStaff` (then `measured` and `staff` say so). Unless
 *   `status` is `measured`, `value` is 0 only because the contract needs a
 *   number — read `status` first;
 * - `normalised`: the share 0–1 of the points it earned (3 decimals);
 * - `points`: earned points, negative for a penalty (2 decimals), so that
 *   the total is the sum of the breakdown;
 * - `maxPoints`: what the criterion is worth to this subject (for a
 *   penalty, the most it can take away) — 0 when it does not apply;
 * - `nominalMaxPoints`: present when `maxPoints` differs from what the
 *   policy makes the criterion worth because some criterion does not
 *   apply: on a line that does not apply, what it would have been worth;
 *   on a line that applies, what it was worth before the points of those
 *   that do not apply were shared to it (see {@link scoreSubjects}).
 *
 * @example
 * ```ts
 * const line: ScoreBreakdownEntry = {
 *   criterion: "weekly-posts", title: "Tỷ lệ tuần đạt chỉ tiêu đăng tin, bài", measurement: "quota-met-rate",
 *   status: "measured", value: 0.9, normalised: 0.9, points: 54, maxPoints: 60, detail: "9/10 tuần đạt",
 *   explanation: "Tỷ lệ tuần đạt chỉ tiêu đăng tin, bài: 0,9 (9/10 tuần đạt; mục tiêu 1) → 90% → 54/60 điểm.",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ScoreBreakdownEntry {
  readonly criterion: string
  /** The criterion's title in the locale asked for. */
  readonly title: string
  readonly measurement: string
  readonly status: MeasurementStatus
  readonly value: number
  /** With `perStaff`: the measurement before division. */
  readonly measured?: number
  /** With `perStaff`: the unit's staff on the scoring date. */
  readonly staff?: number
  readonly normalised: number
  readonly points: number
  readonly maxPoints: number
  readonly nominalMaxPoints?: number
  readonly penalty?: true
  readonly missing?: true
  readonly detail?: string
  readonly explanation: string
}

/**
 * The score of one unit or person for one period. Contract v1's
 * `scores[]` entry (`subject`, `period`, `total`, `rank`, `tier`,
 * `breakdown`) is a subset of it.
 *
 * - `total`: the sum of the breakdown's points (penalties subtract; it can
 *   go below 0); `maxTotal`: the sum of the positive criteria's `maxPoints`;
 * - `rank`: standard competition ranking by total within `peerGroup`
 *   (1, 2, 2, 4); `peers`: how many were ranked in the group;
 *   `percentile`: the share of the other peers with a strictly lower total
 *   (3 decimals; 1 alone);
 * - `tier`: the tier id (`excellent`…), `tierLabel` its label;
 *   `cappedFrom`: the better tier the total reached but a cap kept it out of;
 * - `incomplete`: some criterion had no usable measurement (`missing`
 *   lists them); its points count as 0 and it is never proposed for
 *   commendation by default;
 * - `notApplicable`: the criteria that do not apply to the subject in the
 *   period (their points shared among those that apply, so `maxTotal`
 *   stays the same); not applicable is not missing: the score stays
 *   complete.
 *
 * @example
 * ```ts
 * const score: SubjectScore = {
 *   subject: { unit: "thcs-lac-son" }, period: "2024-11", total: 87.5, maxTotal: 100, rank: 3, peers: 26, percentile: 0.88,
 *   tier: "good", tierLabel: "Hoàn thành tốt nhiệm vụ", peerGroup: "kind:lower-secondary", peerGroupLabel: "Trường Trung học cơ sở",
 *   incomplete: false, missing: [], notApplicable: [], breakdown: [],
 *   explanation: "Tổng 87,5/100 điểm; xếp thứ 3/26 trong nhóm \"Trường Trung học cơ sở\"; xếp loại \"Hoàn thành tốt nhiệm vụ\".",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SubjectScore {
  readonly subject: ScoreSubject
  readonly period: string
  readonly total: number
  readonly maxTotal: number
  readonly rank: number
  readonly peers: number
  readonly percentile: number
  readonly tier: string
  readonly tierLabel: string
  readonly cappedFrom?: string
  readonly peerGroup: string
  readonly peerGroupLabel: string
  readonly incomplete: boolean
  readonly missing: ReadonlyArray<string>
  readonly notApplicable: ReadonlyArray<string>
  readonly breakdown: ReadonlyArray<ScoreBreakdownEntry>
  readonly explanation: string
}

/**
 * A unit or person that no criterion earning points applies to in the
 * period (every positive criterion `not-applicable`): it gets no score, no
 * rank and no tier — not a 0 — and is not counted among its peers. Its
 * breakdown shows each criterion with its reason.
 *
 * @example
 * ```ts
 * const unscored: UnscoredSubject = {
 *   subject: { unit: "mn-hoa-ban" }, period: "2024-11", peerGroup: "kind:kindergarten", peerGroupLabel: "Trường Mầm non",
 *   notApplicable: ["weekly-posts", "deadlines"], breakdown: [],
 *   explanation: "Không chấm điểm tháng 11/2024: không có tiêu chí cộng điểm nào áp dụng với đơn vị (…); không xếp hạng, không xếp loại.",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface UnscoredSubject {
  readonly subject: ScoreSubject
  readonly period: string
  readonly peerGroup: string
  readonly peerGroupLabel: string
  readonly notApplicable: ReadonlyArray<string>
  readonly breakdown: ReadonlyArray<ScoreBreakdownEntry>
  readonly explanation: string
}

/**
 * Options for {@link scoreSubjects}:
 *
 * - `hierarchy`: the units and people;
 * - `period`: the period scored (`2024-11`, `2024-2025/HK1`…);
 * - `on`: the local date the tree, staff and peer groups are read on
 *   (default: the period's last day in `timeZone`);
 * - `peers`: whom subjects are ranked against (default: the policy's
 *   `ranking.peers`, itself `kind` by default);
 * - `locale`: explanations in Vietnamese (`vi`, default) or English.
 *
 * @example
 * ```ts
 * const options: ScoreSubjectsOptions = { hierarchy, period: "2024-11", on: "2024-11-30", peers: "kind", locale: "vi" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ScoreSubjectsOptions {
  readonly hierarchy: Hierarchy
  readonly period: string
  readonly on?: LocalDate
  readonly peers?: PeerScope
  readonly locale?: Locale
  readonly timeZone?: string
}

/**
 * The result of {@link scoreSubjects}: the scores (units first, then people;
 * within each, peer group by group — by kind in the order of `UNIT_KINDS`,
 * otherwise in tree order — best rank first, then by id), the subjects no
 * criterion earning points applies to (`unscored`, in the same order of
 * groups, then by id), and the problems found in the measurements.
 *
 * @example
 * ```ts
 * const { scores, unscored, issues }: ScoreSubjectsResult = scoreSubjects(policy, measurements, { hierarchy, period: "2024-11" })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ScoreSubjectsResult {
  readonly scores: ReadonlyArray<SubjectScore>
  readonly unscored: ReadonlyArray<UnscoredSubject>
  readonly issues: ReadonlyArray<DataIssue>
}

const lastDayOf = (period: string, timeZone: string | undefined): LocalDate => {
  const { end } = periodBounds(period, timeZone === undefined ? {} : { timeZone })
  return localDateOf(end - 1, timeZone === undefined ? {} : { timeZone })
}

/**
 * Scores every unit and person the policy's criteria apply to on the
 * scoring date, from measurements supplied by the caller.
 *
 * - Subjects: the units active on `on` that some unit criterion applies to,
 *   and the people of those units active on `on` that some person criterion
 *   applies to — whether or not they have measurements, so that a school
 *   with no data shows up as incomplete rather than vanishing.
 * - Missing data (thiếu số liệu): a criterion whose measurement is absent,
 *   `null`, conflicting (two different values, or a value and "not
 *   applicable", for one subject) or, with `perStaff`, divided by a staff
 *   of 0, is shown in the breakdown with `status: "missing"` and
 *   `missing: true`, earns 0 points (a penalty takes nothing) and marks the
 *   score `incomplete`. Never a silent zero: the explanation says what is
 *   missing.
 * - Not applicable (không áp dụng): a criterion whose measurement says
 *   `status: "not-applicable"` is shown with that status and its reason,
 *   earns and takes nothing (`maxPoints` 0), and does not make the score
 *   incomplete. Its points are shared among the subject's positive
 *   criteria that apply, in proportion to what each is worth: a criterion
 *   worth `p` of a subject's maximum `M`, of which `A` applies, is worth
 *   `p × M / A` — so the maximum stays `M` and a perfect subject still
 *   reaches it. Penalties are not shared (a penalty that does not apply
 *   takes nothing). Line maxima are rounded to hundredths by largest
 *   remainder (ties: the criterion listed first) so that they add up to
 *   `maxTotal` exactly, and points are the normalised share of the line's
 *   maximum. A subject no positive criterion applies to gets no score: it
 *   is in `unscored`, not ranked, not rated, not counted among its peers.
 * - Peers: `min-max` and `percentile` criteria and ranks compare a subject
 *   with its peer group only (`peers`: `kind` by default), among the peers
 *   with a usable value.
 * - Ranking and tiers: see {@link SubjectScore} and `ScoringTierSchema`.
 *
 * Never throws on bad measurements: each is an issue and is left out
 * (measurements of another `period`, or for a measurement no criterion
 * reads, are left out silently). An invalid policy is a programming error
 * and throws a `RangeError` (validate with `parseScoringPolicy`). The result
 * does not depend on the order of the measurements.
 *
 * @example
 * ```ts
 * const { scores } = scoreSubjects(
 *   {
 *     criteria: [
 *       { id: "weekly-posts", title: { vi: "Tỷ lệ tuần đạt chỉ tiêu đăng tin, bài" }, measurement: "quota-met-rate",
 *         subjects: { type: "unit", kinds: ["lower-secondary"] }, normalisation: { type: "linear", target: 1 }, weight: 60 },
 *       { id: "deadlines", title: { vi: "Hoàn thành nhiệm vụ đúng hạn" }, measurement: "deadline-on-time-rate",
 *         subjects: { type: "unit", kinds: ["lower-secondary"] }, normalisation: { type: "linear", target: 1 }, weight: 40 },
 *     ],
 *   },
 *   [
 *     { subject: { unit: "thcs-lac-son" }, measurement: "quota-met-rate", value: 0.9 },
 *     { subject: { unit: "thcs-lac-son" }, measurement: "deadline-on-time-rate", value: 1 },
 *   ],
 *   { hierarchy, period: "2024-11" },
 * )
 * scores[0]
 * //=> { subject: { unit: "thcs-lac-son" }, period: "2024-11", total: 94, maxTotal: 100, rank: 1, peers: 1, percentile: 1,
 * //     tier: "excellent", tierLabel: "Hoàn thành xuất sắc nhiệm vụ", peerGroup: "kind:lower-secondary", …,
 * //     breakdown: [{ criterion: "weekly-posts", value: 0.9, normalised: 0.9, points: 54, maxPoints: 60, … }, …] }
 * ```
 * @since 0.1.0
 * @category scoring
 */
export const scoreSubjects = (
  policy: ScoringPolicyInput | ScoringPolicy,
  measurements: ReadonlyArray<Measurement> | unknown,
  options: ScoreSubjectsOptions,
): ScoreSubjectsResult => {
  const parsed = policyOrThrow(policy, "scoreSubjects")
  const { hierarchy, period } = options
  if (parsePeriodId(period) === undefined) throw new RangeError(`scoreSubjects: invalid period id ${JSON.stringify(period)}`)
  const locale: Locale = options.locale ?? "vi"
  const on = options.on ?? lastDayOf(period, options.timeZone)
  const scope = options.peers ?? parsed.ranking.peers
  const tree = treeAt(hierarchy, on)
  const criteria = parsed.criteria
  const members = membersOf(hierarchy, tree, criteria, scope, locale)
  const byKey = new Map(members.map((member) => [member.key, member]))
  const issues: Array<DataIssue> = []
  const used = new Set(criteria.map((criterion) => criterion.measurement))
  const index = indexMeasurements(measurements, period, used, byKey, on, issues)
  const raws = rawsOf(members, index, criteria, tree)
  // Groups in the order of their first member (tree order), members in tree order.
  const groups = new Map<string, Array<number>>()
  members.forEach((member, m) => {
    const list = groups.get(member.group)
    if (list === undefined) groups.set(member.group, [m])
    else list.push(m)
  })
  const context: GroupContext = {
    policy: parsed,
    period,
    // Inside a sentence: "tháng 11/2024", "semester I of…" — but an English month keeps its capital.
    periodLabel:
      locale === "en" && parsePeriodId(period)?.kind === "month" ? formatPeriod(period, { locale }) : lowerFirst(formatPeriod(period, { locale })),
    on,
    locale,
    members,
    raws,
    worth: new Map(),
    missingTexts: new Map(),
  }
  const results = [...groups.values()].map((group) => scoreGroup(context, group))
  const scores = results.flatMap((result) => result.scores)
  // Units before people, then group by group — by kind in the order of
  // UNIT_KINDS (the Sở, the Phòng, then schools from mầm non up), otherwise
  // in the tree order of their first member — then best rank first, then id.
  const kindRank = (group: string): number => UNIT_KINDS.indexOf(group.slice(group.indexOf("kind:") + 5) as UnitKind)
  const groupOrder = new Map(
    [...groups.keys()].map((id, g) => [id, scope === "kind" ? kindRank(id) : g]),
  )
  const keyed = scores.map((score) => ({
    score,
    person: "person" in score.subject ? 1 : 0,
    group: groupOrder.get(score.peerGroup) as number,
    id: keyOf(score.subject),
  }))
  keyed.sort((a, b) => a.person - b.person || a.group - b.group || a.score.rank - b.score.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const unscored = results
    .flatMap((result) => result.unscored)
    .map((entry) => ({
      entry,
      person: "person" in entry.subject ? 1 : 0,
      group: groupOrder.get(entry.peerGroup) as number,
      id: keyOf(entry.subject),
    }))
    .sort((a, b) => a.person - b.person || a.group - b.group || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ entry }) => entry)
  return { scores: keyed.map((entry) => entry.score), unscored, issues }
}
