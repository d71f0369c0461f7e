import { describe, expect, it } from 'vitest';
import { attachPdf, checkScreen, go, signedInTabs } from './support/browser';

describe("a unit's list proposal, in the browser", () => {
  const { as } = signedInTabs();

  it('proposes the whole unit for LĐTT in one click, sees a quota refusal before sending, and sends the list', async () => {
    const officer = await as('canbo.ttlt.snv');
    await officer
      .getByRole('navigation', { name: 'Chức năng chính' })
      .getByRole('link', { name: 'Đề nghị của đơn vị' })
      .click();
    await officer.getByRole('link', { name: 'Lập danh sách đề nghị của đơn vị' }).click();
    await officer.getByRole('heading', { name: 'Lập danh sách đề nghị của đơn vị' }).waitFor();
    // A year no other test proposes these people for.
    await officer.getByLabel(/^Năm thành tích/).fill('2024');
    await officer.getByLabel('Số tờ trình').fill('15/TTr-TTLT');
    await officer.getByLabel(/^Ngày tờ trình/).fill('20/11/2024');
    await attachPdf(officer, /^Tệp tờ trình/, 'to-trinh-x.pdf');
    await attachPdf(officer, /^Tệp biên bản/, 'bien-ban-x.pdf');
    await attachPdf(officer, /^Tệp báo cáo/, 'bao-cao-x.pdf');
    const huong = 'Bùi Thị Thanh Hương';
    await officer.getByRole('rowheader', { name: new RegExp(huong) }).waitFor();
    await officer.getByRole('button', { name: 'Đề nghị Lao động tiên tiến cho tất cả cán bộ' }).click();
    expect(await officer.getByLabel('Hình thức cho Cao Văn Thịnh').inputValue()).toBe('LDTT');

    await officer.getByLabel(`Hình thức cho ${huong}`).selectOption('CSTDCS');
    await officer.getByLabel(`Xếp loại của ${huong}`).selectOption('HTXSNV');
    await officer.getByLabel('Sáng kiến (tên)').fill('Số hóa mục lục hồ sơ lưu trữ');
    await officer.getByLabel('Số quyết định công nhận').fill('31/QĐ-SNV');
    await officer.getByLabel('Ngày công nhận').fill('10/06/2024');
    await officer.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    const row = officer
      .getByRole('row')
      .filter({ has: officer.getByRole('rowheader', { name: new RegExp(huong) }) });
    await row.getByText('Vượt chỉ tiêu').waitFor();
    expect(await row.textContent()).toContain('Chỉ tiêu 0, đã dùng 0 trước dòng này.');
    await checkScreen(officer, '101-list-proposal-quota');

    await officer.getByLabel(`Hình thức cho ${huong}`).selectOption('LDTT');
    await officer.getByLabel(`Xếp loại của ${huong}`).selectOption('HTTNV');
    await officer.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    await officer.getByText(/có thể gửi, 0 chưa đạt\./).waitFor();
    await officer.getByRole('button', { name: /^Gửi danh sách/ }).click();
    await officer.getByText(/^Đã gửi \d+ đề nghị$/).waitFor();
    const sent = Number(
      /\d+/.exec((await officer.getByText(/^Đã gửi \d+ đề nghị$/).textContent()) ?? '')?.[0],
    );
    expect(sent).toBeGreaterThanOrEqual(2);

    // The secretariat takes the list whole: one choice, one confirmed step.
    const secretary = await as('thuky.snv');
    await go(secretary, '/tham-dinh');
    await secretary
      .getByRole('button', { name: `Chọn cả danh sách 15/TTr-TTLT ngày 20/11/2024 (${sent})` })
      .click();
    await secretary.getByRole('button', { name: `Tiếp nhận ${sent} hồ sơ đã chọn` }).click();
    await secretary
      .getByRole('dialog', { name: `Tiếp nhận ${sent} hồ sơ?` })
      .getByRole('button', { name: 'Xác nhận tiếp nhận' })
      .click();
    // Acceptance checks every rule: staff other tests added without a start date are named and
    // left; the two demo people, whose records are complete, are accepted.
    const notice = secretary.getByText(new RegExp(`^Tiếp nhận hồ sơ: đã tiếp nhận \\d+/${sent} đề nghị\\.`));
    await notice.waitFor();
    const told = (await secretary.locator('.notice').first().textContent()) ?? '';
    expect(told).not.toContain('Bùi Thị Thanh Hương:');
    expect(told).not.toContain('Cao Văn Thịnh:');
  });
});
