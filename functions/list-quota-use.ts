import { clock, nominations, organisations, persons, ruleOverrides } from '../shared/adapters';
import { makeListQuotaUse } from '../shared/app/secretariat/list-quota-use';
import { httpHandler } from '../shared/http/http-handler';
import { listQuotaUse } from '../shared/http/routes/secretariat';
import { compose } from '../shared/runtime';

const list = compose(makeListQuotaUse, { nominations, organisations, persons, clock, ruleOverrides });

export const handler = httpHandler(listQuotaUse, ({ principal, query }) =>
  list(principal, query.awardCode, query.year),
);
