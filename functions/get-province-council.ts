import { clock, councils, organisations } from '../shared/adapters';
import { makeGetProvinceCouncil } from '../shared/app/council/get-council';
import { httpHandler } from '../shared/http/http-handler';
import { getProvinceCouncil } from '../shared/http/routes/province-council';
import { compose } from '../shared/runtime';

const get = compose(makeGetProvinceCouncil, { organisations, councils, clock });

export const handler = httpHandler(getProvinceCouncil, ({ principal }) => get(principal));
