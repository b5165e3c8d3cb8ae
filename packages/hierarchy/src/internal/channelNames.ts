/**
 * Matching a channel's name against a naming rule, tolerant of what people
 * cannot see or do not mean (case, spacing, NFC vs NFD, tone placement, the
 * word "Trường" after the prefix) and strict about what they wrote wrong
 * (another name, missing diacritics).
 *
 * @internal
 */
import { foldDiacritics, nameKey, normalizeText } from "@lantoa/core"
import type { ChannelNaming } from "../ChannelRequirement.js"

// Tone marks in NFD: grave, acute, tilde, hook above, dot below.
const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]"

// "Hoà"/"Hòa", "thuỷ"/"thủy", "Uỷ ban"/"Ủy ban": in an open syllable ending in
// oa, oe or uy the old style puts the tone on the second vowel, the new one
// on the first. Both are in use (core keeps the writer's choice); for
// comparing, the tone moves to the first vowel. Only at the end of a syllable:
// with a final consonant ("hoàn") the tone is always on the second vowel.
const SECOND_VOWEL_TONE = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])|([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, "gu")

const moveTone = (nfd: string): string =>
  nfd.replace(SECOND_VOWEL_TONE, (_, o, a, toneA, u, y, toneY) =>
    o !== undefined ? `${o}${toneA}${a}` : `${u}${toneY}${y}`,
  )

/** The key names are compared by: case, spacing, Unicode form and tone placement do not count; diacritics do. */
export const strictKey = (text: string): string => moveTone(normalizeText(text).toLowerCase().normalize("NFD")).normalize("NFC")

/** The same key without diacritics, to tell "written without diacritics" from "another name". */
const foldedKey = (text: string): string => nameKey(text)

// The word a school's name starts with, optional after the prefix. In both
// keys: with diacritics and folded.
const SCHOOL_WORD = new Set(["trường", "truong"])

const dropSchoolWord = (rest: string): string => {
  const space = rest.indexOf(" ")
  return space > 0 && SCHOOL_WORD.has(rest.slice(0, space)) ? rest.slice(space + 1) : rest
}

const matchesWith = (key: (text: string) => string, name: string, naming: ChannelNaming, unitName: string): boolean => {
  const actual = key(name)
  if (naming.type === "exact") return naming.names.some((expected) => key(expected) === actual)
  const prefix = key(naming.prefix)
  if (!actual.startsWith(`${prefix} `)) return false
  return dropSchoolWord(actual.slice(prefix.length + 1)) === dropSchoolWord(key(unitName))
}

/**
 * The name a rule asks a unit's channel to have: the prefix, one space and
 * the unit's name; or the first exact name.
 */
export const expectedName = (naming: ChannelNaming, unitName: string): string =>
  naming.type === "exact" ? normalizeText(naming.names[0] ?? "") : normalizeText(`${naming.prefix} ${unitName}`)

/** Why a name does not match. */
export type NameProblem = "no-diacritics" | "wrong-diacritics" | "other"

/** Undefined when `name` satisfies the rule, else why not. */
export const nameProblem = (name: string, naming: ChannelNaming, unitName: string): NameProblem | undefined => {
  if (matchesWith(strictKey, name, naming, unitName)) return undefined
  if (!matchesWith(foldedKey, name, naming, unitName)) return "other"
  const written = normalizeText(name)
  return foldDiacritics(written) === written ? "no-diacritics" : "wrong-diacritics"
}
