/**
 * Finding a table's header row and its columns: Vietnamese headers in any
 * case, with or without diacritics, in their common variants, below any
 * title rows.
 */
import { nameKey } from "@lantoa/core"
import type { Cell, SheetRow, Table } from "./read.js"

/** One field of a table and the headers that name it. `header` is the one lantoa writes. */
export interface FieldSpec<F extends string> {
  readonly field: F
  readonly header: string
  readonly aliases: ReadonlyArray<string>
}

export interface TableSpec<F extends string> {
  readonly fields: ReadonlyArray<FieldSpec<F>>
  /** Each inner list: at least one of these fields must have a column. */
  readonly required: ReadonlyArray<ReadonlyArray<F>>
}

/** The comparison key of a header: `nameKey` (lower case, no diacritics), punctuation as spaces. */
export const headerKey = (text: string): string =>
  nameKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()

export interface HeaderMatch<F extends string> {
  /** Index of the header row in `table.rows`. */
  readonly index: number
  readonly row: number
  /** For each field found, its 0-based column. */
  readonly columns: ReadonlyMap<F, number>
  /** The header texts of the row, by column. */
  readonly headers: ReadonlyArray<string>
}

const cellText = (cell: Cell | undefined): string => (typeof cell === "string" ? cell : cell === null || cell === undefined ? "" : String(cell))

interface Alias<F extends string> {
  readonly key: string
  readonly field: F
}

const aliasesOf = <F extends string>(spec: TableSpec<F>): ReadonlyArray<Alias<F>> =>
  spec.fields
    .flatMap((field) => [field.header, ...field.aliases].map((alias) => ({ key: headerKey(alias), field: field.field })))
    .sort((a, b) => b.key.length - a.key.length)

/** The field a header names: an alias equal to it, or the longest alias it starts with ("Số điện thoại (Zalo)"). */
const fieldOf = <F extends string>(header: string, aliases: ReadonlyArray<Alias<F>>): F | undefined => {
  const key = headerKey(header)
  if (key === "") return undefined
  for (const alias of aliases) if (key === alias.key) return alias.field
  for (const alias of aliases) if (key.startsWith(`${alias.key} `)) return alias.field
  return undefined
}

const matchRow = <F extends string>(row: SheetRow, aliases: ReadonlyArray<Alias<F>>): Map<F, number> => {
  const columns = new Map<F, number>()
  row.cells.forEach((cell, column) => {
    if (typeof cell !== "string") return
    const field = fieldOf(cell, aliases)
    if (field !== undefined && !columns.has(field)) columns.set(field, column)
  })
  return columns
}

// Title rows, a date line, merged banners: the header is within the first rows.
const SCAN_ROWS = 30

/** The header row of a table: among its first rows, the one naming the most fields (the first on a tie). */
export const findHeader = <F extends string>(table: Table, spec: TableSpec<F>): HeaderMatch<F> | undefined => {
  const aliases = aliasesOf(spec)
  let best: HeaderMatch<F> | undefined
  const last = Math.min(table.rows.length, SCAN_ROWS)
  for (let index = 0; index < last; index++) {
    const row = table.rows[index] as SheetRow
    const columns = matchRow(row, aliases)
    if (columns.size > (best?.columns.size ?? 0)) best = { index, row: row.row, columns, headers: row.cells.map(cellText) }
  }
  return best
}

/** The required fields without a column: for each group none of which was found, its first field. */
export const missingFields = <F extends string>(spec: TableSpec<F>, columns: ReadonlyMap<F, number>): ReadonlyArray<F> =>
  spec.required.filter((group) => !group.some((field) => columns.has(field))).map((group) => group[0] as F)

/** The header lantoa writes for a field. */
export const headerOf = <F extends string>(spec: TableSpec<F>, field: F): string =>
  spec.fields.find((entry) => entry.field === field)?.header ?? field

/** A 0-based column as Excel names it: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (column: number): string => {
  let letters = ""
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}
