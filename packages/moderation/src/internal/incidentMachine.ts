/**
 * The incident state machine, shared by `recordEvent` (which refuses an
 * event that may not follow) and `parseIncidents` (which leaves such an
 * event out with an issue): one table, so the two can never disagree.
 */
import { normalizePhone } from "@lantoa/core"

/** The event types, in lifecycle order (the order of the public constant). */
export const EVENT_TYPES = [
  "detected",
  "triaged",
  "hidden",
  "account-reported",
  "rebutted",
  "escalated-internal",
  "escalated-authorities",
  "closed",
  "authority-request",
  "complaint",
] as const

export type EventType = (typeof EVENT_TYPES)[number]

export const STATES = ["detected", "triaged", "actioned", "escalated", "closed"] as const

export type State = (typeof STATES)[number]

/** The events that act on the content itself: they make a case `actioned`. */
export const CONTENT_ACTIONS: ReadonlySet<string> = new Set(["hidden", "account-reported", "rebutted"])

/** The escalations: they make a case `escalated`. */
export const ESCALATIONS: ReadonlySet<string> = new Set(["escalated-internal", "escalated-authorities"])

/** Events that start a legal clock and leave the state as it is. */
export const CLOCK_STARTERS: ReadonlySet<string> = new Set(["authority-request", "complaint"])

/** Every action on a case, the first of which ends "time to first action". */
export const isAction = (type: string): boolean => CONTENT_ACTIONS.has(type) || ESCALATIONS.has(type)

/**
 * The state after `type` in `state` (`null` before detection), or
 * `undefined` when the event may not follow.
 *
 * - `detected` opens the case, once;
 * - `triaged` only from `detected`;
 * - a content action from `detected` (an automatic hide needs no human
 *   triage), `triaged` or `actioned` makes the case `actioned`; from
 *   `escalated` it is recorded and the case stays escalated;
 * - an escalation needs a human decision first: from `triaged`, `actioned`
 *   or `escalated`;
 * - `closed` from any open state; nothing follows it but clock starters;
 * - `authority-request` and `complaint` may arrive at any time and change
 *   nothing.
 */
export const transition = (state: State | null, type: EventType): State | null | undefined => {
  if (CLOCK_STARTERS.has(type)) return state
  if (type === "detected") return state === null ? "detected" : undefined
  if (state === null || state === "closed") return undefined
  if (type === "triaged") return state === "detected" ? "triaged" : undefined
  if (type === "closed") return "closed"
  if (ESCALATIONS.has(type)) return state === "detected" ? undefined : "escalated"
  // A content action.
  return state === "escalated" ? "escalated" : "actioned"
}

/** The event types allowed in a state, in lifecycle order. */
export const allowedIn = (state: State | null): ReadonlyArray<EventType> =>
  EVENT_TYPES.filter((type) => transition(state, type) !== undefined)

/**
 * Replays a time-ordered trail: the state it ends in and, for each event
 * that may not follow the state before it, its position (such an event is
 * skipped and the replay goes on).
 */
export const replay = (types: ReadonlyArray<EventType>): { readonly state: State | null; readonly rejected: ReadonlyArray<number> } => {
  let state: State | null = null
  const rejected: Array<number> = []
  types.forEach((type, position) => {
    const next = transition(state, type)
    if (next === undefined) rejected.push(position)
    else state = next
  })
  return { state, rejected }
}

/**
 * Why a `by` value is not a person id, or undefined when it is one. The
 * audit trail names people by id only: a name (it has spaces) or a phone
 * number is personal data the trail must not carry.
 */
export const personIdProblem = (by: string): "blank" | "name" | "phone" | undefined => {
  if (by.trim() === "") return "blank"
  if (normalizePhone(by) !== undefined) return "phone"
  if (/\s/.test(by)) return "name"
  return undefined
}
