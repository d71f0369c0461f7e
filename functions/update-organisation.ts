import { clock, organisations } from '../shared/adapters';
import { makeUpdateOrganisation } from '../shared/app/directory/organisations';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { updateOrganisation } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const update = compose(makeUpdateOrganisation, { clock, organisations });

export const handler = httpHandler(
  updateOrganisation,
  async ({ principal, params, body, expectedVersion }) => {
    const organisation = await update(principal, params.organisationId, body, expectedVersion);
    return new Reply(organisation, etagHeader(organisation.version));
  },
);
