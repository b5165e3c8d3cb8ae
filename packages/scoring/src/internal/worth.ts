/**
 * What each criterion is worth to one subject: its nominal maximum by the
 * policy (fixed `points`, or a share of `scale` among the subject's
 * weighted positive criteria), and its maximum once the points of the
 * positive criteria that do not apply are shared among those that do, in
 * proportion to their nominal maxima. The subject's maximum is unchanged.
 *
 * Maxima are apportioned in hundredths by largest remainder (ties: the
 * criterion listed first), so that the lines' maxima add up to the total's
 * maximum exactly, as a clerk adding up the breakdown expects.
 */
import type { ScoringCriterion } from "../ScoringCriterion.js"
import type { ScoringPolicy } from "../ScoringPolicy.js"

export interface Worth {
  /** Per criterion index: its maximum for this subject (hundredths), 0 when it does not apply. */
  readonly max: ReadonlyMap<number, number>
  /** Per criterion index: what the policy makes it worth (exact). */
  readonly nominal: ReadonlyMap<number, number>
  /** The sum of the positive maxima (hundredths): the subject's maximum total. */
  readonly maxTotal: number
  /** The nominal points of the positive criteria that do not apply, shared among the others (2 decimals). */
  readonly reshared: number
  /** Whether some positive criterion applies (otherwise the subject is not scored). */
  readonly scored: boolean
}

// Hundredths from a number of points, without binary noise (0.29 × 100 → 29).
const cents = (points: number): number => Math.round(points * 100 + (points >= 0 ? 1e-7 : -1e-7))

/**
 * Splits `total` hundredths among `shares` (exact, in hundredths, summing to
 * about `total`) so that each gets its share rounded down or up and the sum
 * is `total`: largest remainders first, the earlier index on a tie.
 */
export const apportion = (shares: ReadonlyArray<number>, total: number): Array<number> => {
  const floors = shares.map((share) => Math.floor(share + 1e-7))
  let left = total - floors.reduce((sum, floor) => sum + floor, 0)
  const order = shares
    .map((share, k) => ({ k, fraction: share - (floors[k] as number) }))
    .sort((a, b) => (left >= 0 ? b.fraction - a.fraction : a.fraction - b.fraction) || a.k - b.k)
  for (const { k } of order) {
    if (left === 0) break
    const step = left > 0 ? 1 : -1
    floors[k] = (floors[k] as number) + step
    left -= step
  }
  return floors
}

export const worthOf = (policy: ScoringPolicy, criteria: ReadonlyArray<number>, notApplicable: ReadonlySet<number>): Worth => {
  const of = (c: number): ScoringCriterion => policy.criteria[c] as ScoringCriterion
  let weights = 0
  for (const c of criteria) {
    const criterion = of(c)
    if (!criterion.penalty && criterion.weight !== undefined) weights += criterion.weight
  }
  const nominal = new Map(criteria.map((c) => [c, of(c).points ?? (policy.scale * (of(c).weight as number)) / weights]))
  const positive = criteria.filter((c) => !of(c).penalty)
  const applying = positive.filter((c) => !notApplicable.has(c))
  const nominalTotal = positive.reduce((sum, c) => sum + (nominal.get(c) as number), 0)
  const applyingTotal = applying.reduce((sum, c) => sum + (nominal.get(c) as number), 0)
  const totalCents = cents(nominalTotal)
  const shares = applying.map((c) => ((nominal.get(c) as number) * totalCents) / applyingTotal)
  const apportioned = applying.length === 0 ? [] : apportion(shares, totalCents)
  const max = new Map<number, number>()
  for (const c of criteria) {
    if (notApplicable.has(c)) max.set(c, 0)
    else if (of(c).penalty) max.set(c, cents(nominal.get(c) as number) / 100)
  }
  applying.forEach((c, k) => max.set(c, (apportioned[k] as number) / 100))
  const reshared = cents(nominalTotal - applyingTotal) / 100
  return { max, nominal, maxTotal: applying.length === 0 ? 0 : totalCents / 100, reshared, scored: applying.length > 0 }
}
