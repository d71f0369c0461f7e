import { campaigns, clock, councils, nominations, organisations, ruleOverrides } from '../shared/adapters';
import { makeGetWorklist } from '../shared/app/worklist/get-worklist';
import { httpHandler } from '../shared/http/http-handler';
import { getWorklist } from '../shared/http/routes/session';
import { compose } from '../shared/runtime';

const worklistOf = compose(makeGetWorklist, {
  nominations,
  organisations,
  councils,
  campaigns,
  clock,
  ruleOverrides,
});

export const handler = httpHandler(getWorklist, ({ principal }) => worklistOf(principal));
