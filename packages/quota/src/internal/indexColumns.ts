/**
 * An activity index's columns: every activity read once into typed arrays
 * (kind bit, dense unit, person and channel numbers, instant, local day,
 * item number), grouped by kind so that a rule scans only the kinds it
 * counts. Independent of rules and ranges: built once per dataset, read by
 * any number of evaluations.
 */
import { createPeriodIndex, epochDayOf, type Activity } from "@lantoa/core"
import type { Hierarchy } from "@lantoa/hierarchy"
import type { Columns } from "./columns.js"
import { hierarchyIndexOf, kindBit } from "./compile.js"
import { internItem, itemKey } from "./items.js"

/** Kinds are bits 0…5; `kindStart` has one more entry, the end. */
const KIND_COUNT = 6

export interface IndexColumns {
  readonly size: number
  readonly timeZone: string
  /** Rows with the owner column set to the unit (for unit rules) or the person (for person rules). */
  readonly units: Columns
  readonly people: Columns
}

/**
 * Reads `activities` into columns. Only kinds in `kindMask` are kept (all
 * by default) and only activities with a finite instant. Numbers are
 * positions in `hierarchy.units`, `people` and `channels` (−1 for an id the
 * hierarchy does not know), as `compile` numbers them.
 */
export const buildIndexColumns = (
  hierarchy: Hierarchy,
  activities: ReadonlyArray<Activity>,
  timeZone: string,
  kindMask = (1 << KIND_COUNT) - 1,
): IndexColumns => {
  const n = activities.length
  // Pass 1: kinds (as bit positions + 1; 0 = left out), counts per kind, the span of instants.
  const kindOf = new Uint8Array(n)
  const counts = new Int32Array(KIND_COUNT)
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (let i = 0; i < n; i++) {
    const activity = activities[i] as Activity
    const bit = kindBit(activity.kind) & kindMask
    const at = activity.at
    if (bit === 0 || !Number.isFinite(at)) continue
    const k = 31 - Math.clz32(bit)
    kindOf[i] = k + 1
    counts[k] = (counts[k] as number) + 1
    if (at < min) min = at
    if (at > max) max = at
  }
  const kindStart = new Int32Array(KIND_COUNT + 1)
  for (let k = 0; k < KIND_COUNT; k++) kindStart[k + 1] = (kindStart[k] as number) + (counts[k] as number)
  const size = kindStart[KIND_COUNT] as number
  const cursor = kindStart.slice(0, KIND_COUNT)

  const ids = new Array<string>(size)
  const kind = new Uint8Array(size)
  const unit = new Int32Array(size)
  const person = new Int32Array(size)
  const channel = new Int32Array(size)
  const atColumn = new Float64Array(size)
  const day = new Int32Array(size)
  const item = new Int32Array(size)
  const items = new Map<string, number>()
  const { unitIndex, personIndex, channelIndex } = hierarchyIndexOf(hierarchy)
  // Local days from a day index over the span (integer arithmetic in a fixed-offset zone).
  const days =
    size === 0 ? undefined : createPeriodIndex({ kind: "day", timeZone, from: min, to: max + 1 })
  const firstDay = days === undefined ? 0 : epochDayOf(days.periods[0] as string)
  // Exports list one person's (or unit's) activities together: remember the last lookup.
  let lastUnitId = ""
  let lastUnit = -1
  let lastPersonId = ""
  let lastPerson = -1
  // Pass 2: each kept activity into the next row of its kind.
  for (let i = 0; i < n; i++) {
    const k = (kindOf[i] as number) - 1
    if (k < 0) continue
    const activity = activities[i] as Activity
    const row = cursor[k] as number
    cursor[k] = row + 1
    ids[row] = activity.id
    kind[row] = 1 << k
    const unitId = activity.unit
    if (unitId === undefined) unit[row] = -1
    else {
      if (unitId !== lastUnitId) {
        lastUnitId = unitId
        lastUnit = unitIndex.get(unitId) ?? -1
      }
      unit[row] = lastUnit
    }
    const personId = activity.person
    if (personId === undefined) person[row] = -1
    else {
      if (personId !== lastPersonId) {
        lastPersonId = personId
        lastPerson = personIndex.get(personId) ?? -1
      }
      person[row] = lastPerson
    }
    channel[row] = activity.channel === undefined ? -1 : (channelIndex.get(activity.channel) ?? -1)
    const at = activity.at
    atColumn[row] = at
    day[row] = firstDay + (days as NonNullable<typeof days>).indexOf(at)
    item[row] = internItem(items, itemKey(activity))
  }
  const shared = {
    size,
    ids,
    kind,
    channel,
    at: atColumn,
    day,
    item,
    items,
    withChannel: true,
    withItem: true,
    lastId: "",
    lastOwner: -1,
    kindStart,
  }
  return { size, timeZone, units: { ...shared, owner: unit }, people: { ...shared, owner: person } }
}
