/**
 * The one error the adapter rejects with: a whole file or sheet that cannot
 * be read (missing, empty, not a workbook, corrupt, too big, without the
 * columns it needs) or a report that cannot be written. Problems in single
 * rows are never errors: they are issues, and the good rows are kept.
 *
 * @since 0.1.0
 * @module
 */

/**
 * Why a file could not be read or written.
 *
 * @example
 * ```ts
 * const code: SheetsErrorCode = "missing-header"
 * ```
 * @since 0.1.0
 * @category models
 */
export type SheetsErrorCode =
  | "file-not-found"
  | "file-unreadable"
  | "empty-file"
  | "wrong-file-type"
  | "corrupt-file"
  | "wrong-encoding"
  | "too-large"
  | "too-many-rows"
  | "missing-sheet"
  | "missing-header"
  | "write-failed"

/**
 * A file or sheet that cannot be read, or a target that cannot be written.
 * Tagged (`_tag: "SheetsError"`) so that callers can tell it from a bug
 * without `instanceof`; `message` is Vietnamese and names the file (and the
 * sheet), `messageEn` is the same in English. Never carries a cell's
 * content, so no phone number reaches a log through it.
 *
 * @example
 * ```ts
 * try {
 *   await readRoster("danh-sach.xlsx")
 * } catch (error) {
 *   if (error instanceof SheetsError) console.error(error.message)
 *   //=> "Tệp “danh-sach.xlsx”, trang “Cán bộ”: thiếu cột bắt buộc “Họ và tên”. …"
 * }
 * ```
 * @since 0.1.0
 * @category errors
 */
export class SheetsError extends Error {
  readonly _tag = "SheetsError" as const
  readonly code: SheetsErrorCode
  /** The message in English. */
  readonly messageEn: string
  /** The file concerned, as given (a path, or `"(dữ liệu)"` for bytes). */
  readonly file: string
  /** The sheet concerned, when there is one. */
  readonly sheet?: string

  constructor(
    code: SheetsErrorCode,
    where: { readonly file: string; readonly sheet?: string | undefined },
    text: { readonly vi: string; readonly en: string },
  ) {
    const sheetVi = where.sheet === undefined ? "" : `, trang “${where.sheet}”`
    const sheetEn = where.sheet === undefined ? "" : `, sheet “${where.sheet}”`
    super(`Tệp “${where.file}”${sheetVi}: ${text.vi}`)
    this.name = "SheetsError"
    this.code = code
    this.messageEn = `File “${where.file}”${sheetEn}: ${text.en}`
    this.file = where.file
    if (where.sheet !== undefined) this.sheet = where.sheet
  }
}
