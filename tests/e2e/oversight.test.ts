import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { makeDynamoSuppressionList } from '../../shared/mail/dynamo/suppression-list';
import { checkScreen, go, signedInTabs } from './support/browser';

describe('the suppressed addresses, in the browser', () => {
  const { as } = signedInTabs();

  it('lists the Sở’s address that bounced with when and why, and mails it again with a reason', async () => {
    // A permanent bounce, as SES reports one (the notifier records it from SES's event stream).
    const client = new DynamoDBClient({
      endpoint: inject('e2eDynamodbEndpoint'),
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await makeDynamoSuppressionList({ client, tableName: inject('e2eTableName') }).record({
      address: 'giamdoc.snv@hatinh.tdkt.example.vn',
      reason: 'bounce',
      at: '2026-11-16T02:00:00.000Z',
      detail: 'smtp; 552 5.2.2 mailbox full',
    });
    client.destroy();

    const secretary = await as('thuky.snv');
    await go(secretary, '/');
    await secretary.getByRole('link', { name: 'Thư bị ngừng gửi' }).first().click();
    await secretary.getByRole('heading', { name: 'Địa chỉ thư bị ngừng gửi' }).waitFor();
    const row = secretary.getByRole('row', { name: /giamdoc\.snv@hatinh\.tdkt\.example\.vn/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Thư bị trả lại');
    expect(await row.textContent()).toContain('Thành viên Hội đồng');
    await checkScreen(secretary, 'oversight-suppressed');

    await row.getByRole('button', { name: 'Gửi thư lại…' }).click();
    const dialog = secretary.getByRole('dialog', {
      name: 'Gửi thư lại cho giamdoc.snv@hatinh.tdkt.example.vn',
    });
    await dialog.getByRole('button', { name: 'Xác nhận gửi thư lại' }).click();
    await dialog
      .getByText(/Vui lòng|bắt buộc|không được để trống/i)
      .first()
      .waitFor();
    await dialog.getByLabel('Lý do gửi lại').fill('Hộp thư đã được giải phóng dung lượng.');
    await dialog.getByRole('button', { name: 'Xác nhận gửi thư lại' }).click();

    await secretary.getByText(/Đã gửi thư lại cho giamdoc\.snv@hatinh\.tdkt\.example\.vn/).waitFor();
    await secretary.getByText('Không có địa chỉ nào bị ngừng gửi.').waitFor();
  });

  it("shows a Sở's leaders the year by stage and by award with each step's timeliness, and the province every Sở", async () => {
    const director = await as('giamdoc.snv');
    await go(director, '/thong-ke');
    await director.getByRole('heading', { name: 'Thống kê thi đua, khen thưởng' }).waitFor();
    const byAward = director.getByRole('table', { name: 'Số đề nghị theo hình thức khen thưởng' });
    await byAward.waitFor();
    await director.getByRole('table', { name: /đúng hạn, trễ hạn/ }).waitFor();
    const total = Number(
      /Tổng số đề nghị: (\d+)/.exec((await director.getByText(/Tổng số đề nghị:/).textContent()) ?? '')?.[1],
    );
    const lastRow = byAward.getByRole('row').last();
    expect(await lastRow.textContent()).toMatch(new RegExp(`^Cộng.*${total}$`));
    await checkScreen(director, 'statistics-so');

    const province = await as('chutich.tinh');
    await go(province, '/thong-ke');
    await province.getByRole('table', { name: 'Số đề nghị theo cơ quan' }).waitFor();
    await checkScreen(province, 'statistics-province');
  });

  it("gives the administrator the month's activity of the whole system, filtered by kind and exported", async () => {
    const admin = await as('quantri');
    await go(admin, '/quan-tri/nhat-ky');
    await admin.getByRole('heading', { name: 'Nhật ký hoạt động của hệ thống' }).waitFor();
    await admin
      .getByRole('status')
      .filter({ hasText: /^\d+ \/ \d+ mục$/ })
      .waitFor();
    const rows = admin.getByRole('table', { name: /Hoạt động tháng/ }).getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
    await checkScreen(admin, 'oversight-activity');

    // Filter by the first kind of record the month holds.
    const kind = admin.getByLabel('Đối tượng');
    const first = await kind.locator('option').nth(1).getAttribute('value');
    await kind.selectOption(first ?? '');
    const status = admin.getByRole('status').filter({ hasText: /mục$/ });
    const [shown, all] = ((await status.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(all ?? 0);
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-\d{4}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });
});
