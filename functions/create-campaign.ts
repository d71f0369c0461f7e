import { makeCreateCampaign } from '../shared/app/campaigns/draft-campaign';
import { httpHandler } from '../shared/http/http-handler';
import { createCampaign } from '../shared/http/routes/campaigns';
import { runtime } from '../shared/runtime';

const { ports, idempotencyStore } = runtime();
const create = makeCreateCampaign(ports);

export const handler = httpHandler(createCampaign, ({ principal, body }) => create(principal, body), {
  idempotencyStore,
});
