import { councils, organisations } from '../shared/adapters';
import { makeListMeetings } from '../shared/app/council/get-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { listMeetings } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';

const list = compose(makeListMeetings, { organisations, councils });

export const handler = httpHandler(listMeetings, ({ principal, query }) => list(principal, query));
