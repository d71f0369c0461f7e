import type { IssuedDocument } from '../../store';
import { AWARD_CATALOG_NAMES } from './award-names';

const KIND_LABELS = {
  decision: 'Quyết định khen thưởng',
  revocation: 'Quyết định hủy bỏ khen thưởng',
  submission: 'Tờ trình đề nghị khen thưởng',
} as const;

const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A document as people read it: its number, date (dd/mm/yyyy) and annex of awardees, those in
 * `revoked` (nomination ids) marked as revoked since.
 */
export function documentView(d: IssuedDocument, revoked: ReadonlySet<string> = new Set()) {
  return {
    id: d.id,
    kind: d.kind,
    kindLabel: KIND_LABELS[d.kind],
    number: d.number,
    year: d.year,
    signedOn: d.signedOn,
    signedOnLabel: viDate(d.signedOn),
    issuerId: d.issuerId,
    signedBy: d.signedBy,
    ...(d.signer ? { signer: d.signer } : {}),
    numbering: d.numbering ?? 'auto',
    summary: d.summary,
    action: d.action,
    status: d.status,
    ...(d.answers ? { answers: d.answers } : {}),
    ...(d.revokes ? { revokes: d.revokes } : {}),
    ...(d.reason ? { reason: d.reason } : {}),
    entries: d.entries.map((e, i) => ({
      no: i + 1,
      ...e,
      awardName: AWARD_CATALOG_NAMES[e.awardCode],
      ...(revoked.has(e.nominationId) ? { revoked: true as const } : {}),
    })),
  };
}
