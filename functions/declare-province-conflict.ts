import { councils, nominations } from '../shared/adapters';
import { PROVINCE_COUNCIL } from '../shared/app/council/council-level';
import { makeDeclareConflict } from '../shared/app/council/declare-conflict';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { declareProvinceConflict } from '../shared/http/routes/province-council';
import { compose } from '../shared/runtime';

const declare = compose(makeDeclareConflict, { nominations, councils }, PROVINCE_COUNCIL);

export const handler = idempotentHandler(declareProvinceConflict, ({ principal, params, body }) =>
  declare(principal, params.id, body),
);
