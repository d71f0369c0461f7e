import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import {
  aDossierItem,
  aDraft,
  anInitiative,
  anUnlistedPersonDraft,
  aPersonNominee,
  baseDossier,
  createDraft,
  createSubmitted,
  draftFor,
} from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
beforeAll(async () => {
  api = await startTestApi('nominations-rules');
  officer = await api.as('canbo.vanphong.snv');
});
afterAll(() => api?.stop());

interface Refusal {
  error: { code: string; details: { refusals: { ruleId: string; citation: string; message: string }[] } };
}

describe('eligibility re-checked at submission', () => {
  it('refuses with 422 naming the rule and its citation when a rule fails', async () => {
    // Two consecutive CSTĐCS (2024, 2025) where Chiến sĩ thi đua cấp tỉnh needs three.
    const { body } = await createDraft(officer, draftFor('CSTD_TINH', 'person-snv-02', 2025));
    expect(body.eligibility.results).toContainEqual(
      expect.objectContaining({ ruleId: 'CSTD_TINH.consecutive_cstdcs', status: 'failed' }),
    );

    const res = await officer.post<Refusal>(`/nominations/${body.nomination.id}/submit`);
    const read = await officer.get<{ nomination: { state: string; version: number } }>(
      `/nominations/${body.nomination.id}`,
    );

    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('RULE_REFUSED');
    expect(res.body.error.details.refusals).toContainEqual(
      expect.objectContaining({
        ruleId: 'CSTD_TINH.consecutive_cstdcs',
        citation: expect.stringMatching(/Điều 22/),
      }),
    );
    expect(read.body.nomination).toMatchObject({ state: 'draft', version: 1 });
  });

  it('submits a nominee who meets every rule', async () => {
    const id = await createSubmitted(officer, draftFor('LDTT', 'person-snv-05'));

    expect(id).toEqual(expect.any(String));
  });
});

interface Detail {
  eligibility: {
    verdict: string;
    results: { ruleId: string; status: string; citation: string; message: string }[];
  };
}
const quotaOf = (body: { eligibility: { results: readonly { ruleId: string }[] } }) =>
  (body as Detail).eligibility.results.find((r) => r.ruleId === 'CSTDCS.quota');

// A year of its own, so no other test's LĐTT nominations count toward the base.
const QUOTA_YEAR = 2027;

describe("the CSTĐCS quota of a unit (the demo quy chế's 15 % of its LĐTT, rounded down)", () => {
  it('refuses the first CSTĐCS over the cap with 422 naming the quota rule, and admits it once the base grows', async () => {
    // 6 LĐTT → 15 % = 0.9 → 0 places.
    for (let i = 1; i <= 6; i++)
      await createSubmitted(officer, anUnlistedPersonDraft(i, { year: QUOTA_YEAR }));
    const first = await createDraft(officer, draftFor('CSTDCS', 'person-snv-01', QUOTA_YEAR));

    const refused = await officer.post<Refusal>(`/nominations/${first.body.nomination.id}/submit`);

    expect(refused.status).toBe(422);
    expect(refused.body.error.details.refusals).toEqual([
      expect.objectContaining({ ruleId: 'CSTDCS.quota', citation: expect.any(String) }),
    ]);

    // A 7th LĐTT → 1.05 → 1 place: the same draft now goes through, and the next one does not.
    await createSubmitted(officer, anUnlistedPersonDraft(7, { year: QUOTA_YEAR }));
    const before = await officer.get<Detail>(`/nominations/${first.body.nomination.id}`);
    const admitted = await officer.post(`/nominations/${first.body.nomination.id}/submit`);
    const second = await createDraft(officer, draftFor('CSTDCS', 'person-snv-02', QUOTA_YEAR));
    const over = await officer.post<Refusal>(`/nominations/${second.body.nomination.id}/submit`);

    // The panel tells the quota in words before sending, with the quy chế it rests on.
    expect(quotaOf(first.body)).toMatchObject({
      status: 'failed',
      citation: expect.stringMatching(/quy chế/i),
    });
    expect(quotaOf(first.body)?.message).toContain('15 % của 6 cá nhân đạt "Lao động tiên tiến"');
    expect(quotaOf(first.body)?.message).toContain('không còn suất');
    expect(quotaOf(before.body)?.message).toMatch(/tối đa 1 "Chiến sĩ thi đua cơ sở".*còn 1 suất/);
    expect(quotaOf(second.body)).toMatchObject({ status: 'failed' });
    expect(second.body.eligibility.verdict).toBe('ineligible');
    expect(admitted.status).toBe(200);
    expect(over.status).toBe(422);
    expect(over.body.error.details.refusals[0]?.ruleId).toBe('CSTDCS.quota');
  });

  it('gives the place back when the CSTĐCS nomination is withdrawn', async () => {
    const secretary = await api.as('thuky.snv');
    const before = await secretary.get<{ units: { unitId: string; used: number; allowed: number }[] }>(
      `/secretariat/quota-use?year=${QUOTA_YEAR}`,
    );
    const vp = before.body.units.find((u) => u.unitId === 'unit-snv-vp');
    expect(vp).toMatchObject({ used: 1, allowed: 1 });
    const list = await officer.get<{ items: { id: string; awardCode: string }[] }>(
      `/nominations?state=submitted&awardCode=CSTDCS&year=${QUOTA_YEAR}&limit=100`,
    );
    const held = list.body.items[0]?.id ?? '';

    await officer.post(`/nominations/${held}/withdraw`, { reason: 'Nhường suất cho đồng nghiệp.' });
    const after = await secretary.get<{ units: { unitId: string; used: number }[] }>(
      `/secretariat/quota-use?year=${QUOTA_YEAR}`,
    );
    const next = await createDraft(officer, draftFor('CSTDCS', 'person-snv-03', QUOTA_YEAR));
    const submitted = await officer.post(`/nominations/${next.body.nomination.id}/submit`);

    expect(after.body.units.find((u) => u.unitId === 'unit-snv-vp')?.used).toBe(0);
    expect(submitted.status).toBe(200);
  });
});

describe('an initiative counts toward one award only', () => {
  it('refuses with 409 a second nomination relying on an initiative already used', async () => {
    const initiative = anInitiative('25/QĐ-SNV', { initiativeId: 'SK-2026-001' });
    await createSubmitted(
      officer,
      aDraft({ awardCode: 'GIAY_KHEN', nominee: aPersonNominee('person-snv-04'), initiatives: [initiative] }),
    );
    const again = await createDraft(
      officer,
      aDraft({ awardCode: 'GIAY_KHEN', nominee: aPersonNominee('person-snv-05'), initiatives: [initiative] }),
    );

    const res = await officer.post<{ error: { code: string } }>(
      `/nominations/${again.body.nomination.id}/submit`,
    );
    const read = await officer.get<{ nomination: { state: string } }>(
      `/nominations/${again.body.nomination.id}`,
    );

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('INITIATIVE_ALREADY_USED');
    expect(read.body.nomination.state).toBe('draft');
  });
});

describe('every fact the rules need reaches them through the API', () => {
  type Results = {
    eligibility: { verdict: string; results: { ruleId: string; status: string; message: string }[] };
  };
  const rule = (body: Results, id: string) => body.eligibility.results.find((r) => r.ruleId === id);

  it('passes Bằng khen tỉnh on "02 năm liên tục hoàn thành xuất sắc nhiệm vụ" with past ratings declared (điểm d khoản 1 Điều 74)', async () => {
    const { body } = await createDraft(officer, {
      ...draftFor('BK_TINH', 'person-snv-04'),
      nominee: aPersonNominee('person-snv-04', { taskRating: 'HTXSNV' }),
      facts: { pastRatings: [{ year: 2025, rating: 'HTXSNV' }] },
      initiatives: [
        anInitiative('FACT-SK-1/QĐ-SNV', { recognisedOn: '2025-09-10', reach: 'unit' }),
        anInitiative('FACT-SK-2/QĐ-SNV', { recognisedOn: '2026-04-02', reach: 'unit' }),
      ],
    });
    expect(rule(body as unknown as Results, 'BK_TINH.person_achievement')).toMatchObject({
      status: 'passed',
      message: expect.stringContaining('2 năm liên tục hoàn thành xuất sắc nhiệm vụ'),
    });
  });

  it('refuses at submission a nominee the unit declares under a complaint being verified (Điều 4)', async () => {
    const { body } = await createDraft(officer, {
      ...anUnlistedPersonDraft(91),
      facts: {
        proceedings: { underDisciplinaryReview: false, underInvestigation: false, pendingComplaint: true },
      },
    });
    const res = await officer.post<Refusal>(`/nominations/${body.nomination.id}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.error.details.refusals).toContainEqual(
      expect.objectContaining({
        ruleId: 'COMMON.discipline_block',
        message: expect.stringMatching(/khiếu nại/),
      }),
    );
  });

  it('counts maternity leave with its evidence, and asks for the evidence without it', async () => {
    const leave = { specialLeave: [{ kind: 'maternity' as const, from: '2026-02-01', to: '2026-07-31' }] };
    const without = await createDraft(officer, {
      ...anUnlistedPersonDraft(92),
      facts: leave,
    });
    const withEvidence = await createDraft(officer, {
      ...anUnlistedPersonDraft(93, {
        dossier: [
          ...baseDossier(),
          aDossierItem({ kind: 'leave_evidence', title: 'Quyết định nghỉ thai sản' }),
        ],
      }),
      facts: leave,
    });
    expect(rule(without.body as unknown as Results, 'LDTT.special_leave')?.status).toBe('needs_evidence');
    expect(rule(withEvidence.body as unknown as Results, 'LDTT.special_leave')?.status).toBe('passed');
  });

  it('refuses a declared past year that is not before the year proposed, naming the field', async () => {
    const res = await officer.post<{ error: { code: string; issues: { path: string; message: string }[] } }>(
      '/nominations',
      { ...aDraft(), facts: { pastRatings: [{ year: 2026, rating: 'HTXSNV' }] } },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toContainEqual(
      expect.objectContaining({
        path: 'body.facts.pastRatings.0.year',
        message: expect.stringContaining('2026'),
      }),
    );
  });
});
