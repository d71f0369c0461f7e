import { clock, ids, organisations, persons } from '../shared/adapters';
import { makeImportAwardHistory } from '../shared/app/imports/award-history-import';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { importAwardHistory } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const importRows = compose(makeImportAwardHistory, { clock, ids, organisations, persons });

export const handler = idempotentHandler(importAwardHistory, ({ principal, params, body }) =>
  importRows(principal, params.organisationId, body),
);
