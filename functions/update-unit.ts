import { clock, organisations } from '../shared/adapters';
import { makeUpdateUnit } from '../shared/app/directory/units';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { updateUnit } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const update = compose(makeUpdateUnit, { clock, organisations });

export const handler = httpHandler(updateUnit, async ({ principal, params, body, expectedVersion }) => {
  const unit = await update(principal, params.unitId, body, expectedVersion);
  return new Reply(unit, etagHeader(unit.version));
});
