/**
 * Targets no nomination measures ("100 % hưởng ứng tham gia các hoạt động xã hội", seed 004) are
 * recorded by each unit with its evidence: versioned, audited, refused when the evidence is not
 * the unit's own upload, and counted in the campaign's progress.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignProgressReport } from '../../../shared/app/campaigns/campaign-progress';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import { uploadTo } from '../support/files';

const CAMPAIGN = 'camp-snv-2026';
const REPORTED = 5; // the demo plan's participation target, measured by report
const PATH = `/campaigns/${CAMPAIGN}/targets/${REPORTED}/report`;

let api: TestApi;
let officer: ApiClient;
let secretary: ApiClient;
let evidence: string;

async function unitFile(client: ApiClient, unitId: string): Promise<string> {
  const { recorded } = await uploadTo(
    client,
    `/units/${unitId}`,
    new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n')),
    {
      kind: 'other',
      fileName: 'bao-cao-ket-qua.pdf',
      contentType: 'application/pdf',
    },
  );
  if (recorded?.status !== 201) throw new Error(`unit file: ${recorded?.status}`);
  return (recorded.body as { fileRef: string }).fileRef;
}

beforeAll(async () => {
  api = await startTestApi('target-reports');
  officer = await api.as('canbo.vanphong.snv');
  secretary = await api.as('thuky.snv');
  evidence = await unitFile(officer, 'unit-snv-vp');
}, 120_000);
afterAll(() => api?.stop());

const report = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'unit-snv-vp',
  achieved: 4,
  evidence: { title: 'Báo cáo kết quả hưởng ứng năm 2026', fileRef: evidence },
  ...overrides,
});

describe('a unit reports a target no nomination measures', () => {
  it('records the result with its evidence, and the progress counts it for the unit', async () => {
    const res = await officer.put<{ version: number; achieved: number }>(PATH, report());
    const progress = await secretary.get<CampaignProgressReport>(`/campaigns/${CAMPAIGN}/progress`);

    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    const target = progress.body.targets[REPORTED];
    expect(target?.measuredBy).toBe('unit_report');
    const vp = target?.units.find((u) => u.unitId === 'unit-snv-vp');
    expect(vp?.achieved.awarded).toBe(4);
    expect(vp?.message).toContain('minh chứng: Báo cáo kết quả hưởng ứng năm 2026');
    expect(target?.units.find((u) => u.unitId === 'unit-snv-ccvc')?.message).toBe(
      'Đơn vị chưa báo cáo kết quả chỉ tiêu này.',
    );
  });

  it('refuses a second first report (409), then takes a new version with If-Match, and a stale one is 409', async () => {
    const again = await officer.put<{ error: { code: string } }>(PATH, report({ achieved: 5 }));
    const updated = await officer.put<{ version: number; achieved: number }>(PATH, report({ achieved: 5 }), {
      headers: { 'if-match': '"1"' },
    });
    const stale = await officer.put<{ error: { code: string } }>(PATH, report({ achieved: 3 }), {
      headers: { 'if-match': '"1"' },
    });

    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_EXISTS');
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: 2, achieved: 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('refuses evidence that is not one of the unit’s uploads, naming the field, and writes nothing', async () => {
    const res = await officer.put<{ error: { issues: { path: string }[] } }>(
      PATH,
      report({ achieved: 9, evidence: { title: 'Giả', fileRef: 'units/unit-snv-ccvc/khac' } }),
      { headers: { 'if-match': '"2"' } },
    );
    const progress = await secretary.get<CampaignProgressReport>(`/campaigns/${CAMPAIGN}/progress`);

    expect(res.status).toBe(400);
    expect(res.body.error.issues).toContainEqual(expect.objectContaining({ path: 'body.evidence.fileRef' }));
    expect(
      progress.body.targets[REPORTED]?.units.find((u) => u.unitId === 'unit-snv-vp')?.achieved.awarded,
    ).toBe(5);
  });

  it('keeps every version in the change log, and refuses another unit’s officer and a target counted from nominations', async () => {
    const other = await api.as('canbo.ccvc.snv');
    const byOther = await other.put(PATH, report());
    const counted = await officer.put<{ error: { code: string } }>(
      `/campaigns/${CAMPAIGN}/targets/3/report`,
      report(),
    );
    const admin = await api.as('quantri');
    const changes = await admin.get<{ items: { action: string; after: { achieved: number } }[] }>(
      `/registry-changes?entity=target_report&id=${encodeURIComponent(`${CAMPAIGN}/${REPORTED}/unit-snv-vp`)}`,
    );

    expect(byOther.status).toBe(403);
    expect(counted.status).toBe(409);
    expect(counted.body.error.code).toBe('TARGET_MEASURED_BY_NOMINATIONS');
    expect(changes.body.items.map((c) => [c.action, c.after.achieved])).toEqual([
      ['create', 4],
      ['update', 5],
    ]);
  });
});

describe('the count a unit reports', () => {
  it('refuses more reaching a percentage target than the unit has people, unless it gives its own total', async () => {
    const ttlt = await api.as('canbo.ttlt.snv');
    const file = await unitFile(ttlt, 'unit-snv-ttlt');
    const body = { unitId: 'unit-snv-ttlt', evidence: { title: 'Báo cáo', fileRef: file } };
    const over = await ttlt.put<{ error: { issues: { path: string; message: string }[] } }>(PATH, {
      ...body,
      achieved: 500,
    });
    const ownTotal = await ttlt.put<{ achieved: number; population: number }>(PATH, {
      ...body,
      achieved: 500,
      population: 520,
    });

    expect(over.status).toBe(400);
    expect(over.body.error.issues[0]).toMatchObject({
      path: 'body.achieved',
      message: expect.stringContaining('theo danh bạ của đơn vị'),
    });
    expect(ownTotal.status).toBe(200);
    expect(ownTotal.body).toMatchObject({ achieved: 500, population: 520 });
  });
});
