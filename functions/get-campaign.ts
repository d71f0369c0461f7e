import { campaigns, organisations } from '../shared/adapters';
import { makeGetCampaign } from '../shared/app/campaigns/read-campaigns';
import { httpHandler, Reply } from '../shared/http/http-handler';
import { etagHeader } from '../shared/http/response';
import { getCampaign } from '../shared/http/routes/campaigns';
import { compose } from '../shared/runtime';

const get = compose(makeGetCampaign, { organisations, campaigns });

export const handler = httpHandler(getCampaign, async ({ principal, params }) => {
  const campaign = await get(principal, params.campaignId);
  return new Reply(campaign, etagHeader(campaign.version));
});
