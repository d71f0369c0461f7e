import { makeForwardNominations } from '../shared/app/decisions/forward-nominations';
import { httpHandler } from '../shared/http/http-handler';
import { forwardNominations } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const forward = makeForwardNominations(ports);

export const handler = httpHandler(forwardNominations, ({ principal, body }) => forward(principal, body), {
  idempotencyStore,
});
