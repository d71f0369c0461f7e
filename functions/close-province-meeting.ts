import { clock, councils, nominations, ruleOverrides } from '../shared/adapters';
import { makeCloseMeeting } from '../shared/app/council/close-meeting';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { closeProvinceMeeting } from '../shared/http/routes/province-council';
import { compose } from '../shared/runtime';

const close = compose(makeCloseMeeting, { nominations, councils, clock, ruleOverrides }, PROVINCE_COUNCIL);

export const handler = idempotentHandler(
  closeProvinceMeeting,
  ({ principal, params }) => close(principal, params.id),
  // A change per agenda item and one for the meeting: it always runs past one held change.
  { runAhead: false },
);
