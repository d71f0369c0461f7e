import { organisations, persons } from '../shared/adapters';
import { makeGetCollective } from '../shared/app/directory/award-history';
import { httpHandler } from '../shared/http/http-handler';
import { getCollective } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const get = compose(makeGetCollective, { organisations, persons });

export const handler = httpHandler(getCollective, ({ principal, params }) => get(principal, params.unitId));
