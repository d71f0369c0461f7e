import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { checkScreen, go, signedInTabs } from './support/browser';
import { passedByCouncil } from './support/nominations';

const MM_PER_PT = 25.4 / 72;

describe('printing certificates on the phôi, in the browser', () => {
  const { as } = signedInTabs();

  it("prints a signed decision's Giấy khen at the phôi's size, after a test page, with the printer's offset kept", async () => {
    // A person and year no other e2e test nominates for a Giấy khen (one nomination a year per award).
    const id = await passedByCouncil(as, {
      awardCode: 'GIAY_KHEN',
      year: 2026,
      personId: 'person-snv-07',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter', 'achievement_report', 'review_minutes'],
    });
    const director = await as('giamdoc.snv');
    const decision = await callApi<{ id: string; number: string }>(director, 'POST', '/decisions', {
      nominationIds: [id],
    });

    // From the nomination's page, as the director would.
    await go(director, `/de-nghi/${id}`);
    await director.getByText(`Số ${decision.number}`, { exact: false }).first().waitFor();
    await director.getByRole('main').getByRole('link', { name: 'In trên phôi' }).click();
    await director.getByRole('heading', { name: 'In bằng khen, giấy khen trên phôi' }).waitFor();
    await director.getByText(`Quyết định số ${decision.number}`, { exact: false }).first().waitFor();
    await director.getByLabel('Hoàng Thị Lan', { exact: false }).waitFor();
    const achievement = director.getByLabel('Thành tích (in dưới tên người được khen)');
    await achievement.fill('Đã có thành tích xuất sắc trong công tác năm 2026');
    await director.getByLabel(/^Lệch ngang của máy in/).fill('3');
    await checkScreen(director, 'certificates');

    const pdfOf = async (button: string | RegExp) => {
      const [download] = await Promise.all([
        director.waitForEvent('download'),
        director.getByRole('button', { name: button }).click(),
      ]);
      const path = join(await mkdtemp(join(tmpdir(), 'tdkt-phoi-')), download.suggestedFilename());
      await download.saveAs(path);
      return { name: download.suggestedFilename(), pdf: await PDFDocument.load(await readFile(path)) };
    };
    const test = await pdfOf('In trang thử (PDF)');
    const real = await pdfOf(/^Tạo PDF để in \(1 giấy khen\)$/);

    expect(test.name).toBe('in-thu-phoi-GIAY_KHEN.pdf');
    expect(real.name).toBe(
      `giay-khen-${decision.number
        .toLowerCase()
        .replace(/đ/g, 'd')
        .replace(/[^a-z0-9]+/g, '-')}.pdf`,
    );
    expect(real.pdf.getPageCount()).toBe(1);
    const { width, height } = real.pdf.getPage(0).getSize();
    // The default Giấy khen phôi: A4 landscape.
    expect(Math.round(width * MM_PER_PT)).toBe(297);
    expect(Math.round(height * MM_PER_PT)).toBe(210);

    // The offset belongs to this printer: it is there when the screen opens again.
    await go(director, '/in-phoi?mau=GIAY_KHEN');
    expect(await director.getByLabel(/^Lệch ngang của máy in/).inputValue()).toBe('3');
    // Opened without a decision, the screen lists the signed ones to print from.
    await director
      .getByRole('region', { name: 'Quyết định đã ký có bằng khen, giấy khen' })
      .getByRole('link', { name: decision.number })
      .click();
    await director.getByRole('button', { name: /^Tạo PDF để in \(1 giấy khen\)$/ }).waitFor();

    // Revoked since, the award is never printed.
    await callApi(director, 'POST', `/decisions/${decision.id}/revocations`, {
      nominationIds: [id],
      reason: 'Hồ sơ kê khai không trung thực.',
    });
    await director.reload();
    await director.getByText('(đã bị hủy bỏ khen thưởng: không in)').waitFor();
    expect(await director.getByRole('button', { name: /^Tạo PDF để in \(0 giấy khen\)$/ }).isDisabled()).toBe(
      true,
    );
  });
});
