import { explainClock, incidentClocks, type IncidentClock, type ModerationSla } from "@lantoa/moderation"
import { describe, expect, it } from "vitest"
import { HOUR, SLAS, authority24h, build, complaint48h, hideWithin1h, insultRule, ms, teacherEthicsRule, vn } from "./incidentFixtures.js"

const only = (clocks: ReadonlyArray<IncidentClock>, sla: string): IncidentClock => {
  const clock = clocks.find((c) => c.sla === sla)
  if (clock === undefined) throw new Error(`no clock ${sla}`)
  return clock
}

const requested = (...events: Parameters<typeof build>[1][]) =>
  build({}, { type: "authority-request", at: vn("2024-11-12 10:00"), note: "Công văn số 12/STTTT." }, ...events)

describe("SLA clocks: Decree 147/2024 deadlines are exact", () => {
  it("an action exactly 24 hours after an authority's request is met", () => {
    const incident = requested({ type: "triaged", at: vn("2024-11-12 11:00") }, { type: "hidden", at: vn("2024-11-13 10:00") })
    const clock = only(incidentClocks(incident, [authority24h], undefined, { now: vn("2024-11-20 08:00") }), authority24h.id)
    expect(clock).toMatchObject({
      status: "met",
      startedAt: "2024-11-12T10:00:00.000+07:00",
      deadline: "2024-11-13T10:00:00.000+07:00",
      stoppedAt: "2024-11-13T10:00:00.000+07:00",
      stoppedBy: "hidden",
      elapsedMs: 24 * HOUR,
    })
    expect(clock.deadlineMs! - clock.startedAtMs!).toBe(86_400_000)
  })

  it("an action 1 ms after the 24 hours is breached", () => {
    const incident = requested({ type: "hidden", at: ms("2024-11-13 10:00") + 1 })
    const clock = only(incidentClocks(incident, [authority24h], undefined, { now: vn("2024-11-20 08:00") }), authority24h.id)
    expect(clock.status).toBe("breached")
    expect(clock.stoppedAt).toBe("2024-11-13T10:00:00.001+07:00")
  })

  it("a clock not stopped is running up to its deadline and breached 1 ms after it", () => {
    const incident = requested()
    const at = (now: number) => only(incidentClocks(incident, [authority24h], undefined, { now }), authority24h.id).status
    expect(at(ms("2024-11-12 10:00"))).toBe("running")
    expect(at(ms("2024-11-13 10:00"))).toBe("running")
    expect(at(ms("2024-11-13 10:00") + 1)).toBe("breached")
  })

  it("a complaint arriving after detection starts its own 48-hour clock", () => {
    const incident = build(
      {},
      { type: "complaint", at: vn("2024-11-12 15:00"), note: "Phụ huynh phản ánh qua đường dây nóng." },
      { type: "hidden", at: vn("2024-11-14 14:00"), by: "gv-0001" },
    )
    const clocks = incidentClocks(incident, SLAS, undefined, { now: vn("2024-11-20 08:00") })
    expect(only(clocks, complaint48h.id)).toMatchObject({
      status: "met",
      startedAt: "2024-11-12T15:00:00.000+07:00",
      deadline: "2024-11-14T15:00:00.000+07:00",
      elapsedMs: 47 * HOUR,
    })
    // The policy's own target counts from the detection, and was missed.
    expect(only(clocks, hideWithin1h.id)).toMatchObject({ status: "breached", startedAt: "2024-11-12T09:00:00.000+07:00" })
    expect(only(clocks, authority24h.id).status).toBe("not-started")
  })

  it("only the first complaint starts the clock", () => {
    const incident = build({}, { type: "complaint", at: vn("2024-11-12 10:00") }, { type: "complaint", at: vn("2024-11-13 10:00") })
    const clock = only(incidentClocks(incident, [complaint48h], undefined, { now: vn("2024-11-13 12:00") }), complaint48h.id)
    expect(clock.startedAt).toBe("2024-11-12T10:00:00.000+07:00")
  })

  it("events after now have not happened yet", () => {
    const incident = requested({ type: "hidden", at: vn("2024-11-12 12:00") })
    expect(incidentClocks(incident, [authority24h], undefined, { now: vn("2024-11-12 09:59") })[0]?.status).toBe("not-started")
    const running = incidentClocks(incident, [authority24h], undefined, { now: vn("2024-11-12 11:00") })[0]
    expect(running).toMatchObject({ status: "running", elapsedMs: HOUR })
    expect(running?.stoppedAt).toBeUndefined()
  })

  it("a not-started clock has no start, deadline or stop", () => {
    const clock = incidentClocks(build({}), [complaint48h], undefined, { now: vn("2024-11-12 12:00") })[0]
    expect(clock).toEqual({
      incident: "vv-0001",
      sla: "complaint-48h",
      title: complaint48h.title,
      from: "complaint",
      hours: 48,
      status: "not-started",
      explanation: clock?.explanation,
    })
  })

  it("deadlines of fractional hours are exact too", () => {
    const halfHour: ModerationSla = { ...hideWithin1h, id: "hide-30m", hours: 0.5 }
    const clock = incidentClocks(build({}, { type: "hidden", at: ms("2024-11-12 09:30") + 1 }), [halfHour], undefined, {
      now: vn("2024-11-12 12:00"),
    })[0]
    expect(clock).toMatchObject({ deadline: "2024-11-12T09:30:00.000+07:00", status: "breached" })
  })
})

describe("SLA clocks: what stops them", () => {
  it("with until, only the actions listed stop the clock", () => {
    const incident = build({}, { type: "rebutted", at: vn("2024-11-12 09:10") }, { type: "hidden", at: vn("2024-11-12 09:50") })
    const clock = only(incidentClocks(incident, [hideWithin1h], undefined, { now: vn("2024-11-12 12:00") }), hideWithin1h.id)
    expect(clock).toMatchObject({ status: "met", stoppedBy: "hidden", stoppedAt: "2024-11-12T09:50:00.000+07:00" })
  })

  it("without until, any action stops the clock, escalations included", () => {
    const incident = build(
      { category: "teacher-ethics" },
      { type: "complaint", at: vn("2024-11-12 10:00") },
      { type: "triaged", at: vn("2024-11-12 11:00") },
      { type: "escalated-internal", at: vn("2024-11-12 14:00"), by: "ht-0001", note: "Chuyển Ban giám hiệu xác minh." },
    )
    const clock = incidentClocks(incident, [complaint48h], undefined, { now: vn("2024-11-20 08:00") })[0]
    expect(clock).toMatchObject({ status: "met", stoppedBy: "escalated-internal" })
  })

  it("without until, a case closed with no action does not stop the clock", () => {
    const incident = requested({ type: "closed", at: vn("2024-11-12 11:00"), note: "Không vi phạm." })
    const clock = incidentClocks(incident, [authority24h], undefined, { now: vn("2024-11-14 08:00") })[0]
    expect(clock).toMatchObject({ status: "breached" })
    expect(clock?.stoppedAt).toBeUndefined()
  })

  it("with none in until, closing the case is the decision that stops the clock", () => {
    const dismissable: ModerationSla = { ...authority24h, until: ["hide", "none"] }
    const incident = requested({ type: "closed", at: vn("2024-11-12 11:00"), note: "Không vi phạm." })
    expect(incidentClocks(incident, [dismissable], undefined, { now: vn("2024-11-14 08:00") })[0]).toMatchObject({
      status: "met",
      stoppedBy: "closed",
    })
  })

  it("content dealt with before the clock started stops it at its start", () => {
    const incident = build({}, { type: "hidden", at: vn("2024-11-12 09:10") }, { type: "complaint", at: vn("2024-11-12 15:00") })
    const clock = incidentClocks(incident, [complaint48h], undefined, { now: vn("2024-11-12 16:00") })[0]
    expect(clock).toMatchObject({
      status: "met",
      startedAt: "2024-11-12T15:00:00.000+07:00",
      stoppedAt: "2024-11-12T09:10:00.000+07:00",
      elapsedMs: 0,
    })
    expect(clock?.explanation).toContain("trước khi bắt đầu tính giờ")
  })

  it("a category rule picks its SLAs, in the order of the policy's list", () => {
    const incident = build({})
    const now = { now: vn("2024-11-12 09:30") }
    expect(incidentClocks(incident, SLAS, insultRule, now).map((clock) => clock.sla)).toEqual(["hide-within-1h", "complaint-48h"])
    expect(incidentClocks(incident, SLAS, teacherEthicsRule, now).map((clock) => clock.sla)).toEqual(["complaint-48h"])
    expect(incidentClocks(incident, SLAS, undefined, now).map((clock) => clock.sla)).toEqual(SLAS.map((sla) => sla.id))
  })

  it("instants are written in the zone asked for, not the machine's", () => {
    const clock = incidentClocks(requested(), [authority24h], undefined, { now: vn("2024-11-12 11:00"), timeZone: "UTC" })[0]
    expect(clock?.startedAt).toBe("2024-11-12T03:00:00.000Z")
    expect(clock?.deadline).toBe("2024-11-13T03:00:00.000Z")
  })

  it("an invalid now is a programming error", () => {
    expect(() => incidentClocks(requested(), [authority24h], undefined, { now: "mai" })).toThrow(RangeError)
  })
})

describe("explanations", () => {
  const now = { now: vn("2024-11-13 12:30") }

  it("a met clock says which action came, when, and after how long", () => {
    const incident = requested({ type: "hidden", at: vn("2024-11-12 11:15"), by: "gv-0001" })
    const [clock] = incidentClocks(incident, [authority24h], undefined, now)
    expect(clock?.explanation).toBe(
      'Vụ việc vv-0001, thời hạn "Xử lý trong 24 giờ khi cơ quan có thẩm quyền yêu cầu" (24 giờ kể từ khi cơ quan có thẩm quyền yêu cầu): ' +
        "đạt — đã ẩn nội dung lúc 11:15 ngày 12/11/2024, sau 1 giờ 15 phút, trong hạn (hạn 10:00 ngày 13/11/2024).",
    )
    expect(explainClock(clock!, { locale: "en" })).toBe(
      'Incident vv-0001, deadline "Act within 24 hours of an authority\'s request" (24 hours from a competent authority\'s request): ' +
        "met — hid the content at 11:15 on 2024-11-12, after 1 hour 15 minutes, within the deadline of 10:00 on 2024-11-13.",
    )
  })

  it("a clock breached by a late action says by how much", () => {
    const incident = requested({ type: "account-reported", at: vn("2024-11-13 11:05") })
    const [clock] = incidentClocks(incident, [authority24h], undefined, now)
    expect(clock?.explanation).toContain("quá hạn — đã báo cáo tài khoản lúc 11:05 ngày 13/11/2024, sau 25 giờ 5 phút, trễ 1 giờ 5 phút so với hạn 10:00 ngày 13/11/2024.")
    expect(explainClock(clock!, { locale: "en" })).toContain("breached — reported the account at 11:05 on 2024-11-13, after 25 hours 5 minutes, 1 hour 5 minutes after the deadline")
  })

  it("a clock 1 ms late says it was late by less than a minute", () => {
    const incident = requested({ type: "hidden", at: ms("2024-11-13 10:00") + 1 })
    const [clock] = incidentClocks(incident, [authority24h], undefined, now)
    expect(clock?.explanation).toContain("lúc 10:00:00.001 ngày 13/11/2024")
    expect(clock?.explanation).toContain("trễ chưa đến 1 phút")
  })

  it("a breached clock with no action says how long ago the deadline passed", () => {
    const [clock] = incidentClocks(requested(), [authority24h], undefined, now)
    expect(clock?.explanation).toContain("quá hạn — chưa xử lý; đã quá hạn 10:00 ngày 13/11/2024 2 giờ 30 phút.")
    expect(explainClock(clock!, { locale: "en" })).toContain("breached — no action yet; the deadline of 10:00 on 2024-11-13 passed 2 hours 30 minutes ago.")
  })

  it("a running clock says how much time is left", () => {
    const [clock] = incidentClocks(requested(), [authority24h], undefined, { now: vn("2024-11-13 08:45") })
    expect(clock?.explanation).toContain("đang tính giờ từ 10:00 ngày 12/11/2024; hạn 10:00 ngày 13/11/2024, còn 1 giờ 15 phút.")
    expect(explainClock(clock!, { locale: "en" })).toContain("running since 10:00 on 2024-11-12; due by 10:00 on 2024-11-13, 1 hour 15 minutes left.")
  })

  it("a clock not started says what it waits for", () => {
    const clocks = incidentClocks(build({}), [authority24h, complaint48h], undefined, { now: vn("2024-11-12 10:00"), locale: "en" })
    expect(clocks.map((clock) => clock.explanation)).toEqual([
      'Incident vv-0001, deadline "Act within 24 hours of an authority\'s request" (24 hours from a competent authority\'s request): not started — no competent authority has asked.',
      'Incident vv-0001, deadline "Act within 48 hours of a well-founded complaint" (48 hours from a well-founded user complaint): not started — no well-founded user complaint has come.',
    ])
    expect(explainClock(clocks[1]!)).toBe(
      'Vụ việc vv-0001, thời hạn "Xử lý trong 48 giờ khi có khiếu nại có căn cứ" (48 giờ kể từ khi nhận khiếu nại có căn cứ của người dùng): chưa bắt đầu tính giờ — chưa có khiếu nại có căn cứ của người dùng.',
    )
  })

  it("an English explanation falls back to the Vietnamese title when the policy has no English one", () => {
    const sla: ModerationSla = { id: "x", title: { vi: "Ẩn ngay" }, hours: 1, from: "detected" }
    const [clock] = incidentClocks(build({}), [sla], undefined, { now: vn("2024-11-12 09:30"), locale: "en" })
    expect(clock?.explanation).toContain('deadline "Ẩn ngay" (1 hour from detection): running')
  })
})
