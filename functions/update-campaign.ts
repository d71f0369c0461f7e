import { campaigns, clock, ids, organisations } from '../shared/adapters';
import { makeUpdateCampaign } from '../shared/app/campaigns/draft-campaign';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { updateCampaign } from '../shared/http/routes/campaigns';
import { compose } from '../shared/runtime';

const update = compose(makeUpdateCampaign, { organisations, campaigns, ids, clock });

export const handler = httpHandler(updateCampaign, async ({ principal, params, body, expectedVersion }) => {
  const campaign = await update(principal, params.campaignId, body, expectedVersion);
  return new Reply(campaign, etagHeader(campaign.version));
});
