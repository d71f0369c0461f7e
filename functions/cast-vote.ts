import { councils, nominations } from '../shared/adapters';
import { makeCastVote } from '../shared/app/council/cast-vote';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { castVote } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';

const vote = compose(makeCastVote, { nominations, councils });

export const handler = idempotentHandler(castVote, ({ principal, params, body }) =>
  vote(principal, params.id, body),
);
