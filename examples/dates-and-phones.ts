/**
 * Periods, deadlines, official dates, names and phone numbers — the examples of
 * docs/periods-and-dates.md and docs/text-and-phones.md, run and checked.
 *
 *   npx tsx --conditions=@lantoa/source examples/dates-and-phones.ts
 */
import assert from "node:assert/strict"
import {
  createPeriodIndex,
  dueAt,
  formatInstant,
  formatOfficialDate,
  formatPeriod,
  formatShortDate,
  formatWeekday,
  maskPhone,
  nameKey,
  normalizePhone,
  normalizeText,
  parseDueDate,
  periodOf,
  periodsBetween,
  phoneKind,
  toInternationalPhone,
  foldDiacritics,
  parseInstant,
} from "@lantoa/core"

// Tuần: Chủ nhật 23:59:59 and Thứ Hai 00:00 are different weeks, in Vietnam's zone.
assert.equal(periodOf("2024-11-17T23:59:59+07:00", "week"), "2024-W46")
assert.equal(periodOf("2024-11-18T00:00:00+07:00", "week"), "2024-W47")
assert.equal(periodOf("2024-12-31T10:00:00+07:00", "week"), "2025-W01")
assert.deepEqual(periodsBetween("2024-11-01", "2024-12-01", "week"), ["2024-W44", "2024-W45", "2024-W46", "2024-W47", "2024-W48"])
assert.equal(periodOf("2025-07-15T10:00:00+07:00", "semester"), "2024-2025/HK2")
console.log("Tuần 46:", formatPeriod("2024-W46"))
console.log("Học kỳ:", formatPeriod(periodOf("2024-12-02T08:00:00+07:00", "semester")))

// Thời hạn: "trước ngày 16/11/2024" is due at the end of 15/11.
const report = parseDueDate("trước ngày 16/11/2024")
assert.deepEqual(report, { before: "2024-11-16" })
assert.equal(formatInstant(dueAt(report!)), "2024-11-15T23:59:59.999+07:00")
assert.equal(formatInstant(dueAt({ on: "2024-11-15" })), "2024-11-15T23:59:59.999+07:00")
assert.equal(formatInstant(dueAt({ month: "2024-12" })), "2024-12-31T23:59:59.999+07:00")
console.log("Hạn báo cáo:", formatOfficialDate(dueAt(report!), { place: "Hòa Bình", weekday: true }))

// Nghị định 30/2020.
assert.equal(formatOfficialDate("2024-02-05"), "ngày 05 tháng 02 năm 2024")
assert.equal(formatOfficialDate("2024-03-05"), "ngày 05 tháng 3 năm 2024")
assert.equal(formatOfficialDate("2024-11-15", { place: "Hòa Bình" }), "Hòa Bình, ngày 15 tháng 11 năm 2024")
assert.equal(formatWeekday("2024-11-17"), "Chủ nhật")
assert.equal(formatShortDate("2024-11-05T10:00:00+07:00"), "05/11/2024")

// A time without an offset is read in Vietnam's zone, and says so.
assert.deepEqual(parseInstant("2024-11-12 09:00"), { instant: Date.parse("2024-11-12T02:00:00Z"), hasOffset: false })

// One year of instants bucketed into weeks without a zone conversion each.
const weeks = createPeriodIndex({ kind: "week", from: "2024-09-05", to: "2025-09-05" })
const at = Date.parse("2024-11-12T02:00:00Z")
assert.equal(weeks.periods[weeks.indexOf(at)], "2024-W46")
console.log(`Chỉ mục tuần: ${weeks.periods.length} tuần, từ ${weeks.periods[0]} đến ${weeks.periods.at(-1)}`)

// Họ và tên.
assert.equal(normalizeText("  Nguyễn   Thị Hoa\u200b "), "Nguyễn Thị Hoa")
assert.equal(foldDiacritics("Đinh Thị Hòa"), "Dinh Thi Hoa")
assert.equal(nameKey("NGUYỄN THỊ  HOA"), nameKey("nguyen thi hoa"))
assert.equal(nameKey("Hòa Bình"), nameKey("Hoà Bình"))

// Số điện thoại (synthetic numbers).
assert.equal(normalizePhone("+84 912 345 678"), "0912345678")
assert.equal(normalizePhone(912345678), "0912345678")
assert.equal(normalizePhone("01689 123 456"), "0389123456")
assert.equal(normalizePhone("0218 3 123 456"), "02183123456")
assert.equal(normalizePhone("123"), undefined)
assert.equal(phoneKind("0912345678"), "mobile")
assert.equal(toInternationalPhone("0912345678"), "84912345678")
assert.equal(maskPhone("0912345678"), "091****678")
console.log("Số điện thoại đã che:", maskPhone("+84 912 345 678"))
console.log("Tất cả ví dụ về ngày và số điện thoại đều đúng.")
