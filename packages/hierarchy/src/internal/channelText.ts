/**
 * The Vietnamese and English explanations of setup-audit entries. People are
 * named by id and counted, never by phone number.
 *
 * @internal
 */
import type { Locale } from "@lantoa/core"
import type { ChannelRequirement } from "../ChannelRequirement.js"
import { PLATFORM_LABELS } from "../Records.js"
import type { Channel, Unit } from "../Roster.js"
import type { NameProblem } from "./channelNames.js"

/** How many ids an explanation lists before "and N more". */
const LISTED_IDS = 10

/** One failed check of a channel, with what the explanation needs. */
export type Problem =
  | { readonly kind: "misnamed"; readonly reason: NameProblem; readonly expected: string }
  | { readonly kind: "wrong-admins" | "wrong-members"; readonly missing: ReadonlyArray<string>; readonly required: number }

/** What an `ok` explanation can vouch for. */
export interface Passed {
  readonly naming: boolean
  readonly admins?: number
  readonly members?: number
}

interface Text {
  readonly vi: string
  readonly en: string
}

const pick = (text: Text, locale: Locale): string => (locale === "en" ? text.en : text.vi)

const idList = (ids: ReadonlyArray<string>): Text => {
  const shown = ids.slice(0, LISTED_IDS).join(", ")
  const more = ids.length - LISTED_IDS
  return more > 0
    ? { vi: `${shown} và ${more} người khác`, en: `${shown} and ${more} more` }
    : { vi: shown, en: shown }
}

/** “(yêu cầu “…”, kế hoạch mục V.2.1)”. */
const reference = (requirement: ChannelRequirement): Text => {
  const titleEn = requirement.title.en ?? requirement.title.vi
  const section = requirement.source?.section
  return section === undefined
    ? { vi: `yêu cầu “${requirement.title.vi}”`, en: `requirement “${titleEn}”` }
    : {
        vi: `yêu cầu “${requirement.title.vi}”, kế hoạch mục ${section}`,
        en: `requirement “${titleEn}”, plan section ${section}`,
      }
}

const channelLabel = (channel: Channel, unit: Unit): Text => {
  const platform = PLATFORM_LABELS[channel.platform]
  return {
    vi: `${platform.vi} “${channel.name}” (${channel.id}) của ${unit.name}`,
    en: `${platform.en} “${channel.name}” (${channel.id}) of ${unit.name}`,
  }
}

const NAME_REASONS: Readonly<Record<NameProblem, Text>> = {
  "no-diacritics": { vi: "có tên viết không dấu", en: "has a name written without diacritics" },
  "wrong-diacritics": { vi: "có tên sai dấu", en: "has a name with wrong diacritics" },
  other: { vi: "có tên không theo quy ước", en: "has a name that does not follow the convention" },
}

const problemText = (problem: Problem): Text => {
  if (problem.kind === "misnamed") {
    const reason = NAME_REASONS[problem.reason]
    return { vi: `${reason.vi}, cần “${problem.expected}”`, en: `${reason.en}; expected “${problem.expected}”` }
  }
  const ids = idList(problem.missing)
  const count = problem.missing.length
  return problem.kind === "wrong-admins"
    ? {
        vi: `thiếu ${count}/${problem.required} quản trị viên theo yêu cầu: ${ids.vi}`,
        en: `lacks ${count} of ${problem.required} required admins: ${ids.en}`,
      }
    : {
        vi: `thiếu ${count}/${problem.required} thành viên theo yêu cầu: ${ids.vi}`,
        en: `lacks ${count} of ${problem.required} required members: ${ids.en}`,
      }
}

/** “Trường THCS Lạc Sơn chưa có Nhóm Zalo “Truyền thông Trường THCS Lạc Sơn” (yêu cầu …).” */
export const missingText = (
  unit: Unit,
  requirement: ChannelRequirement,
  expected: string | undefined,
  locale: Locale,
): string => {
  const platform = PLATFORM_LABELS[requirement.platform]
  const named = expected === undefined ? "" : ` “${expected}”`
  const ref = reference(requirement)
  return pick(
    {
      vi: `${unit.name} chưa có ${platform.vi}${named} (${ref.vi}).`,
      en: `${unit.name} has no ${platform.en}${named} (${ref.en}).`,
    },
    locale,
  )
}

/** Every failed check of the channel, in order, in one sentence. */
export const problemsText = (
  channel: Channel,
  unit: Unit,
  requirement: ChannelRequirement,
  problems: ReadonlyArray<Problem>,
  locale: Locale,
): string => {
  const label = channelLabel(channel, unit)
  const texts = problems.map(problemText)
  const ref = reference(requirement)
  return pick(
    {
      vi: `${label.vi} ${texts.map((text) => text.vi).join("; ")} (${ref.vi}).`,
      en: `${label.en} ${texts.map((text) => text.en).join("; ")} (${ref.en}).`,
    },
    locale,
  )
}

/** “… đúng yêu cầu …: tên đúng quy ước, đủ 2 quản trị viên, đủ 40 thành viên.” */
export const okText = (
  channel: Channel,
  unit: Unit,
  requirement: ChannelRequirement,
  passed: Passed,
  locale: Locale,
): string => {
  const label = channelLabel(channel, unit)
  const ref = reference(requirement)
  const vi: Array<string> = []
  const en: Array<string> = []
  if (passed.naming) {
    vi.push("tên đúng quy ước")
    en.push("the name follows the convention")
  }
  if (passed.admins !== undefined) {
    vi.push(`đủ ${passed.admins} quản trị viên theo yêu cầu`)
    en.push(`all ${passed.admins} required admins`)
  }
  if (passed.members !== undefined) {
    vi.push(`đủ ${passed.members} thành viên theo yêu cầu`)
    en.push(`all ${passed.members} required members`)
  }
  const detailVi = vi.length === 0 ? "" : `: ${vi.join(", ")}`
  const detailEn = en.length === 0 ? "" : `: ${en.join(", ")}`
  return pick(
    {
      vi: `${label.vi} đạt ${ref.vi}${detailVi}.`,
      en: `${label.en} meets ${ref.en}${detailEn}.`,
    },
    locale,
  )
}
