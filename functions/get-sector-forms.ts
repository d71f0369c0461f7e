import { campaigns, clock, organisations, persons } from '../shared/adapters';
import { makeGetSectorForms } from '../shared/app/reports/sector-forms';
import { httpHandler } from '../shared/http/http-handler';
import { getSectorForms } from '../shared/http/routes/reports';
import { compose } from '../shared/runtime';

const formsOf = compose(makeGetSectorForms, { organisations, persons, campaigns, clock });

export const handler = httpHandler(getSectorForms, ({ principal, query }) => formsOf(principal, query));
