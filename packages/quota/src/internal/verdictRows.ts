/**
 * A tally read as a sequence of verdicts with the fields roll-ups and peer
 * comparisons need — without building a result object per verdict. One
 * row object is reused: read its fields before asking for the next.
 */
import { localDateOfEpochDay } from "@lantoa/core"
import type { QuotaResult, QuotaStatus } from "../QuotaResult.js"
import type { RuleCells } from "./tally.js"

/** The fields of a result that roll-ups and peers read. */
export type VerdictLike = Pick<QuotaResult, "rule" | "period" | "unit" | "attributedOn" | "status" | "counted" | "required">

const STATUSES: ReadonlyArray<QuotaStatus> = ["met", "met", "short", "open", "exempt"]

export function* verdictRows(cells: ReadonlyArray<RuleCells>): Generator<VerdictLike> {
  const row = { rule: "", period: "", unit: "", attributedOn: "", status: "met" as QuotaStatus, counted: 0, required: 0 }
  for (const { rr, status, counted, required } of cells) {
    const { r } = rr
    const subjects = r.subjectCount
    row.rule = r.rule.id
    for (let p = 0; p < r.periodCount; p++) {
      row.period = rr.periodIds[p] as string
      const last = rr.lastDay[p] as number
      for (let s = 0; s < subjects; s++) {
        const cell = p * subjects + s
        const code = status[cell] as number
        if (code === 0) continue
        const to = r.subjectTo[s] as number
        row.unit = r.subjectUnits[s] as string
        row.attributedOn = to >= last ? (rr.lastDates[p] as string) : localDateOfEpochDay(to)
        row.status = STATUSES[code] as QuotaStatus
        row.counted = counted[cell] as number
        row.required = required[cell] as number
        yield row
      }
    }
  }
}
