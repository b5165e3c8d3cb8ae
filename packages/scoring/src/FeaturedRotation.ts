/**
 * The weekly featured pages: "Mỗi tuần lựa chọn 1-2 trang của đơn vị,
 * trường học, 01 trang Phòng GD&ĐT để cán bộ, công chức, viên chức toàn
 * ngành tập trung chia sẻ, thả tim, “thích” (like)" (plan V.4.1).
 *
 * The rule, in order:
 *
 * 1. Eligible pages only: active, whose unit met last week's posting quota
 *    and has no open moderation incident (facts the caller supplies; the
 *    policy may relax the last two), of a kind that fills a slot.
 * 2. Least recently featured first: a page never featured comes before any
 *    page featured before, and among those featured, the one featured
 *    longest ago. So every eligible page is featured before any page
 *    repeats.
 * 3. Spread across Phòng: among pages equally due (same last featured
 *    week, or never), a school page under a Phòng that has no page this
 *    week yet (the featured Phòng page included) goes first. Two school
 *    pages under one Phòng in a week happen only when no page equally due
 *    under another office is left — the rotation's promise (2) comes first.
 * 4. Remaining ties: a seeded hash of the week and the channel id, never
 *    the input order; so the same inputs give the same picks, and the order
 *    still changes from week to week.
 *
 * @since 0.1.0
 * @module
 */
import { formatPeriod, nextPeriod, parsePeriodId, type Locale } from "@lantoa/core"
import { unitKindLabel, type UnitKind } from "@lantoa/hierarchy"
import { FeaturingPolicySchema, type FeaturingPolicy, type FeaturingPolicyInput } from "./FeaturingPolicy.js"
import { lowerFirst } from "./internal/format.js"
import { hash53 } from "./internal/hash.js"

/**
 * A page that may be featured, with the facts that decide it — supplied by
 * the caller (the engine reads them from quota results, moderation cases
 * and the roster):
 *
 * - `kind`: the kind of the owning unit (which slot the page can fill);
 * - `office`: for a school page, the unit it reports to (its Phòng), for
 *   spreading picks across Phòng; absent for units reporting to the Sở;
 * - `active`, `metLastWeek`, `openIncident`: eligibility;
 * - `name`, `officeName`: for the reasons (ids are used when absent).
 *
 * @example
 * ```ts
 * const page: FeaturedPage = {
 *   channel: "fb-thcs-lac-son", unit: "thcs-lac-son", kind: "lower-secondary", name: "Trường THCS Lạc Sơn",
 *   office: "pgd-lac-son", officeName: "Phòng GD&ĐT Lạc Sơn", active: true, metLastWeek: true, openIncident: false,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FeaturedPage {
  readonly channel: string
  readonly unit: string
  readonly kind: UnitKind
  readonly name?: string
  readonly office?: string
  readonly officeName?: string
  readonly active: boolean
  readonly metLastWeek: boolean
  readonly openIncident: boolean
}

/**
 * A past pick: the week and the channel (contract v1 `featured[]` entries
 * fit as they are).
 *
 * @example
 * ```ts
 * const past: FeaturedHistoryEntry = { week: "2024-W46", channel: "fb-thcs-lac-son" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FeaturedHistoryEntry {
  readonly week: string
  readonly channel: string
}

/**
 * A page picked for a week, with its reason in the locale asked for.
 * Contract v1's `featured[]` entry (`week`, `channel`, `reason`) is a
 * subset of it.
 *
 * @example
 * ```ts
 * const pick: FeaturedPick = {
 *   week: "2024-W47", channel: "fb-thcs-lac-son", unit: "thcs-lac-son", slot: "school", lastFeatured: null, office: "pgd-lac-son",
 *   reason: "Trang \"Trường THCS Lạc Sơn\" được chọn lan tỏa tuần 47 năm 2024 (18/11/2024 – 24/11/2024): trang đơn vị, trường học (Trường Trung học cơ sở); chưa từng được chọn; đạt chỉ tiêu đăng bài tuần trước, không có sự cố kiểm duyệt đang xử lý; là trang duy nhất thuộc Phòng GD&ĐT Lạc Sơn trong tuần.",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FeaturedPick {
  readonly week: string
  readonly channel: string
  readonly unit: string
  readonly slot: "school" | "office"
  /** The last week the page was featured before this one, or null. */
  readonly lastFeatured: string | null
  readonly office?: string
  readonly reason: string
}

/**
 * Why a page was not considered in a week.
 *
 * @example
 * ```ts
 * INELIGIBLE_REASONS //=> ["inactive", "quota-not-met-last-week", "open-incident", "not-featured-kind", "conflicting-facts"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const INELIGIBLE_REASONS = [
  "inactive",
  "quota-not-met-last-week",
  "open-incident",
  "not-featured-kind",
  "conflicting-facts",
] as const

/**
 * A page left out of a week, with its reasons (codes of
 * {@link INELIGIBLE_REASONS}) and a sentence.
 *
 * @example
 * ```ts
 * const out: IneligiblePage = {
 *   channel: "fb-mn-hoa-ban", reasons: ["open-incident"],
 *   explanation: "Trang fb-mn-hoa-ban chưa được xét tuần 47 năm 2024: đang có sự cố kiểm duyệt chưa xử lý xong.",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface IneligiblePage {
  readonly channel: string
  readonly reasons: ReadonlyArray<(typeof INELIGIBLE_REASONS)[number]>
  readonly explanation: string
}

/**
 * One week's rotation: the picks (the office page first, then school
 * pages), the pages left out and why (by channel id), and how many slots
 * stayed empty for want of eligible pages.
 *
 * @example
 * ```ts
 * const rotation: FeaturedRotation = { week: "2024-W47", picks: [], ineligible: [], shortfall: { school: 2, office: 1 } }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FeaturedRotation {
  readonly week: string
  readonly picks: ReadonlyArray<FeaturedPick>
  readonly ineligible: ReadonlyArray<IneligiblePage>
  readonly shortfall: { readonly school: number; readonly office: number }
}

/**
 * Options for {@link rotateFeatured}: the week (`2024-W47`), the featuring
 * policy's fields (`schoolPages`, `officePages`, kinds, eligibility rules,
 * `seed` — see `FeaturingPolicySchema`), and the locale of the reasons.
 *
 * @example
 * ```ts
 * const options: RotateFeaturedOptions = { week: "2024-W47", schoolPages: 2, officePages: 1 }
 * ```
 * @since 0.1.0
 * @category models
 */
export type RotateFeaturedOptions = FeaturingPolicyInput & { readonly week: string; readonly locale?: Locale }

interface Candidate {
  readonly page: FeaturedPage
  readonly slot: "school" | "office"
  /** Last featured week, "" for never (sorts first). */
  readonly last: string
  readonly tie: number
}

const weekOrThrow = (week: string, caller: string): string => {
  if (parsePeriodId(week)?.kind !== "week") throw new RangeError(`${caller}: ${JSON.stringify(week)} is not an ISO week id such as "2024-W47"`)
  return week
}

const featuringOrThrow = (options: FeaturingPolicyInput, caller: string): FeaturingPolicy => {
  const result = FeaturingPolicySchema.safeParse(options)
  if (!result.success) {
    throw new RangeError(`${caller}: invalid featuring options — ${result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`)
  }
  return result.data
}

const smallest = (values: ReadonlyArray<string | undefined>): string | undefined =>
  values.reduce<string | undefined>((min, value) => (value === undefined ? min : min === undefined || value < min ? value : min), undefined)

/** One page per channel; copies must agree on what the page is, and then must all be eligible. */
const mergePages = (pages: ReadonlyArray<FeaturedPage>): ReadonlyMap<string, FeaturedPage | "conflict"> => {
  const byChannel = new Map<string, Array<FeaturedPage>>()
  for (const page of pages) {
    const list = byChannel.get(page.channel)
    if (list === undefined) byChannel.set(page.channel, [page])
    else list.push(page)
  }
  const merged = new Map<string, FeaturedPage | "conflict">()
  for (const [channel, copies] of byChannel) {
    const first = copies[0] as FeaturedPage
    if (copies.length === 1) {
      merged.set(channel, first)
      continue
    }
    if (copies.some((page) => page.unit !== first.unit || page.kind !== first.kind || page.office !== first.office)) {
      merged.set(channel, "conflict")
      continue
    }
    const name = smallest(copies.map((page) => page.name))
    const officeName = smallest(copies.map((page) => page.officeName))
    merged.set(channel, {
      channel,
      unit: first.unit,
      kind: first.kind,
      ...(first.office === undefined ? {} : { office: first.office }),
      ...(name === undefined ? {} : { name }),
      ...(officeName === undefined ? {} : { officeName }),
      active: copies.every((page) => page.active),
      metLastWeek: copies.every((page) => page.metLastWeek),
      openIncident: copies.some((page) => page.openIncident),
    })
  }
  return merged
}

const shortWeek = (week: string, locale: Locale): string => lowerFirst(formatPeriod(week, { locale }).replace(/\s*\(.*\)$/, ""))

const ineligibleText = (channel: string, page: FeaturedPage | undefined, week: string, reasons: IneligiblePage["reasons"], locale: Locale): string => {
  const vi = locale !== "en"
  const texts: Record<IneligiblePage["reasons"][number], readonly [string, string]> = {
    inactive: ["trang không hoạt động", "the page is not active"],
    "quota-not-met-last-week": ["chưa đạt chỉ tiêu đăng bài tuần trước", "last week's posting quota was not met"],
    "open-incident": ["đang có sự cố kiểm duyệt chưa xử lý xong", "a moderation incident is open"],
    "not-featured-kind": ["loại đơn vị không thuộc diện chọn trang trong tuần", "the unit's kind fills no featured slot"],
    "conflicting-facts": ["trang được khai nhiều lần với thông tin mâu thuẫn", "the page is listed more than once with conflicting facts"],
  }
  const name = page?.name === undefined ? channel : `"${page.name}"`
  const list = reasons.map((reason) => texts[reason][vi ? 0 : 1]).join("; ")
  return vi
    ? `Trang ${name} chưa được xét ${shortWeek(week, locale)}: ${list}.`
    : `Page ${name} not considered for ${shortWeek(week, locale)}: ${list}.`
}

const pickReason = (
  candidate: Candidate,
  week: string,
  policy: FeaturingPolicy,
  spread: "alone" | "shared" | "none",
  locale: Locale,
): string => {
  const vi = locale !== "en"
  const { page } = candidate
  const name = page.name === undefined ? page.channel : `"${page.name}"`
  const kind = unitKindLabel(page.kind, locale)
  const slot =
    candidate.slot === "school"
      ? vi ? `trang đơn vị, trường học (${kind})` : `a school page (${kind})`
      : vi ? `trang ${kind}` : `a page of a ${kind}`
  const recency =
    candidate.last === ""
      ? vi ? "chưa từng được chọn" : "never featured before"
      : vi
        ? `lần gần nhất được chọn là ${shortWeek(candidate.last, locale)}, không trang đủ điều kiện nào chờ lâu hơn`
        : `last featured in ${shortWeek(candidate.last, locale)}; no eligible page has waited longer`
  const facts = [
    ...(policy.requireMetLastWeek ? [vi ? "đạt chỉ tiêu đăng bài tuần trước" : "met last week's posting quota"] : []),
    ...(policy.excludeOpenIncident ? [vi ? "không có sự cố kiểm duyệt đang xử lý" : "no open moderation incident"] : []),
  ]
  const office = page.officeName ?? page.office ?? ""
  const spreadText =
    spread === "alone"
      ? vi ? `; là trang duy nhất thuộc ${office} trong tuần` : `; the only page under ${office} this week`
      : spread === "shared"
        ? vi
          ? `; cùng thuộc ${office} với một trang khác trong tuần vì không còn trang nào cùng lượt thuộc đơn vị khác`
          : `; shares ${office} with another page this week, as no page equally due under another office was left`
        : ""
  const when = lowerFirst(formatPeriod(week, { locale }))
  const head = vi ? `Trang ${name} được chọn lan tỏa ${when}` : `Page ${name} featured for ${when}`
  return `${head}: ${slot}; ${recency}${facts.length > 0 ? `; ${facts.join(", ")}` : ""}${spreadText}.`
}

const byTurn = (a: Candidate, b: Candidate): number =>
  a.last < b.last ? -1 : a.last > b.last ? 1 : a.tie - b.tie || (a.page.channel < b.page.channel ? -1 : a.page.channel > b.page.channel ? 1 : 0)

/**
 * Picks the pages featured in one week (see the module's rule: eligible
 * pages, least recently featured first, spread across Phòng, ties by a
 * seeded hash). Deterministic: the same pages, history and options give the
 * same picks whatever their order. History entries of this week or later
 * are ignored, so running a week again gives the same answer.
 *
 * Throws a `RangeError` for a week that is not an ISO week id or invalid
 * featuring options (programming errors).
 *
 * @example
 * ```ts
 * const page = (channel: string, office: string): FeaturedPage => ({
 *   channel, unit: channel.slice(3), kind: "primary", office, active: true, metLastWeek: true, openIncident: false,
 * })
 * const rotation = rotateFeatured(
 *   [page("fb-th-a", "pgd-x"), page("fb-th-b", "pgd-x"), page("fb-th-c", "pgd-y"),
 *    { channel: "fb-pgd-x", unit: "pgd-x", kind: "district-office", active: true, metLastWeek: true, openIncident: false }],
 *   [{ week: "2024-W46", channel: "fb-th-a" }],
 *   { week: "2024-W47", schoolPages: 2, officePages: 1 },
 * )
 * rotation.picks.map((pick) => pick.channel) //=> ["fb-pgd-x", "fb-th-c", "fb-th-b"]
 * // fb-th-a was featured last week; fb-th-c first: the Phòng page is pgd-x's.
 * ```
 * @since 0.1.0
 * @category featuring
 */
export const rotateFeatured = (
  pages: ReadonlyArray<FeaturedPage>,
  history: ReadonlyArray<FeaturedHistoryEntry>,
  options: RotateFeaturedOptions,
): FeaturedRotation => {
  const { week: rawWeek, locale: rawLocale, ...rest } = options
  const week = weekOrThrow(rawWeek, "rotateFeatured")
  const locale: Locale = rawLocale ?? "vi"
  const policy = featuringOrThrow(rest, "rotateFeatured")
  const last = new Map<string, string>()
  for (const entry of history) {
    if (entry.week >= week) continue
    const previous = last.get(entry.channel)
    if (previous === undefined || entry.week > previous) last.set(entry.channel, entry.week)
  }
  const schoolKinds = new Set<UnitKind>(policy.schoolKinds)
  const officeKinds = new Set<UnitKind>(policy.officeKinds)
  const schools: Array<Candidate> = []
  const offices: Array<Candidate> = []
  const ineligible: Array<IneligiblePage> = []
  for (const [channel, merged] of mergePages(pages)) {
    const reasons: Array<IneligiblePage["reasons"][number]> = []
    const page = merged === "conflict" ? undefined : merged
    if (page === undefined) reasons.push("conflicting-facts")
    else {
      if (!page.active) reasons.push("inactive")
      if (policy.requireMetLastWeek && !page.metLastWeek) reasons.push("quota-not-met-last-week")
      if (policy.excludeOpenIncident && page.openIncident) reasons.push("open-incident")
      if (!officeKinds.has(page.kind) && !schoolKinds.has(page.kind)) reasons.push("not-featured-kind")
    }
    if (page === undefined || reasons.length > 0) {
      ineligible.push({ channel, reasons, explanation: ineligibleText(channel, page, week, reasons, locale) })
      continue
    }
    const slot = officeKinds.has(page.kind) ? "office" : "school"
    const candidate: Candidate = { page, slot, last: last.get(channel) ?? "", tie: hash53(`${week}|${channel}`, hash53(policy.seed)) }
    ;(slot === "office" ? offices : schools).push(candidate)
  }
  offices.sort(byTurn)
  schools.sort(byTurn)
  const picks: Array<FeaturedPick> = []
  const toPick = (candidate: Candidate, spread: "alone" | "shared" | "none"): FeaturedPick => ({
    week,
    channel: candidate.page.channel,
    unit: candidate.page.unit,
    slot: candidate.slot,
    lastFeatured: candidate.last === "" ? null : candidate.last,
    ...(candidate.page.office === undefined ? {} : { office: candidate.page.office }),
    reason: pickReason(candidate, week, policy, spread, locale),
  })
  const usedOffices = new Set<string>()
  for (const candidate of offices.slice(0, policy.officePages)) {
    picks.push(toPick(candidate, "none"))
    usedOffices.add(candidate.page.unit)
  }
  const remaining = [...schools]
  for (let slot = 0; slot < policy.schoolPages && remaining.length > 0; slot++) {
    const head = remaining[0] as Candidate
    // Spread only among pages equally due: the rotation's order comes first.
    let at = remaining.findIndex(
      (candidate) => candidate.last === head.last && (candidate.page.office === undefined || !usedOffices.has(candidate.page.office)),
    )
    if (at < 0) at = 0
    const [candidate] = remaining.splice(at, 1) as [Candidate]
    const office = candidate.page.office
    picks.push(toPick(candidate, office === undefined ? "none" : usedOffices.has(office) ? "shared" : "alone"))
    if (office !== undefined) usedOffices.add(office)
  }
  ineligible.sort((a, b) => (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0))
  const pickedSchools = picks.filter((pick) => pick.slot === "school").length
  const pickedOffices = picks.length - pickedSchools
  return {
    week,
    picks,
    ineligible,
    shortfall: { school: policy.schoolPages - pickedSchools, office: policy.officePages - pickedOffices },
  }
}

/**
 * Options for {@link rotationForWeeks}: the weeks, as a list in ascending
 * order or as a first week and a count, plus everything
 * {@link rotateFeatured} takes but `week`.
 *
 * @example
 * ```ts
 * const year: RotationForWeeksOptions = { from: "2024-W36", count: 35, schoolPages: 2, officePages: 1 }
 * const some: RotationForWeeksOptions = { weeks: ["2024-W47", "2024-W48"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export type RotationForWeeksOptions = Omit<RotateFeaturedOptions, "week"> &
  ({ readonly weeks: ReadonlyArray<string> } | { readonly from: string; readonly count: number })

/**
 * Runs the rotation over a sequence of weeks, each week's picks joining the
 * history of the next. `pages` is a list (the same facts every week) or a
 * function of the week (eligibility changes: who met last week's quota).
 * Returns each week's rotation and every pick in order.
 *
 * @example
 * ```ts
 * const { rotations, featured } = rotationForWeeks(pages, [], { from: "2024-W36", count: 35, schoolPages: 2, officePages: 1 })
 * rotations.length        //=> 35
 * featured[0]             //=> { week: "2024-W36", channel: "fb-pgd-…", slot: "office", reason: "Trang … được chọn lan tỏa tuần 36 năm 2024 …", … }
 * ```
 * @since 0.1.0
 * @category featuring
 */
export const rotationForWeeks = (
  pages: ReadonlyArray<FeaturedPage> | ((week: string) => ReadonlyArray<FeaturedPage>),
  history: ReadonlyArray<FeaturedHistoryEntry>,
  options: RotationForWeeksOptions,
): { readonly rotations: ReadonlyArray<FeaturedRotation>; readonly featured: ReadonlyArray<FeaturedPick> } => {
  let weeks: ReadonlyArray<string>
  let rest: Omit<RotateFeaturedOptions, "week">
  if ("weeks" in options) {
    const { weeks: list, ...others } = options
    weeks = list.map((week) => weekOrThrow(week, "rotationForWeeks"))
    rest = others
  } else {
    const { from, count, ...others } = options
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`rotationForWeeks: count must be a whole number ≥ 0, not ${count}`)
    const list: Array<string> = []
    for (let week = weekOrThrow(from, "rotationForWeeks"), k = 0; k < count; k++, week = nextPeriod(week)) list.push(week)
    weeks = list
    rest = others
  }
  weeks.forEach((week, k) => {
    if (k > 0 && week <= (weeks[k - 1] as string)) throw new RangeError(`rotationForWeeks: weeks must be ascending; ${week} follows ${weeks[k - 1]}`)
  })
  const past: Array<FeaturedHistoryEntry> = [...history]
  const rotations: Array<FeaturedRotation> = []
  const featured: Array<FeaturedPick> = []
  for (const week of weeks) {
    const rotation = rotateFeatured(typeof pages === "function" ? pages(week) : pages, past, { ...rest, week })
    rotations.push(rotation)
    featured.push(...rotation.picks)
    past.push(...rotation.picks)
  }
  return { rotations, featured }
}
