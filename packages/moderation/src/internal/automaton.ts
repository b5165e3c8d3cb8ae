/**
 * A multi-pattern Aho–Corasick automaton over UTF-16 code units, compiled to
 * a dense transition table (a DFA: no failure links to follow while
 * scanning), so that scanning a text costs one table read per character
 * whatever the number of patterns.
 *
 * The alphabet is only the code units that occur in the patterns; every
 * other character maps to symbol 0, which no pattern contains. That keeps
 * the table small: states × (distinct characters + 1).
 *
 * @internal
 */

/** A compiled automaton. State 0 is the root. */
export interface Automaton {
  /** Code unit → symbol (0: a character no pattern contains). */
  readonly symbols: Uint16Array
  /** Symbols per row of `delta`. */
  readonly width: number
  /** `delta[state * width + symbol]` is the next state. */
  readonly delta: Uint16Array | Int32Array
  /** Per state, where its output list starts in `outputs`, or -1. */
  readonly outHead: Int32Array
  /** Pattern ids, each state's list ended by -1 (its own patterns, then those of its suffixes). */
  readonly outputs: Int32Array
  /** Length of each pattern, in code units. */
  readonly lengths: Int32Array
  readonly states: number
}

/** Builds the automaton of `patterns` (each non-empty; duplicates are allowed and reported under each id). */
export const buildAutomaton = (patterns: ReadonlyArray<Uint16Array>): Automaton => {
  const symbols = new Uint16Array(0x10000)
  let width = 1
  for (const pattern of patterns) {
    for (const code of pattern) if (symbols[code] === 0) symbols[code] = width++
  }
  // The trie, with children in maps while building.
  const children: Array<Map<number, number>> = [new Map()]
  const own: Array<Array<number>> = [[]]
  patterns.forEach((pattern, id) => {
    let state = 0
    for (const code of pattern) {
      const symbol = symbols[code] as number
      const node = children[state] as Map<number, number>
      let next = node.get(symbol)
      if (next === undefined) {
        next = children.length
        node.set(symbol, next)
        children.push(new Map())
        own.push([])
      }
      state = next
    }
    ;(own[state] as Array<number>).push(id)
  })
  const states = children.length
  const delta = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width)
  const fail = new Int32Array(states)
  const lists: Array<ReadonlyArray<number>> = new Array(states)
  lists[0] = own[0] as Array<number>
  // Breadth first: a state's failure target is shallower, so its row and
  // output list are complete when the state is reached.
  const queue = new Int32Array(states)
  let head = 0
  let tail = 0
  for (const [symbol, next] of children[0] as Map<number, number>) {
    delta[symbol] = next
    fail[next] = 0
    queue[tail++] = next
  }
  while (head < tail) {
    const state = queue[head++] as number
    const failRow = (fail[state] as number) * width
    const row = state * width
    for (let symbol = 0; symbol < width; symbol++) delta[row + symbol] = delta[failRow + symbol] as number
    const inherited = lists[fail[state] as number] as ReadonlyArray<number>
    const mine = own[state] as Array<number>
    lists[state] = inherited.length === 0 ? mine : mine.length === 0 ? inherited : [...mine, ...inherited]
    for (const [symbol, next] of children[state] as Map<number, number>) {
      fail[next] = delta[failRow + symbol] as number
      delta[row + symbol] = next
      queue[tail++] = next
    }
  }
  const outHead = new Int32Array(states).fill(-1)
  const flat: Array<number> = []
  const shared = new Map<ReadonlyArray<number>, number>()
  for (let state = 0; state < states; state++) {
    const list = lists[state] as ReadonlyArray<number>
    if (list.length === 0) continue
    const known = shared.get(list)
    if (known !== undefined) {
      outHead[state] = known
      continue
    }
    outHead[state] = flat.length
    shared.set(list, flat.length)
    flat.push(...list, -1)
  }
  return {
    symbols,
    width,
    delta,
    outHead,
    outputs: Int32Array.from(flat),
    lengths: Int32Array.from(patterns, (pattern) => pattern.length),
    states,
  }
}
