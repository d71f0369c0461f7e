import { ForbiddenError } from '../../domain/errors';
import type { Principal } from '../../http/principal';
import { type IssuePorts, issueDocument } from './issue-document';
import { documentView } from './view';

export interface ForwardInput {
  readonly nominationIds: readonly string[];
  readonly summary?: string;
}

/**
 * The Sở sends the awards above its authority to the province in ONE tờ trình (`forward`,
 * `…/TTr-<Sở>`); the province sends national awards upward the same way (`forward_to_central`,
 * `…/TTr-UBND`), where the system records them as forwarded and stops.
 */
export function makeForwardNominations(ports: IssuePorts) {
  return async (principal: Principal, input: ForwardInput) => {
    const bySo = principal.roles.includes('director');
    if (!bySo && !principal.roles.includes('province_leader')) throw new ForbiddenError('ROLE_NOT_ALLOWED');
    const { document } = await issueDocument(ports, {
      principal,
      kind: 'submission',
      series: 'TTR',
      action: bySo ? 'forward' : 'forward_to_central',
      nominationIds: input.nominationIds,
      summary:
        input.summary ??
        (bySo
          ? 'Về việc đề nghị Chủ tịch UBND tỉnh khen thưởng'
          : 'Về việc đề nghị khen thưởng cấp Nhà nước'),
      facts: (ref) => ({ submissionLetter: { number: ref.number, issuedOn: ref.signedOn } }),
    });
    await ports.documents.markIssued(document.id);
    return documentView({ ...document, status: 'issued' });
  };
}
