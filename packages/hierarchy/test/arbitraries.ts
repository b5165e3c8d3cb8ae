/**
 * Random dated rosters for property tests, and a naive oracle that computes
 * a parent on one date straight from the records, with no index.
 */
import type { Relation, UnitRecord } from "@lantoa/hierarchy"
import fc from "fast-check"

export const DATES = ["2024-01-01", "2024-07-01", "2025-01-01", "2025-07-01", "2026-01-01"] as const
export const QUERY_DATES = ["2023-06-01", "2024-03-15", "2025-06-30", "2027-01-01", ...DATES] as const
export const IDS = ["u0", "u1", "u2", "u3", "u4", "u5", "u6", "u7"] as const

const bound = fc.option(fc.constantFrom(...DATES), { nil: undefined })

interface Edge {
  readonly unit: string
  readonly validFrom?: string
  readonly validTo?: string
}

const edge: fc.Arbitrary<Edge> = fc
  .record({ unit: fc.constantFrom<string>(...IDS, "zz"), validFrom: bound, validTo: bound })
  .map(({ unit, validFrom, validTo }) => ({
    unit,
    ...(validFrom === undefined ? {} : { validFrom }),
    ...(validTo === undefined ? {} : { validTo }),
  }))

const unit = (id: string): fc.Arbitrary<UnitRecord> =>
  fc
    .record({
      life: fc.tuple(bound, bound),
      parents: fc.array(edge, { maxLength: 3 }),
      whole: fc.option(fc.constantFrom<string>(...IDS), { nil: undefined }),
      managedBy: fc.array(edge, { maxLength: 2 }),
    })
    .map(({ life, parents, whole, managedBy }) => {
      const [a, b] = life
      const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b]
      const record: Record<string, unknown> = { id, name: `Đơn vị ${id}`, kind: "other" }
      if (from !== undefined) record.validFrom = from
      if (to !== undefined) record.validTo = to
      if (parents.length > 0) record.parents = parents
      else if (whole !== undefined) record.parent = whole
      if (managedBy.length > 0) record.managedBy = managedBy
      return record as UnitRecord
    })

/** 1 to 8 units with random lives, dated parents (some unknown, self, inverted, overlapping, cyclic). */
export const datedUnits: fc.Arbitrary<ReadonlyArray<UnitRecord>> = fc
  .integer({ min: 1, max: IDS.length })
  .chain((n) => fc.tuple(...IDS.slice(0, n).map(unit)))

const covers = (r: { readonly validFrom?: string | null | undefined; readonly validTo?: string | null | undefined }, date: string) =>
  (r.validFrom == null || r.validFrom <= date) && (r.validTo == null || date <= r.validTo)

/** Breaks each cycle at its smallest id, straight from the definition. */
const breakCycles = (parent: Map<string, string | undefined>): void => {
  const onCycle = (start: string): ReadonlyArray<string> | undefined => {
    const seen: Array<string> = []
    let u: string | undefined = start
    while (u !== undefined && !seen.includes(u)) {
      seen.push(u)
      u = parent.get(u)
    }
    return u === start ? seen : undefined
  }
  for (const id of [...parent.keys()].sort()) {
    const cycle = onCycle(id)
    if (cycle !== undefined && [...cycle].sort()[0] === id) parent.set(id, undefined)
  }
}

/** The parent of every unit active on `date`, computed naively. */
export const naiveParents = (
  units: ReadonlyArray<UnitRecord>,
  date: string,
  relation: Relation,
): ReadonlyMap<string, string | undefined> => {
  const ids = new Set(units.map((u) => u.id))
  const active = new Set(units.filter((u) => covers(u, date)).map((u) => u.id))
  const usable = (u: UnitRecord, e: Edge) =>
    e.unit !== u.id && ids.has(e.unit) && !(e.validFrom !== undefined && e.validTo !== undefined && e.validFrom > e.validTo)
  const pick = (u: UnitRecord, edges: ReadonlyArray<Edge>) => edges.find((e) => usable(u, e) && covers(e, date))
  const reports = new Map<string, string | undefined>()
  for (const u of units) {
    if (!active.has(u.id)) continue
    const edges: ReadonlyArray<Edge> =
      u.parents !== undefined && u.parents.length > 0
        ? (u.parents as ReadonlyArray<Edge>)
        : u.parent != null
          ? [{ unit: u.parent }]
          : []
    const e = pick(u, edges)
    reports.set(u.id, e !== undefined && active.has(e.unit) ? e.unit : undefined)
  }
  breakCycles(reports)
  if (relation === "reportsTo") return reports
  const manages = new Map<string, string | undefined>()
  for (const u of units) {
    if (!active.has(u.id)) continue
    const e = pick(u, (u.managedBy ?? []) as ReadonlyArray<Edge>)
    manages.set(u.id, e === undefined ? reports.get(u.id) : active.has(e.unit) ? e.unit : undefined)
  }
  breakCycles(manages)
  return manages
}
