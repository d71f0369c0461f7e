import { councils, nominations } from '../shared/adapters';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { makeGetMeeting } from '../shared/app/council/get-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { getProvinceMeeting } from '../shared/http/routes/province-council';
import { compose } from '../shared/runtime';

const get = compose(makeGetMeeting, { nominations, councils }, PROVINCE_COUNCIL);

export const handler = httpHandler(getProvinceMeeting, ({ principal, params }) => get(principal, params.id));
