/**
 * What the readers read — a path or the bytes of an .xlsx or .csv file —
 * and the limits that keep a wrong or hostile file from exhausting memory
 * or time.
 *
 * @since 0.1.0
 * @module
 */

/**
 * A spreadsheet to read: the path of an `.xlsx` or `.csv` file, or its bytes
 * (a `Uint8Array` or a Node.js `Buffer`, e.g. an upload). The format is
 * recognised from the content (an .xlsx file is a zip archive), not from
 * the name; an old `.xls` file is refused with a message saying how to save
 * it as .xlsx.
 *
 * @example
 * ```ts
 * const fromPath: SheetSource = "danh-sach-can-bo.xlsx"
 * const fromUpload: SheetSource = new Uint8Array(await request.arrayBuffer())
 * ```
 * @since 0.1.0
 * @category models
 */
export type SheetSource = string | Uint8Array

/**
 * Options shared by the readers.
 *
 * - `maxBytes`: a larger file is refused before it is read. Default 100 MiB.
 * - `maxRows`: a sheet with more rows is refused as soon as the reader gets
 *   there (a zip bomb or a runaway export never fills memory). Default 300,000.
 * - `name`: what to call the file in messages when `source` is bytes
 *   (default `"(dữ liệu)"`).
 * - `timeZone`: the zone of times written without an offset (Excel and
 *   Google Forms write local wall-clock times). Default `Asia/Ho_Chi_Minh`,
 *   never the machine's zone.
 *
 * @example
 * ```ts
 * await readRoster(bytes, { name: "danh-sach.xlsx", maxRows: 50_000 })
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ReadSheetsOptions {
  readonly maxBytes?: number
  readonly maxRows?: number
  readonly name?: string
  readonly timeZone?: string
}

/**
 * The default limits of {@link ReadSheetsOptions}.
 *
 * @example
 * ```ts
 * READ_LIMITS //=> { maxBytes: 104857600, maxRows: 300000 }
 * ```
 * @since 0.1.0
 * @category constants
 */
export const READ_LIMITS = { maxBytes: 100 * 1024 * 1024, maxRows: 300_000 } as const
