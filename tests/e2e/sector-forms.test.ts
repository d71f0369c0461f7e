import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkScreen, go, signedInTabs } from './support/browser';

describe('the statistical report forms, in the browser', () => {
  const { as } = signedInTabs();

  it('shows the province the three forms of Thông tư 02/2023 for the year and exports them in that layout', async () => {
    const officer = await as('chuyenvien.tinh');
    await go(officer, '/');
    await officer.getByRole('link', { name: 'Biểu mẫu thống kê' }).first().click();
    await officer.getByRole('heading', { name: 'Biểu mẫu báo cáo thống kê' }).waitFor();
    for (const title of [
      'SỐ PHONG TRÀO THI ĐUA',
      'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
      /^SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ/,
    ])
      await officer.getByRole('heading', { name: title }).waitFor();
    const campaigns = officer.getByRole('region', { name: 'SỐ PHONG TRÀO THI ĐUA' });
    // The header merges as the circular prints it: the Sở's column under the title over all three.
    await campaigns
      .getByRole('columnheader', { name: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua' })
      .waitFor();
    await campaigns.getByRole('columnheader', { name: 'Cơ quan, tổ chức, đơn vị' }).waitFor();
    const total = campaigns.getByRole('row', { name: /^Tổng số 01/ });
    // The demo Sở's yearly plan at least (other tests may publish more).
    expect(Number((await total.getByRole('cell').nth(1).textContent()) ?? '0')).toBeGreaterThanOrEqual(1);
    await officer
      .getByText(/Đơn vị báo cáo: Ủy ban nhân dân tỉnh Hà Tĩnh/)
      .first()
      .waitFor();
    await checkScreen(officer, 'sector-forms');

    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('button', { name: 'Xuất Excel (3 biểu, đúng mẫu)' }).click(),
    ]);
    const saved = join(await mkdtemp(join(tmpdir(), 'tdkt-forms-')), download.suggestedFilename());
    await download.saveAs(saved);
    const files = unzipSync(new Uint8Array(await readFile(saved)));
    const workbook = strFromU8(files['xl/workbook.xml'] as Uint8Array);
    const strings = strFromU8((files['xl/sharedStrings.xml'] ?? new Uint8Array()) as Uint8Array);
    const sheet3 = strFromU8(files['xl/worksheets/sheet3.xml'] as Uint8Array);

    expect(download.suggestedFilename()).toMatch(
      /^bieu-thong-ke-tdkt-2025-12-01-2026-11-30-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    for (const name of ['Biểu 0601.N', 'Biểu 0602.N', 'Biểu 0603.N'])
      expect(workbook).toContain(`name="${name}"`);
    for (const text of [
      'Biểu số: 0603.N/BNV-TĐKT',
      'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ',
      'Đơn vị nhận báo cáo: Bộ Nội vụ',
      'Người lập biểu',
      '(Ký, họ tên, đóng dấu)',
    ])
      expect(strings).toContain(text);
    // Merged cells: the headers of the forms span as the printed form's do.
    expect(sheet3).toMatch(/<mergeCell ref="[A-Z]+\d+:[A-Z]+\d+"\/>/);
  });
});
