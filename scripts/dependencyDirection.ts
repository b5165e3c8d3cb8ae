/**
 * The dependency direction of DESIGN.md, as data, and a checker over the
 * workspace's package.json files and source imports.
 *
 *   core ← hierarchy ← {quota, calendar, moderation, scoring} ← policy ← engine
 *
 * The four domain packages never import each other; adapters depend on core
 * (and hierarchy, calendar or moderation types where they act on them);
 * nothing depends on engine but the CLI (and the examples, which are not
 * packages). Domain packages take no runtime dependency but zod and
 * date-fns(-tz), and never Effect.
 */
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs"
import { join } from "node:path"

const DOMAIN = ["quota", "calendar", "moderation", "scoring"] as const

/** Which @lantoa packages each package may depend on. */
export const ALLOWED: Readonly<Record<string, ReadonlyArray<string>>> = {
  core: [],
  hierarchy: ["core"],
  quota: ["core", "hierarchy"],
  calendar: ["core", "hierarchy"],
  moderation: ["core", "hierarchy"],
  scoring: ["core", "hierarchy"],
  policy: ["core", "hierarchy", ...DOMAIN],
  engine: ["core", "hierarchy", ...DOMAIN, "policy"],
  "sample-province": ["core", "hierarchy", "calendar"],
  "adapter-sheets": ["core", "hierarchy", "calendar"],
  "adapter-facebook": ["core", "hierarchy", "moderation"],
  "adapter-zalo": ["core", "hierarchy", "calendar"],
  cli: ["core", "hierarchy", ...DOMAIN, "policy", "engine", "sample-province", "adapter-sheets"],
}

/** Third-party runtime dependencies a pure package may take (DESIGN.md). */
export const PURE_RUNTIME_DEPENDENCIES: ReadonlyArray<string> = ["zod", "date-fns", "date-fns-tz"]

/** Packages that must stay pure: no I/O, no Effect, no other runtime deps. */
export const PURE_PACKAGES: ReadonlyArray<string> = [
  "core",
  "hierarchy",
  ...DOMAIN,
  "policy",
  "engine",
  "sample-province",
]

export interface WorkspacePackage {
  /** Folder name under packages/ (= package name without the scope). */
  readonly folder: string
  readonly name: string
  readonly dependencies: Readonly<Record<string, string>>
  readonly peerDependencies: Readonly<Record<string, string>>
  /** Module specifiers imported by files under src/. */
  readonly sourceImports: ReadonlyArray<{ readonly file: string; readonly specifier: string }>
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm

const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : []
  })

/** Reads every package of the workspace at `root`. */
export const readWorkspace = (root: string): ReadonlyArray<WorkspacePackage> =>
  readdirSync(join(root, "packages"))
    .filter((folder) => existsSync(join(root, "packages", folder, "package.json")))
    .sort()
    .map((folder) => {
      const dir = join(root, "packages", folder)
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name: string
        dependencies?: Record<string, string>
        peerDependencies?: Record<string, string>
      }
      const src = join(dir, "src")
      const sourceImports = existsSync(src)
        ? walk(src).flatMap((file) => {
            const text = readFileSync(file, "utf8")
            return [...text.matchAll(IMPORT)].map((match) => ({
              file: file.slice(root.length + 1),
              specifier: (match[1] ?? match[2] ?? match[3]) as string,
            }))
          })
        : []
      return {
        folder,
        name: manifest.name,
        dependencies: manifest.dependencies ?? {},
        peerDependencies: manifest.peerDependencies ?? {},
        sourceImports,
      }
    })

const packageNameOf = (specifier: string): string | undefined => {
  if (specifier.startsWith(".")) return undefined
  const parts = specifier.split("/")
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]
}

/** Every way the workspace breaks the dependency direction; empty when it keeps it. */
export const dependencyViolations = (packages: ReadonlyArray<WorkspacePackage>): ReadonlyArray<string> => {
  const violations: Array<string> = []
  for (const pkg of packages) {
    if (pkg.name !== `@lantoa/${pkg.folder}`) violations.push(`packages/${pkg.folder}: name ${pkg.name} should be @lantoa/${pkg.folder}`)
    const allowed = ALLOWED[pkg.folder]
    if (allowed === undefined) {
      violations.push(`packages/${pkg.folder}: not in DESIGN.md's package table (add it to scripts/dependencyDirection.ts)`)
      continue
    }
    const declared = { ...pkg.dependencies, ...pkg.peerDependencies }
    for (const dependency of Object.keys(declared)) {
      if (dependency.startsWith("@lantoa/")) {
        const target = dependency.slice("@lantoa/".length)
        if (!allowed.includes(target)) violations.push(`${pkg.name} must not depend on ${dependency}`)
      } else if (PURE_PACKAGES.includes(pkg.folder) && !PURE_RUNTIME_DEPENDENCIES.includes(dependency)) {
        violations.push(`${pkg.name} is a pure package and must not take the runtime dependency ${dependency}`)
      }
    }
    for (const { file, specifier } of pkg.sourceImports) {
      if (specifier.startsWith(".")) continue
      if (PURE_PACKAGES.includes(pkg.folder) && (specifier.startsWith("node:") || specifier === "effect" || specifier.startsWith("@effect/"))) {
        violations.push(`${file} imports ${specifier}, but ${pkg.name} is pure (no I/O, no Effect)`)
        continue
      }
      if (specifier.startsWith("node:")) continue
      const name = packageNameOf(specifier)
      if (name === undefined || name === pkg.name) continue
      if (!(name in declared)) violations.push(`${file} imports ${specifier}, which ${pkg.name} does not declare in dependencies`)
    }
  }
  return violations
}
