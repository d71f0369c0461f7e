import { clock, nominations, persons, ruleOverrides } from '../shared/adapters';
import { makeGetNomination } from '../shared/app/nominations/get-nomination';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { getNomination } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const get = compose(makeGetNomination, { nominations, persons, clock, ruleOverrides });

export const handler = httpHandler(getNomination, async ({ principal, params }) => {
  const detail = await get(principal, params.id);
  return new Reply(detail, etagHeader(detail.nomination.version));
});
