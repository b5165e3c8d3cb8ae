/**
 * A small seeded pseudo-random generator: cyrb128 turns a text seed into
 * 128 bits of state, sfc32 draws from it. Both are public-domain algorithms
 * (bryc, "PRNGs in JavaScript"); sfc32 passes PractRand and costs a handful
 * of 32-bit operations per draw, which matters when one province-year draws
 * tens of millions of numbers.
 *
 * Streams are named (`random(seed, "people", 7)`), so that one part of the
 * sample (say, activities) can change without moving another (the roster).
 *
 * @internal
 */

/** A stream of pseudo-random numbers. Every draw advances the stream. */
export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number
  /** An integer in [0, n). */
  readonly int: (n: number) => number
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean
}

/** cyrb128: a fast 128-bit string hash, used to seed sfc32 and to hash the names the sample excludes. */
export const cyrb128 = (text: string): readonly [number, number, number, number] => {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]
}

/**
 * The stream named by a seed and labels. The same seed and labels always give
 * the same stream, on every platform.
 */
export const random = (seed: string, ...labels: ReadonlyArray<string | number>): Random => {
  let [a, b, c, d] = cyrb128(labels.length === 0 ? seed : `${seed}\u0000${labels.join("\u0000")}`)
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  // The first outputs of sfc32 still show the seed's structure.
  for (let i = 0; i < 12; i++) next()
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
  }
}

/** One element of a non-empty list, uniformly. */
export const pick = <A>(rng: Random, items: ReadonlyArray<A>): A => items[rng.int(items.length)] as A

/**
 * A sampler over weighted items: the cumulative table is built once, each
 * draw is a short scan (the lists here have tens of items at most).
 */
export const weighted = <A>(entries: ReadonlyArray<readonly [A, number]>): ((rng: Random) => A) => {
  const items = entries.map(([item]) => item)
  const cumulative: Array<number> = []
  let total = 0
  for (const [, weight] of entries) {
    total += weight
    cumulative.push(total)
  }
  return (rng) => {
    const r = rng.next() * total
    for (let i = 0; i < cumulative.length; i++) if (r < (cumulative[i] as number)) return items[i] as A
    return items[items.length - 1] as A
  }
}

/** A shuffled copy (Fisher–Yates). */
export const shuffled = <A>(rng: Random, items: ReadonlyArray<A>): Array<A> => {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    const tmp = copy[i] as A
    copy[i] = copy[j] as A
    copy[j] = tmp
  }
  return copy
}

/** `count` distinct elements, in a random order. */
export const sample = <A>(rng: Random, items: ReadonlyArray<A>, count: number): Array<A> =>
  shuffled(rng, items).slice(0, Math.max(0, Math.min(count, items.length)))

/**
 * A Poisson-distributed count with mean `mean` (Knuth's method: fine for the
 * small means used here, a few draws per call).
 */
export const poisson = (rng: Random, mean: number): number => {
  if (mean <= 0) return 0
  const limit = Math.exp(-mean)
  let k = 0
  let p = rng.next()
  while (p > limit) {
    k++
    p *= rng.next()
  }
  return k
}
