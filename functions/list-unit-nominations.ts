import { makeListUnitNominations } from '../shared/app/nominations/list-unit-nominations';
import { httpHandler } from '../shared/http/http-handler';
import { listUnitNominations } from '../shared/http/routes/nominations';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListUnitNominations(ports);

export const handler = httpHandler(listUnitNominations, ({ principal, query }) => {
  const { cursor, limit, ...filter } = query;
  return list(principal, filter, { ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) });
});
