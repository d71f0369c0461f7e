import { makeGetCouncil } from '../shared/app/council/get-council';
import { httpHandler } from '../shared/http/http-handler';
import { getCouncil } from '../shared/http/routes/council';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const get = makeGetCouncil(ports);

export const handler = httpHandler(getCouncil, ({ principal, params }) => get(principal, params.id));
