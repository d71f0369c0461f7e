import { clock, councils, organisations } from '../shared/adapters';
import { makeUpdateSeat } from '../shared/app/council/seats';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { updateCouncilSeat } from '../shared/http/routes/council';
import { compose } from '../shared/runtime';
import { users } from '../shared/users-runtime';

const update = compose(makeUpdateSeat, { councils, organisations, clock, users });

export const handler = httpHandler(
  updateCouncilSeat,
  async ({ principal, params, body, expectedVersion }) => {
    const seat = await update(principal, params.id, params.memberId, body, expectedVersion);
    return new Reply(seat, etagHeader(seat.version));
  },
);
