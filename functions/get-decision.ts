import { makeGetDecision } from '../shared/app/decisions/get-decision';
import { httpHandler } from '../shared/http/http-handler';
import { getDecision } from '../shared/http/routes/decisions';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const get = makeGetDecision(ports);

export const handler = httpHandler(getDecision, ({ principal, params }) => get(principal, params.id));
