/**
 * A JSON syntax scanner (RFC 8259) that only finds where text stops being
 * JSON: run after `JSON.parse` has failed, so its speed does not matter.
 * Iterative, so deep nesting cannot overflow the stack.
 */

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)

/** The offset of the first character that breaks the grammar (the text's length when it ends too early). */
export const locateJsonError = (text: string): number => {
  let i = 0
  const n = text.length
  const skip = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++
  }
  /** Reads a string at i (on its opening quote); returns false at the offending character. */
  const string = (): boolean => {
    i++
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return true
      }
      if (c < 0x20) return false
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1)
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return (i += k), false
          i += 6
        } else if ('"\\/bfnrt'.includes(text[i + 1] ?? "x")) i += 2
        else return (i += 1), false
      } else i++
    }
    return false
  }
  const number = (): boolean => {
    if (text.charCodeAt(i) === 0x2d) i++
    if (text.charCodeAt(i) === 0x30) i++
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++
    else return false
    if (text.charCodeAt(i) === 0x2e) {
      i++
      if (!isDigit(text.charCodeAt(i))) return false
      while (isDigit(text.charCodeAt(i))) i++
    }
    if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
      i++
      if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++
      if (!isDigit(text.charCodeAt(i))) return false
      while (isDigit(text.charCodeAt(i))) i++
    }
    return true
  }
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return (i += k), false
    i += word.length
    return true
  }
  /** Reads one scalar at i; false at the offending character. */
  const scalar = (): boolean => {
    const c = text[i]
    if (c === '"') return string()
    if (c === "t") return literal("true")
    if (c === "f") return literal("false")
    if (c === "n") return literal("null")
    if (c === "-" || (c !== undefined && isDigit(c.charCodeAt(0)))) return number()
    return false
  }
  /** Reads `"key":` (with spaces); false at the offending character. */
  const key = (): boolean => {
    skip()
    if (text[i] !== '"' || !string()) return false
    skip()
    if (text[i] !== ":") return false
    i++
    return true
  }
  const stack: Array<"{" | "["> = []
  let expectValue = true
  for (;;) {
    skip()
    if (expectValue) {
      const c = text[i]
      if (c === "{" || c === "[") {
        stack.push(c)
        i++
        skip()
        if (text[i] === (c === "{" ? "}" : "]")) {
          stack.pop()
          i++
          expectValue = false
        } else if (c === "{" && !key()) return i
        continue
      }
      if (!scalar()) return i
      expectValue = false
      continue
    }
    const top = stack.at(-1)
    // A complete value followed by more text; or (JSON.parse disagreeing) nothing wrong found.
    if (top === undefined) return Math.min(i, n)
    const c = text[i]
    if (c === ",") {
      i++
      if (top === "{" && !key()) return i
      expectValue = true
    } else if (c === (top === "{" ? "}" : "]")) {
      stack.pop()
      i++
    } else return i
  }
}
