import { RuleRefusedError } from '../../domain/errors';
import type { ChangeLog } from '../../store/ports/change-log';
import { loadVisibleNomination } from '../access';
import { dossierFilesOf } from '../files/dossier-files';
import { draftOf } from '../nominations/draft-form';
import { assessEligibility, ruleCheckOf } from '../nominations/eligibility';
import { type NominationView, toView } from '../nominations/present';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { ruleSetToday } from '../rule-set';
import { runTransition, type TransitionFacts } from '../run-transition';
import {
  documentsWithoutFiles,
  incompleteDossier,
  kindsWithoutFiles,
  missingDossierKinds,
} from './dossier-check';

/**
 * The secretariat accepts a submitted dossier for the council: every document the award's
 * catalog entry requires is present, each with its uploaded file (else 422 naming the missing
 * ones, under Điều 84), and every
 * eligibility rule is met, missing evidence included (else 422 naming each rule and citation).
 */
export function makeAcceptNomination(
  ports: Pick<AppPorts, 'nominations' | 'persons' | 'clock' | 'ruleOverrides'> & {
    readonly changeLog: ChangeLog;
  },
) {
  return async (principal: Principal, id: string, expectedVersion?: number): Promise<NominationView> => {
    const current = await loadVisibleNomination(ports.nominations, principal, id);
    let facts: TransitionFacts = expectedVersion === undefined ? {} : { expectedVersion };
    const judged =
      current.state === 'submitted' &&
      current.organisationId === principal.orgId &&
      principal.roles.includes('council_secretary') &&
      (expectedVersion === undefined || expectedVersion === current.version);
    if (judged) {
      const draft = draftOf(current);
      const ruleSet = ruleSetToday(ports);
      const missing = missingDossierKinds(ruleSet, draft);
      if (missing.length > 0) throw incompleteDossier(missing);
      // A document is its file: the dossier's own uploads, or the unit's shared ones it names.
      const uploaded = new Set((await dossierFilesOf(ports, current)).map((f) => f.fileRef));
      const withoutFiles = kindsWithoutFiles(ruleSet, draft, uploaded);
      if (withoutFiles.length > 0) throw documentsWithoutFiles(withoutFiles);
      const report = await assessEligibility(ports, { id, unitId: current.unitId, draft });
      const ruleCheck = ruleCheckOf(report, 'accept');
      if (!ruleCheck.passed) {
        throw new RuleRefusedError(ruleCheck.refusals, 'Đề nghị chưa đáp ứng điều kiện khen thưởng.');
      }
      facts = { ...facts, dossierComplete: true, ruleCheck };
    }
    const { nomination } = await runTransition(ports, {
      principal,
      nominationId: id,
      action: 'accept',
      facts,
      judged: current,
    });
    return toView(nomination);
  };
}
