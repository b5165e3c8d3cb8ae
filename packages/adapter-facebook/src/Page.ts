/**
 * A Facebook Page as a lantoa channel, and a Page's posts as Activities.
 *
 * Each unit of the plan runs one Fanpage: a channel of the roster with
 * `platform: "facebook-page"`. The adapter needs to know which Page id is
 * which channel (and so which unit): {@link FacebookPage} holds that, and
 * {@link pagesFromChannels} reads it from the roster's channels.
 *
 * A post becomes the Activity `{ id: "facebook:<post-id>", kind: "post",
 * unit, channel, at, url }`: the same id whether it came from the Graph
 * API or a webhook, so a post counted twice is one activity (the id is
 * the deduplication key, and `parseActivities` keeps the first copy).
 *
 * @since 0.1.0
 * @module
 */
import { dataIssue, formatInstant, type ActivityRecord, type DataIssue } from "@lantoa/core"
import type { ChannelRecord } from "@lantoa/hierarchy"
import type { FacebookPost } from "./Post.js"

/**
 * A Page and the channel and unit it belongs to.
 *
 * @example
 * ```ts
 * const page: FacebookPage = { pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FacebookPage {
  readonly pageId: string
  readonly channel: string
  readonly unit: string
  readonly name?: string
}

/**
 * Options of {@link pagesFromChannels}: Page ids by channel id, for
 * channels whose record does not carry one.
 *
 * @example
 * ```ts
 * const options: PagesFromChannelsOptions = { pageIds: { "fb-thcs-lac-son": "108000000000001" } }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PagesFromChannelsOptions {
  readonly pageIds?: Readonly<Record<string, string>>
}

/**
 * What {@link pagesFromChannels} returns: the Pages it could place, and an
 * issue for each Facebook Page channel without a Page id.
 *
 * @example
 * ```ts
 * const { pages, issues }: PagesFromChannels = pagesFromChannels(dataset.channels)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PagesFromChannels {
  readonly pages: ReadonlyArray<FacebookPage>
  readonly issues: ReadonlyArray<DataIssue>
}

const PAGE_ID = /^\d{5,20}$/

/** A numeric Page id in a Facebook link: `facebook.com/<id>`, `/<id>/posts/…`, `profile.php?id=<id>`, `/people/<name>/<id>`. */
const pageIdInUrl = (url: string | null | undefined): string | undefined => {
  if (typeof url !== "string" || url === "") return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  const id = parsed.searchParams.get("id")
  if (id !== null && PAGE_ID.test(id)) return id
  return parsed.pathname.split("/").find((segment) => PAGE_ID.test(segment))
}

/**
 * The Facebook Pages of a roster's channels (`platform: "facebook-page"`),
 * each with its Page id taken from `options.pageIds[channel.id]`, else a
 * `pageId` field on the channel record (contract v1 allows added fields),
 * else a numeric id in its `url`. A Page channel without one is a warning
 * issue (`missing-page-id`) and is left out; never throws.
 *
 * @example
 * ```ts
 * const { pages, issues } = pagesFromChannels([
 *   { id: "fb-thcs-lac-son", unit: "thcs-lac-son", platform: "facebook-page", name: "Trường THCS Lạc Sơn",
 *     url: "https://www.facebook.com/108000000000001" },
 *   { id: "zl-thcs-lac-son", unit: "thcs-lac-son", platform: "zalo-group", name: "Truyền thông Trường THCS Lạc Sơn" },
 * ])
 * pages  //=> [{ pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son", name: "Trường THCS Lạc Sơn" }]
 * issues //=> []
 * ```
 * @since 0.1.0
 * @category mapping
 */
export const pagesFromChannels = (
  channels: ReadonlyArray<ChannelRecord>,
  options: PagesFromChannelsOptions = {},
): PagesFromChannels => {
  const pages: Array<FacebookPage> = []
  const issues: Array<DataIssue> = []
  channels.forEach((channel, index) => {
    if (channel.platform !== "facebook-page") return
    const extra = (channel as { readonly pageId?: unknown }).pageId
    const given = options.pageIds?.[channel.id] ?? (typeof extra === "string" && extra !== "" ? extra : undefined) ?? pageIdInUrl(channel.url)
    if (given === undefined) {
      issues.push(
        dataIssue(
          "warning",
          "missing-page-id",
          `channels[${index}]`,
          {
            vi: `Fanpage "${channel.name}" chưa có mã Trang (Page ID); không đồng bộ được bài đăng của Trang này.`,
            en: `Fanpage "${channel.name}" has no Page id; its posts cannot be synced.`,
          },
          channel.id,
        ),
      )
      return
    }
    pages.push({ pageId: given, channel: channel.id, unit: channel.unit, name: channel.name })
  })
  return { pages, issues }
}

/**
 * The Activity id of a Facebook object: `facebook:<object-id>`.
 *
 * @example
 * ```ts
 * facebookActivityId("108000000000001_122100000000000001") //=> "facebook:108000000000001_122100000000000001"
 * ```
 * @since 0.1.0
 * @category mapping
 */
export const facebookActivityId = (objectId: string): string => `facebook:${objectId}`

/**
 * A Page's post as the Activity the quota rules count ("đăng tải tin,
 * bài" on the unit's own Fanpage), in the wire form of contract v1 with
 * `at` written in `timeZone` (default `Asia/Ho_Chi_Minh`).
 *
 * @example
 * ```ts
 * postActivity(
 *   { id: "108000000000001_122100000000000001", pageId: "108000000000001", createdAt: Date.parse("2026-03-02T01:23:45Z"),
 *     url: "https://www.facebook.com/108000000000001/posts/122100000000000001", reactions: 42, comments: 5, shares: 3 },
 *   { pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son" },
 * )
 * //=> { id: "facebook:108000000000001_122100000000000001", kind: "post", unit: "thcs-lac-son",
 * //     channel: "fb-thcs-lac-son", at: "2026-03-02T08:23:45.000+07:00",
 * //     url: "https://www.facebook.com/108000000000001/posts/122100000000000001" }
 * ```
 * @since 0.1.0
 * @category mapping
 */
export const postActivity = (post: FacebookPost, page: FacebookPage, options: { readonly timeZone?: string } = {}): ActivityRecord => {
  const activity: { -readonly [K in keyof ActivityRecord]: ActivityRecord[K] } = {
    id: facebookActivityId(post.id),
    kind: "post",
    unit: page.unit,
    channel: page.channel,
    at: formatInstant(post.createdAt, options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  }
  if (post.url !== undefined) activity.url = post.url
  return activity
}
