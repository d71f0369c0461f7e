import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/seed/demo-province';
import { checkScreen, go, signedInTabs } from './support/browser';
import { fillDraft, sendDraft } from './support/nominations';

const BASE_DOSSIER = ['proposal_letter', 'achievement_report', 'review_minutes'];

describe('returns, refusals, conflicts and expired sessions, in the browser', () => {
  const { open } = signedInTabs();

  it('returns a dossier with a reason per document, and the unit completes it and sends it again', async () => {
    const unit = await open('canbo.vanphong.snv');
    const id = await fillDraft(unit, {
      awardCode: 'LDTT',
      year: 2025,
      personId: 'person-snv-04',
      taskRating: 'HTTNV',
      dossier: BASE_DOSSIER,
    });
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();

    const secretary = await open('thuky.snv');
    await go(secretary, `/de-nghi/${id}`);
    await secretary.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    await secretary
      .getByLabel('Lý do trả lại')
      .fill('Biên bản họp bình xét chưa có chữ ký của người chủ trì.');
    await secretary.getByLabel('Yêu cầu bổ sung').fill('Bổ sung biên bản có chữ ký, đóng dấu.');
    await checkScreen(secretary, '20-secretariat-return');
    await secretary.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await secretary.getByText('Đã trả lại hồ sơ cho đơn vị.').waitFor();

    await go(unit, `/de-nghi/${id}`);
    // Asked at the top of the resubmission and in the timeline.
    await unit.getByText('Bổ sung biên bản có chữ ký, đóng dấu.').first().waitFor();
    await checkScreen(unit, '21-returned-with-reasons');
    const minutes = unit.getByRole('group', { name: 'Tài liệu 3' });
    await minutes.getByLabel('Trích yếu, tên tài liệu').fill('Biên bản họp bình xét (có chữ ký, đóng dấu)');
    await unit.getByLabel('Ghi chú gửi Thường trực Hội đồng').fill('Đã bổ sung chữ ký và dấu.');
    await unit.getByRole('button', { name: 'Gửi lại đề nghị' }).click();
    await unit.getByText('Đã gửi lại đề nghị.').waitFor();
    await unit.getByText('Đã gửi, chờ thẩm định').first().waitFor();
    // The timeline reloads after the answer; wait for the new event rather than read it at once.
    await unit.locator('.timeline').getByText('Gửi lại', { exact: false }).first().waitFor();
    expect(await unit.locator('.timeline').textContent()).toContain('Gửi lại');
  });

  it('names the field that is wrong, and shows a refused rule with its legal citation', async () => {
    const unit = await open('canbo.vanphong.snv');
    await fillDraft(unit, {
      awardCode: 'CSTDCS',
      year: 2025,
      personId: 'person-snv-03',
      taskRating: 'HTTNV',
      dossier: BASE_DOSSIER,
    });
    // Live: the rule that fails is shown with the article it rests on, before anything is sent.
    await unit.getByText('Căn cứ: Điều 23 Luật TĐKT 2022').first().waitFor();

    await unit.getByLabel('Họ và tên').fill('');
    await unit.getByText('Trường này là bắt buộc.').first().waitFor();
    expect(await unit.getByLabel('Họ và tên').getAttribute('aria-invalid')).toBe('true');
    await unit.getByLabel('Họ và tên').fill('Lê Thị Thu Hà');
    await unit.getByText(/Đã lưu lúc/).waitFor();

    await sendDraft(unit);
    const refusal = unit.getByRole('alert').filter({ hasText: 'Không đáp ứng quy định' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/Căn cứ: Điều 23 Luật TĐKT 2022/);
    await checkScreen(unit, '22-refused-with-citation');
    // 200 % zoom on a 1280 px screen is a 640 px wide viewport: the form reflows, nothing scrolls sideways.
    await unit.setViewportSize({ width: 640, height: 900 });
    await checkScreen(unit, '22b-form-at-200-percent-zoom');
    expect(await unit.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
  });

  it('tells the second of two tabs deciding the same nomination that it was decided meanwhile, keeping its input', async () => {
    const unit = await open('canbo.ccvc.snv');
    const id = await fillDraft(unit, {
      awardCode: 'LDTT',
      year: 2025,
      personId: 'person-snv-07',
      taskRating: 'HTTNV',
      dossier: BASE_DOSSIER,
    });
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();

    const first = await open('thuky.snv');
    const second = await open('thuky.snv');
    await go(first, `/de-nghi/${id}`);
    await go(second, `/de-nghi/${id}`);
    await first.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await second.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    const reason = 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng.';
    await second.getByLabel('Lý do trả lại').fill(reason);
    await second.getByLabel('Yêu cầu bổ sung').fill('Bổ sung xác nhận.');

    await first.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    await first.getByText('Đã tiếp nhận hồ sơ.').waitFor();

    await second.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await second.getByText('Hồ sơ vừa được người khác xử lý').waitFor();
    expect(await second.getByLabel('Lý do trả lại').inputValue()).toBe(reason);
    await checkScreen(second, '23-conflict-two-tabs');
    await second.getByRole('button', { name: 'Tải lại hồ sơ mới nhất' }).click();
    await second.getByText('Hồ sơ hợp lệ, chờ Hội đồng xét').first().waitFor();
  });

  it('asks for the password again when the session expires, and saves what was typed meanwhile', async () => {
    const unit = await open('canbo.vanphong.snv');
    await fillDraft(unit, {
      awardCode: 'LDTT',
      year: 2025,
      personId: 'person-snv-05',
      taskRating: 'HTTNV',
      dossier: BASE_DOSSIER,
    });
    await unit.evaluate('window.__tdkt.expireSession()');
    await unit.getByLabel('Ghi chú').fill('Ghi chú nhập khi phiên đã hết hạn.');
    const dialog = unit.getByRole('dialog', { name: 'Phiên làm việc đã hết hạn' });
    await dialog.waitFor();
    await checkScreen(unit, '24-session-expired');
    await dialog.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Đăng nhập' }).click();
    await unit.getByText(/Đã lưu lúc/).waitFor();
    await unit.reload();
    expect(await unit.getByLabel('Ghi chú').inputValue()).toBe('Ghi chú nhập khi phiên đã hết hạn.');
  });
});
