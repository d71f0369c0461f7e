import { organisations } from '../shared/adapters';
import { makeGetOrganisation } from '../shared/app/directory/organisations';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { getOrganisation } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const get = compose(makeGetOrganisation, { organisations });

export const handler = httpHandler(getOrganisation, async ({ principal, params }) => {
  const organisation = await get(principal, params.organisationId);
  return new Reply(organisation, etagHeader(organisation.version));
});
