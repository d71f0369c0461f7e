import { clock, councils, ids, nominations, organisations, persons, ruleOverrides } from '../shared/adapters';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { makeOpenMeeting } from '../shared/app/council/open-meeting';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { openProvinceMeeting } from '../shared/http/routes/province-council';
import { compose } from '../shared/runtime';

const open = compose(
  makeOpenMeeting,
  { nominations, organisations, persons, councils, clock, ids, ruleOverrides },
  PROVINCE_COUNCIL,
);

export const handler = idempotentHandler(openProvinceMeeting, ({ principal, body }) => open(principal, body));
