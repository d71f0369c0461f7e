import {
  campaigns,
  clock,
  ids,
  nominations,
  organisations,
  persons,
  ruleOverrides,
} from '../shared/adapters';
import { makeCreateNominationDraft } from '../shared/app/nominations/create-nomination-draft';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { createNominationDraft } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const create = compose(makeCreateNominationDraft, {
  nominations,
  organisations,
  persons,
  campaigns,
  clock,
  ids,
  ruleOverrides,
});

export const handler = idempotentHandler(createNominationDraft, ({ principal, body }) =>
  create(principal, body),
);
