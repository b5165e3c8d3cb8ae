/**
 * The policy document's JSON Schema, generated from the zod schemas (the
 * source of truth), for integrators who write policies in other languages
 * or validate them in an editor.
 *
 * @since 0.1.0
 * @module
 */
import { z } from "zod"
import { PolicySchema } from "./Policy.js"

/**
 * A JSON Schema document (draft 2020-12), as plain JSON data.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = policyJsonSchema()
 * ```
 * @since 0.1.0
 * @category models
 */
export type JsonSchema = { readonly [key: string]: unknown }

/**
 * The JSON Schema (draft 2020-12) of a policy document as written: fields
 * with defaults (`timeZone`, `locale`, the sections, rules' `distinctBy`…)
 * are optional. Every object forbids unknown fields, as
 * {@link validatePolicy} does. What JSON Schema cannot say — unique rule
 * ids, a known IANA zone, `cap ≥ minimum`, dates that exist — only
 * `validatePolicy` checks. Deterministic: the same schema on every call
 * (a fresh copy each time).
 *
 * @example
 * ```ts
 * const schema = policyJsonSchema()
 * schema.$schema  //=> "https://json-schema.org/draft/2020-12/schema"
 * schema.required //=> ["id", "version", "name"]
 * JSON.stringify(policyJsonSchema()) === JSON.stringify(schema) //=> true
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const policyJsonSchema = (): JsonSchema => {
  const generated = z.toJSONSchema(PolicySchema, {
    target: "draft-2020-12",
    io: "input",
    // A rule schema written with z.object strips unknown keys; validatePolicy
    // reports them, so the published schema forbids them too.
    override: (context) => {
      const json = context.jsonSchema as Record<string, unknown>
      if (json.type === "object" && json.properties !== undefined && json.additionalProperties === undefined) {
        json.additionalProperties = false
      }
    },
  }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  return {
    $schema,
    title: "lantoa policy",
    description:
      "A lantoa policy document: quota rules and channel requirements of a plan such as “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc” (Sở GD&ĐT Hòa Bình, 2024).",
    ...rest,
  }
}
