import { makeGetTimelinessReport } from '../shared/app/reports/timeliness';
import { httpHandler } from '../shared/http/http-handler';
import { getTimelinessReport } from '../shared/http/routes/reports';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const report = makeGetTimelinessReport(ports);

export const handler = httpHandler(getTimelinessReport, ({ principal, query }) => report(principal, query));
