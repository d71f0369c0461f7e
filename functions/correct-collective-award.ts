import { clock, organisations, persons } from '../shared/adapters';
import { makeCorrectAward } from '../shared/app/directory/award-history';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { correctCollectiveAward } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const correct = compose(makeCorrectAward, { clock, organisations, persons });

export const handler = httpHandler(
  correctCollectiveAward,
  async ({ principal, params, body, expectedVersion }) => {
    const entry = await correct(
      principal,
      { kind: 'unit', id: params.unitId },
      params.ref,
      body,
      expectedVersion,
    );
    return new Reply(entry, etagHeader(entry.version));
  },
);
