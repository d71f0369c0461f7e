import { clock, ids, organisations, persons } from '../shared/adapters';
import { makePreviewStaffImport } from '../shared/app/imports/staff-import';
import { httpHandler } from '../shared/http/http-handler';
import { previewStaffImport } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const preview = compose(makePreviewStaffImport, { clock, ids, organisations, persons });

export const handler = httpHandler(previewStaffImport, ({ principal, params, body }) =>
  preview(principal, params.organisationId, body),
);
