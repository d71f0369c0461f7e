import { campaigns, clock, ids, organisations } from '../shared/adapters';
import { makeCreateCampaign } from '../shared/app/campaigns/draft-campaign';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { createCampaign } from '../shared/http/routes/campaigns';
import { compose } from '../shared/runtime';

const create = compose(makeCreateCampaign, { organisations, campaigns, ids, clock });

export const handler = idempotentHandler(createCampaign, ({ principal, body }) => create(principal, body));
