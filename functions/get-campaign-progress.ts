import { campaigns, nominations, organisations, persons } from '../shared/adapters';
import { makeGetCampaignProgress } from '../shared/app/campaigns/campaign-progress';
import { httpHandler } from '../shared/http/http-handler';
import { getCampaignProgress } from '../shared/http/routes/campaigns';
import { compose } from '../shared/runtime';

const progress = compose(makeGetCampaignProgress, { campaigns, organisations, persons, nominations });

export const handler = httpHandler(getCampaignProgress, ({ principal, params }) =>
  progress(principal, params.campaignId),
);
