import { campaigns, clock, nominations, organisations } from '../shared/adapters';
import { makeGetPublicNotice } from '../shared/app/nominations/public-notice';
import { httpHandler } from '../shared/http/http-handler';
import { getPublicNotice } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const notice = compose(makeGetPublicNotice, { nominations, organisations, campaigns, clock });

export const handler = httpHandler(getPublicNotice, ({ principal, params, query }) =>
  notice(principal, params.organisationId, query),
);
