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

/** The dense number of an item key in `items`, adding it if new. */
export const internItem = (items: Map<string, number>, key: string): number => {
  let number = items.get(key)
  if (number === undefined) items.set(key, (number = items.size))
  return number
}
