import type { TransitionContext, WorkflowNomination } from './context';
import { GUARDS, type GuardName } from './guards';
import type { Action } from './transitions';
import { transitionsFrom } from './transitions';

/**
 * The guards that say who may act and which route the award takes — known from the nomination,
 * the caller and the rule set alone. The others judge what the action brings (a reason, a tally,
 * a decision's number, the dossier, the rules) and are checked when it is taken.
 */
const WHO_AND_ROUTE: ReadonlySet<GuardName> = new Set<GuardName>([
  'actorOwnsNomination',
  'actorInOrganisation',
  'authorityIsDepartment',
  'authorityAboveDepartment',
  'authorityIsProvince',
  'authorityIsNational',
  'provinceCouncilRequired',
  'provinceCouncilNotRequired',
]);

/** What `allowedActions` needs: the caller, and the award's route from the rule set in force. */
export type AllowedActionsContext = Pick<
  TransitionContext,
  'actor' | 'at' | 'authority' | 'provinceCouncilRequired'
>;

/**
 * The actions the caller may take on the nomination now, from the workflow table: a transition
 * out of its state whose role the caller holds and whose who-and-route guards pass. The web draws
 * its buttons from this list instead of re-encoding the table; taking an action still judges
 * every guard (`applyTransition`), with what the action brings.
 */
export function allowedActions(nomination: WorkflowNomination, context: AllowedActionsContext): Action[] {
  const ctx = context as TransitionContext;
  const actions = transitionsFrom(nomination.state)
    .filter((t) => context.actor.roles.includes(t.role))
    .filter((t) =>
      t.guards
        .filter((g) => WHO_AND_ROUTE.has(g))
        .every((g) => GUARDS[g].check(nomination, ctx) === undefined),
    )
    .map((t) => t.action);
  return [...new Set(actions)];
}
