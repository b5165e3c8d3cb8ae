import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { publicApiDocs } from "../scripts/apiDocs.js"

const root = fileURLToPath(new URL("..", import.meta.url))
const docs = publicApiDocs(root)

describe("the public API is documented (STYLE.md)", () => {
  it("finds the public names of every package", () => {
    expect(docs.length).toBeGreaterThan(100)
    expect(docs.some((entry) => entry.pkg === "core" && entry.name === "periodOf")).toBe(true)
  })

  it("every exported name has a JSDoc with a summary, @since, @category and an @example", () => {
    const problems = docs.flatMap((entry) => {
      const where = `${entry.pkg}: ${entry.name}`
      if (entry.doc === undefined) return [`${where} has no JSDoc (or its declaration was not found in ${entry.file ?? "its module"})`]
      const missing = ["@since", "@category", "@example"].filter((tag) => !entry.doc?.includes(tag))
      const summary = /^\/\*\*\s*\n\s*\*\s+\S/.test(entry.doc)
      return [...missing.map((tag) => `${where} lacks ${tag}`), ...(summary ? [] : [`${where} lacks a summary line`])]
    })
    expect(problems).toEqual([])
  })
})
