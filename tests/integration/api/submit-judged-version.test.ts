/**
 * Submit judges eligibility, quota and initiatives on one read of the draft; the write must be
 * guarded by that same version, so an edit landing between the read and the write makes the
 * submit a 409 instead of sending a draft nobody checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSubmitNomination } from '../../../shared/app/nominations/submit-nomination';
import type { Principal } from '../../../shared/http/principal';
import {
  makeDynamoCampaignRepository,
  makeDynamoNominationRepository,
  makeDynamoPersonRepository,
} from '../../../shared/store/dynamo';
import { testClock } from '../../support/clock';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import { aDraft, aPersonNominee } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
beforeAll(async () => {
  api = await startTestApi('submit-judged');
  officer = await api.as('canbo.vanphong.snv');
}, 120_000);
afterAll(() => api?.stop());

describe('submitting a draft edited while it is being judged', () => {
  it('refuses with 409 and leaves the edited draft unsubmitted, instead of submitting an unchecked version', async () => {
    const { personId: _, ...nominee } = aPersonNominee('person-snv-05');
    const created = await officer.post<{ nomination: { id: string; version: number } }>(
      '/nominations',
      aDraft({ nominee }),
    );
    const { id, version } = created.body.nomination;
    const table = { client: api.app.dynamodb, tableName: api.tableName, clock: testClock };
    const nominations = makeDynamoNominationRepository(table);
    let edited = false;
    // The real store, with a second user's edit landing right after the submit's read: a rating
    // below "hoàn thành tốt" that LĐTT refuses (Điều 26 Luật TĐKT 2022).
    const racingStore = {
      ...nominations,
      get: async (nominationId: string) => {
        const read = await nominations.get(nominationId);
        if (!edited) {
          edited = true;
          const edit = await officer.put(
            `/nominations/${id}`,
            aDraft({ nominee: { ...nominee, taskRating: 'HTNV' } }),
            {
              headers: { 'if-match': `"${version}"` },
            },
          );
          expect(edit.status).toBe(200);
        }
        return read;
      },
    };
    const submit = makeSubmitNomination({
      nominations: racingStore,
      persons: makeDynamoPersonRepository(table),
      campaigns: makeDynamoCampaignRepository(table),
      clock: testClock,
    });
    const principal: Principal = {
      userId: 'unit-officer',
      roles: ['unit_officer'],
      orgId: 'org-snv',
      unitId: 'unit-snv-vp',
    };

    const outcome = await submit(principal, id).then(
      () => 'submitted',
      (error: { code?: string }) => error.code,
    );
    const after = await nominations.get(id);

    expect(edited).toBe(true);
    expect(outcome).toBe('NOMINATION_VERSION_CONFLICT');
    expect(after?.state).toBe('draft');
    expect(after?.version).toBe(version + 1);
  });
});
