import {
  type AuditAnchorStore,
  type ChainVerification,
  verifyAgainstAnchors,
  verifyAuditChain,
} from '../../store';
import { loadVisibleNomination } from '../access';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { readAuditTrail } from './read-audit-trail';

export type AuditVerification = ChainVerification & {
  readonly nominationId: string;
  /** Events read from the trail. */
  readonly eventCount: number;
  /** The chain's head as the nomination records it. */
  readonly head: { readonly seq: number; readonly hash: string };
  /** The last event anchored outside the table (0: none yet); later ones are not anchored yet. */
  readonly anchoredThrough: number;
  /** Vietnamese, for people. */
  readonly message: string;
};

const REASONS: Readonly<Record<string, string>> = {
  'missing-seq': 'thiếu sự kiện',
  'prev-hash-mismatch': 'liên kết với sự kiện trước bị sai',
  'hash-mismatch': 'nội dung sự kiện đã bị sửa đổi',
  'head-mismatch': 'nhật ký không khớp với hồ sơ (bị cắt bớt hoặc thêm vào)',
  'anchor-mismatch': 'sự kiện khác với bản đã neo ngoài cơ sở dữ liệu (nhật ký đã bị viết lại)',
  'anchor-conflict': 'có hai bản khác nhau của cùng một sự kiện đã được neo (nhật ký đã bị viết lại)',
  'anchored-event-missing': 'sự kiện đã được neo nhưng không còn trong nhật ký (đã bị xóa)',
};

/**
 * Recomputes a nomination's audit chain, against the head the nomination records and against the
 * links anchored outside the table (which its writers cannot change), and answers valid or the
 * first broken link (its seq and why). A chain rewritten consistently passes the first check and
 * fails the second.
 */
export function makeVerifyNominationAudit(
  ports: Pick<AppPorts, 'nominations'> & { readonly auditAnchors: AuditAnchorStore },
) {
  return async (principal: Principal, id: string): Promise<AuditVerification> => {
    const nomination = await loadVisibleNomination(ports.nominations, principal, id);
    const [events, anchors] = await Promise.all([
      readAuditTrail(ports.nominations, id),
      ports.auditAnchors.list(id),
    ]);
    const head = { seq: nomination.lastEventSeq, hash: nomination.lastEventHash };
    const chain = verifyAuditChain(events, { head });
    const anchored = verifyAgainstAnchors(events, anchors);
    const { anchoredThrough, ...againstAnchors } = anchored;
    const result: ChainVerification = chain.valid ? againstAnchors : chain;
    return {
      ...result,
      nominationId: id,
      eventCount: events.length,
      head,
      anchoredThrough,
      message: result.valid
        ? `Nhật ký ${events.length} sự kiện toàn vẹn${anchoredThrough > 0 ? `, khớp bản neo đến sự kiện số ${anchoredThrough}` : ''}.`
        : `Nhật ký bị phá vỡ tại sự kiện số ${result.brokenAt}: ${REASONS[result.reason] ?? result.reason}.`,
    };
  };
}
