/**
 * The facts the rules need, declared on screen: a unit officer records maternity leave on a draft
 * and sees the rule ask for its evidence, then reports a campaign target no nomination measures
 * with its evidence, and the progress counts it.
 */
import { describe, expect, it } from 'vitest';
import { attachPdf, checkScreen, go, signedInTabs } from './support/browser';

describe('facts and targets the rules read, in the browser', () => {
  const { as } = signedInTabs();

  it('declares maternity leave on a draft; the eligibility panel asks for the leave decision', async () => {
    const officer = await as('canbo.ccvc.snv');
    await go(officer, '/de-nghi/moi');
    await officer.getByRole('heading', { name: 'Lập đề nghị khen thưởng' }).waitFor();
    await officer.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption('LDTT');
    await officer.getByLabel('Năm thành tích').fill('2026');
    await officer.getByLabel('Chọn từ danh sách cán bộ của đơn vị').selectOption('person-snv-07');
    await officer.getByLabel('Xếp loại chất lượng năm').selectOption('HTTNV');
    await officer.getByLabel('Ngày bắt đầu công tác').fill('01/03/2015');
    await officer.getByRole('button', { name: '+ Thêm thời gian nghỉ' }).click();
    await officer.getByLabel('Loại nghỉ').selectOption('maternity');
    await officer.getByLabel('Từ ngày').fill('01/02/2026');
    await officer.getByLabel('Đến ngày').fill('31/07/2026');
    await officer.waitForURL(/\/de-nghi\/[^/]+\/sua$/);
    const panel = officer.getByRole('region', { name: 'Kiểm tra điều kiện' });
    await panel.getByText(/Nghỉ thai sản từ 01\/02\/2026 đến 31\/07\/2026/).waitFor();
    expect(await panel.textContent()).toContain('Cần minh chứng');
    await checkScreen(officer, '110-nomination-facts');
  });

  it('reports the participation target of the demo plan with its evidence, and the progress counts it', async () => {
    const officer = await as('canbo.ccvc.snv');
    await go(officer, '/phong-trao/camp-snv-2026/tien-do');
    const target = officer.getByRole('article', { name: /hưởng ứng tham gia đầy đủ các hoạt động xã hội/ });
    await target.getByText('Chưa báo cáo', { exact: true }).waitFor();
    await target.getByRole('button', { name: 'Báo cáo', exact: true }).click();
    // More than the unit's people is refused beside the field; then the right count.
    await target.getByLabel('Số đạt').fill('30');
    await target.getByLabel('Tên văn bản minh chứng').fill('Báo cáo kết quả hưởng ứng năm 2026');
    await attachPdf(officer, /^Tệp minh chứng của/, 'bao-cao-huong-ung.pdf');
    await target.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await target.getByText(/Số đạt \(30\) lớn hơn tổng số/).waitFor();
    expect(await target.getByLabel('Số đạt').getAttribute('aria-invalid')).toBe('true');
    await target.getByLabel('Số đạt').fill('2');
    await target.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await target.getByText(/minh chứng: Báo cáo kết quả hưởng ứng năm 2026/).waitFor();
    await checkScreen(officer, '111-campaign-target-report');

    // The secretariat sees the unit's report among the Sở's units.
    const secretary = await as('thuky.snv');
    await go(secretary, '/phong-trao/camp-snv-2026/tien-do');
    const all = secretary.getByRole('article', { name: /hưởng ứng tham gia đầy đủ các hoạt động xã hội/ });
    await all.getByText(/minh chứng: Báo cáo kết quả hưởng ứng năm 2026/).waitFor();
    expect(await all.getByText('Chưa báo cáo', { exact: true }).count()).toBeGreaterThan(0);
  });
});
