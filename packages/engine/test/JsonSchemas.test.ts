import { readFileSync } from "node:fs"
import { policyJsonSchema } from "@lantoa/policy"
import { describe, expect, it } from "vitest"
import { datasetJsonSchema, reportJsonSchema } from "@lantoa/engine"
import { schemaFiles } from "../src/internal/schemaFiles.js"

const committed = (file: string): string => readFileSync(new URL(`../schema/${file}`, import.meta.url), "utf8")

describe("the JSON Schemas of contract v1", () => {
  it("the committed files in schema/ are up to date with the zod schemas (regenerate: npm run schemas)", () => {
    const files = schemaFiles()
    expect(files.map((entry) => entry.file)).toEqual(["dataset.schema.json", "policy.schema.json", "report.schema.json"])
    for (const { file, text } of files) expect(committed(file), file).toBe(text)
  })

  it("the files hold exactly datasetJsonSchema(), policyJsonSchema() and reportJsonSchema()", () => {
    expect(JSON.parse(committed("dataset.schema.json"))).toEqual(datasetJsonSchema())
    expect(JSON.parse(committed("policy.schema.json"))).toEqual(policyJsonSchema())
    expect(JSON.parse(committed("report.schema.json"))).toEqual(reportJsonSchema())
  })

  it("the dataset schema requires the four lists, leaves completions optional and allows fields the contract may add", () => {
    const schema = datasetJsonSchema() as {
      $schema: string
      required: Array<string>
      properties: Record<string, unknown>
      additionalProperties?: unknown
    }
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
    expect(schema.required).toEqual(["units", "people", "channels", "activities"])
    expect(Object.keys(schema.properties)).toContain("completions")
    expect(schema.additionalProperties).not.toBe(false)
  })

  it("the report schema names the contract and never closes an object: fields may be added within v1", () => {
    const schema = reportJsonSchema() as { properties: { contract: unknown }; required: Array<string> }
    expect(schema.properties.contract).toEqual({ type: "string", const: "lantoa/v1" })
    expect(schema.required).toEqual(
      expect.arrayContaining([
        "contract",
        "policy",
        "periods",
        "quotas",
        "rollups",
        "deadlines",
        "setup",
        "scores",
        "featured",
        "issues",
      ])
    )
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false')
  })

  it("each call returns a fresh copy", () => {
    const first = reportJsonSchema() as Record<string, unknown>
    first.title = "changed"
    expect((reportJsonSchema() as Record<string, unknown>).title).toBe("lantoa report (contract lantoa/v1)")
  })
})
