import {
  INCIDENT_EVENT_TYPES,
  INCIDENT_STATES,
  allowedEventTypes,
  incidentState,
  openIncident,
  recordEvent,
  type Incident,
  type IncidentEventInput,
  type IncidentEventType,
  type IncidentState,
} from "@lantoa/moderation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { baseCase, build, ms, vn } from "./incidentFixtures.js"

// The specification of the state machine, written out by hand: for each
// state, the events allowed and the state each leads to.
const ALLOWED: Readonly<Record<IncidentState, Partial<Record<IncidentEventType, IncidentState>>>> = {
  detected: {
    triaged: "triaged",
    hidden: "actioned",
    "account-reported": "actioned",
    rebutted: "actioned",
    closed: "closed",
    "authority-request": "detected",
    complaint: "detected",
  },
  triaged: {
    hidden: "actioned",
    "account-reported": "actioned",
    rebutted: "actioned",
    "escalated-internal": "escalated",
    "escalated-authorities": "escalated",
    closed: "closed",
    "authority-request": "triaged",
    complaint: "triaged",
  },
  actioned: {
    hidden: "actioned",
    "account-reported": "actioned",
    rebutted: "actioned",
    "escalated-internal": "escalated",
    "escalated-authorities": "escalated",
    closed: "closed",
    "authority-request": "actioned",
    complaint: "actioned",
  },
  escalated: {
    hidden: "escalated",
    "account-reported": "escalated",
    rebutted: "escalated",
    "escalated-internal": "escalated",
    "escalated-authorities": "escalated",
    closed: "closed",
    "authority-request": "escalated",
    complaint: "escalated",
  },
  closed: {
    "authority-request": "closed",
    complaint: "closed",
  },
}

/** A case in each state, its last event at 10:00. */
const inState: Readonly<Record<IncidentState, () => Incident>> = {
  detected: () => build({ detectedAt: vn("2024-11-12 10:00") }),
  triaged: () => build({}, { type: "triaged", at: vn("2024-11-12 10:00"), by: "ht-0001" }),
  actioned: () =>
    build({}, { type: "triaged", at: vn("2024-11-12 09:30"), by: "ht-0001" }, { type: "hidden", at: vn("2024-11-12 10:00"), by: "gv-0001" }),
  escalated: () =>
    build(
      {},
      { type: "triaged", at: vn("2024-11-12 09:30"), by: "ht-0001" },
      { type: "escalated-internal", at: vn("2024-11-12 10:00"), by: "ht-0001" },
    ),
  closed: () => build({}, { type: "closed", at: vn("2024-11-12 10:00"), by: "ht-0001", note: "Không vi phạm." }),
}

describe("the case's state machine", () => {
  for (const state of INCIDENT_STATES) {
    for (const type of INCIDENT_EVENT_TYPES) {
      const next = ALLOWED[state][type]
      const name =
        next === undefined
          ? `"${type}" may not follow a case that is ${state}`
          : `"${type}" may follow a case that is ${state}, which becomes ${next}`
      it(name, () => {
        const incident = inState[state]()
        expect(incident.state).toBe(state)
        const result = recordEvent(incident, { type, at: vn("2024-11-12 11:00"), by: "ht-0001" })
        if (next === undefined) {
          expect(result.ok).toBe(false)
          if (!result.ok) {
            expect(result.error).toMatchObject({ code: "invalid-transition", incident: "vv-0001", type, state })
            expect(result.error.message).toMatch(/^Vụ việc vv-0001: không thể ghi nhận/)
            expect(result.error.messageEn).toMatch(/^Incident vv-0001: cannot record/)
          }
        } else {
          expect(result.ok).toBe(true)
          if (result.ok) {
            expect(result.incident.state).toBe(next)
            expect(result.incident.events.at(-1)).toEqual({ type, at: ms("2024-11-12 11:00"), by: "ht-0001" })
          }
        }
      })
    }
    it(`allowedEventTypes lists exactly the events allowed for a case that is ${state}`, () => {
      expect(allowedEventTypes(inState[state]())).toEqual(INCIDENT_EVENT_TYPES.filter((type) => ALLOWED[state][type] !== undefined))
    })
  }

  it("a case opens detected, with one detected event at detectedAt", () => {
    const incident = openIncident({ ...baseCase, by: "cv-0001", note: "Bộ lọc từ ngữ phát hiện." })
    expect(incident).toEqual({
      id: "vv-0001",
      unit: "thcs-lac-son",
      channel: "fb-thcs-lac-son",
      category: "insult",
      source: { kind: "comment", ref: "108_1221_5501" },
      detectedAt: ms("2024-11-12 09:00"),
      state: "detected",
      events: [{ type: "detected", at: ms("2024-11-12 09:00"), by: "cv-0001", note: "Bộ lọc từ ngữ phát hiện." }],
    })
  })

  it("a case may not be detected twice", () => {
    const result = recordEvent(inState.detected(), { type: "detected", at: vn("2024-11-12 11:00") })
    expect(result.ok || result.error.code).toBe("invalid-transition")
  })

  it("an automatic hide at the instant of detection needs no triage", () => {
    const result = recordEvent(openIncident(baseCase), { type: "hidden", at: vn("2024-11-12 09:00") })
    expect(result.ok && result.incident.events.map((event) => event.type)).toEqual(["detected", "hidden"])
  })

  it("escalation needs a human decision first: never straight from detection", () => {
    for (const type of ["escalated-internal", "escalated-authorities"] as const) {
      const result = recordEvent(openIncident(baseCase), { type, at: vn("2024-11-12 09:30"), by: "ht-0001" })
      expect(result.ok).toBe(false)
    }
  })

  it("a state event before the detection is refused; a complaint before it is not", () => {
    const hidden = recordEvent(openIncident(baseCase), { type: "hidden", at: vn("2024-11-12 08:00") })
    expect(hidden.ok || hidden.error).toMatchObject({ code: "invalid-transition", state: null })
    expect(hidden.ok || hidden.error.message).toContain("chưa được phát hiện")
    const complaint = recordEvent(openIncident(baseCase), { type: "complaint", at: vn("2024-11-12 08:00") })
    expect(complaint.ok && complaint.incident.events.map((event) => event.type)).toEqual(["complaint", "detected"])
    expect(complaint.ok && complaint.incident.state).toBe("detected")
  })

  it("authority requests and complaints may arrive after the case was closed", () => {
    const closed = inState.closed()
    const request = recordEvent(closed, { type: "authority-request", at: vn("2024-11-20 08:00"), note: "Công văn của Sở TT&TT." })
    expect(request.ok && request.incident.state).toBe("closed")
  })
})

describe("the audit trail is append-only", () => {
  it("cases and their events are frozen", () => {
    const incident = inState.actioned()
    expect(Object.isFrozen(incident)).toBe(true)
    expect(Object.isFrozen(incident.events)).toBe(true)
    expect(incident.events.every((event) => Object.isFrozen(event))).toBe(true)
    expect(Object.isFrozen(incident.source)).toBe(true)
    expect(() => (incident.events as Array<unknown>).push({ type: "closed", at: 0 })).toThrow(TypeError)
  })

  it("recordEvent returns a new case and never changes the one it is given", () => {
    const before = inState.triaged()
    const snapshot = structuredClone(before)
    const after = recordEvent(before, { type: "hidden", at: vn("2024-11-12 11:00"), by: "gv-0001" })
    expect(after.ok).toBe(true)
    expect(before).toEqual(snapshot)
    expect(after.ok && after.incident).not.toBe(before)
    // The earlier events are the very same values: appended to, never rewritten.
    expect(after.ok && after.incident.events.slice(0, 2)).toEqual(before.events)
    expect(after.ok && after.incident.events[0]).toBe(before.events[0])
  })

  it("a refused event leaves the case unchanged", () => {
    const before = inState.closed()
    const snapshot = structuredClone(before)
    expect(recordEvent(before, { type: "hidden", at: vn("2024-11-12 11:00") }).ok).toBe(false)
    expect(before).toEqual(snapshot)
  })

  it("an event noted late takes its place in time order", () => {
    const incident = build({}, { type: "triaged", at: vn("2024-11-12 09:20"), by: "ht-0001" }, { type: "closed", at: vn("2024-11-12 12:00") })
    const complaint = recordEvent(incident, { type: "complaint", at: vn("2024-11-12 10:00"), note: "Phụ huynh phản ánh." })
    expect(complaint.ok && complaint.incident.events.map((event) => event.type)).toEqual(["detected", "triaged", "complaint", "closed"])
    const hidden = recordEvent(incident, { type: "hidden", at: vn("2024-11-12 11:00"), by: "gv-0001" })
    expect(hidden.ok && hidden.incident.events.map((event) => event.type)).toEqual(["detected", "triaged", "hidden", "closed"])
    expect(hidden.ok && hidden.incident.state).toBe("closed")
  })

  it("events at the same instant keep the order they were recorded in", () => {
    const incident = build(
      {},
      { type: "triaged", at: vn("2024-11-12 09:30") },
      { type: "hidden", at: vn("2024-11-12 09:30") },
      { type: "account-reported", at: vn("2024-11-12 09:30") },
    )
    expect(incident.events.map((event) => event.type)).toEqual(["detected", "triaged", "hidden", "account-reported"])
  })

  it("an event noted late that a later event could not follow is refused", () => {
    const incident = build({}, { type: "hidden", at: vn("2024-11-12 10:00"), by: "gv-0001" })
    const result = recordEvent(incident, { type: "closed", at: vn("2024-11-12 09:30"), by: "ht-0001" })
    expect(result.ok || result.error).toMatchObject({ code: "conflicts-with-later-event", type: "closed", conflictsWith: "hidden" })
  })

  it("an event is refused for an unknown type, an unreadable time, or a by that is not a person id", () => {
    const incident = openIncident(baseCase)
    const at = vn("2024-11-12 10:00")
    const code = (event: IncidentEventInput): string | undefined => {
      const result = recordEvent(incident, event)
      return result.ok ? undefined : result.error.code
    }
    expect(code({ type: "deleted" as IncidentEventType, at })).toBe("unknown-event-type")
    expect(code({ type: "hidden", at: "hôm qua" })).toBe("invalid-instant")
    expect(code({ type: "hidden", at, by: "0912 345 678" })).toBe("invalid-person")
    expect(code({ type: "hidden", at, by: "Nguyễn Thị Hoa" })).toBe("invalid-person")
    expect(code({ type: "hidden", at, by: " " })).toBe("invalid-person")
    expect(code({ type: "hidden", at, by: "gv-0001" })).toBeUndefined()
  })

  it("the error never repeats a phone number given as by", () => {
    const result = recordEvent(openIncident(baseCase), { type: "hidden", at: vn("2024-11-12 10:00"), by: "0912345678" })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.message).not.toContain("0912345678")
      expect(result.error.messageEn).not.toContain("0912345678")
    }
  })

  it("a blank note is not kept", () => {
    const result = recordEvent(openIncident(baseCase), { type: "triaged", at: vn("2024-11-12 10:00"), by: "ht-0001", note: "  " })
    expect(result.ok && result.incident.events[1]).toEqual({ type: "triaged", at: ms("2024-11-12 10:00"), by: "ht-0001" })
  })

  it("openIncident throws a RangeError for arguments that are the caller's bugs", () => {
    expect(() => openIncident({ ...baseCase, id: " " })).toThrow(RangeError)
    expect(() => openIncident({ ...baseCase, unit: "" })).toThrow(RangeError)
    expect(() => openIncident({ ...baseCase, category: "" })).toThrow(RangeError)
    expect(() => openIncident({ ...baseCase, detectedAt: "12/11/2024" })).toThrow(RangeError)
    expect(() => openIncident({ ...baseCase, by: "+84 912 345 678" })).toThrow(RangeError)
    expect(() => openIncident({ ...baseCase, source: { kind: "story" as "post" } })).toThrow(RangeError)
  })

  it("a detectedAt without an offset is read in the zone given, not the machine's", () => {
    expect(openIncident({ ...baseCase, detectedAt: "2024-11-12 09:00" }).detectedAt).toBe(ms("2024-11-12 09:00"))
    expect(openIncident({ ...baseCase, detectedAt: "2024-11-12 09:00" }, { timeZone: "UTC" }).detectedAt).toBe(
      Date.parse("2024-11-12T09:00:00Z"),
    )
  })

  it("incidentState replays a trail, skipping events that may not follow", () => {
    expect(incidentState([{ type: "detected" }, { type: "triaged" }, { type: "escalated-authorities" }])).toBe("escalated")
    expect(incidentState([{ type: "detected" }, { type: "closed" }, { type: "hidden" }])).toBe("closed")
    expect(incidentState([{ type: "detected" }, { type: "escalated-internal" }])).toBe("detected")
  })

  it("whatever events are tried, the trail stays in time order, its state is the replay of it, and no input changes", () => {
    const event = fc.record({
      type: fc.constantFrom(...INCIDENT_EVENT_TYPES),
      minutes: fc.integer({ min: -30, max: 600 }),
      by: fc.constantFrom("gv-0001", "ht-0001", undefined),
    })
    fc.assert(
      fc.property(fc.array(event, { maxLength: 15 }), (events) => {
        let incident = openIncident(baseCase)
        for (const { type, minutes, by } of events) {
          const snapshot = structuredClone(incident)
          const input: IncidentEventInput = by === undefined ? { type, at: ms("2024-11-12 09:00") + minutes * 60_000 } : { type, at: ms("2024-11-12 09:00") + minutes * 60_000, by }
          const result = recordEvent(incident, input)
          expect(incident).toEqual(snapshot)
          if (!result.ok) continue
          const next = result.incident
          expect(next.events.length).toBe(incident.events.length + 1)
          expect(next.events.map((e) => e.at)).toEqual([...next.events.map((e) => e.at)].sort((a, b) => a - b))
          expect(next.state).toBe(incidentState(next.events))
          expect(next.events.filter((e) => e.type === "detected")).toHaveLength(1)
          incident = next
        }
      }),
    )
  })
})
