/**
 * What a `Hierarchy` holds behind its opaque `~index` field: the dated tree
 * index and lookups by id, built once.
 */
import type { Hierarchy, HierarchyIndex } from "../Hierarchy.js"
import type { Channel, Person, Unit } from "../Roster.js"
import type { TreeIndex } from "./treeIndex.js"

export interface IndexImpl {
  readonly tree: TreeIndex
  readonly unitById: ReadonlyMap<string, Unit>
  readonly personById: ReadonlyMap<string, Person>
  readonly channelById: ReadonlyMap<string, Channel>
  /** People of each unit, in id order. */
  readonly peopleByUnit: ReadonlyMap<string, ReadonlyArray<Person>>
  /** Channels of each unit, in id order. */
  readonly channelsByUnit: ReadonlyMap<string, ReadonlyArray<Channel>>
}

export const hideIndex = (index: IndexImpl): HierarchyIndex => index as unknown as HierarchyIndex

export const indexOf = (hierarchy: Hierarchy): IndexImpl => {
  const index = hierarchy["~index"] as unknown as IndexImpl | undefined
  if (index === undefined || index.tree === undefined) {
    throw new TypeError("expected a Hierarchy built by buildHierarchy")
  }
  return index
}

export const byIdOrder = <A extends { readonly id: string }>(a: A, b: A): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Groups records by a key, each group in id order. */
export const groupBy = <A extends { readonly id: string }>(
  records: ReadonlyArray<A>,
  keyOf: (record: A) => string,
): ReadonlyMap<string, ReadonlyArray<A>> => {
  const groups = new Map<string, Array<A>>()
  for (const record of records) {
    const key = keyOf(record)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [record])
    else group.push(record)
  }
  for (const group of groups.values()) group.sort(byIdOrder)
  return groups
}
