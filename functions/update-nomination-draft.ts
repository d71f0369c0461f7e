import { campaigns, clock, nominations, organisations, persons, ruleOverrides } from '../shared/adapters';
import { makeUpdateNominationDraft } from '../shared/app/nominations/update-nomination-draft';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { updateNominationDraft } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const update = compose(makeUpdateNominationDraft, {
  nominations,
  organisations,
  persons,
  campaigns,
  clock,
  ruleOverrides,
});

export const handler = httpHandler(
  updateNominationDraft,
  async ({ principal, params, body, expectedVersion }) => {
    const answer = await update(principal, params.id, body, expectedVersion);
    return new Reply(answer, etagHeader(answer.nomination.version));
  },
);
