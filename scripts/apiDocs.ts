/**
 * Reads each package's hand-written public API (src/index.ts) and finds,
 * for every exported name, the JSDoc of its declaration, so a test can hold
 * the house rule: every export has a summary, `@since`, `@category` and an
 * `@example`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"

export interface ExportDoc {
  readonly pkg: string
  readonly name: string
  readonly file: string | undefined
  readonly doc: string | undefined
}

const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : []
  })

/** The names exported by an index file, with the module each comes from. */
export const indexExports = (indexFile: string): ReadonlyArray<{ name: string; from: string }> => {
  const text = readFileSync(indexFile, "utf8")
  const out: Array<{ name: string; from: string }> = []
  for (const match of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const part of (match[1] as string).split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/).pop()
      if (name !== undefined && name !== "") out.push({ name, from: match[2] as string })
    }
  }
  return out
}

/** Every public name of every package, with the JSDoc right above its declaration. */
export const publicApiDocs = (root: string): ReadonlyArray<ExportDoc> => {
  const docs: Array<ExportDoc> = []
  for (const pkg of readdirSync(join(root, "packages")).sort()) {
    const src = join(root, "packages", pkg, "src")
    const index = join(src, "index.ts")
    if (!existsSync(index)) continue
    const sources = new Map(walk(src).map((file) => [file, readFileSync(file, "utf8")]))
    for (const { name, from } of indexExports(index)) {
      const file = join(src, from.replace(/\.js$/, ".ts"))
      const text = sources.get(file)
      const declaration = new RegExp(
        `(/\\*\\*(?:(?!\\*/)[\\s\\S])*?\\*/)\\s*export\\s+(?:declare\\s+)?(?:const|let|function|type|interface|class|enum)\\s+${name}\\b`,
      )
      const match = text === undefined ? null : declaration.exec(text)
      docs.push({ pkg, name, file: text === undefined ? undefined : file.slice(root.length + 1), doc: match?.[1] })
    }
  }
  return docs
}
