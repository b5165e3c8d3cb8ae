/**
 * Page webhooks, framework-free: raw body bytes and headers in, a result
 * out — usable from node:http, Express, Fastify, Hono, a Lambda or a Web
 * `Request` handler alike.
 *
 * - **Handshake.** Meta verifies the endpoint with
 *   `GET ?hub.mode=subscribe&hub.challenge=…&hub.verify_token=…`; answer
 *   200 with the challenge if the token is ours, 403 otherwise
 *   ({@link answerChallenge}).
 * - **Signature.** Every POST carries `X-Hub-Signature-256: sha256=<hex>`,
 *   the HMAC-SHA256 of the **raw body bytes** keyed with the app secret.
 *   Meta writes non-ASCII as `\uXXXX` and `/` as `\/`, so a body parsed and
 *   serialised again no longer matches: verify the bytes as received
 *   ({@link verifySignature}, constant-time). The legacy SHA-1
 *   `X-Hub-Signature` is ignored.
 * - **Changes.** `feed` changes become Activities (the Page's own posts;
 *   comments and reactions by known people) and comment events to
 *   moderate ({@link parseWebhook}).
 * - **Redeliveries.** Meta retries a delivery that did not get a 200 for
 *   36 hours. Every change has a deduplication key
 *   (`facebook:feed:<hash>`: a SHA-256 of the Page id and the change's
 *   `value` with its keys sorted — the same for a redelivered change,
 *   different for any other, and free of personal data), and every
 *   Activity a stable id, so handling a delivery twice changes nothing
 *   ({@link createChangeDeduper} keeps the keys seen).
 *
 * @since 0.1.0
 * @module
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto"
import { dataIssue, formatInstant, parseInstant, type ActivityRecord, type DataIssue, type Instant } from "@lantoa/core"
import type { FacebookComment } from "./Comment.js"
import { headerOf } from "./GraphUsage.js"
import { idOf, isRecord, numberOf, stringOf, textOf } from "./internal/decode.js"
import { facebookActivityId, type FacebookPage } from "./Page.js"

/**
 * A request body as received: bytes (`Buffer`, `Uint8Array`,
 * `ArrayBuffer`) or, if the framework already decoded it, the exact text.
 *
 * @example
 * ```ts
 * const body: RawBody = await readFile("fb_feed_comment_add.raw")
 * ```
 * @since 0.1.0
 * @category models
 */
export type RawBody = Uint8Array | ArrayBuffer | string

const bytesOf = (body: RawBody): Uint8Array =>
  typeof body === "string" ? new TextEncoder().encode(body) : body instanceof Uint8Array ? body : new Uint8Array(body)

const SIGNATURE = /^sha256=([0-9a-fA-F]{64})$/

/**
 * True when `signatureHeader` (`X-Hub-Signature-256`, `sha256=<hex>`) is
 * the HMAC-SHA256 of the raw body bytes keyed with `appSecret`. The
 * comparison runs in constant time over equal-length digests; a missing,
 * malformed or wrong-length header is simply false. Never throws.
 *
 * @example
 * ```ts
 * const raw = await readFile("fb_feed_comment_add.raw") // 674 bytes, as Meta sent them
 * verifySignature(raw, "sha256=76f1627eb0e91aa9640b66dcea03406348229b05a3854a8180ecec24cf7e47db", "test_app_secret") //=> true
 * verifySignature(Buffer.from(JSON.stringify(JSON.parse(raw.toString()))), header, "test_app_secret")               //=> false (re-serialised)
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const verifySignature = (rawBody: RawBody, signatureHeader: string | null | undefined, appSecret: string): boolean => {
  if (typeof signatureHeader !== "string" || typeof appSecret !== "string" || appSecret === "") return false
  const match = SIGNATURE.exec(signatureHeader.trim())
  if (match === null) return false
  const given = Buffer.from(match[1] as string, "hex")
  const expected = createHmac("sha256", appSecret).update(bytesOf(rawBody)).digest()
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * The answer to Meta's verification request: `200` with the challenge as
 * the body, `403` when the verify token is not ours, `400` when it is not
 * a subscription request.
 *
 * @example
 * ```ts
 * const answer: ChallengeAnswer = { ok: true, status: 200, body: "1158201444" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ChallengeAnswer {
  readonly ok: boolean
  readonly status: 200 | 400 | 403
  readonly body: string
}

type QuerySource = URLSearchParams | string | Readonly<Record<string, string | ReadonlyArray<string> | undefined>>

const paramsOf = (query: QuerySource): URLSearchParams => {
  if (query instanceof URLSearchParams) return query
  if (typeof query === "string") {
    const cut = query.indexOf("?")
    return new URLSearchParams(cut >= 0 ? query.slice(cut + 1) : query.includes("=") ? query : "")
  }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === "string") params.set(key, value)
    else if (Array.isArray(value) && typeof value[0] === "string") params.set(key, value[0] as string)
  }
  return params
}

/** Equal strings, compared in constant time (both hashed first, so lengths do not leak). */
const sameSecret = (a: string, b: string): boolean =>
  timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest())

/**
 * Answers Meta's `hub.challenge` handshake: given the request's query
 * (a URL, a query string, `URLSearchParams` or a parsed record) and our
 * verify token, the status and body to send. The challenge is echoed only
 * when it is a plain token (digits, letters, `-`, `_`), so the endpoint
 * cannot be made to reflect markup.
 *
 * @example
 * ```ts
 * answerChallenge("/webhooks/facebook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=hoabinh-verify-token", "hoabinh-verify-token")
 * //=> { ok: true, status: 200, body: "1158201444" }
 * answerChallenge("?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=wrong", "hoabinh-verify-token")
 * //=> { ok: false, status: 403, body: "Mã xác minh (verify token) không đúng." }
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const answerChallenge = (
  query: URLSearchParams | string | Readonly<Record<string, string | ReadonlyArray<string> | undefined>>,
  verifyToken: string,
): ChallengeAnswer => {
  const params = paramsOf(query)
  const mode = params.get("hub.mode")
  const challenge = params.get("hub.challenge")
  const token = params.get("hub.verify_token")
  if (mode !== "subscribe" || challenge === null || !/^[A-Za-z0-9_-]{1,256}$/.test(challenge) || token === null) {
    return { ok: false, status: 400, body: "Yêu cầu xác minh webhook không hợp lệ (cần hub.mode=subscribe, hub.challenge, hub.verify_token)." }
  }
  if (typeof verifyToken !== "string" || verifyToken === "" || !sameSecret(token, verifyToken)) {
    return { ok: false, status: 403, body: "Mã xác minh (verify token) không đúng." }
  }
  return { ok: true, status: 200, body: challenge }
}

/**
 * What happened to a comment: added, edited, removed, hidden or unhidden.
 *
 * @example
 * ```ts
 * const verb: CommentVerb = "edited"
 * ```
 * @since 0.1.0
 * @category models
 */
export type CommentVerb = "add" | "edited" | "remove" | "hide" | "unhide"

/**
 * A comment change from a webhook: its deduplication `key`, the verb, when
 * (`at`, epoch ms), the comment (with `byPage` true for the Page's own
 * comments, and an empty `message` when removed) and the Page's channel
 * when the Page is known.
 *
 * @example
 * ```ts
 * const event: FacebookCommentEvent = {
 *   key: "facebook:feed:4be1…", verb: "add", at: 1767225590000,
 *   comment: { id: "122100000000000001_1200000000000001", postId: "108000000000001_122100000000000001",
 *              pageId: "108000000000001", authorId: "25000000000000001", byPage: false,
 *              message: "Bài viết rất hay!", createdAt: 1767225590000 },
 *   page: { pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" },
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FacebookCommentEvent {
  readonly key: string
  readonly verb: CommentVerb
  readonly at: Instant
  readonly comment: FacebookComment
  readonly page?: FacebookPage
}

/**
 * Options of {@link parseWebhook}.
 *
 * - `pages`: the Pages the app is subscribed to, with their channels and
 *   units — a Page's posts become Activities only when it is listed;
 * - `people`: Facebook user ids (app-scoped) of staff, mapped to lantoa
 *   person ids, so that their comments and reactions count as their
 *   Activities. Anyone else stays anonymous: no Activity, no id kept but
 *   on the comment event itself;
 * - `timeZone`: the zone Activities' `at` is written in (default
 *   `Asia/Ho_Chi_Minh`).
 *
 * @example
 * ```ts
 * const options: ParseWebhookOptions = {
 *   pages: [{ pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" }],
 *   people: { "25000000000000003": "gv-0001" },
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParseWebhookOptions {
  readonly pages?: ReadonlyArray<FacebookPage>
  readonly people?: Readonly<Record<string, string>>
  readonly timeZone?: string
}

/**
 * What a delivery holds:
 *
 * - `activities`: contract v1 records — the Page's published posts
 *   (`kind: "post"`, counted by the quota rules), the Page's own comments,
 *   and comments and reactions of known people;
 * - `comments`: every comment change, for moderation;
 * - `retracted`: ids of Activities withdrawn (a post, comment or reaction
 *   removed);
 * - `issues`: what could not be read, with its path (`entry[0].changes[1].value.post_id`).
 *
 * @example
 * ```ts
 * const { activities, comments, retracted, issues }: ParsedWebhook = parseWebhook(raw, { pages })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ParsedWebhook {
  readonly activities: ReadonlyArray<ActivityRecord>
  readonly comments: ReadonlyArray<FacebookCommentEvent>
  readonly retracted: ReadonlyArray<string>
  readonly issues: ReadonlyArray<DataIssue>
}

const POST_ITEMS: ReadonlySet<string> = new Set(["post", "status", "photo", "video", "share", "link"])
const COMMENT_VERBS: ReadonlySet<string> = new Set(["add", "edited", "remove", "hide", "unhide"])

/** JSON with object keys sorted at every level: equal values, equal text. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`
  }
  return JSON.stringify(value) ?? "null"
}

/**
 * The deduplication key of one `feed` change: `facebook:feed:` and the
 * first 32 hex digits of the SHA-256 of the Page id and the change's
 * `value` with keys sorted. A redelivered change has the same key; the key
 * holds no personal data.
 *
 * @example
 * ```ts
 * changeKey("108000000000001", { item: "comment", verb: "add", comment_id: "122100000000000001_1200000000000001", created_time: 1767225590 })
 * //=> "facebook:feed:…" (32 hex digits; the same for { created_time: 1767225590, verb: "add", … })
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const changeKey = (pageId: string, value: unknown): string =>
  `facebook:feed:${createHash("sha256").update(`${pageId}\n${canonical(value)}`).digest("hex").slice(0, 32)}`

const decodeText = (body: RawBody): string | undefined => {
  if (typeof body === "string") return body
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytesOf(body))
  } catch {
    return undefined
  }
}

/** `created_time` of a change: Unix seconds here (reads use ISO strings); either is accepted. */
const timeOf = (value: unknown): Instant | undefined => {
  const seconds = numberOf(value)
  if (seconds !== undefined) return seconds > 0 ? Math.round(seconds * 1000) : undefined
  if (typeof value === "string") {
    if (/^\d+$/.test(value)) return Number.parseInt(value, 10) * 1000
    const parsed = parseInstant(value)
    return parsed?.hasOffset === true ? parsed.instant : undefined
  }
  return undefined
}

/**
 * Reads a webhook delivery's raw body into Activities, comment events,
 * retractions and issues. Never throws: a body that is not UTF-8 or not
 * JSON, an object other than `page`, or a change without the fields it
 * needs becomes an issue naming its path; other changes are still read.
 * Verify the signature first ({@link verifySignature}).
 *
 * - The Page's own published posts (`item` post, status, photo, video,
 *   share or link; `verb: "add"`; `from.id` the Page) become `post`
 *   Activities of the Page's unit and channel (`facebook:<post_id>`);
 *   visitors' posts and unpublished posts (`published: 0`) do not.
 * - Every comment change becomes a comment event; the Page's own comments
 *   (`from.id` the Page id) have `byPage: true`. A comment added by the
 *   Page, or by a person in `people`, is also a `comment` Activity.
 * - A reaction by a person in `people` is a `reaction` Activity
 *   (`facebook:<object>:reaction:<person>`, so changing the reaction does
 *   not count twice); others' reactions are left to the Graph counts.
 * - Removing a post, comment or reaction lists its Activity id in `retracted`.
 * - Changes of other fields than `feed` are `info` issues.
 *
 * @example
 * ```ts
 * const raw = await readFile("fb_feed_comment_add.raw")
 * const { activities, comments, issues } = parseWebhook(raw, {
 *   pages: [{ pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" }],
 * })
 * comments[0]?.comment.message //=> "Bài viết rất hay!"
 * comments[0]?.comment.byPage  //=> false
 * activities                   //=> [] (a visitor's comment is no Activity)
 * issues                       //=> []
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const parseWebhook = (rawBody: RawBody, options: ParseWebhookOptions = {}): ParsedWebhook => {
  const activities: Array<ActivityRecord> = []
  const comments: Array<FacebookCommentEvent> = []
  const retracted: Array<string> = []
  const issues: Array<DataIssue> = []
  const result = (): ParsedWebhook => ({ activities, comments, retracted, issues })
  const text = decodeText(rawBody)
  if (text === undefined) {
    issues.push(dataIssue("error", "invalid-encoding", "", { vi: "nội dung webhook không phải UTF-8.", en: "the webhook body is not UTF-8." }))
    return result()
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch {
    issues.push(dataIssue("error", "invalid-json", "", { vi: "nội dung webhook không phải JSON hợp lệ.", en: "the webhook body is not valid JSON." }))
    return result()
  }
  if (!isRecord(payload)) {
    issues.push(dataIssue("error", "invalid-payload", "", { vi: "nội dung webhook không phải một đối tượng JSON.", en: "the webhook body is not a JSON object." }))
    return result()
  }
  if (payload["object"] !== "page") {
    issues.push(
      dataIssue("warning", "not-a-page-event", "object", {
        vi: `sự kiện không phải của Trang (object = ${JSON.stringify(payload["object"]) ?? "không có"}); bỏ qua.`,
        en: `not a Page event (object = ${JSON.stringify(payload["object"]) ?? "missing"}); ignored.`,
      }),
    )
    return result()
  }
  const entries = payload["entry"]
  if (!Array.isArray(entries)) {
    issues.push(dataIssue("error", "missing-field", "entry", { vi: "thiếu danh sách \"entry\".", en: "the \"entry\" list is missing." }))
    return result()
  }
  const pages = new Map((options.pages ?? []).map((page) => [page.pageId, page]))
  const people = options.people ?? {}
  const zone = options.timeZone === undefined ? {} : { timeZone: options.timeZone }
  const seen = new Set<string>()
  const unknownPages = new Set<string>()
  const addActivity = (activity: ActivityRecord): void => {
    if (seen.has(activity.id)) return
    seen.add(activity.id)
    activities.push(activity)
  }
  const personOf = (userId: string | undefined): string | undefined =>
    userId !== undefined && Object.prototype.hasOwnProperty.call(people, userId) ? people[userId] : undefined
  const pageOrIssue = (pageId: string, path: string): FacebookPage | undefined => {
    const page = pages.get(pageId)
    if (page === undefined && !unknownPages.has(pageId)) {
      unknownPages.add(pageId)
      issues.push(
        dataIssue(
          "warning",
          "unknown-page",
          path,
          {
            vi: `Trang ${pageId} không có trong danh sách Trang đã gắn với kênh của đơn vị; hoạt động của Trang này không được ghi nhận.`,
            en: `Page ${pageId} is not among the Pages mapped to units' channels; its activities are not recorded.`,
          },
          pageId,
        ),
      )
    }
    return page
  }

  entries.forEach((entry: unknown, i) => {
    const base = `entry[${i}]`
    if (!isRecord(entry)) {
      issues.push(dataIssue("error", "invalid-entry", base, { vi: "mục không phải một đối tượng.", en: "the entry is not an object." }))
      return
    }
    const pageId = idOf(entry["id"])
    if (pageId === undefined) {
      issues.push(dataIssue("error", "missing-field", `${base}.id`, { vi: "thiếu mã Trang (id).", en: "the Page id is missing." }))
      return
    }
    const entryTime = timeOf(entry["time"])
    const changes = entry["changes"]
    if (!Array.isArray(changes)) {
      const kind = Array.isArray(entry["messaging"]) ? "messaging" : "changes"
      issues.push(
        dataIssue("info", "unsupported-field", `${base}.${kind}`, {
          vi: `mục không có thay đổi "changes" của Trang (${kind}); bỏ qua.`,
          en: `the entry has no Page "changes" (${kind}); ignored.`,
        }),
      )
      return
    }
    changes.forEach((change: unknown, j) => {
      const path = `${base}.changes[${j}]`
      if (!isRecord(change)) {
        issues.push(dataIssue("error", "invalid-change", path, { vi: "thay đổi không phải một đối tượng.", en: "the change is not an object." }))
        return
      }
      const field = stringOf(change["field"])
      if (field !== "feed") {
        issues.push(
          dataIssue("info", "unsupported-field", `${path}.field`, {
            vi: `trường "${field ?? ""}" chưa được xử lý (chỉ "feed"); bỏ qua.`,
            en: `field "${field ?? ""}" is not handled (only "feed"); ignored.`,
          }),
        )
        return
      }
      const value = change["value"]
      if (!isRecord(value)) {
        issues.push(dataIssue("error", "missing-field", `${path}.value`, { vi: "thiếu \"value\".", en: "\"value\" is missing." }))
        return
      }
      const item = stringOf(value["item"])
      const verb = stringOf(value["verb"])
      if (item === undefined || verb === undefined) {
        issues.push(dataIssue("error", "missing-field", `${path}.value`, { vi: "thiếu \"item\" hoặc \"verb\".", en: "\"item\" or \"verb\" is missing." }))
        return
      }
      let at = timeOf(value["created_time"])
      if (at === undefined) {
        if (entryTime === undefined) {
          issues.push(dataIssue("error", "missing-time", `${path}.value.created_time`, { vi: "thiếu thời điểm (created_time).", en: "the time (created_time) is missing." }))
          return
        }
        at = entryTime
        issues.push(
          dataIssue("warning", "missing-time", `${path}.value.created_time`, {
            vi: "thiếu thời điểm (created_time); dùng thời điểm gửi của mục (entry.time).",
            en: "the time (created_time) is missing; the entry's time is used.",
          }),
        )
      }
      const key = changeKey(pageId, value)
      const fromId = isRecord(value["from"]) ? idOf(value["from"]["id"]) : undefined
      const post = isRecord(value["post"]) ? value["post"] : undefined
      const postUrl = post === undefined ? undefined : stringOf(post["permalink_url"])
      const postId = idOf(value["post_id"]) ?? (post === undefined ? undefined : idOf(post["id"]))
      /** A staff member's comment or reaction: on the Page's channel when the Page is known, pointing at the post. */
      const addPersonActivity = (id: string, kind: "comment" | "reaction", person: string): void => {
        const activity: { -readonly [K in keyof ActivityRecord]: ActivityRecord[K] } = { id, kind, person, at: formatInstant(at, zone) }
        const page = pages.get(pageId)
        if (page !== undefined) activity.channel = page.channel
        if (postUrl !== undefined) activity.target = postUrl
        addActivity(activity)
      }

      if (item === "comment") {
        const commentId = idOf(value["comment_id"])
        if (commentId === undefined || postId === undefined) {
          issues.push(
            dataIssue("error", "missing-field", `${path}.value.${commentId === undefined ? "comment_id" : "post_id"}`, {
              vi: `thiếu ${commentId === undefined ? "mã bình luận (comment_id)" : "mã bài đăng (post_id)"}.`,
              en: `the ${commentId === undefined ? "comment id (comment_id)" : "post id (post_id)"} is missing.`,
            }),
          )
          return
        }
        if (!COMMENT_VERBS.has(verb)) return
        const parentId = idOf(value["parent_id"])
        const comment: { -readonly [K in keyof FacebookComment]: FacebookComment[K] } = {
          id: commentId,
          postId,
          pageId,
          byPage: fromId === pageId,
          message: textOf(value["message"]) ?? "",
          createdAt: at,
        }
        if (fromId !== undefined) comment.authorId = fromId
        if (parentId !== undefined && parentId !== postId) comment.parentId = parentId
        const page = pages.get(pageId)
        comments.push(page === undefined ? { key, verb: verb as CommentVerb, at, comment } : { key, verb: verb as CommentVerb, at, comment, page })
        const person = personOf(fromId)
        const activityId = facebookActivityId(commentId)
        if (verb === "remove") {
          if (comment.byPage || person !== undefined) retracted.push(activityId)
          return
        }
        if (verb !== "add") return
        if (comment.byPage) {
          const owner = pageOrIssue(pageId, `${path}.value.from.id`)
          if (owner === undefined) return
          const activity: { -readonly [K in keyof ActivityRecord]: ActivityRecord[K] } = {
            id: activityId, kind: "comment", unit: owner.unit, channel: owner.channel, at: formatInstant(at, zone),
          }
          if (postUrl !== undefined) activity.target = postUrl
          addActivity(activity)
        } else if (person !== undefined) addPersonActivity(activityId, "comment", person)
        return
      }

      if (item === "reaction" || item === "like") {
        const objectId = idOf(value["comment_id"]) ?? postId ?? idOf(value["parent_id"])
        const person = personOf(fromId)
        if (objectId === undefined || person === undefined) return
        const activityId = `${facebookActivityId(objectId)}:reaction:${person}`
        if (verb === "remove") {
          retracted.push(activityId)
          return
        }
        if (verb !== "add" && verb !== "edit" && verb !== "edited") return
        addPersonActivity(activityId, "reaction", person)
        return
      }

      if (POST_ITEMS.has(item)) {
        if (postId === undefined) {
          issues.push(dataIssue("error", "missing-field", `${path}.value.post_id`, { vi: "thiếu mã bài đăng (post_id).", en: "the post id (post_id) is missing." }))
          return
        }
        if (verb === "remove") {
          retracted.push(facebookActivityId(postId))
          return
        }
        // Only a published post of the Page itself counts for the unit's quota.
        if (verb !== "add" || fromId !== pageId) return
        if (value["published"] === 0 || value["published"] === false || post?.["is_published"] === false) return
        const owner = pageOrIssue(pageId, `${base}.id`)
        if (owner === undefined) return
        const activity: { -readonly [K in keyof ActivityRecord]: ActivityRecord[K] } = {
          id: facebookActivityId(postId), kind: "post", unit: owner.unit, channel: owner.channel, at: formatInstant(at, zone),
        }
        const url = postUrl ?? stringOf(value["link"])
        if (url !== undefined) activity.url = url
        addActivity(activity)
      }
    })
  })
  return result()
}

/**
 * Remembers the keys of changes already handled, for
 * {@link createChangeDeduper}.
 *
 * @example
 * ```ts
 * const deduper: ChangeDeduper = createChangeDeduper()
 * deduper.firstSeen(event.key, Date.now()) //=> true the first time, false for a redelivery
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ChangeDeduper {
  /** True the first time a key is seen within the window; records it. */
  readonly firstSeen: (key: string, now: Instant) => boolean
  /** How many keys are remembered. */
  readonly size: () => number
}

/**
 * An in-memory memory of change keys: a key is new once per `windowMs`
 * (default 48 hours, longer than Meta's 36 hours of redelivery), keeping
 * at most `maxKeys` (default 100,000; the oldest go first). For several
 * processes, keep the keys in a shared store instead — the key is all it
 * takes.
 *
 * @example
 * ```ts
 * const deduper = createChangeDeduper({ windowMs: 48 * 3_600_000 })
 * for (const event of parseWebhook(raw, { pages }).comments) {
 *   if (!deduper.firstSeen(event.key, now)) continue // a redelivery: already handled
 *   await moderate(event)
 * }
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const createChangeDeduper = (options: { readonly windowMs?: number; readonly maxKeys?: number } = {}): ChangeDeduper => {
  const windowMs = options.windowMs ?? 48 * 3_600_000
  const maxKeys = options.maxKeys ?? 100_000
  const keys = new Map<string, Instant>()
  return {
    firstSeen: (key, now) => {
      // Keys are kept in the order first seen; drop the expired ones from the front.
      for (const [old, at] of keys) {
        if (now - at < windowMs && keys.size < maxKeys) break
        keys.delete(old)
      }
      const at = keys.get(key)
      if (at !== undefined && now - at < windowMs) return false
      keys.delete(key)
      keys.set(key, now)
      return true
    },
    size: () => keys.size,
  }
}

/**
 * A webhook request as any framework gives it: the method, the request
 * target (path and query, or a full URL), the headers (a `Headers` object
 * or Node's header record) and the raw body bytes.
 *
 * @example
 * ```ts
 * const request: WebhookRequest = { method: req.method, url: req.url, headers: req.headers, body: rawBytes }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface WebhookRequest {
  readonly method: string
  readonly url: string
  readonly headers: { get(name: string): string | null } | Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly body?: RawBody
}

/**
 * Options of {@link handleWebhook}: the app secret (for signatures), the
 * verify token (for the handshake), and {@link ParseWebhookOptions}.
 *
 * @example
 * ```ts
 * const options: WebhookOptions = { appSecret: process.env.FB_APP_SECRET ?? "", verifyToken: "hoabinh-verify-token", pages }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface WebhookOptions extends ParseWebhookOptions {
  readonly appSecret: string
  readonly verifyToken: string
}

/**
 * What to answer Meta, and — for a verified POST — what it delivered.
 *
 * @example
 * ```ts
 * const response: WebhookResponse = handleWebhook(request, options)
 * res.writeHead(response.status, response.headers).end(response.body)
 * if (response.delivery) queue(response.delivery) // moderate after answering: Meta wants a fast 200
 * ```
 * @since 0.1.0
 * @category models
 */
export interface WebhookResponse {
  readonly status: number
  readonly body: string
  readonly headers: Readonly<Record<string, string>>
  readonly delivery?: ParsedWebhook
}

const TEXT = { "content-type": "text/plain; charset=utf-8" } as const

/**
 * Handles one webhook request, framework-free:
 *
 * - `GET`: the handshake ({@link answerChallenge});
 * - `POST`: `403` unless `X-Hub-Signature-256` verifies over the raw body
 *   (nothing is parsed then); otherwise `200` with the parsed delivery —
 *   even when some changes could not be read (they are in
 *   `delivery.issues`): a non-200 would make Meta resend the same bytes
 *   for 36 hours;
 * - anything else: `405`.
 *
 * @example
 * ```ts
 * const response = handleWebhook(
 *   { method: "POST", url: "/webhooks/facebook", headers: { "x-hub-signature-256": signature }, body: raw },
 *   { appSecret: "test_app_secret", verifyToken: "hoabinh-verify-token", pages },
 * )
 * response.status                         //=> 200
 * response.delivery?.comments[0]?.verb    //=> "add"
 * ```
 * @since 0.1.0
 * @category webhooks
 */
export const handleWebhook = (request: WebhookRequest, options: WebhookOptions): WebhookResponse => {
  const method = request.method.toUpperCase()
  if (method === "GET") {
    const answer = answerChallenge(request.url, options.verifyToken)
    return { status: answer.status, body: answer.body, headers: TEXT }
  }
  if (method !== "POST") return { status: 405, body: "Chỉ nhận GET (xác minh) và POST (sự kiện).", headers: { ...TEXT, allow: "GET, POST" } }
  const body = request.body ?? new Uint8Array(0)
  const signature = headerOf(request.headers, "x-hub-signature-256")
  if (signature === undefined) return { status: 403, body: "Thiếu chữ ký X-Hub-Signature-256.", headers: TEXT }
  if (!verifySignature(body, signature, options.appSecret)) return { status: 403, body: "Chữ ký X-Hub-Signature-256 không hợp lệ.", headers: TEXT }
  return { status: 200, body: "EVENT_RECEIVED", headers: TEXT, delivery: parseWebhook(body, options) }
}
