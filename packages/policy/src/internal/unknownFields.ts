/**
 * Unknown fields inside rules whose schema strips them silently.
 *
 * Each package writes its rule schema with `z.object`, which drops unknown
 * keys without a word; a policy document is hand-written, and a misspelt
 * optional field (`validForm`, `distinctby`) would then vanish and change the
 * rule's meaning. This walks the document along the schema and reports, for
 * every stripping object, the keys it does not know — the same report zod
 * gives for a strict object. Strict objects are left to zod; loose ones
 * accept anything.
 *
 * @internal
 */
import type { z } from "zod"

/** The keys an object at `path` does not know. */
export interface UnknownKeys {
  readonly path: ReadonlyArray<string | number>
  readonly keys: ReadonlyArray<string>
}

// The parts of zod 4's schema definitions the walk reads.
interface Def {
  readonly type: string
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>
  readonly catchall?: z.core.$ZodType
  readonly element?: z.core.$ZodType
  readonly innerType?: z.core.$ZodType
  readonly in?: z.core.$ZodType
  readonly options?: ReadonlyArray<z.core.$ZodType>
  readonly getter?: () => z.core.$ZodType
  readonly valueType?: z.core.$ZodType
}

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "nonoptional", "catch", "success"])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

const issueCount = (schema: z.core.$ZodType, value: unknown): number => {
  const result = (schema as unknown as z.ZodType).safeParse(value)
  return result.success ? 0 : result.error.issues.length
}

const walk = (schema: z.core.$ZodType, value: unknown, path: Array<string | number>, found: Array<UnknownKeys>): void => {
  const def = defOf(schema)
  if (WRAPPERS.has(def.type) && def.innerType !== undefined) return walk(def.innerType, value, path, found)
  switch (def.type) {
    case "pipe":
      if (def.in !== undefined) walk(def.in, value, path, found)
      return
    case "lazy":
      if (def.getter !== undefined) walk(def.getter(), value, path, found)
      return
    case "array":
      if (Array.isArray(value) && def.element !== undefined) {
        const element = def.element
        value.forEach((item: unknown, index) => walk(element, item, [...path, index], found))
      }
      return
    case "record":
      if (isRecord(value) && def.valueType !== undefined) {
        const valueType = def.valueType
        for (const [key, item] of Object.entries(value)) walk(valueType, item, [...path, key], found)
      }
      return
    case "union": {
      // The option the value was meant for: the one it fits best.
      const options = def.options ?? []
      let best: z.core.$ZodType | undefined
      let fewest = Number.POSITIVE_INFINITY
      for (const option of options) {
        const count = issueCount(option, value)
        if (count < fewest) {
          best = option
          fewest = count
        }
      }
      if (best !== undefined) walk(best, value, path, found)
      return
    }
    case "object": {
      if (!isRecord(value) || def.shape === undefined) return
      const shape = def.shape
      if (def.catchall === undefined) {
        const keys = Object.keys(value).filter((key) => !Object.hasOwn(shape, key))
        if (keys.length > 0) found.push({ path, keys })
      }
      for (const [key, field] of Object.entries(shape)) {
        if (Object.hasOwn(value, key)) walk(field, value[key], [...path, key], found)
      }
      return
    }
    default:
      return
  }
}

/** Every object of `value` whose stripping schema does not know some of its keys, in document order. */
export const unknownFields = (schema: z.core.$ZodType, value: unknown): ReadonlyArray<UnknownKeys> => {
  const found: Array<UnknownKeys> = []
  walk(schema, value, [], found)
  return found
}
