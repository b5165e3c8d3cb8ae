/**
 * The check before a post is published (kiểm duyệt trước khi đăng): the
 * plan asks units never to post or share fake, untrue or unverified
 * information, and has the Sở's divisions and the five Tổ Truyền thông
 * approve posts by topic. `moderator.checkPost` finds cue phrases of
 * unverified information ("nghe nói", "chưa kiểm chứng"), a missing source,
 * the post's topic and its approver, and any lexicon match.
 *
 * @since 0.1.0
 * @module
 */
import type { InstantInput, Locale } from "@lantoa/core"
import { hostOf, linksIn } from "./internal/links.js"
import { NO_DIACRITICS, STRIPPED, scan } from "./internal/matcher.js"
import { normalizeInto } from "./internal/normalizer.js"
import type { ModerationTopic } from "./ModerationPolicy.js"
import type { ModerationResult, ModeratorInternals } from "./Moderator.js"

/**
 * Options of `moderator.checkPost`: the topic if the author chose one
 * (otherwise it is found from the topics' cues), the sources the post
 * cites (links or names), when it is to be published, and the locale of
 * the messages (`vi` by default).
 *
 * @example
 * ```ts
 * const options: PostCheckOptions = { topic: "secondary", sources: ["https://moet.gov.vn/tintuc/…"], locale: "en" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PostCheckOptions {
  readonly topic?: string
  readonly sources?: ReadonlyArray<string>
  readonly at?: InstantInput
  readonly locale?: Locale
}

/**
 * What a pre-publication check can find: a cue of unverified information
 * (`unverified-cue`, blocks), a lexicon match (`lexicon-match`, blocks), a
 * topic that the policy does not have (`unknown-topic`, blocks), no source
 * (`missing-source`, a warning: a school's own news needs none), no topic
 * found to route the post (`no-topic`, a warning).
 *
 * @example
 * ```ts
 * const code: PostProblemCode = "missing-source"
 * ```
 * @since 0.1.0
 * @category models
 */
export type PostProblemCode = "unverified-cue" | "lexicon-match" | "unknown-topic" | "missing-source" | "no-topic"

/**
 * One problem of a post, with its place in the text when it has one.
 *
 * @example
 * ```ts
 * const problem: PostProblem = {
 *   code: "unverified-cue", severity: "error", start: 0, end: 8, term: "nghe nói",
 *   message: "Có dấu hiệu thông tin chưa được kiểm chứng: \"Nghe nói\". Hãy kiểm chứng với nguồn chính thống trước khi đăng.",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PostProblem {
  readonly code: PostProblemCode
  /** `error` blocks publication (`ok` is false); `warning` does not. */
  readonly severity: "error" | "warning"
  readonly message: string
  readonly start?: number
  readonly end?: number
  readonly term?: string
  readonly category?: string
}

/**
 * A cue phrase of unverified information found in a post.
 *
 * @example
 * ```ts
 * const cue: PostCue = { cue: "nghe nói", start: 0, end: 8, text: "Nghe nói" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PostCue {
  readonly cue: string
  readonly start: number
  readonly end: number
  readonly text: string
}

/**
 * The result of `moderator.checkPost`: whether the post may go to its
 * approver as is (`ok`: no blocking problem), the problems, the topic and
 * how it was chosen (`given`, `detected` from cues, or `default`: the
 * policy's topic without cues, "Các vấn đề khác"), the approver of that
 * topic, whether a human must look closer (`review`), the cues found and the
 * full lexicon check.
 *
 * @example
 * ```ts
 * const result: PostCheckResult = moderator.checkPost("Nghe nói trường THCS Lạc Sơn sắp sáp nhập")
 * result.ok       //=> false
 * result.topic    //=> "secondary"
 * result.approver //=> { team: "to-truyen-thong-trung-hoc" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PostCheckResult {
  readonly ok: boolean
  readonly problems: ReadonlyArray<PostProblem>
  readonly topic: string | undefined
  readonly topicSource: "given" | "detected" | "default" | undefined
  readonly approver: ModerationTopic["approver"] | undefined
  readonly review: boolean
  readonly cues: ReadonlyArray<PostCue>
  readonly moderation: ModerationResult
}

// "Nguồn: …", "Nguon: …", "Source: …", on a line of its own or after the
// text ("… (Nguồn: Báo Hòa Bình)").
const SOURCE_LINE = /(?:^|[\s(\[>*_–—-])(?:nguồn|nguon|source)[ \t]*:/iu

const hasSource = (text: string, sources: ReadonlyArray<string> | undefined): boolean =>
  (sources ?? []).some((source) => source.trim() !== "") ||
  linksIn(text).some((link) => hostOf(link) !== undefined) ||
  SOURCE_LINE.test(text.normalize("NFC"))

const say = (locale: Locale, vi: string, en: string): string => (locale === "en" ? en : vi)

/** The pre-publication check of a compiled moderator. @internal */
export const checkPostWith = (m: ModeratorInternals, text: string, options: PostCheckOptions): PostCheckResult => {
  if (typeof text !== "string") throw new TypeError(`moderator.checkPost: the text must be a string, got ${typeof text}.`)
  const locale = options.locale ?? "vi"
  const moderation = m.check(text, options.at === undefined ? { kind: "post" } : { kind: "post", at: options.at })
  const { policy } = m
  const cueCount = policy.unverifiedCues.length
  const topicOfCue: Array<number> = []
  policy.topics.forEach((topic, index) => {
    for (let i = 0; i < topic.cues.length; i++) topicOfCue.push(index)
  })
  const cues: Array<PostCue> = []
  const topicHits = new Array<number>(policy.topics.length).fill(0)
  if (m.cues !== undefined) {
    normalizeInto(m.scratch, text)
    scan(m.cues, m.scratch, m.hits)
    const unaccented = m.scratch.unaccented
    const hits = m.hits
    for (let i = 0; i < hits.count; i++) {
      const termIndex = hits.term[i] as number
      const term = m.cues.terms[termIndex]
      if (term === undefined) continue
      // A one-syllable cue typed without diacritics counts only in a text typed so.
      const relation = hits.relation[i]
      if ((relation === NO_DIACRITICS || relation === STRIPPED) && term.syllables === 1 && !unaccented) continue
      const start = hits.start[i] as number
      const end = hits.end[i] as number
      if (termIndex < cueCount) {
        if (!cues.some((cue) => cue.start < end && start < cue.end)) cues.push({ cue: term.term, start, end, text: text.slice(start, end) })
      } else {
        const topic = topicOfCue[termIndex - cueCount] as number
        topicHits[topic] = (topicHits[topic] as number) + 1
      }
    }
    cues.sort((a, b) => a.start - b.start || a.end - b.end)
  }

  const problems: Array<PostProblem> = []
  for (const cue of cues) {
    problems.push({
      code: "unverified-cue",
      severity: "error",
      message: say(
        locale,
        `Có dấu hiệu thông tin chưa được kiểm chứng: "${cue.text}". Hãy kiểm chứng với nguồn chính thống trước khi đăng.`,
        `A cue of unverified information: "${cue.text}". Check it against an official source before posting.`,
      ),
      start: cue.start,
      end: cue.end,
      term: cue.cue,
    })
  }
  for (const match of moderation.matches) {
    // The same words as a cue already reported.
    if (match.category === "unverified" && cues.some((cue) => cue.start <= match.start && match.end <= cue.end)) continue
    const title = m.rules.get(match.category)?.title
    problems.push({
      code: "lexicon-match",
      severity: "error",
      message: say(
        locale,
        `Có nội dung thuộc nhóm "${title?.vi ?? match.category}": "${match.text}".`,
        `Content in the category "${title?.en ?? match.category}": "${match.text}".`,
      ),
      start: match.start,
      end: match.end,
      term: match.term,
      category: match.category,
    })
  }
  if (!hasSource(text, options.sources)) {
    problems.push({
      code: "missing-source",
      severity: "warning",
      message: say(
        locale,
        'Bài viết chưa ghi nguồn: không có đường dẫn, dòng "Nguồn:" hay nguồn kèm theo.',
        'The post cites no source: no link, no "Nguồn:" line and no source given.',
      ),
    })
  }

  let topic: ModerationTopic | undefined
  let topicSource: PostCheckResult["topicSource"]
  if (options.topic !== undefined) {
    topic = policy.topics.find((candidate) => candidate.id === options.topic)
    topicSource = "given"
    if (topic === undefined) {
      problems.push({
        code: "unknown-topic",
        severity: "error",
        message: say(locale, `Không có chủ đề "${options.topic}" trong chính sách.`, `There is no topic "${options.topic}" in the policy.`),
      })
    }
  } else {
    let best = -1
    topicHits.forEach((count, index) => {
      if (count > 0 && (best < 0 || count > (topicHits[best] as number))) best = index
    })
    if (best >= 0) {
      topic = policy.topics[best]
      topicSource = "detected"
    } else {
      topic = policy.topics.find((candidate) => candidate.cues.length === 0)
      topicSource = topic === undefined ? undefined : "default"
    }
    if (topic === undefined) {
      problems.push({
        code: "no-topic",
        severity: "warning",
        message: say(
          locale,
          "Chưa xác định được chủ đề của bài để chuyển người duyệt; hãy chọn chủ đề.",
          "No topic could be found to route the post to its approver; choose one.",
        ),
      })
    }
  }
  const ok = !problems.some((problem) => problem.severity === "error")
  return {
    ok,
    problems,
    topic: topic?.id,
    topicSource,
    approver: topic?.approver,
    review: moderation.review || !ok,
    cues,
    moderation,
  }
}
