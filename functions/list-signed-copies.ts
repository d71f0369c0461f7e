import { changeLog, documentReader } from '../shared/adapters';
import { makeListSignedCopies } from '../shared/app/decisions/signed-copy';
import { httpHandler } from '../shared/http/http-handler';
import { listSignedCopies } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';

const list = compose(makeListSignedCopies, { documents: documentReader, changeLog });

export const handler = httpHandler(listSignedCopies, ({ principal, params }) => list(principal, params.id));
