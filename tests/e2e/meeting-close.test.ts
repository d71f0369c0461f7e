import { describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { checkScreen, go, signedInTabs } from './support/browser';
import { acceptedIntoMeeting, fillDraft, sendDraft } from './support/nominations';

describe('closing a council meeting, in the browser', () => {
  const { as } = signedInTabs();

  it('asks first, and names the members present who have not voted yet', async () => {
    const unit = await as('canbo.vanphong.snv');
    const id = await fillDraft(unit, {
      awardCode: 'LDTT',
      // A person and year no other e2e test nominates (one nomination a year per award).
      year: 2026,
      personId: 'person-snv-03',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter', 'achievement_report', 'review_minutes'],
    });
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();
    const meeting = await acceptedIntoMeeting(as, id, 'Phiên họp số 7/2026');
    const secretary = await as('thuky.snv');
    // One member votes; the others present have not yet.
    await callApi(await as('giamdoc.snv'), 'POST', `/council/meetings/${meeting.id}/votes`, {
      nominationId: id,
      choice: 'approve',
    });

    await go(secretary, `/hoi-dong/${meeting.id}`);
    await secretary.getByRole('heading', { name: 'Phiên họp số 7/2026 — ngày 17/11/2026' }).waitFor();
    await secretary.getByRole('button', { name: 'Kết thúc phiên họp và kiểm phiếu' }).click();
    const closing = secretary.getByRole('dialog', { name: 'Kết thúc phiên họp và kiểm phiếu?' });
    await closing.getByText('Còn thành viên có mặt chưa bỏ phiếu').waitFor();
    const warning = await closing.textContent();
    await checkScreen(secretary, '25-close-meeting-missing-votes');
    await closing.getByRole('button', { name: 'Quay lại' }).click();

    // The director voted; hoidong1 sits for the nominee's unit (recused); two remain, in the order lists of cán bộ are read (by given name).
    expect(warning).toContain('Lê Thị Thu Hà: đã bỏ 1 phiếu, chưa bỏ: Ngô Thị Hạnh, Dương Văn Khánh');
    // Nothing was closed: the meeting still takes votes.
    await secretary.getByRole('button', { name: 'Kết thúc phiên họp và kiểm phiếu' }).waitFor();
  });
});
