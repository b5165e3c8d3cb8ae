/**
 * Checks of dated edges against the calendar: two parents on one day, an
 * edge reaching outside its unit's life, a parent that does not exist on
 * the edge's dates. Cycles are found while building the tree index.
 */
import { dataIssue, type DataIssue } from "@lantoa/core"
import type { Unit, UnitEdge } from "../Roster.js"
import { intersect, nextDay, previousDay, rangeText, earlierEnd, laterStart, type DateRange } from "./dates.js"
import { edgeTargetPath } from "./issues.js"

type List = "reportsTo" | "managedBy"

const WORDS = {
  reportsTo: { vi: "đơn vị cấp trên", en: "parent", noneVi: "không có cấp trên", noneEn: "has no parent" },
  managedBy: {
    vi: "cơ quan quản lý",
    en: "managing body",
    noneVi: "không có cơ quan quản lý",
    noneEn: "has no managing body",
  },
} as const

const rangeOf = (validity: { readonly validFrom?: string; readonly validTo?: string }): DateRange => ({
  from: validity.validFrom,
  to: validity.validTo,
})

const checkOutsideLife = (unit: Unit, edge: UnitEdge, list: List, issues: Array<DataIssue>): void => {
  const life = rangeOf(unit)
  const span = rangeOf(edge)
  const words = WORDS[list]
  const lifeText = rangeText(life)
  const spanText = rangeText(span)
  if (intersect(life, span) === undefined) {
    issues.push(
      dataIssue(
        "warning",
        "edge-outside-validity",
        edge.path,
        {
          vi: `liên kết tới ${words.vi} "${edge.unit}" (${spanText.vi}) không trùng ngày nào với thời gian hoạt động của đơn vị "${unit.id}" (${lifeText.vi}); liên kết không bao giờ được dùng.`,
          en: `the link to the ${words.en} "${edge.unit}" (${spanText.en}) shares no day with the life of unit "${unit.id}" (${lifeText.en}); it is never used.`,
        },
        unit.id,
      ),
    )
    return
  }
  // An open bound on an edge means "as long as the unit": only a stated bound can overreach.
  const early = edge.validFrom !== undefined && unit.validFrom !== undefined && edge.validFrom < unit.validFrom
  const late = edge.validTo !== undefined && unit.validTo !== undefined && edge.validTo > unit.validTo
  if (!early && !late) return
  issues.push(
    dataIssue(
      "warning",
      "edge-outside-validity",
      edge.path,
      {
        vi: `liên kết tới ${words.vi} "${edge.unit}" (${spanText.vi}) vượt ra ngoài thời gian hoạt động của đơn vị "${unit.id}" (${lifeText.vi}); phần ngoài đó không được tính.`,
        en: `the link to the ${words.en} "${edge.unit}" (${spanText.en}) reaches outside the life of unit "${unit.id}" (${lifeText.en}); the part outside is not counted.`,
      },
      unit.id,
    ),
  )
}

const checkOverlaps = (unit: Unit, edges: ReadonlyArray<UnitEdge>, list: List, issues: Array<DataIssue>): void => {
  const life = rangeOf(unit)
  const words = WORDS[list]
  // Lists are a handful of edges per unit: the pairwise scan is cheaper than sorting.
  for (let j = 1; j < edges.length; j++) {
    const later = edges[j] as UnitEdge
    for (let i = 0; i < j; i++) {
      const earlier = edges[i] as UnitEdge
      const both = intersect(rangeOf(earlier), rangeOf(later))
      const shared = both === undefined ? undefined : intersect(both, life)
      if (shared === undefined) continue
      const when = rangeText(shared)
      issues.push(
        dataIssue(
          "error",
          "overlapping-edges",
          later.path,
          {
            vi: `đơn vị "${unit.id}" có hai ${words.vi} cùng lúc, "${earlier.unit}" (${earlier.path}) và "${later.unit}" (${later.path}), ${when.vi}; trong những ngày đó tính theo liên kết ghi trước (${earlier.path}).`,
            en: `unit "${unit.id}" has two ${words.en}s at once, "${earlier.unit}" (${earlier.path}) and "${later.unit}" (${later.path}), ${when.en}; on those dates the link listed first (${earlier.path}) counts.`,
          },
          unit.id,
        ),
      )
      break
    }
  }
}

const checkTargetAlive = (
  unit: Unit,
  edge: UnitEdge,
  target: Unit,
  list: List,
  issues: Array<DataIssue>,
): void => {
  const used = intersect(rangeOf(edge), rangeOf(unit))
  if (used === undefined) return
  const gaps: Array<DateRange> = []
  if (target.validFrom !== undefined && (used.from === undefined || used.from < target.validFrom)) {
    gaps.push({ from: used.from, to: earlierEnd(used.to, previousDay(target.validFrom)) })
  }
  const afterEnd = target.validTo === undefined ? undefined : nextDay(target.validTo)
  if (afterEnd !== undefined && (used.to === undefined || used.to >= afterEnd)) {
    gaps.push({ from: laterStart(used.from, afterEnd), to: used.to })
  }
  if (gaps.length === 0) return
  const words = WORDS[list]
  const gapTexts = gaps.map(rangeText)
  const alive = rangeText(rangeOf(target))
  issues.push(
    dataIssue(
      "error",
      "inactive-parent",
      edgeTargetPath(edge.path),
      {
        vi: `${words.vi} "${target.id}" của "${unit.id}" không hoạt động ${gapTexts.map((text) => text.vi).join(" và ")} (đơn vị này hoạt động ${alive.vi}); trong thời gian đó "${unit.id}" ${words.noneVi}.`,
        en: `the ${words.en} "${target.id}" of "${unit.id}" does not exist ${gapTexts.map((text) => text.en).join(" and ")} (it exists ${alive.en}); on those dates "${unit.id}" ${words.noneEn}.`,
      },
      unit.id,
    ),
  )
}

/** Runs the dated-edge checks over every unit, in input order. */
export const checkEdgeDates = (
  units: ReadonlyArray<Unit>,
  unitById: ReadonlyMap<string, Unit>,
  issues: Array<DataIssue>,
): void => {
  for (const unit of units) {
    for (const list of ["reportsTo", "managedBy"] as const) {
      const edges = unit[list]
      for (const edge of edges) {
        checkOutsideLife(unit, edge, list, issues)
        const target = unitById.get(edge.unit)
        if (target !== undefined) checkTargetAlive(unit, edge, target, list, issues)
      }
      checkOverlaps(unit, edges, list, issues)
    }
  }
}
