import { campaigns, changeLog, clock, organisations, persons } from '../shared/adapters';
import { makeRecordTargetReport } from '../shared/app/campaigns/target-report';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { recordTargetReport } from '../shared/http/routes/campaigns';
import { compose } from '../shared/runtime';

const record = compose(makeRecordTargetReport, { campaigns, organisations, persons, clock, changeLog });

export const handler = httpHandler(
  recordTargetReport,
  async ({ principal, params, body, expectedVersion }) => {
    const report = await record(principal, params.campaignId, params.targetIndex, body, expectedVersion);
    return new Reply(report, etagHeader(report.version));
  },
);
