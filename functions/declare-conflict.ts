import { councils, nominations } from '../shared/adapters';
import { makeDeclareConflict } from '../shared/app/council/declare-conflict';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { declareConflict } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';

const declare = compose(makeDeclareConflict, { nominations, councils });

export const handler = idempotentHandler(declareConflict, ({ principal, params, body }) =>
  declare(principal, params.id, body),
);
