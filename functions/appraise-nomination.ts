import { makeAppraiseNomination } from '../shared/app/decisions/province-steps';
import { httpHandler } from '../shared/http/http-handler';
import { appraiseNomination } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const appraise = makeAppraiseNomination(ports);

export const handler = httpHandler(
  appraiseNomination,
  ({ principal, params, body, expectedVersion }) =>
    appraise(principal, params.id, body.note, expectedVersion),
  { idempotencyStore },
);
