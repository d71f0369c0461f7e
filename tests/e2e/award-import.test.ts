import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { checkScreen, go, signedInTabs } from './support/browser';

/** A spreadsheet as an office keeps it: its own columns and order, a date typed as text. */
async function officeFile(): Promise<Buffer> {
  const text = (value: string) => ({ value, type: String });
  return writeXlsxFile([
    ['STT', 'Họ tên', 'Đơn vị', 'Năm', 'Danh hiệu', 'Số QĐ', 'Ngày QĐ'].map(text),
    [
      { value: 1, type: Number },
      text('Bùi Thị Thanh Hương'),
      text('Trung tâm Lưu trữ lịch sử'),
      { value: 2018, type: Number },
      text('Lao động tiên tiến'),
      text('03/QĐ-SNV'),
      text('20/12/2018'),
    ],
    [
      { value: 2, type: Number },
      text(''),
      text('Trung tâm Lưu trữ lịch sử'),
      { value: 2018, type: Number },
      text('Tập thể lao động tiên tiến'),
      text('04/QĐ-SNV'),
      text('20/12/2018'),
    ],
    [
      { value: 3, type: Number },
      text('Bùi Thị Hương'),
      text('Trung tâm Lưu trữ lịch sử'),
      { value: 2018, type: Number },
      text('Lao động tiên tiến'),
      text('05/QĐ-SNV'),
      text('20/12/2018'),
    ],
  ]).toBuffer();
}

describe('importing past awards from Excel, in the browser', () => {
  const { as } = signedInTabs();

  it('reads the office’s own file, shows every row’s result, and imports the valid rows once', async () => {
    const secretary = await as('thuky.snv');
    await go(secretary, '/nhap-khen-thuong');
    await secretary.getByRole('heading', { name: 'Nhập quá trình khen thưởng từ Excel' }).waitFor();
    await secretary.getByLabel(/^Tệp Excel/).setInputFiles({
      name: 'khen-thuong-2018.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await officeFile(),
    });

    await secretary.getByText('2 dòng sẽ nhập, 0 dòng đã có (giữ nguyên), 1 dòng lỗi.').waitFor();
    expect(await secretary.getByText('Không thực hiện được').count()).toBe(0);
    expect(await secretary.getByLabel('Số quyết định').inputValue()).toBe('5');
    const errorRow = secretary.getByRole('row').filter({ hasText: 'Không có cán bộ “Bùi Thị Hương”' });
    expect(await errorRow.textContent()).toContain('4Họ tên');
    await checkScreen(secretary, '97-award-import-preview');
    await secretary.getByLabel(/^Bỏ qua 1 dòng lỗi/).check();
    await secretary.getByRole('button', { name: 'Nhập 2 khen thưởng' }).click();
    await secretary
      .getByText('Đã nhập 2 khen thưởng; 0 dòng đã có được giữ nguyên; bỏ qua 1 dòng lỗi.')
      .waitFor();

    // Files that are not workbooks say so, by their content, not their name.
    await secretary.getByLabel(/^Tệp Excel/).setInputFiles({
      name: 'danh-sach.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('Họ tên,Đơn vị\nA,B\n'),
    });
    await secretary.getByText('Tệp không phải bảng tính Excel (.xlsx).', { exact: false }).waitFor();
    await secretary.getByLabel(/^Tệp Excel/).setInputFiles({
      name: 'co-mat-khau.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    });
    await secretary
      .getByText('Tệp có mật khẩu hoặc là định dạng Excel cũ (.xls).', { exact: false })
      .waitFor();

    // The same file again changes nothing.
    await secretary.getByLabel(/^Tệp Excel/).setInputFiles({
      name: 'khen-thuong-2018.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await officeFile(),
    });
    await secretary.getByText('0 dòng sẽ nhập, 2 dòng đã có (giữ nguyên), 1 dòng lỗi.').waitFor();
    expect(await secretary.getByRole('button', { name: 'Nhập 0 khen thưởng' }).isDisabled()).toBe(true);
  });
});

describe('importing a staff list from Excel, in the browser', () => {
  const { as } = signedInTabs();

  it("lets a unit officer add their unit's staff: who is new, who is already there", async () => {
    const text = (value: string) => ({ value, type: String });
    const buffer = await writeXlsxFile([
      ['Họ tên', 'Đơn vị', 'Chức vụ', 'Giới tính'].map(text),
      ['Phan Thị Nhập', 'Trung tâm Lưu trữ lịch sử', 'Lưu trữ viên', 'Nữ'].map(text),
      ['Cao Văn Thịnh', 'Trung tâm Lưu trữ lịch sử', 'Phó Giám đốc', 'Nam'].map(text),
    ]).toBuffer();
    // The unit's own officer, from the menu (the admin reaches the same screen from "Cán bộ").
    const officer = await as('canbo.ttlt.snv');
    await officer
      .getByRole('navigation', { name: 'Chức năng chính' })
      .getByRole('link', { name: 'Nhập danh sách cán bộ' })
      .click();
    await officer.getByRole('heading', { name: 'Nhập danh sách cán bộ từ Excel' }).waitFor();
    await officer.getByLabel(/^Tệp Excel/).setInputFiles({
      name: 'can-bo.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await officer.getByText('1 dòng sẽ nhập, 1 dòng đã có (giữ nguyên), 0 dòng lỗi.').waitFor();
    await officer.getByRole('cell', { name: 'Đã có trong đơn vị' }).waitFor();
    await checkScreen(officer, '98-staff-import-preview');
    await officer.getByRole('button', { name: 'Nhập 1 cán bộ' }).click();
    await officer.getByText('Đã nhập 1 cán bộ; 1 dòng đã có được giữ nguyên.').waitFor();
  });
});
