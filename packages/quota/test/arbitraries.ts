/**
 * Random activities over the test province (fixtures.ts), for the
 * property tests: unit posts on their own page, on another page or a Zalo
 * group; party members' and others' posts, shares and reactions, often of
 * the same few items; unknown units and people; instants from late October
 * to early December 2024, some right at midnight.
 */
import type { Activity } from "@lantoa/core"
import fc from "fast-check"
import { PARTY_MEMBERS, UNITS_WITH_PAGES } from "./fixtures.js"

const FROM = Date.parse("2024-10-28T00:00:00+07:00")
const TO = Date.parse("2024-12-03T00:00:00+07:00")
const DAY = 86_400_000

/** Mostly any time; sometimes exactly a local midnight or the millisecond before. */
const instant = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: FROM, max: TO - 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: (TO - FROM) / DAY - 1 }).chain((day) => fc.constantFrom(FROM + day * DAY, FROM + day * DAY - 1)) },
)

const ITEMS = ["https://facebook.example/so/posts/1", "https://facebook.example/so/posts/2", "https://facebook.example/pgd-lac-son/posts/7"]

const unitActivity = fc.record({
  unit: fc.constantFrom<string>(...UNITS_WITH_PAGES, "truong-khong-co"),
  page: fc.constantFrom("own", "other", "zalo", "none"),
  at: instant,
  kind: fc.constantFrom("post", "post", "post", "share"),
})

const personActivity = fc.record({
  person: fc.constantFrom<string>(...PARTY_MEMBERS, "gv-0002", "nguoi-la"),
  at: instant,
  kind: fc.constantFrom("post", "share", "share", "reaction"),
  item: fc.constantFrom(...ITEMS),
})

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never

type Draft =
  | { readonly type: "unit"; readonly value: ValueOf<typeof unitActivity> }
  | { readonly type: "person"; readonly value: ValueOf<typeof personActivity> }

const draft: fc.Arbitrary<Draft> = fc.oneof(
  unitActivity.map((value) => ({ type: "unit" as const, value })),
  personActivity.map((value) => ({ type: "person" as const, value })),
)

const toActivity = (draft: Draft, index: number): Activity => {
  const id = `a${String(index).padStart(3, "0")}`
  if (draft.type === "unit") {
    const { unit, page, at, kind } = draft.value
    const channel = page === "own" ? `fb-${unit}` : page === "other" ? "fb-so" : page === "zalo" ? "zl-thcs-lac-son" : undefined
    const base = { id, kind: kind as "post" | "share", unit, at, url: `https://facebook.example/${unit}/posts/${id}` }
    return channel === undefined ? base : { ...base, channel }
  }
  const { person, at, kind, item } = draft.value
  return kind === "post" && index % 2 === 0
    ? { id, kind: "post", person, at, url: item }
    : { id, kind: kind as "post" | "share" | "reaction", person, at, target: item }
}

/** Up to 60 activities with distinct ids. */
export const activities: fc.Arbitrary<ReadonlyArray<Activity>> = fc
  .array(draft, { maxLength: 60 })
  .map((drafts) => drafts.map(toActivity))

/** A `now` somewhere in the range: periods before it have ended, the one holding it runs, later ones have not started. */
export const now = fc.integer({ min: FROM, max: TO + 7 * DAY })
