/**
 * Counting in cells: a cell is one (rule period, subject) pair of one rule,
 * numbered `p × subjects + s`. Activities are grouped by cell with a
 * counting sort (two passes, two flat typed arrays, no array per cell); each
 * cell's activities are then ordered by time and id, copies and repeated
 * items dropped and the cap applied, in place.
 */
import type { Activity } from "@lantoa/core"
import type { Columns } from "./columns.js"
import { itemKey } from "./items.js"
import type { Calendar, Compiled, CompiledRule } from "./compile.js"

/** The cell of rule `r` that candidate `c` counts in, or −1. */
export const cellOf = (compiled: Compiled, r: CompiledRule, columns: Columns, c: number): number => {
  if (((columns.kind[c] as number) & r.kindMask) === 0) return -1
  const owner = columns.owner[c] as number
  const s = r.subjectOf[owner] as number
  if (s < 0) return -1
  if (r.own || r.platformMask !== 0) {
    const channel = columns.channel[c] as number
    if (channel < 0) return -1
    if (r.own && compiled.channelOwner[channel] !== owner) return -1
    if (r.platformMask !== 0 && ((compiled.channelPlatform[channel] as number) & r.platformMask) === 0) return -1
  }
  const p = ((compiled.calendars[r.calendar] as Calendar).ofDay[columns.day[c] as number] as number) - r.p0
  if (p < 0 || p >= r.periodCount) return -1
  return p * r.subjectCount + s
}

/** Candidates grouped by cell: cell `k` holds `order[start[k] … start[k + 1])`, in candidate order. */
export interface Buckets {
  readonly start: Int32Array
  readonly order: Int32Array
}

/** Buffers for {@link bucket}, sized once for every rule of an evaluation and reused. */
export interface BucketScratch {
  /** Room for 2 × the largest number of candidates. */
  readonly hits: Int32Array
  /** Room for the largest number of cells + 1. */
  readonly start: Int32Array
  /** Room for the largest number of candidates. */
  readonly order: Int32Array
}

/**
 * Groups the candidates of `columns` (the rule's side: unit or person) into
 * the cells of rule `r` (a counting sort), in the scratch buffers.
 */
export const bucket = (compiled: Compiled, r: CompiledRule, columns: Columns, scratch: BucketScratch): Buckets => {
  const size = columns.size
  const cells = r.periodCount * r.subjectCount
  const { hits, order } = scratch
  const start = scratch.start.subarray(0, cells + 1).fill(0)
  // Pass 1: the cell of each candidate that counts, remembered in `hits`
  // (candidate, cell pairs) so pass 2 does not test the filters again.
  let n = 0
  for (let c = 0; c < size; c++) {
    const cell = cellOf(compiled, r, columns, c)
    if (cell < 0) continue
    hits[n++] = c
    hits[n++] = cell
    start[cell + 1] = (start[cell + 1] as number) + 1
  }
  for (let k = 0; k < cells; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number)
  // Place each candidate at its cell's cursor, which then ends at the next
  // cell's start; shifting the cursors back by one cell restores the starts.
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
 * Reused scratch for the items seen in a cell: their fingerprints and the
 * candidate that first had each, while the cell is small; a Set of keys
 * beyond.
 */
export interface KeyScratch {
  readonly hash: Int32Array
  readonly first: Int32Array
  readonly set: Set<string>
}

const SMALL_CELL = 16

export const createKeyScratch = (): KeyScratch => ({
  hash: new Int32Array(SMALL_CELL),
  first: new Int32Array(SMALL_CELL),
  set: new Set(),
})

/**
 * Counts one cell, in place: sorts it, drops copies of one activity (same
 * id, same instant) and, for an item rule, later activities of an item
 * already counted, then keeps the first `cap` in `order[start …]`.
 * The result depends only on the cell's set of activities, never on the
 * order they came in. Ids and item keys are compared only on a tie of
 * instants or of item fingerprints: everything else is typed arrays.
 */
export const reduceCell = (
  r: CompiledRule,
  order: Int32Array,
  start: number,
  end: number,
  columns: Columns,
  activities: ReadonlyArray<Activity>,
  keys: KeyScratch,
  tally: Tally,
): void => {
  const { at, ids, act, item: items } = columns
  if (end - start > 1) sortCell(order, start, end, at, ids)
  const item = r.item
  const cap = r.cap
  const { hash, first, set } = keys
  let write = start
  let matched = 0
  let distinct = 0
  let previous = -1
  // Items seen in this cell: hash/first[0 … seen) while few, the Set beyond.
  let seen = 0
  let useSet = false
  for (let j = start; j < end; j++) {
    const c = order[j] as number
    if (previous >= 0 && at[c] === at[previous] && ids[c] === ids[previous]) continue
    previous = c
    matched++
    if (item) {
      if (useSet) {
        const key = itemKey(activities[act[c] as number] as Activity)
        if (set.has(key)) continue
        set.add(key)
      } else {
        const h = items[c] as number
        let found = false
        for (let k = 0; k < seen; k++) {
          if (hash[k] === h && itemKey(activities[act[first[k] as number] as number] as Activity) === itemKey(activities[act[c] as number] as Activity)) {
            found = true
            break
          }
        }
        if (found) continue
        if (seen < SMALL_CELL) {
          hash[seen] = h
          first[seen] = c
          seen++
        } else {
          useSet = true
          set.clear()
          for (let k = 0; k < seen; k++) set.add(itemKey(activities[act[first[k] as number] as number] as Activity))
          set.add(itemKey(activities[act[c] as number] as Activity))
        }
      }
    }
    distinct++
    if (distinct <= cap) order[write++] = c
  }
  tally.matched = matched
  tally.distinct = distinct
  tally.counted = write - start
}
