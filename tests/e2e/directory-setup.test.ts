/**
 * A province's first morning at the admin's desk, on screen: a new Sở with its document code, a
 * unit in it, its staff (added, corrected, one who left), and a user of that unit. axe on every
 * screen and dialog; the staff screen at 200 % zoom.
 */
import { describe, expect, it } from 'vitest';
import { checkScreen, signedInTabs } from './support/browser';

const { as } = signedInTabs();

describe('setting up the directory', () => {
  it('creates a Sở, a unit, its staff and a user of it', async () => {
    const admin = await as('quantri');
    await admin.getByRole('link', { name: 'Cơ quan, đơn vị' }).first().click();
    const newOrg = admin.getByRole('form', { name: 'Thêm cơ quan' });
    await newOrg.getByRole('button', { name: 'Thêm cơ quan' }).click();
    expect(await newOrg.getByLabel('Tên cơ quan').getAttribute('aria-invalid')).toBe('true');
    await newOrg.getByLabel('Tên cơ quan').fill('Sở Y tế tỉnh Hà Tĩnh');
    await newOrg.getByLabel('Mã cơ quan (trong số văn bản)').fill('SYT');
    await newOrg.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await admin.getByText('Đã thêm cơ quan “Sở Y tế tỉnh Hà Tĩnh”.').waitFor();
    await admin.getByRole('heading', { name: 'Sở Y tế tỉnh Hà Tĩnh', level: 2 }).waitFor();

    const newUnit = admin.getByRole('form', { name: 'Thêm phòng, ban, đơn vị' });
    await newUnit.getByLabel('Tên phòng, ban, đơn vị').fill('Phòng Nghiệp vụ Y');
    await newUnit.getByRole('button', { name: 'Thêm phòng, ban' }).click();
    await admin.getByText('Đã thêm phòng, ban “Phòng Nghiệp vụ Y”.').waitFor();
    await admin.getByRole('group', { name: 'Phòng Nghiệp vụ Y' }).waitFor();
    await checkScreen(admin, '90-admin-new-organisation-unit');

    await admin.getByRole('link', { name: 'Cán bộ', exact: true }).click();
    const staffOrg = admin.getByLabel('Cơ quan').locator('option', { hasText: 'Sở Y tế tỉnh Hà Tĩnh' });
    await admin.getByLabel('Cơ quan').selectOption((await staffOrg.getAttribute('value')) ?? '');
    await admin.getByText('Đơn vị chưa có cán bộ nào trong danh sách.').waitFor();
    const add = admin.getByRole('form', { name: 'Thêm cán bộ' });
    for (const [name, position] of [
      ['Lý Thị Mỹ Duyên', 'Trưởng phòng'],
      ['Tạ Quang Vinh', 'Chuyên viên'],
    ] as const) {
      await add.getByLabel('Họ và tên').fill(name);
      await add.getByLabel('Chức vụ', { exact: true }).fill(position);
      await add.getByLabel('Giới tính').selectOption(name.startsWith('Lý') ? 'female' : 'male');
      await add.getByLabel('Ngày bắt đầu công tác').fill('01/09/2015');
      await add.getByRole('button', { name: 'Thêm cán bộ' }).click();
      await admin.getByText(`Đã thêm cán bộ ${name}.`).waitFor();
    }
    await admin.getByRole('rowheader', { name: 'Tạ Quang Vinh' }).waitFor();
    await checkScreen(admin, '91-admin-staff');
    await admin.setViewportSize({ width: 640, height: 900 });
    expect(await admin.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    await admin.setViewportSize({ width: 1280, height: 900 });

    await admin.getByRole('button', { name: 'Sửa thông tin Tạ Quang Vinh' }).click();
    const edit = admin.getByRole('dialog', { name: 'Sửa thông tin: Tạ Quang Vinh' });
    await edit.getByLabel('Ngày thôi công tác').fill('01/01/2010');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await edit.getByText('Ngày thôi việc phải sau ngày bắt đầu công tác.').waitFor();
    await checkScreen(admin, '92-admin-staff-edit');
    await edit.getByLabel('Ngày thôi công tác').fill('31/10/2026');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await admin.getByText('Đã lưu thông tin của Tạ Quang Vinh.').waitFor();
    await admin
      .getByRole('row')
      .filter({ hasText: 'Tạ Quang Vinh' })
      .getByText('Đã thôi công tác từ 31/10/2026')
      .waitFor();

    // Her past award, entered from the decision into her history.
    await admin.getByRole('link', { name: 'Lý Thị Mỹ Duyên' }).click();
    const award = admin.getByRole('form', { name: 'Ghi khen thưởng đã có vào quá trình' });
    await award.getByLabel('Năm thành tích').fill('2024');
    await award.getByLabel('Danh hiệu, hình thức').selectOption('CSTDCS');
    await award.getByLabel('Số quyết định').fill('15/QĐ-SYT');
    await award.getByLabel('Ngày quyết định').fill('20/12/2024');
    await award.getByRole('button', { name: 'Ghi vào quá trình' }).click();
    await admin.getByText('Đã ghi Chiến sĩ thi đua cơ sở năm 2024 vào quá trình khen thưởng.').waitFor();
    await admin.getByRole('cell', { name: /15\/QĐ-SYT/ }).waitFor();
    await checkScreen(admin, '93-admin-award-history-entry');

    // The number was typed wrong: corrected with a reason, and the issuer added.
    await admin.getByRole('button', { name: 'Sửa Chiến sĩ thi đua cơ sở năm 2024' }).click();
    const fix = admin.getByRole('form', { name: 'Sửa khen thưởng đã ghi' });
    await fix.getByLabel('Số quyết định').fill('16/QĐ-SYT');
    await fix.getByLabel('Cấp ra quyết định').fill('Giám đốc Sở Y tế');
    await fix.getByRole('button', { name: 'Lưu sửa đổi' }).click();
    await fix.getByText('Lý do sửa').waitFor();
    await fix.getByLabel(/^Lý do sửa/).fill('Nhập nhầm số quyết định.');
    await checkScreen(admin, '94-admin-award-correction');
    await fix.getByRole('button', { name: 'Lưu sửa đổi' }).click();
    await admin.getByText('Đã sửa Chiến sĩ thi đua cơ sở năm 2024 trong quá trình khen thưởng.').waitFor();
    await admin.getByRole('cell', { name: /16\/QĐ-SYT ngày 20\/12\/2024 — Giám đốc Sở Y tế/ }).waitFor();
    expect(await admin.getByRole('cell', { name: /15\/QĐ-SYT/ }).count()).toBe(0);

    // Her unit's own record: the collective's award, entered the same way.
    await admin.getByRole('link', { name: 'Phòng Nghiệp vụ Y' }).click();
    await admin.getByRole('heading', { name: 'Phòng Nghiệp vụ Y' }).waitFor();
    const unitAward = admin.getByRole('form', { name: 'Ghi khen thưởng đã có vào quá trình' });
    await unitAward.getByLabel('Năm thành tích').fill('2024');
    await unitAward.getByLabel('Danh hiệu, hình thức').selectOption('TTLDTT');
    await unitAward.getByLabel('Số quyết định').fill('17/QĐ-SYT');
    await unitAward.getByLabel('Ngày quyết định').fill('20/12/2024');
    await unitAward.getByRole('button', { name: 'Ghi vào quá trình' }).click();
    await admin.getByText('Đã ghi Tập thể lao động tiên tiến năm 2024 vào quá trình khen thưởng.').waitFor();
    await checkScreen(admin, '95-collective-record');

    await admin.getByRole('link', { name: 'Người dùng' }).first().click();
    const user = admin.getByRole('form', { name: 'Thêm người dùng' });
    await user.getByLabel('Họ và tên').fill('Lý Thị Mỹ Duyên');
    await user.getByLabel('Email đăng nhập').fill(`my.duyen.${Date.now()}@syt.example.vn`);
    await user.getByLabel('Cán bộ thi đua của đơn vị').check();
    const orgOption = user.getByLabel('Cơ quan').locator('option', { hasText: 'Sở Y tế tỉnh Hà Tĩnh' });
    await user.getByLabel('Cơ quan').selectOption((await orgOption.getAttribute('value')) ?? '');
    const unitOption = user
      .getByLabel('Phòng, ban, đơn vị')
      .locator('option', { hasText: 'Phòng Nghiệp vụ Y' });
    await user.getByLabel('Phòng, ban, đơn vị').selectOption((await unitOption.getAttribute('value')) ?? '');
    await user.getByRole('button', { name: 'Tạo người dùng' }).click();
    await admin.getByText('Đã tạo người dùng Lý Thị Mỹ Duyên').waitFor();
    await admin
      .getByRole('row')
      .filter({ hasText: 'Lý Thị Mỹ Duyên' })
      .getByText('Phòng Nghiệp vụ Y')
      .waitFor();

    // Her staff record is linked to the account she signs in with.
    await admin.getByRole('link', { name: 'Cán bộ', exact: true }).click();
    const linkOrg = admin.getByLabel('Cơ quan').locator('option', { hasText: 'Sở Y tế tỉnh Hà Tĩnh' });
    await admin.getByLabel('Cơ quan').selectOption((await linkOrg.getAttribute('value')) ?? '');
    await admin.getByRole('button', { name: 'Sửa thông tin Lý Thị Mỹ Duyên' }).click();
    const linking = admin.getByRole('dialog', { name: 'Sửa thông tin: Lý Thị Mỹ Duyên' });
    const account = linking.getByLabel('Tài khoản của cán bộ này');
    const mine = account.locator('option', { hasText: 'Lý Thị Mỹ Duyên' });
    await mine.waitFor({ state: 'attached' });
    await account.selectOption((await mine.getAttribute('value')) ?? '');
    await checkScreen(admin, '96-admin-staff-account-link');
    await linking.getByRole('button', { name: 'Cập nhật tài khoản' }).click();
    await admin.getByText('Đã gắn tài khoản đăng nhập cho Lý Thị Mỹ Duyên.').waitFor();
  });
});
