import { makeRevokeDecision } from '../shared/app/decisions/revoke-decision';
import { httpHandler } from '../shared/http/http-handler';
import { revokeDecision } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const revoke = makeRevokeDecision(ports);

export const handler = httpHandler(
  revokeDecision,
  ({ principal, params, body }) => revoke(principal, params.id, body),
  { idempotencyStore },
);
