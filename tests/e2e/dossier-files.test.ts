/**
 * Real files in the browser: an officer uploads three documents of a dossier (the progress shown,
 * straight to the local bucket), the checklist ticks what is uploaded; the secretariat previews
 * one and returns the dossier for a missing document; the officer uploads it and sends it again,
 * and every version stays listed.
 */
import { describe, expect, it } from 'vitest';
import { checkScreen, go, signedInTabs } from './support/browser';
import { fillDraft, sendDraft } from './support/nominations';

const pdf = (text: string, padding = 0) =>
  Buffer.concat([
    Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n`),
    Buffer.alloc(padding, 0x20),
    Buffer.from('\n%%EOF\n'),
  ]);

describe("a dossier's files, in the browser", () => {
  const { open } = signedInTabs();

  it('uploads three documents with progress, is previewed and returned for a missing one, and completed', async () => {
    const unit = await open('canbo.vanphong.snv');
    const id = await fillDraft(unit, {
      awardCode: 'LDTT',
      year: 2021,
      personId: 'person-snv-02',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter', 'achievement_report', 'review_minutes'],
    });
    // Slow the bucket down a little, so the progress of an upload can be seen.
    await unit.route(/-files\/?$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    const files = [
      { name: 'Tờ trình 15-TTr-VP.pdf', buffer: pdf('to trinh', 2_000_000) },
      { name: 'Báo cáo thành tích.pdf', buffer: pdf('bao cao') },
      { name: 'Biên bản họp.pdf', buffer: pdf('bien ban') },
    ];
    for (const [index, file] of files.entries()) {
      await unit.getByLabel(`Tệp của Tài liệu ${index + 1}`, { exact: true }).setInputFiles({
        name: file.name,
        mimeType: 'application/pdf',
        buffer: file.buffer,
      });
      if (index === 0) {
        await unit.locator('progress').waitFor();
        await checkScreen(unit, '106-dossier-upload-progress');
      }
      await unit
        .getByRole('group', { name: `Tài liệu ${index + 1}` })
        .getByText(file.name)
        .waitFor();
    }
    await unit.getByText('✓ Đã có: Biên bản họp bình xét / xét khen thưởng').waitFor();
    await unit.getByText(/Đã lưu lúc/).waitFor();
    await checkScreen(unit, '107-dossier-uploaded');
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();

    const secretary = await open('thuky.snv');
    await go(secretary, `/de-nghi/${id}`);
    // From the dossier's table: each document with its file.
    await secretary.getByRole('button', { name: 'Xem trước Tờ trình 15-TTr-VP.pdf' }).first().click();
    const preview = secretary.getByRole('dialog', { name: 'Tờ trình 15-TTr-VP.pdf' });
    await preview.locator('iframe').waitFor();
    expect(await preview.locator('iframe').getAttribute('src')).toContain('X-Amz-Signature=');
    await checkScreen(secretary, '108-secretariat-file-preview');
    await preview.getByRole('button', { name: 'Đóng' }).click();
    await secretary.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    await secretary.getByLabel('Lý do trả lại').fill('Thiếu biên bản kiểm phiếu bình xét.');
    await secretary.getByRole('combobox', { name: /^Tài liệu/ }).selectOption('vote_tally');
    await secretary.getByLabel('Yêu cầu bổ sung').fill('Bổ sung biên bản kiểm phiếu có chữ ký.');
    await secretary.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await secretary.getByText('Đã trả lại hồ sơ cho đơn vị.').waitFor();

    await go(unit, `/de-nghi/${id}`);
    await unit.getByText('Bổ sung biên bản kiểm phiếu có chữ ký.').first().waitFor();
    await unit.getByRole('button', { name: '+ Thêm tài liệu' }).click();
    const added = unit.getByRole('group', { name: 'Tài liệu 4' });
    await added.getByLabel('Loại tài liệu').selectOption('vote_tally');
    await added.getByLabel('Ngày ban hành').fill('21/12/2021');
    await unit.getByLabel('Tệp của Tài liệu 4', { exact: true }).setInputFiles({
      name: 'Biên bản kiểm phiếu.pdf',
      mimeType: 'application/pdf',
      buffer: pdf('kiem phieu'),
    });
    await added.getByText('Biên bản kiểm phiếu.pdf').waitFor();
    expect(await added.getByLabel('Trích yếu, tên tài liệu').inputValue()).toBe('Biên bản kiểm phiếu');
    await unit.getByRole('button', { name: 'Gửi lại đề nghị' }).click();
    await unit.getByText('Đã gửi lại đề nghị.').waitFor();
    const panel = unit.getByRole('region', { name: 'Tệp hồ sơ' });
    // The list reloads with the resubmitted version: the new file is then in force.
    await panel
      .getByRole('row')
      .filter({ hasText: 'Biên bản kiểm phiếu.pdf' })
      .filter({ hasText: 'Hiện hành' })
      .waitFor();
    // Four documents in force; the files they replaced are kept as earlier versions.
    expect(await panel.getByRole('row').filter({ hasText: 'Hiện hành' }).count()).toBe(4);
    expect(await panel.getByRole('row').filter({ hasText: 'Bản trước' }).count()).toBe(3);
  });

  it('says why a file is refused: a PDF named .jpg', async () => {
    const unit = await open('canbo.vanphong.snv');
    await fillDraft(unit, {
      awardCode: 'LDTT',
      year: 2020,
      personId: 'person-snv-02',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter'],
    });
    await unit.getByLabel('Tệp của Tài liệu 1', { exact: true }).setInputFiles({
      name: 'anh-chup.jpg',
      mimeType: 'image/jpeg',
      buffer: pdf('not an image'),
    });
    await unit
      .getByText('Nội dung tệp là PDF, không phải ảnh JPEG như tên tệp; hãy chọn đúng tệp.')
      .waitFor();
  });
});
