import { documents, nominations } from '../shared/adapters';
import { makeGetDecision } from '../shared/app/decisions/get-decision';
import { httpHandler } from '../shared/http/http-handler';
import { getDecision } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const get = compose(makeGetDecision, { documents, nominations });

export const handler = httpHandler(getDecision, ({ principal, params }) => get(principal, params.id));
