/**
 * A repair for exceljs 4.4.0's streaming reader: it decodes each inflated
 * chunk of a sheet on its own (`lib/utils/parse-sax.js` →
 * `bufferToString`), so a Vietnamese letter whose UTF-8 bytes straddle two
 * chunks comes out as "��" — one name in a few hundred of a large roster.
 *
 * The reader takes one zip entry at a time, so one decoder that keeps an
 * incomplete sequence for the next chunk repairs it. exceljs's parser keeps
 * the function it finds when it loads, so this module must be evaluated
 * before exceljs (`./exceljs.ts` imports it first), and reads go one at a
 * time (`exclusive`) so that two files never share the decoder's state.
 */
// @ts-expect-error -- exceljs ships no types for its internal modules
import decoding from "exceljs/lib/utils/browser-buffer-decode.js"

let decoder = new TextDecoder("utf-8")

;(decoding as { bufferToString: (chunk: unknown) => string }).bufferToString = (chunk: unknown): string =>
  typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true })

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
