import { campaigns, organisations } from '../shared/adapters';
import { makeListCampaigns } from '../shared/app/campaigns/read-campaigns';
import { httpHandler } from '../shared/http/http-handler';
import { listCampaigns } from '../shared/http/routes/campaigns';
import { compose } from '../shared/runtime';

const list = compose(makeListCampaigns, { organisations, campaigns });

export const handler = httpHandler(listCampaigns, ({ principal, query }) => list(principal, query));
