/**
 * A unit's first year-end on the system, in the browser: its officer imports the staff list (40
 * people, as the office keeps it: title lines, the unit merged down its rows) and three years of
 * their awards, then proposes the year in one list — LĐTT for everyone in one click, CSTĐCS for a
 * few with their initiatives, TTLĐXS for the unit — sees the CSTĐCS quota refuse a row before
 * sending, corrects it, sends, and the secretariat takes the whole list in one confirmed step.
 * Phòng Xây dựng chính quyền has no staff in the seed and no other test proposes for it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type SheetData, xlsx } from '../support/xlsx';
import { attachPdf, checkScreen, go, signedInTabs } from './support/browser';

const UNIT = 'Phòng Xây dựng chính quyền và công tác thanh niên';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['Minh An', 'Thu Hà', 'Quốc Bảo', 'Ngọc Lan', 'Đức Thắng'];
/** Forty people of distinct names: "Nguyễn Minh An" … "Bùi Đức Thắng". */
const STAFF = FAMILY.flatMap((family) => GIVEN.map((given) => `${family} ${given}`));
const text = (value: string) => ({ value, type: String });
const num = (value: number) => ({ value, type: Number });

function staffFile(): SheetData {
  return [
    [{ value: 'SỞ NỘI VỤ TỈNH HÀ TĨNH', columnSpan: 5 }, null, null, null, null],
    [text('DANH SÁCH CÁN BỘ, CÔNG CHỨC')],
    ['STT', 'Họ và tên', 'Phòng, ban', 'Chức vụ', 'Ngày vào cơ quan'].map(text),
    ...STAFF.map((name, i) => [
      num(i + 1),
      text(name),
      i === 0 ? { value: UNIT, rowSpan: STAFF.length } : null,
      text(i === 0 ? 'Trưởng phòng' : 'Chuyên viên'),
      text(`01/0${1 + (i % 9)}/20${10 + (i % 10)}`),
    ]),
  ];
}

function historyFile(): SheetData {
  const years = [2023, 2024, 2025];
  return [
    ['Họ tên', 'Đơn vị', 'Năm', 'Danh hiệu', 'Số QĐ', 'Ngày QĐ'].map(text),
    ...years.flatMap((year) =>
      STAFF.map((name) => [
        text(name),
        text(UNIT),
        num(year),
        text('Lao động tiên tiến'),
        text(`${year - 2000}/QĐ-SNV`),
        text(`20/12/${year}`),
      ]),
    ),
    ...years.map((year) => [
      text(''),
      text(UNIT),
      num(year),
      text('Tập thể lao động tiên tiến'),
      text(`${year - 2000}/QĐ-SNV`),
      text(`20/12/${year}`),
    ]),
  ];
}

async function importFile(page: Page, menu: string, name: string, data: SheetData, rows: number) {
  await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: menu }).click();
  await page
    .getByLabel(/^Tệp Excel/)
    .setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(await xlsx(data)) });
  await page.getByText(`${rows} dòng sẽ nhập, 0 dòng đã có (giữ nguyên), 0 dòng lỗi.`).waitFor();
  return page.getByRole('button', { name: new RegExp(`^Nhập ${rows} `) });
}

/** The initiative of a CSTĐCS row (sáng kiến công nhận ở cơ sở). */
async function proposeCstdcs(page: Page, name: string, n: number) {
  await page.getByLabel(`Hình thức cho ${name}`).selectOption('CSTDCS');
  await page.getByLabel(`Xếp loại của ${name}`).selectOption('HTXSNV');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  await row.getByLabel('Sáng kiến (tên)').fill(`Sáng kiến số ${n} về cải cách hành chính`);
  await row.getByLabel('Số quyết định công nhận').fill(`${40 + n}/QĐ-SNV`);
  await row.getByLabel('Ngày công nhận').fill('15/10/2026');
  await attachPdf(page, `Tệp quyết định công nhận của ${name}`, `sang-kien-${n}.pdf`);
}

describe("a unit's first year-end, from Excel to one list", () => {
  const { as } = signedInTabs();

  it('imports 40 staff and 3 years of history, proposes 35 LĐTT, 4 CSTĐCS and TTLĐXS in one list, and is accepted whole', async () => {
    const officer = await as('canbo.xdcq.snv');
    const addStaff = await importFile(officer, 'Nhập danh sách cán bộ', 'can-bo-xdcq.xlsx', staffFile(), 40);
    // The header under the title lines; the unit merged down the 40 rows is read on every row.
    await officer.getByText('Dòng tiêu đề: dòng 3 của bảng tính').waitFor();
    await addStaff.click();
    await officer.getByText('Đã nhập 40 cán bộ; 0 dòng đã có được giữ nguyên.').waitFor();

    const addHistory = await importFile(
      officer,
      'Nhập khen thưởng cũ',
      'khen-thuong-xdcq.xlsx',
      historyFile(),
      123,
    );
    await addHistory.click();
    await officer.getByText('Đã nhập 123 khen thưởng; 0 dòng đã có được giữ nguyên.').waitFor();

    await go(officer, '/de-nghi/danh-sach');
    await officer.getByRole('heading', { name: 'Lập danh sách đề nghị của đơn vị' }).waitFor();
    await officer.getByLabel(/^Năm thành tích/).fill('2026');
    await officer.getByLabel('Số tờ trình').fill('21/TTr-XDCQ');
    await officer.getByLabel(/^Ngày tờ trình/).fill('16/11/2026');
    await attachPdf(officer, /^Tệp tờ trình/, 'to-trinh-x.pdf');
    await attachPdf(officer, /^Tệp biên bản/, 'bien-ban-x.pdf');
    await attachPdf(officer, /^Tệp báo cáo/, 'bao-cao-x.pdf');
    await officer.getByRole('rowheader', { name: new RegExp(`^${STAFF[39]}`) }).waitFor();
    await officer.getByRole('button', { name: 'Đề nghị Lao động tiên tiến cho tất cả cán bộ' }).click();
    await officer.getByLabel('Hình thức cho Tập thể đơn vị').selectOption('TTLDXS');
    await officer.getByLabel('Xếp loại của Tập thể đơn vị').selectOption('HTXSNV');
    // Six CSTĐCS over 34 LĐTT: 15 % of 34 is 5 places, the sixth is over the quota.
    const cstdcs = STAFF.slice(0, 6);
    for (const [i, name] of cstdcs.entries()) await proposeCstdcs(officer, name, i + 1);
    await officer.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    // The row after the fifth in the list's order is over the quota (the others are eligible).
    const over = officer.locator('tbody tr').filter({ hasText: 'Vượt chỉ tiêu' });
    await over.waitFor();
    expect(await over.count()).toBe(1);
    const overText = (await over.textContent()) ?? '';
    expect(overText).toContain('Chỉ tiêu 5, đã dùng 5 trước dòng này.');
    const refused = cstdcs.find((name) => overText.startsWith(name)) as string;
    expect(refused).toBeDefined();
    // The collective counts its members proposed in the same list (39 LĐTT, 6 CSTĐCS of 40).
    expect(await officer.locator('tbody tr').first().textContent()).toContain('Đủ điều kiện');
    await checkScreen(officer, '104-unit-list-quota');

    // The unit keeps four: one back to LĐTT, the one over the quota not proposed this year.
    const back = cstdcs.find((name) => name !== refused) as string;
    await officer.getByLabel(`Hình thức cho ${back}`).selectOption('LDTT');
    await officer.getByLabel(`Xếp loại của ${back}`).selectOption('HTTNV');
    await officer.getByLabel(`Hình thức cho ${refused}`).selectOption('');
    await officer.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    await officer.getByText('Đã kiểm tra 40 dòng: 40 có thể gửi, 0 chưa đạt.').waitFor();
    await officer.getByRole('button', { name: 'Gửi danh sách (40)' }).click();
    await officer.getByText('Đã gửi 40 đề nghị').waitFor();

    const secretary = await as('thuky.snv');
    await go(secretary, '/tham-dinh');
    await secretary
      .getByRole('button', { name: 'Chọn cả danh sách 21/TTr-XDCQ ngày 16/11/2026 (40)' })
      .click();
    await secretary.getByRole('button', { name: 'Tiếp nhận 40 hồ sơ đã chọn' }).click();
    await secretary
      .getByRole('dialog', { name: 'Tiếp nhận 40 hồ sơ?' })
      .getByRole('button', { name: 'Xác nhận tiếp nhận' })
      .click();
    await secretary.getByText(/^Tiếp nhận hồ sơ: đã tiếp nhận 40\/40 đề nghị\./).waitFor();
  });

  it('returns a whole list with one reason, each dossier to its unit', async () => {
    const officer = await as('canbo.xdcq.snv');
    await go(officer, '/de-nghi/danh-sach');
    await officer.getByLabel(/^Năm thành tích/).fill('2022');
    await officer.getByLabel('Số tờ trình').fill('05/TTr-XDCQ');
    await officer.getByLabel(/^Ngày tờ trình/).fill('20/12/2022');
    await attachPdf(officer, /^Tệp tờ trình/, 'to-trinh-x.pdf');
    await attachPdf(officer, /^Tệp biên bản/, 'bien-ban-x.pdf');
    await attachPdf(officer, /^Tệp báo cáo/, 'bao-cao-x.pdf');
    for (const name of STAFF.slice(0, 3))
      await officer.getByLabel(`Hình thức cho ${name}`).selectOption('LDTT');
    await officer.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    await officer.getByText('Đã kiểm tra 3 dòng: 3 có thể gửi, 0 chưa đạt.').waitFor();
    await officer.getByRole('button', { name: 'Gửi danh sách (3)' }).click();
    await officer.getByText('Đã gửi 3 đề nghị').waitFor();

    const secretary = await as('thuky.snv');
    await go(secretary, '/tham-dinh');
    await secretary
      .getByRole('button', { name: 'Chọn cả danh sách 05/TTr-XDCQ ngày 20/12/2022 (3)' })
      .click();
    await secretary.getByRole('button', { name: 'Trả lại 3 hồ sơ đã chọn' }).click();
    const dialog = secretary.getByRole('dialog', { name: 'Trả lại 3 hồ sơ?' });
    // Nothing written until the reasons are given.
    await dialog.getByRole('button', { name: 'Trả lại 3 hồ sơ' }).click();
    await dialog.locator('.field-error').first().waitFor();
    await dialog.getByLabel('Lý do trả lại').fill('Biên bản họp bình xét chưa có chữ ký của chủ trì.');
    await dialog.getByRole('combobox', { name: /^Tài liệu/ }).selectOption('review_minutes');
    await dialog.getByLabel('Yêu cầu bổ sung').fill('Bổ sung biên bản có chữ ký, đóng dấu.');
    await checkScreen(secretary, '105-secretariat-bulk-return');
    await dialog.getByRole('button', { name: 'Trả lại 3 hồ sơ' }).click();
    await secretary.getByText('Trả lại hồ sơ: đã trả lại 3/3 đề nghị.').waitFor();

    await go(officer, '/de-nghi?trang-thai=returned');
    for (const name of STAFF.slice(0, 3))
      await officer.getByRole('row').filter({ hasText: name }).first().waitFor();
  });
});
