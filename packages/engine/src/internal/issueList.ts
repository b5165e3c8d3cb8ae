/**
 * Error messages that list every issue, one per line, in Vietnamese or
 * English: what a clerk reads when a policy or the options are rejected.
 */
import type { DataIssue, Locale } from "@lantoa/core"

const MAX_LISTED = 50

export const listIssues = (
  headline: { readonly vi: string; readonly en: string },
  issues: ReadonlyArray<DataIssue>,
  locale: Locale
): string => {
  const shown = issues.slice(0, MAX_LISTED).map((issue) => `- ${locale === "en" ? issue.messageEn : issue.message}`)
  const more = issues.length - shown.length
  if (more > 0) shown.push(locale === "en" ? `- … and ${more} more.` : `- … và ${more} lỗi khác.`)
  return [locale === "en" ? headline.en : headline.vi, ...shown].join("\n")
}

export const errorCount = (issues: ReadonlyArray<DataIssue>): number =>
  issues.filter((issue) => issue.severity === "error").length
