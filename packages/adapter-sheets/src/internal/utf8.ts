/**
 * exceljs's streaming reader, with a repair. exceljs 4.4.0 decodes each
 * inflated chunk of a sheet on its own (`lib/utils/parse-sax.js` →
 * `bufferToString`), so a Vietnamese letter whose UTF-8 bytes straddle two
 * chunks comes out as "��" — one name in a few hundred of a large roster.
 *
 * The reader takes one zip entry at a time, so one decoder that keeps an
 * incomplete sequence for the next chunk repairs it. parse-sax keeps the
 * function it found when it was loaded, and exceljs may have been loaded
 * already (by the application, or before this module in a bundle), so the
 * streaming reader is loaded afresh here — parse-sax and the two readers
 * out of the require cache, the decoder replaced, then required again —
 * whatever the order of loading. Reads go one at a time (`exclusive`) so
 * that two files never share the decoder's state.
 */
import { createRequire } from "node:module"

type WorkbookReaderClass = typeof import("exceljs").stream.xlsx.WorkbookReader

const load = createRequire(import.meta.url)

let decoder = new TextDecoder("utf-8")

const decoding = load("exceljs/lib/utils/browser-buffer-decode.js") as { bufferToString: (chunk: unknown) => string }
decoding.bufferToString = (chunk: unknown): string =>
  typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true })

for (const module of ["exceljs/lib/utils/parse-sax.js", "exceljs/lib/stream/xlsx/worksheet-reader.js", "exceljs/lib/stream/xlsx/workbook-reader.js"]) {
  delete load.cache[load.resolve(module)]
}

/** exceljs's streaming `WorkbookReader`, decoding UTF-8 across chunks. */
export const WorkbookReader = load("exceljs/lib/stream/xlsx/workbook-reader.js") as WorkbookReaderClass

let queue: Promise<unknown> = Promise.resolve()

/** Runs `task` after every earlier one has settled, with a fresh decoder. */
export const exclusive = <A>(task: () => Promise<A>): Promise<A> => {
  const run = queue.then(() => {
    decoder = new TextDecoder("utf-8")
    return task()
  })
  queue = run.catch(() => undefined)
  return run
}
