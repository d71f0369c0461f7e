import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { checkScreen, signedInTabs } from './support/browser';

const dossierItem = (kind: string, title: string) => ({
  kind,
  title,
  fileRef: `ho-so/cong-khai-${randomUUID().slice(0, 8)}.pdf`,
  issuedOn: '2026-11-20',
  copy: 'original',
});

describe('the public notice, in the browser', () => {
  const { as } = signedInTabs();

  it("shows an accepted nominee's name to another unit of the Sở, never their date of birth", async () => {
    // Arrange: the office drafts and submits a nomination with a birth date; the secretariat accepts it.
    const fullName = `Hoàng Công Khai ${randomUUID().slice(0, 4)}`;
    const unit = await as('canbo.vanphong.snv');
    const created = await callApi<{ nomination: { id: string } }>(unit, 'POST', '/nominations', {
      subject: 'person',
      awardCode: 'LDTT',
      track: 'annual',
      year: new Date().getFullYear(),
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
      dossier: [
        dossierItem('proposal_letter', 'Tờ trình đề nghị khen thưởng'),
        dossierItem('achievement_report', 'Báo cáo thành tích'),
        dossierItem('review_minutes', 'Biên bản họp bình xét'),
      ],
    });
    const id = created.nomination.id;
    await callApi(unit, 'POST', `/nominations/${id}/submit`);
    await callApi(await as('thuky.snv'), 'POST', `/nominations/${id}/accept`);

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
});
