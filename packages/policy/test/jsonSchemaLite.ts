/**
 * A small JSON Schema (draft 2020-12) checker for the keywords the policy
 * schema uses — enough to check a document against the published schema
 * without a validator dependency. Returns the paths that fail.
 */
type Schema = { readonly [key: string]: unknown }

const typeOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value

const hasType = (value: unknown, type: string): boolean =>
  type === "number" ? typeof value === "number" : type === "integer" ? Number.isInteger(value) : typeOf(value) === type

export const check = (schema: Schema, value: unknown, path = "", root: Schema = schema): Array<string> => {
  const errors: Array<string> = []
  const fail = (why: string) => errors.push(`${path || "(root)"}: ${why}`)
  if (typeof schema.$ref === "string") {
    const target = schema.$ref.replace(/^#\//, "").split("/").reduce<unknown>((at, key) => (at as Schema)[key], root)
    return check(target as Schema, value, path, root)
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as Array<string>) : [schema.type as string]
    if (!types.some((type) => hasType(value, type))) return [`${path || "(root)"}: expected ${types.join("|")}`]
  }
  if (schema.const !== undefined && value !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`)
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail(`not in enum`)
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && value.length < schema.minLength) fail("too short")
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) fail("pattern")
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) fail("below minimum")
    if (typeof schema.maximum === "number" && value > schema.maximum) fail("above maximum")
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) fail("too few items")
    if (schema.items !== undefined) value.forEach((item, i) => errors.push(...check(schema.items as Schema, item, `${path}[${i}]`, root)))
  }
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>
    const properties = (schema.properties ?? {}) as Record<string, Schema>
    for (const key of (schema.required ?? []) as Array<string>) if (!(key in object)) fail(`missing ${key}`)
    for (const [key, item] of Object.entries(object)) {
      const property = properties[key]
      if (property !== undefined) errors.push(...check(property, item, path === "" ? key : `${path}.${key}`, root))
      else if (schema.additionalProperties === false) fail(`unknown field ${key}`)
    }
  }
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const options = schema[keyword]
    if (!Array.isArray(options)) continue
    const passing = options.filter((option) => check(option as Schema, value, path, root).length === 0).length
    if (keyword === "oneOf" ? passing !== 1 : passing === 0) fail(`${keyword}: ${passing} options match`)
  }
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) errors.push(...check(part as Schema, value, path, root))
  return errors
}
