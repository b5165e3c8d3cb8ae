/**
 * Where the OA's OAuth v4 token pair lives between runs.
 *
 * Zalo's refresh tokens are single use: each refresh returns a new pair and
 * the old refresh token stops working. A pair Zalo issued but nobody saved
 * is lost, and with it the OA's access until an admin grants it again. So
 * the client saves every new pair before it uses it, and the store must
 * make a save durable and all-or-nothing: the file store writes a
 * temporary file (mode 0600) and renames it over the old one.
 *
 * The interface is Promise-based, so a store over a database or a secrets
 * manager needs no Effect.
 *
 * @since 0.1.0
 * @module
 */
import { randomBytes } from "node:crypto"
import { chmod, mkdir, open, readFile, rename, rm } from "node:fs/promises"
import { basename, dirname, join } from "node:path"

/**
 * An OA token pair with its expiry instants (epoch ms).
 *
 * @example
 * ```ts
 * const pair: TokenPair = {
 *   accessToken: "<access token>", refreshToken: "<refresh token>",
 *   accessExpiresAt: 1731632400000, refreshExpiresAt: 1739318400000, obtainedAt: 1731542400000,
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface TokenPair {
  readonly accessToken: string
  readonly refreshToken: string
  /** When the access token expires: 25 h after it was issued (`expires_in` 90000 s). */
  readonly accessExpiresAt: number
  /** When the refresh token expires: 3 months after it was issued. */
  readonly refreshExpiresAt: number
  /** When the pair was issued. */
  readonly obtainedAt: number
}

/**
 * A place to keep the token pair. `load` returns `undefined` when there is
 * none yet; `save` must be durable and atomic (a reader sees the old pair
 * or the new one, never a mix) before it resolves.
 *
 * @example
 * ```ts
 * const store: TokenStore = {
 *   load: async () => db.get("zalo-oa-tokens"),
 *   save: async (pair) => db.put("zalo-oa-tokens", pair),
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface TokenStore {
  readonly load: () => Promise<TokenPair | undefined>
  readonly save: (pair: TokenPair) => Promise<void>
}

/**
 * A store in memory, for tests and for a process that is given its first
 * pair by other means. Lost when the process ends.
 *
 * @example
 * ```ts
 * const store = memoryTokenStore(pair)
 * await store.load() //=> pair
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const memoryTokenStore = (initial?: TokenPair): TokenStore => {
  let current = initial
  return {
    load: async () => current,
    save: async (pair) => {
      current = pair
    },
  }
}

const FIELDS = ["accessToken", "refreshToken", "accessExpiresAt", "refreshExpiresAt", "obtainedAt"] as const

const readPair = (value: unknown): TokenPair | undefined => {
  if (value === null || typeof value !== "object") return undefined
  const record = value as Record<string, unknown>
  for (const field of FIELDS) {
    const expected = field === "accessToken" || field === "refreshToken" ? "string" : "number"
    if (typeof record[field] !== expected) return undefined
  }
  return {
    accessToken: record["accessToken"] as string,
    refreshToken: record["refreshToken"] as string,
    accessExpiresAt: record["accessExpiresAt"] as number,
    refreshExpiresAt: record["refreshExpiresAt"] as number,
    obtainedAt: record["obtainedAt"] as number,
  }
}

/**
 * A store in a JSON file, readable only by its owner (mode 0600). Each save
 * writes a temporary file next to it, flushes it to disk and renames it
 * over the old file, so a crash leaves the old pair or the new one, never a
 * torn file. A missing file loads as `undefined`; a file that is not a
 * token pair is an error (never silently replaced).
 *
 * @example
 * ```ts
 * const store = fileTokenStore("/var/lib/lantoa/zalo-oa-tokens.json")
 * const client = createZaloClient({ appId, appSecret, tokens: store })
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const fileTokenStore = (path: string): TokenStore => ({
  load: async () => {
    let text: string
    try {
      text = await readFile(path, "utf8")
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined
      throw error
    }
    const pair = readPair(JSON.parse(text) as unknown)
    if (pair === undefined) throw new Error(`${basename(path)} is not a Zalo token pair`)
    return pair
  },
  save: async (pair) => {
    await mkdir(dirname(path), { recursive: true })
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`)
    const handle = await open(temporary, "wx", 0o600)
    try {
      await handle.writeFile(`${JSON.stringify(pair, FIELDS as unknown as Array<string>, 2)}\n`, "utf8")
      await handle.sync()
    } catch (error) {
      await handle.close()
      await rm(temporary, { force: true })
      throw error
    }
    await handle.close()
    // Exactly 0600, whatever the umask did to the mode at creation.
    await chmod(temporary, 0o600)
    await rename(temporary, path)
  },
})
