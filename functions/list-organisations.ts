import { organisations } from '../shared/adapters';
import { makeListOrganisations } from '../shared/app/directory/organisations';
import { httpHandler } from '../shared/http/http-handler';
import { listOrganisations } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const list = compose(makeListOrganisations, { organisations });

export const handler = httpHandler(listOrganisations, ({ principal, query }) => list(principal, query));
