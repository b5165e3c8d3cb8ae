/**
 * Counting in cells: a cell is one (rule period, subject) pair of one rule,
 * numbered `p × subjects + s`. Activities are grouped by cell with a
 * counting sort (two passes, two flat typed arrays, no array per cell); each
 * cell's activities are then ordered by time and id, copies and repeated
 * items dropped and the cap applied, in place.
 */
import type { Columns } from "./columns.js"
import type { Calendar, Compiled, CompiledRule } from "./compile.js"

/** The cell of rule `r` that candidate `c` counts in, or −1. */
export const cellOf = (compiled: Compiled, r: CompiledRule, columns: Columns, c: number): number => {
  if (((columns.kind[c] as number) & r.kindMask) === 0) return -1
  const owner = columns.owner[c] as number
  if (owner < 0) return -1
  const s = r.subjectOf[owner] as number
  if (s < 0) return -1
  if (r.own || r.platformMask !== 0) {
    const channel = columns.channel[c] as number
    if (channel < 0) return -1
    if (r.own && compiled.channelOwner[channel] !== owner) return -1
    if (r.platformMask !== 0 && ((compiled.channelPlatform[channel] as number) & r.platformMask) === 0) return -1
  }
  const { ofDay } = compiled.calendars[r.calendar] as Calendar
  const d = (columns.day[c] as number) - compiled.firstDay
  if (d < 0 || d >= ofDay.length) return -1
  const p = (ofDay[d] as number) - r.p0
  if (p < 0 || p >= r.periodCount) return -1
  return p * r.subjectCount + s
}

/**
 * The rows a rule with kinds `kindMask` has to look at, as `[from, to)`
 * pairs: the rows of its kinds when the columns are grouped by kind, else
 * every row.
 */
export const rowRanges = (columns: Columns, kindMask: number): ReadonlyArray<number> => {
  const { kindStart } = columns
  if (kindStart === undefined) return [0, columns.size]
  const ranges: Array<number> = []
  for (let k = 0; k + 1 < kindStart.length; k++) {
    if ((kindMask & (1 << k)) === 0) continue
    const from = kindStart[k] as number
    const to = kindStart[k + 1] as number
    if (from === to) continue
    // Adjacent kinds make one range.
    if (ranges.length > 0 && ranges[ranges.length - 1] === from) ranges[ranges.length - 1] = to
    else ranges.push(from, to)
  }
  return ranges
}

/** Candidates grouped by cell: cell `k` holds `order[start[k] … start[k + 1])`, in candidate order. */
export interface Buckets {
  readonly start: Int32Array
  readonly order: Int32Array
}

/**
 * Groups the candidates of `columns` (the rule's side: unit or person) into
 * the cells of rule `r` (a counting sort). `hits` is scratch with room for
 * two numbers per row of the columns.
 */
export const bucket = (compiled: Compiled, r: CompiledRule, columns: Columns, hits: Int32Array): Buckets => {
  const subjects = r.subjectCount
  const periods = r.periodCount
  const cells = periods * subjects
  const start = new Int32Array(cells + 1)
  // Pass 1: the cell of each candidate that counts, remembered in `hits`
  // (candidate, cell pairs) so pass 2 does not test the filters again.
  // `cellOf`, written out with everything it reads in locals: this loop
  // runs once per activity of the rule's kinds.
  const { kind, owner, channel, day } = columns
  const { kindMask, subjectOf, own, platformMask, p0 } = r
  const { channelOwner, channelPlatform, firstDay } = compiled
  const { ofDay } = compiled.calendars[r.calendar] as Calendar
  const days = ofDay.length
  const byChannel = own || platformMask !== 0
  let n = 0
  const ranges = rowRanges(columns, kindMask)
  for (let k = 0; k < ranges.length; k += 2) {
    const to = ranges[k + 1] as number
    for (let c = ranges[k] as number; c < to; c++) {
      if (((kind[c] as number) & kindMask) === 0) continue
      const o = owner[c] as number
      if (o < 0) continue
      const s = subjectOf[o] as number
      if (s < 0) continue
      if (byChannel) {
        const ch = channel[c] as number
        if (ch < 0) continue
        if (own && channelOwner[ch] !== o) continue
        if (platformMask !== 0 && ((channelPlatform[ch] as number) & platformMask) === 0) continue
      }
      const d = (day[c] as number) - firstDay
      if (d < 0 || d >= days) continue
      const p = (ofDay[d] as number) - p0
      if (p < 0 || p >= periods) continue
      const cell = p * subjects + s
      hits[n++] = c
      hits[n++] = cell
      start[cell + 1] = (start[cell + 1] as number) + 1
    }
  }
  for (let k = 0; k < cells; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number)
  // Place each candidate at its cell's cursor, which then ends at the next
  // cell's start; shifting the cursors back by one cell restores the starts.
  const order = new Int32Array(n >> 1)
  for (let j = 0; j < n; j += 2) {
    const cell = hits[j + 1] as number
    const at = start[cell] as number
    order[at] = hits[j] as number
    start[cell] = at + 1
  }
  start.copyWithin(1, 0, cells)
  start[0] = 0
  return { start, order }
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Orders `order[start … end)` by instant, then activity id. */
const sortCell = (order: Int32Array, start: number, end: number, at: Float64Array, ids: ReadonlyArray<string>): void => {
  if (end - start <= 24) {
    // Insertion sort: cells are small and usually already in time order.
    for (let i = start + 1; i < end; i++) {
      const c = order[i] as number
      const t = at[c] as number
      let j = i - 1
      while (j >= start) {
        const d = order[j] as number
        const u = at[d] as number
        if (u < t || (u === t && compareIds(ids[d] as string, ids[c] as string) <= 0)) break
        order[j + 1] = d
        j--
      }
      order[j + 1] = c
    }
    return
  }
  order
    .subarray(start, end)
    .sort(
      (c, d) =>
        (at[c] as number) - (at[d] as number) ||
        compareIds(ids[c] as string, ids[d] as string),
    )
}

/** What one cell counted. */
export interface Tally {
  /** Matching activities (copies of one activity once). */
  matched: number
  /** Distinct items (or activities), before the cap. */
  distinct: number
  /** Counted: `min(distinct, cap)`; their candidates are `order[start … start + counted)`. */
  counted: number
}

/**
 * Items seen in the current cell: `seen[item] === tag` once an item has
 * been seen; a new cell takes a new tag, so nothing is ever cleared.
 */
export interface ItemStamps {
  readonly seen: Int32Array
  tag: number
}

/** Stamps for columns holding `items` distinct items. */
export const createStamps = (items: number): ItemStamps => ({ seen: new Int32Array(items), tag: 0 })

/**
 * The distinct items among `order[start … end)`, in any order: what an item
 * rule counts (copies of one activity share their item). No sorting.
 */
export const countItems = (order: Int32Array, start: number, end: number, items: Int32Array, stamps: ItemStamps): number => {
  const tag = ++stamps.tag
  const { seen } = stamps
  let distinct = 0
  for (let j = start; j < end; j++) {
    const item = items[order[j] as number] as number
    if (seen[item] !== tag) {
      seen[item] = tag
      distinct++
    }
  }
  return distinct
}

/**
 * Counts one cell, in place: sorts it, drops copies of one activity (same
 * id, same instant) and, for an item rule, later activities of an item
 * already counted, then keeps the first `cap` in `order[start …]`.
 * The result depends only on the cell's set of activities, never on the
 * order they came in. Ids are compared only on a tie of instants;
 * everything else is typed arrays.
 */
export const reduceCell = (
  r: CompiledRule,
  order: Int32Array,
  start: number,
  end: number,
  columns: Columns,
  stamps: ItemStamps,
  tally: Tally,
): void => {
  const { at, ids, item: items } = columns
  if (end - start > 1) sortCell(order, start, end, at, ids)
  const item = r.item
  const cap = r.cap
  const tag = ++stamps.tag
  const { seen } = stamps
  let write = start
  let matched = 0
  let distinct = 0
  let previous = -1
  for (let j = start; j < end; j++) {
    const c = order[j] as number
    if (previous >= 0 && at[c] === at[previous] && ids[c] === ids[previous]) continue
    previous = c
    matched++
    if (item) {
      const key = items[c] as number
      if (seen[key] === tag) continue
      seen[key] = tag
    }
    distinct++
    if (distinct <= cap) order[write++] = c
  }
  tally.matched = matched
  tally.distinct = distinct
  tally.counted = write - start
}
