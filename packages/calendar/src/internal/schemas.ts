/**
 * Small zod helpers shared by this package's schemas.
 *
 * @internal
 */
import { z } from "zod"

const quote = (values: ReadonlyArray<string>): string => values.map((value) => JSON.stringify(value)).join(", ")

/**
 * Checks the `type` of a tagged object before a discriminated union sees
 * it, so that a wrong or missing tag reads as a clerk can fix it ("giá trị
 * không hợp lệ; chỉ nhận: …") instead of zod's generic union failure.
 */
export const checkTag = (value: unknown, types: ReadonlyArray<string>, ctx: z.RefinementCtx): unknown => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value
  const tag = (value as { type?: unknown }).type
  if (tag === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["type"],
      message: `a required field is missing; expected one of: ${quote(types)}.`,
      params: { vi: `thiếu trường bắt buộc; chỉ nhận: ${quote(types)}.`, code: "missing-field" },
    })
    return z.NEVER
  }
  if (typeof tag !== "string" || !types.includes(tag)) {
    ctx.addIssue({
      code: "custom",
      path: ["type"],
      message: `invalid value; expected one of: ${quote(types)}.`,
      params: { vi: `giá trị không hợp lệ; chỉ nhận: ${quote(types)}.`, code: "invalid-value" },
    })
    return z.NEVER
  }
  return value
}

/** A non-empty string, trimmed. */
export const nonEmpty = z.string().trim().min(1)

/** A calendar month `YYYY-MM`. */
export const MonthSchema = z.string().refine((text) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text), {
  message: "expected a month YYYY-MM.",
  params: { vi: "cần một tháng dạng YYYY-MM, ví dụ 2024-12.", code: "invalid-month" },
})

/** A school-year id `2024-2025`. */
export const SchoolYearIdSchema = z.string().refine(
  (text) => {
    const match = /^(\d{4})-(\d{4})$/.exec(text)
    return match !== null && Number(match[2]) === Number(match[1]) + 1
  },
  { message: "expected a school year such as 2024-2025.", params: { vi: "cần một năm học dạng 2024-2025.", code: "invalid-school-year" } },
)
