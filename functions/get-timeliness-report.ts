import { clock, nominations, ruleOverrides } from '../shared/adapters';
import { makeGetTimelinessReport } from '../shared/app/reports/timeliness';
import { httpHandler } from '../shared/http/http-handler';
import { getTimelinessReport } from '../shared/http/routes/reports';
import { compose } from '../shared/runtime';

const report = compose(makeGetTimelinessReport, { nominations, clock, ruleOverrides });

export const handler = httpHandler(getTimelinessReport, ({ principal, query }) => report(principal, query));
