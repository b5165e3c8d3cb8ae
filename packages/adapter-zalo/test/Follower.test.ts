import { describe, expect, it } from "vitest"
import { INTERACTION_WINDOW_MS, linkFollowers, withinInteractionWindow, type ZaloUser } from "../src/index.js"

const NOW = Date.parse("2024-11-14T08:00:00+07:00")

describe("the 7-day interaction window", () => {
  it("is open for 7 days after the last interaction, closed at the boundary and for an unknown one", () => {
    expect(withinInteractionWindow(NOW - INTERACTION_WINDOW_MS + 1, NOW)).toBe(true)
    expect(withinInteractionWindow(NOW - INTERACTION_WINDOW_MS, NOW)).toBe(false)
    expect(withinInteractionWindow(undefined, NOW)).toBe(false)
    expect(withinInteractionWindow(NOW + 1, NOW)).toBe(false)
  })
})

describe("linkFollowers", () => {
  const user = (userId: string, phone: string | undefined, date = "08/11/2024"): ZaloUser => ({
    userId,
    displayName: "x",
    isFollower: true,
    tags: [],
    lastInteractionDate: `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}`,
    ...(phone === undefined ? {} : { phone }),
  })

  it("matches the roster by the shared phone in any spelling; the date counts from the start of the local day", () => {
    const { contacts, unmatched, ambiguous } = linkFollowers(
      [user("2468458835296197922", "84301234567"), user("4572947693969771653", undefined), user("1", "84301234999")],
      [
        { id: "gv-01", phone: "030 123 4567" },
        { id: "gv-02", phone: "0301234999" },
        { id: "gv-03", phone: "0301234999" },
      ],
    )
    expect(contacts).toEqual(new Map([["gv-01", { userId: "2468458835296197922", lastInteraction: Date.parse("2024-11-08T00:00:00+07:00") }]]))
    expect([unmatched, ambiguous]).toEqual([1, 1])
  })
})
