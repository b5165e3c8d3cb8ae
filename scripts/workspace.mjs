// The workspace's packages in dependency order (a package after everything it
// depends on), for scripts that must build or check them one by one.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

export const root = new URL("..", import.meta.url).pathname

export const packagesInOrder = () => {
  const dirs = readdirSync(join(root, "packages"))
    .filter((folder) => existsSync(join(root, "packages", folder, "package.json")))
    .sort()
  const manifests = new Map(
    dirs.map((folder) => {
      const manifest = JSON.parse(readFileSync(join(root, "packages", folder, "package.json"), "utf8"))
      return [manifest.name, { folder, dir: join(root, "packages", folder), manifest }]
    }),
  )
  const ordered = []
  const state = new Map()
  const visit = (name, trail) => {
    if (state.get(name) === "done") return
    if (state.get(name) === "visiting") throw new Error(`dependency cycle: ${[...trail, name].join(" → ")}`)
    state.set(name, "visiting")
    const pkg = manifests.get(name)
    for (const dependency of Object.keys(pkg.manifest.dependencies ?? {}).sort()) {
      if (manifests.has(dependency)) visit(dependency, [...trail, name])
    }
    state.set(name, "done")
    ordered.push(pkg)
  }
  for (const name of [...manifests.keys()].sort()) visit(name, [])
  return ordered
}

export const run = async (command, args, options = {}) => {
  const { spawn } = await import("node:child_process")
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options })
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))))
  })
}
