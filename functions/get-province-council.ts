import { makeGetProvinceCouncil } from '../shared/app/council/get-council';
import { httpHandler } from '../shared/http/http-handler';
import { getProvinceCouncil } from '../shared/http/routes/province-council';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const get = makeGetProvinceCouncil(ports);

export const handler = httpHandler(getProvinceCouncil, ({ principal }) => get(principal));
