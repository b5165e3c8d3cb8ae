/**
 * A streaming .xlsx reader: the zip's central directory is read first, so
 * the workbook, relationships, styles and shared strings are known before
 * any sheet, whatever order the file's entries are in; then each sheet is
 * inflated and parsed as a stream of XML events, one row at a time.
 *
 * exceljs 4.4.0's streaming `WorkbookReader` was the first choice, but it
 * decodes each inflated chunk on its own (a Vietnamese letter split across
 * two chunks became "��") and, when sheets come before `xl/workbook.xml` in
 * the zip — as in files from its own streaming writer — it can lose the
 * workbook and the sheet names. This reader uses exceljs's own
 * dependencies, unzipper and saxes, with one UTF-8 decoder per entry.
 */
/// <reference path="./unzipper.d.ts" />
import { SaxesParser, type SaxesTagPlain } from "saxes"
import { Open, type CentralDirectory, type CentralDirectoryFile } from "unzipper"
import type { Cell, SheetRow, Table } from "./read.js"

export class TooManyRows extends Error {
  constructor(readonly sheet: string) {
    super(`too many rows in ${sheet}`)
  }
}

export class NotAWorkbook extends Error {}

type Tag = SaxesTagPlain

/** Every XML event of an entry, in order, decoded as UTF-8 across chunk boundaries. */
const eachEvent = async (
  file: CentralDirectoryFile,
  on: { open?: (tag: Tag) => void; text?: (text: string) => void; close?: (name: string) => void },
): Promise<void> => {
  const parser = new SaxesParser()
  let failure: unknown
  parser.on("error", (error) => {
    failure ??= error
  })
  if (on.open !== undefined) parser.on("opentag", on.open as (tag: unknown) => void)
  if (on.text !== undefined) parser.on("text", on.text)
  if (on.close !== undefined) {
    const close = on.close
    parser.on("closetag", (tag) => close(tag.name))
  }
  const decoder = new TextDecoder("utf-8")
  const stream = file.stream()
  try {
    for await (const chunk of stream) {
      parser.write(decoder.decode(chunk as Uint8Array, { stream: true }))
      if (failure !== undefined) throw failure
    }
    parser.write(decoder.decode())
    parser.close()
    if (failure !== undefined) throw failure
  } finally {
    stream.destroy()
  }
}

const localName = (name: string): string => name.slice(name.indexOf(":") + 1)

const attribute = (tag: Tag, name: string): string | undefined => {
  for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === name) return value
  return undefined
}

// Built-in number formats that show dates or times.
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

/** A custom number format shows a date when it has d, m, y, h or s outside quotes, brackets and escapes. */
const isDateCode = (code: string): boolean => {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "")
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim())
}

interface Parts {
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly path: string }>
  readonly date1904: boolean
  readonly dateStyles: ReadonlySet<number>
  readonly strings: ReadonlyArray<string>
}

const resolveTarget = (target: string): string => (target.startsWith("/") ? target.slice(1) : `xl/${target}`).replace(/\/\.\//g, "/")

const readParts = async (directory: CentralDirectory): Promise<Parts> => {
  const byPath = new Map(directory.files.map((file) => [file.path.replace(/^\//, ""), file]))
  const workbook = byPath.get("xl/workbook.xml")
  if (workbook === undefined) throw new NotAWorkbook()
  const relations = new Map<string, string>()
  const rels = byPath.get("xl/_rels/workbook.xml.rels")
  if (rels !== undefined) {
    await eachEvent(rels, {
      open: (tag) => {
        const id = attribute(tag, "Id")
        const target = attribute(tag, "Target")
        if (localName(tag.name) === "Relationship" && id !== undefined && target !== undefined) relations.set(id, resolveTarget(target))
      },
    })
  }
  const sheets: Array<{ name: string; path: string }> = []
  let date1904 = false
  await eachEvent(workbook, {
    open: (tag) => {
      const name = localName(tag.name)
      if (name === "workbookPr") date1904 = ["1", "true"].includes(attribute(tag, "date1904") ?? "")
      if (name !== "sheet") return
      const id = attribute(tag, "id")
      const path = id === undefined ? undefined : relations.get(id)
      if (path !== undefined) sheets.push({ name: attribute(tag, "name") ?? path, path })
    },
  })
  const dateStyles = new Set<number>()
  const styles = byPath.get("xl/styles.xml")
  if (styles !== undefined) {
    const customDates = new Set<number>()
    let inCellXfs = false
    let xf = 0
    await eachEvent(styles, {
      open: (tag) => {
        const name = localName(tag.name)
        if (name === "numFmt" && isDateCode(attribute(tag, "formatCode") ?? "")) customDates.add(Number(attribute(tag, "numFmtId")))
        else if (name === "cellXfs") inCellXfs = true
        else if (name === "xf" && inCellXfs) {
          const format = Number(attribute(tag, "numFmtId") ?? 0)
          if (DATE_FORMAT_IDS.has(format) || customDates.has(format)) dateStyles.add(xf)
          xf++
        }
      },
      close: (name) => {
        if (localName(name) === "cellXfs") inCellXfs = false
      },
    })
  }
  const strings: Array<string> = []
  const shared = byPath.get("xl/sharedStrings.xml")
  if (shared !== undefined) {
    let current = ""
    let inText = false
    let phonetic = 0
    await eachEvent(shared, {
      open: (tag) => {
        const name = localName(tag.name)
        if (name === "si") current = ""
        else if (name === "rPh") phonetic++
        else if (name === "t" && phonetic === 0) inText = true
      },
      text: (text) => {
        if (inText) current += text
      },
      close: (name) => {
        const local = localName(name)
        if (local === "t") inText = false
        else if (local === "rPh") phonetic--
        else if (local === "si") strings.push(current)
      },
    })
  }
  return { sheets, date1904, dateStyles, strings }
}

// Excel's serial 25569 is 1970-01-01; in the 1904 system serial 0 is 1904-01-01.
const dateOfSerial = (serial: number, date1904: boolean): Date =>
  new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000))

/** "AB12" → 27 (0-based column). */
const columnOf = (ref: string | undefined, fallback: number): number => {
  if (ref === undefined) return fallback
  let column = 0
  let k = 0
  for (; k < ref.length; k++) {
    const code = ref.charCodeAt(k)
    if (code < 65 || code > 90) break
    column = column * 26 + (code - 64)
  }
  return k === 0 ? fallback : column - 1
}

const readSheet = async (
  file: CentralDirectoryFile,
  name: string,
  parts: Parts,
  maxRows: number,
  maxColumns: number,
): Promise<Table> => {
  const rows: Array<SheetRow> = []
  let count = 0
  let rowNumber = 0
  let cells: Array<Cell> = []
  let column = -1
  let type = "n"
  let style = -1
  let value = ""
  let inValue = false
  let hasValue = false
  await eachEvent(file, {
    open: (tag) => {
      switch (localName(tag.name)) {
        case "row": {
          if (++count > maxRows) throw new TooManyRows(name)
          const r = Number(attribute(tag, "r"))
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1
          cells = []
          column = -1
          break
        }
        case "c":
          column = columnOf(attribute(tag, "r"), column + 1)
          type = attribute(tag, "t") ?? "n"
          style = Number(attribute(tag, "s") ?? -1)
          value = ""
          hasValue = false
          break
        case "v":
        case "t":
          inValue = true
          hasValue = true
          break
      }
    },
    text: (text) => {
      if (inValue) value += text
    },
    close: (tagName) => {
      switch (localName(tagName)) {
        case "v":
        case "t":
          inValue = false
          break
        case "c": {
          if (!hasValue || column >= maxColumns) break
          let cell: Cell
          if (type === "s") cell = parts.strings[Number(value)] ?? null
          else if (type === "str" || type === "inlineStr") cell = value
          else if (type === "b") cell = value === "1" || value === "true"
          else if (type === "e") cell = null
          else {
            const number = Number(value)
            cell = value.trim() === "" || !Number.isFinite(number) ? null : parts.dateStyles.has(style) ? dateOfSerial(number, parts.date1904) : number
          }
          while (cells.length < column) cells.push(null)
          cells[column] = cell
          break
        }
        case "row":
          if (cells.some((cell) => cell !== null && (typeof cell !== "string" || cell.trim() !== ""))) rows.push({ row: rowNumber, cells })
          break
      }
    },
  })
  return { name, rows }
}

/** Every sheet of an .xlsx file, in the workbook's order. */
export const readXlsxTables = async (
  source: { readonly path: string } | { readonly bytes: Buffer },
  maxRows: number,
  maxColumns: number,
): Promise<ReadonlyArray<Table>> => {
  const directory = "path" in source ? await Open.file(source.path) : await Open.buffer(source.bytes)
  const parts = await readParts(directory)
  const byPath = new Map(directory.files.map((file) => [file.path.replace(/^\//, ""), file]))
  const tables: Array<Table> = []
  for (const sheet of parts.sheets) {
    const file = byPath.get(sheet.path)
    if (file === undefined) continue
    tables.push(await readSheet(file, sheet.name, parts, maxRows, maxColumns))
  }
  return tables
}
