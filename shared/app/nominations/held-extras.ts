import type { Nomination, TransitionExtra } from '../../store';
import { claimedInitiatives, draftOf } from './draft-form';
import { releasePlace } from './quota';

/**
 * What a submitted nomination holds (its initiatives in the registry, its quota place) as the
 * extras that give them back. For every exit from the race before a decision: withdrawal here;
 * a council or province rejection may use it too.
 */
export function releaseHeld(nomination: Nomination): TransitionExtra[] {
  return [
    ...claimedInitiatives(draftOf(nomination)).map(
      (initiativeId): TransitionExtra => ({ kind: 'initiative-release', initiativeId }),
    ),
    ...releasePlace(nomination),
  ];
}
