import { describe, expect, it } from "vitest"
import { parseJson } from "@lantoa/engine"

describe("parseJson: where JSON text goes wrong, as a line and a column", () => {
  it("parses valid JSON, ignoring a leading byte-order mark", () => {
    expect(parseJson('{"units": []}')).toEqual({ ok: true, value: { units: [] } })
    expect(parseJson('\uFEFF{"a": true}')).toEqual({ ok: true, value: { a: true } })
  })

  it.each([
    ['{\n  "units": [,]\n}', 2, 13, ","],
    ['{\n  "units": [\n    { "id": "a", }\n  ]\n}', 3, 18, "}"],
    ['{"a": 1', 1, 8, ""],
    ["[1, 2] x", 1, 8, "x"],
    ['"abc\\q"', 1, 6, "q"],
    ['{"a" 1}', 1, 6, "1"],
    ["[1.]", 1, 4, "]"],
    ["[01]", 1, 3, "1"],
    ['{"a":[{"b":nul}]}', 1, 15, "}"],
    ["", 1, 1, ""],
    ['{"ten": "Nguyễn Thị Hoa", "sdt": 0912345678}', 1, 35, "9"],
  ])("%j stops being JSON at line %i, column %i (%j)", (text, line, column, found) => {
    expect(parseJson(text)).toEqual({ ok: false, line, column, found })
  })

  it("finds the place in deeply nested text without overflowing the stack", () => {
    expect(parseJson("[".repeat(200_000))).toEqual({ ok: false, line: 1, column: 200_001, found: "" })
  })

  it("never echoes the text: no phone number or name reaches an error message built from it", () => {
    const result = parseJson('{"ten": "Nguyễn Thị Hoa", "sdt": 0912345678,}')
    expect(JSON.stringify(result)).not.toContain("Nguyễn")
    expect(JSON.stringify(result)).not.toContain("0912")
  })
})
