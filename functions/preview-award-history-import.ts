import { clock, ids, organisations, persons } from '../shared/adapters';
import { makePreviewAwardHistoryImport } from '../shared/app/imports/award-history-import';
import { httpHandler } from '../shared/http/http-handler';
import { previewAwardHistoryImport } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const preview = compose(makePreviewAwardHistoryImport, { clock, ids, organisations, persons });

export const handler = httpHandler(previewAwardHistoryImport, ({ principal, params, body }) =>
  preview(principal, params.organisationId, body),
);
