#!/usr/bin/env node
/**
 * The `lantoa` bin: runs the command with the process's arguments, terminal,
 * files and clock, and sets the exit code.
 */
import { nodeIo } from "./CliIo.js"
import { run } from "./Run.js"

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`lantoa: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
