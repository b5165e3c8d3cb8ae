/**
 * Paths of roster issues: the lists a roster's issues are sorted by (core's
 * `sortIssues`), and the field an edge issue points at.
 */
/** The list paths of a roster, under an optional prefix (`roster.units`). */
export interface RosterPaths {
  readonly root: string
  readonly units: string
  readonly people: string
  readonly channels: string
}

export const rosterPaths = (prefix: string | undefined): RosterPaths => {
  const at = (name: string) => (prefix === undefined || prefix === "" ? name : `${prefix}.${name}`)
  return { root: prefix ?? "", units: at("units"), people: at("people"), channels: at("channels") }
}

/** The field naming an edge's target: `units[3].parent`, or `units[3].parents[1].unit`. */
export const edgeTargetPath = (edgePath: string): string => (edgePath.endsWith(".parent") ? edgePath : `${edgePath}.unit`)
