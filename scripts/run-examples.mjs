// Runs every example in examples/ from TypeScript source, as a clerk would
// after cloning: each must exit 0. The examples are type-checked by the root
// tsconfig (npm run typecheck).
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { root, run } from "./workspace.mjs"

const examples = readdirSync(join(root, "examples"))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .sort()
for (const file of examples) {
  console.log(`\n▸ example ${file}`)
  const started = Date.now()
  await run(join(root, "node_modules", ".bin", "tsx"), ["--conditions=@lantoa/source", join("examples", file)], { cwd: root })
  console.log(`  (${Date.now() - started} ms)`)
}
console.log(`\n${examples.length} examples ran.`)
