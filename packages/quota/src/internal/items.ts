/**
 * Items ("tin, bài"): what a rule with `distinctBy: "item"` counts once.
 */
import type { Activity } from "@lantoa/core"

/** The item of an activity: a share, reaction or comment counts its target; a post its url; else its id. */
export const itemKey = (activity: Activity): string => {
  if (activity.kind !== "post" && activity.kind !== "article" && activity.kind !== "message") {
    if (activity.target !== undefined && activity.target !== "") return activity.target
  }
  return activity.url !== undefined && activity.url !== "" ? activity.url : activity.id
}

/**
 * A 32-bit fingerprint of an item key: its length and its last 8
 * characters (FNV-1a). Links to posts differ in their last digits, so
 * fingerprints rarely collide; equal fingerprints are confirmed on the keys
 * themselves. Computed once per activity, where the activity is read
 * anyway, so that counting a cell compares integers instead of reaching
 * for strings scattered over the heap.
 */
export const itemHash = (key: string): number => {
  let hash = 0x811c9dc5 ^ key.length
  for (let i = Math.max(0, key.length - 8); i < key.length; i++) {
    hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  }
  return hash | 0
}
