import { makeListWorkQueue } from '../shared/app/nominations/list-work-queue';
import { httpHandler } from '../shared/http/http-handler';
import { listSecretariatQueue } from '../shared/http/routes/nominations';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListWorkQueue(ports, 'secretariat');

export const handler = httpHandler(listSecretariatQueue, ({ principal, query }) => {
  const { cursor, limit, ...filter } = query;
  return list(principal, filter, { ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) });
});
