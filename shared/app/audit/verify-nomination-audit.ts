import type { Principal } from '../../http/principal';
import { type ChainVerification, verifyAuditChain } from '../../store';
import { loadVisibleNomination } from '../access';
import type { AppPorts } from '../ports';
import { readAuditTrail } from './read-audit-trail';

export type AuditVerification = ChainVerification & {
  readonly nominationId: string;
  /** Events read from the trail. */
  readonly eventCount: number;
  /** The chain's head as the nomination records it. */
  readonly head: { readonly seq: number; readonly hash: string };
  /** Vietnamese, for people. */
  readonly message: string;
};

const REASONS: Readonly<Record<string, string>> = {
  'missing-seq': 'thiếu sự kiện',
  'prev-hash-mismatch': 'liên kết với sự kiện trước bị sai',
  'hash-mismatch': 'nội dung sự kiện đã bị sửa đổi',
  'head-mismatch': 'nhật ký không khớp với hồ sơ (bị cắt bớt hoặc thêm vào)',
};

/**
 * Recomputes a nomination's audit chain, against the head the nomination records, and answers
 * valid or the first broken link (its seq and why).
 */
export function makeVerifyNominationAudit(ports: Pick<AppPorts, 'nominations'>) {
  return async (principal: Principal, id: string): Promise<AuditVerification> => {
    const nomination = await loadVisibleNomination(ports.nominations, principal, id);
    const events = await readAuditTrail(ports.nominations, id);
    const head = { seq: nomination.lastEventSeq, hash: nomination.lastEventHash };
    const result = verifyAuditChain(events, { head });
    return {
      ...result,
      nominationId: id,
      eventCount: events.length,
      head,
      message: result.valid
        ? `Nhật ký ${events.length} sự kiện toàn vẹn.`
        : `Nhật ký bị phá vỡ tại sự kiện số ${result.brokenAt}: ${REASONS[result.reason] ?? result.reason}.`,
    };
  };
}
