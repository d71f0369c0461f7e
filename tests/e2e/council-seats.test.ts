/**
 * An admin seats a council on screen (Sở Tài chính's, which no other e2e file convenes): a user
 * created on the "Người dùng" screen takes a seat for a term, the seat is changed, its term ended,
 * and its history read; axe on the screen and its dialogs, usable at 200 % zoom.
 */
import { describe, expect, it } from 'vitest';
import { checkScreen, signedInTabs } from './support/browser';

const { as } = signedInTabs();
const NAME = 'Hoàng Văn Tài';

describe('seating a council', () => {
  it('seats a member, changes the seat, ends the term and shows who did what', async () => {
    const admin = await as('quantri');
    await admin.getByRole('link', { name: 'Người dùng' }).first().click();
    const form = admin.getByRole('form', { name: 'Thêm người dùng' });
    await form.getByLabel('Họ và tên').fill(NAME);
    await form.getByLabel('Email đăng nhập').fill(`hoang.van.tai.${Date.now()}@stc.example.vn`);
    await form.getByLabel('Thành viên Hội đồng TĐKT Sở').check();
    await form.getByLabel('Cơ quan').selectOption('org-stc');
    await form.getByLabel('Phòng, ban, đơn vị').selectOption('unit-stc-qlns');
    await form.getByRole('button', { name: 'Tạo người dùng' }).click();
    await admin.getByText(`Đã tạo người dùng ${NAME}`).waitFor();

    await admin.getByRole('link', { name: 'Hội đồng TĐKT' }).click();
    await admin.getByRole('heading', { name: 'Hội đồng Thi đua – Khen thưởng', level: 1 }).waitFor();
    await admin.getByLabel('Hội đồng của').selectOption('org-stc');
    await admin.getByText('Hội đồng chưa có thành viên nào').waitFor();
    const seat = admin.getByRole('form', { name: 'Thêm thành viên Hội đồng' });
    await seat.getByRole('button', { name: 'Thêm vào Hội đồng' }).click();
    // Nothing chosen: the fields say so, and nothing is sent.
    await seat.locator('.field-error').first().waitFor();
    expect(await seat.getByLabel('Người dùng').getAttribute('aria-invalid')).toBe('true');
    const userId = await seat
      .getByLabel('Người dùng')
      .locator('option', { hasText: NAME })
      .getAttribute('value');
    await seat.getByLabel('Người dùng').selectOption(userId ?? '');
    await seat.getByLabel('Vị trí trong Hội đồng').selectOption('member');
    await seat.getByLabel('Chức vụ').fill('Trưởng phòng Quản lý ngân sách');
    // Seated by the decision of 01/01/2026 (the form proposes today).
    await seat.getByLabel('Từ ngày').fill('01/01/2026');
    expect(await seat.getByLabel('Phòng, ban').inputValue()).toBe('unit-stc-qlns');
    await seat.getByRole('button', { name: 'Thêm vào Hội đồng' }).click();
    await admin.getByText(`Đã thêm ${NAME} vào Hội đồng (Ủy viên).`).waitFor();
    const row = admin.getByRole('row').filter({ hasText: NAME });
    await row.getByText('Đương nhiệm').waitFor();
    await checkScreen(admin, '70-admin-council-seats');
    await admin.setViewportSize({ width: 640, height: 900 });
    expect(await admin.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    await admin.setViewportSize({ width: 1280, height: 900 });

    await admin.getByRole('button', { name: `Sửa ghế của ${NAME}` }).click();
    const edit = admin.getByRole('dialog', { name: `Sửa ghế: ${NAME}` });
    await edit.getByLabel('Vị trí trong Hội đồng').selectOption('vice_chair');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await admin.getByText(`Đã lưu ghế của ${NAME}.`).waitFor();
    await row.getByText('Phó Chủ tịch Hội đồng').waitFor();

    await admin.getByRole('button', { name: `Cho ${NAME} thôi giữ ghế` }).click();
    const end = admin.getByRole('dialog', { name: `Thôi giữ ghế: ${NAME}` });
    await checkScreen(admin, '71-admin-council-end-term');
    await end.getByLabel('Giữ ghế đến hết ngày').fill('01/01/2020');
    await end.getByRole('button', { name: 'Xác nhận thôi giữ ghế' }).click();
    await end.getByText('Ngày thôi giữ ghế phải sau ngày bắt đầu.').waitFor();
    await end.getByLabel('Giữ ghế đến hết ngày').fill('16/11/2026');
    await end.getByRole('button', { name: 'Xác nhận thôi giữ ghế' }).click();
    await admin.getByText(`${NAME} thôi giữ ghế từ sau ngày 16/11/2026.`).waitFor();
    await row.getByText('Đã thôi').waitFor();

    await admin.getByRole('button', { name: `Lịch sử ghế của ${NAME}` }).click();
    const history = admin.getByRole('dialog', { name: `Lịch sử ghế: ${NAME}` });
    await history.getByText('Vị trí: Ủy viên → Phó Chủ tịch Hội đồng').waitFor();
    await history.getByText(/Đến ngày: \(trống\) → 16\/11\/2026/).waitFor();
    expect(await history.getByText('Quản trị hệ thống').count()).toBe(3);
    await checkScreen(admin, '72-admin-council-seat-history');
  });
});
