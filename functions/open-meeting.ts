import { clock, councils, ids, nominations, organisations, persons, ruleOverrides } from '../shared/adapters';
import { makeOpenMeeting } from '../shared/app/council/open-meeting';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { openMeeting } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';

const open = compose(makeOpenMeeting, {
  nominations,
  organisations,
  persons,
  councils,
  clock,
  ids,
  ruleOverrides,
});

export const handler = idempotentHandler(openMeeting, ({ principal, body }) => open(principal, body));
