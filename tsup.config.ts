/**
 * The one tsup configuration every published package calls from its own
 * `tsup.config.ts`, so that all packages ship the same shape: ESM + CJS +
 * type declarations for both, tree-shakeable, targeting Node 20.19 and
 * evergreen browsers.
 */
import { defineConfig, type Options } from "tsup"

export interface LantoaBuildOptions {
  /** Entry files relative to the package folder. Default: `["src/index.ts"]`. */
  readonly entry?: ReadonlyArray<string>
  /** Platform the bundle targets: `neutral` for pure domain packages, `node` for adapters and the CLI. */
  readonly platform?: "neutral" | "node"
}

export const lantoaBuild = (options: LantoaBuildOptions = {}) =>
  defineConfig({
    entry: [...(options.entry ?? ["src/index.ts"])],
    format: ["esm", "cjs"],
    // tsup 8 builds declarations with rollup-plugin-dts; it needs a
    // non-composite tsconfig that resolves sibling packages through their
    // built types, not their sources (see tsconfig.build.json).
    dts: { compilerOptions: { composite: false } },
    tsconfig: "tsconfig.build.json",
    platform: options.platform ?? "neutral",
    target: "es2022",
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: false,
    outDir: "dist",
    outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  } satisfies Options)
