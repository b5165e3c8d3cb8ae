/**
 * Writes the JSON Schemas of contract v1 into packages/engine/schema/, from
 * the zod schemas (the source of truth). Run from the repository root:
 *
 *   npm run schemas
 *
 * A test (test/JsonSchemas.test.ts) fails when the committed files are out
 * of date.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { schemaFiles } from "../src/internal/schemaFiles.js"

const dir = new URL("../schema/", import.meta.url)
mkdirSync(dir, { recursive: true })
for (const { file, text } of schemaFiles()) {
  writeFileSync(new URL(file, dir), text)
  console.log(`wrote packages/engine/schema/${file}`)
}
