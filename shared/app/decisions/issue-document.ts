import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import { type Action, type DecisionRef, vietnamDate } from '../../domain/workflow';
import type {
  DocumentKind,
  DocumentSeries,
  IssuedDocument,
  Nomination,
  PlannedTransition,
  TransitionExtra,
} from '../../store';
import { loadVisibleNominations } from '../access';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { ruleSetAt } from '../rule-set';
import { storeTransitionOf } from '../run-transition';
import { answeredSubmissions } from './answered-submissions';
import { type BatchFacts, judgeBatch } from './judge';
import { documentEntryOf } from './nominee';

export type IssuePorts = Pick<
  AppPorts,
  'nominations' | 'organisations' | 'documents' | 'clock' | 'ids' | 'ruleOverrides'
>;

/** How many times a number is taken again when another document took it first. */
const NUMBER_ATTEMPTS = 20;

/** What the official enters from the signed paper; each is optional (the system fills in the rest). */
export interface EnteredDetails {
  /** `163/QĐ-UBND`: the issuer's own code, unique in its year. */
  readonly number?: string;
  /** yyyy-mm-dd: not in the future, not before the outcome the document acts on. */
  readonly signedOn?: string;
  /** As printed: `{ name: 'Võ Trọng Hải', title: 'CHỦ TỊCH' }`, `KT. CHỦ TỊCH – PHÓ CHỦ TỊCH`. */
  readonly signer?: { readonly name: string; readonly title: string };
}

const invalid = (path: string, code: string, message: string) =>
  new ValidationError([{ path: `body.${path}`, code, message }]);

/** The sequence of an entered number, checked against the series and the issuer's code. */
function enteredSeq(number: string, series: DocumentSeries, issuerCode: string): number {
  const symbol = series === 'QD' ? 'QĐ' : 'TTr';
  const escaped = issuerCode.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^(\\d{1,5})/${symbol}-${escaped}$`).exec(number.normalize('NFC'));
  const seq = Number(match?.[1] ?? 0);
  if (!match || seq < 1) {
    throw invalid(
      'number',
      'invalid_number',
      `Số văn bản phải có dạng "số/${symbol}-${issuerCode}", ví dụ "12/${symbol}-${issuerCode}".`,
    );
  }
  return seq;
}

/** The signing date: today unless entered; never in the future, never before what it acts on. */
function signingDate(entered: string | undefined, today: string, nominations: readonly Nomination[]): string {
  if (entered === undefined) return today;
  if (entered > today) throw invalid('signedOn', 'in_future', 'Ngày ký không được sau ngày hôm nay.');
  // Each nomination reached the state the document acts on (a council's outcome, an appraisal)
  // with its last change; a document cannot be signed before that day.
  const outcome = nominations
    .map((n) => vietnamDate(n.updatedAt))
    .sort()
    .at(-1);
  if (outcome !== undefined && entered < outcome) {
    throw invalid(
      'signedOn',
      'before_outcome',
      `Ngày ký không được trước ngày có kết quả xét của đề nghị (${outcome.slice(8, 10)}/${outcome.slice(5, 7)}/${outcome.slice(0, 4)}).`,
    );
  }
  return entered;
}

/** `12/QĐ-SNV`, `03/TTr-SNV`: numbers from 01 each year (NĐ 30/2020), then the series and issuer. */
export function documentNumber(seq: number, series: DocumentSeries, issuerCode: string): string {
  return `${String(seq).padStart(2, '0')}/${series === 'QD' ? 'QĐ' : 'TTr'}-${issuerCode}`;
}

/** The extra writes of one nomination's transition, given the document's reference. */
export type ExtrasOf = (nomination: Nomination, ref: DecisionRef, at: string) => readonly TransitionExtra[];

export interface IssueRequest {
  readonly principal: Principal;
  readonly kind: DocumentKind;
  readonly series: DocumentSeries;
  readonly action: Action;
  readonly nominationIds: readonly string[];
  readonly summary: string;
  readonly reason?: string;
  readonly revokes?: string;
  /** Number, date and signer as the official entered them; absent parts are filled in. */
  readonly entered?: EnteredDetails;
  /** The facts each nomination is judged on, given the document's reference. */
  readonly facts: (ref: DecisionRef) => BatchFacts;
  /**
   * Writes each nomination's transition carries with it (its award added to the holder's history,
   * or annulled), so the document and its consequences are one transaction. Given the batch as
   * loaded here, so what the extras need is read from it, not loaded again.
   */
  readonly extras?: (batch: readonly Nomination[]) => Promise<ExtrasOf> | ExtrasOf;
}

/**
 * Issues one document for many nominations: loads them (404 for any the caller may not see),
 * takes the number the official entered (409 `DECISION_NUMBER_TAKEN` when the issuer already
 * used it that year) or the issuer's next free one, judges every nomination against the document
 * (all or nothing), then writes the document and every transition with its extras
 * (`DocumentRepository.issue`: one transaction when it fits, else rolled forward after a crash).
 * An automatic number taken meanwhile by another document is taken afresh; any other conflict is
 * the caller's 409 and nothing is written. The document is issued when this returns.
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
  const nominations = await loadVisibleNominations(ports.nominations, principal, request.nominationIds);
  const extrasOf = request.extras ? await request.extras(nominations) : undefined;
  const at = ports.clock.now().toISOString();
  const { entered = {} } = request;
  const signedOn = signingDate(entered.signedOn, vietnamDate(at), nominations);
  const year = Number(signedOn.slice(0, 4));
  const fixedSeq =
    entered.number === undefined ? undefined : enteredSeq(entered.number, request.series, issuer.code);
  const ruleSet = ruleSetAt(ports, at);
  // A chairman's decision names the Sở's tờ trình it answers (its legal ground, NĐ 30/2020).
  const answers =
    request.action === 'province_decide' ? await answeredSubmissions(ports.organisations, nominations) : [];
  const id = ports.ids.next();
  let counterWas = -1;
  let skip = 0;
  for (let attempt = 1; ; attempt++) {
    if (fixedSeq === undefined) {
      const last = await ports.documents.lastNumber(issuerId, year, request.series);
      skip = last === counterWas ? skip + 1 : 0;
      counterWas = last;
    }
    const seq = fixedSeq ?? counterWas + 1 + skip;
    const number =
      fixedSeq === undefined ? documentNumber(seq, request.series, issuer.code) : (entered.number as string);
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
      transition: storeTransitionOf(j.nomination, j, principal, {
        eventData: { documentId: id },
        ...(extrasOf ? { extras: extrasOf(j.nomination, ref, at) } : {}),
      }),
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
        // Without an entered signer the caller signs: their name is what the document prints.
        ...(principal.name ? { name: principal.name } : {}),
      },
      ...(entered.signer ? { signer: entered.signer } : {}),
      numbering: fixedSeq === undefined ? 'auto' : 'entered',
      summary: request.summary,
      action: request.action,
      entries: nominations.map(documentEntryOf),
      ...(answers.length > 0 ? { answers } : {}),
      ...(request.revokes ? { revokes: request.revokes } : {}),
      ...(request.reason ? { reason: request.reason } : {}),
      status: 'issued',
      createdAt: at,
    };
    try {
      await ports.documents.issue(document, planned, fixedSeq === undefined ? { counterWas } : undefined);
      return { document, nominations };
    } catch (error) {
      // Automatic numbering tries again: the counter moved (read it again), or the next number was
      // entered by hand on another document (the loop passes over it). An entered number does not.
      const code = error instanceof ConflictError ? error.code : undefined;
      const retry =
        fixedSeq === undefined && (code === 'DOCUMENT_NUMBER_TAKEN' || code === 'DECISION_NUMBER_TAKEN');
      if (!retry || attempt >= NUMBER_ATTEMPTS) throw error;
    }
  }
}
