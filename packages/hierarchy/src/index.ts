/**
 * @lantoa/hierarchy — units, people, roles and channels of an education
 * sector, with dated reporting lines, tree queries, roll-ups, validation and
 * roster diffs.
 *
 * @packageDocumentation
 */

export { SCHOOL_KINDS, UNIT_KINDS, UNIT_KIND_LABELS, isSchoolKind, unitKindLabel } from "./UnitKind.js"
export type { UnitKind, UnitKindLabel } from "./UnitKind.js"

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

export { isValidOn } from "./Validity.js"
export type { Validity } from "./Validity.js"

export { parseRoster } from "./Roster.js"
export type { Channel, ParseRosterOptions, ParseRosterResult, ParsedRoster, Person, Unit, UnitEdge } from "./Roster.js"

export { RELATIONS, buildHierarchy, channelsOf, findChannel, findPerson, findUnit, unitsOfKind } from "./Hierarchy.js"
export type { BuildHierarchyOptions, BuildHierarchyResult, Hierarchy, HierarchyIndex, Relation } from "./Hierarchy.js"

export {
  ancestorsOf,
  childrenOf,
  depthOf,
  descendantsOf,
  isInSubtree,
  parentOf,
  pathOf,
  rootsOf,
  treeAt,
} from "./OrgTree.js"
export type { OrgTree } from "./OrgTree.js"

export { numberSum, rollUp } from "./RollUp.js"
export type { Monoid, UnitValues } from "./RollUp.js"

export { leadershipOf, partyMembersOf, peopleOf, peopleWithRole } from "./Staff.js"
export type { PeopleFilter } from "./Staff.js"

export { HIERARCHY_ISSUE_CODES, validateRoster } from "./Validation.js"

export { diffRosters } from "./RosterDiff.js"
export type { Change, DiffRostersOptions, ReportingLink, RolesChange, RosterDiff } from "./RosterDiff.js"

export {
  ChannelNamingSchema,
  ChannelRequirementSchema,
  PEOPLE_SCOPES,
  PeopleSelectorSchema,
} from "./ChannelRequirement.js"
export type {
  ChannelNaming,
  ChannelRequirement,
  ChannelRequirementInput,
  PeopleScope,
  PeopleSelector,
} from "./ChannelRequirement.js"

export { SETUP_STATUSES, auditChannels } from "./ChannelAudit.js"
export type { AuditChannelsOptions, PeopleCheck, SetupEntry, SetupStatus } from "./ChannelAudit.js"
