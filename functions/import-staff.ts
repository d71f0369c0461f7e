import { clock, ids, organisations, persons } from '../shared/adapters';
import { makeImportStaff } from '../shared/app/imports/staff-import';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { importStaff } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const importRows = compose(makeImportStaff, { clock, ids, organisations, persons });

export const handler = idempotentHandler(importStaff, ({ principal, params, body }) =>
  importRows(principal, params.organisationId, body),
);
