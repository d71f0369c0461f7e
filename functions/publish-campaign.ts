import { makePublishCampaign } from '../shared/app/campaigns/draft-campaign';
import { httpHandler } from '../shared/http/http-handler';
import { publishCampaign } from '../shared/http/routes/campaigns';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const publish = makePublishCampaign(ports);

export const handler = httpHandler(
  publishCampaign,
  ({ principal, params, expectedVersion }) => publish(principal, params.campaignId, expectedVersion),
  { idempotencyStore },
);
