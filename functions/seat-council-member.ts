import { clock, councils, organisations } from '../shared/adapters';
import { makeSeatMember } from '../shared/app/council/seats';
import { Reply } from '../shared/http/http-handler';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { etagHeader } from '../shared/http/response';
import { seatCouncilMember } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const seat = compose(makeSeatMember, { councils, organisations, clock, users });

export const handler = idempotentHandler(seatCouncilMember, async ({ principal, params, body }) => {
  const seated = await seat(principal, params.id, body);
  return new Reply(seated, etagHeader(seated.version));
});
