import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import { type Action, type DecisionRef, vietnamDate } from '../../domain/workflow';
import type { Principal } from '../../http/principal';
import type {
  DocumentKind,
  DocumentSeries,
  IssuedDocument,
  Nomination,
  PlannedTransition,
} from '../../store';
import { loadVisibleNomination } from '../access';
import type { AppPorts } from '../ports';
import { storeTransitionOf } from '../run-transition';
import { type BatchFacts, judgeBatch, ruleSetAt } from './judge';
import { documentEntryOf } from './nominee';

export type IssuePorts = Pick<
  AppPorts,
  'nominations' | 'organisations' | 'documents' | 'clock' | 'ids' | 'ruleOverrides'
>;

/** How many times a number is taken again when another document took it first. */
const NUMBER_ATTEMPTS = 5;

/** `12/QĐ-SNV`, `03/TTr-SNV`: numbers from 01 each year (NĐ 30/2020), then the series and issuer. */
export function documentNumber(seq: number, series: DocumentSeries, issuerCode: string): string {
  return `${String(seq).padStart(2, '0')}/${series === 'QD' ? 'QĐ' : 'TTr'}-${issuerCode}`;
}

export interface IssueRequest {
  readonly principal: Principal;
  readonly kind: DocumentKind;
  readonly series: DocumentSeries;
  readonly action: Action;
  readonly nominationIds: readonly string[];
  readonly summary: string;
  readonly reason?: string;
  readonly revokes?: string;
  /** The facts each nomination is judged on, given the document's reference. */
  readonly facts: (ref: DecisionRef) => BatchFacts;
}

/**
 * Issues one document for many nominations: loads them (404 for any the caller may not see),
 * takes the issuer's next number for the year, judges every nomination against the document
 * (all or nothing), then writes the document and every transition (`DocumentRepository.issue`).
 * A number taken meanwhile by another document is taken afresh; any other conflict is the
 * caller's 409 and nothing is written. The document is left `pending`; the caller finishes it.
 */
export async function issueDocument(
  ports: IssuePorts,
  request: IssueRequest,
): Promise<{ document: IssuedDocument; nominations: readonly Nomination[] }> {
  const { principal } = request;
  if (new Set(request.nominationIds).size !== request.nominationIds.length) {
    throw new ValidationError([
      { path: 'nominationIds', code: 'duplicate', message: 'Một đề nghị được liệt kê hai lần.' },
    ]);
  }
  const issuerId = principal.orgId;
  const issuer = issuerId ? await ports.organisations.getOrganisation(issuerId) : undefined;
  if (!issuerId || !issuer)
    throw new NotFoundError('organisation', issuerId ?? '', 'Không tìm thấy cơ quan ban hành.');
  const nominations = await Promise.all(
    request.nominationIds.map((id) => loadVisibleNomination(ports.nominations, principal, id)),
  );
  const at = ports.clock.now().toISOString();
  const signedOn = vietnamDate(at);
  const year = Number(signedOn.slice(0, 4));
  const ruleSet = ruleSetAt(ports, at);
  const id = ports.ids.next();
  for (let attempt = 1; ; attempt++) {
    const seq = (await ports.documents.lastNumber(issuerId, year, request.series)) + 1;
    const number = documentNumber(seq, request.series, issuer.code);
    const ref: DecisionRef = { decisionId: id, number, signedOn };
    const judged = judgeBatch(
      request.action,
      nominations,
      { principal, at, ruleSet },
      () => request.facts(ref),
      request.action === 'decide' || request.action === 'province_decide' ? ref : undefined,
    );
    const planned: PlannedTransition[] = judged.map((j) => ({
      current: j.nomination,
      transition: storeTransitionOf(j.nomination, j, principal, { eventData: { documentId: id } }),
    }));
    const document: IssuedDocument = {
      id,
      kind: request.kind,
      series: request.series,
      issuerId,
      issuerCode: issuer.code,
      year,
      seq,
      number,
      signedOn,
      signedBy: {
        userId: principal.userId,
        role: judged[0]?.transition.role ?? '',
        ...(principal.email ? { email: principal.email } : {}),
      },
      summary: request.summary,
      action: request.action,
      entries: nominations.map(documentEntryOf),
      ...(request.revokes ? { revokes: request.revokes } : {}),
      ...(request.reason ? { reason: request.reason } : {}),
      status: 'pending',
      createdAt: at,
    };
    try {
      await ports.documents.issue(document, planned);
      return { document, nominations };
    } catch (error) {
      const taken = error instanceof ConflictError && error.code === 'DOCUMENT_NUMBER_TAKEN';
      if (!taken || attempt >= NUMBER_ATTEMPTS) throw error;
    }
  }
}
