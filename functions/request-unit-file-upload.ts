import { changeLog, clock, fileLimits, ids } from '../shared/adapters';
import { makeRequestUnitUpload } from '../shared/app/files/dossier-files';
import { httpHandler } from '../shared/http/http-handler';
import { requestUnitUpload } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const request = compose(makeRequestUnitUpload, { clock, ids, files, changeLog, fileLimits });

export const handler = httpHandler(requestUnitUpload, ({ principal, params, body }) =>
  request(principal, params.unitId, body),
);
