/**
 * Tiers with thresholds and caps, within one peer group.
 *
 * Subjects are taken best total first, a tie (equal totals) at a time. A
 * tier admits ties whose total reaches its `minTotal` while they fit under
 * its cap; the first tie that does not fit, and every tie below it, drops
 * to the next tier, where the same rule applies. So a cap is never
 * exceeded and nobody is rated above someone with a higher total — a tie
 * straddling the boundary is never split by an arbitrary order.
 */
import type { ScoringTier } from "../ScoringPolicy.js"

export interface TierAssignment {
  /** Index of the tier in the policy. */
  readonly tier: number
  /** The best tier the total reached but a cap kept the subject out of. */
  readonly cappedFrom?: number
}

export interface TierCap {
  /** The most subjects the tier admits in this group. */
  readonly cap: number
  /** What the share was taken of. */
  readonly base: number
}

export interface TierResult {
  readonly assignments: ReadonlyArray<TierAssignment>
  /** Per tier index, its cap in this group (undefined for an uncapped tier). */
  readonly caps: ReadonlyArray<TierCap | undefined>
}

const capOf = (tier: ScoringTier, next: ScoringTier | undefined, totals: ReadonlyArray<number>): TierCap | undefined => {
  if (tier.maxShare === undefined) return undefined
  const threshold = next?.minTotal
  const base =
    tier.shareOf === "next-tier-or-above" && threshold !== undefined
      ? totals.filter((total) => total >= threshold).length
      : totals.length
  // The epsilon keeps 0.29 × 100 at 29 despite binary floating point.
  return { cap: Math.max(Math.floor(tier.maxShare * base + 1e-9), tier.minCount ?? 0), base }
}

export const assignTiers = (totals: ReadonlyArray<number>, tiers: ReadonlyArray<ScoringTier>): TierResult => {
  const order = totals.map((_, i) => i).sort((a, b) => (totals[b] as number) - (totals[a] as number))
  // Ties: runs of equal totals in `order`.
  const ties: Array<ReadonlyArray<number>> = []
  for (const index of order) {
    const last = ties[ties.length - 1]
    if (last !== undefined && totals[last[0] as number] === totals[index]) (last as Array<number>).push(index)
    else ties.push([index])
  }
  const caps = tiers.map((tier, t) => capOf(tier, tiers[t + 1], totals))
  const tierOf = new Array<number>(totals.length)
  const cappedFrom = new Array<number | undefined>(totals.length)
  let next = 0
  const lastTier = tiers.length - 1
  for (let t = 0; t < lastTier; t++) {
    const tier = tiers[t] as ScoringTier
    const threshold = tier.minTotal ?? Number.POSITIVE_INFINITY
    const cap = caps[t]?.cap ?? Number.POSITIVE_INFINITY
    let admitted = 0
    while (next < ties.length) {
      const tie = ties[next] as ReadonlyArray<number>
      if ((totals[tie[0] as number] as number) < threshold) break
      if (admitted + tie.length > cap) {
        // The cap is full: this tie and every one below that reached the
        // threshold drop a tier; remember the tier their total earned.
        for (let k = next; k < ties.length; k++) {
          const below = ties[k] as ReadonlyArray<number>
          if ((totals[below[0] as number] as number) < threshold) break
          for (const index of below) cappedFrom[index] ??= t
        }
        break
      }
      for (const index of tie) tierOf[index] = t
      admitted += tie.length
      next++
    }
  }
  for (; next < ties.length; next++) for (const index of ties[next] as ReadonlyArray<number>) tierOf[index] = lastTier
  return {
    assignments: totals.map((_, i) => {
      const from = cappedFrom[i]
      return from === undefined ? { tier: tierOf[i] as number } : { tier: tierOf[i] as number, cappedFrom: from }
    }),
    caps,
  }
}
