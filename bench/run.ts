/**
 * Runs every benchmark script in bench/ in turn. Each prints one JSON line
 * with its measurements and a ratio against an anchor measured in the same
 * run, so results compare across machines. Speed goals live here, never in
 * timed unit tests.
 */
import { spawnSync } from "node:child_process"
import { readdirSync } from "node:fs"
import { cpus } from "node:os"
import { fileURLToPath } from "node:url"

const dir = fileURLToPath(new URL(".", import.meta.url))
const only = process.argv.slice(2)
const scripts = readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && file !== "run.ts")
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort()

console.log(JSON.stringify({ machine: { node: process.version, cpus: cpus().length, model: cpus()[0]?.model } }))
let failed = 0
for (const file of scripts) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=@lantoa/source", `${dir}${file}`], {
    stdio: "inherit",
  })
  if (result.status !== 0) failed++
}
process.exit(failed === 0 ? 0 : 1)
