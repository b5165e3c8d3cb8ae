/**
 * @lantoa/sample-province — a deterministic, seeded generator of Hòa Bình's
 * education sector as the 2024 plan describes it (units, synthetic staff,
 * channels and activity), for lantoa's examples, tests and benchmarks.
 *
 * @packageDocumentation
 */

export { generateProvince, provinceFacts } from "./Province.js"
export type { GenerateProvinceOptions, ProvinceFacts, ProvinceVariant, SampleProvince } from "./Province.js"

export { UNIT_PROFILES } from "./Activities.js"
export type { ActivityOptions, UnitProfile } from "./Activities.js"

export type { ChannelFault } from "./Channels.js"

export { PLAN_UNIT_COUNTS } from "./Units.js"
export type { SchoolKind } from "./Units.js"

export { PLAN_STAFF_TOTAL } from "./People.js"

export { HOA_BINH_DISTRICTS } from "./Geography.js"
export type { Commune2025, District } from "./Geography.js"

export { COLLISION_WORDS, DEFAULT_COMMENT_TERMS, EVASION_KINDS, evasionVariant, generateComments } from "./Comments.js"
export type { CommentTerm, EvasionKind, GenerateCommentsOptions, SampleComment } from "./Comments.js"
