/**
 * Validation of a policy document with readable errors: every problem, each
 * with its path (`quotas[2].minimum`), in Vietnamese and in English.
 *
 * @since 0.1.0
 * @module
 */
import { dataIssue, hasErrors, issuesFromZod, joinPath, sortIssues, type DataIssue } from "@lantoa/core"
import { unknownFields } from "./internal/unknownFields.js"
import { POLICY_HEADER_FIELDS, PolicySchema, type Policy } from "./Policy.js"
import { POLICY_SECTION_NAMES } from "./PolicySections.js"

/**
 * The result of {@link validatePolicy}: the policy with its defaults applied
 * when there is no error, and every problem found.
 *
 * @example
 * ```ts
 * const { policy, issues }: ValidatePolicyResult = validatePolicy(json)
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ValidatePolicyResult {
  /** The valid policy (text in NFC, defaults applied); undefined when any issue is an error. */
  readonly policy: Policy | undefined
  /** Errors, and warnings that do not block (text not in NFC), in document order. */
  readonly issues: ReadonlyArray<DataIssue>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

const quote = (keys: ReadonlyArray<string>): string => keys.map((key) => JSON.stringify(key)).join(", ")

const unknownFieldIssues = (input: unknown): ReadonlyArray<DataIssue> =>
  unknownFields(PolicySchema, input).map(({ path, keys }) =>
    dataIssue("error", "unrecognized-keys", joinPath("", path), {
      vi: `có trường không được phép: ${quote(keys)}.`,
      en: `unrecognised fields: ${quote(keys)}.`,
    }),
  )

/** Warnings for text not in NFC, wherever it is in the document. */
const nfcIssues = (value: unknown, path: Array<string | number>, issues: Array<DataIssue>): void => {
  if (typeof value === "string") {
    if (value !== value.normalize("NFC")) {
      issues.push(
        dataIssue("warning", "not-nfc", joinPath("", path), {
          vi: "văn bản chưa ở dạng Unicode NFC (dấu viết tách rời); đã chuẩn hóa về NFC.",
          en: "text is not in Unicode NFC (decomposed diacritics); it was normalised to NFC.",
        }),
      )
    }
  } else if (Array.isArray(value)) value.forEach((item: unknown, index) => nfcIssues(item, [...path, index], issues))
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) nfcIssues(item, [...path, key], issues)
}

const toNfc = <A>(value: A): A => {
  if (typeof value === "string") return value.normalize("NFC") as A
  if (Array.isArray(value)) return value.map(toNfc) as A
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNfc(item)])) as A
  return value
}

// Core words a failed pattern as "sai định dạng"; for the fields a policy
// author writes by hand, say which format.
const FORMAT_HINTS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  id: {
    vi: "sai định dạng: mã viết thường, không dấu, nối bằng dấu gạch ngang, ví dụ unit-weekly-posts.",
    en: "invalid format: an id is lower-case kebab-case, e.g. unit-weekly-posts.",
  },
  version: {
    vi: "sai định dạng: phiên bản theo dạng major.minor.patch, ví dụ 1.0.0.",
    en: "invalid format: a version is major.minor.patch, e.g. 1.0.0.",
  },
}

const withHint = (issue: DataIssue): DataIssue => {
  if (issue.code !== "invalid-format") return issue
  const field = issue.path.slice(issue.path.lastIndexOf(".") + 1)
  const hint = FORMAT_HINTS[field]
  return hint === undefined ? issue : dataIssue(issue.severity, issue.code, issue.path, hint, issue.record)
}

// `quotas[2].minimum` → the id of quotas[2], so that a clerk can find the rule by name.
const SECTION_PATH = /^([A-Za-z]+)\[(\d+)\]/

const withRecord = (issue: DataIssue, input: unknown): DataIssue => {
  const match = SECTION_PATH.exec(issue.path)
  if (match === null || !isRecord(input)) return issue
  const list = input[match[1] as string]
  const rule: unknown = Array.isArray(list) ? list[Number(match[2])] : undefined
  const id = isRecord(rule) ? rule.id : undefined
  return typeof id === "string" && id !== "" && issue.record === undefined ? { ...issue, record: id } : issue
}

/**
 * Validates a policy document and lists every problem — never only the
 * first: schema errors of each field of each rule, unknown fields (errors),
 * duplicate rule ids in a section, an unknown time zone, an incoherent
 * school-year table, and text not in NFC (a warning; the text is
 * normalised). Each issue has its path, a Vietnamese `message`, an English
 * `messageEn` and, inside a rule, the rule's id as `record`. Never throws.
 *
 * @example
 * ```ts
 * const { policy, issues } = validatePolicy({
 *   id: "my-province-2025", version: "1.0", name: { vi: "Kế hoạch 2025" },
 *   quotas: [{ ...hoaBinh2024.quotas[0], minimum: 0, minimun: 1 }],
 * })
 * policy //=> undefined
 * issues.map((issue) => issue.path) //=> ["version", "quotas[0].minimum", "quotas[0]"]
 * issues[0].message //=> "version: sai định dạng: phiên bản theo dạng major.minor.patch, ví dụ 1.0.0."
 * issues[1].message //=> "quotas[0].minimum: quá nhỏ: tối thiểu 1."
 * issues[2].message //=> 'quotas[0]: có trường không được phép: "minimun".'
 * issues[2].record  //=> "unit-weekly-posts"
 * ```
 * @since 0.1.0
 * @category validation
 */
export const validatePolicy = (input: unknown): ValidatePolicyResult => {
  const parsed = PolicySchema.safeParse(input)
  const found: Array<DataIssue> = []
  if (!parsed.success) found.push(...issuesFromZod(parsed.error, "", input))
  found.push(...unknownFieldIssues(input))
  nfcIssues(input, [], found)
  const issues = sortIssues(
    found.map((issue) => withRecord(withHint(issue), input)),
    [...POLICY_HEADER_FIELDS, ...POLICY_SECTION_NAMES],
  )
  const valid = parsed.success && !hasErrors(issues)
  return { policy: valid ? toNfc(parsed.data) : undefined, issues }
}
