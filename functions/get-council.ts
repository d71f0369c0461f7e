import { clock, councils, organisations } from '../shared/adapters';
import { makeGetCouncil } from '../shared/app/council/get-council';
import { httpHandler } from '../shared/http/http-handler';
import { getCouncil } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';

const get = compose(makeGetCouncil, { organisations, councils, clock });

export const handler = httpHandler(getCouncil, ({ principal, params }) => get(principal, params.id));
