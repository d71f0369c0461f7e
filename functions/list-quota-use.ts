import { makeListQuotaUse } from '../shared/app/secretariat/list-quota-use';
import { httpHandler } from '../shared/http/http-handler';
import { listQuotaUse } from '../shared/http/routes/secretariat';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListQuotaUse(ports);

export const handler = httpHandler(listQuotaUse, ({ principal, query }) =>
  list(principal, query.awardCode, query.year),
);
