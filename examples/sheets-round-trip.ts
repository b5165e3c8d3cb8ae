/**
 * The spreadsheets of an office, end to end: the sample province written
 * as the workbooks a Sở keeps — the roster (Đơn vị, Cán bộ, Kênh truyền
 * thông) and a Google Forms–style sheet where staff reported the posts
 * they shared in November 2024 — then read back as a clerk's files would
 * be, evaluated for the month against the plan (hoaBinh2024), and the
 * report written as a workbook and as CSV files.
 *
 * The pages' own posts and the likes come from Facebook, not from a
 * sheet; here they are the sample's. Files go to ./out/sheets-round-trip (gitignored), or
 * the folder given.
 *
 *   npx tsx --conditions=@lantoa/source examples/sheets-round-trip.ts [folder]
 */
import assert from "node:assert/strict"
import { join } from "node:path"
import { readActivities, readRoster, writeActivitySheet, writeReport, writeRoster } from "@lantoa/adapter-sheets"
import { createEngine } from "@lantoa/engine"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince } from "@lantoa/sample-province"

const folder = process.argv[2] ?? join("out", "sheets-round-trip")
const MONTH = "2024-11"
const NOW = "2024-12-02T08:00:00+07:00" // Monday after November: every week of the month is over

// November's weeks run from Monday 28/10 to Sunday 01/12 (tuần 44 – 48).
const province = generateProvince({ activities: { from: "2024-10-28", to: "2024-12-01" } })
// Staff report what they posted and shared; the pages' posts and the likes come from Facebook.
const selfReported = (activity: (typeof province.activities)[number]): boolean =>
  activity.person !== undefined && (activity.kind === "share" || activity.kind === "post")
const shares = province.activities.filter(selfReported)
const fromFacebook = province.activities.filter((activity) => !selfReported(activity))

// ── 1. The office's files ──────────────────────────────────────────────────────────────────────
const [rosterFile] = await writeRoster(province, join(folder, "danh-sach.xlsx"))
const [formFile] = await writeActivitySheet(shares, province, join(folder, "chia-se-thang-11.csv"))
console.log(`Đã ghi danh sách: ${rosterFile} (${province.units.length} đơn vị, ${province.people.length} cán bộ, ${province.channels.length} kênh)`)
console.log(`Đã ghi bảng tự báo cáo: ${formFile} (${shares.length} dòng)`)

// ── 2. Read back as a clerk's files ────────────────────────────────────────────────────────────
const roster = await readRoster(rosterFile as string)
assert.equal(roster.issues.length, 0)
assert.deepEqual(roster.dataset.people, province.people) // a round trip loses no record
const form = await readActivities(formFile as string, roster.dataset)
const duplicates = form.issues.filter((issue) => issue.code === "duplicate-link").length
assert.equal(form.issues.length, duplicates) // every row matched; only repeated links left out
console.log(`Đọc lại: ${roster.dataset.people.length} cán bộ; ${form.activities.length} lượt chia sẻ, đăng bài (${duplicates} dòng trùng đường dẫn chỉ tính một lần)`)

// ── 3. Evaluate the month ──────────────────────────────────────────────────────────────────────
const dataset = { ...roster.dataset, activities: [...fromFacebook, ...form.activities] }
const report = createEngine(hoaBinh2024).evaluate(dataset, { period: MONTH, now: NOW })
const partyMonthly = report.totals.find((total) => total.rule === "party-member-monthly" && total.period === MONTH)
assert.ok(partyMonthly !== undefined && partyMonthly.met > 0)
console.log(`Đảng viên đạt định mức tháng 11/2024: ${partyMonthly.met}/${partyMonthly.subjects}`)

// ── 4. The report, as a workbook and as CSV files ─────────────────────────────────────────────
const options = { units: roster.dataset.units, channels: roster.dataset.channels }
const [workbook] = await writeReport(report, join(folder, "bao-cao-thang-11.xlsx"), options)
const csvFiles = await writeReport(report, join(folder, "csv", "bao-cao-thang-11.csv"), options)
console.log(`Đã ghi báo cáo: ${workbook}`)
console.log(`và ${csvFiles.length} tệp CSV (UTF-8 có BOM) trong ${join(folder, "csv")}`)
