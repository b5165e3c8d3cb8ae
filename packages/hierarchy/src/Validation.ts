/**
 * Roster validation: every check `buildHierarchy` runs, and the codes of the
 * issues it reports.
 *
 * Each problem is a `DataIssue` naming its record path (`units[3].parent`),
 * in Vietnamese with full diacritics and in English, naming the ids
 * involved (never a phone number); the rest of the roster still builds.
 *
 * @since 0.1.0
 * @module
 */
import type { DataIssue, DataIssueSeverity } from "@lantoa/core"
import { buildHierarchy, type BuildHierarchyOptions } from "./Hierarchy.js"

/**
 * The issue codes the hierarchy reports beyond schema errors (those come
 * from core: `missing-field`, `invalid-value`, `invalid-date`…), with their
 * severity and what happens to the data.
 *
 * @example
 * ```ts
 * HIERARCHY_ISSUE_CODES["unknown-parent"].severity //=> "error"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const HIERARCHY_ISSUE_CODES: Readonly<
  Record<string, { readonly severity: DataIssueSeverity; readonly effect: string }>
> = {
  "invalid-type": { severity: "error", effect: "The roster is not an object { units, people, channels }: nothing is read." },
  "duplicate-id": { severity: "error", effect: "A unit, person or channel repeats an earlier id: the first is kept." },
  "parent-and-parents": { severity: "error", effect: "A unit gives both `parent` and `parents`: `parents` is used." },
  "invalid-validity": {
    severity: "error",
    effect: "validFrom is after validTo: an edge is dropped; a unit or person is taken as valid at all times.",
  },
  "self-parent": { severity: "error", effect: "A unit links to itself: the link is dropped." },
  "unknown-parent": {
    severity: "error",
    effect:
      "A link names a unit that does not exist: the link is dropped (without a parent the unit is a root on its dates; without a managedBy link its reportsTo parent manages).",
  },
  "unknown-unit": { severity: "warning", effect: "A person or channel names a unit that does not exist: it is kept." },
  "unknown-person": { severity: "warning", effect: "A channel admin or member is not in the list of people: kept." },
  "overlapping-edges": {
    severity: "error",
    effect: "Two links of one relation cover the same day: on those days the link listed first counts.",
  },
  "edge-outside-validity": {
    severity: "warning",
    effect: "A link's stated dates reach outside its unit's life: the part outside is never used.",
  },
  "inactive-parent": {
    severity: "error",
    effect: "A link's target does not exist on some of the link's dates: on those days the unit has no parent in that relation.",
  },
  cycle: {
    severity: "error",
    effect: "Units link in a loop on some dates: the link of the unit with the smallest id is dropped on those dates.",
  },
}

/**
 * Every problem in a roster, as `buildHierarchy` reports them, in input
 * order: schema errors, duplicate ids, unknown parents (the unit becomes a
 * root), cycles on any date (broken at the unit with the smallest id, every
 * unit of the cycle named), people and channels of unknown units, admins and
 * members who are unknown people, two parents on the same day, edges outside
 * the unit's own dates, parents that do not exist on the edge's dates, and
 * `validFrom` after `validTo`.
 *
 * @example
 * ```ts
 * validateRoster({
 *   units: [
 *     { id: "so", name: "Sở GD&ĐT", kind: "department" },
 *     { id: "pgd-a", name: "Phòng GD&ĐT A", kind: "district-office", parent: "so", validTo: "2025-06-30" },
 *     { id: "th-a", name: "Trường TH A", kind: "primary", parent: "pgd-a" },
 *   ],
 *   people: [],
 * }).map((issue) => [issue.code, issue.path])
 * //=> [["inactive-parent", "units[2].parent"]]
 * ```
 * @since 0.1.0
 * @category validation
 */
export const validateRoster = (roster: unknown, options: BuildHierarchyOptions = {}): ReadonlyArray<DataIssue> =>
  buildHierarchy(roster, options).issues
