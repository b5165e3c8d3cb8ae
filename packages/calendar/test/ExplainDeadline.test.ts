import { deadlineStatuses, explainDeadline } from "@lantoa/calendar"
import { describe, expect, it } from "vitest"
import { lacSon, task } from "./fixtures.js"

const hierarchy = lacSon()
const groups = task("setup-groups", "05/11/2024", { type: "units", units: ["thcs-lac-son", "thpt-lac-son", "so"] })
const statusesAt = (now: string) =>
  deadlineStatuses(
    [groups],
    hierarchy,
    [
      { task: "setup-groups", unit: "thcs-lac-son", at: "2024-11-04T10:00:00+07:00" },
      { task: "setup-groups", unit: "thpt-lac-son", at: "2024-11-06T00:01:00+07:00" },
    ],
    { period: "2024-11", now },
  ).statuses

describe("explainDeadline: one sentence per status", () => {
  it("names the task, the policy and the due day, and says when it was done or how late it is", () => {
    const [so, thcs, thpt] = statusesAt("2024-11-08T09:00:00+07:00")
    const policy = { id: "hoa-binh-2024", version: "1.0.0" }
    expect(explainDeadline(thcs!, { policy })).toBe(
      "Nhiệm vụ setup-groups (Nhiệm vụ setup-groups; chính sách hoa-binh-2024 phiên bản 1.0.0): hạn chót ngày 05/11/2024; đã hoàn thành lúc 10:00 ngày 04/11/2024, đúng hạn.",
    )
    expect(explainDeadline(thpt!)).toBe("Nhiệm vụ setup-groups (Nhiệm vụ setup-groups): hạn chót ngày 05/11/2024; hoàn thành muộn, lúc 00:01 ngày 06/11/2024.")
    expect(explainDeadline(so!)).toBe("Nhiệm vụ setup-groups (Nhiệm vụ setup-groups): hạn chót ngày 05/11/2024; chưa hoàn thành, đã quá hạn 3 ngày.")
    expect(explainDeadline(so!, { locale: "en" })).toBe("Task setup-groups (Task setup-groups): due 2024-11-05; not done, 3 days overdue.")
  })

  it("before the due day: days left, and 'today' on the day itself", () => {
    const so = (now: string) => statusesAt(now).find((entry) => entry.unit === "so")!
    expect(explainDeadline(so("2024-11-03T09:00:00+07:00"))).toMatch(/chưa hoàn thành, còn 2 ngày\.$/)
    expect(explainDeadline(so("2024-11-05T22:00:00+07:00"))).toMatch(/hạn chót là hôm nay\.$/)
    expect(explainDeadline(so("2024-10-20T09:00:00+07:00"))).toMatch(/chưa đến hạn \(còn 16 ngày\)\.$/)
  })
})
