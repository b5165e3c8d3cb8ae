/**
 * Reading a spreadsheet into plain rows: the format recognised from the
 * bytes, .xlsx through the streaming reader of `./xlsx.ts`, .csv through
 * csv-parse's streaming parser, with the limits applied as rows arrive.
 */
import { open, stat } from "node:fs/promises"
import { createReadStream } from "node:fs"
import { basename, extname } from "node:path"
import { Readable } from "node:stream"
import { parse as parseCsv } from "csv-parse"
import { NotAWorkbook, readXlsxTables, TooManyRows } from "./xlsx.js"
import { SheetsError } from "../SheetsError.js"
import { READ_LIMITS, type ReadSheetsOptions, type SheetSource } from "../SheetSource.js"

/** A cell's value: text, a number, a boolean, a date (Excel's wall clock in UTC fields) or nothing. */
export type Cell = string | number | boolean | Date | null

export interface SheetRow {
  /** The row number as Excel shows it. */
  readonly row: number
  /** Column A first. */
  readonly cells: ReadonlyArray<Cell>
}

export interface Table {
  readonly name: string
  /** Non-empty rows, in order. */
  readonly rows: ReadonlyArray<SheetRow>
}

export interface Workbook {
  /** The file as named in messages. */
  readonly file: string
  readonly format: "xlsx" | "csv"
  readonly tables: ReadonlyArray<Table>
}

const HEAD_BYTES = 64 * 1024
const BYTES_NAME = "(dữ liệu)"

type Format = "xlsx" | "csv"

interface Opened {
  readonly file: string
  /** The table name of a CSV file: its name without folder and extension. */
  readonly csvName: string
  readonly head: Uint8Array
  readonly stream: () => Readable
  readonly raw: { readonly path: string } | { readonly bytes: Buffer }
}

const startsWith = (bytes: Uint8Array, ...prefix: Array<number>): boolean => prefix.every((byte, k) => bytes[k] === byte)

const formatOf = (head: Uint8Array, file: string): Format => {
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) return "xlsx"
  if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new SheetsError("wrong-file-type", { file }, {
      vi: "đây là tệp Excel 97–2003 (.xls), không đọc được; hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng “Excel Workbook (.xlsx)”.",
      en: "this is an Excel 97–2003 file (.xls), which cannot be read; open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).",
    })
  }
  if (startsWith(head, 0x50, 0x4b)) {
    throw new SheetsError("corrupt-file", { file }, {
      vi: "tệp nén bị hỏng hoặc không đầy đủ; hãy tải lại hoặc lưu lại tệp.",
      en: "the zip archive is damaged or incomplete; download or save the file again.",
    })
  }
  if (head.subarray(0, 4096).includes(0)) {
    throw new SheetsError("wrong-file-type", { file }, {
      vi: "không phải bảng tính .xlsx hay tệp .csv (nội dung là dữ liệu nhị phân của loại tệp khác).",
      en: "not an .xlsx workbook or a .csv file (the content is binary data of another kind).",
    })
  }
  return "csv"
}

const fileProblem = (file: string, error: unknown): SheetsError => {
  const code = (error as { code?: unknown } | null)?.code
  if (code === "ENOENT") return new SheetsError("file-not-found", { file }, { vi: "không tìm thấy tệp.", en: "file not found." })
  if (code === "EISDIR") return new SheetsError("file-unreadable", { file }, { vi: "đây là một thư mục, không phải tệp.", en: "this is a folder, not a file." })
  return new SheetsError("file-unreadable", { file }, { vi: "không đọc được tệp (không có quyền hoặc tệp đang bị khóa).", en: "the file cannot be read (no permission, or it is locked)." })
}

const tooLarge = (file: string, maxBytes: number): SheetsError =>
  new SheetsError("too-large", { file }, {
    vi: `tệp lớn hơn giới hạn ${Math.round(maxBytes / 1024 / 1024)} MB; hãy tách thành nhiều tệp nhỏ hơn.`,
    en: `the file is larger than the limit of ${Math.round(maxBytes / 1024 / 1024)} MB; split it into smaller files.`,
  })

const emptyFile = (file: string): SheetsError =>
  new SheetsError("empty-file", { file }, { vi: "tệp rỗng, không có dữ liệu.", en: "the file is empty." })

const nameWithoutExtension = (path: string): string => basename(path, extname(path))

const openSource = async (source: SheetSource, options: ReadSheetsOptions): Promise<Opened> => {
  const maxBytes = options.maxBytes ?? READ_LIMITS.maxBytes
  if (typeof source === "string") {
    const file = options.name ?? source
    let size: number
    try {
      const info = await stat(source)
      if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" })
      size = info.size
    } catch (error) {
      throw fileProblem(file, error)
    }
    if (size === 0) throw emptyFile(file)
    if (size > maxBytes) throw tooLarge(file, maxBytes)
    let head: Uint8Array
    try {
      const handle = await open(source, "r")
      try {
        const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size))
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
        head = buffer.subarray(0, bytesRead)
      } finally {
        await handle.close()
      }
    } catch (error) {
      throw fileProblem(file, error)
    }
    return { file, csvName: nameWithoutExtension(file), head, stream: () => createReadStream(source), raw: { path: source } }
  }
  const file = options.name ?? BYTES_NAME
  if (source.byteLength === 0) throw emptyFile(file)
  if (source.byteLength > maxBytes) throw tooLarge(file, maxBytes)
  const buffer = Buffer.from(source.buffer, source.byteOffset, source.byteLength)
  return { file, csvName: nameWithoutExtension(file), head: buffer.subarray(0, HEAD_BYTES), stream: () => Readable.from([buffer]), raw: { bytes: buffer } }
}

/** 300000 → "300.000" (vi) or "300,000" (en), without the machine's locale data. */
const groupDigits = (value: number, separator: string): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator)

const tooManyRows = (file: string, sheet: string, maxRows: number): SheetsError =>
  new SheetsError("too-many-rows", { file, sheet }, {
    vi: `trang có hơn ${groupDigits(maxRows, ".")} dòng, vượt giới hạn; hãy tách thành nhiều tệp hoặc tăng giới hạn maxRows.`,
    en: `the sheet has more than ${groupDigits(maxRows, ",")} rows, over the limit; split it or raise maxRows.`,
  })


// Columns past this are ignored: no roster or form export has that many,
// and a row claiming 16,384 columns must not cost 16,384 cells.
const MAX_COLUMNS = 256

const readXlsx = async (opened: Opened, maxRows: number): Promise<ReadonlyArray<Table>> => {
  let tables: ReadonlyArray<Table>
  try {
    tables = await readXlsxTables(opened.raw, maxRows, MAX_COLUMNS)
  } catch (error) {
    if (error instanceof TooManyRows) throw tooManyRows(opened.file, error.sheet, maxRows)
    if (!(error instanceof NotAWorkbook)) {
      throw new SheetsError("corrupt-file", { file: opened.file }, {
        vi: "tệp .xlsx bị hỏng hoặc không đầy đủ, không đọc được; hãy mở bằng Excel và lưu lại, hoặc tải lại tệp.",
        en: "the .xlsx file is damaged or incomplete and cannot be read; open it in Excel and save it again, or download it again.",
      })
    }
    tables = []
  }
  if (tables.length === 0) {
    throw new SheetsError("wrong-file-type", { file: opened.file }, {
      vi: "tệp nén này không phải bảng tính Excel (.xlsx) (có thể là .docx hoặc .ods); hãy lưu lại dạng .xlsx.",
      en: "this zip archive is not an Excel workbook (.xlsx) (perhaps .docx or .ods); save it as .xlsx.",
    })
  }
  return tables
}

/** The delimiter of a CSV file: the most frequent of , ; and tab on its first line, outside quotes. */
const sniffDelimiter = (head: string): string => {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]])
  let quoted = false
  for (const char of head) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === "\n" || char === "\r")) break
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  let best = ","
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter
  return best
}

const readCsv = async (opened: Opened, maxRows: number): Promise<ReadonlyArray<Table>> => {
  let head: string
  try {
    head = new TextDecoder("utf-8", { fatal: true }).decode(opened.head, { stream: true })
  } catch {
    throw new SheetsError("wrong-encoding", { file: opened.file }, {
      vi: "tệp CSV không ở mã UTF-8 (có thể đã lưu bằng “CSV (Comma delimited)” của Excel, làm hỏng chữ có dấu); hãy lưu lại bằng “CSV UTF-8 (Comma delimited)” hoặc dùng tệp .xlsx.",
      en: "the CSV file is not UTF-8 (perhaps saved as Excel's “CSV (Comma delimited)”, which breaks Vietnamese letters); save it as “CSV UTF-8 (Comma delimited)” or use .xlsx.",
    })
  }
  const stream = opened.stream()
  const parser = parseCsv({
    bom: true,
    delimiter: sniffDelimiter(head.replace(/^\uFEFF/, "")),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: 1024 * 1024,
  })
  stream.pipe(parser)
  const rows: Array<SheetRow> = []
  let count = 0
  try {
    for await (const record of parser as AsyncIterable<ReadonlyArray<string>>) {
      count++
      if (count > maxRows) throw tooManyRows(opened.file, opened.csvName, maxRows)
      const cells = record.length > MAX_COLUMNS ? record.slice(0, MAX_COLUMNS) : record
      if (cells.some((cell) => cell.trim() !== "")) rows.push({ row: count, cells })
    }
  } catch (error) {
    stream.destroy()
    parser.destroy()
    if (error instanceof SheetsError) throw error
    throw new SheetsError("corrupt-file", { file: opened.file }, {
      vi: `tệp CSV sai định dạng gần dòng ${count + 1} (dấu ngoặc kép không đóng hoặc dòng quá dài).`,
      en: `the CSV file is malformed near row ${count + 1} (an unclosed quote or a line too long).`,
    })
  }
  return [{ name: opened.csvName, rows }]
}

/** Reads every sheet of an .xlsx file, or the one table of a .csv file. */
export const readWorkbook = async (source: SheetSource, options: ReadSheetsOptions = {}): Promise<Workbook> => {
  const opened = await openSource(source, options)
  const format = formatOf(opened.head, opened.file)
  const maxRows = options.maxRows ?? READ_LIMITS.maxRows
  const tables = format === "xlsx" ? await readXlsx(opened, maxRows) : await readCsv(opened, maxRows)
  return { file: opened.file, format, tables }
}
