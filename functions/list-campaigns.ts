import { makeListCampaigns } from '../shared/app/campaigns/read-campaigns';
import { httpHandler } from '../shared/http/http-handler';
import { listCampaigns } from '../shared/http/routes/campaigns';
import { runtime } from '../shared/runtime';

const { ports } = runtime();
const list = makeListCampaigns(ports);

export const handler = httpHandler(listCampaigns, ({ principal, query }) => list(principal, query));
