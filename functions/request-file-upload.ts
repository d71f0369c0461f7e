import { changeLog, clock, fileLimits, ids, nominationReader } from '../shared/adapters';
import { makeRequestUpload } from '../shared/app/files/dossier-files';
import { httpHandler } from '../shared/http/http-handler';
import { requestUpload } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const request = compose(makeRequestUpload, {
  nominations: nominationReader,
  clock,
  ids,
  files,
  changeLog,
  fileLimits,
});

export const handler = httpHandler(requestUpload, ({ principal, params, body }) =>
  request(principal, params.id, body),
);
