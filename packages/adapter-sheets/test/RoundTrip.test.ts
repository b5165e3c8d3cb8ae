import fc from "fast-check"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { PLATFORMS, ROLES, UNIT_KINDS, type ChannelRecord, type PersonRecord, type UnitRecord } from "@lantoa/hierarchy"
import { generateProvince } from "@lantoa/sample-province"
import { readActivities, readRoster, writeActivitySheet, writeRoster, writeTemplate } from "@lantoa/adapter-sheets"
import { tempDir } from "./helpers.js"

const dir = await tempDir()
let files = 0
const target = (extension: string): string => join(dir, `roster-${++files}.${extension}`)

const word = fc.constantFrom("Hoa", "Lạc", "Sơn", "Đức", "Nguyễn", "Thị", "Mường", "Kỳ", "An", "=SUM(A1)", "+84", "@me", "-1", "Quỳnh", "Hòa", "Hoà")
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "))
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/)
const date = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10))
const phone = fc.tuple(fc.constantFrom("3", "5", "7", "8", "9"), fc.stringMatching(/^\d{8}$/)).map(([a, b]) => `0${a}${b}`)

const roster = fc
  .uniqueArray(id, { minLength: 1, maxLength: 8 })
  .chain((unitIds) =>
    fc.record({
      units: fc.tuple(
        ...unitIds.map((unitId, k) =>
          fc.record(
            {
              id: fc.constant(unitId),
              name,
              kind: fc.constantFrom(...UNIT_KINDS),
              parent: k === 0 ? fc.constant(undefined) : fc.constantFrom(...unitIds.slice(0, k)),
              validFrom: date,
            },
            { requiredKeys: ["id", "name", "kind"] },
          ),
        ),
      ),
      people: fc.uniqueArray(
        fc.record(
          {
            id: id.map((value) => `p-${value}`),
            name,
            unit: fc.constantFrom(...unitIds),
            roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 3 }),
            partyMember: fc.boolean(),
            phone,
            validTo: date,
          },
          { requiredKeys: ["id", "name", "unit", "roles", "partyMember"] },
        ),
        { selector: (person) => person.id, maxLength: 10 },
      ),
    }),
  )
  .chain(({ units, people }) =>
    fc.record({
      units: fc.constant(units),
      people: fc.constant(people),
      channels: fc.uniqueArray(
        fc.record(
          {
            id: id.map((value) => `c-${value}`),
            unit: fc.constantFrom(...units.map((unit) => unit.id)),
            platform: fc.constantFrom(...PLATFORMS),
            name,
            url: fc.webUrl(),
            admins: people.length === 0 ? fc.constant([]) : fc.uniqueArray(fc.constantFrom(...people.map((person) => person.id)), { maxLength: 3 }),
            members: people.length === 0 ? fc.constant([]) : fc.uniqueArray(fc.constantFrom(...people.map((person) => person.id)), { maxLength: 3 }),
          },
          { requiredKeys: ["id", "unit", "platform", "name", "admins", "members"] },
        ),
        { selector: (channel) => channel.id, maxLength: 5 },
      ),
    }),
  )

/** What the reader gives for a record: optional fields absent rather than undefined. */
const clean = <A extends object>(record: A): A => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as A

describe("a round trip through a workbook or CSV files loses no valid record", () => {
  for (const extension of ["xlsx", "csv"]) {
    it(`writeRoster then readRoster gives back every unit, person and channel (.${extension})`, async () => {
      await fc.assert(
        fc.asyncProperty(roster, async (input) => {
          const written = await writeRoster(input as { units: Array<UnitRecord>; people: Array<PersonRecord>; channels: Array<ChannelRecord> }, target(extension))
          const { dataset, issues } = await readRoster(written)
          expect(issues).toEqual([])
          expect(dataset.units).toEqual(input.units.map(clean))
          expect(dataset.people).toEqual(input.people.map(clean))
          expect(dataset.channels).toEqual(input.channels.map(clean))
        }),
        { numRuns: 15 },
      )
    })
  }

  it("the sample province's roster and a week of its shares come back whole", async () => {
    const province = generateProvince({ staff: 3400, activities: { from: "2024-11-11", to: "2024-11-17" } })
    const [file] = await writeRoster(province, target("xlsx"))
    const { dataset, issues } = await readRoster(file as string)
    expect(issues).toEqual([])
    expect(dataset.units).toEqual(province.units)
    expect(dataset.people).toEqual(province.people)
    expect(dataset.channels).toEqual(province.channels)
    const personal = province.activities.filter((activity) => activity.person !== undefined)
    const [sheet] = await writeActivitySheet(personal, province, target("csv"))
    const read = await readActivities(sheet as string, dataset)
    // Each person's link and kind once: the same share reported twice is one share.
    const distinct = new Set(personal.map((activity) => `${activity.person} ${activity.kind} ${activity.target ?? activity.url}`))
    expect(read.activities).toHaveLength(distinct.size)
    expect(read.issues.every((issue) => issue.code === "duplicate-link")).toBe(true)
    const at = new Map(personal.map((activity) => [`${activity.person} ${activity.target ?? activity.url}`, activity.at]))
    for (const activity of read.activities.slice(0, 200)) {
      expect(Date.parse(activity.at)).toBeGreaterThan(0)
      expect(at.has(`${activity.person} ${activity.target ?? activity.url}`)).toBe(true)
    }
  })

  it("an empty template reads back as an empty roster, without issues", async () => {
    const [file] = await writeTemplate(target("xlsx"), "roster")
    expect(await readRoster(file as string)).toEqual({ dataset: { units: [], people: [], channels: [], activities: [] }, issues: [] })
    const [form] = await writeTemplate(target("xlsx"), "activities")
    expect(await readActivities(form as string, { units: [], people: [] })).toEqual({ activities: [], issues: [] })
  })
})
