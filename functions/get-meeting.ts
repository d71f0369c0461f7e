import { councils, nominations } from '../shared/adapters';
import { makeGetMeeting } from '../shared/app/council/get-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { getMeeting } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';

const get = compose(makeGetMeeting, { nominations, councils });

export const handler = httpHandler(getMeeting, ({ principal, params }) => get(principal, params.id));
