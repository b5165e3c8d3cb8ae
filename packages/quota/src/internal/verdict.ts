/**
 * The verdict of one cell: required (prorated), status, pace and
 * explanation, shared by the batch evaluation and the ledger so that both
 * reach the same result from the same activities.
 */
import { epochDayOf, formatShortDate, localDateOf, localDateOfEpochDay, type Activity, type Instant, type Locale } from "@lantoa/core"
import type { QuotaPace, QuotaResult, QuotaStatus } from "../QuotaResult.js"
import type { Columns } from "./columns.js"
import type { Calendar, Compiled, CompiledRule } from "./compile.js"
import { daysOutside } from "./days.js"
import { periodLabel, ruleTexts, type ExplainFacts, type PolicyRef, type RuleTexts } from "./explain.js"
import { reduceCell, type ItemStamps, type Tally } from "./cells.js"

/** What a run needs besides the compiled rules: when it is, and how to write. */
export interface RunOptions {
  readonly now: Instant
  readonly locale: Locale
  readonly policy: PolicyRef | undefined
}

/** One rule in one run: its periods' ids, end flags and cached texts. */
export interface RuleRun {
  readonly r: CompiledRule
  readonly calendar: Calendar
  readonly periodIds: ReadonlyArray<string>
  readonly lastDates: ReadonlyArray<string>
  /** Per rule period: first and last epoch day, and the minimum owed by a subject present all period. */
  readonly firstDay: Int32Array
  readonly lastDay: Int32Array
  readonly fullRequired: Int32Array
  /** Whether each period has ended at `now`; whether it has started. */
  readonly ended: Uint8Array
  readonly started: Uint8Array
  /** Owed days up to and including today, for a subject present all period. */
  readonly fullElapsed: Int32Array
  readonly texts: RuleTexts
  readonly labels: Array<string | undefined>
  /** Explanations of subjects present all period, by period, keyed by their numbers. */
  readonly cache: Array<Map<number, string> | undefined>
  /** The last explanation looked up (period, key, text): neighbours in a period often read the same. */
  last: { p: number; key: number; text: string }
  /** Paces of subjects present all period, by period: shared, like the explanations. */
  readonly paces: Array<Map<number, QuotaPace> | undefined>
}

type Mutable<A> = { -readonly [K in keyof A]: A[K] }

export interface Run {
  readonly compiled: Compiled
  /** Scratch for {@link verdict}: the facts of the result being built, reused. */
  readonly facts: Mutable<ExplainFacts>
  /** Scratch for {@link judge}, reused by {@link verdict}. */
  readonly judgement: Judgement
  readonly now: Instant
  readonly today: number
  readonly todayDate: string
  readonly locale: Locale
  readonly rules: ReadonlyArray<RuleRun>
}

/** The prorated minimum: `ceil(minimum × owed / periodDays)`, 0 when nothing is owed. */
const requiredOf = (minimum: number, owed: number, periodDays: number): number =>
  owed === 0 ? 0 : Math.ceil((minimum * owed) / periodDays)

export const createRun = (compiled: Compiled, options: RunOptions): Run => {
  const todayDate = localDateOf(options.now, { timeZone: compiled.timeZone })
  const today = epochDayOf(todayDate)
  const rules = compiled.rules.map((r): RuleRun => {
    const calendar = compiled.calendars[r.calendar] as Calendar
    const periodIds = calendar.index.periods.slice(r.p0, r.p0 + r.periodCount)
    const ended = new Uint8Array(r.periodCount)
    const started = new Uint8Array(r.periodCount)
    const fullElapsed = new Int32Array(r.periodCount)
    const lastDates: Array<string> = []
    const firstDays = calendar.first.slice(r.p0, r.p0 + r.periodCount)
    const lastDays = new Int32Array(r.periodCount)
    const fullRequired = new Int32Array(r.periodCount)
    for (let p = 0; p < r.periodCount; p++) {
      const q = r.p0 + p
      const last = (calendar.end[q] as number) - 1
      lastDays[p] = last
      fullRequired[p] = requiredOf(r.rule.minimum, r.fullOwed[p] as number, last - (firstDays[p] as number) + 1)
      const bounds = calendar.index.bounds[q] as { readonly start: number; readonly end: number }
      ended[p] = options.now >= bounds.end ? 1 : 0
      started[p] = options.now >= bounds.start ? 1 : 0
      const lo = Math.max(calendar.first[q] as number, r.ruleFrom)
      fullElapsed[p] = daysOutside(lo, Math.min(last, r.ruleTo, today), r.exempt)
      lastDates.push(localDateOfEpochDay(last))
    }
    return {
      r,
      calendar,
      periodIds,
      lastDates,
      firstDay: firstDays,
      lastDay: lastDays,
      fullRequired,
      ended,
      started,
      fullElapsed,
      texts: ruleTexts(r.rule, options.locale, options.policy),
      labels: new Array<string | undefined>(r.periodCount),
      cache: new Array<Map<number, string> | undefined>(r.periodCount),
      paces: new Array<Map<number, QuotaPace> | undefined>(r.periodCount),
      last: { p: -1, key: -1, text: "" },
    }
  })
  const facts: Mutable<ExplainFacts> = {
    status: "met",
    counted: 0,
    required: 0,
    owed: 0,
    periodDays: 0,
    matched: 0,
    distinct: 0,
    expected: -1,
    running: false,
    reasons: [],
  }
  return { compiled, facts, judgement: createJudgement(), now: options.now, today, todayDate, locale: options.locale, rules }
}

const EMPTY: ReadonlyArray<string> = Object.freeze([])

/** Counts cell `order[start … end)` and returns its evidence (ids of the counted activities, by time then id). */
export const countCell = (
  rr: RuleRun,
  order: Int32Array,
  start: number,
  end: number,
  columns: Columns,
  stamps: ItemStamps,
  tally: Tally,
): ReadonlyArray<string> => {
  if (end === start) {
    tally.matched = 0
    tally.distinct = 0
    tally.counted = 0
    return EMPTY
  }
  const { ids } = columns
  if (end - start === 1) {
    // One activity: nothing to order, merge or cap (a cap is at least 1).
    tally.matched = 1
    tally.distinct = 1
    tally.counted = 1
    return [ids[order[start] as number] as string]
  }
  reduceCell(rr.r, order, start, end, columns, stamps, tally)
  const counted = tally.counted
  // Arrays of exactly their size: `push` would reserve 17 slots for one
  // id, and there are half a million of these.
  if (counted === 0) return EMPTY
  if (counted === 1) return [ids[order[start] as number] as string]
  const evidence = new Array<string>(counted)
  for (let k = 0; k < counted; k++) evidence[k] = ids[order[start + k] as number] as string
  return evidence
}

const STATUS_CODE: Readonly<Record<QuotaStatus, number>> = { met: 0, short: 1, open: 2, exempt: 3 }

/** Why an exempt subject owed nothing: the exemptions that met its days in the period. */
const exemptReasons = (run: Run, r: CompiledRule, from: number, to: number): ReadonlyArray<string> =>
  r.exemptions
    .filter((exemption) => exemption.from <= to && from <= exemption.to)
    .map((exemption) => exemption.reason ?? exemptionDates(exemption.from, exemption.to, run.locale))

// Most results of a period read the same (a party member with 1/1): a
// subject present all period shares its sentence with every other subject
// whose numbers read the same — at this scale, sentences built afresh
// would outweigh the results themselves. (No closures here: this runs once
// per result.)
const explanationOf = (
  run: Run,
  rr: RuleRun,
  p: number,
  full: boolean,
  facts: ExplainFacts,
  presentFrom: number,
  presentTo: number,
): string => {
  const label = rr.labels[p] ?? (rr.labels[p] = periodLabel(rr.periodIds[p] as string, run.locale))
  const { counted, required, expected, status } = facts
  const { matched } = facts
  const cacheable = full && matched < 1024 && required < 4096 && expected < 4095
  if (!cacheable) return rr.texts.explain(label, withReasons(run, rr.r, facts, presentFrom, presentTo), run.todayDate)
  // Every number the sentence shows, packed into 48 bits (counted ≤ matched).
  const capped = facts.distinct > counted ? 1 : 0
  const merged = matched > facts.distinct ? 1 : 0
  const key =
    (((((matched * 1024 + counted) * 4096 + required) * 4096 + expected + 1) * 2 + capped) * 2 + merged) * 4 +
    STATUS_CODE[status]
  const last = rr.last
  if (last.p === p && last.key === key) return last.text
  let cache = rr.cache[p]
  if (cache === undefined) rr.cache[p] = cache = new Map()
  let text = cache.get(key)
  if (text === undefined) {
    text = rr.texts.explain(label, withReasons(run, rr.r, facts, presentFrom, presentTo), run.todayDate)
    cache.set(key, text)
  }
  last.p = p
  last.key = key
  last.text = text
  return text
}

const withReasons = (run: Run, r: CompiledRule, facts: ExplainFacts, from: number, to: number): ExplainFacts =>
  facts.status === "exempt" ? { ...facts, reasons: exemptReasons(run, r, from, to) } : facts


const paceOf = (run: Run, elapsed: number, expected: number, onTrack: boolean): QuotaPace => ({
  asOf: run.todayDate,
  elapsedDays: elapsed,
  expected,
  onTrack,
})

/** Subjects present all period share their pace object (results are read-only data). */
const sharedPace = (run: Run, rr: RuleRun, p: number, elapsed: number, expected: number, onTrack: boolean): QuotaPace => {
  let paces = rr.paces[p]
  if (paces === undefined) rr.paces[p] = paces = new Map()
  const key = expected * 2 + (onTrack ? 1 : 0)
  let pace = paces.get(key)
  if (pace === undefined) paces.set(key, (pace = paceOf(run, elapsed, expected, onTrack)))
  return pace
}

/** Where a subject stands in one cell, before any text is written (see {@link judge}). */
export interface Judgement {
  /** Present all period (shares cached texts and paces). */
  full: boolean
  first: number
  last: number
  /** The subject's first and last day. */
  from: number
  to: number
  /** The days of the period the subject owes (its days, the rule's validity, no exemption): `[lo, hi]` less exemptions. */
  lo: number
  hi: number
  owed: number
  required: number
  status: QuotaStatus
  /** `status` as a number: 1 met, 2 short, 3 open, 4 exempt. */
  code: number
}

const STATUS_OF_CODE: ReadonlyArray<QuotaStatus> = ["met", "met", "short", "open", "exempt"]

export const createJudgement = (): Judgement => ({
  full: false,
  first: 0,
  last: 0,
  from: 0,
  to: 0,
  lo: 0,
  hi: 0,
  owed: 0,
  required: 0,
  status: "met",
  code: 1,
})

/**
 * Judges subject `s` in rule period `p` with `counted` activities, into
 * `out`; false when the subject did not exist in the period (no result).
 * The one place statuses are decided: the tally and the results both call it.
 */
export const judge = (rr: RuleRun, p: number, s: number, counted: number, out: Judgement): boolean => {
  const { r } = rr
  const first = rr.firstDay[p] as number
  const last = rr.lastDay[p] as number
  const from = r.subjectFrom[s] as number
  const to = r.subjectTo[s] as number
  if (from > last || to < first) return false
  const full = from <= first && to >= last
  const lo = Math.max(first, from, r.ruleFrom)
  const hi = Math.min(last, to, r.ruleTo)
  const owed = full ? (r.fullOwed[p] as number) : daysOutside(lo, hi, r.exempt)
  const required = full ? (rr.fullRequired[p] as number) : requiredOf(r.rule.minimum, owed, last - first + 1)
  out.full = full
  out.first = first
  out.last = last
  out.from = from
  out.to = to
  out.lo = lo
  out.hi = hi
  out.owed = owed
  out.required = required
  const code = owed === 0 ? 4 : counted >= required ? 1 : rr.ended[p] === 1 ? 2 : 3
  out.code = code
  out.status = STATUS_OF_CODE[code] as QuotaStatus
  return true
}

/** The result of rule `rr` for subject `s` in rule period `p`, or undefined when the subject did not exist in it. */
export const verdict = (
  run: Run,
  rr: RuleRun,
  p: number,
  s: number,
  tally: Tally,
  evidence: ReadonlyArray<string>,
): QuotaResult | undefined => {
  const { r } = rr
  const counted = tally.counted
  const j = run.judgement
  if (!judge(rr, p, s, counted, j)) return undefined
  const { full, first, last, from, to, lo, hi, owed, required, status } = j
  const periodDays = last - first + 1
  const ended = rr.ended[p] === 1
  // Pace while the period runs: from its first day to its last.
  const running = !ended && rr.started[p] === 1
  let elapsed = -1
  let expected = -1
  if (running && owed > 0) {
    elapsed = full ? (rr.fullElapsed[p] as number) : daysOutside(lo, Math.min(hi, run.today), r.exempt)
    expected = Math.floor((required * elapsed) / owed)
  }
  const { facts } = run
  facts.status = status
  facts.counted = counted
  facts.required = required
  facts.owed = owed
  facts.periodDays = periodDays
  facts.matched = tally.matched
  facts.distinct = tally.distinct
  facts.expected = status === "open" ? expected : -1
  facts.running = running
  const explanation = explanationOf(run, rr, p, full, facts, Math.max(first, from), Math.min(last, to))
  const attributedOn = to >= last ? (rr.lastDates[p] as string) : localDateOfEpochDay(to)
  const subject = r.subjectKeys[s] as QuotaResult["subject"]
  const shortfall = status === "exempt" ? 0 : Math.max(0, required - counted)
  const unit = r.subjectUnits[s] as string
  const period = rr.periodIds[p] as string
  if (elapsed < 0) {
    return { rule: r.rule.id, subject, period, required, counted, status, evidence, shortfall, explanation, unit, attributedOn, owedDays: owed, periodDays, matched: tally.matched }
  }
  const pace = full ? sharedPace(run, rr, p, elapsed, expected, counted >= expected) : paceOf(run, elapsed, expected, counted >= expected)
  return { rule: r.rule.id, subject, period, required, counted, status, evidence, shortfall, explanation, unit, attributedOn, owedDays: owed, periodDays, matched: tally.matched, pace }
}

const exemptionDates = (from: number, to: number, locale: Locale): string => {
  const a = localDateOfEpochDay(from)
  const b = localDateOfEpochDay(to)
  return locale === "en" ? `exempt from ${a} to ${b}` : `miễn từ ngày ${formatShortDate(a)} đến ngày ${formatShortDate(b)}`
}
