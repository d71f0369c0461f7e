import { clock, persons } from '../shared/adapters';
import { makeRecordPersonAward } from '../shared/app/directory/record-person-award';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { recordPersonAward } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const record = compose(makeRecordPersonAward, { clock, persons });

export const handler = idempotentHandler(recordPersonAward, ({ principal, params, body }) =>
  record(principal, params.personId, body),
);
