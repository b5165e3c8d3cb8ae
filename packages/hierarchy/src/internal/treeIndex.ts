/**
 * The dated tree index: the roster's history cut into epochs (the spans
 * between dates at which any unit's validity or any edge changes), and for
 * each epoch and relation one snapshot of the forest with an Euler-tour
 * numbering, so that "is X under Y on date D" is a binary search for the
 * epoch and two integer comparisons.
 *
 * Units are numbered in id order (code-unit order), so children, roots and
 * the tour never depend on input order. Snapshot arrays are typed arrays: a
 * province of ~600 units and a handful of reform dates is a few kilobytes.
 * Building costs O(E · (n + m)) for E epochs, n units and m edges; epochs in
 * which neither relation changes are merged before any tour is built.
 */
import { dataIssue, type DataIssue } from "@lantoa/core"
import type { Relation } from "../Hierarchy.js"
import type { Unit, UnitEdge } from "../Roster.js"
import type { LocalDate } from "@lantoa/core"
import { nextDay, previousDay, rangeHas, rangeText } from "./dates.js"
import { byIdOrder } from "./hierarchyIndex.js"
import { edgeTargetPath } from "./issues.js"

const INACTIVE = -2
const ROOT = -1

/** One relation's forest on the days of one epoch. */
export interface Snapshot {
  /** Parent index per unit; -1 for a root, -2 for a unit not active. */
  readonly parent: Int32Array
  /** Pre-order number per unit; -1 for a unit not active. */
  readonly enter: Int32Array
  /** The largest pre-order number in the unit's subtree. */
  readonly exit: Int32Array
  readonly depth: Int32Array
  /** Children of unit u are childList[childStart[u] .. childStart[u + 1]), in id order. */
  readonly childStart: Int32Array
  readonly childList: Int32Array
  /** Unit index per pre-order number. */
  readonly order: Int32Array
  readonly roots: ReadonlyArray<string>
  readonly unitsInOrder: ReadonlyArray<Unit>
}

export interface TreeIndex {
  /** Units in id order; a unit's number is its position here. */
  readonly units: ReadonlyArray<Unit>
  readonly numberOf: ReadonlyMap<string, number>
  /** Epoch k ≥ 1 starts on starts[k - 1]; epoch 0 holds every earlier day. */
  readonly starts: ReadonlyArray<LocalDate>
  readonly snapshots: Readonly<Record<Relation, ReadonlyArray<Snapshot>>>
}

/** The epoch of a date: how many epoch starts fall on or before it. */
export const epochOf = (starts: ReadonlyArray<LocalDate>, date: LocalDate): number => {
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((starts[middle] as string) <= date) low = middle + 1
    else high = middle
  }
  return low
}

interface Span {
  readonly from: LocalDate | undefined
  readonly to: LocalDate | undefined
}

interface Edge extends Span {
  readonly target: number
  readonly path: string
}

const sameArray = (a: Int32Array, b: Int32Array): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

interface Cycle {
  readonly relation: Relation
  /** Unit numbers from the unit whose link is dropped, following parents back to it. */
  readonly members: ReadonlyArray<number>
  readonly droppedPath: string
}

/**
 * Breaks every cycle of a parent array in place: in each, the unit with the
 * smallest id loses its link. Which link goes depends only on the cycle,
 * never on input order.
 */
const breakCycles = (
  parent: Int32Array,
  chosen: ReadonlyArray<Edge | undefined>,
  explicit: Uint8Array | undefined,
  relation: Relation,
): ReadonlyArray<Cycle> => {
  const n = parent.length
  const state = new Uint8Array(n) // 0 unseen, 1 on the current walk, 2 done
  const cycles: Array<Cycle> = []
  const walk: Array<number> = []
  for (let start = 0; start < n; start++) {
    if (parent[start] === INACTIVE || state[start] !== 0) continue
    walk.length = 0
    let u = start
    while (u >= 0 && state[u] === 0) {
      state[u] = 1
      walk.push(u)
      u = parent[u] as number
    }
    if (u >= 0 && state[u] === 1) {
      const loop = walk.slice(walk.indexOf(u))
      let smallest = u
      for (const member of loop) if (member < smallest) smallest = member
      const members: Array<number> = [smallest]
      for (let v = parent[smallest] as number; v !== smallest; v = parent[v] as number) members.push(v)
      // A managedBy cycle made only of reportsTo fallbacks was already reported as a reportsTo cycle.
      const report = explicit === undefined || members.some((member) => explicit[member] === 1)
      if (report) cycles.push({ relation, members, droppedPath: chosen[smallest]?.path ?? "" })
      parent[smallest] = ROOT
    }
    for (const v of walk) state[v] = 2
  }
  return cycles
}

const buildSnapshot = (parent: Int32Array, units: ReadonlyArray<Unit>): Snapshot => {
  const n = parent.length
  const childStart = new Int32Array(n + 1)
  let active = 0
  for (let u = 0; u < n; u++) {
    const p = parent[u] as number
    if (p !== INACTIVE) active++
    if (p >= 0) childStart[p + 1] = (childStart[p + 1] as number) + 1
  }
  for (let u = 0; u < n; u++) childStart[u + 1] = (childStart[u + 1] as number) + (childStart[u] as number)
  const cursor = childStart.slice(0, n)
  const childList = new Int32Array(childStart[n] as number)
  const roots: Array<string> = []
  for (let u = 0; u < n; u++) {
    const p = parent[u] as number
    if (p >= 0) childList[(cursor[p] as number)++] = u
    else if (p === ROOT) roots.push((units[u] as Unit).id)
  }
  const enter = new Int32Array(n).fill(-1)
  const exit = new Int32Array(n).fill(-1)
  const depth = new Int32Array(n).fill(-1)
  const order = new Int32Array(active)
  const stack = new Int32Array(n)
  const next = new Int32Array(n)
  let time = 0
  // Iterative depth-first walk: a deep chain must not overflow the call stack.
  for (let r = 0; r < n; r++) {
    if (parent[r] !== ROOT) continue
    let top = 0
    stack[0] = r
    enter[r] = time
    order[time++] = r
    depth[r] = 0
    next[r] = childStart[r] as number
    while (top >= 0) {
      const u = stack[top] as number
      if ((next[u] as number) < (childStart[u + 1] as number)) {
        const child = childList[(next[u] as number)++] as number
        enter[child] = time
        order[time++] = child
        depth[child] = (depth[u] as number) + 1
        next[child] = childStart[child] as number
        stack[++top] = child
      } else {
        exit[u] = time - 1
        top--
      }
    }
  }
  const unitsInOrder = Array.from(order, (u) => units[u] as Unit)
  return { parent, enter, exit, depth, childStart, childList, order, roots, unitsInOrder }
}

const cycleIssue = (
  cycle: Cycle,
  units: ReadonlyArray<Unit>,
  range: { readonly from: LocalDate | undefined; readonly to: LocalDate | undefined },
): DataIssue => {
  const ids = cycle.members.map((u) => (units[u] as Unit).id)
  const first = ids[0] as string
  const loop = [...ids, first].map((id) => `"${id}"`).join(" → ")
  const when = rangeText(range)
  const words =
    cycle.relation === "reportsTo"
      ? { vi: "vòng lặp cấp trên", en: "parent cycle" }
      : { vi: "vòng lặp cơ quan quản lý", en: "managing-body cycle" }
  return dataIssue(
    "error",
    "cycle",
    edgeTargetPath(cycle.droppedPath),
    {
      vi: `các đơn vị tạo thành ${words.vi} ${loop} (${when.vi}); để phá vòng, bỏ liên kết từ "${first}" lên "${ids[1] ?? first}" trong thời gian đó.`,
      en: `units form a ${words.en} ${loop} (${when.en}); to break it, the link from "${first}" to "${ids[1] ?? first}" is ignored on those dates.`,
    },
    first,
  )
}

/**
 * Builds the dated tree index of parsed units (edges to unknown units
 * already dropped), reporting every cycle into `issues`.
 */
export const buildTreeIndex = (input: ReadonlyArray<Unit>, issues: Array<DataIssue>): TreeIndex => {
  const units = [...input].sort(byIdOrder)
  const n = units.length
  const numberOf = new Map(units.map((unit, u) => [unit.id, u]))
  const toEdges = (edges: ReadonlyArray<UnitEdge>): ReadonlyArray<Edge> =>
    edges.flatMap((edge) => {
      const target = numberOf.get(edge.unit)
      return target === undefined ? [] : [{ target, from: edge.validFrom, to: edge.validTo, path: edge.path }]
    })
  const lives: ReadonlyArray<Span> = units.map((unit) => ({ from: unit.validFrom, to: unit.validTo }))
  const reportsTo = units.map((unit) => toEdges(unit.reportsTo))
  const managedBy = units.map((unit) => toEdges(unit.managedBy))

  const changes = new Set<LocalDate>()
  const addBounds = (from: LocalDate | undefined, to: LocalDate | undefined) => {
    if (from !== undefined) changes.add(from)
    const after = to === undefined ? undefined : nextDay(to)
    if (after !== undefined) changes.add(after)
  }
  for (let u = 0; u < n; u++) {
    const unit = units[u] as Unit
    addBounds(unit.validFrom, unit.validTo)
    for (const edge of reportsTo[u] as ReadonlyArray<Edge>) addBounds(edge.from, edge.to)
    for (const edge of managedBy[u] as ReadonlyArray<Edge>) addBounds(edge.from, edge.to)
  }
  const rawStarts = [...changes].sort()

  const starts: Array<LocalDate> = []
  const parents: Record<Relation, Array<Int32Array>> = { reportsTo: [], managedBy: [] }
  // Cycle runs over consecutive raw epochs, so that one cycle lasting years is one issue.
  const runs = new Map<string, { cycle: Cycle; first: number; last: number }>()
  const emitRun = (run: { cycle: Cycle; first: number; last: number }) => {
    const from = run.first === 0 ? undefined : rawStarts[run.first - 1]
    const nextStart = rawStarts[run.last]
    issues.push(cycleIssue(run.cycle, units, { from, to: nextStart === undefined ? undefined : previousDay(nextStart) }))
  }

  const chosenReports: Array<Edge | undefined> = new Array<Edge | undefined>(n)
  const chosenManaged: Array<Edge | undefined> = new Array<Edge | undefined>(n)
  const explicit = new Uint8Array(n)
  const active = new Uint8Array(n)
  const firstCovering = (edges: ReadonlyArray<Edge>, date: LocalDate): Edge | undefined => {
    for (const edge of edges) if (rangeHas(edge, date)) return edge
    return undefined
  }

  for (let epoch = 0; epoch <= rawStarts.length; epoch++) {
    // Epoch 0 holds every day before the first change: "" sorts before any date,
    // so only open lower bounds cover it.
    const date = epoch === 0 ? "" : (rawStarts[epoch - 1] as string)
    for (let u = 0; u < n; u++) active[u] = rangeHas(lives[u] as Span, date) ? 1 : 0
    const report = new Int32Array(n)
    for (let u = 0; u < n; u++) {
      if (active[u] === 0) {
        report[u] = INACTIVE
        chosenReports[u] = undefined
        continue
      }
      const edge = firstCovering(reportsTo[u] as ReadonlyArray<Edge>, date)
      chosenReports[u] = edge
      report[u] = edge !== undefined && active[edge.target] === 1 ? edge.target : ROOT
    }
    const cycles = [...breakCycles(report, chosenReports, undefined, "reportsTo")]
    const manage = new Int32Array(n)
    for (let u = 0; u < n; u++) {
      explicit[u] = 0
      if (active[u] === 0) {
        manage[u] = INACTIVE
        chosenManaged[u] = undefined
        continue
      }
      const edge = firstCovering(managedBy[u] as ReadonlyArray<Edge>, date)
      if (edge === undefined) {
        // No managing body given for this day: the one that collects reports manages.
        manage[u] = report[u] as number
        chosenManaged[u] = chosenReports[u]
      } else {
        explicit[u] = 1
        chosenManaged[u] = edge
        manage[u] = active[edge.target] === 1 ? edge.target : ROOT
      }
    }
    cycles.push(...breakCycles(manage, chosenManaged, explicit, "managedBy"))

    for (const cycle of cycles) {
      const key = `${cycle.relation}|${cycle.members.join(",")}|${cycle.droppedPath}`
      const run = runs.get(key)
      if (run !== undefined && run.last === epoch - 1) run.last = epoch
      else {
        if (run !== undefined) emitRun(run)
        runs.set(key, { cycle, first: epoch, last: epoch })
      }
    }

    const last = parents.reportsTo.length - 1
    const previousReport = parents.reportsTo[last]
    const previousManage = parents.managedBy[last]
    if (
      previousReport !== undefined &&
      previousManage !== undefined &&
      sameArray(previousReport, report) &&
      sameArray(previousManage, manage)
    ) {
      continue
    }
    if (epoch > 0) starts.push(date)
    parents.reportsTo.push(report)
    parents.managedBy.push(manage)
  }
  for (const run of runs.values()) emitRun(run)

  const reportSnapshots = parents.reportsTo.map((parent) => buildSnapshot(parent, units))
  const manageSnapshots = parents.managedBy.map((parent, epoch) => {
    const report = reportSnapshots[epoch] as Snapshot
    return sameArray(parent, report.parent) ? report : buildSnapshot(parent, units)
  })
  return { units, numberOf, starts, snapshots: { reportsTo: reportSnapshots, managedBy: manageSnapshots } }
}
