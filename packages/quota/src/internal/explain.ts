/**
 * Explanations: one sentence per result that a clerk can read aloud — the
 * rule (id and title), the policy and its version, the period, what was
 * counted against what was required, and what is missing or why nothing
 * was owed. Vietnamese by default, English on request. Subjects are never
 * named (results carry their ids): no person's name enters a sentence.
 */
import { formatPeriod, formatShortDate, type Locale } from "@lantoa/core"
import type { QuotaRule } from "../QuotaRule.js"
import type { QuotaStatus } from "../QuotaResult.js"

/** The policy a verdict was reached under. */
export interface PolicyRef {
  readonly id: string
  readonly version: string
}

/** The facts one explanation states. */
export interface ExplainFacts {
  readonly status: QuotaStatus
  readonly counted: number
  readonly required: number
  readonly owed: number
  readonly periodDays: number
  readonly matched: number
  readonly distinct: number
  /** For an open result in a running period: what was due by the end of `today`; else −1. */
  readonly expected: number
  /** Whether the period has started and not ended at `now`. */
  readonly running: boolean
  /** For an exempt result: the reasons (exemptions met), empty when the rule did not apply on the subject's days. */
  readonly reasons: ReadonlyArray<string>
}

/** The words a rule's counts go by, from the kinds it counts. */
const nounOf = (rule: QuotaRule, locale: Locale): string => {
  const kinds = new Set<string>(rule.counts.kinds)
  const within = (allowed: ReadonlyArray<string>): boolean => [...kinds].every((kind) => allowed.includes(kind))
  const en = locale === "en"
  if (within(["post", "share", "article"])) return en ? "posts" : "tin, bài"
  if (within(["reaction"])) return en ? "reactions" : "lượt thích"
  if (within(["comment"])) return en ? "comments" : "bình luận"
  if (within(["message"])) return en ? "messages" : "tin nhắn"
  return en ? "activities" : "hoạt động"
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

/** A period's name inside a sentence: "tuần 46 năm 2024 (11/11/2024 – 17/11/2024)", "November 2024". */
export const periodLabel = (id: string, locale: Locale): string => {
  const label = formatPeriod(id, { locale })
  // English month names keep their capital; every other label starts lower case mid-sentence.
  return locale === "en" && /^[A-Z][a-z]+ \d{4}$/.test(label) ? label : lowerFirst(label)
}

/** The texts of one rule in one locale, with its fixed parts built once. */
export interface RuleTexts {
  readonly explain: (period: string, facts: ExplainFacts, today: string) => string
}

export const ruleTexts = (rule: QuotaRule, locale: Locale, policy: PolicyRef | undefined): RuleTexts => {
  const en = locale === "en"
  const title = en ? (rule.title.en ?? rule.title.vi) : rule.title.vi
  const cited =
    policy === undefined
      ? title
      : en
        ? `${title}; policy ${policy.id} version ${policy.version}`
        : `${title}; chính sách ${policy.id} phiên bản ${policy.version}`
  const prefix = en ? `Rule ${rule.id} (${cited}): ` : `Quy định ${rule.id} (${cited}): `
  const noun = nounOf(rule, locale)
  const cap = rule.cap

  const exemptText = (period: string, facts: ExplainFacts): string => {
    const why =
      facts.reasons.length > 0 ? facts.reasons.join("; ") : en ? "outside the rule's dates" : "ngoài thời gian áp dụng quy định"
    const seen = facts.counted > 0 ? (en ? `; ${facts.counted} ${noun} recorded` : `; ghi nhận ${facts.counted} ${noun}`) : ""
    return en ? `${prefix}${period}: nothing required (${why})${seen}.` : `${prefix}${period}: không phải thực hiện (${why})${seen}.`
  }

  const explain = (period: string, facts: ExplainFacts, today: string): string => {
    if (facts.status === "exempt") return exemptText(period, facts)
    const { counted, required, owed, periodDays, matched, distinct, status } = facts
    // Notes on the period, in one parenthesis: still running, prorated.
    const notes: Array<string> = []
    if (status === "open") notes.push(facts.running ? (en ? "in progress" : "đang diễn ra") : en ? "not started yet" : "chưa bắt đầu")
    if (owed < periodDays) {
      notes.push(
        en
          ? `only ${owed} of its ${periodDays} days apply, so ${required} required`
          : `chỉ tính ${owed}/${periodDays} ngày trong kỳ nên mức yêu cầu là ${required}`,
      )
    }
    let text = prefix + period
    if (notes.length > 0) text += ` (${notes.join("; ")})`
    if (status === "open" && facts.running) text += en ? " so far" : " đến nay"
    text += en ? ` has ${counted}/${required} ${noun}` : ` có ${counted}/${required} ${noun}`
    if (matched > distinct) {
      text += en ? ` (${matched} activities; each item counts once)` : ` (${matched} hoạt động; mỗi tin, bài chỉ tính một lần)`
    }
    if (cap !== undefined && distinct > cap) text += en ? ` (at most ${cap} count)` : ` (tính tối đa ${cap})`
    const missing = required - counted
    if (status === "met") return text + (en ? "; met." : "; đạt.")
    if (status === "short") return text + (en ? `; ${missing} missing.` : `; còn thiếu ${missing}.`)
    if (facts.expected < 0) return text + (en ? `; ${missing} still needed.` : `; còn thiếu ${missing}.`)
    const due = en ? today : formatShortDate(today)
    const onTrack = counted >= facts.expected
    return (
      text +
      (en
        ? `; ${missing} still needed. On pace, ${facts.expected} were due by the end of ${due}: ${onTrack ? "on track" : "behind"}.`
        : `; còn thiếu ${missing}. Theo tiến độ, đến hết ngày ${due} cần có ${facts.expected}: ${onTrack ? "đúng tiến độ" : "chậm tiến độ"}.`)
    )
  }
  return { explain }
}
