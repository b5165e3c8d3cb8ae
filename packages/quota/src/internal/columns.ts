/**
 * Activities resolved once into columns of typed arrays: kind bit, dense
 * owner number (unit or person), channel, instant and local day. Rules then
 * count from these columns with integer work only.
 *
 * There are two sets of columns: activities by units (for unit rules) and
 * activities by people (for person rules), so that a unit rule scans the
 * few tens of thousands of unit posts, not the million shares. Row `c` of a
 * set is a "candidate": an activity some rule might count (a kind some rule
 * counts, a subject of some rule, inside the range).
 *
 * Each activity object is read once, here: its id is kept (a reference,
 * on the heap) and its item key numbered (interned), so that counting never
 * reaches back for objects scattered over a heap of two million — at this
 * scale memory latency, not arithmetic, is the cost. The typed columns are
 * kept narrow (21 bytes a row; 4 more each for channels and items): their
 * memory lies outside the JS heap, and a few tens of megabytes of it is
 * enough to make V8 collect the whole heap.
 */
import type { Activity } from "@lantoa/core"
import { kindBit, type Compiled } from "./compile.js"
import { internItem, itemKey } from "./items.js"

export interface Columns {
  size: number
  /** Activity ids. */
  readonly ids: Array<string>
  kind: Uint8Array
  /** Dense unit number (unit columns) or person number (person columns). */
  owner: Int32Array
  /** Dense channel number, or −1; empty when no rule of this side looks at channels. */
  channel: Int32Array
  at: Float64Array
  /** The activity's local day (epoch day in the evaluation's time zone). */
  day: Int32Array
  /** The activity's item, numbered in `items`; empty when no rule of this side counts items. */
  item: Int32Array
  /** Item key → number. */
  readonly items: Map<string, number>
  readonly withChannel: boolean
  readonly withItem: boolean
  /** The last owner id looked up and its number: exports list a person's activities together. */
  lastId: string
  lastOwner: number
  /**
   * When rows are grouped by kind (an activity index): rows of the kind
   * with bit `1 << k` are `kindStart[k] … kindStart[k + 1]`. Absent: rows
   * in arrival order (a ledger).
   */
  readonly kindStart?: Int32Array
}

export const createColumns = (capacity: number, withChannel: boolean, withItem: boolean): Columns => ({
  size: 0,
  ids: [],
  kind: new Uint8Array(capacity),
  owner: new Int32Array(capacity),
  channel: new Int32Array(withChannel ? capacity : 0),
  at: new Float64Array(capacity),
  day: new Int32Array(capacity),
  item: new Int32Array(withItem ? capacity : 0),
  items: new Map(),
  withChannel,
  withItem,
  lastId: "",
  lastOwner: -1,
})

const grown = <T extends Int32Array | Uint8Array | Float64Array>(array: T, capacity: number): T => {
  const next = new (array.constructor as new (length: number) => T)(capacity)
  next.set(array)
  return next
}

/** Makes half as much room again in a set of columns, keeping its rows. */
const grow = (columns: Columns): void => {
  const size = Math.max(Math.ceil(columns.kind.length * 1.5), 64)
  columns.kind = grown(columns.kind, size)
  columns.owner = grown(columns.owner, size)
  if (columns.withChannel) columns.channel = grown(columns.channel, size)
  columns.at = grown(columns.at, size)
  columns.day = grown(columns.day, size)
  if (columns.withItem) columns.item = grown(columns.item, size)
}

const append = (
  columns: Columns,
  activity: Activity,
  bit: number,
  owner: number,
  channel: number,
  at: number,
  day: number,
): void => {
  if (columns.size === columns.kind.length) grow(columns)
  const c = columns.size++
  columns.ids[c] = activity.id
  columns.kind[c] = bit
  columns.owner[c] = owner
  if (columns.withChannel) columns.channel[c] = channel
  columns.at[c] = at
  columns.day[c] = day
  if (columns.withItem) columns.item[c] = internItem(columns.items, itemKey(activity))
}

/** The dense number of an owner some rule wants, or −1. */
const ownerOf = (columns: Columns, id: string, wanted: ReadonlyMap<string, number>): number => {
  if (id === columns.lastId) return columns.lastOwner
  const owner = wanted.get(id) ?? -1
  columns.lastId = id
  columns.lastOwner = owner
  return owner
}

/**
 * Resolves one activity into the unit and/or person columns; returns
 * whether any row was written. No allocation: one Map lookup per id a rule
 * needs, one day lookup (arithmetic for a fixed-offset zone).
 */
export const resolveActivity = (
  compiled: Compiled,
  activity: Activity,
  units: Columns,
  people: Columns,
): boolean => {
  const bit = kindBit(activity.kind)
  if ((bit & compiled.kindMask) === 0) return false
  let unit = -1
  let person = -1
  if ((bit & compiled.unitKindMask) !== 0 && activity.unit !== undefined) {
    unit = ownerOf(units, activity.unit, compiled.unitWanted)
  }
  if ((bit & compiled.personKindMask) !== 0 && activity.person !== undefined) {
    person = ownerOf(people, activity.person, compiled.personWanted)
  }
  if (unit < 0 && person < 0) return false
  const at = activity.at
  const position = compiled.days.indexOf(at)
  if (position < 0) return false
  const day = compiled.firstDay + position
  let channel = -1
  if (activity.channel !== undefined && ((unit >= 0 && units.withChannel) || (person >= 0 && people.withChannel))) {
    channel = compiled.channelIndex.get(activity.channel) ?? -1
  }
  if (unit >= 0) append(units, activity, bit, unit, channel, at, day)
  if (person >= 0) append(people, activity, bit, person, channel, at, day)
  return true
}
