import { describe, expect, it } from 'vitest';
import { checkScreen, go, signedInTabs } from './support/browser';
import { acceptedIntoMeeting, fillDraft, sendDraft } from './support/nominations';

describe('a council member declares a conflict of interest, in the browser', () => {
  const { as } = signedInTabs();

  it('asks for the reason, stands the member aside and shows the reason to the council', async () => {
    const unit = await as('canbo.ttlt.snv');
    const id = await fillDraft(unit, {
      awardCode: 'LDTT',
      // A person and year no other e2e test nominates (one nomination a year per award).
      year: 2026,
      personId: 'person-snv-09',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter', 'achievement_report', 'review_minutes'],
    });
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();
    const meeting = await acceptedIntoMeeting(as, id, 'Phiên họp số 9/2026');
    const member = await as('hoidong2.snv');

    await go(member, `/hoi-dong/${meeting.id}`);
    await member.getByRole('button', { name: 'Khai báo xung đột lợi ích' }).click();
    const dialog = member.getByRole('dialog', { name: 'Khai báo xung đột lợi ích' });
    await dialog.getByLabel(/^Lý do/).fill('Người được đề nghị là em họ của tôi.');
    await checkScreen(member, '26-declare-conflict');
    await dialog.getByRole('button', { name: 'Xác nhận không tham gia biểu quyết' }).click();
    await member.getByText('Bạn đã khai báo xung đột lợi ích').waitFor();

    // The vote buttons are gone for this member; the secretary sees who stood aside and why.
    expect(await member.getByRole('button', { name: 'Đồng ý' }).count()).toBe(0);
    const secretary = await as('thuky.snv');
    await go(secretary, `/hoi-dong/${meeting.id}`);
    await secretary.getByText('Thành viên khai báo xung đột lợi ích (không biểu quyết):').waitFor();
    expect(await secretary.locator('article').first().textContent()).toContain(
      'Ngô Thị Hạnh: Người được đề nghị là em họ của tôi.',
    );
  });
});
