import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll } from "vitest"

/** A fresh folder under the system's temp folder, removed after the file's tests. */
export const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), "lantoa-sheets-"))
  afterAll(() => rm(dir, { recursive: true, force: true }))
  return dir
}

export const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname

export const csv = (text: string): Uint8Array => new TextEncoder().encode(text)
