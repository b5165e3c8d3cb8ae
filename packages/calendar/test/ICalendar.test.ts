import {
  occurrencesOf,
  parseDeadlineTasks,
  parseICalendar,
  toICalendar,
  type ICalendarComponent,
  type ICalendarOptions,
  type Occurrence,
} from "@lantoa/calendar"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const { tasks } = parseDeadlineTasks([
  {
    id: "setup-groups",
    title: { vi: "Lập các nhóm Zalo, Messenger; triển khai eNetViet", en: "Set up the Zalo and Messenger groups; roll out eNetViet" },
    source: { section: "V.2.3", text: "Thời gian hoàn thành: 05/11/2024." },
    owners: { type: "kinds" },
    due: "05/11/2024",
  },
  {
    id: "report-setup",
    title: {
      vi: "Báo cáo kết quả lập các nhóm Zalo, Messenger, lập trang Fanpage của Phòng GD&ĐT, của các đơn vị trực thuộc về Sở GD&ĐT — hạn chót trước ngày 16/11/2024",
    },
    source: {
      document: "Kế hoạch xây dựng mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”",
      section: "VI.3",
      text: "Báo cáo kết quả lập các nhóm Zalo, Messenger, lập trang Fanpage của Phòng GD&ĐT, của các đơn vị trực thuộc về Sở GD&ĐT trước ngày 16/11/2024.",
    },
    owners: { type: "kinds", kinds: ["district-office"] },
    due: "Trước ngày 16/11/2024",
  },
  {
    id: "report-monthly",
    title: { vi: "Báo cáo kết quả thực hiện mô hình hằng tháng\\tháng; ghi chú" },
    owners: { type: "roles", roles: ["communication-officer"] },
    due: { type: "recurring", rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2024-11-01" },
  },
])
const NOW = "2024-11-01T08:00:00+07:00"
const occurrences = occurrencesOf(tasks, { period: "2024-11" })

const events = (ics: string): ReadonlyArray<ICalendarComponent> =>
  parseICalendar(ics).components[0]?.components.filter((component) => component.name === "VEVENT") ?? []

const prop = (component: ICalendarComponent | undefined, name: string) => component?.properties.find((property) => property.name === name)

const octets = (text: string): number => new TextEncoder().encode(text).length

describe("toICalendar", () => {
  it("writes a VCALENDAR with one VEVENT per occurrence, CRLF line ends and a final CRLF", () => {
    const ics = toICalendar(occurrences, { now: NOW })
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//lantoa//@lantoa/calendar 0.1.0//VI\r\n")).toBe(true)
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true)
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/)
    expect(events(ics).length).toBe(occurrences.length)
    expect(parseICalendar(ics).issues).toEqual([])
  })

  it("parses back to the same events: UIDs, dates, Vietnamese summaries and descriptions", () => {
    const parsed = events(toICalendar(occurrences, { now: NOW }))
    expect(parsed.map((event) => [prop(event, "UID")?.value, prop(event, "DTSTART")?.value, prop(event, "DTEND")?.value])).toEqual([
      ["setup-groups.2024-11-05@lantoa", "20241105", "20241106"],
      ["report-setup.2024-11-15@lantoa", "20241115", "20241116"],
      ["report-monthly.2024-11@lantoa", "20241130", "20241201"],
    ])
    expect(parsed.map((event) => prop(event, "SUMMARY")?.value)).toEqual(occurrences.map((occurrence) => occurrence.task.title.vi))
    expect(prop(parsed[1], "DESCRIPTION")?.value).toBe(
      [
        "Hạn chót: 23 giờ 59 phút Thứ Sáu, ngày 15 tháng 11 năm 2024.",
        "Đơn vị thực hiện: Phòng Giáo dục và Đào tạo.",
        "Căn cứ: Kế hoạch xây dựng mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”, mục VI.3: “Báo cáo kết quả lập các nhóm Zalo, Messenger, lập trang Fanpage của Phòng GD&ĐT, của các đơn vị trực thuộc về Sở GD&ĐT trước ngày 16/11/2024.”",
        "Mã: report-setup@2024-11-15",
      ].join("\n"),
    )
    expect(prop(parsed[0], "DTSTART")?.params).toEqual({ VALUE: "DATE" })
  })

  it("escapes backslashes, semicolons, commas and line breaks in text", () => {
    const ics = toICalendar(occurrences, { now: NOW })
    expect(ics.replace(/\r\n[ \t]/g, "")).toContain("SUMMARY:Báo cáo kết quả thực hiện mô hình hằng tháng\\\\tháng\\; ghi chú")
    expect(prop(events(ics)[2], "SUMMARY")?.value).toBe("Báo cáo kết quả thực hiện mô hình hằng tháng\\tháng; ghi chú")
  })

  it("folds lines at 75 octets without cutting a UTF-8 character, and unfolding restores them", () => {
    const ics = toICalendar(occurrences, { now: NOW })
    const lines = ics.split("\r\n")
    expect(lines.some((line) => line.startsWith(" "))).toBe(true)
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75)
      expect(line).not.toContain("\uFFFD")
    }
    // The long Vietnamese summary needs folding.
    const summary = lines.findIndex((line) => line.startsWith("SUMMARY:Báo cáo kết quả lập"))
    expect(lines[summary + 1]?.startsWith(" ")).toBe(true)
  })

  it("moves a multi-byte character that would straddle octet 75 to the next line whole", () => {
    // "SUMMARY:" (8 octets) + 66 ASCII letters = 74 octets; "ệ" takes octets 75–77.
    const title = `${"a".repeat(66)}ệ tiếp theo`
    const { tasks: [item] } = parseDeadlineTasks([{ id: "x", title: { vi: title }, owners: { type: "kinds" }, due: "15/11/2024" }])
    const lines = toICalendar(occurrencesOf(item === undefined ? [] : [item], { period: "2024-11" }), { now: NOW }).split("\r\n")
    const at = lines.findIndex((line) => line.startsWith("SUMMARY:"))
    expect(octets(lines[at] ?? "")).toBe(74)
    expect(lines[at + 1]).toBe(" ệ tiếp theo")
  })

  it("folds any text it is given within 75 octets and reads it back unchanged", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", "ă", "ệ", "ữ", "Đ", "ồ", ",", ";", "\\", "\n", "“", "😀", "文"), maxLength: 300 })
    fc.assert(
      fc.property(text.filter((value) => value.trim() !== ""), (title) => {
        const { tasks: [item] } = parseDeadlineTasks([{ id: "x", title: { vi: title }, owners: { type: "kinds" }, due: "15/11/2024" }])
        if (item === undefined) return
        const ics = toICalendar(occurrencesOf([item], { period: "2024-11" }), { now: NOW })
        for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75)
        expect(prop(events(ics)[0], "SUMMARY")?.value).toBe(item.title.vi.normalize("NFC"))
      }),
      { numRuns: 200 },
    )
  })

  it("stamps every event with the caller's now, in UTC", () => {
    const parsed = events(toICalendar(occurrences, { now: NOW }))
    expect(parsed.map((event) => prop(event, "DTSTAMP")?.value)).toEqual(["20241101T010000Z", "20241101T010000Z", "20241101T010000Z"])
  })

  it("gives the same file, and the same UIDs, for the same input", () => {
    const options: ICalendarOptions = { now: NOW, name: "Hạn chót — Sở GD&ĐT" }
    expect(toICalendar(occurrences, options)).toBe(toICalendar({ tasks, period: "2024-11" }, options))
    const december = events(toICalendar({ tasks, from: "2024-11-15", to: "2025-01-01" }, options)).map((event) => prop(event, "UID")?.value)
    expect(december).toContain("report-setup.2024-11-15@lantoa")
    expect(december).toContain("report-monthly.2024-11@lantoa")
  })

  it("timed events end at the deadline (24:00) in Asia/Ho_Chi_Minh and carry its VTIMEZONE", () => {
    const ics = toICalendar(occurrences, { now: NOW, mode: "timed" })
    const calendar = parseICalendar(ics).components[0]
    const zone = calendar?.components.find((component) => component.name === "VTIMEZONE")
    expect(prop(zone, "TZID")?.value).toBe("Asia/Ho_Chi_Minh")
    expect(prop(zone?.components[0], "TZOFFSETTO")?.value).toBe("+0700")
    const first = events(ics)[0]
    expect([prop(first, "DTSTART"), prop(first, "DTEND")]).toEqual([
      { name: "DTSTART", params: { TZID: "Asia/Ho_Chi_Minh" }, value: "20241105T233000" },
      { name: "DTEND", params: { TZID: "Asia/Ho_Chi_Minh" }, value: "20241106T000000" },
    ])
  })

  it("UTC events are the same instants, with Z and no VTIMEZONE", () => {
    const ics = toICalendar(occurrences, { now: NOW, mode: "utc", durationMinutes: 60 })
    expect(ics).not.toContain("VTIMEZONE")
    const first = events(ics)[0]
    expect([prop(first, "DTSTART")?.value, prop(first, "DTEND")?.value]).toEqual(["20241105T160000Z", "20241105T170000Z"])
  })

  it("adds alarms at 08:00 the given days before an all-day deadline", () => {
    const first = events(toICalendar(occurrences, { now: NOW, alarms: [3, 0] }))[0]
    expect(first?.components.map((alarm) => [prop(alarm, "ACTION")?.value, prop(alarm, "TRIGGER")?.value])).toEqual([
      ["DISPLAY", "-P2DT16H"],
      ["DISPLAY", "PT8H"],
    ])
  })

  it("writes English summaries on request", () => {
    const first = events(toICalendar(occurrences, { now: NOW, locale: "en" }))[0]
    expect(prop(first, "SUMMARY")?.value).toBe("Set up the Zalo and Messenger groups; roll out eNetViet")
    expect(prop(first, "DESCRIPTION")?.value).toContain("Deadline: 2024-11-05T23:59:59.999+07:00")
  })

  it("refuses timed events outside Vietnam's zone, and bad options", () => {
    expect(() => toICalendar(occurrences, { now: NOW, mode: "timed", timeZone: "Europe/Berlin" })).toThrow(RangeError)
    expect(() => toICalendar(occurrences, { now: "hôm nay" })).toThrow(RangeError)
    expect(() => toICalendar(occurrences, { now: NOW, alarms: [-1] })).toThrow(RangeError)
    expect(() => toICalendar(occurrences, { now: NOW, durationMinutes: 0 })).toThrow(RangeError)
  })

  it("an empty list is a valid calendar with no events", () => {
    const empty: ReadonlyArray<Occurrence> = []
    const parsed = parseICalendar(toICalendar(empty, { now: NOW }))
    expect(parsed.components.map((component) => [component.name, component.components.length])).toEqual([["VCALENDAR", 0]])
  })
})

describe("parseICalendar", () => {
  it("unfolds lines continued by a space or a tab, and accepts bare LF line ends", () => {
    const { components } = parseICalendar("BEGIN:VCALENDAR\nX-WR-CALNAME:Truyền th\n ông\n\tGiáo dục\nEND:VCALENDAR\n")
    expect(prop(components[0], "X-WR-CALNAME")?.value).toBe("Truyền thôngGiáo dục")
  })

  it("reads quoted parameters that contain colons and semicolons", () => {
    const { components } = parseICalendar('BEGIN:VEVENT\r\nATTENDEE;CN="Sở GD&ĐT; Văn phòng: tổ CNTT";ROLE=CHAIR:mailto:vp@example.invalid\r\nEND:VEVENT\r\n')
    expect(prop(components[0], "ATTENDEE")).toEqual({
      name: "ATTENDEE",
      params: { CN: "Sở GD&ĐT; Văn phòng: tổ CNTT", ROLE: "CHAIR" },
      value: "mailto:vp@example.invalid",
    })
  })

  it("reports unreadable lines and unbalanced components instead of throwing", () => {
    const { components, issues } = parseICalendar("BEGIN:VCALENDAR\r\nkhông phải dòng\r\nEND:VEVENT\r\nSUMMARY:x\r\n")
    expect(components.length).toBe(1)
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unreadable-line", "line 2"],
      ["unreadable-line", "line 3"],
      ["unclosed-component", "end"],
    ])
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseICalendar(text)).not.toThrow()
      }),
    )
  })
})
