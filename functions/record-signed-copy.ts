import { changeLog, clock, documentReader, fileLimits, ids } from '../shared/adapters';
import { makeRecordSignedCopy } from '../shared/app/decisions/signed-copy';
import { httpHandler } from '../shared/http/http-handler';
import { recordSignedCopy } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const register = compose(makeRecordSignedCopy, {
  documents: documentReader,
  clock,
  ids,
  files,
  changeLog,
  fileLimits,
});

export const handler = httpHandler(recordSignedCopy, ({ principal, params, body }) =>
  register(principal, params.id, body),
);
