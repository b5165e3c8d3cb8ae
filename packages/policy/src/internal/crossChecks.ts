/**
 * Checks that span more than one field of a policy document: unique rule ids
 * in each section and a coherent school-year table. They read the raw
 * document defensively, so that they run (and report) even when other parts
 * of the document are invalid.
 *
 * @internal
 */
import { HOLIDAY_KINDS } from "@lantoa/calendar"
import { schoolYearFrame, type SchoolYearEntry } from "@lantoa/core"
import { POLICY_SECTIONS, POLICY_SECTION_NAMES } from "../PolicySections.js"
import { schoolYearEntry } from "./schemas.js"

/** A problem found by a cross-field check, before it becomes a zod issue or a `DataIssue`. */
export interface CrossIssue {
  readonly path: ReadonlyArray<string | number>
  readonly code: string
  readonly vi: string
  readonly en: string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

const duplicateIds = (value: Record<string, unknown>): Array<CrossIssue> => {
  const issues: Array<CrossIssue> = []
  for (const section of POLICY_SECTION_NAMES) {
    const list = value[section]
    if (!Array.isArray(list)) continue
    const label = POLICY_SECTIONS[section].label
    const first = new Map<string, number>()
    list.forEach((rule: unknown, index) => {
      const id = isRecord(rule) ? rule.id : undefined
      if (typeof id !== "string") return
      const seen = first.get(id)
      if (seen === undefined) {
        first.set(id, index)
        return
      }
      issues.push({
        path: [section, index, "id"],
        code: "duplicate-id",
        vi: `mã ${label.vi} "${id}" đã dùng ở ${section}[${seen}]; mỗi mã chỉ được dùng một lần.`,
        en: `${label.en} id "${id}" is already used at ${section}[${seen}]; each id may appear once.`,
      })
    })
  }
  return issues
}

const entryIssues = (entry: SchoolYearEntry, index: number, startYears: Map<string, number>): Array<CrossIssue> => {
  const issues: Array<CrossIssue> = []
  const at = (field: string) => ["schoolYears", index, field]
  const seen = startYears.get(entry.id)
  if (seen !== undefined) {
    issues.push({
      path: at("id"),
      code: "duplicate-id",
      vi: `năm học "${entry.id}" đã có ở schoolYears[${seen}].`,
      en: `school year "${entry.id}" already appears at schoolYears[${seen}].`,
    })
  } else startYears.set(entry.id, index)
  const [first, second] = entry.id.split("-").map(Number)
  if (second !== (first ?? NaN) + 1) {
    issues.push({
      path: at("id"),
      code: "invalid-school-year",
      vi: `"${entry.id}" không phải một năm học (hai năm liên tiếp, ví dụ 2024-2025).`,
      en: `"${entry.id}" is not a school year (two consecutive years, e.g. 2024-2025).`,
    })
    return issues
  }
  if (!entry.start.startsWith(`${first}-`)) {
    issues.push({
      path: at("start"),
      code: "invalid-school-year",
      vi: `ngày khai giảng ${entry.start} không thuộc năm ${first} của năm học ${entry.id}.`,
      en: `the opening day ${entry.start} is not in ${first}, the first year of ${entry.id}.`,
    })
  }
  if (entry.semester2Start <= entry.start) {
    issues.push({
      path: at("semester2Start"),
      code: "invalid-school-year",
      vi: `học kỳ II (${entry.semester2Start}) phải bắt đầu sau ngày khai giảng (${entry.start}).`,
      en: `semester II (${entry.semester2Start}) must start after the opening day (${entry.start}).`,
    })
  }
  if (entry.end <= entry.semester2Start) {
    issues.push({
      path: at("end"),
      code: "invalid-school-year",
      vi: `ngày kết thúc năm học (${entry.end}) phải sau ngày bắt đầu học kỳ II (${entry.semester2Start}).`,
      en: `the end of the year (${entry.end}) must come after semester II starts (${entry.semester2Start}).`,
    })
  }
  const end1 = entry.semester1End
  if (end1 !== undefined && (end1 <= entry.start || end1 > entry.semester2Start)) {
    issues.push({
      path: at("semester1End"),
      code: "invalid-school-year",
      vi: `ngày kết thúc học kỳ I (${end1}) phải sau ngày khai giảng và không sau ngày bắt đầu học kỳ II.`,
      en: `the end of semester I (${end1}) must come after the opening day and not after semester II starts.`,
    })
  }
  return issues
}

const schoolYearIssues = (value: Record<string, unknown>): Array<CrossIssue> => {
  const list = value.schoolYears
  if (!Array.isArray(list)) return []
  const entries: Array<SchoolYearEntry> = []
  for (const raw of list) {
    const parsed = schoolYearEntry.safeParse(raw)
    // A malformed entry is reported by the schema; the table is judged once all are well-formed.
    if (!parsed.success) return []
    const { semester1End, source, estimated, ...required } = parsed.data
    entries.push({
      ...required,
      ...(semester1End === undefined ? {} : { semester1End }),
      ...(source === undefined ? {} : { source }),
      ...(estimated === undefined ? {} : { estimated }),
    })
  }
  const startYears = new Map<string, number>()
  const issues = entries.flatMap((entry, index) => entryIssues(entry, index, startYears))
  if (issues.length > 0 || entries.length === 0) return issues
  // What is left is how neighbouring years fit together: core knows the rules.
  try {
    schoolYearFrame((entries[0] as SchoolYearEntry).id, { schoolYears: entries })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    issues.push({
      path: ["schoolYears"],
      code: "invalid-school-year",
      vi: `các năm học chồng lên nhau hoặc không nối tiếp nhau (${detail}).`,
      en: `the school years overlap or do not follow one another (${detail}).`,
    })
  }
  return issues
}

/** Quota exemptions that name a holiday must name one the calendar knows. */
const holidayIssues = (value: Record<string, unknown>): Array<CrossIssue> => {
  const quotas = value.quotas
  if (!Array.isArray(quotas)) return []
  const kinds = HOLIDAY_KINDS.map((kind) => `"${kind}"`).join(", ")
  return quotas.flatMap((rule: unknown, index) => {
    const exemptions = isRecord(rule) ? rule.exemptions : undefined
    if (!Array.isArray(exemptions)) return []
    return exemptions.flatMap((exemption: unknown, at): Array<CrossIssue> => {
      const holiday = isRecord(exemption) ? exemption.holiday : undefined
      if (typeof holiday !== "string" || (HOLIDAY_KINDS as ReadonlyArray<string>).includes(holiday)) return []
      return [
        {
          path: ["quotas", index, "exemptions", at, "holiday"],
          code: "unknown-holiday",
          vi: `không có ngày lễ "${holiday}"; chỉ nhận: ${kinds}.`,
          en: `there is no holiday "${holiday}"; expected one of: ${kinds}.`,
        },
      ]
    })
  })
}

/** The moderation section's references: lexicon categories and category deadlines exist; ids are unique. */
const moderationIssues = (value: Record<string, unknown>): Array<CrossIssue> => {
  const section = value.moderation
  if (!isRecord(section)) return []
  const issues: Array<CrossIssue> = []
  const idsOf = (list: string): Map<string, number> => {
    const ids = new Map<string, number>()
    const items = section[list]
    if (!Array.isArray(items)) return ids
    items.forEach((item: unknown, index) => {
      const id = isRecord(item) ? item.id : undefined
      if (typeof id !== "string") return
      const seen = ids.get(id)
      if (seen === undefined) ids.set(id, index)
      else
        issues.push({
          path: ["moderation", list, index, "id"],
          code: "duplicate-id",
          vi: `mã "${id}" đã dùng ở moderation.${list}[${seen}]; mỗi mã chỉ được dùng một lần.`,
          en: `id "${id}" is already used at moderation.${list}[${seen}]; each id may appear once.`,
        })
    })
    return ids
  }
  const categories = idsOf("categories")
  const slas = idsOf("slas")
  idsOf("topics")
  const known = [...categories.keys()].map((id) => `"${id}"`).join(", ")
  const lexicon = section.lexicon
  if (Array.isArray(lexicon)) {
    lexicon.forEach((entry: unknown, index) => {
      const category = isRecord(entry) ? entry.category : undefined
      if (typeof category !== "string" || categories.has(category)) return
      issues.push({
        path: ["moderation", "lexicon", index, "category"],
        code: "unknown-category",
        vi: `không có nhóm nội dung "${category}" trong moderation.categories; chỉ có: ${known || "(chưa có nhóm nào)"}.`,
        en: `there is no category "${category}" in moderation.categories; known: ${known || "(none)"}.`,
      })
    })
  }
  const list = section.categories
  if (Array.isArray(list)) {
    list.forEach((category: unknown, index) => {
      const refs = isRecord(category) ? category.slas : undefined
      if (!Array.isArray(refs)) return
      refs.forEach((ref: unknown, at) => {
        if (typeof ref !== "string" || slas.has(ref)) return
        issues.push({
          path: ["moderation", "categories", index, "slas", at],
          code: "unknown-sla",
          vi: `không có thời hạn xử lý "${ref}" trong moderation.slas.`,
          en: `there is no deadline "${ref}" in moderation.slas.`,
        })
      })
    })
  }
  // In document order: categories, lexicon, slas, topics.
  const key = (issue: CrossIssue): string => issue.path.map((part) => (typeof part === "number" ? String(part).padStart(6, "0") : part)).join(".")
  return issues.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** Every cross-field problem of a (possibly malformed) policy document. */
export const crossChecks = (value: unknown): ReadonlyArray<CrossIssue> =>
  isRecord(value) ? [...duplicateIds(value), ...schoolYearIssues(value), ...holidayIssues(value), ...moderationIssues(value)] : []
