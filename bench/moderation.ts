/**
 * Comment moderation: lantoa's moderator against the npm profanity filters
 * an integrator would reach for, given the same synthetic Vietnamese
 * lexicon, on the same generated comments, in the same run. The design is
 * that of the project's reference notes on moderation anchors (§6,
 * "Benchmark design"), rebuilt here:
 *
 * - **lexicon** — 2,000 terms over the plan's seven categories (≈4,000
 *   forms once folded): the hand-written seed terms below (written for this
 *   bench, none copied from a list), eleven collision-prone single
 *   syllables among them (fold `accented-only` where the folded form is a
 *   very common word — các, đi, điểm, phó — else `unaccented-writer`), and
 *   synthetic 2–3-syllable phrases (onset + rhyme + tone) whose syllables,
 *   folded, never occur in the background text, so they cannot match it by
 *   accident. An allow-list as a school would write it ("du lịch", "lon
 *   nước", "phòng học", "nguồn tin", "các bạn", "điểm cao"…).
 * - **anchors** get the lexicon as Vietnamese lists are shipped: every
 *   term accented ∪ folded (không dấu), lower case.
 *   - `obscenity` 0.4.6 (the anchor): `RegExpMatcher` with one `|form|`
 *     pattern per form (whole word, ASCII `\b`), `toAsciiLowerCase` as the
 *     only transformer, the allow-list (accented ∪ folded) as whitelisted
 *     terms; `hasMatch`.
 *   - `obscenity-english-preset`: `|folded|` patterns with the English
 *     preset's transformers (confusables, leetspeak, ASCII lower case,
 *     collapse duplicates), which fold text to không dấu themselves; folded
 *     whitelist. The "just use the recommended setup" configuration.
 *   - `bad-words` 4.1.5: `new Filter({ emptyList: true })`, `addWords(...forms)`,
 *     `isProfane` (no phrase allow-list exists).
 *   - `leo-profanity` 1.9.0: `clearList()`, `add(forms)`, `check` (single
 *     tokens only; its whitelist takes words, not phrases, so none given).
 * - **workload** (`@lantoa/sample-province`'s `generateComments`, seed
 *   20261126): 102,000 comments (100,000 timed, 2,000 to warm up), ≈90
 *   characters, 30% with one collision word, 7.9% with a lexicon term in a
 *   random evasion; delivered to every contender as a parsed JSON payload,
 *   the way comments arrive from the Graph API or a webhook (flat strings,
 *   not the generator's concatenations).
 * - **throughput**: comments/s, median (min–max) of 5 timed runs, each over
 *   20,000 comments from a different offset of the corpus, after a
 *   2,000-comment warm-up; build time separately. bad-words and obscenity
 *   need seconds per hundred comments: their runs stop after 400 comments or
 *   2 s (`timedComments` says how many were timed). lantoa is measured as
 *   npm ships it (packages/moderation/dist, built first if stale), like the
 *   anchors; `commentsPerSecFromSource` is the same moderator run from the
 *   TypeScript sources under tsx (separate ES modules, slower).
 * - **recall**: share of flagged items among 240 terms (every seed term and
 *   synthetic ones) × 14 evasions inside 5 carrier sentences that every
 *   contender finds clean (checked); a variant identical to the plain term
 *   is skipped. `recallByVariant` per evasion.
 * - **false positives**: 3,000 clean comments (half with one collision word),
 *   accented as generated and folded (typed without diacritics). The headline
 *   `falsePositiveRate` is the share of accented comments *with* a collision
 *   word that get any hit; `autoHideFalsePositiveRate` counts only automatic
 *   hides (an action `hide`; review hits are never hidden automatically).
 * - The slow contenders (bad-words, both obscenity configurations) see every
 *   4th evasion item and every 3rd clean comment (`n` says how many).
 *
 * Prints ONE JSON line: `lexicon` (terms) and `lexiconForms` (accented ∪
 * folded, what the anchors get); lantoa's `commentsPerSec` (with min, max and
 * `buildMs`), `recall`, `obfuscationOnlyRecall` (without `plain`, `upper` and
 * `no-diacritics`, which a list of both forms catches trivially),
 * `falsePositiveRate`, `autoHideFalsePositiveRate` and `falsePositives` by
 * group (accented/folded × with/without a collision word; `any` hit and
 * `hide`); `anchorCommentsPerSec` and `speedup` against obscenity; the same
 * for every anchor under `anchors`; `recallByVariant` with its `n`s.
 * Goals: ≥ 100,000 comments/s, ≥ 95% recall, 0 auto-hide false positives on
 * clean accented text. Synthetic data and evasions written by the same
 * authors as the moderator's normaliser: the numbers say how the engines
 * behave on Vietnamese, not production precision.
 *
 *   npx tsx --conditions=@lantoa/source bench/moderation.ts
 */
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, statSync } from "node:fs"
import { cpus } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { foldDiacritics } from "@lantoa/core"
import * as moderationSource from "@lantoa/moderation"
import { EVASION_KINDS, type EvasionKind, evasionVariant, generateComments } from "@lantoa/sample-province"
import { Filter } from "bad-words"
import leo from "leo-profanity"
import {
  RegExpMatcher,
  assignIncrementingIds,
  englishRecommendedTransformers,
  parseRawPattern,
  toAsciiLowerCaseTransformer,
} from "obscenity"

const SEED = "20261126"
const LEXICON_TERMS = 2_000
const RUNS = 5
const RUN_COMMENTS = 20_000
const WARM_UP = 2_000
const CORPUS = RUNS * RUN_COMMENTS + WARM_UP // the warm-up comments come last, outside every timed run
const SLOW_RUN_COMMENTS = 400
const SLOW_RUN_MS = 2_000
const EVASION_TERMS = 240
const CLEAN_COMMENTS = 3_000
const SLOW_EVASION_STRIDE = 4
const SLOW_CLEAN_STRIDE = 3

// ── the lexicon ─────────────────────────────────────────────────────────────────────────────────

type Category = "fake" | "unverified" | "insult" | "teacher-ethics" | "offensive" | "hostile" | "spam"
type Fold = "any" | "accented-only" | "unaccented-writer"
interface Entry {
  readonly term: string
  readonly category: Category
  readonly severity: 1 | 2 | 3
  readonly fold: Fold
}

// Seed terms, written for this bench: cue phrases of each category as they
// turn up under school posts. Severity 2 unless marked.
const SEEDS: Readonly<Record<Category, ReadonlyArray<string>>> = {
  fake: [
    "tin giả", "sai sự thật", "bịa đặt", "tin bịa", "xuyên tạc", "bóp méo sự thật", "tin đồn thất thiệt", "vu khống",
    "thông tin sai lệch", "tung tin thất thiệt", "ảnh ghép", "video cắt ghép", "giả mạo công văn", "công văn giả",
    "trường sắp giải thể", "thầy cô bị bắt hết", "ngộ độc hàng loạt", "hoãn thi vô thời hạn", "bỏ thi tốt nghiệp",
    "đề thi bị lộ", "lộ đề thi", "mua bằng giả", "bằng giả", "tin vịt", "clip dựng chuyện",
  ],
  unverified: [
    "nghe nói", "nghe đồn", "nghe bảo", "chưa kiểm chứng", "chưa xác minh", "chưa được xác thực", "không rõ nguồn",
    "tin mật", "tin nội bộ", "người nhà kể", "bạn tôi kể", "rỉ tai nhau", "có người bảo", "thấy trên mạng bảo",
    "đọc được trên mạng", "không biết thật hư", "chưa rõ thực hư", "chia sẻ gấp", "lan truyền trên mạng",
    "ai cũng đồn", "đồn ầm lên", "tin hành lang", "nghe phong thanh", "xin đừng hỏi nguồn", "chưa có thông báo chính thức",
  ],
  insult: [
    "đồ ngu", "ngu như bò", "óc chó", "mất dạy", "vô học", "thằng điên", "con điên", "đồ khốn", "khốn nạn",
    "đồ rác rưởi", "súc vật", "não phẳng", "đồ hèn", "mặt dày", "đồ vô dụng", "cút xéo", "đồ ăn hại", "loại mất nết",
    "câm mồm", "đồ thần kinh", "ngu si", "đần độn", "óc lợn", "đồ ngốc", "thứ vô giáo dục",
  ],
  "teacher-ethics": [
    "ép học thêm", "bắt học thêm", "nhận phong bì", "đòi phong bì", "lạm thu", "thu tiền trái quy định", "ép mua sách",
    "ép đóng tiền", "đánh học sinh", "tát học sinh", "bạo hành học sinh", "quấy rối học sinh", "trù dập học sinh",
    "phân biệt đối xử", "xúc phạm học sinh", "bắt học sinh quỳ", "chạy điểm", "nâng điểm", "mua điểm", "gạ tình",
    "dạy thêm ép buộc", "thu quỹ vô lý", "đuổi học vô cớ", "nói tục trên lớp", "giáo viên say xỉn",
  ],
  offensive: [
    "clip nóng", "ảnh nóng", "khỏa thân", "lộ hàng", "ảnh sex", "phim sex", "ảnh đồi trụy", "video đồi trụy", "web đen",
    "phim người lớn", "gái gọi", "ảnh bạo lực", "máu me ghê rợn", "vãi lồn", "đụ má", "địt mẹ", "con đĩ", "thằng chó",
    "đm", "vcl",
  ],
  hostile: [
    "phản động", "chống phá", "chống phá nhà nước", "lật đổ chính quyền", "kích động biểu tình", "biểu tình phản đối",
    "thế lực thù địch", "xuyên tạc lịch sử", "bôi nhọ lãnh đạo", "bôi nhọ chế độ", "kêu gọi bạo loạn",
    "tuyên truyền chống nhà nước", "ly khai", "chia rẽ dân tộc", "kích động thù hằn", "đả đảo", "phản quốc",
    "tổ chức khủng bố", "đảng phái phản động", "kêu gọi tẩy chay", "bạo loạn", "lật đổ", "kích động bạo lực",
    "chống đối chính quyền", "xúi giục nổi loạn",
  ],
  spam: [
    "vay tiền nhanh", "vay tiền online", "giải ngân trong ngày", "không cần thế chấp", "nhà cái", "nhà cái uy tín",
    "cá độ bóng đá", "tài xỉu", "lô đề", "soi cầu", "nổ hũ", "kiếm tiền online", "việc nhẹ lương cao", "làm giàu nhanh",
    "nạp thẻ nhận quà", "inbox nhận quà", "click vào link", "nhận thưởng miễn phí", "khuyến mãi sốc", "mua like",
    "bán tài khoản", "hack facebook", "tăng follow", "đầu tư sinh lời", "cho vay nặng lãi",
  ],
}

// Single syllables whose folded form is an everyday word's (các, lớn, đi,
// ngủ, buổi, điểm, đủ/du, phó, đeo, đít). Where the everyday word is very
// common the entry matches only as written; else also folded when the
// writer typed the whole comment without diacritics (always a review).
const SINGLE_SYLLABLES: ReadonlyArray<readonly [string, Category, Fold]> = [
  ["cặc", "offensive", "accented-only"],
  ["lồn", "offensive", "unaccented-writer"],
  ["đĩ", "offensive", "accented-only"],
  ["ngu", "insult", "unaccented-writer"],
  ["buồi", "offensive", "unaccented-writer"],
  ["điếm", "offensive", "accented-only"],
  ["đụ", "offensive", "unaccented-writer"],
  ["phò", "offensive", "accented-only"],
  ["địt", "offensive", "unaccented-writer"],
  ["đéo", "offensive", "unaccented-writer"],
  ["khốn", "insult", "unaccented-writer"],
]

const ALLOW = ["du lịch", "lon nước", "phòng học", "nguồn tin", "các bạn", "điểm cao", "điểm thi", "phó hiệu trưởng", "đi học", "buổi học"].map(
  (phrase) => phrase.normalize("NFC"),
)

const CATEGORIES: ReadonlyArray<{ id: Category; vi: string; review: boolean }> = [
  { id: "fake", vi: "Tin giả, sai sự thật", review: false },
  { id: "unverified", vi: "Thông tin chưa được kiểm chứng", review: true },
  { id: "insult", vi: "Xúc phạm danh dự, nhân phẩm", review: false },
  { id: "teacher-ethics", vi: "Vi phạm đạo đức nhà giáo", review: true },
  { id: "offensive", vi: "Hình ảnh, ngôn từ phản cảm", review: false },
  { id: "hostile", vi: "Thù địch, chống phá", review: true },
  { id: "spam", vi: "Quảng cáo, lừa đảo", review: false },
]

/** sfc32 seeded from a text (the bench's own stream; the sample's PRNG is internal to its package). */
const stream = (seed: string): (() => number) => {
  let h = 1779033703 ^ seed.length
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353)
  let [a, b, c, d] = [h ^ 0x9e3779b9, h ^ 0x243f6a88, h ^ 0xb7e15162, h ^ 0x85a308d3]
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 16; i++) next()
  return next
}

const fold = (text: string): string => foldDiacritics(text.toLowerCase())
const syllablesOf = (text: string): Array<string> => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

// Synthetic syllables: onset + rhyme + tone, NFC. Tones are combining marks
// placed on the rhyme's main vowel, then composed.
const ONSETS = ["b", "ch", "kh", "l", "m", "ng", "nh", "ph", "qu", "r", "s", "th", "tr", "v", "x"]
const RHYMES = ["oang", "uyêt", "ươp", "iêng", "oăc", "uân", "ưu", "oai", "êch", "ăp", "ươm", "uych", "oe", "iêu", "ưng", "ôc"]
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
const STOP_TONES = ["\u0301", "\u0323"] // a syllable ending in p, t, c or ch takes only sắc or nặng
const MARKED = "âăêôơư"
const VOWELS = "aeiouyâăêôơư"

/** A rhyme with a tone on the vowel Vietnamese spelling puts it on. */
const toned = (rhyme: string, tone: string): string => {
  const chars = [...rhyme]
  const vowels = chars.flatMap((ch, i) => (VOWELS.includes(ch) ? [i] : []))
  const marked = vowels.filter((i) => MARKED.includes(chars[i] as string))
  const closed = !VOWELS.includes(chars[chars.length - 1] as string)
  // The last marked vowel (ươ → ơ); else the last vowel of a closed rhyme (oang → á), the vowel after a glide (oai → á), or the first.
  const at = marked.length > 0 ? marked[marked.length - 1] : closed ? vowels[vowels.length - 1] : /^[ou]/.test(rhyme) ? vowels[1] : vowels[0]
  chars[at as number] += tone
  return chars.join("").normalize("NFC")
}
const toneFor = (rhyme: string, next: () => number): string => {
  const tones = /(p|t|c|ch)$/.test(rhyme) ? STOP_TONES : TONES
  return tones[Math.floor(next() * tones.length)] as string
}

const buildLexicon = (background: ReadonlySet<string>): { lexicon: ReadonlyArray<Entry>; seeds: ReadonlyArray<Entry> } => {
  const next = stream(`${SEED}:lexicon`)
  const seeds: Array<Entry> = []
  for (const [category, terms] of Object.entries(SEEDS) as Array<[Category, ReadonlyArray<string>]>) {
    for (const term of terms) seeds.push({ term: term.normalize("NFC"), category, severity: 2, fold: "any" })
  }
  for (const [term, category, foldPolicy] of SINGLE_SYLLABLES) seeds.push({ term: term.normalize("NFC"), category, severity: 3, fold: foldPolicy })
  const seen = new Set(seeds.map((entry) => entry.term))
  const syllable = (): string => {
    for (;;) {
      const rhyme = RHYMES[Math.floor(next() * RHYMES.length)] as string
      const candidate = `${ONSETS[Math.floor(next() * ONSETS.length)]}${toned(rhyme, toneFor(rhyme, next))}`
      if (!background.has(fold(candidate))) return candidate
    }
  }
  const lexicon = [...seeds]
  const categories = Object.keys(SEEDS) as Array<Category>
  while (lexicon.length < LEXICON_TERMS) {
    const length = next() < 0.7 ? 2 : 3
    const term = Array.from({ length }, syllable).join(" ")
    if (seen.has(term)) continue
    seen.add(term)
    lexicon.push({ term, category: categories[lexicon.length % categories.length] as Category, severity: (1 + Math.floor(next() * 3)) as 1 | 2 | 3, fold: "any" })
  }
  return { lexicon, seeds }
}

// ── the texts ───────────────────────────────────────────────────────────────────────────────────

// Carrier sentences for the evasion set; `{x}` is the disguised term.
const CARRIERS = [
  "Mọi người ơi, {x} kìa, nhà trường xem lại giúp với.",
  "Em thấy trên nhóm phụ huynh có người viết {x} nên hỏi lại ạ.",
  "Sao lại có chuyện {x} ở trường mình vậy?",
  "{x} — trời ơi, thật không thể tin nổi.",
  "Phụ huynh lớp em bảo {x}, mong thầy cô trả lời.",
].map((carrier) => carrier.normalize("NFC"))

interface EvasionItem {
  readonly term: Entry
  readonly variant: EvasionKind
  readonly text: string
}

const evasionItems = (terms: ReadonlyArray<Entry>): Array<EvasionItem> => {
  const items: Array<EvasionItem> = []
  for (const term of terms) {
    for (const variant of EVASION_KINDS) {
      const written = evasionVariant(term.term, variant, SEED)
      if (variant !== "plain" && written === term.term) continue
      const carrier = CARRIERS[items.length % CARRIERS.length] as string
      items.push({ term, variant, text: carrier.replace("{x}", written) })
    }
  }
  return items
}

// ── contenders ──────────────────────────────────────────────────────────────────────────────────

interface Verdict {
  readonly hit: boolean
  readonly hide: boolean
  readonly categories?: ReadonlyArray<string>
}
interface Contender {
  readonly name: string
  readonly config: string
  readonly slow: boolean
  readonly buildMs: number
  /** The fast path the throughput runs time: hit or not. */
  readonly flags: (text: string) => boolean
  readonly verdict: (text: string) => Verdict
}

const timed = <A>(build: () => A): { value: A; ms: number } => {
  const started = performance.now()
  const value = build()
  return { value, ms: performance.now() - started }
}

/** Accented ∪ folded, lower case: how Vietnamese lists are shipped. */
const shippedForms = (terms: ReadonlyArray<string>): Array<string> => [
  ...new Set(terms.flatMap((term) => [term.toLowerCase(), fold(term)])),
]
const escapePattern = (text: string): string => text.replace(/[[\]?|\\]/g, "\\$&")

const anchorContenders = (lexicon: ReadonlyArray<Entry>): Array<Contender> => {
  const forms = shippedForms(lexicon.map((entry) => entry.term))
  const allow = shippedForms(ALLOW)
  const plain = (name: string, config: string, slow: boolean, build: () => (text: string) => boolean): Contender => {
    const { value: flags, ms } = timed(build)
    // A filter's hit is all it says: an integrator would hide every one.
    const verdict = (text: string): Verdict => {
      const hit = flags(text)
      return { hit, hide: hit }
    }
    return { name, config, slow, buildMs: ms, flags, verdict }
  }
  return [
    plain("obscenity", "|form| patterns (accented ∪ folded), toAsciiLowerCase, allow-list as whitelisted terms", true, () => {
      const matcher = new RegExpMatcher({
        blacklistedTerms: assignIncrementingIds(forms.map((form) => parseRawPattern(`|${escapePattern(form)}|`))),
        whitelistedTerms: allow,
        blacklistMatcherTransformers: [toAsciiLowerCaseTransformer()],
        whitelistMatcherTransformers: [toAsciiLowerCaseTransformer()],
      })
      return (text) => matcher.hasMatch(text)
    }),
    plain("obscenity-english-preset", "|folded| patterns, englishRecommendedTransformers, folded whitelist", true, () => {
      const folded = [...new Set(lexicon.map((entry) => fold(entry.term)))]
      const matcher = new RegExpMatcher({
        blacklistedTerms: assignIncrementingIds(folded.map((form) => parseRawPattern(`|${escapePattern(form)}|`))),
        whitelistedTerms: [...new Set(ALLOW.map(fold))],
        ...englishRecommendedTransformers,
      })
      return (text) => matcher.hasMatch(text)
    }),
    plain("bad-words", "Filter({ emptyList: true }).addWords(accented ∪ folded)", true, () => {
      const filter = new Filter({ emptyList: true })
      filter.addWords(...forms)
      return (text) => filter.isProfane(text)
    }),
    plain("leo-profanity", "clearList(), add(accented ∪ folded)", false, () => {
      leo.clearList()
      leo.add(forms)
      return (text) => leo.check(text)
    }),
  ]
}

type ModerationModule = typeof moderationSource

/**
 * The moderation package as npm ships it (tsup's bundle in dist/), built
 * first when missing or older than its sources: the anchors are shipped
 * builds too. Under tsx the sources run as separate ES modules, ≈25%
 * slower in the hot loops; that figure is printed as well.
 */
const shippedModeration = async (): Promise<ModerationModule> => {
  const root = fileURLToPath(new URL("../packages/moderation/", import.meta.url))
  const dist = join(root, "dist", "index.js")
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)))
  if (!existsSync(dist) || statSync(dist).mtimeMs < newest(join(root, "src"))) {
    const tsup = fileURLToPath(new URL("../node_modules/tsup/dist/cli-default.js", import.meta.url))
    const built = spawnSync(process.execPath, [tsup], { cwd: root, stdio: "ignore" })
    if (built.status !== 0) throw new Error("bench/moderation: building @lantoa/moderation failed (run npm run build)")
  }
  return (await import(pathToFileURL(dist).href)) as ModerationModule
}

const lantoaContender = (lexicon: ReadonlyArray<Entry>, moderation: ModerationModule, name = "lantoa"): Contender => {
  const { value: moderator, ms } = timed(() =>
    moderation.createModerator({
      categories: CATEGORIES.map(({ id, vi, review }) => ({ id, title: { vi }, actions: ["hide"], review })),
      lexicon: lexicon.map(({ term, category, severity, fold: foldPolicy }) => ({ term, category, severity, fold: foldPolicy })),
      allow: ALLOW,
      slas: [],
    }),
  )
  return {
    name,
    config: "createModerator({ categories (hide; review for unverified, teacher-ethics, hostile), lexicon with fold policies, allow })",
    slow: false,
    buildMs: ms,
    flags: (text) => moderator.check(text).matches.length > 0,
    verdict: (text) => {
      const result = moderator.check(text)
      return { hit: result.matches.length > 0, hide: result.actions.some((planned) => planned.action === "hide"), categories: result.categories }
    },
  }
}

// ── measurements ────────────────────────────────────────────────────────────────────────────────

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}
const rate = (hits: number, n: number): number => (n === 0 ? 0 : Number((hits / n).toFixed(4)))
const strided = <A>(items: ReadonlyArray<A>, stride: number): Array<A> => items.filter((_, i) => i % stride === 0)

let sink = 0
const throughput = (contender: Contender, corpus: ReadonlyArray<string>) => {
  // Warm up on the end of the corpus, which no timed run reaches (a slow contender: on a few comments).
  const warmUp = contender.slow ? 20 : WARM_UP
  for (let i = 1; i <= warmUp; i++) sink += contender.flags(corpus[corpus.length - i] as string) ? 1 : 0
  const perSecond: Array<number> = []
  let timedComments = 0
  let flagged = 0
  for (let run = 0; run < RUNS; run++) {
    const from = run * RUN_COMMENTS
    const limit = contender.slow ? SLOW_RUN_COMMENTS : RUN_COMMENTS
    const started = performance.now()
    let n = 0
    for (; n < limit; n++) {
      if (contender.flags(corpus[from + n] as string)) flagged++
      if (contender.slow && (n & 15) === 15 && performance.now() - started > SLOW_RUN_MS) {
        n++
        break
      }
    }
    const ms = performance.now() - started
    perSecond.push(n / (ms / 1000))
    timedComments += n
  }
  return {
    commentsPerSec: Math.round(median(perSecond)),
    min: Math.round(Math.min(...perSecond)),
    max: Math.round(Math.max(...perSecond)),
    timedComments,
    flaggedShare: rate(flagged, timedComments),
  }
}

const recall = (contender: Contender, items: ReadonlyArray<EvasionItem>) => {
  const sample = contender.slow ? strided(items, SLOW_EVASION_STRIDE) : items
  const byVariant = new Map<EvasionKind, { hits: number; n: number }>()
  let hits = 0
  let rightCategory = 0
  let hides = 0
  let obfuscation = 0
  let obfuscationHits = 0
  for (const item of sample) {
    // upper and no-diacritics are caught by any list holding both forms: not obfuscation.
    const obfuscated = !["plain", "upper", "no-diacritics"].includes(item.variant)
    if (obfuscated) obfuscation++
    const verdict = contender.verdict(item.text)
    const cell = byVariant.get(item.variant) ?? { hits: 0, n: 0 }
    cell.n++
    if (verdict.hit) {
      hits++
      cell.hits++
      if (obfuscated) obfuscationHits++
      if (verdict.categories?.includes(item.term.category) === true) rightCategory++
    }
    if (verdict.hide) hides++
    byVariant.set(item.variant, cell)
  }
  return {
    recall: rate(hits, sample.length),
    n: sample.length,
    obfuscationOnlyRecall: rate(obfuscationHits, obfuscation),
    autoHideShare: rate(hides, sample.length),
    rightCategory: contender.name === "lantoa" ? rate(rightCategory, sample.length) : undefined,
    byVariant: Object.fromEntries(EVASION_KINDS.map((kind) => [kind, rate(byVariant.get(kind)?.hits ?? 0, byVariant.get(kind)?.n ?? 0)])),
    nByVariant: Object.fromEntries(EVASION_KINDS.map((kind) => [kind, byVariant.get(kind)?.n ?? 0])),
  }
}

interface CleanComment {
  readonly text: string
  readonly collision: boolean
}
const falsePositives = (contender: Contender, clean: ReadonlyArray<CleanComment>) => {
  const sample = contender.slow ? strided(clean, SLOW_CLEAN_STRIDE) : clean
  const groups = {
    accentedCollision: { hit: 0, hide: 0, n: 0 },
    accentedNone: { hit: 0, hide: 0, n: 0 },
    foldedCollision: { hit: 0, hide: 0, n: 0 },
    foldedNone: { hit: 0, hide: 0, n: 0 },
  }
  for (const comment of sample) {
    for (const [view, text] of [["accented", comment.text], ["folded", foldDiacritics(comment.text)]] as const) {
      const group = groups[`${view}${comment.collision ? "Collision" : "None"}`]
      const verdict = contender.verdict(text)
      group.n++
      if (verdict.hit) group.hit++
      if (verdict.hide) group.hide++
    }
  }
  const out = (group: { hit: number; hide: number; n: number }) => ({ any: rate(group.hit, group.n), hide: rate(group.hide, group.n), n: group.n })
  return {
    accentedCollision: out(groups.accentedCollision),
    accentedNone: out(groups.accentedNone),
    foldedCollision: out(groups.foldedCollision),
    foldedNone: out(groups.foldedNone),
  }
}

// ── the run ─────────────────────────────────────────────────────────────────────────────────────

const started = performance.now()
const { value: cleanComments, ms: generateCleanMs } = timed(() =>
  generateComments({ seed: `${SEED}:clean`, count: CLEAN_COMMENTS, collisionShare: 0.5, terms: [] }).map((c) => ({
    text: c.text,
    collision: c.collision !== undefined,
  })),
)
// The background vocabulary: every folded syllable of clean generated text and the carriers.
const background = new Set<string>()
for (const comment of generateComments({ seed: `${SEED}:vocabulary`, count: 20_000, terms: [] })) for (const s of syllablesOf(comment.text)) background.add(s)
for (const comment of cleanComments) for (const s of syllablesOf(comment.text)) background.add(s)
for (const carrier of CARRIERS) for (const s of syllablesOf(carrier)) background.add(s)

const { lexicon, seeds } = buildLexicon(background)
const lexiconTerms = lexicon.map((entry) => ({ term: entry.term, category: entry.category }))
const { value: generated, ms: generateMs } = timed(() =>
  generateComments({ seed: SEED, count: CORPUS, terms: lexiconTerms, injectShare: 0.079, collisionShare: 0.3 }).map((c) => c.text),
)
// Comments reach a moderator inside JSON payloads (Graph API pages, webhook
// deliveries), which V8 parses into flat strings. The generator builds its
// texts by concatenation (ropes), and the first read of a rope flattens it,
// a copy no comment from an API pays: every contender gets the corpus as a
// parsed payload.
const corpus: ReadonlyArray<string> = JSON.parse(JSON.stringify(generated)) as Array<string>

// Every seed term, then synthetic terms, to EVASION_TERMS.
const synthetic = lexicon.filter((entry) => !seeds.includes(entry))
const evasionTerms = [...seeds, ...strided(synthetic, Math.max(1, Math.floor(synthetic.length / Math.max(1, EVASION_TERMS - seeds.length))))].slice(
  0,
  Math.max(EVASION_TERMS, seeds.length),
)
const items = evasionItems(evasionTerms)

// The clean sets must be clean: no seed term, as written, in any of them.
const wordBounded = (term: string) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}\\p{N}])`, "iu")
const seedPatterns = seeds.map((entry) => [entry.term, wordBounded(entry.term)] as const)
const dirty = [...cleanComments.map((c) => c.text), ...CARRIERS.map((c) => c.replace("{x}", "chuyện này"))].flatMap((text) =>
  seedPatterns.filter(([, pattern]) => pattern.test(text)).map(([term]) => `${term} in "${text}"`),
)
if (dirty.length > 0) throw new Error(`the clean texts contain lexicon terms: ${dirty.slice(0, 5).join("; ")}`)

const contenders = [lantoaContender(lexicon, await shippedModeration()), ...anchorContenders(lexicon)]
const fromSource = lantoaContender(lexicon, moderationSource, "lantoa-source")
// The carriers must be clean for every contender, or recall would count the carrier.
for (const contender of contenders) {
  for (const carrier of CARRIERS) {
    if (contender.verdict(carrier.replace("{x}", "chuyện này")).hit) throw new Error(`${contender.name} flags the carrier "${carrier}"`)
  }
}

const results = contenders.map((contender) => ({
  contender,
  speed: throughput(contender, corpus),
  recall: recall(contender, items),
  fp: falsePositives(contender, cleanComments),
}))
const sourceSpeed = throughput(fromSource, corpus)
const totalMs = performance.now() - started

const summary = (r: (typeof results)[number]) => ({
  config: r.contender.config,
  buildMs: Math.round(r.contender.buildMs),
  commentsPerSec: r.speed.commentsPerSec,
  commentsPerSecMin: r.speed.min,
  commentsPerSecMax: r.speed.max,
  timedComments: r.speed.timedComments,
  flaggedShare: r.speed.flaggedShare,
  recall: r.recall.recall,
  recallN: r.recall.n,
  plainRecall: r.recall.byVariant.plain,
  obfuscationOnlyRecall: r.recall.obfuscationOnlyRecall,
  falsePositiveRate: r.fp.accentedCollision.any,
  falsePositives: r.fp,
  recallByVariant: r.recall.byVariant,
})

const [ours, ...anchors] = results as [(typeof results)[number], ...Array<(typeof results)[number]>]
const anchor = anchors.find((r) => r.contender.name === "obscenity") as (typeof results)[number]

console.log(
  JSON.stringify({
    bench: "moderation",
    lexicon: lexicon.length,
    lexiconForms: shippedForms(lexicon.map((entry) => entry.term)).length,
    comments: ours.speed.timedComments,
    commentsPerSec: ours.speed.commentsPerSec,
    commentsPerSecMin: ours.speed.min,
    commentsPerSecMax: ours.speed.max,
    buildMs: Math.round(ours.contender.buildMs),
    measured: "packages/moderation/dist (the shipped bundle)",
    commentsPerSecFromSource: sourceSpeed.commentsPerSec,
    recall: ours.recall.recall,
    recallN: ours.recall.n,
    obfuscationOnlyRecall: ours.recall.obfuscationOnlyRecall,
    recallRightCategory: ours.recall.rightCategory,
    falsePositiveRate: ours.fp.accentedCollision.any,
    autoHideFalsePositiveRate: ours.fp.accentedCollision.hide,
    falsePositives: ours.fp,
    anchor: "obscenity",
    anchorCommentsPerSec: anchor.speed.commentsPerSec,
    speedup: Math.round(ours.speed.commentsPerSec / anchor.speed.commentsPerSec),
    anchors: Object.fromEntries(anchors.map((r) => [r.contender.name, summary(r)])),
    recallByVariant: ours.recall.byVariant,
    recallNByVariant: ours.recall.nByVariant,
    evasionItems: items.length,
    cleanComments: cleanComments.length,
    corpus: CORPUS,
    corpusDelivery: "parsed JSON payload",
    generateMs: Math.round(generateMs),
    generateCleanMs: Math.round(generateCleanMs),
    totalMs: Math.round(totalMs),
    cpus: cpus().length,
    node: process.version,
  }),
)
if (!Number.isFinite(sink)) process.exitCode = 1
