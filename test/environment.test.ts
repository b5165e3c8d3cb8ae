import { describe, expect, it } from "vitest"

describe("the test environment", () => {
  it("runs in a machine time zone far from Vietnam, so local-time slips fail loudly", () => {
    // 2024-11-12T00:00:00Z is 07:00 in Vietnam and 16:00 the day before in Los Angeles.
    expect(new Date(Date.UTC(2024, 10, 12)).getDate()).toBe(11)
  })
})
