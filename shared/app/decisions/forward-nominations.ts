import { ForbiddenError } from '../../domain/errors';
import type { Principal } from '../principal';
import { type EnteredDetails, type IssuePorts, issueDocument } from './issue-document';
import { enteredOf } from './sign-decision';
import { documentView } from './view';

export interface ForwardInput extends EnteredDetails {
  readonly nominationIds: readonly string[];
  readonly summary?: string;
}

/**
 * The Sở sends the awards above its authority to the province in ONE tờ trình (`forward`,
 * `…/TTr-<Sở>`); the province sends national awards upward the same way (`forward_to_central`,
 * `…/TTr-UBND`), where the system records them as forwarded and stops. Number (`…/TTr-<code>`),
 * date and signer may be entered as for a decision.
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
      entered: enteredOf(input),
      summary:
        input.summary ??
        (bySo
          ? 'Về việc đề nghị Chủ tịch UBND tỉnh khen thưởng'
          : 'Về việc đề nghị khen thưởng cấp Nhà nước'),
      facts: (ref) => ({ submissionLetter: { number: ref.number, issuedOn: ref.signedOn } }),
    });
    return documentView(document);
  };
}
