import { nominations } from '../shared/adapters';
import { makeListUnitNominations } from '../shared/app/nominations/list-unit-nominations';
import { httpHandler } from '../shared/http/http-handler';
import { listUnitNominations } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const list = compose(makeListUnitNominations, { nominations });

export const handler = httpHandler(listUnitNominations, ({ principal, query }) => {
  const { cursor, limit, ...filter } = query;
  return list(principal, filter, { ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) });
});
