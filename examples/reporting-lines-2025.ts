/**
 * The July 2025 reform in data: Phòng GD&ĐT dissolved, schools up to THCS
 * moved under the communes. Builds the two-tier sample province, follows one
 * school across 30/06 → 01/07/2025, diffs the rosters of the two dates, and
 * shows how a clerk's messy roster is reported (in Vietnamese) while its good
 * rows are kept.
 *
 *   npx tsx --conditions=@lantoa/source examples/reporting-lines-2025.ts
 */
import assert from "node:assert/strict"
import { formatOfficialDate } from "@lantoa/core"
import { buildHierarchy, diffRosters, findUnit, isInSubtree, parseRoster, treeAt, validateRoster } from "@lantoa/hierarchy"
import { generateProvince } from "@lantoa/sample-province"

const dataset = generateProvince({ variant: "two-tier-2025", activities: false })
const { hierarchy, issues } = buildHierarchy(dataset)
assert.equal(issues.length, 0)

const school = dataset.units.find((unit) => unit.kind === "lower-secondary" && unit.parents !== undefined)
assert.ok(school)
const nameOf = (id: string) => findUnit(hierarchy, id)?.name ?? id

// A unit has one name in contract v1, and the two-tier roster gives the Sở
// the name it has now (Phú Thọ), which was not its name on 30/06/2025. So the
// path is printed by ids, and only the school's and its parent's names, which
// hold on both dates.
for (const date of ["2025-06-30", "2025-07-01"]) {
  const tree = treeAt(hierarchy, date)
  const parent = tree.parentOf(school.id) ?? ""
  console.log(`${formatOfficialDate(date)}: ${tree.pathOf(school.id).join(" → ")} (${nameOf(school.id)}, cấp trên: ${nameOf(parent)})`)
}
const [before, after] = [treeAt(hierarchy, "2025-06-30").parentOf(school.id), treeAt(hierarchy, "2025-07-01").parentOf(school.id)]
assert.equal(findUnit(hierarchy, before ?? "")?.kind, "district-office")
assert.equal(findUnit(hierarchy, after ?? "")?.kind, "commune")
assert.equal(isInSubtree(hierarchy, school.id, before!, "2025-07-01"), false)

// Last year's roster against this year's: what the reform changed.
const diff = diffRosters(parseRoster(generateProvince({ activities: false })).roster, parseRoster(dataset).roster)
console.log(
  `So với danh sách năm 2024: thêm ${diff.units.added.length} đơn vị (UBND xã, phường), ` +
    `${diff.units.moved.length} đơn vị đổi cấp trên, ${diff.units.renamed.length} đổi tên (${diff.units.renamed.map((c) => `${c.before} → ${c.after}`).join("; ")})`,
)
assert.equal(diff.units.added.length, 46)
assert.equal(diff.units.moved.length, 469)
// The same province, reformed: only the Sở's name changed, and no person did.
assert.deepEqual(diff.units.renamed.map((change) => change.id), ["so-gddt"])
assert.equal(diff.people.added.length + diff.people.removed.length + diff.people.moved.length + diff.people.renamed.length, 0)
const officeStaff = dataset.people.filter((person) => findUnit(hierarchy, person.unit)?.kind === "district-office")
assert.ok(officeStaff.length > 0 && officeStaff.every((person) => person.validTo === "2025-06-30"))
console.log(`Nhân sự: không ai thêm, bớt, đổi đơn vị hay đổi tên; ${officeStaff.length} người của Phòng GD&ĐT có hiệu lực đến hết ngày 30/06/2025`)

// The reporting lines of the whole province, compared on the two dates.
const tree2024 = treeAt(hierarchy, "2025-06-30")
const tree2025 = treeAt(hierarchy, "2025-07-01")
const moved = tree2025.units.filter(({ id }) => tree2024.has(id) && tree2024.parentOf(id) !== tree2025.parentOf(id))
console.log(`Đơn vị đổi tuyến báo cáo ngày 01/07/2025: ${moved.length}`)
assert.ok(moved.length > 400)
const offices = (tree: typeof tree2024) => tree.units.filter((unit) => unit.kind === "district-office").length
console.log(`Phòng GD&ĐT hoạt động: ${offices(tree2024)} ngày 30/06/2025, ${offices(tree2025)} ngày 01/07/2025`)
assert.equal(offices(tree2024), 10)
assert.equal(offices(tree2025), 0)

// A clerk's roster with mistakes: each is reported with its row and field, the rest is kept.
const messy = {
  units: [
    { id: "so", name: "Sở GD&ĐT", kind: "department" },
    { id: "pgd-a", name: "Phòng GD&ĐT A", kind: "district-office", parent: "so" },
    { id: "th-a", name: "Trường Tiểu học A", kind: "primary", parent: "pgd-a" },
    { id: "th-a", name: "Trường Tiểu học A (trùng)", kind: "primary", parent: "pgd-a" },
    { id: "th-b", name: "Trường Tiểu học B", kind: "tieu-hoc", parent: "pgd-a" },
    { id: "thcs-c", name: "Trường THCS C", kind: "lower-secondary", parent: "pgd-x" },
  ],
  people: [
    { id: "gv-1", name: "Giáo viên Một", unit: "th-a", roles: ["teacher"] },
    { id: "gv-2", name: "Giáo viên Hai", unit: "th-z", roles: ["teacher"] },
  ],
}
const found = validateRoster(messy)
console.log("\nKiểm tra danh sách đơn vị, nhân sự:")
for (const issue of found) console.log(`  [${issue.severity === "error" ? "lỗi" : "cảnh báo"}] ${issue.message}`)
const built = buildHierarchy(messy).hierarchy
assert.deepEqual(built.units.map((unit) => unit.id), ["so", "pgd-a", "th-a", "thcs-c"])
assert.ok(found.some((issue) => issue.path === "units[4].kind"))
assert.ok(found.some((issue) => issue.path === "people[1].unit"))
