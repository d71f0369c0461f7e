import { RuleRefusedError } from '../../domain/errors';
import { DOSSIER_KIND_LABELS, type NominationDraft } from '../../domain/forms';
import type { RuleSet } from '../../domain/rules';

/** Điều 84 is the article the dossier rests on; the workflow's own guard cites it the same way. */
export const DOSSIER_CITATION = 'Điều 84 Luật Thi đua, khen thưởng 2022';

/** Kinds the award asks of this subject (per the rule catalog) that the dossier lacks. */
export function missingDossierKinds(ruleSet: RuleSet, draft: NominationDraft) {
  const required = ruleSet.awards[draft.awardCode].dossier[draft.subject];
  const present = new Set(draft.dossier.map((item) => item.kind));
  return required.filter((kind) => !present.has(kind));
}

/** A refusal that names every missing document, so the secretariat can return it item by item. */
export function incompleteDossier(missing: readonly (keyof typeof DOSSIER_KIND_LABELS)[]): RuleRefusedError {
  return new RuleRefusedError(
    [
      {
        ruleId: 'dossier.complete',
        citation: DOSSIER_CITATION,
        message: `Hồ sơ còn thiếu: ${missing.map((kind) => DOSSIER_KIND_LABELS[kind]).join('; ')}.`,
      },
    ],
    'Hồ sơ chưa đủ thành phần theo quy định.',
  );
}
