import { makeListDecisions } from '../shared/app/decisions/get-decision';
import { httpHandler } from '../shared/http/http-handler';
import { listDecisions } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListDecisions(ports);

export const handler = httpHandler(listDecisions, ({ principal, query }) => list(principal, query));
