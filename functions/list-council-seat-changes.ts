import { changeLog, councils } from '../shared/adapters';
import { makeListSeatChanges } from '../shared/app/council/seats';
import { httpHandler } from '../shared/http/http-handler';
import { listCouncilSeatChanges } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';

const list = compose(makeListSeatChanges, { councils, changeLog });

export const handler = httpHandler(listCouncilSeatChanges, ({ principal, params, query }) =>
  list(principal, params.id, params.memberId, query),
);
