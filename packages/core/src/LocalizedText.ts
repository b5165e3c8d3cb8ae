/**
 * The small schemas every rule of a policy is made of, whatever section it
 * belongs to: its text in Vietnamese (and English) and the line of the plan
 * it comes from. Defined once here so quotas, channel requirements and the
 * policy header read them alike.
 *
 * @since 0.1.0
 * @module
 */
import { z } from "zod"

const nonEmpty = z.string().trim().min(1)

/**
 * Text in Vietnamese (required) and English (optional). Unknown keys are
 * refused, so a typo such as `"vn"` is reported rather than lost.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ vi: "Phòng GD&ĐT đăng tải ít nhất 03 tin, bài mỗi tuần" })
 * //=> { vi: "Phòng GD&ĐT đăng tải ít nhất 03 tin, bài mỗi tuần" }
 * LocalizedTextSchema.safeParse({ vn: "…" }).success //=> false
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const LocalizedTextSchema = z.strictObject({ vi: nonEmpty, en: nonEmpty.optional() })

/**
 * Text in Vietnamese and, optionally, English.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { vi: "Lập nhóm Zalo", en: "Set up a Zalo group" }
 * ```
 * @since 0.1.0
 * @category models
 */
export type LocalizedText = z.output<typeof LocalizedTextSchema>

/**
 * Where a rule comes from: the document, its section and its wording,
 * quoted exactly.
 *
 * @example
 * ```ts
 * RuleSourceSchema.parse({ section: "V.4.1", text: "Mỗi Phòng GD&ĐT đăng tải ít nhất 03 tin, bài/tuần." }).section
 * //=> "V.4.1"
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const RuleSourceSchema = z.strictObject({
  document: nonEmpty.optional(),
  section: nonEmpty,
  text: nonEmpty,
})

/**
 * The source of a rule in a plan.
 *
 * @example
 * ```ts
 * const source: RuleSource = { section: "V.2.3", text: "Thời gian hoàn thành: 05/11/2024." }
 * ```
 * @since 0.1.0
 * @category models
 */
export type RuleSource = z.output<typeof RuleSourceSchema>
