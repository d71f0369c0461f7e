import { changeLog, clock, documentReader, fileLimits, ids } from '../shared/adapters';
import { makeRequestSignedCopyUpload } from '../shared/app/decisions/signed-copy';
import { httpHandler } from '../shared/http/http-handler';
import { requestSignedCopyUpload } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const request = compose(makeRequestSignedCopyUpload, {
  documents: documentReader,
  clock,
  ids,
  files,
  changeLog,
  fileLimits,
});

export const handler = httpHandler(requestSignedCopyUpload, ({ principal, params, body }) =>
  request(principal, params.id, body),
);
