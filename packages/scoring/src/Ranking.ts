/**
 * Standard competition ranking ("1224"): equal totals share a rank, and the
 * next rank skips as many places as were shared — the way a results table
 * at a review conference (hội nghị sơ kết, tổng kết) reads.
 *
 * @since 0.1.0
 * @module
 */
import { countBelow } from "./internal/sorted.js"

/**
 * The rank of each value, higher being better, in the order of the input:
 * equal values share a rank and the next rank skips (1, 2, 2, 4). Values
 * are compared exactly: round them first if they carry binary noise.
 *
 * @example
 * ```ts
 * competitionRanks([70, 95, 80, 80]) //=> [4, 1, 2, 2]
 * competitionRanks([])               //=> []
 * ```
 * @since 0.1.0
 * @category ranking
 */
export const competitionRanks = (values: ReadonlyArray<number>): ReadonlyArray<number> => {
  const order = values.map((_, i) => i).sort((a, b) => (values[b] as number) - (values[a] as number))
  const ranks = new Array<number>(values.length)
  order.forEach((index, position) => {
    const previous = order[position - 1]
    ranks[index] =
      previous !== undefined && values[previous] === values[index] ? (ranks[previous] as number) : position + 1
  })
  return ranks
}

/**
 * The share of the other values that are strictly lower (3 decimals), for
 * each value in input order; 1 for a single value.
 *
 * @example
 * ```ts
 * percentilesOf([70, 95, 80, 80]) //=> [0, 1, 0.333, 0.333]
 * percentilesOf([42])             //=> [1]
 * ```
 * @since 0.1.0
 * @category ranking
 */
export const percentilesOf = (values: ReadonlyArray<number>): ReadonlyArray<number> => {
  const n = values.length
  if (n === 1) return [1]
  const sorted = [...values].sort((a, b) => a - b)
  return values.map((value) => Math.round((countBelow(sorted, value) / (n - 1)) * 1000) / 1000)
}

