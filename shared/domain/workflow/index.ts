/**
 * The nomination workflow: states, the transition table as data, the pure `applyTransition`, batch
 * decisions, and the council tally.
 */

export { type AllowedActionsContext, allowedActions } from './allowed-actions';
export * from './apply-transition';
export * from './batch-decision';
export * from './context';
export * from './fraction';
export * from './guards';
export * from './notify';
export * from './recusal';
export * from './render-doc';
export * from './states';
export * from './tally';
export * from './transitions';
