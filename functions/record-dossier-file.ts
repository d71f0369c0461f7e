import { changeLog, clock, fileLimits, ids, nominationReader } from '../shared/adapters';
import { makeRecordFile } from '../shared/app/files/dossier-files';
import { httpHandler } from '../shared/http/http-handler';
import { recordFile } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const register = compose(makeRecordFile, {
  nominations: nominationReader,
  clock,
  ids,
  files,
  changeLog,
  fileLimits,
});

export const handler = httpHandler(recordFile, ({ principal, params, body }) =>
  register(principal, params.id, body),
);
