import { changeLog, clock, fileLimits, ids } from '../shared/adapters';
import { makeRecordUnitFile } from '../shared/app/files/dossier-files';
import { httpHandler } from '../shared/http/http-handler';
import { recordUnitFile } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const register = compose(makeRecordUnitFile, { clock, ids, files, changeLog, fileLimits });

export const handler = httpHandler(recordUnitFile, ({ principal, params, body }) =>
  register(principal, params.unitId, body),
);
