import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import {
  aDossierItem,
  aDraft,
  anInitiative,
  aPersonNominee,
  baseDossier,
  createDraft,
  createSubmitted,
  draftFor,
  unitFile,
  withUploadedFiles,
} from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
let secretary: ApiClient;
beforeAll(async () => {
  api = await startTestApi('secretariat');
  officer = await api.as('canbo.vanphong.snv');
  secretary = await api.as('thuky.snv');
});
afterAll(() => api?.stop());

interface Timeline {
  timeline: { action: string; reason?: string; data?: { items?: unknown[]; dossierAdded?: unknown[] } }[];
  nomination: { state: string; form: { dossier: unknown[] } };
}

describe('a return for more documents and the resubmission', () => {
  it('shows the unit the reason of every item, then accepts the completed dossier', async () => {
    const [letter, report] = baseDossier();
    if (!letter || !report) throw new Error('the base dossier has a letter and a report');
    const draft = aDraft({ dossier: [letter, report] });
    const id = await createSubmitted(officer, draft);
    const items = [
      { kind: 'review_minutes', reason: 'Thiếu biên bản họp bình xét của đơn vị.' },
      {
        kind: 'achievement_report',
        // The report as the draft names it: its uploaded file.
        fileRef: await unitFile(officer, 'achievement_report'),
        reason: 'Báo cáo thành tích chưa có xác nhận của thủ trưởng.',
      },
    ];

    const early = await secretary.post<{
      error: { code: string; details: { refusals: { ruleId: string; message: string }[] } };
    }>(`/nominations/${id}/accept`);
    const returned = await secretary.post<{ state: string }>(`/nominations/${id}/return`, {
      reason: 'Hồ sơ chưa đủ thành phần.',
      items,
    });
    const seen = await officer.get<Timeline>(`/nominations/${id}`);
    // The added documents with their files uploaded, as the unit does on screen: a new file for the
    // corrected report, the minutes it lacked.
    const completed = [
      { ...letter, fileRef: await unitFile(officer, 'proposal_letter') },
      aDossierItem({
        kind: 'achievement_report',
        title: 'Báo cáo thành tích (có xác nhận)',
        fileRef: await unitFile(officer, 'achievement_report', '-corrected'),
      }),
      aDossierItem({
        kind: 'review_minutes',
        title: 'Biên bản họp bình xét',
        fileRef: await unitFile(officer, 'review_minutes'),
      }),
    ];
    const resubmitted = await officer.post<{ state: string }>(`/nominations/${id}/resubmit`, {
      dossier: completed,
      note: 'Đã bổ sung theo yêu cầu.',
    });
    const accepted = await secretary.post<{ state: string }>(`/nominations/${id}/accept`);
    const final = await officer.get<Timeline>(`/nominations/${id}`);

    expect(early.status).toBe(422);
    expect(early.body.error.details.refusals[0]).toMatchObject({
      ruleId: 'dossier.complete',
      message: expect.stringMatching(/Biên bản họp/),
    });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('returned');
    expect(seen.body.timeline.at(-1)).toMatchObject({
      action: 'return',
      reason: 'Hồ sơ chưa đủ thành phần.',
      data: { items },
    });
    expect(resubmitted.body.state).toBe('submitted');
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('accepted');
    expect(final.body.nomination.form.dossier).toHaveLength(3);
    expect(final.body.timeline.map((e) => e.action)).toEqual([
      'create',
      'submit',
      'return',
      'resubmit',
      'accept',
    ]);
    expect(final.body.timeline[3]?.data?.dossierAdded).toHaveLength(2);
  });

  it('refuses a return without per-item reasons, and an item naming a document not in the dossier', async () => {
    const id = await createSubmitted(officer);

    const noItems = await secretary.post<{ error: { issues: { path: string }[] } }>(
      `/nominations/${id}/return`,
      { reason: 'Thiếu', items: [] },
    );
    const unknown = await secretary.post<{ error: { issues: { path: string }[] } }>(
      `/nominations/${id}/return`,
      {
        reason: 'Thiếu',
        items: [{ kind: 'other', fileRef: 'dossiers/khong-co.pdf', reason: 'Sai' }],
      },
    );

    expect(noItems.status).toBe(400);
    expect(noItems.body.error.issues[0]?.path).toBe('body.items');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0]?.path).toBe('body.items.0.fileRef');
  });

  it('refuses a resubmission of a nomination that was not returned', async () => {
    const id = await createSubmitted(officer);

    const res = await officer.post<{ error: { code: string } }>(`/nominations/${id}/resubmit`, {
      dossier: baseDossier(),
    });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('WORKFLOW_INVALID_TRANSITION');
  });
});

/** Seven LĐTT of the unit in `year`: under the demo quy chế's 15 %, one CSTĐCS place. */
async function sevenLdtt(year: number) {
  for (let i = 1; i <= 7; i++)
    await createSubmitted(
      officer,
      aDraft({
        year,
        nominee: {
          subject: 'person',
          fullName: `Cán bộ ${i}`,
          position: 'Chuyên viên',
          unitName: 'Văn phòng Sở',
          holdsLeadershipPost: false,
          taskRating: 'HTTNV',
          employedSince: '2015-01-01',
        },
      }),
    );
}

describe('acceptance', () => {
  it('refuses with 422 a dossier lacking the initiative certificate a CSTĐCS on the initiative path needs', async () => {
    // Điều 23 Luật 2022: HTTNV plus a recognised initiative; Điều 84 khoản 1 điểm d asks its certificate.
    const draft = draftFor('CSTDCS', 'person-snv-01');
    const { body } = await createDraft(officer, {
      ...draft,
      nominee: aPersonNominee('person-snv-01', { taskRating: 'HTTNV' }),
      initiatives: [anInitiative('SEC-SK-01/QĐ-SNV')],
      dossier: baseDossier(),
    });
    // No LĐTT in 2026 yet means no CSTĐCS place: give the unit its base first.
    await sevenLdtt(2026);
    await officer.post(`/nominations/${body.nomination.id}/submit`);

    const res = await secretary.post<{
      error: { code: string; details: { refusals: { ruleId: string; citation: string; message: string }[] } };
    }>(`/nominations/${body.nomination.id}/accept`);

    expect(res.status).toBe(422);
    expect(res.body.error.details.refusals[0]).toMatchObject({
      ruleId: 'dossier.complete',
      citation: expect.stringMatching(/Điều 84/),
      message: expect.stringMatching(/sáng kiến/),
    });
  });

  it('accepts a CSTĐCS on the HTXSNV path without an initiative certificate (Điều 23 Luật 2022)', async () => {
    // A year of its own: 7 LĐTT give the unit one CSTĐCS place (7 × 15 % = 1,05), leaving the
    // 2026 counts of the quota report below as they were.
    await sevenLdtt(2028);
    const draft = draftFor('CSTDCS', 'person-snv-02', 2028);
    const id = await createSubmitted(officer, { ...draft, dossier: baseDossier() });

    const res = await secretary.post<{ state: string }>(`/nominations/${id}/accept`);

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.state).toBe('accepted');
  });

  it('is the secretariat’s: a unit officer and a council member are refused with 403', async () => {
    const id = await createSubmitted(officer);
    const member = await api.as('hoidong1.snv');

    const byOfficer = await officer.post(`/nominations/${id}/accept`);
    const byMember = await member.post(`/nominations/${id}/accept`);

    expect(byOfficer.status).toBe(403);
    expect(byMember.status).toBe(403);
  });
});

describe('quota use per unit', () => {
  it('lists each unit of the Sở with its LĐTT base, the CSTĐCS places allowed and taken', async () => {
    const res = await secretary.get<{
      ruleId: string;
      citation: string;
      units: { unitId: string; baseCount: number; allowed: number; used: number }[];
    }>('/secretariat/quota-use?year=2026');

    expect(res.status).toBe(200);
    expect(res.body.ruleId).toBe('CSTDCS.quota');
    expect(res.body.citation).toMatch(/\S/);
    expect(res.body.units.map((u) => u.unitId)).toEqual(
      expect.arrayContaining(['unit-snv-vp', 'unit-snv-ccvc']),
    );
    const vp = res.body.units.find((u) => u.unitId === 'unit-snv-vp');
    expect(vp?.baseCount).toBeGreaterThanOrEqual(7);
    expect(vp?.allowed).toBe(Math.floor((vp?.baseCount ?? 0) * 0.15));
    expect(vp?.used).toBe(1);
  });
});
