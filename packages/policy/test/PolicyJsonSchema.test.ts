import { PolicySchema, hoaBinh2024, policyJsonSchema, twoTier2025 } from "@lantoa/policy"
import { describe, expect, it } from "vitest"
import { check } from "./jsonSchemaLite.js"

const asJson = (value: unknown): Record<string, any> => JSON.parse(JSON.stringify(value))

describe("policyJsonSchema", () => {
  it("is JSON Schema draft 2020-12, generated from the zod schema, for the document as written", () => {
    const schema = policyJsonSchema()
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
    expect(schema.type).toBe("object")
    // Input side: fields with defaults may be left out.
    expect(schema.required).toEqual(["id", "version", "name"])
    expect(Object.keys(schema.properties as object)).toEqual([
      "$schema",
      "id",
      "version",
      "name",
      "description",
      "timeZone",
      "locale",
      "schoolYears",
      "moderation",
      "scoring",
      "featuring",
      "quotas",
      "channels",
      "deadlines",
    ])
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema)
  })

  it("is deterministic: every call gives the same schema, as a fresh copy", () => {
    const a = policyJsonSchema()
    const b = policyJsonSchema()
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(a).not.toBe(b)
  })

  it("accepts both presets, as written and with defaults applied", () => {
    const schema = policyJsonSchema()
    for (const preset of [hoaBinh2024, twoTier2025]) expect(check(schema, asJson(preset))).toEqual([])
    expect(check(schema, { id: "x", version: "1.0.0", name: { vi: "Kế hoạch" } })).toEqual([])
  })

  it("keeps every rule's required keys, and forbids unknown fields at every level, as validatePolicy does", () => {
    const schema = policyJsonSchema() as any
    const quota = schema.properties.quotas.items
    expect(quota.required).toEqual(["id", "title", "subjects", "counts", "minimum", "period"])
    expect(quota.additionalProperties).toBe(false)
    expect(Object.keys(quota.properties)).toContain("proposal")
    const channel = schema.properties.channels.items
    expect(channel.required).toEqual(["id", "title", "units", "platform"])
    expect(channel.additionalProperties).toBe(false)

    const broken = asJson(hoaBinh2024)
    broken.quotas[0].minimun = 1
    broken.channels[2].naming.type = "suffix"
    delete broken.version
    expect(check(schema, broken)).toEqual([
      "(root): missing version",
      "quotas[0]: unknown field minimun",
      "channels[2].naming: oneOf: 0 options match",
    ])
  })

  it("agrees with the zod schema on the shape of the presets' rules", () => {
    const schema = policyJsonSchema() as any
    for (const rule of asJson(hoaBinh2024).quotas) {
      expect(Object.keys(rule).every((key) => key in schema.properties.quotas.items.properties)).toBe(true)
    }
    expect(PolicySchema.safeParse(asJson(hoaBinh2024)).success).toBe(true)
  })
})
