import { nominations } from '../shared/adapters';
import { makeVerifyNominationAudit } from '../shared/app/audit/verify-nomination-audit';
import { httpHandler } from '../shared/http/http-handler';
import { verifyNominationAudit } from '../shared/http/routes/audit';
import { compose } from '../shared/runtime';
import { auditAnchors } from '../shared/s3-adapters';

const verify = compose(makeVerifyNominationAudit, { nominations, auditAnchors });

export const handler = httpHandler(verifyNominationAudit, ({ principal, params }) =>
  verify(principal, params.id),
);
