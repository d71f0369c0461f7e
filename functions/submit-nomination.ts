import { makeSubmitNomination } from '../shared/app/nominations/submit-nomination';
import { httpHandler } from '../shared/http/http-handler';
import { submitNomination } from '../shared/http/routes/nominations';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const submit = makeSubmitNomination(ports);

export const handler = httpHandler(
  submitNomination,
  ({ principal, params, expectedVersion }) => submit(principal, params.id, expectedVersion),
  { idempotencyStore },
);
