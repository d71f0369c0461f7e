import { clock, nominations, organisations } from '../shared/adapters';
import { makeGetStatistics } from '../shared/app/reports/statistics';
import { httpHandler } from '../shared/http/http-handler';
import { getStatistics } from '../shared/http/routes/reports';
import { compose } from '../shared/runtime';

const statisticsOf = compose(makeGetStatistics, { nominations, organisations, clock });

export const handler = httpHandler(getStatistics, ({ principal, query }) => statisticsOf(principal, query));
