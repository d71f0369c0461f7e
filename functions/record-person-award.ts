import { makeRecordPersonAward } from '../shared/app/directory/record-person-award';
import { httpHandler } from '../shared/http/http-handler';
import { recordPersonAward } from '../shared/http/routes/directory';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const record = makeRecordPersonAward(ports);

export const handler = httpHandler(
  recordPersonAward,
  ({ principal, params, body }) => record(principal, params.personId, body),
  { idempotencyStore },
);
