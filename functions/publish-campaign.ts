import { campaigns, clock, ids, organisations } from '../shared/adapters';
import { makePublishCampaign } from '../shared/app/campaigns/draft-campaign';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { publishCampaign } from '../shared/http/routes/campaigns';
import { compose } from '../shared/runtime';

const publish = compose(makePublishCampaign, { organisations, campaigns, clock, ids });

export const handler = idempotentHandler(publishCampaign, ({ principal, params, expectedVersion }) =>
  publish(principal, params.campaignId, expectedVersion),
);
