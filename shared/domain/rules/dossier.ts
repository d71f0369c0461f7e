/**
 * The documents a nomination's dossier must hold (Điều 84 Luật TĐKT 2022): the award's list for
 * its subject, less those the law does not ask in the nominee's case (`dossierWaivers`), plus the
 * evidence of the facts the unit declared (the leave counted as working time, the achievement of
 * điểm a–c khoản 1 Điều 74). One function for the API's checks, the web's checklist and the list
 * screen.
 */
import type { DossierKind } from '../dossier-kinds';
import type { Subject, TaskRating } from '../vocabulary';
import type { AwardDefinition, DossierWaiver } from './types';

/** What the waivers read from a nomination. */
export interface DossierFacts {
  /** A person's rating of the year; `HTXSNV` is the CSTĐCS path without an initiative. */
  readonly taskRating?: TaskRating | undefined;
  /** Leave declared as working time (maternity, treatment): its decision is evidence. */
  readonly declaresLeave?: boolean | undefined;
  /** Bằng khen tỉnh resting on điểm a–c: the achievement's evidence. */
  readonly achievementPoint?: string | undefined;
}

const applies = (waiver: DossierWaiver | undefined, facts: DossierFacts) =>
  waiver?.when === 'htxs_path' && facts.taskRating === 'HTXSNV';

export function requiredDossierKinds(
  award: Pick<AwardDefinition, 'dossier' | 'dossierWaivers'>,
  subject: Subject,
  facts: DossierFacts,
): readonly DossierKind[] {
  const listed = award.dossier[subject].filter((kind) => !applies(award.dossierWaivers?.[kind], facts));
  const evidence: DossierKind[] = [
    ...(facts.declaresLeave ? (['leave_evidence'] as const) : []),
    ...(facts.achievementPoint ? (['achievement_evidence'] as const) : []),
  ];
  return [...listed, ...evidence.filter((kind) => !listed.includes(kind))];
}
