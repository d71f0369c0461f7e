/**
 * A program imports the .xlsx itself (base64 in `file`), not rows read in a browser: the file is
 * read by the function as the browser reads it — header found under the title lines, merged cells
 * filled, rows named as the sheet numbers them — and a file that cannot be imported as it is
 * (not a workbook, password-protected, a formula without value, too many rows, too large) gets a
 * clear error and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64, oleFile, withSheetXml, xlsx } from '../../support/xlsx';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let admin: ApiClient;
beforeAll(async () => {
  api = await startTestApi('sheet-file-import');
  admin = await api.as('quantri');
}, 120_000);
afterAll(() => api?.stop());

const text = (value: string) => ({ value, type: String });
const num = (value: number) => ({ value, type: Number });
const UNIT = 'Trung tâm Lưu trữ lịch sử';

/** A staff list as an office keeps it: title lines, the unit merged down its rows, a blank line. */
async function officeStaffList(): Promise<string> {
  return base64(
    await xlsx([
      [{ value: 'SỞ NỘI VỤ', columnSpan: 5 }, null, null, null, null],
      [text('DANH SÁCH CÁN BỘ NĂM 2026')],
      [null],
      ['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Ngày vào cơ quan'].map(text),
      [
        num(1),
        text('Đỗ Văn Gộp'.normalize('NFD')),
        { value: UNIT, rowSpan: 3 },
        text('Chuyên viên'),
        { value: new Date(Date.UTC(2020, 2, 1)), type: Date, format: 'dd/mm/yyyy' },
      ],
      [num(2), text('Phan Thị Ô'), null, text('Lưu trữ viên'), text('15/08/2019')],
      [num(3), text('Cao Văn Thịnh'), null, text('Phó Giám đốc'), num(40238)],
      [null],
      [num(4), text('Vũ Sai Ngày'), text(UNIT), text('Chuyên viên'), text('31/02/2020')],
    ]),
  );
}

interface StaffPreview {
  headerRow: number;
  merged: string[];
  counts: Record<string, number>;
  rows: {
    row: number;
    status: string;
    person?: { fullName: string; startedOn?: string };
    issues?: { column: string; message: string }[];
  }[];
}
interface ErrorBody {
  error: { code: string; message: string; issues: { path: string; code: string; message: string }[] };
}

describe('an .xlsx sent whole to the API', () => {
  it('is read as an office keeps it, previewed, imported once, and audited', async () => {
    const file = { fileName: 'danh-sach-can-bo.xlsx', file: await officeStaffList() };
    const preview = await admin.post<StaffPreview>('/organisations/org-snv/staff-imports/preview', file);
    const done = await admin.post<{ importId: string; written: number; exists: number; skipped: number }>(
      '/organisations/org-snv/staff-imports',
      { ...file, skipInvalid: true },
    );
    const again = await admin.post<{ written: number; exists: number }>(
      '/organisations/org-snv/staff-imports',
      {
        ...file,
        skipInvalid: true,
      },
    );
    const record = await admin.get<{
      items: { after: { fileName: string; people: { fullName: string }[] } }[];
    }>(`/registry-changes?entity=person_import&id=${done.body.importId}`);

    expect(preview.status).toBe(200);
    expect(preview.body.headerRow).toBe(4);
    expect(preview.body.merged).toEqual(['A1:E1', 'C5:C7']);
    expect(preview.body.rows.map((r) => [r.row, r.status])).toEqual([
      [5, 'new'],
      [6, 'new'],
      [7, 'exists'],
      [9, 'error'],
    ]);
    expect(preview.body.rows[0]?.person).toMatchObject({
      fullName: 'Đỗ Văn Gộp'.normalize('NFC'),
      startedOn: '2020-03-01',
    });
    expect(preview.body.rows[0]?.person?.fullName).not.toBe('Đỗ Văn Gộp'.normalize('NFD'));
    expect(preview.body.rows[1]?.person).toMatchObject({ startedOn: '2019-08-15' });
    expect(preview.body.rows[3]?.issues?.[0]?.column).toBe('Ngày vào cơ quan');
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ written: 2, exists: 1, skipped: 1 });
    expect(again.body).toMatchObject({ written: 0, exists: 3 });
    expect(record.body.items).toHaveLength(1);
    expect(record.body.items[0]?.after.fileName).toBe('danh-sach-can-bo.xlsx');
    expect(record.body.items[0]?.after.people.map((p) => p.fullName)).toEqual(['Đỗ Văn Gộp', 'Phan Thị Ô']);
  });

  it('refuses what it cannot read as it is, with a clear error, and writes nothing', async () => {
    const history = async (cells: Parameters<typeof xlsx>[0]) => base64(await xlsx(cells));
    const header = ['Họ tên', 'Đơn vị', 'Năm', 'Danh hiệu', 'Số QĐ', 'Ngày QĐ'].map(text);
    const good = await xlsx([
      header,
      [
        text('Cao Văn Thịnh'),
        text(UNIT),
        num(2021),
        text('Lao động tiên tiến'),
        text('11/QĐ-SNV'),
        text('20/12/2021'),
      ],
    ]);
    const formula = withSheetXml(good, (xml) => xml.replace('<v>2021</v>', '<f>2020+1</f>'));
    const tooLong = await history([
      header,
      ...Array.from({ length: 10_001 }, (_, i) => [text(`Người ${i}`), text(UNIT), num(2021)]),
    ]);
    const post = (body: Record<string, unknown>) =>
      admin.post<ErrorBody>('/organisations/org-snv/award-history-imports', { fileName: 'f.xlsx', ...body });

    const cases = {
      formula: await post({ file: base64(formula) }),
      protectedFile: await post({ file: base64(oleFile()) }),
      pdf: await post({ file: Buffer.from('%PDF-1.7\n%âãÏÓ\n').toString('base64') }),
      tooLong: await post({ file: tooLong }),
      tooLarge: await post({ file: 'A'.repeat(5_600_000) }),
      notBase64: await post({ file: 'not base64!' }),
      both: await post({ file: base64(good), header: [], rows: [['x']] }),
    };
    const codeOf = (res: { body: ErrorBody }) => res.body.error.issues?.[0]?.code;
    // Nothing of the refused files was written: the good file's row is still new.
    const after = await admin.post<{ rows: { status: string }[] }>(
      '/organisations/org-snv/award-history-imports/preview',
      { fileName: 'f.xlsx', file: base64(good) },
    );

    for (const res of Object.values(cases)) expect(res.status).toBe(400);
    expect(codeOf(cases.formula)).toBe('file_formula_without_value');
    expect(cases.formula.body.error.message).toContain('Ô C2 có công thức');
    expect(codeOf(cases.protectedFile)).toBe('file_protected_or_xls');
    expect(cases.protectedFile.body.error.message).toContain('mật khẩu');
    expect(codeOf(cases.pdf)).toBe('file_not_a_workbook');
    expect(codeOf(cases.tooLong)).toBe('file_rows');
    expect(cases.tooLong.body.error.message).toContain('tối đa 10.000 dòng');
    expect(cases.tooLarge.body.error.issues[0]).toMatchObject({ path: 'body.file' });
    expect(cases.tooLarge.body.error.issues.map((i) => i.message).join(' ')).toContain('lớn hơn 4 MB');
    expect(cases.notBase64.body.error.issues[0]?.message).toBe('Tệp phải được gửi dưới dạng base64.');
    expect(cases.both.body.error.issues.map((i) => i.path)).toContain('body.file');
    expect(after.body.rows).toEqual([expect.objectContaining({ status: 'new' })]);

    const fine = await post({ file: base64(good) });
    expect(fine.status).toBe(201);
  });
});
