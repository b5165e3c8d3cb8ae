/**
 * Rate-limit usage as Graph reports it in response headers.
 *
 * - `X-App-Usage` (and the legacy `X-Page-Usage`): `{call_count,
 *   total_time, total_cputime}`, percentages of the app's platform limit
 *   (User and app tokens).
 * - `X-Business-Use-Case-Usage`: per business object id, a list of
 *   `{type, call_count, total_cputime, total_time,
 *   estimated_time_to_regain_access}` — the Business Use Case limit that
 *   Page and system-user tokens count against; the estimate is in minutes.
 *
 * Meta advises slowing down from 90 % on any field; a client that keeps
 * calling at 100 % gets error 4, 17, 32, 613 or 80001.
 *
 * @since 0.1.0
 * @module
 */
import { isRecord, numberOf, stringOf } from "./internal/decode.js"

/**
 * The platform usage of `X-App-Usage` (or `X-Page-Usage`), in percent.
 *
 * @example
 * ```ts
 * const app: AppUsage = { callCount: 28, totalTime: 25, totalCputime: 25 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface AppUsage {
  readonly callCount: number
  readonly totalTime: number
  readonly totalCputime: number
}

/**
 * One entry of `X-Business-Use-Case-Usage`: the business object (a Page
 * id), the use case (`pages`, `ads_management`…), usage in percent, and the
 * minutes until calls are allowed again.
 *
 * @example
 * ```ts
 * const usage: BusinessUseCaseUsage = {
 *   id: "108000000000001", type: "pages", callCount: 97, totalCputime: 23, totalTime: 23,
 *   estimatedTimeToRegainAccess: 0,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface BusinessUseCaseUsage {
  readonly id: string
  readonly type: string
  readonly callCount: number
  readonly totalTime: number
  readonly totalCputime: number
  /** Minutes; 0 when not throttled. */
  readonly estimatedTimeToRegainAccess: number
}

/**
 * Everything the usage headers of one response say, and the two numbers a
 * client acts on: the highest percentage of any field (`maxPercent`) and
 * the longest wait Graph announced (`regainAccessMs`).
 *
 * @example
 * ```ts
 * const usage: GraphUsage = parseUsageHeaders(headers)
 * usage.maxPercent     //=> 97
 * usage.regainAccessMs //=> 0
 * ```
 * @since 0.1.0
 * @category models
 */
export interface GraphUsage {
  readonly app?: AppUsage
  readonly page?: AppUsage
  readonly business: ReadonlyArray<BusinessUseCaseUsage>
  readonly maxPercent: number
  readonly regainAccessMs: number
}

/** Response headers in any of the usual shapes. */
type HeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | ReadonlyArray<string> | undefined>>

/** Reads one header, whatever its container and case. */
export const headerOf = (headers: HeaderSource, name: string): string | undefined => {
  if (typeof (headers as { get?: unknown }).get === "function") {
    const value = (headers as { get(name: string): string | null }).get(name)
    return value ?? undefined
  }
  const record = headers as Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  const wanted = name.toLowerCase()
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== wanted) continue
    const value = record[key]
    return typeof value === "string" ? value : Array.isArray(value) ? (value as ReadonlyArray<string>).join(",") : undefined
  }
  return undefined
}

const parseJson = (text: string | undefined): unknown => {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const percent = (value: unknown): number => {
  const n = numberOf(value) ?? (typeof value === "string" ? Number.parseFloat(value) : Number.NaN)
  return Number.isFinite(n) && n >= 0 ? n : 0
}

const appUsageOf = (value: unknown): AppUsage | undefined =>
  isRecord(value)
    ? { callCount: percent(value["call_count"]), totalTime: percent(value["total_time"]), totalCputime: percent(value["total_cputime"]) }
    : undefined

/**
 * Reads `X-App-Usage`, `X-Page-Usage` and `X-Business-Use-Case-Usage` from
 * response headers (a `Headers` object or a plain record, any case).
 * Missing or malformed headers read as no usage; this never throws.
 *
 * @example
 * ```ts
 * const usage = parseUsageHeaders({
 *   "x-app-usage": '{"call_count":28,"total_time":25,"total_cputime":25}',
 *   "x-business-use-case-usage":
 *     '{"108000000000001":[{"type":"pages","call_count":97,"total_cputime":23,"total_time":23,"estimated_time_to_regain_access":0}]}',
 * })
 * usage.app?.callCount //=> 28
 * usage.maxPercent     //=> 97
 * usage.regainAccessMs //=> 0
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseUsageHeaders = (
  headers: { get(name: string): string | null } | Readonly<Record<string, string | ReadonlyArray<string> | undefined>>,
): GraphUsage => {
  const app = appUsageOf(parseJson(headerOf(headers, "x-app-usage")))
  const page = appUsageOf(parseJson(headerOf(headers, "x-page-usage")))
  const business: Array<BusinessUseCaseUsage> = []
  const buc = parseJson(headerOf(headers, "x-business-use-case-usage"))
  if (isRecord(buc)) {
    for (const [id, entries] of Object.entries(buc)) {
      if (!Array.isArray(entries)) continue
      for (const entry of entries) {
        if (!isRecord(entry)) continue
        business.push({
          id,
          type: stringOf(entry["type"]) ?? "unknown",
          callCount: percent(entry["call_count"]),
          totalTime: percent(entry["total_time"]),
          totalCputime: percent(entry["total_cputime"]),
          estimatedTimeToRegainAccess: percent(entry["estimated_time_to_regain_access"]),
        })
      }
    }
  }
  let maxPercent = 0
  for (const usage of [app, page]) {
    if (usage !== undefined) maxPercent = Math.max(maxPercent, usage.callCount, usage.totalTime, usage.totalCputime)
  }
  let regainMinutes = 0
  for (const usage of business) {
    maxPercent = Math.max(maxPercent, usage.callCount, usage.totalTime, usage.totalCputime)
    regainMinutes = Math.max(regainMinutes, usage.estimatedTimeToRegainAccess)
  }
  const result: { -readonly [K in keyof GraphUsage]: GraphUsage[K] } = {
    business,
    maxPercent,
    regainAccessMs: Math.round(regainMinutes * 60_000),
  }
  if (app !== undefined) result.app = app
  if (page !== undefined) result.page = page
  return result
}
