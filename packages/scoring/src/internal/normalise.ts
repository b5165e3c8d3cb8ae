/**
 * Normalisation of one value against a target or its peers (see
 * `NORMALISATIONS` for the rules).
 */
import { countBelow } from "./sorted.js"
import type { Normalisation } from "../ScoringCriterion.js"

/** The values of a peer group for one criterion, ascending. */
export interface PeerValues {
  readonly sorted: ReadonlyArray<number>
}

export const peerValuesOf = (values: ReadonlyArray<number>): PeerValues => ({ sorted: [...values].sort((a, b) => a - b) })

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x)

/** Whether every peer has the same value (a group of one included). */
export const noSpread = (peers: PeerValues): boolean => peers.sorted[0] === peers.sorted[peers.sorted.length - 1]

export const normalise = (normalisation: Normalisation, value: number, peers: PeerValues): number => {
  switch (normalisation.type) {
    case "linear":
      return clamp01((value - normalisation.floor) / (normalisation.target - normalisation.floor))
    case "min-max": {
      if (noSpread(peers)) return value > 0 ? 1 : 0
      const min = peers.sorted[0] as number
      const max = peers.sorted[peers.sorted.length - 1] as number
      return clamp01((value - min) / (max - min))
    }
    case "percentile": {
      if (noSpread(peers)) return value > 0 ? 1 : 0
      return countBelow(peers.sorted, value) / (peers.sorted.length - 1)
    }
  }
}
