/**
 * The documents a nomination's dossier must hold (Điều 84 Luật TĐKT 2022): the award's list for
 * its subject, less those the law does not ask in the nominee's case (`dossierWaivers`). One
 * function for the API's checks, the web's checklist and the list screen.
 */
import type { DossierKind } from '../dossier-kinds';
import type { Subject, TaskRating } from '../vocabulary';
import type { AwardDefinition, DossierWaiver } from './types';

/** What the waivers read from a nomination. */
export interface DossierFacts {
  /** A person's rating of the year; `HTXSNV` is the CSTĐCS path without an initiative. */
  readonly taskRating?: TaskRating | undefined;
}

const applies = (waiver: DossierWaiver | undefined, facts: DossierFacts) =>
  waiver?.when === 'htxs_path' && facts.taskRating === 'HTXSNV';

export function requiredDossierKinds(
  award: Pick<AwardDefinition, 'dossier' | 'dossierWaivers'>,
  subject: Subject,
  facts: DossierFacts,
): readonly DossierKind[] {
  return award.dossier[subject].filter((kind) => !applies(award.dossierWaivers?.[kind], facts));
}
