import { nominations } from '../shared/adapters';
import { makeListWorkQueue } from '../shared/app/nominations/list-work-queue';
import { httpHandler } from '../shared/http/http-handler';
import { listCouncilQueue } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const list = compose(makeListWorkQueue, { nominations }, 'council');

export const handler = httpHandler(listCouncilQueue, ({ principal, query }) => {
  const { cursor, limit, ...filter } = query;
  return list(principal, filter, { ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) });
});
