/**
 * A small roster across the 1 July 2025 reform, and task helpers, shared by
 * the deadline tests.
 */
import { buildHierarchy, type Hierarchy } from "@lantoa/hierarchy"
import { parseDeadlineTasks, type DeadlineTask } from "@lantoa/calendar"

/** Sở; a Phòng dissolved on 1 July 2025 and the commune that takes its schools; a THCS, a kindergarten and a THPT. */
export const lacSon = (): Hierarchy => {
  const { hierarchy, issues } = buildHierarchy({
    units: [
      { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
      { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so", validTo: "2025-06-30" },
      { id: "xa-lac-son", name: "UBND xã Lạc Sơn", kind: "commune", parent: "so", validFrom: "2025-07-01" },
      {
        id: "thcs-lac-son",
        name: "Trường THCS Lạc Sơn",
        kind: "lower-secondary",
        parents: [
          { unit: "pgd-lac-son", validTo: "2025-06-30" },
          { unit: "xa-lac-son", validFrom: "2025-07-01" },
        ],
      },
      {
        id: "mn-hoa-ban",
        name: "Trường Mầm non Hoa Ban",
        kind: "kindergarten",
        parents: [
          { unit: "pgd-lac-son", validTo: "2025-06-30" },
          { unit: "xa-lac-son", validFrom: "2025-07-01" },
        ],
      },
      { id: "thpt-lac-son", name: "Trường THPT Lạc Sơn", kind: "upper-secondary", parent: "so" },
    ],
    people: [
      { id: "cv-0001", name: "Chuyên viên A", unit: "so", roles: ["specialist", "communication-officer"] },
      { id: "gv-0001", name: "Giáo viên B", unit: "thcs-lac-son", roles: ["teacher", "communication-officer"] },
      { id: "gv-0002", name: "Giáo viên C", unit: "thcs-lac-son", roles: ["teacher", "communication-officer"], validTo: "2024-12-31" },
      { id: "gv-0003", name: "Giáo viên D", unit: "thpt-lac-son", roles: ["teacher"] },
    ],
  })
  if (issues.length > 0) throw new Error(issues.map((issue) => issue.message).join("\n"))
  return hierarchy
}

/** One task, parsed; throws if the test wrote it wrong. */
export const task = (
  id: string,
  due: unknown,
  owners: unknown = { type: "units", units: ["thcs-lac-son"] },
  validFrom?: string,
): DeadlineTask => {
  const input = { id, title: { vi: `Nhiệm vụ ${id}`, en: `Task ${id}` }, owners, due }
  const { tasks, issues } = parseDeadlineTasks([validFrom === undefined ? input : { ...input, validFrom }])
  if (issues.length > 0 || tasks[0] === undefined) throw new Error(issues.map((issue) => issue.message).join("\n"))
  return tasks[0]
}
