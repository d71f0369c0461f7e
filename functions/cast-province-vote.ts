import { councils, nominations } from '../shared/adapters';
import { makeCastVote } from '../shared/app/council/cast-vote';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { castProvinceVote } from '../shared/http/routes/province-council';
import { compose } from '../shared/runtime';

const vote = compose(makeCastVote, { nominations, councils }, PROVINCE_COUNCIL);

export const handler = idempotentHandler(castProvinceVote, ({ principal, params, body }) =>
  vote(principal, params.id, body),
);
