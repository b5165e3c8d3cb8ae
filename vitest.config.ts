import { readdirSync } from "node:fs"
import { defineConfig } from "vitest/config"

// Tests run from TypeScript sources: the `@lantoa/source` export condition
// comes first, in both the client and the SSR resolver (Vitest resolves test
// files through the SSR pipeline). The rest repeats Vite's defaults, which an
// explicit `conditions` list replaces.
const conditions = ["@lantoa/source", "module", "node", "development|production"]

const packages = readdirSync(new URL("./packages", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["@lantoa/source"] } },
  test: {
    // No test may depend on the machine's zone: run them all in a zone far
    // from Vietnam's so that an accidental local-time computation fails.
    env: { TZ: "America/Los_Angeles" },
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
        test: {
          name,
          root: `packages/${name}`,
          include: ["test/**/*.test.ts"],
        },
      })),
      {
        extends: true as const,
        test: { name: "repo", include: ["test/**/*.test.ts", "examples/**/*.test.ts"] },
      },
    ],
  },
})
