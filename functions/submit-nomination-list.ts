import {
  campaigns,
  clock,
  ids,
  nominations,
  organisations,
  persons,
  ruleOverrides,
} from '../shared/adapters';
import { makeSubmitNominationList } from '../shared/app/nominations/nomination-list';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { submitNominationList } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const send = compose(makeSubmitNominationList, {
  nominations,
  persons,
  campaigns,
  organisations,
  clock,
  ids,
  ruleOverrides,
});

export const handler = idempotentHandler(
  submitNominationList,
  ({ principal, body }) => send(principal, body),
  // A draft and a submission per row: it always runs past one held change.
  { runAhead: false },
);
