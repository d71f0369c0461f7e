import { clock, organisations, persons } from '../shared/adapters';
import { makeCorrectAward } from '../shared/app/directory/award-history';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { correctPersonAward } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const correct = compose(makeCorrectAward, { clock, organisations, persons });

export const handler = httpHandler(
  correctPersonAward,
  async ({ principal, params, body, expectedVersion }) => {
    const entry = await correct(
      principal,
      { kind: 'person', id: params.personId },
      params.ref,
      body,
      expectedVersion,
    );
    return new Reply(entry, etagHeader(entry.version));
  },
);
