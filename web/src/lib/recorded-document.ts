import type { RecordedDocument } from '../../../shared/domain/documents';
import type { AwardCode } from '../../../shared/domain/vocabulary';
import type { DocumentView } from '../api/types';

/**
 * The organisations whose units must be looked up for the annex: only those of entries recorded
 * before decisions kept each awardee's unit name.
 */
export function organisationsToLookUp(doc: Pick<DocumentView, 'entries'>): string[] {
  const ids = doc.entries.filter((e) => !e.unitName && e.unitId).map((e) => e.organisationId);
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/**
 * What the draft is built from: the recorded subject, unit name, signer's name and answered tờ
 * trình where the record has them; for older records, the units looked up (`units`, by unit id)
 * and, where nothing is known, the model's own fallbacks (subject from the award or position,
 * blank unit, a placeholder name and tờ trình).
 */
export function recordedDocumentOf(
  doc: DocumentView,
  units: ReadonlyMap<string, string> = new Map(),
): RecordedDocument {
  const signedByName = typeof doc.signedBy === 'object' ? doc.signedBy.name : undefined;
  return {
    kind: doc.kind,
    number: doc.number,
    signedOn: doc.signedOn,
    summary: doc.summary,
    ...(doc.signer ? { signer: doc.signer } : {}),
    ...(signedByName ? { signedBy: { name: signedByName } } : {}),
    ...(doc.answers?.length ? { answers: doc.answers } : {}),
    entries: doc.entries.map((e) => {
      const unitName = e.unitName ?? (e.unitId ? units.get(e.unitId) : undefined);
      return {
        no: e.no,
        awardCode: e.awardCode as AwardCode,
        nomineeName: e.nomineeName,
        ...(e.position ? { position: e.position } : {}),
        ...(e.subject ? { subject: e.subject } : {}),
        ...(unitName ? { unitName } : {}),
      };
    }),
  };
}
