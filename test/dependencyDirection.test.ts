import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { dependencyViolations, readWorkspace, type WorkspacePackage } from "../scripts/dependencyDirection.js"

const root = fileURLToPath(new URL("..", import.meta.url))

const pkg = (folder: string, dependencies: Record<string, string>, imports: Array<string> = []): WorkspacePackage => ({
  folder,
  name: `@lantoa/${folder}`,
  dependencies,
  peerDependencies: {},
  sourceImports: imports.map((specifier) => ({ file: `packages/${folder}/src/index.ts`, specifier })),
})

describe("the dependency direction of DESIGN.md", () => {
  it("holds for every package of this workspace", () => {
    const packages = readWorkspace(root)
    expect(packages.map((p) => p.folder)).toContain("core")
    expect(dependencyViolations(packages)).toEqual([])
  })

  it("core depends on no other lantoa package", () => {
    expect(dependencyViolations([pkg("core", { "@lantoa/hierarchy": "0.1.0" })])).toEqual([
      "@lantoa/core must not depend on @lantoa/hierarchy",
    ])
  })

  it("the four domain packages never import each other", () => {
    expect(dependencyViolations([pkg("quota", { "@lantoa/calendar": "0.1.0", "@lantoa/core": "0.1.0" })])).toEqual([
      "@lantoa/quota must not depend on @lantoa/calendar",
    ])
  })

  it("nothing depends on engine but the CLI", () => {
    expect(dependencyViolations([pkg("adapter-sheets", { "@lantoa/engine": "0.1.0" })])).toEqual([
      "@lantoa/adapter-sheets must not depend on @lantoa/engine",
    ])
    expect(dependencyViolations([pkg("cli", { "@lantoa/engine": "0.1.0" })])).toEqual([])
  })

  it("domain packages take no runtime dependency but zod and date-fns, and never Effect or node: modules", () => {
    expect(dependencyViolations([pkg("hierarchy", { effect: "3.22.0" })])).toEqual([
      "@lantoa/hierarchy is a pure package and must not take the runtime dependency effect",
    ])
    expect(dependencyViolations([pkg("core", { zod: "4" }, ["zod", "node:fs"])])).toEqual([
      "packages/core/src/index.ts imports node:fs, but @lantoa/core is pure (no I/O, no Effect)",
    ])
  })

  it("a source import must be declared in the package's dependencies", () => {
    expect(dependencyViolations([pkg("hierarchy", {}, ["@lantoa/core"])])).toEqual([
      "packages/hierarchy/src/index.ts imports @lantoa/core, which @lantoa/hierarchy does not declare in dependencies",
    ])
  })

  it("a package missing from DESIGN.md's table is reported", () => {
    expect(dependencyViolations([pkg("misc", {})])).toEqual([
      "packages/misc: not in DESIGN.md's package table (add it to scripts/dependencyDirection.ts)",
    ])
  })
})
