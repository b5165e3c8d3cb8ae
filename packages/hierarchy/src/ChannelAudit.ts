/**
 * The setup audit of Tasks 2 and 3 of the plan: does every unit have the
 * Fanpage, Zalo and Messenger groups (and the Sở its community and OA) that
 * the plan asks for, named by the convention, with the right admins and
 * members?
 *
 * One entry per (unit, requirement), in the shape of contract v1's `setup`
 * list. A unit with several channels on the platform is judged by the one
 * that fits best; the others are not reported.
 *
 * @since 0.1.0
 * @module
 */
import type { Locale, LocalDate } from "@lantoa/core"
import type { ChannelRequirement } from "./ChannelRequirement.js"
import type { Hierarchy } from "./Hierarchy.js"
import { channelsOf } from "./Hierarchy.js"
import { assertLocalDate, rangeHas } from "./internal/dates.js"
import { expectedName, nameProblem } from "./internal/channelNames.js"
import { compareIds, selectPeople, selectionContext, type SelectionContext } from "./internal/channelPeople.js"
import { missingText, okText, problemsText, type Passed, type Problem } from "./internal/channelText.js"
import { treeAt } from "./OrgTree.js"
import type { Channel, Unit } from "./Roster.js"

/**
 * The verdicts of the setup audit, checks in the order they are made: a
 * channel that is `missing` cannot be checked further; a channel with
 * several problems gets the first as its status.
 *
 * @example
 * ```ts
 * SETUP_STATUSES //=> ["ok", "missing", "misnamed", "wrong-admins", "wrong-members"]
 * ```
 * @since 0.1.0
 * @category constants
 */
export const SETUP_STATUSES = ["ok", "missing", "misnamed", "wrong-admins", "wrong-members"] as const

/**
 * One of {@link SETUP_STATUSES}.
 *
 * @example
 * ```ts
 * const status: SetupStatus = "misnamed"
 * ```
 * @since 0.1.0
 * @category models
 */
export type SetupStatus = (typeof SETUP_STATUSES)[number]

/**
 * How a channel's admins or members compare with those the requirement
 * asks for (person ids in id order).
 *
 * @example
 * ```ts
 * const check: PeopleCheck = { required: 4, missing: ["gv-0002"], unexpected: ["ph-0009"] }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface PeopleCheck {
  /** How many people the requirement asks for. */
  readonly required: number
  /** Required people the channel lacks: the check fails when there is any. */
  readonly missing: ReadonlyArray<string>
  /** People in the channel beyond those required (or not in the roster on the date): reported, never a failure. */
  readonly unexpected: ReadonlyArray<string>
}

/**
 * One entry of the setup audit (contract v1's `setup` list): a unit, a
 * requirement, the verdict and why.
 *
 * - `status`: the first failing check, in the order missing → misnamed →
 *   wrong-admins → wrong-members; `problems` lists every failing check;
 * - `missing`, `unexpected`: the people of the check that gave the status
 *   (admins for `wrong-admins`, members for `wrong-members`);
 * - `admins`, `members`: both checks in full, when the requirement has them
 *   and the channel exists.
 *
 * @example
 * ```ts
 * const entry: SetupEntry = {
 *   unit: "thcs-lac-son", requirement: "unit-zalo-group", status: "wrong-members",
 *   explanation: "Nhóm Zalo “Truyền thông Trường THCS Lạc Sơn” (zl-thcs-lac-son) của Trường THCS Lạc Sơn thiếu 1/4 thành viên theo yêu cầu: ht-0001 (…).",
 *   channel: "zl-thcs-lac-son", missing: ["ht-0001"], unexpected: [], problems: ["wrong-members"],
 *   members: { required: 4, missing: ["ht-0001"], unexpected: [] },
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SetupEntry {
  readonly unit: string
  readonly requirement: string
  readonly status: SetupStatus
  /** Vietnamese by default, English with `locale: "en"`. */
  readonly explanation: string
  /** The channel judged (absent when `missing`). */
  readonly channel?: string
  /** The name the naming rule asks for (when the requirement has one). */
  readonly expectedName?: string
  readonly missing?: ReadonlyArray<string>
  readonly unexpected?: ReadonlyArray<string>
  /** Every failing check, in order; empty when `ok`. */
  readonly problems: ReadonlyArray<Exclude<SetupStatus, "ok">>
  readonly admins?: PeopleCheck
  readonly members?: PeopleCheck
}

/**
 * Options for {@link auditChannels}.
 *
 * @example
 * ```ts
 * const options: AuditChannelsOptions = { on: "2024-11-16", locale: "en" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface AuditChannelsOptions {
  /** The local date the audit is made on: units, people, the tree and requirements as they stood then. */
  readonly on: LocalDate
  /** The language of explanations. Default `vi`. */
  readonly locale?: Locale
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

interface Judgement {
  readonly channel: Channel
  readonly problems: ReadonlyArray<Problem>
  readonly admins?: PeopleCheck
  readonly members?: PeopleCheck
}

const checkPeople = (required: ReadonlyArray<string>, actual: ReadonlyArray<string>): PeopleCheck => {
  const present = new Set(actual)
  const wanted = new Set(required)
  return {
    required: required.length,
    missing: required.filter((id) => !present.has(id)),
    unexpected: [...present].filter((id) => !wanted.has(id)).sort(compareIds),
  }
}

const judge = (channel: Channel, unit: Unit, requirement: ChannelRequirement, context: SelectionContext): Judgement => {
  const problems: Array<Problem> = []
  const judgement: Mutable<Judgement> = { channel, problems }
  if (requirement.naming !== undefined) {
    const reason = nameProblem(channel.name, requirement.naming, unit.name)
    if (reason !== undefined) {
      problems.push({ kind: "misnamed", reason, expected: expectedName(requirement.naming, unit.name) })
    }
  }
  const requiredAdmins = requirement.admins === undefined ? undefined : selectPeople(requirement.admins, unit, context)
  if (requiredAdmins !== undefined) {
    const admins = checkPeople(requiredAdmins, channel.admins)
    judgement.admins = admins
    if (admins.missing.length > 0) {
      problems.push({ kind: "wrong-admins", missing: admins.missing, required: admins.required })
    }
  }
  const requiredMembers = requirement.members === undefined ? undefined : selectPeople(requirement.members, unit, context)
  if (requiredMembers !== undefined) {
    const members = checkPeople(requiredMembers, channel.members)
    judgement.members = members
    if (members.missing.length > 0) {
      problems.push({ kind: "wrong-members", missing: members.missing, required: members.required })
    }
  }
  return judgement
}

const PROBLEM_ORDER: ReadonlyArray<Problem["kind"]> = ["misnamed", "wrong-admins", "wrong-members"]

/** Lower is better: no problem at all, then a first problem as late as possible, then fewer problems. */
const rank = (judgement: Judgement): number => {
  const first = judgement.problems[0]
  if (first === undefined) return 0
  return (PROBLEM_ORDER.length - PROBLEM_ORDER.indexOf(first.kind)) * 10 + judgement.problems.length
}

const audit = (
  hierarchy: Hierarchy,
  unit: Unit,
  requirement: ChannelRequirement,
  context: SelectionContext,
  locale: Locale,
): SetupEntry => {
  const expected = requirement.naming === undefined ? undefined : expectedName(requirement.naming, unit.name)
  const entry: Mutable<SetupEntry> = {
    unit: unit.id,
    requirement: requirement.id,
    status: "ok",
    explanation: "",
    problems: [],
  }
  const candidates = channelsOf(hierarchy, unit.id, requirement.platform)
  if (candidates.length === 0) {
    entry.status = "missing"
    entry.problems = ["missing"]
    entry.explanation = missingText(unit, requirement, expected, locale)
    if (expected !== undefined) entry.expectedName = expected
    return entry
  }
  let best: Judgement | undefined
  for (const channel of candidates) {
    const judgement = judge(channel, unit, requirement, context)
    if (best === undefined || rank(judgement) < rank(best)) best = judgement
  }
  const chosen = best as Judgement
  entry.channel = chosen.channel.id
  if (expected !== undefined) entry.expectedName = expected
  if (chosen.admins !== undefined) entry.admins = chosen.admins
  if (chosen.members !== undefined) entry.members = chosen.members
  const first = chosen.problems[0]
  if (first === undefined) {
    const passed: Mutable<Passed> = { naming: requirement.naming !== undefined }
    if (chosen.admins !== undefined) passed.admins = chosen.admins.required
    if (chosen.members !== undefined) passed.members = chosen.members.required
    entry.explanation = okText(chosen.channel, unit, requirement, passed, locale)
    return entry
  }
  entry.status = first.kind
  entry.problems = chosen.problems.map((problem) => problem.kind)
  const check = first.kind === "wrong-admins" ? chosen.admins : first.kind === "wrong-members" ? chosen.members : undefined
  if (check !== undefined) {
    entry.missing = check.missing
    entry.unexpected = check.unexpected
  }
  entry.explanation = problemsText(chosen.channel, unit, requirement, chosen.problems, locale)
  return entry
}

/**
 * Audits the channels of every unit against a list of requirements (Tasks 2
 * and 3 of the plan), as things stood on the date `on`: one entry per
 * (active unit of a required kind, requirement valid on the date). Units
 * come in tree order (each Phòng followed by its schools), requirements in
 * list order.
 *
 * Checks, in order: the channel exists (`missing`); its name follows the
 * naming rule (`misnamed` — tolerant of case, spacing, NFC/NFD, tone
 * placement and an optional "Trường", not of missing diacritics); every
 * required admin is an admin (`wrong-admins`); every required member is a
 * member (`wrong-members`). Extra admins or members are listed in the entry,
 * never a failure. Pure; throws only for `on` not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * // `requirements`: the plan's, e.g. `hoaBinh2024.channels` from @lantoa/policy.
 * const { hierarchy } = buildHierarchy(roster)
 * const entries = auditChannels(hierarchy, requirements, { on: "2024-11-16" })
 * entries.filter((entry) => entry.status !== "ok").map((entry) => [entry.unit, entry.requirement, entry.status])
 * //=> [["thcs-lac-son", "unit-zalo-group", "misnamed"], ["thcs-lac-son", "unit-messenger-group", "missing"]]
 * entries.find((entry) => entry.status === "misnamed")?.explanation
 * //=> "Nhóm Zalo “TT Trường THCS Lạc Sơn” (zl-thcs-lac-son) của Trường THCS Lạc Sơn có tên không theo quy ước,
 * //    cần “Truyền thông Trường THCS Lạc Sơn” (yêu cầu “…”, kế hoạch mục V.2.1)."
 * auditChannels(hierarchy, requirements, { on: "2024-11-16", locale: "en" })[0]?.explanation
 * //=> "Facebook Page “Sở GD&ĐT Hòa Bình” (fb-so) of Sở GD&ĐT Hòa Bình meets requirement “…”, plan section V.3.1: all 2 required admins."
 * ```
 * @since 0.1.0
 * @category audits
 */
export const auditChannels = (
  hierarchy: Hierarchy,
  requirements: ReadonlyArray<ChannelRequirement>,
  options: AuditChannelsOptions,
): ReadonlyArray<SetupEntry> => {
  const on = assertLocalDate(options.on, "auditChannels")
  const locale = options.locale ?? "vi"
  const tree = treeAt(hierarchy, on)
  const context = selectionContext(tree)
  const active = requirements.filter((requirement) =>
    rangeHas({ from: requirement.validFrom, to: requirement.validTo }, on),
  )
  const entries: Array<SetupEntry> = []
  for (const unit of tree.units) {
    for (const requirement of active) {
      if (!requirement.units.kinds.includes(unit.kind)) continue
      entries.push(audit(hierarchy, unit, requirement, context, locale))
    }
  }
  return entries
}
