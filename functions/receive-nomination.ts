import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeReceiveNomination } from '../shared/app/decisions/province-steps';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { receiveNomination } from '../shared/http/routes/decisions';
import { compose } from '../shared/runtime';

const receive = compose(makeReceiveNomination, { nominations, clock, ruleOverrides });

export const handler = idempotentHandler(receiveNomination, ({ principal, params, expectedVersion }) =>
  receive(principal, params.id, expectedVersion),
);
