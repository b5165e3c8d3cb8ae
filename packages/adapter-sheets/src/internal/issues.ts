/** Issues that say where they are the way Excel shows it: sheet, row, column. */
import type { DataIssueSeverity } from "@lantoa/core"
import type { SheetIssue } from "../SheetIssue.js"
import { columnLetter } from "./headers.js"

export interface Place {
  readonly file: string
  readonly sheet: string
  readonly row?: number
  /** 0-based column. */
  readonly column?: number
  /** The column's header as the sheet writes it. */
  readonly header?: string
}

export type Text = { readonly vi: string; readonly en: string }

// Excel quotes a sheet name in a reference when it is not a plain word.
const sheetRef = (sheet: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`)

export const sheetIssue = (severity: DataIssueSeverity, code: string, place: Place, text: Text, record?: string): SheetIssue => {
  const letter = place.column === undefined ? undefined : columnLetter(place.column)
  const header = place.header === undefined || place.header === "" ? "" : ` (${place.header})`
  const where = {
    vi: `Trang “${place.sheet}”${place.row === undefined ? "" : `, dòng ${place.row}`}${letter === undefined ? "" : `, cột ${letter}${header}`}`,
    en: `Sheet “${place.sheet}”${place.row === undefined ? "" : `, row ${place.row}`}${letter === undefined ? "" : `, column ${letter}${header}`}`,
  }
  const path =
    place.row === undefined ? sheetRef(place.sheet) : `${sheetRef(place.sheet)}!${letter === undefined ? `${place.row}:${place.row}` : `${letter}${place.row}`}`
  const issue: SheetIssue = {
    severity,
    code,
    path,
    message: `${where.vi}: ${text.vi}`,
    messageEn: `${where.en}: ${text.en}`,
    file: place.file,
    sheet: place.sheet,
    ...(place.row === undefined ? {} : { row: place.row }),
    ...(letter === undefined ? {} : { column: letter }),
  }
  return record === undefined ? issue : { ...issue, record }
}
