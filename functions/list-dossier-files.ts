import { changeLog, nominationReader } from '../shared/adapters';
import { makeListFiles } from '../shared/app/files/dossier-files';
import { httpHandler } from '../shared/http/http-handler';
import { listFiles } from '../shared/http/routes/files';
import { compose } from '../shared/runtime';

const list = compose(makeListFiles, { nominations: nominationReader, changeLog });

export const handler = httpHandler(listFiles, ({ principal, params }) => list(principal, params.id));
