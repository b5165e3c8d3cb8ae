/**
 * @lantoa/hierarchy — units, people, roles and channels of an education
 * sector, with dated reporting lines, tree queries, roll-ups, validation and
 * roster diffs.
 *
 * @packageDocumentation
 */

export { UNIT_KINDS, UNIT_KIND_LABELS, isSchoolKind, unitKindLabel } from "./UnitKind.js"
export type { UnitKind } from "./UnitKind.js"

export { LEADERSHIP_ROLES, ROLES, ROLE_LABELS, roleLabel } from "./Role.js"
export type { Role } from "./Role.js"

export {
  ChannelRecordSchema,
  DatedEdgeSchema,
  LocalDateSchema,
  PLATFORMS,
  PLATFORM_LABELS,
  PersonRecordSchema,
  UnitRecordSchema,
} from "./Records.js"
export type { ChannelRecord, DatedEdge, PersonRecord, Platform, Roster, UnitRecord } from "./Records.js"
