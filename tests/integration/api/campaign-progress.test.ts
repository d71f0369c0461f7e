import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignProgressReport } from '../../../shared/app/campaigns/campaign-progress';
import type { AwardCode } from '../../../shared/domain/vocabulary';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import { repo } from '../support/council';

const CAMPAIGN = 'camp-snv-2026';
const CSTDCS_TARGET = 3; // "15% đạt danh hiệu Chiến sĩ thi đua cơ sở" of the demo plan

let api: TestApi;
let secretary: ApiClient;
let officer: ApiClient;
let otherOrgOfficer: ApiClient;
let provinceOfficer: ApiClient;
let admin: ApiClient;

/** A nomination of the demo Sở under the campaign, put straight into `state` through the store. */
async function nominationAt(
  state: string,
  spec: { unitId: string; personId: string; awardCode?: AwardCode; taskRating?: string },
): Promise<void> {
  const nominations = repo(api);
  const draft = await nominations.create({
    id: `nom-progress-${randomUUID().slice(0, 8)}`,
    state: 'draft',
    organisationId: 'org-snv',
    unitId: spec.unitId,
    campaignId: CAMPAIGN,
    awardCode: spec.awardCode ?? 'CSTDCS',
    subject: 'person',
    track: 'annual',
    year: 2026,
    nominee: { name: `Người ${spec.personId}`, position: 'Chuyên viên' },
    form: {
      nominee: { subject: 'person', personId: spec.personId, taskRating: spec.taskRating ?? 'HTXSNV' },
    },
    event: { action: 'create', actor: { userId: 'test', role: 'unit_officer' } },
  });
  if (state === 'draft') return;
  await nominations.transition({
    id: draft.id,
    expectedVersion: 1,
    from: 'draft',
    to: state,
    event: { action: 'test', actor: { userId: 'test', role: 'council_secretary' } },
  });
}

async function progressAs(client: ApiClient): Promise<CampaignProgressReport> {
  const res = await client.get<CampaignProgressReport>(`/campaigns/${CAMPAIGN}/progress`);
  expect(res.status).toBe(200);
  return res.body;
}

const cstdcs = (report: CampaignProgressReport) => {
  const target = report.targets[CSTDCS_TARGET];
  if (!target) throw new Error('no CSTĐCS target');
  return target;
};

beforeAll(async () => {
  api = await startTestApi('campaign-progress');
  secretary = await api.as('thuky.snv');
  officer = await api.as('canbo.vanphong.snv');
  otherOrgOfficer = await api.as('canbo.vanphong.stc');
  provinceOfficer = await api.as('chuyenvien.tinh');
  admin = await api.as('quantri');
  // Văn phòng Sở: one nomination at each stage, one withdrawn, one still a draft.
  await nominationAt('submitted', { unitId: 'unit-snv-vp', personId: 'person-snv-01' });
  await nominationAt('council_passed', { unitId: 'unit-snv-vp', personId: 'person-snv-02' });
  await nominationAt('decided', { unitId: 'unit-snv-vp', personId: 'person-snv-03' });
  await nominationAt('withdrawn', { unitId: 'unit-snv-vp', personId: 'person-snv-04' });
  await nominationAt('draft', { unitId: 'unit-snv-vp', personId: 'person-snv-05' });
  // Phòng Công chức, viên chức: one awarded.
  await nominationAt('decided', { unitId: 'unit-snv-ccvc', personId: 'person-snv-06' });
}, 120_000);
afterAll(() => api?.stop());

describe('GET /campaigns/{id}/progress', () => {
  it('counts a unit’s nominations by stage, leaving out withdrawn ones and drafts', async () => {
    const report = await progressAs(secretary);

    const vp = cstdcs(report).units.find((row) => row.unitId === 'unit-snv-vp');
    expect(vp).toMatchObject({
      population: 5,
      required: 1,
      achieved: { proposed: 3, approved: 2, awarded: 1 },
      met: true,
      shortfall: 0,
    });
    expect(cstdcs(report).population).toBe('persons');
    expect(cstdcs(report).basis).toContain('danh bạ');
  });

  it('totals the organisation over every unit, its population and its nominations', async () => {
    const report = await progressAs(secretary);

    const target = cstdcs(report);
    expect(report.view).toBe('organisation');
    expect(target.units.map((row) => row.unitId).sort()).toEqual([
      'unit-snv-ccvc',
      'unit-snv-tcbc',
      'unit-snv-ttlt',
      'unit-snv-vp',
      'unit-snv-xdcq',
    ]);
    const population = target.units.reduce((sum, row) => sum + row.population, 0);
    expect(target.organisation).toMatchObject({
      population,
      required: Math.ceil((population * 15) / 100),
      achieved: { proposed: 4, approved: 3, awarded: 2 },
    });
  });

  it('measures a rating target from the ratings declared on nominations', async () => {
    const report = await progressAs(secretary);

    const rating = report.targets.find((t) => t.minTaskRating === 'HTTNV');
    expect(rating?.organisation.achieved).toEqual({ proposed: 4, approved: 3, awarded: 2 });
    expect(rating?.basis).toContain('chưa có xếp loại');
  });

  it('shows a unit officer their own unit’s row and the organisation total only', async () => {
    const mine = await progressAs(officer);
    const all = await progressAs(secretary);

    expect(mine.view).toBe('unit');
    expect(cstdcs(mine).units.map((row) => row.unitId)).toEqual(['unit-snv-vp']);
    expect(cstdcs(mine).organisation).toEqual(cstdcs(all).organisation);
    expect(mine.units.map((u) => u.unitId)).toEqual(['unit-snv-vp']);
  });

  it('lets the province see the Sở’s campaign with every unit', async () => {
    const report = await progressAs(provinceOfficer);

    expect(cstdcs(report).units).toHaveLength(5);
  });

  it('answers another organisation’s officer 404, the admin 403, and an unknown campaign 404', async () => {
    expect((await otherOrgOfficer.get(`/campaigns/${CAMPAIGN}/progress`)).status).toBe(404);
    expect((await admin.get(`/campaigns/${CAMPAIGN}/progress`)).status).toBe(403);
    expect((await secretary.get('/campaigns/khong-co/progress')).status).toBe(404);
  });
});
