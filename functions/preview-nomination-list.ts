import {
  campaigns,
  clock,
  ids,
  nominations,
  organisations,
  persons,
  ruleOverrides,
} from '../shared/adapters';
import { makePreviewNominationList } from '../shared/app/nominations/nomination-list';
import { httpHandler } from '../shared/http/http-handler';
import { previewNominationList } from '../shared/http/routes/nominations';
import { compose } from '../shared/runtime';

const preview = compose(makePreviewNominationList, {
  nominations,
  persons,
  campaigns,
  organisations,
  clock,
  ids,
  ruleOverrides,
});

export const handler = httpHandler(previewNominationList, ({ principal, body }) => preview(principal, body));
