import { describe, expect, it } from 'vitest';
import { checkScreen, go, signedInTabs } from './support/browser';
import { type DraftSpec, fillDraft, sendDraft } from './support/nominations';

const BASE_DOSSIER = ['proposal_letter', 'achievement_report', 'review_minutes'];
const draftOf = (personId: string): DraftSpec => ({
  awardCode: 'LDTT',
  year: 2025,
  personId,
  taskRating: 'HTTNV',
  dossier: BASE_DOSSIER,
});

describe('sending a draft, in the browser', () => {
  const { open } = signedInTabs();

  it('sends right after the last keystroke, carrying the version the autosave just made (no false conflict)', async () => {
    const unit = await open('canbo.vanphong.snv');
    await fillDraft(unit, draftOf('person-snv-05'));

    // Typed and sent at once: the autosave (1,2 s after typing) has not run when the click lands.
    await unit.getByLabel('Ghi chú').fill('Bổ sung ngay trước khi gửi.');
    await sendDraft(unit);

    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();
    expect(await unit.getByText('Hồ sơ vừa được người khác xử lý').count()).toBe(0);
  });

  it('saves, and does not send, when Enter is pressed in a one-line field; sending asks first', async () => {
    const unit = await open('canbo.vanphong.snv');
    const id = await fillDraft(unit, draftOf('person-snv-04'));

    const position = unit.getByRole('textbox', { name: 'Chức vụ' });
    await position.fill('Chuyên viên chính');
    await position.press('Enter');
    await unit.getByText(/Đã lưu lúc/).waitFor();
    await unit.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await unit.getByRole('button', { name: 'Xác nhận gửi' }).waitFor();
    await checkScreen(unit, '24-send-confirmation');
    await unit.getByRole('button', { name: 'Quay lại sửa' }).click();

    expect(unit.url()).toMatch(new RegExp(`/de-nghi/${id}/sua$`));
    expect(await unit.getByText('Đã gửi đề nghị lên Thường trực').count()).toBe(0);
    await go(unit, `/de-nghi/${id}`);
    await unit.getByText('Đang soạn').first().waitFor();
  });

  it('does not reopen an editable draft on Back after sending, nor from the edit address', async () => {
    const unit = await open('canbo.ccvc.snv');
    const id = await fillDraft(unit, draftOf('person-snv-06'));
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();

    await unit.goBack();
    await unit.waitForLoadState();
    expect(unit.url()).not.toMatch(/\/sua$/);

    await go(unit, `/de-nghi/${id}/sua`);
    await unit.waitForURL(new RegExp(`/de-nghi/${id}$`));
    await unit.getByText('Đã gửi, chờ thẩm định').first().waitFor();
    expect(await unit.getByRole('button', { name: 'Gửi đề nghị' }).count()).toBe(0);
  });
});
