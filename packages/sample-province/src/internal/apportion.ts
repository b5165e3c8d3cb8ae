/**
 * Largest-remainder apportionment: splits a whole number into parts
 * proportional to weights, with parts that sum exactly to the whole.
 *
 * @internal
 */

/**
 * Splits `total` into integer parts proportional to `weights`. The parts sum
 * to `total` exactly; ties in the remainders go to the earlier index, so the
 * result depends on nothing but its input.
 */
export const apportion = (total: number, weights: ReadonlyArray<number>): Array<number> => {
  const sum = weights.reduce((acc, weight) => acc + weight, 0)
  if (weights.length === 0) return []
  if (sum <= 0) return apportion(total, weights.map(() => 1))
  const quotas = weights.map((weight) => (weight / sum) * total)
  const parts = quotas.map(Math.floor)
  let left = total - parts.reduce((acc, part) => acc + part, 0)
  const order = quotas
    .map((quota, index) => ({ index, remainder: quota - Math.floor(quota) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) {
    const index = (order[i] as { index: number }).index
    parts[index] = (parts[index] as number) + 1
  }
  return parts
}
