import { makeCastVote } from '../shared/app/council/cast-vote';
import { httpHandler } from '../shared/http/http-handler';
import { castVote } from '../shared/http/routes/council';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const vote = makeCastVote(ports);

export const handler = httpHandler(
  castVote,
  ({ principal, params, body }) => vote(principal, params.id, body),
  {
    idempotencyStore,
  },
);
