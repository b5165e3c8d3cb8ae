/**
 * One sentence per deadline status that a clerk can read aloud: the task,
 * its due day, and what was done or is still missing.
 *
 * @since 0.1.0
 * @module
 */
import { formatShortDate, type Locale } from "@lantoa/core"
import type { DeadlineStatus } from "./DeadlineStatus.js"

/**
 * Options for {@link explainDeadline}: the language, and the policy to cite.
 *
 * @example
 * ```ts
 * const options: ExplainDeadlineOptions = { locale: "vi", policy: { id: "hoa-binh-2024", version: "1.0.0" } }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface ExplainDeadlineOptions {
  readonly locale?: Locale
  readonly policy?: { readonly id: string; readonly version: string }
}

const clock = (iso: string): { readonly date: string; readonly time: string } => ({
  date: formatShortDate(iso.slice(0, 10)),
  time: iso.slice(11, 16),
})

/**
 * Explains a deadline status in Vietnamese (default) or English: the task
 * (id and title), the policy, the due day, and when it was done or how many
 * days are left or overdue.
 *
 * @example
 * ```ts
 * explainDeadline(status) // a setup-groups status done on 04/11/2024
 * //=> "Nhiệm vụ setup-groups (Lập nhóm Zalo, nhóm Messenger về công tác truyền thông; triển khai eNetViet): hạn chót ngày 05/11/2024; đã hoàn thành lúc 10:00 ngày 04/11/2024, đúng hạn."
 * ```
 * @since 0.1.0
 * @category deadlines
 */
export const explainDeadline = (status: DeadlineStatus, options: ExplainDeadlineOptions = {}): string => {
  const en = options.locale === "en"
  const title = en ? (status.title.en ?? status.title.vi) : status.title.vi
  const policy =
    options.policy === undefined
      ? ""
      : en
        ? `; policy ${options.policy.id} version ${options.policy.version}`
        : `; chính sách ${options.policy.id} phiên bản ${options.policy.version}`
  const head = en ? `Task ${status.task} (${title}${policy}): due ${status.date}` : `Nhiệm vụ ${status.task} (${title}${policy}): hạn chót ngày ${formatShortDate(status.date)}`
  const done = status.completedAt === undefined ? undefined : clock(status.completedAt)
  const days = Math.abs(status.daysLeft)
  switch (status.status) {
    case "done-on-time":
      return en
        ? `${head}; done on ${status.completedAt?.slice(0, 10)} at ${done?.time}, on time.`
        : `${head}; đã hoàn thành lúc ${done?.time} ngày ${done?.date}, đúng hạn.`
    case "done-late":
      return en
        ? `${head}; done late, on ${status.completedAt?.slice(0, 10)} at ${done?.time}.`
        : `${head}; hoàn thành muộn, lúc ${done?.time} ngày ${done?.date}.`
    case "overdue":
      return en ? `${head}; not done, ${days} day${days === 1 ? "" : "s"} overdue.` : `${head}; chưa hoàn thành, đã quá hạn ${days} ngày.`
    case "due-soon":
      return status.daysLeft === 0
        ? en
          ? `${head}; not done yet, due today.`
          : `${head}; chưa hoàn thành, hạn chót là hôm nay.`
        : en
          ? `${head}; not done yet, ${days} day${days === 1 ? "" : "s"} left.`
          : `${head}; chưa hoàn thành, còn ${days} ngày.`
    case "upcoming":
      return en ? `${head}; not yet due (${days} days left).` : `${head}; chưa đến hạn (còn ${days} ngày).`
  }
}
