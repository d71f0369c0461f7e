import { documents } from '../shared/adapters';
import { makeListDecisions } from '../shared/app/decisions/get-decision';
import { httpHandler } from '../shared/http/http-handler';
import { listDecisions } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const list = compose(makeListDecisions, { documents });

export const handler = httpHandler(listDecisions, ({ principal, query }) => list(principal, query));
