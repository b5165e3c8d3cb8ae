/**
 * Spreadsheets through @lantoa/adapter-sheets, against exceljs's plain
 * (non-streaming) workbook as the anchor measured in the same run:
 *
 * - import: `readRoster` of a 20,000-person roster (.xlsx written by
 *   `writeRoster`: units, people, channels), best of 3 — goal under 2 s —
 *   against `new ExcelJS.Workbook().xlsx.readFile` of the same file, which
 *   only loads the cells (`importRatio` = importMs / anchorReadMs); and the
 *   same roster from three CSV files (`csvImportMs`);
 * - export: `writeReport` of a province-year report (the sample province,
 *   school year 2024–2025 evaluated by the engine: the matrix of units ×
 *   weeks, roll-ups per Phòng and the Sở, results, who to remind) to .xlsx,
 *   best of 3 — goal under 3 s — against writing the matrix and the roll-ups,
 *   values only, with exceljs's plain `workbook.xlsx.writeFile` (`exportRatio`).
 *
 *   npx tsx --conditions=@lantoa/source bench/sheets.ts
 */
import ExcelJS from "exceljs"
import { mkdtemp, rm } from "node:fs/promises"
import { cpus, tmpdir } from "node:os"
import { join } from "node:path"
import { readRoster, writeReport, writeRoster } from "@lantoa/adapter-sheets"
import { createEngine } from "@lantoa/engine"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince } from "@lantoa/sample-province"

const ROSTER_PEOPLE = 20_000
const IMPORT_GOAL_MS = 2000
const EXPORT_GOAL_MS = 3000

const bestOf = async <A>(rounds: number, run: () => Promise<A>): Promise<{ ms: number; value: A }> => {
  let ms = Number.POSITIVE_INFINITY
  let value: A | undefined
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    value = await run()
    ms = Math.min(ms, performance.now() - started)
  }
  return { ms, value: value as A }
}

const dir = await mkdtemp(join(tmpdir(), "lantoa-bench-sheets-"))
try {
  // Import: a 20,000-person roster.
  const roster = generateProvince({ staff: ROSTER_PEOPLE, activities: false })
  const [rosterFile] = await writeRoster(roster, join(dir, "danh-sach.xlsx"))
  const csvFiles = await writeRoster(roster, join(dir, "danh-sach.csv"))
  const imported = await bestOf(3, () => readRoster(rosterFile as string))
  if (imported.value.dataset.people.length !== ROSTER_PEOPLE || imported.value.issues.length > 0) {
    throw new Error(`the roster came back with ${imported.value.dataset.people.length} people and ${imported.value.issues.length} issues`)
  }
  const csvImported = await bestOf(3, () => readRoster(csvFiles))
  if (csvImported.value.dataset.people.length !== ROSTER_PEOPLE) throw new Error("the CSV roster lost people")
  const anchorRead = await bestOf(3, async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(rosterFile as string)
    return workbook.worksheets.reduce((rows, sheet) => rows + sheet.rowCount, 0)
  })

  // Export: a province-year report.
  const year = generateProvince({ activities: { from: "2024-09-05", to: "2025-09-04", engagement: 0.2 } })
  const report = createEngine(hoaBinh2024).evaluate(year, { period: "2024-2025", now: "2025-10-01T00:00:00+07:00" })
  const unitQuotas = report.quotas.filter((quota) => "unit" in quota.subject)
  const weeks = new Set(unitQuotas.map((quota) => quota.period)).size
  // The roll-ups writeReport exports: those of units others report to (the Sở, the Phòng).
  const managing = new Set(year.units.flatMap((unit) => (typeof unit.parent === "string" ? [unit.parent] : [])))
  const exported = await bestOf(3, () => writeReport(report, join(dir, "bao-cao-nam-hoc.xlsx"), { units: year.units, channels: year.channels }))
  const anchorWrite = await bestOf(3, async () => {
    const workbook = new ExcelJS.Workbook()
    const matrix = workbook.addWorksheet("Ma trận")
    const rows = new Map<string, Array<string>>()
    for (const quota of unitQuotas) {
      const unit = (quota.subject as { unit: string }).unit
      const row = rows.get(`${unit} ${quota.rule}`) ?? [unit, quota.rule]
      row.push(`${quota.counted}/${quota.required}`)
      rows.set(`${unit} ${quota.rule}`, row)
    }
    for (const row of rows.values()) matrix.addRow(row)
    const rollups = workbook.addWorksheet("Theo đơn vị")
    for (const rollup of report.rollups.filter((entry) => managing.has(entry.unit))) rollups.addRow([rollup.unit, rollup.rule, rollup.period, rollup.subjects, rollup.met, rollup.short, rollup.rate])
    await workbook.xlsx.writeFile(join(dir, "anchor.xlsx"))
  })

  console.log(
    JSON.stringify({
      bench: "sheets",
      cpus: cpus().length,
      node: process.version,
      rosterPeople: ROSTER_PEOPLE,
      rosterUnits: roster.units.length,
      importMs: Math.round(imported.ms),
      csvImportMs: Math.round(csvImported.ms),
      anchorReadMs: Math.round(anchorRead.ms),
      importRatio: Number((imported.ms / anchorRead.ms).toFixed(3)),
      importGoalMet: imported.ms < IMPORT_GOAL_MS,
      matrixRows: new Set(unitQuotas.map((quota) => `${JSON.stringify(quota.subject)} ${quota.rule}`)).size,
      matrixPeriods: weeks,
      rollupRows: report.rollups.filter((rollup) => managing.has(rollup.unit)).length,
      exportMs: Math.round(exported.ms),
      anchorWriteMs: Math.round(anchorWrite.ms),
      exportRatio: Number((exported.ms / anchorWrite.ms).toFixed(3)),
      exportGoalMet: exported.ms < EXPORT_GOAL_MS,
    }),
  )
  if (imported.ms >= IMPORT_GOAL_MS || exported.ms >= EXPORT_GOAL_MS) process.exitCode = 1
} finally {
  await rm(dir, { recursive: true, force: true })
}
