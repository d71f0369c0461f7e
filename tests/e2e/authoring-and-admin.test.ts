import { describe, expect, it } from 'vitest';
import { DEMO_CAMPAIGNS } from '../../local/seed/demo-province';
import { UnitChangesSchema } from '../../shared/app/directory/inputs';
import { signDecision } from '../../shared/http/routes/decisions';
import { checkScreen, go, signedInTabs } from './support/browser';
import { passedByCouncil } from './support/nominations';

const DEMO_CAMPAIGN_TITLE = DEMO_CAMPAIGNS[0]?.details.title ?? '';

describe('campaign authoring, administration and revocation, in the browser', () => {
  /** One signed-in tab per person, reused across the tests of this file. */
  const { as } = signedInTabs();

  it('drafts a campaign with errors beside the fields, keeps it through a failed save, edits and publishes it', async () => {
    const title = 'Kế hoạch phát động thi đua chuyên đề chuyển đổi số năm 2026';
    const director = await as('giamdoc.snv');
    await go(director, '/phong-trao');
    await director.getByRole('link', { name: 'Soạn phong trào mới' }).click();
    await director.getByRole('heading', { name: 'Soạn phong trào thi đua' }).waitFor();
    expect(await director.getByLabel('Cơ quan ban hành').inputValue()).toBe('Sở Nội vụ tỉnh Hà Tĩnh');
    await director.getByLabel('Số, ký hiệu').fill('/KH-SNV');
    await director.getByLabel('Trích yếu (tên kế hoạch)').fill(title);
    await director.getByLabel('Chủ đề thi đua').fill('Chuyển đổi số vì người dân, doanh nghiệp');
    const period = director.getByRole('group', { name: 'Đợt 1' });
    await period.getByLabel('Hạn sơ kết, tổng kết đợt').fill('31/12/2026');
    await director.getByLabel('Hạn cuối các đơn vị gửi đề nghị').fill('15/01/2027');
    await director.getByLabel('Phạm vi, đối tượng áp dụng').fill('Các phòng, ban, trung tâm thuộc Sở.');
    await director.getByLabel('Nội dung 1').fill('Số hóa toàn bộ hồ sơ thi đua, khen thưởng của Sở.');

    // Saved with the API's own schema: each problem is shown next to its field, and focus goes there.
    await director.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const awards = director.getByRole('group', { name: 'Danh hiệu, hình thức khen thưởng' });
    await awards.getByText('Cần ít nhất 1 mục.').waitFor();
    await checkScreen(director, '30-campaign-errors-beside-fields');
    await director.getByLabel('Chiến sĩ thi đua cơ sở').check();
    await director.getByLabel('Giấy khen của Giám đốc Sở').check();
    // Checked again as it changes: now the deadline falls outside the campaign.
    const deadline = director.getByLabel('Hạn cuối các đơn vị gửi đề nghị');
    await director.getByText('Hạn đề nghị khen thưởng phải nằm trong thời gian phong trào').waitFor();
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    await deadline.fill('15/12/2026');
    await director.getByRole('button', { name: '+ Thêm chỉ tiêu' }).click();
    const target = director.getByRole('group', { name: 'Chỉ tiêu 1' });
    await target.getByLabel('Nội dung chỉ tiêu').fill('15% đạt danh hiệu Chiến sĩ thi đua cơ sở');
    await target.getByLabel('Tỷ lệ (%)').fill('15');
    await target
      .getByRole('group', { name: /^Danh hiệu, hình thức được tính/ })
      .getByLabel('Chiến sĩ thi đua cơ sở', { exact: true })
      .check();

    // A save that fails on the network loses nothing.
    await director.route('**/campaigns', (route) => route.abort('internetdisconnected'));
    await director.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await director.getByText('Không kết nối được máy chủ').waitFor();
    expect(await director.getByLabel('Trích yếu (tên kế hoạch)').inputValue()).toBe(title);
    await director.unroute('**/campaigns');
    await director.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await director.getByText('Đã lưu bản nháp phong trào.').waitFor();
    await director.waitForURL(/\/phong-trao\/[^/]+\/sua$/);

    // Edit the draft (sent with the version read), then publish it.
    await director.getByRole('heading', { name: 'Sửa bản nháp phong trào thi đua' }).waitFor();
    await director.getByLabel('Số, ký hiệu').fill('25/KH-SNV');
    await director.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await director.getByText('Đã lưu bản nháp phong trào.').waitFor();
    await checkScreen(director, '31-campaign-draft-saved');
    // 200 % zoom on a 1280 px screen: the editor reflows into 640 px, nothing scrolls sideways.
    await director.setViewportSize({ width: 640, height: 900 });
    expect(await director.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    await director.setViewportSize({ width: 1280, height: 900 });
    await director.getByRole('button', { name: 'Ban hành phong trào' }).click();
    const dialog = director.getByRole('dialog', { name: 'Ban hành phong trào thi đua' });
    await dialog.getByText('15/12/2026').waitFor();
    await checkScreen(director, '32-campaign-publish-confirmation');
    await dialog.getByRole('button', { name: 'Xác nhận ban hành' }).click();
    await director.getByText('Đã ban hành phong trào').waitFor();

    // The units see it among their open campaigns, with its deadline.
    const unit = await as('canbo.ccvc.snv');
    await go(unit, '/phong-trao');
    const card = unit.getByRole('article', { name: title });
    await card.getByText('25/KH-SNV').waitFor();
    await card.getByText('15/12/2026').waitFor();
    await checkScreen(unit, '33-unit-sees-published-campaign');
  });

  it("shows the demo campaign's target progress per unit to the secretary, and only their unit to a unit officer", async () => {
    const secretary = await as('thuky.snv');
    await go(secretary, '/phong-trao');
    const card = secretary.getByRole('article', { name: DEMO_CAMPAIGN_TITLE });
    await card.getByRole('link', { name: 'Tiến độ chỉ tiêu' }).click();
    await secretary.waitForURL(/\/phong-trao\/camp-snv-2026\/tien-do$/);
    const target = secretary.getByRole('article', { name: '15% đạt danh hiệu Chiến sĩ thi đua cơ sở' });
    const total = target.locator('tfoot tr');
    await total.waitFor();
    // Population, required, proposed, approved, awarded: the Sở has people, 15 % of them is needed.
    const [population, required] = (await total.getByRole('cell').allTextContents()).map(Number);
    expect(population).toBeGreaterThan(0);
    expect(required).toBe(Math.ceil(((population ?? 0) * 15) / 100));
    expect(await target.locator('tbody tr').count()).toBeGreaterThan(1);
    await checkScreen(secretary, '41-campaign-target-progress');

    const unit = await as('canbo.vanphong.snv');
    await go(unit, '/phong-trao/camp-snv-2026/tien-do');
    const own = unit.getByRole('article', { name: '15% đạt danh hiệu Chiến sĩ thi đua cơ sở' });
    await own.locator('tfoot tr').waitFor();
    expect(await own.locator('tbody tr').allTextContents()).toEqual([
      expect.stringContaining('Văn phòng Sở'),
    ]);
  });

  it('lets the admin create a user, change their roles, disable and enable them, and edit the directory', async () => {
    const admin = await as('quantri');
    await admin.getByRole('link', { name: 'Người dùng' }).first().click();
    await admin.getByRole('rowheader', { name: 'Nguyễn Văn An' }).waitFor();
    await checkScreen(admin, '34-admin-users');
    await admin.setViewportSize({ width: 640, height: 900 });
    expect(await admin.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    await admin.setViewportSize({ width: 1280, height: 900 });

    const form = admin.getByRole('form', { name: 'Thêm người dùng' });
    await form.getByLabel('Họ và tên').fill('Trương Thị Lan');
    await form.getByLabel('Email đăng nhập').fill('canbo.tcbc.snv@hatinh.tdkt.example.vn');
    await form.getByLabel('Cán bộ thi đua của đơn vị').check();
    await form.getByLabel('Cơ quan').selectOption('org-snv');
    await form.getByRole('button', { name: 'Tạo người dùng' }).click();
    // The API's placement check, shown beside the field it concerns.
    await form.getByText('Cán bộ thi đua của đơn vị phải thuộc một phòng, ban.').waitFor();
    expect(await form.getByLabel('Phòng, ban, đơn vị').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Họ và tên').inputValue()).toBe('Trương Thị Lan');
    await checkScreen(admin, '35-admin-new-user-error');
    await form.getByLabel('Phòng, ban, đơn vị').selectOption('unit-snv-tcbc');
    await form.getByRole('button', { name: 'Tạo người dùng' }).click();
    await admin.getByText('Đã tạo người dùng Trương Thị Lan').waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'Trương Thị Lan' });
    await row.getByText('Phòng Tổ chức, biên chế').waitFor();

    await admin.getByRole('button', { name: 'Đổi vai trò của Trương Thị Lan' }).click();
    const roles = admin.getByRole('dialog', { name: 'Đổi vai trò: Trương Thị Lan' });
    await roles.getByLabel('Thành viên Hội đồng TĐKT Sở').check();
    await checkScreen(admin, '36-admin-change-roles');
    await roles.getByRole('button', { name: 'Lưu vai trò' }).click();
    await admin.getByText('Đã đổi vai trò của Trương Thị Lan.').waitFor();
    await row.getByText('Thành viên Hội đồng TĐKT Sở').waitFor();

    await admin.getByRole('button', { name: 'Vô hiệu hóa Trương Thị Lan' }).click();
    const disable = admin.getByRole('dialog', { name: 'Vô hiệu hóa tài khoản Trương Thị Lan' });
    await disable.getByText('Tài khoản không bị xóa').waitFor();
    await disable.getByRole('button', { name: 'Xác nhận vô hiệu hóa' }).click();
    await row.getByText('Đã vô hiệu hóa').waitFor();
    await admin.getByRole('button', { name: 'Kích hoạt lại Trương Thị Lan' }).click();
    await admin.getByRole('button', { name: 'Xác nhận kích hoạt' }).click();
    await row.getByText('Đang hoạt động').waitFor();

    await admin.getByRole('link', { name: 'Cơ quan, đơn vị' }).first().click();
    await admin.getByLabel('Cơ quan', { exact: true }).selectOption('org-snv');
    const unit = admin.getByRole('group', { name: 'Trung tâm Lưu trữ lịch sử' });
    if ('contactEmails' in UnitChangesSchema.shape) {
      const emails = unit.getByLabel('Email nhận thông báo');
      expect(await emails.inputValue()).toBe('ttlt.snv@hatinh.tdkt.example.vn');
      await emails.fill('ttlt.snv@hatinh.tdkt.example.vn\nkhong-hop-le');
      await unit.getByRole('button', { name: 'Lưu Trung tâm Lưu trữ lịch sử' }).click();
      await unit.getByText(/Địa chỉ thứ 2: /).waitFor();
      expect(await emails.getAttribute('aria-invalid')).toBe('true');
      await emails.fill('ttlt.snv@hatinh.tdkt.example.vn\nluutru.snv@hatinh.tdkt.example.vn');
    } else {
      await unit.getByLabel('Tên phòng, ban, đơn vị').fill('Trung tâm Lưu trữ lịch sử tỉnh');
    }
    await checkScreen(admin, '37-admin-directory');
    await unit.getByRole('button', { name: /^Lưu Trung tâm Lưu trữ lịch sử/ }).click();
    await admin.getByText(/Đã lưu thông tin đơn vị/).waitFor();
  });

  it("signs a decision, then revokes one awardee from it with a reason, shown on the nomination's timeline", async () => {
    // The unit proposes; the secretariat, the council and its chair get it passed (through the API: tested elsewhere).
    const id = await passedByCouncil(as, {
      awardCode: 'LDTT',
      year: 2026,
      personId: 'person-snv-06',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter', 'achievement_report', 'review_minutes'],
    });

    // The director signs the decision in the batch dialog.
    const director = await as('giamdoc.snv');
    await go(director, '/quyet-dinh');
    await director.getByLabel('Chọn Đặng Minh Tuấn').check();
    await director.getByRole('button', { name: 'Ký quyết định (1 đề nghị)' }).click();
    const sign = director.getByRole('dialog', { name: 'Xác nhận ký quyết định khen thưởng' });
    // Number, date and signer are asked for when the API takes them: "tự động", today, the director.
    const takes = (signDecision.body as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
    const entersDetails = 'number' in takes && 'signedOn' in takes && 'signer' in takes;
    if (entersDetails) {
      const number = sign.getByLabel('Số văn bản');
      expect(await number.getAttribute('placeholder')).toBe('tự động');
      expect(await sign.getByLabel('Ngày ký').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(await sign.getByRole('textbox', { name: 'Người ký', exact: true }).inputValue()).toBe(
        'Phan Thị Tô Hoa',
      );
      expect(await sign.getByLabel('Chức vụ người ký').inputValue()).toBe('GIÁM ĐỐC');
      await number.fill('901/QD-SNV');
      await sign.getByRole('button', { name: 'Xác nhận ký' }).click();
      await sign.getByText(/Số văn bản phải có dạng/).waitFor();
      expect(await number.getAttribute('aria-invalid')).toBe('true');
      await number.fill('901/QĐ-SNV');
    }
    await checkScreen(director, '38-sign-decision-dialog');
    await sign.getByRole('button', { name: 'Xác nhận ký' }).click();
    await director
      .getByText(
        entersDetails
          ? 'Đã ban hành Quyết định khen thưởng số 901/QĐ-SNV'
          : /Đã ban hành Quyết định khen thưởng số/,
      )
      .waitFor();

    // …and revokes it: a reason is required, the original decision stays, the timeline says why.
    await go(director, `/de-nghi/${id}`);
    await director.getByText('Quyết định khen thưởng', { exact: true }).waitFor();
    await director.getByRole('button', { name: 'Hủy bỏ khen thưởng…' }).click();
    const dialog = director.getByRole('dialog', { name: 'Hủy bỏ khen thưởng' });
    await dialog.getByRole('button', { name: 'Xác nhận ký quyết định hủy bỏ' }).click();
    await dialog.getByText('Không được để trống.').waitFor();
    expect(await dialog.getByLabel('Lý do hủy bỏ').getAttribute('aria-invalid')).toBe('true');
    const reason = 'Hồ sơ kê khai thành tích không trung thực (kết luận thanh tra số 12/KL-TTr).';
    await dialog.getByLabel('Lý do hủy bỏ').fill(reason);
    await checkScreen(director, '39-revoke-award-dialog');
    await dialog.getByRole('button', { name: 'Xác nhận ký quyết định hủy bỏ' }).click();
    await director.getByText(/Đã ký Quyết định hủy bỏ khen thưởng số .*\/QĐ-SNV/).waitFor();
    await director.getByText('Quyết định khen thưởng đã bị hủy bỏ').first().waitFor();
    const timeline = director.locator('.timeline');
    await timeline.getByText('Hủy bỏ quyết định khen thưởng').waitFor();
    expect(await timeline.textContent()).toContain(reason);
    await checkScreen(director, '40-award-revoked-timeline');
  });
});
