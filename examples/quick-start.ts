/**
 * The README's quick start: generate the sample province, build its tree as it
 * stood on a date, and count one week of Fanpage posts per Phòng GD&ĐT.
 *
 *   npx tsx --conditions=@lantoa/source examples/quick-start.ts
 */
import { parseActivities, periodOf, formatPeriod } from "@lantoa/core"
import { buildHierarchy, findUnit, rollUp, treeAt } from "@lantoa/hierarchy"
import { generateProvince } from "@lantoa/sample-province"

const dataset = generateProvince({ seed: 2024, activities: { from: "2024-11-11", to: "2024-11-17" } })
const { hierarchy, issues } = buildHierarchy(dataset)
const { activities } = parseActivities(dataset.activities)

// Posts on units' Fanpages in ISO week 2024-W46, counted per unit…
const postsByUnit = new Map<string, number>()
for (const activity of activities) {
  if (activity.kind !== "post" || activity.unit === undefined) continue
  if (periodOf(activity.at, "week") !== "2024-W46") continue
  postsByUnit.set(activity.unit, (postsByUnit.get(activity.unit) ?? 0) + 1)
}

// …then rolled up the tree as it stood that week: each Phòng with its schools.
const tree = treeAt(hierarchy, "2024-11-15")
const totals = rollUp(tree, postsByUnit)
console.log(`${formatPeriod("2024-W46")} — ${issues.length} lỗi dữ liệu`)
for (const office of tree.childrenOf("so-gddt")) {
  const unit = findUnit(hierarchy, office)
  if (unit?.kind === "district-office") console.log(`${unit.name}: ${totals.get(office) ?? 0} bài`)
}
