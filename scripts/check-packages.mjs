// Checks every built package the way a consumer would meet it: publint for
// the package.json, and "Are the types wrong?" on the packed tarball, so ESM,
// CJS and their declarations all resolve under node10, node16 and bundlers.
import { packagesInOrder, run, root } from "./workspace.mjs"
import { join } from "node:path"

const bin = (name) => join(root, "node_modules", ".bin", name)

for (const pkg of packagesInOrder()) {
  if (pkg.manifest.private) continue
  console.log(`\n▸ publint ${pkg.manifest.name}`)
  await run(bin("publint"), ["--strict"], { cwd: pkg.dir })
  console.log(`▸ attw --pack ${pkg.manifest.name}`)
  await run(bin("attw"), ["--pack", ".", "--format", "table-flipped"], { cwd: pkg.dir })
}
