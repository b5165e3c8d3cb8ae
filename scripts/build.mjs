// Builds every package with tsup, dependencies first: a package's type
// declarations are built against the declarations of the packages it uses.
import { packagesInOrder, run } from "./workspace.mjs"

for (const pkg of packagesInOrder()) {
  if (pkg.manifest.scripts?.build === undefined) continue
  console.log(`\n▸ build ${pkg.manifest.name}`)
  await run("npm", ["run", "build", "--silent"], { cwd: pkg.dir })
}
