/**
 * What the `lantoa` command reads and writes, as one value: so that tests
 * run it in-process with strings, and the bin runs it with the real
 * terminal and file system.
 *
 * @since 0.1.0
 * @module
 */
import { readFile } from "node:fs/promises"

/**
 * The command's view of the world: where output goes, how files and
 * standard input are read, and the clock (`--now` defaults to it — the CLI
 * is the I/O edge; the engine itself never reads a clock).
 *
 * @example
 * ```ts
 * const out: Array<string> = []
 * const io: CliIo = {
 *   stdout: (text) => out.push(text),
 *   stderr: (text) => out.push(text),
 *   readFile: async () => "{}",
 *   readStdin: async () => "",
 *   now: () => Date.parse("2024-12-10T08:00:00+07:00"),
 * }
 * await run(["--version"], io) //=> 0
 * ```
 * @since 0.1.0
 * @category models
 */
export interface CliIo {
  /** Writes text to standard output (the text carries its own newlines). */
  readonly stdout: (text: string) => void
  /** Writes text to standard error. */
  readonly stderr: (text: string) => void
  /** Reads a UTF-8 file; rejects with a Node.js error (`code: "ENOENT"`…) when it cannot. */
  readonly readFile: (path: string) => Promise<string>
  /** Reads all of standard input as UTF-8 (`--data -`). */
  readonly readStdin: () => Promise<string>
  /** The current instant, epoch ms: the default of `--now`. */
  readonly now: () => number
}

/**
 * The real terminal, file system and clock of a Node.js process.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), nodeIo())
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const nodeIo = (): CliIo => ({
  stdout: (text) => {
    process.stdout.write(text)
  },
  stderr: (text) => {
    process.stderr.write(text)
  },
  readFile: (path) => readFile(path, "utf8"),
  readStdin: async () => {
    const chunks: Array<Buffer> = []
    for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer))
    return Buffer.concat(chunks).toString("utf8")
  },
  now: () => Date.now(),
})
