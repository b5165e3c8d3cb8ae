/**
 * Controlling comments on the units' Fanpages (kiểm soát bình luận, Nhiệm
 * vụ 4 and 5 of the plan) with the hoaBinh2024 policy: a generated stream of
 * school-page comments — everyday ones, many with words that look vulgar
 * when written without diacritics (các, điểm, đi, lớn, du lịch, lon nước…),
 * and a few with the policy's terms disguised (dots, spaces, leetspeak,
 * teencode, look-alike letters, zero-width characters) — checked one by one.
 * Each verdict prints the comment with the matched spans marked «…», the
 * categories, the actions with their deadlines, and whether a person must
 * decide (review) before anything is hidden.
 *
 *   npx tsx --conditions=@lantoa/source examples/moderate-comments.ts
 */
import assert from "node:assert/strict"
import { createModerator, type ModerationResult } from "@lantoa/moderation"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateComments } from "@lantoa/sample-province"

const moderator = createModerator(hoaBinh2024)
const DETECTED = "2024-11-12T09:00:00+07:00"

// Terms of the policy's own lexicon, planted in disguise in 15 % of the comments.
const terms = (hoaBinh2024.moderation?.lexicon ?? [])
  .filter((entry) => entry.term.includes(" ")) // phrases: a disguised phrase still reads as one
  .map((entry) => ({ term: entry.term, category: entry.category }))
const comments = generateComments({ seed: "vi-du-kiem-duyet", count: 2_000, terms, injectShare: 0.15 })

/** The comment with each matched span marked «…» (spans point into the original text). */
const highlight = (text: string, result: ModerationResult): string => {
  const spans = [...result.matches].sort((a, b) => a.start - b.start)
  let out = ""
  let at = 0
  for (const span of spans) {
    if (span.start < at) continue
    out += `${text.slice(at, span.start)}«${text.slice(span.start, span.end)}»`
    at = span.end
  }
  return out + text.slice(at)
}

const ACTION_VI: Readonly<Record<string, string>> = {
  hide: "ẩn bình luận",
  "report-account": "báo cáo tài khoản",
  rebut: "phản bác, dẫn nguồn chính thống",
  "escalate-internal": "báo cáo lãnh đạo xử lý nội bộ",
  "escalate-authorities": "đề nghị cơ quan chức năng xử lý",
  none: "không làm gì",
}

let flagged = 0
let hidden = 0
let toReview = 0
let cleanHidden = 0
let printed = 0
const byCategory = new Map<string, number>()
for (const comment of comments) {
  const result = moderator.check(comment.text, { at: DETECTED })
  if (result.matches.length === 0) continue
  flagged++
  if (result.review) toReview++
  const hides = result.actions.some((action) => action.action === "hide")
  if (hides) hidden++
  if (hides && comment.injected === undefined) cleanHidden++
  for (const category of result.categories) byCategory.set(category, (byCategory.get(category) ?? 0) + 1)
  if (printed < 8) {
    printed++
    console.log(`\n${comment.id}: ${highlight(comment.text, result)}`)
    if (comment.injected !== undefined) console.log(`  (cài sẵn: "${comment.injected.term}", kiểu viết ${comment.injected.variant})`)
    console.log(`  nhóm: ${result.categories.join(", ")}${result.review ? " — cần người xem xét trước khi xử lý" : ""}`)
    for (const action of result.actions) {
      const deadlines = action.slas.map((sla) => `${sla.id}${sla.deadline === undefined ? "" : ` trước ${sla.deadline}`}`)
      console.log(`  → ${ACTION_VI[action.action] ?? action.action}${deadlines.length > 0 ? ` (${deadlines.join("; ")})` : ""}`)
    }
    for (const held of result.heldForReview) console.log(`  ⏸ giữ lại chờ duyệt: ${ACTION_VI[held.action] ?? held.action}`)
  }
}

const planted = comments.filter((comment) => comment.injected !== undefined)
const caught = planted.filter((comment) => moderator.check(comment.text).matches.length > 0).length
const collisions = comments.filter((comment) => comment.collision !== undefined && comment.injected === undefined)
const collisionHits = collisions.filter((comment) => moderator.check(comment.text).matches.length > 0).length

console.log(`\nTỔNG HỢP ${comments.length} bình luận: ${flagged} bị gắn cờ, ${hidden} sẽ bị ẩn, ${toReview} cần người xem xét.`)
console.log(`Theo nhóm: ${[...byCategory].sort((a, b) => b[1] - a[1]).map(([category, n]) => `${category} ${n}`).join("; ")}`)
console.log(`Bình luận có từ cài sẵn (viết lách luật): ${caught}/${planted.length} được phát hiện.`)
console.log(`Bình luận sạch có từ dễ nhầm khi bỏ dấu (các, điểm, đi, lớn, du lịch…): ${collisionHits}/${collisions.length} bị gắn cờ.`)

// The facts this example shows, checked.
assert.equal(cleanHidden, 0, "no clean comment is hidden automatically")
assert.equal(collisionHits, 0, "words like các, điểm, du lịch, lon nước never match in accented comments")
assert.ok(caught / planted.length >= 0.9, `disguised terms are found (${caught}/${planted.length})`)
