import { changeLog, clock, fileLimits, files, ids, nominations } from '../shared/adapters';
import { makeRequestUpload } from '../shared/app/files/dossier-files';
import { httpHandler } from '../shared/http/http-handler';
import { requestUpload } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';

const request = compose(makeRequestUpload, { nominations, clock, ids, files, changeLog, fileLimits });

export const handler = httpHandler(requestUpload, ({ principal, params, body }) =>
  request(principal, params.id, body),
);
