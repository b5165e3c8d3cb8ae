/**
 * The presets lantoa ships, by id, so that a CLI or an HTTP caller can name
 * one (`--policy hoa-binh-2024`) instead of sending a whole document.
 *
 * @since 0.1.0
 * @module
 */
import { hoaBinh2024 } from "./HoaBinh2024.js"
import type { Policy } from "./Policy.js"
import { twoTier2025 } from "./TwoTier2025.js"

/**
 * Every preset, in order of publication: `hoa-binh-2024`, `two-tier-2025`.
 *
 * @example
 * ```ts
 * PRESETS.map((policy) => policy.id) //=> ["hoa-binh-2024", "two-tier-2025"]
 * ```
 * @since 0.1.0
 * @category presets
 */
export const PRESETS: ReadonlyArray<Policy> = Object.freeze([hoaBinh2024, twoTier2025])

/**
 * The preset with an id, or undefined.
 *
 * @example
 * ```ts
 * presetById("hoa-binh-2024")?.version //=> "1.0.0"
 * presetById("ha-noi-2030")            //=> undefined
 * ```
 * @since 0.1.0
 * @category presets
 */
export const presetById = (id: string): Policy | undefined => PRESETS.find((policy) => policy.id === id)
