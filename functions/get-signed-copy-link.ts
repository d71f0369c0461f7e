import { changeLog, clock, documentReader, fileLimits, ids } from '../shared/adapters';
import { makeSignedCopyLink } from '../shared/app/decisions/signed-copy';
import { httpHandler } from '../shared/http/http-handler';
import { signedCopyLink } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';
import { files } from '../shared/s3-adapters';

const link = compose(makeSignedCopyLink, {
  documents: documentReader,
  clock,
  ids,
  files,
  changeLog,
  fileLimits,
});

export const handler = httpHandler(signedCopyLink, ({ principal, params, body }) =>
  link(principal, params.id, params.fileId, { inline: body.inline ?? false }),
);
