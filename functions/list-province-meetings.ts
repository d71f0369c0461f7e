import { councils, organisations } from '../shared/adapters';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { makeListMeetings } from '../shared/app/council/get-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { listProvinceMeetings } from '../shared/http/routes/province-council';
import { compose } from '../shared/runtime';

const list = compose(makeListMeetings, { organisations, councils }, PROVINCE_COUNCIL);

export const handler = httpHandler(listProvinceMeetings, ({ principal, query }) => list(principal, query));
