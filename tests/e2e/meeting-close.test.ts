import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { attachPdf, checkScreen, go, signedInTabs } from './support/browser';
import { acceptedIntoMeeting, fillDraft, sendDraft } from './support/nominations';

describe('closing a council meeting, in the browser', () => {
  const { as } = signedInTabs();

  it('asks first, and names the members present who have not voted yet', async () => {
    const unit = await as('canbo.vanphong.snv');
    const id = await fillDraft(unit, {
      awardCode: 'LDTT',
      // A person and year no other e2e test nominates (one nomination a year per award).
      year: 2026,
      personId: 'person-snv-03',
      taskRating: 'HTTNV',
      dossier: ['proposal_letter', 'achievement_report', 'review_minutes'],
    });
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();
    const meeting = await acceptedIntoMeeting(as, id, 'Phiên họp số 7/2026');
    const secretary = await as('thuky.snv');
    // One member votes; the others present have not yet.
    await callApi(await as('giamdoc.snv'), 'POST', `/council/meetings/${meeting.id}/votes`, {
      nominationId: id,
      choice: 'approve',
    });

    await go(secretary, `/hoi-dong/${meeting.id}`);
    await secretary.getByRole('heading', { name: 'Phiên họp số 7/2026 — ngày 17/11/2026' }).waitFor();
    await secretary.getByRole('button', { name: 'Kết thúc phiên họp và kiểm phiếu' }).click();
    const closing = secretary.getByRole('dialog', { name: 'Kết thúc phiên họp và kiểm phiếu?' });
    await closing.getByText('Còn thành viên có mặt chưa bỏ phiếu').waitFor();
    const warning = await closing.textContent();
    await checkScreen(secretary, '25-close-meeting-missing-votes');
    await closing.getByRole('button', { name: 'Quay lại' }).click();

    // The director voted; hoidong1 sits for the nominee's unit (recused); two remain, in the order lists of cán bộ are read (by given name).
    expect(warning).toContain('Lê Thị Thu Hà: đã bỏ 1 phiếu, chưa bỏ: Ngô Thị Hạnh, Dương Văn Khánh');
    // Nothing was closed: the meeting still takes votes.
    await secretary.getByRole('button', { name: 'Kết thúc phiên họp và kiểm phiếu' }).waitFor();

    // Closed: the biên bản họp and the biên bản kiểm phiếu are drafted from the meeting (NĐ 30 layout).
    await secretary.getByRole('button', { name: 'Kết thúc phiên họp và kiểm phiếu' }).click();
    await secretary
      .getByRole('dialog', { name: 'Kết thúc phiên họp và kiểm phiếu?' })
      .getByRole('button', { name: /Kết thúc/ })
      .last()
      .click();
    const records = secretary.getByRole('region', { name: 'Biên bản' });
    await records.waitFor();
    await checkScreen(secretary, '26-closed-meeting-records');
    const xmlOf = async (button: string) => {
      const [download] = await Promise.all([
        secretary.waitForEvent('download'),
        records.getByRole('button', { name: button }).click(),
      ]);
      const saved = join(await mkdtemp(join(tmpdir(), 'tdkt-minutes-')), download.suggestedFilename());
      await download.saveAs(saved);
      const files = unzipSync(new Uint8Array(await readFile(saved)));
      return { name: download.suggestedFilename(), xml: strFromU8(files['word/document.xml'] as Uint8Array) };
    };
    const minutes = await xmlOf('Tải biên bản họp (.docx)');
    const tally = await xmlOf('Tải biên bản kiểm phiếu (.docx)');

    expect(minutes.name).toMatch(/^bien-ban-hop-\d{4}-\d{2}-\d{2}-[A-Za-z0-9-]{6}\.docx$/);
    for (const xml of [minutes.xml, tally.xml]) {
      expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(xml).toContain('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
      expect(xml).toContain('BIÊN BẢN');
      expect(xml).toContain('Phiên họp số 7/2026');
    }
    expect(minutes.xml).toContain('Lê Thị Thu Hà - Lao động tiên tiến (');
    expect(minutes.xml).toContain('Kết quả:');
    expect(tally.xml).toContain('Tỷ lệ đồng ý');
    expect(tally.xml).toContain('Lê Thị Thu Hà');

    // Signed by the chair and the secretary, the minutes are kept with the meeting…
    await records.getByText('○ Chưa lưu: Biên bản họp (bản đã ký)').waitFor();
    await attachPdf(secretary, 'Biên bản họp (bản đã ký)', 'Biên bản họp số 7 (đã ký).pdf');
    await records.getByText('✓ Đã lưu: Biên bản họp (bản đã ký)').waitFor();
    await checkScreen(secretary, '26b-closed-meeting-signed-minutes');

    // …and are an item of the nomination's dossier, for its unit too.
    await go(unit, `/de-nghi/${id}`);
    await unit.getByText('✓ Đã có: Biên bản phiên họp Hội đồng (bản ký)').waitFor();
    const councilRow = unit.getByRole('row', { name: /Bản ký của Hội đồng, lưu theo phiên họp/ });
    await councilRow
      .getByRole('button', { name: /^(Xem trước|Tải xuống) / })
      .first()
      .waitFor();
    await unit
      .getByRole('region', { name: 'Tệp hồ sơ' })
      .getByRole('row', { name: /^Biên bản họp số 7 \(đã ký\)\.pdf .*Của Hội đồng, lưu theo phiên họp/ })
      .waitFor();

    // The nomination names the meeting that considered it, where its records are drafted.
    await go(secretary, `/de-nghi/${id}`);
    await secretary
      .getByRole('link', { name: /^Phiên họp Hội đồng TĐKT Sở ngày \d{2}\/\d{2}\/\d{4}$/ })
      .click();
    await secretary.getByRole('region', { name: 'Biên bản' }).waitFor();
  });
});
