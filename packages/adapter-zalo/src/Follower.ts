/**
 * Followers (người quan tâm) of the OA, and who among the staff can get a
 * consultation message: only a user who interacted with the OA in the last
 * 7 days (Zalo refuses others with -230).
 *
 * @since 0.1.0
 * @module
 */
import { DEFAULT_TIME_ZONE, instantOrThrow, normalizePhone, type TimeZoneOptions } from "@lantoa/core"

/**
 * One page of the OA's followers: user ids (strings, 18–19 digits).
 *
 * @example
 * ```ts
 * const page: FollowerPage = { total: 2, offset: 0, count: 2, userIds: ["4572947693969771653", "2468458835296197922"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface FollowerPage {
  readonly total: number
  readonly offset: number
  readonly count: number
  readonly userIds: ReadonlyArray<string>
}

/**
 * A follower's details. `phone` is the number the user chose to share with
 * the OA (`shared_info`), in the national form — personal data, used to
 * match the roster and never logged.
 *
 * @example
 * ```ts
 * const user: ZaloUser = {
 *   userId: "4572947693969771653", userIdByApp: "552177279717587730", displayName: "Lê Văn C",
 *   isFollower: true, lastInteractionDate: "2026-11-20", tags: ["giao-vien"], phone: "0912345678",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloUser {
  readonly userId: string
  readonly userIdByApp?: string
  readonly displayName: string
  readonly alias?: string
  readonly isFollower: boolean
  /** The local date of the last interaction, `YYYY-MM-DD` (Zalo sends `DD/MM/YYYY`). */
  readonly lastInteractionDate?: string
  readonly tags: ReadonlyArray<string>
  readonly phone?: string
}

/**
 * A user's message quota: when they last interacted (epoch ms) and the
 * consultation replies left.
 *
 * @example
 * ```ts
 * const quota: MessageQuota = { lastInteraction: 1767225600000, remaining: 8, total: 8 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface MessageQuota {
  readonly lastInteraction?: number
  readonly remaining?: number
  readonly total?: number
}

/**
 * How to reach a person on the OA: their Zalo user id and, when known, the
 * instant of their last interaction (epoch ms).
 *
 * @example
 * ```ts
 * const contact: ZaloContact = { userId: "2468458835296197922", lastInteraction: 1731402000000 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ZaloContact {
  readonly userId: string
  readonly lastInteraction?: number
}

/**
 * Zalo's consultation window: 7 days after the user's last interaction.
 *
 * @example
 * ```ts
 * INTERACTION_WINDOW_MS //=> 604800000
 * ```
 * @since 0.1.0
 * @category constants
 */
export const INTERACTION_WINDOW_MS = 7 * 24 * 60 * 60 * 1000

/**
 * Whether a consultation message to a user whose last interaction was at
 * `lastInteraction` (epoch ms) is inside the 7-day window at `now`. An
 * unknown last interaction is outside: better a template message than a
 * refused one.
 *
 * @example
 * ```ts
 * const now = Date.parse("2024-11-14T08:00:00+07:00")
 * withinInteractionWindow(Date.parse("2024-11-08T09:00:00+07:00"), now) //=> true
 * withinInteractionWindow(Date.parse("2024-11-07T07:00:00+07:00"), now) //=> false
 * withinInteractionWindow(undefined, now)                               //=> false
 * ```
 * @since 0.1.0
 * @category predicates
 */
export const withinInteractionWindow = (lastInteraction: number | undefined, now: number): boolean =>
  lastInteraction !== undefined && lastInteraction <= now && now - lastInteraction < INTERACTION_WINDOW_MS

/**
 * Options of {@link linkFollowers}.
 *
 * @example
 * ```ts
 * const options: LinkFollowersOptions = { timeZone: "Asia/Ho_Chi_Minh" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface LinkFollowersOptions extends TimeZoneOptions {}

/**
 * The result of {@link linkFollowers}: a contact per person id, and how
 * many followers matched nobody or more than one person.
 *
 * @example
 * ```ts
 * const { contacts, unmatched, ambiguous }: LinkedFollowers = linkFollowers(users, people)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface LinkedFollowers {
  readonly contacts: ReadonlyMap<string, ZaloContact>
  readonly unmatched: number
  readonly ambiguous: number
}

/**
 * Matches followers to the roster by the phone number they shared with
 * the OA (both normalised, so `84912345678` matches `0912 345 678`). A
 * follower's last interaction date counts from the start of that local day
 * — the earliest it can have been — so the 7-day window is never
 * overestimated. A number shared by two people in the roster matches
 * neither.
 *
 * @example
 * ```ts
 * const { contacts } = linkFollowers(users, [{ id: "cb-00042", phone: "0912345678" }])
 * contacts.get("cb-00042") //=> { userId: "4572947693969771653", lastInteraction: 1795539600000 }
 * ```
 * @since 0.1.0
 * @category conversions
 */
export const linkFollowers = (
  users: ReadonlyArray<ZaloUser>,
  people: ReadonlyArray<{ readonly id: string; readonly phone?: string | undefined }>,
  options: LinkFollowersOptions = {},
): LinkedFollowers => {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const byPhone = new Map<string, Array<string>>()
  for (const person of people) {
    const phone = person.phone === undefined ? undefined : normalizePhone(person.phone)
    if (phone === undefined) continue
    const ids = byPhone.get(phone)
    if (ids === undefined) byPhone.set(phone, [person.id])
    else ids.push(person.id)
  }
  const contacts = new Map<string, ZaloContact>()
  let unmatched = 0
  let ambiguous = 0
  for (const user of users) {
    const phone = user.phone === undefined ? undefined : normalizePhone(user.phone)
    const ids = phone === undefined ? undefined : byPhone.get(phone)
    if (ids === undefined) {
      unmatched++
      continue
    }
    if (ids.length > 1) {
      ambiguous++
      continue
    }
    const contact: { userId: string; lastInteraction?: number } = { userId: user.userId }
    if (user.lastInteractionDate !== undefined) contact.lastInteraction = instantOrThrow(user.lastInteractionDate, { timeZone })
    contacts.set(ids[0] as string, contact)
  }
  return { contacts, unmatched, ambiguous }
}
