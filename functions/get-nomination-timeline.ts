import { makeGetNominationTimeline } from '../shared/app/audit/get-nomination-timeline';
import { httpHandler } from '../shared/http/http-handler';
import { getNominationTimeline } from '../shared/http/routes/audit';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const timeline = makeGetNominationTimeline(ports);

export const handler = httpHandler(getNominationTimeline, ({ principal, params }) =>
  timeline(principal, params.id),
);
