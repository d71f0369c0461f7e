import { changeLog, clock, fileLimits, ids, nominationReader } from '../shared/adapters';
import { makeFileLink } from '../shared/app/files/dossier-files';
import { httpHandler } from '../shared/http/http-handler';
import { fileLink } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const link = compose(makeFileLink, {
  nominations: nominationReader,
  clock,
  ids,
  files,
  changeLog,
  fileLimits,
});

export const handler = httpHandler(fileLink, ({ principal, params, body }) =>
  link(principal, params.id, params.fileId, { inline: body.inline ?? false }),
);
