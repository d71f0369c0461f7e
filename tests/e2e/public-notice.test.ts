import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testClock } from '../support/clock';
import { callApi, withUnitFiles } from './support/api';
import { checkScreen, signedInTabs } from './support/browser';

const dossierItem = (kind: string, title: string) => ({
  kind,
  title,
  fileRef: `ho-so/cong-khai-${randomUUID().slice(0, 8)}.pdf`,
  issuedOn: '2026-11-20',
  copy: 'original',
});

/** The office of Sở Nội vụ drafts and submits a nomination with a birth date; the secretariat accepts it. */
async function acceptedNominee(as: (who: string) => Promise<Page>, prefix: string): Promise<string> {
  const fullName = `${prefix} ${randomUUID().slice(0, 4)}`;
  const unit = await as('canbo.vanphong.snv');
  const created = await callApi<{ nomination: { id: string } }>(unit, 'POST', '/nominations', {
    subject: 'person',
    awardCode: 'LDTT',
    track: 'annual',
    year: testClock.now().getFullYear(),
    nominee: {
      subject: 'person',
      fullName,
      position: 'Chuyên viên',
      unitName: 'Văn phòng Sở',
      holdsLeadershipPost: false,
      dateOfBirth: '1983-07-21',
      taskRating: 'HTTNV',
      employedSince: '2015-09-01',
    },
    dossier: await withUnitFiles(unit, 'unit-snv-vp', [
      dossierItem('proposal_letter', 'Tờ trình đề nghị khen thưởng'),
      dossierItem('achievement_report', 'Báo cáo thành tích'),
      dossierItem('review_minutes', 'Biên bản họp bình xét'),
    ]),
  });
  const id = created.nomination.id;
  await callApi(unit, 'POST', `/nominations/${id}/submit`);
  await callApi(await as('thuky.snv'), 'POST', `/nominations/${id}/accept`);
  return fullName;
}

describe('the public notice, in the browser', () => {
  const { as } = signedInTabs();

  it("shows an accepted nominee's name to another unit of the Sở, never their date of birth", async () => {
    // Arrange: the office drafts and submits a nomination with a birth date; the secretariat accepts it.
    const fullName = await acceptedNominee(as, 'Hoàng Công Khai');

    // Act: an officer of another unit of the Sở opens the list from the menu.
    const sibling = await as('canbo.ccvc.snv');
    await sibling
      .getByRole('navigation', { name: 'Chức năng chính' })
      .getByRole('link', { name: 'Danh sách công khai' })
      .click();
    const row = sibling.getByRole('row').filter({ hasText: fullName });
    await row.waitFor();

    // Assert: name, position, unit and award are there; the birth date is nowhere on the page.
    expect(await row.textContent()).toContain('Lao động tiên tiến');
    const page = (await sibling.locator('main').textContent()) ?? '';
    for (const birth of ['21/07/1983', '1983-07-21', '21-07-1983']) expect(page).not.toContain(birth);
    await sibling.getByRole('button', { name: 'In danh sách' }).waitFor();
    await checkScreen(sibling, '30-public-notice');
    await sibling.emulateMedia({ media: 'print' });
    expect(await sibling.getByRole('navigation', { name: 'Chức năng chính' }).isVisible()).toBe(false);
    expect(await sibling.getByRole('button', { name: 'In danh sách' }).isVisible()).toBe(false);
    await sibling.emulateMedia({ media: 'screen' });
  });

  it('lets a province officer choose the Sở, and keeps the choice in a link that opens the same list', async () => {
    // Arrange: an accepted nomination of Sở Nội vụ, with no campaign.
    const fullName = await acceptedNominee(as, 'Lê Tỉnh Xem');

    // Act: the province officer opens the list from the menu and picks Sở Tài chính, then Sở Nội vụ.
    const officer = await as('chuyenvien.tinh');
    await officer
      .getByRole('navigation', { name: 'Chức năng chính' })
      .getByRole('link', { name: 'Danh sách công khai' })
      .click();
    const picker = officer.getByLabel('Sở, ban, ngành');
    await picker.selectOption({ label: 'Sở Tài chính tỉnh Hà Tĩnh' });
    await officer.locator('main strong', { hasText: 'Sở Tài chính tỉnh Hà Tĩnh' }).waitFor();
    expect(await officer.getByRole('row').filter({ hasText: fullName }).count()).toBe(0);
    await picker.selectOption({ label: 'Sở Nội vụ tỉnh Hà Tĩnh' });
    const row = officer.getByRole('row').filter({ hasText: fullName });
    await row.waitFor();

    // Assert: the accepted nominee is listed with the award, the Sở is in the URL, axe passes.
    expect(await row.textContent()).toContain('Lao động tiên tiến');
    expect(new URL(officer.url()).searchParams.get('co-quan')).toBe('org-snv');
    await officer.getByLabel('Phong trào thi đua').waitFor();
    await checkScreen(officer, '31-public-notice-province');

    // Choosing one of the Sở's campaigns (this nomination has none) leaves it out, and goes in the link.
    const campaigns = officer.getByLabel('Phong trào thi đua');
    await campaigns.locator('option').nth(1).waitFor({ state: 'attached' });
    await campaigns.selectOption({ index: 1 });
    await officer.locator('main strong', { hasText: 'Sở Nội vụ tỉnh Hà Tĩnh' }).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(new URL(officer.url()).searchParams.get('phong-trao')).toBeTruthy();
    await campaigns.selectOption({ label: 'Tất cả' });
    await row.waitFor();

    // The shared link, opened afresh, shows the same Sở and the same nominee.
    await officer.goto(officer.url());
    await officer.getByRole('row').filter({ hasText: fullName }).waitFor();
    expect(await officer.getByLabel('Sở, ban, ngành').inputValue()).toBe('org-snv');
  });
});
