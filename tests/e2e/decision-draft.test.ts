import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentDate } from '../../shared/domain/documents';
import { signDecision } from '../../shared/http/routes/decisions';
import { testDate } from '../support/clock';
import { go, signedInTabs } from './support/browser';
import { passedByCouncil } from './support/nominations';

const todayInVietnam = () => testDate();

describe('the Word draft of a decision, in the browser', () => {
  const { as } = signedInTabs();

  it('downloads a signed decision as a .docx laid out per Nghị định 30/2020/NĐ-CP, for the Sở only', async () => {
    // A nomination passed by the council (through the API: tested elsewhere).
    const id = await passedByCouncil(as, {
      awardCode: 'LDTT',
      year: 2026,
      personId: 'person-snv-07',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter', 'achievement_report', 'review_minutes'],
    });

    // The director signs it, then downloads the draft from the issued decision.
    const director = await as('giamdoc.snv');
    await go(director, '/quyet-dinh');
    await director.getByLabel('Chọn Hoàng Thị Lan').check();
    await director.getByRole('button', { name: 'Ký quyết định (1 đề nghị)' }).click();
    const sign = director.getByRole('dialog', { name: 'Xác nhận ký quyết định khen thưởng' });
    const takes = (signDecision.body as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
    if ('number' in takes) await sign.getByLabel('Số văn bản').fill('902/QĐ-SNV');
    await sign.getByRole('button', { name: 'Xác nhận ký' }).click();
    const issued = director.getByRole('status').filter({ hasText: /Đã ban hành Quyết định khen thưởng số/ });
    await issued.waitFor();
    const number = /số (\S+\/QĐ-SNV)/.exec((await issued.textContent()) ?? '')?.[1];
    expect(number).toBeDefined();
    if ('number' in takes) expect(number).toBe('902/QĐ-SNV');

    const [download] = await Promise.all([
      director.waitForEvent('download'),
      issued.getByRole('button', { name: 'Tải dự thảo (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`du-thao-${number?.replace('/QĐ-', '-QD-')}.docx`);
    // The browser runs as a server: the file is saved across the connection.
    const saved = join(await mkdtemp(join(tmpdir(), 'tdkt-draft-')), download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = await readFile(saved);
    // A .docx is a zip; Word opens it only with its content types and the main document part.
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(xml).toContain(`Số: ${number}`);
    expect(xml).toContain('QUYẾT ĐỊNH');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('SỞ NỘI VỤ');
    expect(xml).toContain(`Hà Tĩnh, ${documentDate(todayInVietnam())}`);
    expect(xml).toContain('Hoàng Thị Lan');
    expect(xml).toContain('Phòng Công chức, viên chức');
    expect(xml).toContain('Tặng danh hiệu “Lao động tiên tiến” cho 01 cá nhân');
    expect(xml).toContain('w:pageBreakBefore');

    // The signed copy, scanned, is kept with the decision.
    await director.getByLabel(`Bản ký của văn bản số ${number}`, { exact: true }).setInputFiles({
      name: 'QĐ đã ký.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n% signed\n%%EOF\n'),
    });
    await issued.getByText('QĐ đã ký.pdf').waitFor();
    await issued.getByRole('button', { name: 'Xem trước QĐ đã ký.pdf' }).waitFor();

    // The nomination shows the decision with its draft and signed copy to the Sở, not to the unit.
    const unit = await as('canbo.ccvc.snv');
    await go(director, `/de-nghi/${id}`);
    await director.getByRole('button', { name: 'Tải dự thảo (.docx)' }).waitFor();
    await director.getByRole('button', { name: 'Tải xuống QĐ đã ký.pdf' }).waitFor();
    await go(unit, `/de-nghi/${id}`);
    await unit.getByText('Quyết định khen thưởng', { exact: true }).waitFor();
    expect(await unit.getByRole('button', { name: 'Tải dự thảo (.docx)' }).count()).toBe(0);
  });

  it("exports the director's list to Excel under a sheet name Excel accepts (its title holds a colon)", async () => {
    // A person and year no other e2e test nominates (one nomination a year per award).
    await passedByCouncil(as, {
      awardCode: 'LDTT',
      year: 2024,
      personId: 'person-snv-06',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter', 'achievement_report', 'review_minutes'],
    });
    const director = await as('giamdoc.snv');
    await go(director, '/quyet-dinh');
    const panel = director.getByRole('region', { name: 'Thuộc thẩm quyền Giám đốc Sở: ký quyết định' });
    await panel
      .getByRole('status')
      .filter({ hasText: /^\d+ đề nghị$/ })
      .waitFor();

    const [download] = await Promise.all([
      director.waitForEvent('download'),
      panel.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click(),
    ]);
    const saved = join(await mkdtemp(join(tmpdir(), 'tdkt-xlsx-')), download.suggestedFilename());
    await download.saveAs(saved);
    const files = unzipSync(new Uint8Array(await readFile(saved)));
    const workbook = strFromU8(files['xl/workbook.xml'] as Uint8Array);

    expect(download.suggestedFilename()).toMatch(/^danh-sach-quyet-dinh-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(workbook).toContain('name="Thuộc thẩm quyền Giám đốc Sở"');
    const sheet = Object.entries(files).find(([name]) => /^xl\/worksheets\/sheet1\.xml$/.test(name))?.[1];
    expect(
      strFromU8(sheet as Uint8Array) +
        strFromU8((files['xl/sharedStrings.xml'] ?? new Uint8Array()) as Uint8Array),
    ).toContain('Hình thức khen thưởng');
  });
});
