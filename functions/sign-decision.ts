import { makeSignDecision } from '../shared/app/decisions/sign-decision';
import { httpHandler } from '../shared/http/http-handler';
import { signDecision } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const sign = makeSignDecision(ports);

export const handler = httpHandler(signDecision, ({ principal, body }) => sign(principal, body), {
  idempotencyStore,
});
