/**
 * A small CSV reader for the lists an office exports by hand (Excel,
 * LibreOffice, Google Sheets): RFC 4180 quoting, a byte-order mark, CRLF,
 * and the separator Vietnamese Excel uses (`;`) as well as `,` and tabs,
 * guessed from the header line.
 *
 * @internal
 */

const guessSeparator = (text: string): string => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const counts = [",", ";", "\t"].map((separator) => [separator, firstLine.split(separator).length] as const)
  return counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
}

/** The rows of a CSV text, each a list of cells; blank lines are dropped. */
export const readCsv = (input: string): ReadonlyArray<ReadonlyArray<string>> => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const separator = guessSeparator(text)
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else cell += char
      continue
    }
    if (char === '"' && cell === "") quoted = true
    else if (char === separator) {
      row.push(cell)
      cell = ""
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ""
    } else cell += char
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows.filter((cells) => cells.some((value) => value.trim() !== ""))
}
