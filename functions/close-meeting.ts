import { clock, councils, nominations, ruleOverrides } from '../shared/adapters';
import { makeCloseMeeting } from '../shared/app/council/close-meeting';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { closeMeeting } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';

const close = compose(makeCloseMeeting, { nominations, councils, clock, ruleOverrides });

export const handler = idempotentHandler(
  closeMeeting,
  ({ principal, params }) => close(principal, params.id),
  // A change per agenda item and one for the meeting: it always runs past one held change.
  { runAhead: false },
);
