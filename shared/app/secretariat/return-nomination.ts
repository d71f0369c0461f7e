import { type FieldIssue, ValidationError } from '../../domain/errors';
import type { DossierKind } from '../../domain/forms';
import { loadVisibleNomination } from '../access';
import { draftOf } from '../nominations/draft-form';
import { type NominationView, toView } from '../nominations/present';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { runTransition } from '../run-transition';

/** One document the unit must add or redo, and why. */
export interface ReturnItem {
  readonly kind: DossierKind;
  /** The document in the dossier this is about; absent when the document is missing altogether. */
  readonly fileRef?: string;
  readonly reason: string;
}

export interface ReturnInput {
  readonly reason: string;
  readonly items: readonly ReturnItem[];
}

/**
 * The secretariat returns a submitted dossier for more documents, with a reason per item. The
 * items are recorded in the audit event (so the unit reads them on its timeline) and the unit is
 * notified. An item naming a document must name one that is in the dossier.
 */
export function makeReturnNomination(ports: Pick<AppPorts, 'nominations' | 'clock' | 'ruleOverrides'>) {
  return async (
    principal: Principal,
    id: string,
    input: ReturnInput,
    expectedVersion?: number,
  ): Promise<NominationView> => {
    const current = await loadVisibleNomination(ports.nominations, principal, id);
    const inDossier = new Set(draftOf(current).dossier.map((item) => item.fileRef));
    const issues: FieldIssue[] = input.items.flatMap((item, index) =>
      item.fileRef !== undefined && !inDossier.has(item.fileRef)
        ? [
            {
              path: `body.items.${index}.fileRef`,
              code: 'unknown_document',
              message: 'Hồ sơ không có tài liệu này.',
            },
          ]
        : [],
    );
    if (issues.length > 0) throw new ValidationError(issues);
    const { nomination } = await runTransition(ports, {
      principal,
      nominationId: id,
      action: 'return',
      facts: { reason: input.reason, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
      eventData: { items: input.items.map((item) => ({ ...item })) },
    });
    return toView(nomination);
  };
}
