import { organisations } from '../shared/adapters';
import { makeGetUnit } from '../shared/app/directory/units';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { getUnit } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const get = compose(makeGetUnit, { organisations });

export const handler = httpHandler(getUnit, async ({ principal, params }) => {
  const unit = await get(principal, params.unitId);
  return new Reply(unit, etagHeader(unit.version));
});
