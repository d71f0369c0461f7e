import { makeCastVote } from '../shared/app/council/cast-vote';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { httpHandler } from '../shared/http/http-handler';
import { castProvinceVote } from '../shared/http/routes/province-council';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const vote = makeCastVote(ports, PROVINCE_COUNCIL);

export const handler = httpHandler(
  castProvinceVote,
  ({ principal, params, body }) => vote(principal, params.id, body),
  { idempotencyStore },
);
