/**
 * One achievement, one reward: a person (or a collective) is nominated at most once for the same
 * award on the annual track in a year. The submission claims the nominee in its transaction, and
 * every exit before a decision (here: withdrawal) gives the claim back (docs/workflow.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NominationDraftInput } from '../../../shared/domain/forms';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import { aPersonNominee, createDraft, createSubmitted, draftFor } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
beforeAll(async () => {
  api = await startTestApi('nominee-once');
  officer = await api.as('canbo.vanphong.snv');
}, 120_000);
afterAll(() => api?.stop());

interface ErrorBody {
  error: { code: string; message: string; details: { nominatedBy: string } };
}

const submit = (id: string) => officer.post<ErrorBody & { state: string }>(`/nominations/${id}/submit`);

describe('a nominee nominated once per annual award and year', () => {
  it('refuses a second LĐTT 2026 of person-snv-01 with 409 naming the first, until the first is withdrawn', async () => {
    const first = await createSubmitted(officer, draftFor('LDTT', 'person-snv-01'));
    const { body } = await createDraft(officer, draftFor('LDTT', 'person-snv-01'));
    const second = body.nomination.id;

    const refused = await submit(second);
    const read = await officer.get<{ nomination: { state: string; version: number } }>(
      `/nominations/${second}`,
    );

    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('NOMINEE_ALREADY_NOMINATED');
    expect(refused.body.error.message).toMatch(/đã được đề nghị/);
    expect(refused.body.error.details.nominatedBy).toBe(first);
    expect(read.body.nomination).toMatchObject({ state: 'draft', version: 1 });

    const withdrawn = await officer.post(`/nominations/${first}/withdraw`, { reason: 'Nộp nhầm hồ sơ.' });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);

    const again = await submit(second);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
  });

  it('lets exactly one of two simultaneous submissions for the same person succeed', async () => {
    const drafts = await Promise.all(
      [1, 2].map(() => createDraft(officer, draftFor('LDTT', 'person-snv-02'))),
    );

    const results = await Promise.all(drafts.map(({ body }) => submit(body.nomination.id)));

    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('NOMINEE_ALREADY_NOMINATED');
  });

  it('allows the same award in another year', async () => {
    await createSubmitted(officer, draftFor('LDTT', 'person-snv-03', 2026));
    await createSubmitted(officer, draftFor('LDTT', 'person-snv-03', 2025));
  });

  it('does not claim campaign-track nominations', async () => {
    const campaignDraft = (): NominationDraftInput => ({
      ...draftFor('GIAY_KHEN', 'person-snv-01'),
      track: 'campaign',
      campaignId: 'camp-snv-2026',
      nominee: aPersonNominee('person-snv-01', { taskRating: 'HTXSNV' }),
    });

    await createSubmitted(officer, campaignDraft());
    await createSubmitted(officer, campaignDraft());
  });
});
