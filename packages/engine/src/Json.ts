/**
 * Reading JSON text with an error a person can act on: the line and column
 * where it stops being JSON. Integrators' datasets are large files edited
 * by hand or exported by spreadsheets; "Unexpected token" alone does not
 * say where.
 *
 * @since 0.1.0
 * @module
 */
import { locateJsonError } from "./internal/jsonScan.js"

/**
 * The result of {@link parseJson}: the value, or where the text stops being
 * JSON — `line` and `column` (1-based, in UTF-16 code units) and `found`,
 * the character there (`""` when the text ends too early). No excerpt of
 * the text: error messages built from it must not carry the data (a phone
 * number, a name) into logs.
 *
 * @example
 * ```ts
 * const result: JsonParseResult = parseJson("[1,]")
 * if (!result.ok) [result.line, result.column, result.found] //=> [1, 4, "]"]
 * ```
 * @since 0.1.0
 * @category models
 */
export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly found: string }

/**
 * Parses JSON text (`JSON.parse`, after dropping a leading byte-order mark
 * as Excel and Notepad write it). On failure, finds the line and column of
 * the first character that is not JSON, whatever the platform's
 * `JSON.parse` reports (Node 20 often gives no position).
 *
 * @example
 * ```ts
 * parseJson('{"units": []}')         //=> { ok: true, value: { units: [] } }
 * parseJson('{\n  "units": [,]\n}')   //=> { ok: false, line: 2, column: 13, found: "," }
 * parseJson('{"a": 1')               //=> { ok: false, line: 1, column: 8, found: "" } (the text ended)
 * ```
 * @since 0.1.0
 * @category parsing
 */
export const parseJson = (text: string): JsonParseResult => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(body) }
  } catch {
    const offset = locateJsonError(body)
    const before = body.slice(0, offset)
    const line = before.split("\n").length
    return { ok: false, line, column: before.length - before.lastIndexOf("\n"), found: body.charAt(offset) }
  }
}
