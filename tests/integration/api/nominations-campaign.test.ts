/**
 * A unit proposes only against a launched (published) campaign whose nomination deadline has not
 * passed: drafting, editing onto it and submitting are refused otherwise.
 */
import { randomUUID } from 'node:crypto';
import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CAMPAIGNS } from '../../../local/seed/demo-province';
import { CampaignSchema } from '../../../shared/domain/forms';
import { makeDynamoCampaignRepository } from '../../../shared/store/dynamo';
import { testClock } from '../../support/clock';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { aDraft, createDraft } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
beforeAll(async () => {
  api = await startTestApi('nominations-campaign');
  officer = await api.as('canbo.vanphong.snv');
}, 120_000);
afterAll(() => api?.stop());

type ErrorBody = { error: { code: string } };

/** A campaign of the Sở Nội vụ written straight to the store, in the given status and deadline. */
async function aCampaign(status: 'draft' | 'published', nominationDeadline: string): Promise<string> {
  const id = `camp-test-${randomUUID().slice(0, 8)}`;
  const details = CampaignSchema.parse({ ...DEMO_CAMPAIGNS[0]?.details, nominationDeadline });
  await makeDynamoCampaignRepository({
    client: api.app.dynamodb,
    tableName: api.tableName,
    clock: testClock,
  }).create({ id, organisationId: 'org-snv', year: 2026, title: details.title, details, status });
  return id;
}

describe('nominating under a campaign', () => {
  it('refuses a draft against a campaign not yet published (409 CAMPAIGN_NOT_PUBLISHED), then takes it once published', async () => {
    const secretary = await api.as('thuky.snv');
    const director = await api.as('giamdoc.snv');
    const campaign = await secretary.post<{ id: string }>('/campaigns', DEMO_CAMPAIGNS[0]?.details);

    const refused = await officer.post<ErrorBody>('/nominations', aDraft({ campaignId: campaign.body.id }));
    expect((await director.post(`/campaigns/${campaign.body.id}/publish`)).status).toBe(200);
    const accepted = await officer.post('/nominations', aDraft({ campaignId: campaign.body.id }));

    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('CAMPAIGN_NOT_PUBLISHED');
    expect(accepted.status).toBe(201);
  });

  it('refuses a draft against a published campaign whose deadline has passed (409 NOMINATION_DEADLINE_PASSED)', async () => {
    const closed = await aCampaign('published', '2026-01-10');

    const res = await officer.post<ErrorBody>('/nominations', aDraft({ campaignId: closed }));

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('NOMINATION_DEADLINE_PASSED');
  });

  it('refuses moving a draft onto a draft campaign, and submitting a draft whose campaign was never published', async () => {
    const { body } = await createDraft(officer, aDraft());
    const unpublished = await aCampaign('draft', '2026-12-15');
    const moved = await officer.put<ErrorBody>(
      `/nominations/${body.nomination.id}`,
      { ...aDraft(), campaignId: unpublished },
      ifMatch(body.nomination.version),
    );
    // A nomination that reached a draft campaign by other means (an import) is still refused at submit.
    await api.app.dynamodb.send(
      new UpdateItemCommand({
        TableName: api.tableName,
        Key: { PK: { S: `NOM#${body.nomination.id}` }, SK: { S: 'META' } },
        UpdateExpression: 'SET campaignId = :c',
        ExpressionAttributeValues: { ':c': { S: unpublished } },
      }),
    );

    const submitted = await officer.post<ErrorBody>(`/nominations/${body.nomination.id}/submit`);

    expect(moved.status).toBe(409);
    expect(moved.body.error.code).toBe('CAMPAIGN_NOT_PUBLISHED');
    expect(submitted.status).toBe(409);
    expect(submitted.body.error.code).toBe('CAMPAIGN_NOT_PUBLISHED');
  });
});
