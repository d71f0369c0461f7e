/**
 * The award history of people and of collectives, entered and corrected on screen: entries
 * entered by hand are corrected with a reason under the version read, atomically with their
 * change-log entry; entries a decision of the system wrote are only revoked; implausible entries
 * (an award the holder cannot receive, a decision before the year) are refused naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoPersonRepository } from '../../../shared/store/dynamo';
import { testClock } from '../../support/clock';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { extraUser } from '../support/council';

let api: TestApi;
let secretary: ApiClient;
let admin: ApiClient;
beforeAll(async () => {
  api = await startTestApi('award-history');
  secretary = await api.as('thuky.snv');
  admin = await api.as('quantri');
}, 120_000);
afterAll(() => api?.stop());

interface AwardView {
  ref: string;
  year: number;
  awardCode: string;
  decisionNumber: string;
  issuer?: string;
  version: number;
  correctable: boolean;
}
interface ErrorBody {
  error: { code: string; issues?: { path: string }[] };
}

const collective = async (unitId: string) =>
  (await secretary.get<{ unit: { name: string }; awards: AwardView[] }>(`/units/${unitId}/awards`)).body;

const TTLDTT_2023 = {
  year: 2023,
  awardCode: 'TTLDTT',
  track: 'annual',
  decisionNumber: '12/QĐ-SNV',
  decidedOn: '2024-01-12',
  issuer: 'Giám đốc Sở Nội vụ',
} as const;

describe("a collective's own record", () => {
  it('records an award of the unit itself, shows it in its history, and logs who entered it', async () => {
    const res = await secretary.post<AwardView>('/units/unit-snv-ccvc/awards', TTLDTT_2023);

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ref: '2023-TTLDTT-dec-2024-12-qd-snv', version: 1, correctable: true });
    const record = await collective('unit-snv-ccvc');
    expect(record.unit.name).toBeTruthy();
    expect(record.awards).toEqual([
      expect.objectContaining({
        awardCode: 'TTLDTT',
        issuer: 'Giám đốc Sở Nội vụ',
        decisionNumber: '12/QĐ-SNV',
      }),
    ]);
    const log = await admin.get<{ items: { action: string; actor: { name: string } }[] }>(
      `/registry-changes?entity=award&id=${encodeURIComponent(`unit:unit-snv-ccvc/${res.body.ref}`)}`,
    );
    expect(log.body.items).toMatchObject([{ action: 'create', actor: { name: 'Trần Thị Cúc' } }]);
  });

  it("refuses an award the holder cannot receive, and a decision dated before the award's year", async () => {
    const personTitle = await secretary.post<ErrorBody>('/units/unit-snv-ccvc/awards', {
      ...TTLDTT_2023,
      awardCode: 'LDTT',
    });
    const unitTitle = await secretary.post<ErrorBody>('/persons/person-snv-06/awards', TTLDTT_2023);
    const early = await secretary.post<ErrorBody>('/units/unit-snv-ccvc/awards', {
      ...TTLDTT_2023,
      decidedOn: '2022-12-30',
    });

    expect(personTitle.status).toBe(400);
    expect(personTitle.body.error.issues?.map((i) => i.path)).toEqual(['body.awardCode']);
    expect(unitTitle.status).toBe(400);
    expect(unitTitle.body.error.issues?.map((i) => i.path)).toEqual(['body.awardCode']);
    expect(early.body.error.issues?.map((i) => i.path)).toEqual(['body.decidedOn']);
  });

  it("keeps another organisation's secretariat and the unit officers out", async () => {
    const stc = await extraUser(api, ['council_secretary'], 'org-stc');
    const officer = await api.as('canbo.ccvc.snv');

    expect((await stc.post('/units/unit-snv-ccvc/awards', TTLDTT_2023)).status).toBe(404);
    expect((await stc.get('/units/unit-snv-ccvc/awards')).status).toBe(404);
    expect((await officer.post('/units/unit-snv-ccvc/awards', TTLDTT_2023)).status).toBe(403);
  });
});

describe('correcting an entry entered by hand', () => {
  const entered = {
    year: 2021,
    awardCode: 'LDTT',
    track: 'annual',
    decisionNumber: '40/QĐ-SNV',
    decidedOn: '2021-12-20',
  } as const;

  it('replaces it under the version read, and logs before, after and the reason', async () => {
    const first = await secretary.post<AwardView>('/persons/person-snv-06/awards', entered);
    const corrected = await secretary.patch<AwardView>(
      `/persons/person-snv-06/awards/${first.body.ref}`,
      {
        ...entered,
        decisionNumber: '41/QĐ-SNV',
        issuer: 'Giám đốc Sở Nội vụ',
        reason: 'Nhập nhầm số quyết định.',
      },
      ifMatch(1),
    );
    const stale = await secretary.patch<ErrorBody>(
      `/persons/person-snv-06/awards/${corrected.body.ref}`,
      { ...entered, decisionNumber: '42/QĐ-SNV', reason: 'Sửa lần hai từ bản cũ.' },
      ifMatch(1),
    );
    const person = await secretary.get<{ awards: AwardView[] }>('/persons/person-snv-06');

    expect(corrected.status).toBe(200);
    expect(corrected.headers.get('etag')).toBe('"2"');
    expect(corrected.body).toMatchObject({ decisionNumber: '41/QĐ-SNV', version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const numbers = person.body.awards.filter((a) => a.year === 2021).map((a) => a.decisionNumber);
    expect(numbers).toEqual(['41/QĐ-SNV']);
    const log = await admin.get<{ items: Record<string, unknown>[] }>(
      `/registry-changes?entity=award&id=${encodeURIComponent(`person-snv-06/${first.body.ref}`)}`,
    );
    expect(log.body.items).toMatchObject([
      { action: 'create' },
      {
        action: 'update',
        reason: 'Nhập nhầm số quyết định.',
        before: { decisionNumber: '40/QĐ-SNV' },
        after: { decisionNumber: '41/QĐ-SNV', issuer: 'Giám đốc Sở Nội vụ' },
      },
    ]);
  });

  it('lets one of two corrections sent at once from the same version win; the other gets 409', async () => {
    const entry = await secretary.post<AwardView>('/units/unit-snv-vp/awards', {
      ...TTLDTT_2023,
      year: 2022,
      decisionNumber: '07/QĐ-SNV',
      decidedOn: '2023-01-09',
    });
    const path = `/units/unit-snv-vp/awards/${entry.body.ref}`;
    const body = (issuer: string) => ({
      ...TTLDTT_2023,
      year: 2022,
      decisionNumber: '07/QĐ-SNV',
      decidedOn: '2023-01-09',
      issuer,
      reason: 'Bổ sung cơ quan ban hành.',
    });

    const results = await Promise.all([
      secretary.patch(path, body('Giám đốc Sở Nội vụ'), ifMatch(1)),
      admin.patch(path, body('Chủ tịch UBND tỉnh Hà Tĩnh'), ifMatch(1)),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const stored = (await collective('unit-snv-vp')).awards.filter((a) => a.year === 2022);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.version).toBe(2);
  });

  it('refuses to turn one entry into another that exists (409), and leaves both', async () => {
    const a = await secretary.post<AwardView>('/persons/person-snv-07/awards', entered);
    const b = await secretary.post<AwardView>('/persons/person-snv-07/awards', {
      ...entered,
      year: 2020,
      decisionNumber: '50/QĐ-SNV',
      decidedOn: '2020-12-21',
    });

    const onto = await secretary.patch<ErrorBody>(
      `/persons/person-snv-07/awards/${b.body.ref}`,
      { ...entered, reason: 'Trùng với quyết định khác.' },
      ifMatch(1),
    );

    expect(onto.status).toBe(409);
    expect(onto.body.error.code).toBe('ALREADY_EXISTS');
    const person = await secretary.get<{ awards: AwardView[] }>('/persons/person-snv-07');
    expect(person.body.awards.map((x) => x.ref)).toEqual(expect.arrayContaining([a.body.ref, b.body.ref]));
  });

  it('does not correct an entry a decision of the system wrote: that is for a revoking decision', async () => {
    // Written as the decision's own transaction writes it (with the nomination it came from).
    await makeDynamoPersonRepository({
      client: api.app.dynamodb,
      tableName: api.tableName,
      clock: testClock,
    }).recordAward({
      holder: { kind: 'person', id: 'person-snv-06' },
      year: 2024,
      awardCode: 'LDTT',
      track: 'annual',
      unitId: 'unit-snv-ccvc',
      entryId: 'dec-system-2024',
      decisionId: 'dec-system-2024',
      decisionNumber: '88/QĐ-SNV',
      decidedAt: '2024-12-30T00:00:00.000Z',
      nominationId: 'nom-system-2024',
    });
    const person = await secretary.get<{ awards: AwardView[] }>('/persons/person-snv-06');
    const fromDecision = person.body.awards.find((a) => a.year === 2024);

    const res = await secretary.patch<ErrorBody>(
      `/persons/person-snv-06/awards/${fromDecision?.ref}`,
      { ...entered, year: 2024, decidedOn: '2024-12-30', reason: 'Thử sửa quyết định của hệ thống.' },
      ifMatch(1),
    );

    expect(fromDecision?.correctable).toBe(false);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('AWARD_NOT_CORRECTABLE');
  });

  it('requires a reason and the version read', async () => {
    const entry = await secretary.post<AwardView>('/persons/person-snv-06/awards', {
      ...entered,
      year: 2018,
      decisionNumber: '60/QĐ-SNV',
      decidedOn: '2018-12-20',
    });
    const path = `/persons/person-snv-06/awards/${entry.body.ref}`;

    const noReason = await secretary.patch<ErrorBody>(
      path,
      { ...entered, year: 2018, decidedOn: '2018-12-20' },
      ifMatch(1),
    );
    const noVersion = await secretary.patch(path, { ...entered, reason: 'Không có phiên bản.' });

    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues?.map((i) => i.path)).toContain('body.reason');
    expect(noVersion.status).toBe(428);
  });
});
