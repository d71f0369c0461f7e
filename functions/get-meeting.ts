import { makeGetMeeting } from '../shared/app/council/get-meeting';
import { httpHandler } from '../shared/http/http-handler';
import { getMeeting } from '../shared/http/routes/council';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const get = makeGetMeeting(ports);

export const handler = httpHandler(getMeeting, ({ principal, params }) => get(principal, params.id));
