import { PRESETS, hoaBinh2024, presetById, twoTier2025, validatePolicy } from "@lantoa/policy"
import { describe, expect, it } from "vitest"

describe("presets by id", () => {
  it("PRESETS lists every preset, each valid and with a unique id", () => {
    expect(PRESETS.map((policy) => policy.id)).toEqual(["hoa-binh-2024", "two-tier-2025"])
    for (const preset of PRESETS) expect(validatePolicy(preset).issues).toEqual([])
  })

  it("presetById finds a preset for a CLI's --policy, and nothing for an unknown id", () => {
    expect(presetById("hoa-binh-2024")).toBe(hoaBinh2024)
    expect(presetById("two-tier-2025")).toBe(twoTier2025)
    expect(presetById("ha-noi-2030")).toBeUndefined()
  })
})
