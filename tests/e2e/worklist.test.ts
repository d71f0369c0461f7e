import { describe, expect, it } from 'vitest';
import { checkScreen, go, signedInTabs } from './support/browser';
import { fillDraft, sendDraft } from './support/nominations';

describe('the worklist on the home screen', () => {
  const { as } = signedInTabs();

  it('gives the unit its drafts and the secretariat what waits to be checked, each with its clock', async () => {
    const officer = await as('canbo.vanphong.snv');
    const id = await fillDraft(officer, {
      awardCode: 'LDTT',
      year: 2026,
      personId: 'person-snv-05',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter', 'achievement_report', 'review_minutes'],
    });

    await go(officer, '/');
    const drafts = officer.getByRole('region', { name: /Bản nháp chưa gửi/ });
    await drafts.getByRole('link', { name: /./ }).first().waitFor();
    expect(await drafts.locator(`a[href="/de-nghi/${id}"]`).count()).toBe(1);
    await officer
      .getByText(/Hạn đề nghị khen thưởng “.+”: \d{2}\/\d{2}\/\d{4} \(còn \d+ ngày làm việc\)/)
      .first()
      .waitFor();
    await checkScreen(officer, 'worklist-unit');

    await go(officer, `/de-nghi/${id}/sua`);
    await officer.getByRole('heading', { name: 'Sửa đề nghị khen thưởng (bản nháp)' }).waitFor();
    await sendDraft(officer);
    await officer.waitForURL(new RegExp(`/de-nghi/${id}\\?da-gui=1$`));

    const secretary = await as('thuky.snv');
    await go(secretary, '/');
    const toCheck = secretary.getByRole('region', { name: /Hồ sơ chờ thẩm định/ });
    const line = toCheck.getByRole('listitem').filter({ has: secretary.locator(`a[href="/de-nghi/${id}"]`) });
    await line.waitFor();
    expect(await line.textContent()).toMatch(/xét ở Sở: \d+ ngày làm việc/);
    await checkScreen(secretary, 'worklist-secretariat');
  });
});
