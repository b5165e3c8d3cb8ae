/**
 * Articles (bài viết) of the Sở's Zalo OA, and the `article` Activities the
 * plan's rules count for the OA's unit.
 *
 * @since 0.1.0
 * @module
 */
import { formatInstant, type ActivityRecord, type TimeZoneOptions } from "@lantoa/core"

/**
 * One block of an article's body: a paragraph of text or an image.
 *
 * @example
 * ```ts
 * const blocks: ReadonlyArray<ArticleBlock> = [
 *   { type: "text", content: "Sáng 12/11/2024, Trường THCS Lạc Sơn tổ chức Ngày hội đọc sách." },
 *   { type: "image", url: "https://photo.example/ngay-hoi.jpg", caption: "Học sinh đọc sách" },
 * ]
 * ```
 * @since 0.1.0
 * @category models
 */
export type ArticleBlock =
  | { readonly type: "text"; readonly content: string }
  | { readonly type: "image"; readonly url: string; readonly caption?: string }

/**
 * A new article. `status` and `comment` default to `show`: Zalo's own
 * default for `status` is `hide`, which publishes nothing.
 *
 * @example
 * ```ts
 * const input: ArticleInput = {
 *   title: "Ngày hội đọc sách 2024", author: "Sở GD&ĐT", description: "Lan tỏa văn hóa đọc trong trường học",
 *   coverPhotoUrl: "https://photo.example/cover.jpg",
 *   body: [{ type: "text", content: "…" }],
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ArticleInput {
  /** At most 150 characters. */
  readonly title: string
  /** At most 50 characters. */
  readonly author?: string
  /** At most 300 characters. */
  readonly description: string
  readonly coverPhotoUrl: string
  readonly body: ReadonlyArray<ArticleBlock>
  readonly status?: "show" | "hide"
  readonly comment?: "show" | "hide"
}

/**
 * An article as `getslice` lists it. Ids are strings; instants epoch ms.
 *
 * @example
 * ```ts
 * const article: ZaloArticle = {
 *   id: "9f3c5a1b7e2d4c6a8b0e", type: "normal", title: "Ngày hội đọc sách", status: "show",
 *   totalView: 120, totalShare: 4, createdAt: 1767225600000, updatedAt: 1767225600000,
 *   thumb: "https://photo-stal.zadn.vn/x.jpg", link: "https://zalo.me/s/123/",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloArticle {
  readonly id: string
  readonly type: string
  readonly title: string
  /** `show` (published) or `hide`. */
  readonly status: string
  readonly totalView: number
  readonly totalShare: number
  readonly createdAt: number
  readonly updatedAt: number
  readonly thumb?: string
  readonly link?: string
}

/**
 * One page of `getslice`: the OA's total and the articles of the page.
 *
 * @example
 * ```ts
 * const slice: ArticleSlice = { total: 1, articles: [article] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ArticleSlice {
  readonly total: number
  readonly articles: ReadonlyArray<ZaloArticle>
}

/**
 * Options of {@link articleActivities}: the unit that owns the OA and the
 * OA's channel id in the roster.
 *
 * @example
 * ```ts
 * const options: ArticleActivitiesOptions = { unit: "so-gddt", channel: "zalo-oa-so-gddt" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ArticleActivitiesOptions extends TimeZoneOptions {
  readonly unit: string
  readonly channel?: string
  /** Only articles created at or after this instant (epoch ms). */
  readonly since?: number
  /** Only articles created before this instant (epoch ms). */
  readonly until?: number
}

/**
 * The OA's published articles as `article` Activities (contract v1) of the
 * unit that owns the OA: id `zalo:article:<id>`, `at` the creation time in
 * the zone (default Asia/Ho_Chi_Minh), `url` the article's link. Hidden
 * articles (`status` other than `show`) were not published and are left
 * out; so is a repeated id.
 *
 * @example
 * ```ts
 * articleActivities([article], { unit: "so-gddt", channel: "zalo-oa-so-gddt" })
 * //=> [{ id: "zalo:article:9f3c5a1b7e2d4c6a8b0e", kind: "article", unit: "so-gddt", channel: "zalo-oa-so-gddt",
 * //      at: "2026-01-01T07:00:00.000+07:00", url: "https://zalo.me/s/123/" }]
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const articleActivities = (
  articles: ReadonlyArray<ZaloArticle>,
  options: ArticleActivitiesOptions,
): ReadonlyArray<ActivityRecord> => {
  const seen = new Set<string>()
  const out: Array<ActivityRecord> = []
  for (const article of articles) {
    if (article.status !== "show" || seen.has(article.id)) continue
    if (options.since !== undefined && article.createdAt < options.since) continue
    if (options.until !== undefined && article.createdAt >= options.until) continue
    seen.add(article.id)
    const at = formatInstant(article.createdAt, options.timeZone === undefined ? {} : { timeZone: options.timeZone })
    out.push({
      id: `zalo:article:${article.id}`,
      kind: "article",
      unit: options.unit,
      ...(options.channel === undefined ? {} : { channel: options.channel }),
      at,
      ...(article.link === undefined ? {} : { url: article.link }),
    })
  }
  return out
}
