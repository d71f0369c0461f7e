import { makeVerifyNominationAudit } from '../shared/app/audit/verify-nomination-audit';
import { httpHandler } from '../shared/http/http-handler';
import { verifyNominationAudit } from '../shared/http/routes/audit';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const verify = makeVerifyNominationAudit(ports);

export const handler = httpHandler(verifyNominationAudit, ({ principal, params }) =>
  verify(principal, params.id),
);
