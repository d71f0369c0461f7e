import { makeListOrganisations } from '../shared/app/directory/organisations';
import { httpHandler } from '../shared/http/http-handler';
import { listOrganisations } from '../shared/http/routes/directory';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListOrganisations(ports);

export const handler = httpHandler(listOrganisations, ({ principal, query }) => list(principal, query));
