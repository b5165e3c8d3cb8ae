/**
 * Rules compiled against a hierarchy and a range, once per evaluation (or
 * ledger): dense integer indexes for units, people and channels; each
 * rule's subjects, periods, owed days and activity filters as bit masks and
 * typed arrays. Everything the hot loops read is here, so that they do no
 * string work but the id lookups of each activity.
 */
import {
  DEFAULT_TIME_ZONE,
  createPeriodIndex,
  epochDayOf,
  localDateOf,
  type Instant,
  type LocalDate,
  type PeriodIndex,
  type PeriodKind,
  type PeriodOptions,
} from "@lantoa/core"
import { PLATFORMS, type Hierarchy } from "@lantoa/hierarchy"
import type { QuotaRule } from "../QuotaRule.js"
import type { QuotaSubject } from "../QuotaResult.js"
import { NO_END, NO_START, daysOutside, endDay, mergeSpans, startDay, type DaySpans } from "./days.js"

/**
 * The bit of an activity kind, 0 for an unknown one: 1 << its position in
 * `ACTIVITY_KINDS` (post 1, share 2, reaction 4, comment 8, article 16,
 * message 32). A switch: cheaper than a Map lookup once per activity of a
 * province-year.
 */
export const kindBit = (kind: string): number => {
  // Most frequent first: reactions outnumber everything else.
  switch (kind) {
    case "reaction":
      return 4
    case "share":
      return 2
    case "post":
      return 1
    case "comment":
      return 8
    case "article":
      return 16
    case "message":
      return 32
    default:
      return 0
  }
}

const PLATFORM_BITS: ReadonlyMap<string, number> = new Map(PLATFORMS.map((platform, k) => [platform, 1 << k]))

/** The periods of one kind over the range, with their local days. */
export interface Calendar {
  readonly kind: PeriodKind
  readonly index: PeriodIndex
  /** Epoch day of each period's first day. */
  readonly first: Int32Array
  /** Epoch day after each period's last day. */
  readonly end: Int32Array
  /** Day number (position in `Compiled.days`) → position of its period here, or −1. Filled by `compile`. */
  ofDay: Int32Array
}

/** An exemption with its days. */
export interface Exemption {
  readonly from: number
  readonly to: number
  readonly reason: string | undefined
}

/** One rule, ready to count. Subjects are numbered 0…S−1 in id order, the rule's periods 0…P−1. */
export interface CompiledRule {
  readonly rule: QuotaRule
  readonly kindMask: number
  /** 0: any platform (and activities without a channel count). */
  readonly platformMask: number
  /** Only activities on a channel the subject unit owns. */
  readonly own: boolean
  /** Count items (`distinctBy: "item"`), not activities. */
  readonly item: boolean
  /** The cap, or `Infinity`. */
  readonly cap: number
  /** Subjects are people (else units). */
  readonly person: boolean
  readonly subjectCount: number
  readonly subjectIds: ReadonlyArray<string>
  /** The subject as results carry it, one object per subject. */
  readonly subjectKeys: ReadonlyArray<QuotaSubject>
  /** The unit of each subject (itself for a unit). */
  readonly subjectUnits: ReadonlyArray<string>
  /** First and last day each subject exists (open bounds as NO_START/NO_END). */
  readonly subjectFrom: Int32Array
  readonly subjectTo: Int32Array
  /** Dense unit (or person) number → subject number, or −1; and back. */
  readonly subjectOf: Int32Array
  readonly subjectDense: Int32Array
  /** Position of the calendar of the rule's period kind in `Compiled.calendars`. */
  readonly calendar: number
  /** The rule's first period in that calendar, and how many it has. */
  readonly p0: number
  readonly periodCount: number
  readonly ruleFrom: number
  readonly ruleTo: number
  readonly exemptions: ReadonlyArray<Exemption>
  /** Exemption days merged, so that overlapping exemptions count once. */
  readonly exempt: DaySpans
  /** Per rule period: the days a subject present all period owes. */
  readonly fullOwed: Int32Array
}

/** Everything an evaluation or a ledger needs, independent of `now` and of the activities. */
export interface Compiled {
  readonly rules: ReadonlyArray<CompiledRule>
  readonly calendars: ReadonlyArray<Calendar>
  /**
   * The local days every calendar covers (whole periods, so a little beyond
   * the range): an activity's day is looked up once, its periods then read
   * from each calendar's `ofDay`.
   */
  readonly days: PeriodIndex
  /** Epoch day of `days`' first day. */
  readonly firstDay: number
  readonly unitIndex: ReadonlyMap<string, number>
  readonly personIndex: ReadonlyMap<string, number>
  readonly channelIndex: ReadonlyMap<string, number>
  /** Dense channel number → dense number of the unit owning it, or −1. */
  readonly channelOwner: Int32Array
  /** Dense channel number → the bit of its platform. */
  readonly channelPlatform: Int32Array
  /** Whether a dense unit (person) is a subject of at least one rule: others are dropped at once. */
  /**
   * The units (people) some rule wants, by id → dense number: the maps an
   * activity's ids are looked up in. Only subjects are in them, so an
   * activity of anyone else misses at once, in a smaller table.
   */
  readonly unitWanted: ReadonlyMap<string, number>
  readonly personWanted: ReadonlyMap<string, number>
  /** Kinds some rule counts; some unit rule; some person rule. */
  readonly kindMask: number
  readonly unitKindMask: number
  readonly personKindMask: number
  /** Whether unit rules (person rules) look at the channel. */
  readonly unitChannels: boolean
  readonly personChannels: boolean
  /** Whether unit rules (person rules) count items. */
  readonly unitItems: boolean
  readonly personItems: boolean
  readonly periodOptions: PeriodOptions
  readonly timeZone: string
}

const calendarOf = (kind: PeriodKind, from: Instant, to: Instant, options: PeriodOptions): Calendar => {
  const index = createPeriodIndex({ ...options, kind, from, to })
  const zone = { timeZone: index.timeZone }
  const first = Int32Array.from(index.bounds, (bounds) => epochDayOf(localDateOf(bounds.start, zone)))
  const end = Int32Array.from(index.bounds, (bounds) => epochDayOf(localDateOf(bounds.end, zone)))
  return { kind, index, first, end, ofDay: new Int32Array(0) }
}

interface Candidate {
  readonly id: string
  /** The dense unit (person) number. */
  readonly dense: number
  readonly unit: string
  readonly from: number
  readonly to: number
}

/** Position by id: the dense numbering of units, people and channels (the first of a repeated id). */
const indexById = (records: ReadonlyArray<{ readonly id: string }>): Map<string, number> => {
  const index = new Map<string, number>()
  for (let k = 0; k < records.length; k++) {
    const id = (records[k] as { readonly id: string }).id
    if (!index.has(id)) index.set(id, k)
  }
  return index
}

const byId = (a: Candidate, b: Candidate): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const unitCandidates = (hierarchy: Hierarchy, rule: QuotaRule & { subjects: { type: "unit" } }): Array<Candidate> => {
  const kinds = rule.subjects.kinds === undefined ? undefined : new Set<string>(rule.subjects.kinds)
  const out: Array<Candidate> = []
  hierarchy.units.forEach((unit, dense) => {
    if (kinds !== undefined && !kinds.has(unit.kind)) return
    out.push({ id: unit.id, dense, unit: unit.id, from: startDay(unit.validFrom), to: endDay(unit.validTo) })
  })
  return out
}

const personCandidates = (
  hierarchy: Hierarchy,
  rule: QuotaRule & { subjects: { type: "person" } },
  unitDays: ReadonlyMap<string, { readonly kind: string; readonly from: number; readonly to: number }>,
): Array<Candidate> => {
  const { roles, partyMember, unitKinds } = rule.subjects
  const roleSet = roles === undefined ? undefined : new Set<string>(roles)
  const kindSet = unitKinds === undefined ? undefined : new Set<string>(unitKinds)
  const out: Array<Candidate> = []
  hierarchy.people.forEach((person, dense) => {
    if (partyMember !== undefined && person.partyMember !== partyMember) return
    if (roleSet !== undefined && !person.roles.some((role) => roleSet.has(role))) return
    const unit = unitDays.get(person.unit)
    if (kindSet !== undefined && (unit === undefined || !kindSet.has(unit.kind))) return
    // A person owes only on days both they and their unit exist.
    const from = Math.max(startDay(person.validFrom), unit?.from ?? NO_START)
    const to = Math.min(endDay(person.validTo), unit?.to ?? NO_END)
    out.push({ id: person.id, dense, unit: person.unit, from, to })
  })
  return out
}

/**
 * What is derived from a hierarchy alone — dense numbers, validity days,
 * subject candidates by selector, subject objects — computed once per
 * hierarchy (hierarchies are immutable) and shared by every compilation:
 * the engine evaluates one prepared dataset many times.
 */
interface HierarchyIndex {
  readonly unitIndex: ReadonlyMap<string, number>
  readonly personIndex: ReadonlyMap<string, number>
  readonly channelIndex: ReadonlyMap<string, number>
  readonly channelOwner: Int32Array
  readonly channelPlatform: Int32Array
  readonly unitDays: ReadonlyMap<string, { readonly kind: string; readonly from: number; readonly to: number }>
  /** Candidates (in id order) by selector, computed once for rules that select alike. */
  readonly candidates: Map<string, ReadonlyArray<Candidate>>
  /** One subject object per unit (person), shared by every rule and result. */
  readonly unitKeys: Array<QuotaSubject | undefined>
  readonly personKeys: Array<QuotaSubject | undefined>
}

const hierarchyIndexes = new WeakMap<Hierarchy, HierarchyIndex>()

/** The dense numbering of a hierarchy (positions in `units`, `people`, `channels`) and what derives from it. */
export const hierarchyIndexOf = (hierarchy: Hierarchy): HierarchyIndex => {
  let index = hierarchyIndexes.get(hierarchy)
  if (index !== undefined) return index
  const unitIndex = indexById(hierarchy.units)
  index = {
    unitIndex,
    personIndex: indexById(hierarchy.people),
    channelIndex: indexById(hierarchy.channels),
    channelOwner: Int32Array.from(hierarchy.channels, (channel) => unitIndex.get(channel.unit) ?? -1),
    channelPlatform: Int32Array.from(hierarchy.channels, (channel) => PLATFORM_BITS.get(channel.platform) ?? 0),
    unitDays: new Map(
      hierarchy.units.map((unit) => [unit.id, { kind: unit.kind, from: startDay(unit.validFrom), to: endDay(unit.validTo) }]),
    ),
    candidates: new Map(),
    unitKeys: [],
    personKeys: [],
  }
  hierarchyIndexes.set(hierarchy, index)
  return index
}

/** What the rules of one compilation share. */
interface Shared extends HierarchyIndex {
  readonly hierarchy: Hierarchy
  readonly calendars: Array<Calendar>
  readonly calendarOfKind: (kind: PeriodKind) => number
  readonly holidays: HolidayResolver | undefined
  /** The local dates the evaluation can touch (whole periods of every kind, a year either side), for holidays. */
  readonly span: { readonly from: LocalDate; readonly to: LocalDate }
}

/**
 * The days off of a named holiday that touch `[from, to]` (local dates,
 * inclusive), each with a reason to cite.
 */
export type HolidayResolver = (
  holiday: string,
  from: LocalDate,
  to: LocalDate,
) => ReadonlyArray<{ readonly from: LocalDate; readonly to: LocalDate; readonly reason?: string }>

const candidatesOf = (shared: Shared, rule: QuotaRule): ReadonlyArray<Candidate> => {
  const key = JSON.stringify(rule.subjects)
  let list = shared.candidates.get(key)
  if (list === undefined) {
    list = (
      rule.subjects.type === "unit"
        ? unitCandidates(shared.hierarchy, rule as QuotaRule & { subjects: { type: "unit" } })
        : personCandidates(shared.hierarchy, rule as QuotaRule & { subjects: { type: "person" } }, shared.unitDays)
    ).sort(byId)
    shared.candidates.set(key, list)
  }
  return list
}

const subjectKeyOf = (shared: Shared, person: boolean, candidate: Candidate): QuotaSubject => {
  const keys = person ? shared.personKeys : shared.unitKeys
  return (keys[candidate.dense] ??= person ? { person: candidate.id } : { unit: candidate.id })
}

const compileRule = (rule: QuotaRule, shared: Shared): CompiledRule => {
  const { calendars, calendarOfKind, unitIndex, personIndex } = shared
  const calendar = calendarOfKind(rule.period)
  const { first, end } = calendars[calendar] as Calendar
  const ruleFrom = startDay(rule.validFrom)
  const ruleTo = endDay(rule.validTo)
  // The rule's periods: those of the range that share a day with its validity (a contiguous run).
  let p0 = 0
  while (p0 < first.length && (end[p0] as number) - 1 < ruleFrom) p0++
  let p1 = p0
  while (p1 < first.length && (first[p1] as number) <= ruleTo) p1++
  const periodCount = p1 - p0
  const exemptions = rule.exemptions.flatMap((exemption): ReadonlyArray<Exemption> => {
    if (exemption.holiday === undefined) {
      return [{ from: epochDayOf(exemption.from as string), to: epochDayOf(exemption.to as string), reason: exemption.reason }]
    }
    if (shared.holidays === undefined) {
      throw new RangeError(
        `quota rule ${rule.id}: the exemption for holiday "${exemption.holiday}" needs the holidays option (the engine gives it from @lantoa/calendar).`,
      )
    }
    const span = shared.span
    return shared.holidays(exemption.holiday, span.from, span.to).map((days) => ({
      from: epochDayOf(days.from),
      to: epochDayOf(days.to),
      reason: exemption.reason ?? days.reason,
    }))
  })
  const exempt = mergeSpans(exemptions)
  const fullOwed = new Int32Array(periodCount)
  for (let p = 0; p < periodCount; p++) {
    const lo = Math.max(first[p0 + p] as number, ruleFrom)
    const hi = Math.min((end[p0 + p] as number) - 1, ruleTo)
    fullOwed[p] = daysOutside(lo, hi, exempt)
  }
  // Subjects: those that exist on at least one day of the rule's periods.
  const spanFrom = periodCount > 0 ? (first[p0] as number) : NO_END
  const spanTo = periodCount > 0 ? (end[p1 - 1] as number) - 1 : NO_START
  const person = rule.subjects.type === "person"
  const candidates = candidatesOf(shared, rule).filter(
    (candidate) => candidate.from <= spanTo && candidate.to >= spanFrom && candidate.from <= candidate.to,
  )
  const dense = person ? personIndex : unitIndex
  const subjectOf = new Int32Array(dense.size).fill(-1)
  const subjectFrom = new Int32Array(candidates.length)
  const subjectTo = new Int32Array(candidates.length)
  const subjectDense = new Int32Array(candidates.length)
  for (let s = 0; s < candidates.length; s++) {
    const candidate = candidates[s] as Candidate
    subjectOf[candidate.dense] = s
    subjectDense[s] = candidate.dense
    subjectFrom[s] = candidate.from
    subjectTo[s] = candidate.to
  }
  let kindMask = 0
  for (const kind of rule.counts.kinds) kindMask |= kindBit(kind)
  let platformMask = 0
  for (const platform of rule.counts.platforms ?? []) platformMask |= PLATFORM_BITS.get(platform) ?? 0
  return {
    rule,
    kindMask,
    platformMask,
    own: rule.counts.channels === "own",
    item: rule.distinctBy === "item",
    cap: rule.cap ?? Number.POSITIVE_INFINITY,
    person,
    subjectCount: candidates.length,
    subjectIds: candidates.map((candidate) => candidate.id),
    subjectKeys: candidates.map((candidate) => subjectKeyOf(shared, person, candidate)),
    subjectUnits: candidates.map((candidate) => candidate.unit),
    subjectFrom,
    subjectTo,
    subjectOf,
    subjectDense,
    calendar,
    p0,
    periodCount,
    ruleFrom,
    ruleTo,
    exemptions,
    exempt,
    fullOwed,
  }
}

/** Compiles rules against a hierarchy for the range `[from, to)`. */
export const compile = (
  rules: ReadonlyArray<QuotaRule>,
  hierarchy: Hierarchy,
  range: { readonly from: Instant; readonly to: Instant },
  options: PeriodOptions & { readonly holidays?: HolidayResolver | undefined },
): Compiled => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const periodOptions: PeriodOptions =
    options.schoolYears === undefined ? { timeZone } : { timeZone, schoolYears: options.schoolYears }
  const calendars: Array<Calendar> = []
  const calendarOfKind = (kind: PeriodKind): number => {
    const found = calendars.findIndex((calendar) => calendar.kind === kind)
    if (found >= 0) return found
    calendars.push(calendarOf(kind, range.from, range.to, periodOptions))
    return calendars.length - 1
  }
  const span = {
    from: localDateOf(range.from - 400 * 86_400_000, { timeZone }),
    to: localDateOf(range.to + 400 * 86_400_000, { timeZone }),
  }
  const shared: Shared = { ...hierarchyIndexOf(hierarchy), hierarchy, calendars, calendarOfKind, holidays: options.holidays, span }
  const { unitIndex, personIndex, channelIndex, channelOwner, channelPlatform } = shared
  const compiled = rules.map((rule) => compileRule(rule, shared))
  // One day index over the union of the calendars (each covers whole periods).
  const start = Math.min(range.from, ...calendars.map((calendar) => calendar.index.start))
  const end = Math.max(range.to, ...calendars.map((calendar) => calendar.index.end))
  const days = createPeriodIndex({ ...periodOptions, kind: "day", from: start, to: end })
  const firstDay = epochDayOf(days.periods[0] ?? "1970-01-01")
  for (const calendar of calendars) {
    calendar.ofDay = new Int32Array(days.periods.length).fill(-1)
    for (let p = 0; p < calendar.first.length; p++) {
      calendar.ofDay.fill(p, (calendar.first[p] as number) - firstDay, (calendar.end[p] as number) - firstDay)
    }
  }
  let unitKindMask = 0
  let personKindMask = 0
  for (const rule of compiled) {
    if (rule.person) personKindMask |= rule.kindMask
    else unitKindMask |= rule.kindMask
  }
  // Only the ledger looks activities up by id: its maps are built on first use.
  let wanted: { readonly unit: Map<string, number>; readonly person: Map<string, number> } | undefined
  const wantedIds = () => {
    if (wanted !== undefined) return wanted
    wanted = { unit: new Map(), person: new Map() }
    for (const rule of compiled) {
      const map = rule.person ? wanted.person : wanted.unit
      rule.subjectIds.forEach((id, s) => {
        map.set(id, rule.subjectDense[s] as number)
      })
    }
    return wanted
  }
  return {
    rules: compiled,
    calendars,
    days,
    firstDay,
    unitIndex,
    personIndex,
    channelIndex,
    channelOwner,
    channelPlatform,
    get unitWanted() {
      return wantedIds().unit
    },
    get personWanted() {
      return wantedIds().person
    },
    kindMask: unitKindMask | personKindMask,
    unitKindMask,
    personKindMask,
    unitChannels: compiled.some((rule) => !rule.person && (rule.own || rule.platformMask !== 0)),
    personChannels: compiled.some((rule) => rule.person && rule.platformMask !== 0),
    unitItems: compiled.some((rule) => !rule.person && rule.item),
    personItems: compiled.some((rule) => rule.person && rule.item),
    periodOptions,
    timeZone,
  }
}
