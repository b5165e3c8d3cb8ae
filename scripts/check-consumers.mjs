// Loads each built package the way a consumer does — without the
// @lantoa/source condition — through both `import` and `require`, and checks
// that ESM and CJS expose the same public names as the TypeScript source.
import { createRequire } from "node:module"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { packagesInOrder, root } from "./workspace.mjs"

const require = createRequire(join(root, "package.json"))
let failed = false

// The names a source index exports, read from its hand-written export list
// (`export { a, b } from "./X.js"`), skipping type-only exports.
const sourceNames = (file) => {
  const text = readFileSync(file, "utf8")
  const names = []
  for (const match of text.matchAll(/^export\s+(type\s+)?\{([^}]*)\}/gm)) {
    if (match[1]) continue
    for (const part of match[2].split(",")) {
      const entry = part.trim()
      if (entry === "" || entry.startsWith("type ")) continue
      names.push(entry.split(/\s+as\s+/).pop())
    }
  }
  return names.sort()
}

for (const pkg of packagesInOrder()) {
  if (pkg.manifest.private) continue
  const name = pkg.manifest.name
  const esm = Object.keys(await import(name)).sort()
  const cjs = Object.keys(require(name)).filter((key) => key !== "__esModule").sort()
  const expected = sourceNames(join(pkg.dir, "src", "index.ts"))
  const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i])
  if (!same(esm, expected) || !same(cjs, expected)) {
    failed = true
    console.error(`✗ ${name}: ESM [${esm}] / CJS [${cjs}] differ from the source index [${expected}]`)
  } else {
    console.log(`✓ ${name}: ${expected.length} names through import and require`)
  }
}
if (failed) process.exit(1)
