/**
 * The public notice of an organisation's nominations (công khai danh sách) on the local services:
 * which states it lists, who may read it, and that it shows public fields only, as stored.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicNotice } from '../../../shared/app/nominations/public-notice';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import { extraUser, nominationIn } from '../support/council';
import { anUnlistedPersonDraft, createAccepted, createDraft, createSubmitted } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
let secretary: ApiClient;
const NOTICE = '/organisations/org-snv/public-notice?year=2026';

/** A fresh name, so the demo data and other tests' nominations never match it. */
const aName = (label: string) => `${label} ${randomUUID().slice(0, 6)}`;

/** An unlisted person's draft naming `fullName`, with the private fields a form may carry set. */
const draftNaming = (fullName: string) => {
  const draft = anUnlistedPersonDraft(0);
  return {
    ...draft,
    nominee: {
      ...draft.nominee,
      fullName,
      position: 'Chuyên viên chính',
      unitName: 'Văn phòng Sở',
      dateOfBirth: '1984-03-17',
      gender: 'female' as const,
      email: 'nguoi.thu@snv.example.vn',
    },
  };
};

const names = (notice: PublicNotice) =>
  notice.entries.map((e) => ('fullName' in e.nominee ? e.nominee.fullName : e.nominee.name));

beforeAll(async () => {
  api = await startTestApi('public-notice');
  officer = await api.as('canbo.vanphong.snv');
  secretary = await api.as('thuky.snv');
}, 120_000);
afterAll(() => api?.stop());

describe('GET /organisations/{organisationId}/public-notice', () => {
  const accepted = aName('Nguyễn Hồ Sơ Hợp Lệ');
  const passed = aName('Trần Đã Thông Qua');
  const drafted = aName('Lê Còn Nháp');
  const submitted = aName('Phạm Mới Gửi');
  const withdrawn = aName('Võ Đã Rút');

  beforeAll(async () => {
    await createAccepted(officer, secretary, draftNaming(accepted));
    await nominationIn(
      api,
      { awardCode: 'LDTT', name: passed, unitName: 'Trung tâm Lưu trữ' },
      'council_passed',
    );
    await createDraft(officer, draftNaming(drafted));
    await createSubmitted(officer, draftNaming(submitted));
    const gone = await createSubmitted(officer, draftNaming(withdrawn));
    const res = await officer.post(`/nominations/${gone}/withdraw`, { reason: 'Cá nhân chuyển công tác.' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }, 60_000);

  it('lists accepted and passed nominations, and no draft, submitted or withdrawn one', async () => {
    const res = await secretary.get<PublicNotice>(NOTICE);

    expect(res.status).toBe(200);
    expect(names(res.body)).toEqual(expect.arrayContaining([accepted, passed]));
    for (const name of [drafted, submitted, withdrawn]) expect(names(res.body)).not.toContain(name);
    expect(res.body).toMatchObject({
      organisationId: 'org-snv',
      organisationName: expect.any(String),
      year: 2026,
    });
  });

  it('shows the public fields of the form only: never the birth date, gender, e-mail, rating or ids', async () => {
    const res = await officer.get<PublicNotice>(NOTICE);

    const entry = res.body.entries.find((e) => 'fullName' in e.nominee && e.nominee.fullName === accepted);
    expect(entry).toEqual({
      subject: 'person',
      nominee: {
        subject: 'person',
        fullName: accepted,
        position: 'Chuyên viên chính',
        unitName: 'Văn phòng Sở',
      },
      awardCode: 'LDTT',
      awardName: 'Lao động tiên tiến',
      track: 'annual',
      trackLabel: 'Thường xuyên (hằng năm)',
      campaignTitle: expect.any(String),
      state: 'accepted',
      stage: 'Hồ sơ hợp lệ, chờ Hội đồng xét',
    });
    const text = JSON.stringify(res.body);
    for (const secret of ['1984-03-17', 'nguoi.thu@', 'HTTNV', 'female', 'fileRef', 'dossiers/', 'unit-snv'])
      expect(text).not.toContain(secret);
  });

  it('is readable by a unit officer of another unit of the same Sở, and by the province', async () => {
    const sibling = await extraUser(api, ['unit_officer'], 'org-snv', 'unit-snv-ccvc');
    const province = await api.as('chuyenvien.tinh');

    const [mine, theirs] = await Promise.all([sibling.get(NOTICE), province.get(NOTICE)]);

    expect(mine.status).toBe(200);
    expect(names(mine.body as PublicNotice)).toContain(accepted);
    expect(theirs.status).toBe(200);
  });

  it('answers 404 to users of another Sở, as for an organisation that does not exist', async () => {
    const otherSecretary = await extraUser(api, ['council_secretary'], 'org-stc');
    const otherOfficer = await extraUser(api, ['unit_officer'], 'org-stc', 'unit-stc-vp');

    const statuses = await Promise.all([
      otherSecretary.get(NOTICE),
      otherOfficer.get(NOTICE),
      secretary.get('/organisations/org-khong-co/public-notice'),
    ]);

    expect(statuses.map((r) => r.status)).toEqual([404, 404, 404]);
  });

  it('gives back a name typed decomposed (NFD) as stored (NFC), and HTML in it as plain text', async () => {
    const typed = `Đỗ <b>Thị</b> Ánh <script>x</script> ${randomUUID().slice(0, 4)}`;
    await createAccepted(officer, secretary, draftNaming(typed.normalize('NFD')));

    const res = await officer.get<PublicNotice>(NOTICE);

    expect(names(res.body)).toContain(typed.normalize('NFC'));
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('narrows to one campaign and refuses an unknown query field with 400', async () => {
    const [inCampaign, bad] = await Promise.all([
      officer.get<PublicNotice>(`${NOTICE}&campaignId=camp-snv-2026`),
      officer.get<{ error: { issues: { path: string }[] } }>(`${NOTICE}&state=draft`),
    ]);

    expect(names(inCampaign.body)).toContain(accepted);
    expect(names(inCampaign.body)).not.toContain(passed);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i) => i.path)).toContain('query.state');
  });
});
