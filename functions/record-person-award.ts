import { clock, organisations, persons } from '../shared/adapters';
import { makeRecordAward } from '../shared/app/directory/award-history';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { recordPersonAward } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const record = compose(makeRecordAward, { clock, organisations, persons });

export const handler = idempotentHandler(recordPersonAward, ({ principal, params, body }) =>
  record(principal, { kind: 'person', id: params.personId }, body),
);
