/**
 * Phone numbers in logs. Staff phone numbers are personal data (Luật Bảo vệ
 * dữ liệu cá nhân 91/2025/QH15, from 01/01/2026): the adapter's logs show a
 * number only masked, in the `84…` form Zalo uses, and every line it writes
 * passes through {@link redactPhones} as a second guard.
 *
 * @since 0.1.0
 * @module
 */
import { toInternationalPhone } from "@lantoa/core"

const VISIBLE_END = 3

/**
 * A phone number as logs show it: `84`, then `*` for every digit but the
 * last three. Anything that is not a Vietnamese number becomes
 * `**********`, so the input is never echoed.
 *
 * @example
 * ```ts
 * maskZaloPhone("0912345678")  //=> "84******678"
 * maskZaloPhone("84912345678") //=> "84******678"
 * maskZaloPhone("cô Hoa")      //=> "**********"
 * ```
 * @since 0.1.0
 * @category privacy
 */
export const maskZaloPhone = (phone: string): string => {
  const international = toInternationalPhone(phone)
  if (international === undefined) return "**********"
  return `84${"*".repeat(international.length - 2 - VISIBLE_END)}${international.slice(-VISIBLE_END)}`
}

// A Vietnamese mobile or landline in the spellings a log could pick up:
// 0…, 84…, +84…, with optional spaces or dots between groups. Digits on
// either side (an 18-digit Zalo id) mean it is not a phone number.
const PHONE_LIKE = /(?<![\d])(?:\+?84|0)[\s.]?(?:[35789]\d|2\d{2})(?:[\s.]?\d){7}(?![\d])/g

/**
 * Masks every phone number in a text (see {@link maskZaloPhone}), leaving
 * longer digit runs — Zalo's 18–19-digit ids — alone.
 *
 * @example
 * ```ts
 * redactPhones("gửi tới 84912345678 (user 2468458835296197922)") //=> "gửi tới 84******678 (user 2468458835296197922)"
 * redactPhones("SĐT 0912 345 678")                               //=> "SĐT 84******678"
 * ```
 * @since 0.1.0
 * @category privacy
 */
export const redactPhones = (text: string): string => text.replace(PHONE_LIKE, (match) => maskZaloPhone(match))
