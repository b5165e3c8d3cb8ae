/**
 * Commendation candidates: who a review conference may propose for
 * "biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu trong việc thực
 * hiện mô hình" (plan V.7.1), read off the scores. A proposal, never a
 * decision: the emulation council (Hội đồng thi đua – khen thưởng) decides.
 *
 * @since 0.1.0
 * @module
 */
import type { Locale } from "@lantoa/core"
import { formatNumber, textIn } from "./internal/format.js"
import { policyOrThrow } from "./internal/policy.js"
import type { ScoreSubject } from "./Measurement.js"
import type { SubjectScore } from "./ScoreSubjects.js"
import type { ScoringPolicy, ScoringPolicyInput } from "./ScoringPolicy.js"

/**
 * A subject of a commendable tier, proposed or passed over, with the reason
 * in the locale asked for.
 *
 * @example
 * ```ts
 * const verdict: CommendationVerdict = {
 *   subject: { unit: "thcs-lac-son" }, period: "2024-2025/HK1", peerGroup: "kind:lower-secondary",
 *   total: 96, rank: 1, tier: "excellent", proposed: true,
 *   reason: "Xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" (96 điểm, thứ 1/26 trong nhóm \"Trường Trung học cơ sở\"), đủ số liệu, không bị trừ điểm: đề nghị biểu dương, khen thưởng.",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface CommendationVerdict {
  readonly subject: ScoreSubject
  readonly period: string
  readonly peerGroup: string
  readonly total: number
  readonly rank: number
  readonly tier: string
  readonly proposed: boolean
  readonly reason: string
}

/**
 * The result of {@link commendationCandidates}: those proposed, and those of
 * a commendable tier passed over, each with the reason.
 *
 * @example
 * ```ts
 * const { candidates, passedOver }: CommendationCandidates = commendationCandidates(scores, policy)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface CommendationCandidates {
  readonly candidates: ReadonlyArray<CommendationVerdict>
  readonly passedOver: ReadonlyArray<CommendationVerdict>
}

/**
 * Proposes commendation candidates from scores, under the policy's
 * `commendation` rules:
 *
 * 1. the subject's tier is one of `commendation.tiers` (default: the best
 *    tier, "Hoàn thành xuất sắc nhiệm vụ") — so the tier caps also cap the
 *    candidates;
 * 2. with `requireComplete` (default), its score is not `incomplete`: a
 *    unit is not commended on partial data;
 * 3. with `excludePenalised` (default), no penalty criterion took points
 *    from it (e.g. no false information posted or shared — plan V.5.1).
 *
 * Subjects of those tiers that fail 2 or 3 are `passedOver`, with the
 * reason, so the council sees who was close. Both lists come in the order
 * of the scores.
 *
 * @example
 * ```ts
 * const { candidates, passedOver } = commendationCandidates(scores, policy)
 * candidates.map((c) => c.subject) //=> [{ unit: "thcs-lac-son" }]
 * passedOver[0]?.reason
 * //=> "Xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" (92 điểm, thứ 2/26 …) nhưng bị trừ điểm: Đăng tải, chia sẻ thông tin sai sự thật (−10): chưa đề nghị."
 * ```
 * @since 0.1.0
 * @category scoring
 */
export const commendationCandidates = (
  scores: ReadonlyArray<SubjectScore>,
  policy: ScoringPolicyInput | ScoringPolicy,
  options: { readonly locale?: Locale } = {},
): CommendationCandidates => {
  const parsed = policyOrThrow(policy, "commendationCandidates")
  const locale = options.locale ?? "vi"
  const vi = locale !== "en"
  const rules = parsed.commendation
  const tiers = new Set(rules.tiers ?? [parsed.tiers[0]?.id ?? ""])
  const candidates: Array<CommendationVerdict> = []
  const passedOver: Array<CommendationVerdict> = []
  for (const score of scores) {
    if (!tiers.has(score.tier)) continue
    const tier = parsed.tiers.find((entry) => entry.id === score.tier)
    const label = tier === undefined ? score.tier : textIn(tier.label, locale)
    const points = formatNumber(score.total, locale)
    const standing = vi
      ? `Xếp loại "${label}" (${points} điểm, thứ ${score.rank}/${score.peers} trong nhóm "${score.peerGroupLabel}")`
      : `Rated "${label}" (${points} points, ${score.rank} of ${score.peers} in "${score.peerGroupLabel}")`
    const problems: Array<string> = []
    if (rules.requireComplete && score.incomplete) {
      const titles = score.breakdown.filter((line) => line.missing === true).map((line) => line.title)
      problems.push(vi ? `thiếu số liệu: ${titles.join("; ")}` : `missing data: ${titles.join("; ")}`)
    }
    if (rules.excludePenalised) {
      const penalties = score.breakdown.filter((line) => line.penalty === true && line.points < 0)
      if (penalties.length > 0) {
        const list = penalties.map((line) => `${line.title} (${formatNumber(line.points, locale)})`).join("; ")
        problems.push(vi ? `bị trừ điểm: ${list}` : `penalised: ${list}`)
      }
    }
    const base = {
      subject: score.subject,
      period: score.period,
      peerGroup: score.peerGroup,
      total: score.total,
      rank: score.rank,
      tier: score.tier,
    }
    if (problems.length === 0) {
      const conditions = [
        ...(rules.requireComplete ? [vi ? "đủ số liệu" : "complete data"] : []),
        ...(rules.excludePenalised ? [vi ? "không bị trừ điểm" : "no penalty"] : []),
      ]
      const reason = vi
        ? `${standing}${conditions.length > 0 ? `, ${conditions.join(", ")}` : ""}: đề nghị biểu dương, khen thưởng.`
        : `${standing}${conditions.length > 0 ? `, ${conditions.join(", ")}` : ""}: proposed for commendation.`
      candidates.push({ ...base, proposed: true, reason })
    } else {
      const reason = vi
        ? `${standing} nhưng ${problems.join("; ")}: chưa đề nghị.`
        : `${standing} but ${problems.join("; ")}: not proposed.`
      passedOver.push({ ...base, proposed: false, reason })
    }
  }
  return { candidates, passedOver }
}
