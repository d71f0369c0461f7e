import { nominations } from '../shared/adapters';
import { makeGetNominationTimeline } from '../shared/app/audit/get-nomination-timeline';
import { httpHandler } from '../shared/http/http-handler';
import { getNominationTimeline } from '../shared/http/routes/audit';
import { compose } from '../shared/runtime';

const timeline = compose(makeGetNominationTimeline, { nominations });

export const handler = httpHandler(getNominationTimeline, ({ principal, params }) =>
  timeline(principal, params.id),
);
