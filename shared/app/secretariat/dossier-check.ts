import { RuleRefusedError } from '../../domain/errors';
import { DOSSIER_KIND_LABELS, type NominationDraft } from '../../domain/forms';
import { type RuleSet, requiredDossierKinds } from '../../domain/rules';

/** Điều 84 is the article the dossier rests on; the workflow's own guard cites it the same way. */
export const DOSSIER_CITATION = 'Điều 84 Luật Thi đua, khen thưởng 2022';

/** The kinds the award asks of this nominee: the catalog's list less the law's waivers. */
const requiredOf = (ruleSet: RuleSet, draft: NominationDraft) =>
  requiredDossierKinds(ruleSet.awards[draft.awardCode], draft.subject, {
    taskRating: draft.nominee.subject === 'person' ? draft.nominee.taskRating : undefined,
    declaresLeave: (draft.facts?.specialLeave.length ?? 0) > 0,
    achievementPoint: draft.track === 'annual' ? draft.facts?.achievementPoint : undefined,
  });

/** Kinds the award asks of this nominee (per the rule catalog) that the dossier lacks. */
export function missingDossierKinds(ruleSet: RuleSet, draft: NominationDraft) {
  const required = requiredOf(ruleSet, draft);
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

/**
 * Kinds the award asks of this subject whose documents name no uploaded file (`uploaded`: the
 * storage keys of the files registered for the dossier and its unit's shared documents).
 */
export function kindsWithoutFiles(ruleSet: RuleSet, draft: NominationDraft, uploaded: ReadonlySet<string>) {
  const required = requiredOf(ruleSet, draft);
  const withFile = new Set(
    draft.dossier.filter((item) => uploaded.has(item.fileRef)).map((item) => item.kind),
  );
  return required.filter((kind) => !withFile.has(kind));
}

/** A refusal naming each required document that has no file, so the unit uploads it. */
export function documentsWithoutFiles(
  kinds: readonly (keyof typeof DOSSIER_KIND_LABELS)[],
): RuleRefusedError {
  return new RuleRefusedError(
    [
      {
        ruleId: 'dossier.files',
        citation: DOSSIER_CITATION,
        message: `Tài liệu chưa có tệp tải lên: ${kinds.map((kind) => DOSSIER_KIND_LABELS[kind]).join('; ')}.`,
      },
    ],
    'Hồ sơ có tài liệu chưa có tệp; đơn vị cần tải tệp lên trước khi hồ sơ được tiếp nhận.',
  );
}
