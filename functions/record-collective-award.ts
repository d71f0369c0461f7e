import { clock, organisations, persons } from '../shared/adapters';
import { makeRecordAward } from '../shared/app/directory/award-history';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { recordCollectiveAward } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const record = compose(makeRecordAward, { clock, organisations, persons });

export const handler = idempotentHandler(recordCollectiveAward, ({ principal, params, body }) =>
  record(principal, { kind: 'unit', id: params.unitId }, body),
);
