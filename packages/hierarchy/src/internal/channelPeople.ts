/**
 * The people a requirement's selector clauses pick for one unit's channel,
 * in the tree as it stood on the audit date.
 *
 * @internal
 */
import type { PeopleSelector } from "../ChannelRequirement.js"
import type { OrgTree } from "../OrgTree.js"
import type { Person, Unit } from "../Roster.js"
import type { UnitKind } from "../UnitKind.js"

/** What selection reads: the tree on the audit date, with `all` computed once per audit. */
export interface SelectionContext {
  readonly tree: OrgTree
  readonly kindOf: ReadonlyMap<string, UnitKind>
  /** Everyone valid on the date in a unit of the tree, computed on first use. */
  readonly everyone: () => ReadonlyArray<Person>
  /** Selections already made, by unit and clauses: a unit's Zalo and Messenger groups ask for the same people. */
  readonly selections: Map<string, ReadonlyArray<string>>
}

export const selectionContext = (tree: OrgTree): SelectionContext => {
  let everyone: ReadonlyArray<Person> | undefined
  return {
    tree,
    kindOf: new Map(tree.units.map((unit) => [unit.id, unit.kind])),
    everyone: () => (everyone ??= tree.units.flatMap((unit) => tree.peopleOf(unit.id))),
    selections: new Map(),
  }
}

const peopleInScope = (clause: PeopleSelector, unit: Unit, context: SelectionContext): ReadonlyArray<Person> => {
  const { tree } = context
  switch (clause.scope) {
    case "unit":
      return tree.peopleOf(unit.id)
    case "children":
      return tree.childrenOf(unit.id).flatMap((child) => tree.peopleOf(child))
    case "descendants":
      return tree.descendantsOf(unit.id).flatMap((below) => tree.peopleOf(below))
    case "all":
      return context.everyone()
  }
}

/**
 * The ids of the people the clauses applicable to `unit` select, in id
 * order; `undefined` when no clause applies (nothing to check).
 */
export const selectPeople = (
  clauses: ReadonlyArray<PeopleSelector>,
  unit: Unit,
  context: SelectionContext,
): ReadonlyArray<string> | undefined => {
  const applicable = clauses.filter((clause) => clause.forKinds === undefined || clause.forKinds.includes(unit.kind))
  if (applicable.length === 0) return undefined
  const key = `${unit.id}\u0000${JSON.stringify(applicable)}`
  const known = context.selections.get(key)
  if (known !== undefined) return known
  const selected = new Set<string>()
  for (const clause of applicable) {
    const roles = clause.roles === undefined ? undefined : new Set<string>(clause.roles)
    const unitKinds = clause.unitKinds === undefined ? undefined : new Set<string>(clause.unitKinds)
    for (const person of peopleInScope(clause, unit, context)) {
      if (roles !== undefined && !person.roles.some((role) => roles.has(role))) continue
      if (unitKinds !== undefined) {
        const kind = context.kindOf.get(person.unit)
        if (kind === undefined || !unitKinds.has(kind)) continue
      }
      selected.add(person.id)
    }
  }
  const ids = [...selected].sort(compareIds)
  context.selections.set(key, ids)
  return ids
}

/** Code-unit order, the order the hierarchy lists ids in. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
