import { activityLog } from '../shared/adapters';
import { makeListActivity } from '../shared/app/audit/activity-log';
import { httpHandler } from '../shared/http/http-handler';
import { listActivity } from '../shared/http/routes/audit';
import { compose } from '../shared/runtime';

const list = compose(makeListActivity, { activityLog });

export const handler = httpHandler(listActivity, ({ principal, query }) =>
  list(principal, query.month, {
    ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    ...(query.limit === undefined ? {} : { limit: query.limit }),
  }),
);
