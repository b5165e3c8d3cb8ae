/**
 * Leaderboards (bảng xếp hạng) with privacy defaults learned from
 * employee-advocacy tools: units are compared with peers of the same kind,
 * people are not ranked in public unless the policy asks (and then under
 * pseudonyms by default), and the lower half of a board is a count, not a
 * list of names — a board should encourage, not shame.
 *
 * @since 0.1.0
 * @module
 */
import { periodKindOf, type Locale } from "@lantoa/core"
import { hashCode } from "./internal/hash.js"
import { policyOrThrow } from "./internal/policy.js"
import type { ScoreSubject } from "./Measurement.js"
import type { SubjectScore } from "./ScoreSubjects.js"
import type { ScoringPolicy, ScoringPolicyInput } from "./ScoringPolicy.js"

/**
 * The periods a board can show: `week`, `month`, `semester`, `school-year`.
 *
 * @example
 * ```ts
 * LEADERBOARD_VIEWS //=> ["week", "month", "semester", "school-year"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const LEADERBOARD_VIEWS = ["week", "month", "semester", "school-year"] as const

/**
 * One of {@link LEADERBOARD_VIEWS}.
 *
 * @example
 * ```ts
 * const view: LeaderboardView = "semester"
 * ```
 * @since 0.1.0
 * @category models
 */
export type LeaderboardView = (typeof LEADERBOARD_VIEWS)[number]

/**
 * Options for {@link leaderboard}:
 *
 * - `view`: the kind of period shown (scores of other kinds are left out);
 *   `period` narrows to one period;
 * - `subjects`: `unit` (default) or `person`;
 * - `policy`: its `privacy` settings decide what is shown;
 * - `names`: the display name of a subject (e.g. from the hierarchy);
 *   never used on an anonymised board;
 * - `locale`: for pseudonyms and texts.
 *
 * @example
 * ```ts
 * const options: LeaderboardOptions = {
 *   view: "month", policy, names: (subject) => ("unit" in subject ? findUnit(hierarchy, subject.unit)?.name : undefined),
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface LeaderboardOptions {
  readonly view: LeaderboardView
  readonly period?: string
  readonly subjects?: "unit" | "person"
  readonly policy: ScoringPolicyInput | ScoringPolicy
  readonly names?: (subject: ScoreSubject) => string | undefined
  readonly locale?: Locale
}

/**
 * One line of a board. On an anonymised board there is no `subject` and no
 * `name`, only a stable `pseudonym`.
 *
 * @example
 * ```ts
 * const line: LeaderboardEntry = {
 *   rank: 1, subject: { unit: "thcs-lac-son" }, name: "Trường THCS Lạc Sơn", total: 96, maxTotal: 100,
 *   tier: "excellent", tierLabel: "Hoàn thành xuất sắc nhiệm vụ", incomplete: false,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface LeaderboardEntry {
  readonly rank: number
  readonly subject?: ScoreSubject
  readonly name?: string
  readonly pseudonym?: string
  readonly total: number
  readonly maxTotal: number
  readonly tier: string
  readonly tierLabel: string
  readonly incomplete: boolean
}

/**
 * The board of one peer group for one period: the lines shown, best rank
 * first, and how many were left unnamed in the lower half (`hidden`, with
 * a sentence).
 *
 * @example
 * ```ts
 * const board: LeaderboardBoard = {
 *   period: "2024-11", peerGroup: "kind:lower-secondary", title: "Trường Trung học cơ sở", size: 26,
 *   entries: [], hidden: 13, hiddenText: "13 đơn vị ở nửa dưới bảng (không nêu tên).",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface LeaderboardBoard {
  readonly period: string
  readonly peerGroup: string
  readonly title: string
  readonly size: number
  readonly entries: ReadonlyArray<LeaderboardEntry>
  readonly hidden: number
  readonly hiddenText?: string
}

/**
 * Leaderboards: one board per period and peer group, or none with the
 * reason in `withheld` (individual boards the policy does not enable).
 *
 * @example
 * ```ts
 * const board: Leaderboard = { view: "month", subjects: "person", boards: [], withheld: "Chính sách không cho phép công bố bảng xếp hạng cá nhân (privacy.individualBoards)." }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Leaderboard {
  readonly view: LeaderboardView
  readonly subjects: "unit" | "person"
  readonly boards: ReadonlyArray<LeaderboardBoard>
  readonly withheld?: string
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const subjectKey = (subject: ScoreSubject): string => ("unit" in subject ? subject.unit : subject.person)

/**
 * Builds leaderboards from scores, under the policy's privacy settings:
 *
 * - unit boards by default; person boards only with
 *   `privacy.individualBoards: true` (otherwise none, and `withheld` says
 *   why), and then under stable pseudonyms ("Cá nhân #K3F9Q2ZA", the same
 *   every period) unless `privacy.anonymise: false`;
 * - with `privacy.bottomHalf: "counts"` (default), a board names only
 *   those ranked in its upper half (rank ≤ ⌈size / 2⌉; a tie straddling
 *   the middle is shown whole) and counts the rest;
 * - boards are per peer group, as ranked: never a kindergarten against a
 *   THPT.
 *
 * @example
 * ```ts
 * const { boards } = leaderboard(scores, { view: "month", policy })
 * boards[0]
 * //=> { period: "2024-11", peerGroup: "kind:kindergarten", title: "Trường Mầm non", size: 4,
 * //     entries: [{ rank: 1, subject: { unit: "mn-sao-mai" }, total: 95, … }, { rank: 2, … }],
 * //     hidden: 2, hiddenText: "2 đơn vị ở nửa dưới bảng (không nêu tên)." }
 * leaderboard(scores, { view: "month", subjects: "person", policy }).withheld
 * //=> "Chính sách không cho phép công bố bảng xếp hạng cá nhân (privacy.individualBoards)."
 * ```
 * @since 0.1.0
 * @category leaderboards
 */
export const leaderboard = (scores: ReadonlyArray<SubjectScore>, options: LeaderboardOptions): Leaderboard => {
  const policy = policyOrThrow(options.policy, "leaderboard")
  const { privacy } = policy
  const locale = options.locale ?? "vi"
  const vi = locale !== "en"
  const subjects = options.subjects ?? "unit"
  const view = options.view
  if (subjects === "person" && !privacy.individualBoards) {
    return {
      view,
      subjects,
      boards: [],
      withheld: vi
        ? "Chính sách không cho phép công bố bảng xếp hạng cá nhân (privacy.individualBoards)."
        : "The policy does not allow individual leaderboards (privacy.individualBoards).",
    }
  }
  const anonymous = subjects === "person" && privacy.anonymise
  const groups = new Map<string, Array<SubjectScore>>()
  for (const score of scores) {
    if (("person" in score.subject) !== (subjects === "person")) continue
    if (periodKindOf(score.period) !== view) continue
    if (options.period !== undefined && score.period !== options.period) continue
    const key = `${score.period}\u0000${score.peerGroup}`
    const list = groups.get(key)
    if (list === undefined) groups.set(key, [score])
    else list.push(score)
  }
  const noun = subjects === "person" ? (vi ? "người" : "people") : vi ? "đơn vị" : "units"
  const boards: Array<LeaderboardBoard> = []
  for (const members of groups.values()) {
    const first = members[0] as SubjectScore
    const lines = members.map((score) => {
      const pseudonym = anonymous ? `${vi ? "Cá nhân" : "Person"} #${hashCode(`${privacy.pseudonymSeed}|${subjectKey(score.subject)}`)}` : undefined
      const name = anonymous ? undefined : options.names?.(score.subject)
      const entry: LeaderboardEntry = {
        rank: score.rank,
        ...(anonymous ? {} : { subject: score.subject }),
        ...(name === undefined ? {} : { name }),
        ...(pseudonym === undefined ? {} : { pseudonym }),
        total: score.total,
        maxTotal: score.maxTotal,
        tier: score.tier,
        tierLabel: score.tierLabel,
        incomplete: score.incomplete,
      }
      return { entry, order: pseudonym ?? subjectKey(score.subject) }
    })
    lines.sort((a, b) => a.entry.rank - b.entry.rank || compareText(a.order, b.order))
    const size = lines.length
    const upper = Math.ceil(size / 2)
    const shown = privacy.bottomHalf === "names" ? lines : lines.filter((line) => line.entry.rank <= upper)
    const hidden = size - shown.length
    boards.push({
      period: first.period,
      peerGroup: first.peerGroup,
      title: first.peerGroupLabel,
      size,
      entries: shown.map((line) => line.entry),
      hidden,
      ...(hidden === 0
        ? {}
        : {
            hiddenText: vi
              ? `${hidden} ${noun} ở nửa dưới bảng (không nêu tên).`
              : `${hidden} more ${noun} in the lower half (not named).`,
          }),
    })
  }
  boards.sort((a, b) => compareText(a.period, b.period))
  return { view, subjects, boards }
}
